"""Atom feeds (RFC 4287): one per language of the newest articles, and one per
language for each person, country and organisation of the articles naming it.
Pure: model in, XML text out.

Feed readers live outside the site, so every URL is absolute; ``updated`` comes
from the articles' dates, never from the clock, so two builds of the same
content write the same bytes. An entry's id is its article page's URL in every
feed, so a reader subscribed to two feeds knows the article once. Summaries are
cut to what a link preview shows: a dossier of 10,000 articles has hundreds of
entity feeds of 50 entries each. ElementTree escapes text and attributes; the
one thing it does not refuse is a character XML 1.0 forbids, so those are dropped.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from ..dossier.entity_index import Dossier, EntityStats
from ..model import Article
from .common import article_summary, article_title, clip, entity_name, outlet_name
from .i18n import ui as ui_for
from .pages import FEED, HOME, AbsoluteUrl, PageRef, article_ref, feed_beside
from .site_pages import SiteText

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEED_LIMIT = 50  # readers poll the feed; an archive of thousands would make every poll heavy
SUMMARY_LIMIT = 200  # characters, as in search results and link previews (common.clip)
EPOCH = dt.date(1970, 1, 1)  # an empty feed: still valid, still the same bytes
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedHead:
    """What a feed says about itself: which file it is, which page it follows, its names."""

    ref: PageRef  # the feed file
    page: PageRef  # the HTML page it follows
    title: str
    subtitle: str
    author: str


def timestamp(day: dt.date) -> str:
    """RFC 3339 at midnight UTC (a month-only date counts from its first day)."""
    return f"{day.isoformat()}T00:00:00Z"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {key: NOT_XML.sub("", value) for key, value in attributes.items()})
    if text is not None:
        element.text = NOT_XML.sub("", text)
    return element


def _entry(feed: ET.Element, article: Article, dossier: Dossier, lang: str, absolute: AbsoluteUrl) -> None:
    entry = _add(feed, "entry")
    url = absolute(article_ref(article.slug), lang)
    _add(entry, "id", url)
    title = _add(entry, "title", article_title(article, lang))
    summary = _add(entry, "summary", clip(article_summary(article, lang), SUMMARY_LIMIT))
    if lang == "en" and article.title_en is None and article.translation is None:
        title.set(XML_LANG, "ar")  # no English title yet: readers should shape it as Arabic
    if lang == "en" and not article.summary_en:
        summary.set(XML_LANG, "ar")
    _add(entry, "link", rel="alternate", type="text/html", href=url)
    if article.url:
        _add(entry, "link", rel="via", type="text/html", href=article.url)
    _add(entry, "published", timestamp(article.date.as_date))
    _add(entry, "updated", timestamp(article.date.as_date))
    outlet = outlet_name(article, dossier.registry, lang)
    if outlet:
        _add(_add(entry, "author"), "name", outlet)


def _feed(
    head: FeedHead, articles: Sequence[Article], dossier: Dossier, lang: str, absolute: AbsoluteUrl
) -> str:
    """The XML of one feed; ``articles`` newest first, at most ``FEED_LIMIT`` of them."""
    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: lang})
    _add(feed, "id", absolute(head.ref, lang))
    _add(feed, "title", head.title)
    _add(feed, "subtitle", head.subtitle)
    newest = max((a.date.as_date for a in articles), default=EPOCH)
    _add(feed, "updated", timestamp(newest))
    _add(feed, "link", rel="self", type="application/atom+xml", href=absolute(head.ref, lang))
    _add(feed, "link", rel="alternate", type="text/html", hreflang=lang, href=absolute(head.page, lang))
    _add(_add(feed, "author"), "name", head.author)  # entries without an outlet need one
    _add(feed, "generator", "Daftar")
    for article in articles:
        _entry(feed, article, dossier, lang, absolute)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def render_feed(dossier: Dossier, site: SiteText, lang: str, absolute: AbsoluteUrl) -> str:
    """The feed of one language, newest first (the dossier's order: date, then id)."""
    head = FeedHead(
        ref=FEED, page=HOME, title=site.title[lang], subtitle=site.description[lang], author=site.title[lang]
    )
    return _feed(head, dossier.articles[:FEED_LIMIT], dossier, lang, absolute)


def render_entity_feed(
    dossier: Dossier, stats: EntityStats, site: SiteText, lang: str, absolute: AbsoluteUrl
) -> str:
    """The feed of one person, country or organisation: the newest articles naming it."""
    name = entity_name(dossier.registry, stats.kind, stats.id, lang)
    page = PageRef(kind=stats.kind, id=stats.id)
    ui = ui_for(lang)
    head = FeedHead(
        ref=feed_beside(page),
        page=page,
        title=f"{name} — {site.title[lang]}",
        subtitle=ui("The newest articles that name {name}", name=name),
        author=site.title[lang],
    )
    articles = [dossier.article(slug) for slug in stats.articles[:FEED_LIMIT]]  # newest first
    return _feed(head, articles, dossier, lang, absolute)
