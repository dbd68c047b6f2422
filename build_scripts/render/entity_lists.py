"""What grows with the dossier on an entity's page: its quotes and the articles naming
it, whole or cut to one year or month (``periods``). Pure.

Quotes stay in Arabic (they are what was said) and link back to the exact
paragraph they came from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from ..dossier.entity_index import Dossier, EntityStats, QuoteRef
from . import periods
from .common import arabic_attrs, article_link_list, chip
from .i18n import UI
from .markdown_safety import escape_inline, escape_meta
from .pages import Linker, PageRef
from .period_pages import period_label
from .periods import Archive, Period

T = TypeVar("T")


def _cut(
    dossier: Dossier, items: Sequence[T], slug_of: Callable[[T], str], shown: Period | None
) -> Sequence[T]:
    """The items of the year or month ``shown`` (all without one)."""
    if shown is None:
        return items
    return periods.within(items, lambda item: dossier.article(slug_of(item)).date, shown)


def _slug(slug: str) -> str:
    return slug


def _article_of(ref: QuoteRef) -> str:
    return ref.article


def _titled(title: str, shown: Period | None, ui: UI) -> str:
    """A list's heading, with the year or month it is cut to."""
    return title if shown is None else f"{title} — {period_label(shown, ui)}"


def _quotes(dossier: Dossier, stats: EntityStats, ui: UI, link: Linker, shown: Period | None) -> list[str]:
    refs = _cut(dossier, stats.quotes, _article_of, shown)
    return quote_list(dossier, refs, _titled(ui("Quotes"), shown, ui), ui, link) if refs else []


def _article_list(
    dossier: Dossier, slugs: Sequence[str], title: str, ui: UI, link: Linker, shown: Period | None
) -> list[str]:
    chosen = _cut(dossier, slugs, _slug, shown)
    return [f"## {_titled(title, shown, ui)}", article_link_list(dossier, chosen, ui, link)] if chosen else []


def dated_lists(
    dossier: Dossier, stats: EntityStats, ui: UI, link: Linker, shown: Period | None
) -> list[str]:
    """Everything on the page that grows with the dossier: quotes and articles (all of
    them, or those of the year or month ``shown``)."""
    lines = _quotes(dossier, stats, ui, link, shown)
    if stats.kind == "outlet":
        lines += _article_list(dossier, stats.published, ui("Published by this outlet"), ui, link, shown)
        return lines + _article_list(
            dossier, stats.articles, ui("Articles citing this outlet"), ui, link, shown
        )
    # An entity of the dossier's registry has a page before any article names it.
    articles = _article_list(dossier, stats.articles, ui("Articles"), ui, link, shown)
    return lines + (articles or [f"## {ui('Articles')}", ui("No articles yet.")])


def entity_archive(dossier: Dossier, stats: EntityStats) -> Archive | None:
    """How an entity's page is cut (``periods``): its quotes and articles counted together."""
    articles = periods.of_dates(dossier.article(slug).date for slug in (*stats.articles, *stats.published))
    quotes = stats.quotes if stats.kind != "event" else event_quote_refs(dossier, stats)
    said = periods.of_dates(dossier.article(ref.article).date for ref in quotes)
    return periods.plan(articles + said, counted=articles)


def quote_list(
    dossier: Dossier, refs: Iterable[QuoteRef], title: str, ui: UI, link: Linker, speakers: bool = False
) -> list[str]:
    """Quotes linked to their paragraph; with ``speakers``, each says who spoke (an
    event's page gathers several people's words). All in one ``<div>``, which
    Python-Markdown passes through as written: as blocks of their own, each quote and
    each source took a line of its own, two line breaks a quote."""
    quotes = []
    for ref in refs:
        target = link(PageRef(kind="article", id=ref.article), f"p-{ref.quote.paragraph}")
        article = dossier.article(ref.article)
        who = _speaker(dossier, ref, ui, link) if speakers else ""
        quotes.append(
            f"<blockquote{arabic_attrs(ui)}><p>{escape_meta(ref.quote.text)}</p></blockquote>"
            f'<p class="daftar-quote-source">{who}<a href="{target}">{escape_inline(ui.date(article.date))}</a></p>'
        )
    return [f"## {title}", '<div class="daftar-quotes">' + "".join(quotes) + "</div>"]


def _speaker(dossier: Dossier, ref: QuoteRef, ui: UI, link: Linker) -> str:
    """Who said a quote, before its date: a linked person, a name as written, or nothing."""
    quote = ref.quote
    if quote.speaker and ("actor", quote.speaker) in dossier.entities:
        return chip(dossier, "actor", quote.speaker, ui, link) + " · "
    if quote.speaker_name_ar:
        return f'<span lang="ar">{escape_inline(quote.speaker_name_ar)}</span> · '
    return ""


def event_quote_refs(dossier: Dossier, stats: EntityStats) -> list[QuoteRef]:
    """What was said in the articles about an event, newest article first."""
    return [
        QuoteRef(article=slug, quote=quote)
        for slug in stats.articles
        for quote in dossier.extractions[slug].quotes
    ]


def event_quotes(
    dossier: Dossier, stats: EntityStats, ui: UI, link: Linker, shown: Period | None
) -> list[str]:
    refs = _cut(dossier, event_quote_refs(dossier, stats), _article_of, shown)
    if not refs:
        return []
    return quote_list(
        dossier, refs, _titled(ui("Quotes from these articles"), shown, ui), ui, link, speakers=True
    )
