"""One Atom feed (RFC 4287) per language of the newest articles. Pure: model in, XML text out.

Feed readers live outside the site, so every URL is absolute; ``updated`` comes
from the articles' dates, never from the clock, so two builds of the same
content write the same bytes. ElementTree escapes text and attributes; the one
thing it does not refuse is a character XML 1.0 forbids, so those are dropped.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

from .entity_index import Dossier
from .model import Article
from .pages import FEED, HOME, AbsoluteUrl, article_ref
from .render_common import article_summary, article_title, outlet_name
from .render_pages import SiteText

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEED_LIMIT = 50  # readers poll the feed; an archive of thousands would make every poll heavy
EPOCH = dt.date(1970, 1, 1)  # an empty dossier's feed: still valid, still the same bytes
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


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
    summary = _add(entry, "summary", article_summary(article, lang))
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


def render_feed(dossier: Dossier, site: SiteText, lang: str, absolute: AbsoluteUrl) -> str:
    """The feed of one language, newest first (the dossier's order: date, then id)."""
    articles = dossier.articles[:FEED_LIMIT]
    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: lang})
    _add(feed, "id", absolute(FEED, lang))
    _add(feed, "title", site.title[lang])
    _add(feed, "subtitle", site.description[lang])
    newest = max((a.date.as_date for a in articles), default=EPOCH)
    _add(feed, "updated", timestamp(newest))
    _add(feed, "link", rel="self", type="application/atom+xml", href=absolute(FEED, lang))
    _add(feed, "link", rel="alternate", type="text/html", hreflang=lang, href=absolute(HOME, lang))
    _add(_add(feed, "author"), "name", site.title[lang])  # entries without an outlet need one
    _add(feed, "generator", "Daftar")
    for article in articles:
        _entry(feed, article, dossier, lang, absolute)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
