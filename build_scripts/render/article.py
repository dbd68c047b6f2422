"""The article page: metadata, entity chips, the body with paragraph anchors and
attributed quotes, related articles and previous/next. Pure.

Paragraphs are the body's blank-line-separated blocks other than headings,
numbered from 1; ``#p-N`` anchors let actor and quote pages link to the exact
paragraph a quote came from. The body text is shown exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..dossier.entity_index import Dossier, entity_keys
from ..model import Article, Quote
from .common import (
    article_link_list,
    article_summary,
    article_title,
    chips,
    clip,
    date_html,
    entity_name,
    entity_ref,
    make_page,
    outlet_name,
)
from .i18n import UI
from .markdown_safety import DANGEROUS_SCHEME, escape_inline, escape_markdown, escape_meta, is_plain_text
from .meta import news_article
from .pages import Linker, Page, PageRef, article_ref
from .search_terms import article_terms, terms_element

WORDS_PER_MINUTE = 180  # Arabic news prose, read on screen
BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int
    text: str
    paragraph: int | None  # None for headings


def blocks(body: str) -> list[Block]:
    """Blank-line-separated blocks with their offsets; headings get no paragraph number."""
    result, number = [], 0
    for match in BLOCK.finditer(body):
        heading = match.group().startswith("#")
        if not heading:
            number += 1
        result.append(Block(match.start(), match.end(), match.group(), None if heading else number))
    return result


def _marked(block: Block, quotes: list[Quote], dossier: Dossier, ui: UI, link: Linker) -> str:
    """Escape a block, wrapping each attributed quote and linking its speaker."""
    inside = [
        q
        for q in quotes
        if block.start <= q.start and q.end <= block.end and (q.speaker or q.speaker_name_ar)
    ]
    if not inside or _has_dangerous_link(block.text):
        return escape_markdown(block.text)
    out, cursor = [], block.start
    for quote in sorted(inside, key=lambda q: q.start):
        if quote.start < cursor:
            continue
        out.append(escape_markdown(block.text[cursor - block.start : quote.start - block.start]))
        # The speaker is our annotation, not the article's text; indexed, it would
        # also glue onto the quote's last word (أوكرانياكارولين). It follows the quote
        # it names, which is how daftar.css finds it (the page has no other <mark>).
        if quote.speaker:
            name = escape_meta(entity_name(dossier.registry, "actor", quote.speaker, ui.lang))
            speaker = f'<a href="{link(entity_ref("actor", quote.speaker))}" data-pagefind-ignore>{name}</a>'
        else:  # named by the text but not in the registry: shown, not linked
            name = escape_meta(quote.speaker_name_ar or "")
            speaker = f'<span lang="ar" dir="rtl" data-pagefind-ignore>{name}</span>'
        out.append(f"<mark>{escape_markdown(quote.text)}</mark>")
        out.append(speaker)
        cursor = quote.end
    out.append(escape_markdown(block.text[cursor - block.start :]))
    return "".join(out)


def _has_dangerous_link(text: str) -> bool:
    return any(DANGEROUS_SCHEME.match(part) for part in re.findall(r"\]\(\s*([^)\s]*)", text))


def render_body(article: Article, dossier: Dossier, ui: UI, link: Linker) -> str:
    quotes = list(dossier.extractions[article.slug].quotes)
    parts = []
    for block in blocks(article.body):
        if block.paragraph is None:
            parts.append(escape_markdown(block.text))
        elif block.text.startswith(">"):
            inner = "\n".join(line.lstrip(">").lstrip() for line in block.text.split("\n"))
            parts.append(
                f'<blockquote id="p-{block.paragraph}" markdown="1">\n\n{escape_markdown(inner)}\n\n</blockquote>'
            )
        else:
            # Text Markdown would leave as it is needs no Markdown: the paragraph is
            # then finished HTML, which MkDocs passes through unparsed (mkdocs_hooks).
            markdown = "" if is_plain_text(block.text) else ' markdown="1"'
            parts.append(
                f'<p id="p-{block.paragraph}"{markdown}>{_marked(block, quotes, dossier, ui, link)}</p>'
            )
    return "\n\n".join(parts)


def reading_minutes(article: Article) -> int:
    return max(1, round(len(article.body.split()) / WORDS_PER_MINUTE))


def _meta_line(article: Article, dossier: Dossier, ui: UI, link: Linker) -> str:
    """Date, outlet, original, reading time. The date and the outlet are also the page's
    Pagefind year and outlet filters, date sort key and date metadata (see ``index_only_terms``)."""
    facets = f' data-pagefind-filter="year:{article.date.year}" data-pagefind-sort="date[datetime]" data-pagefind-meta="date"'
    parts = [date_html(article, ui, hijri=True, attrs=facets)]
    if article.date_note:
        note = f'<span class="daftar-date-note" lang="ar" dir="rtl">{escape_inline(article.date_note)}</span>'
        parts.append(
            f'<abbr title="{escape_meta(article.date_note)}">{ui("Approximate date")}</abbr>'
            if ui.lang == "en"
            else note
        )
    name = outlet_name(article, dossier.registry, ui.lang)
    if name and article.outlet:
        outlet = link(entity_ref("outlet", article.outlet))
        parts.append(f'<a href="{outlet}" data-pagefind-filter="outlet">{escape_meta(name)}</a>')
    if article.url:
        parts.append(
            f'<a href="{escape_meta(article.url)}" rel="noopener nofollow">{ui("Original article")}</a>'
        )
    parts.append(ui.count("{n} min read", "{n} min read", reading_minutes(article)))
    return '<p class="daftar-meta" data-pagefind-ignore>' + " · ".join(parts) + "</p>"


def _entity_chips(article: Article, dossier: Dossier, ui: UI, link: Linker) -> str:
    """The entity chips, kept out of the search index: in it they made result excerpts
    a list of names. The names are indexed as ``search_terms`` instead."""
    keys = entity_keys(dossier.extractions[article.slug])
    return chips(
        dossier, keys, ui, link, attrs=" data-pagefind-ignore", day=article.date.iso, facets=True, lazy=False
    )


def _english_body(article: Article, dossier: Dossier, ui: UI, link: Linker) -> list[str]:
    parts: list[str] = []
    if article.title_en is None and article.translation is None:
        parts.append(f'<p class="daftar-title-ar" lang="ar" dir="rtl">{escape_inline(article.title)}</p>')
    if article.summary_en:
        parts.append(f'<p class="daftar-summary">{escape_inline(article.summary_en)}</p>')
    original = _arabic_block(article, dossier, ui, link)
    if article.translation is not None:
        parts.append(escape_markdown(article.translation.body))
        parts.append(
            f'<details class="daftar-original-toggle"><summary>{ui("Arabic original")}</summary>\n\n{original}\n\n</details>'
        )
    else:
        note = ui("No English translation of this article exists yet. The Arabic original follows.")
        parts += [f'<p class="daftar-no-translation" role="note">{note}</p>', original]
    return parts


def _arabic_block(article: Article, dossier: Dossier, ui: UI, link: Linker) -> str:
    deck = f'<p class="daftar-deck">{escape_inline(article.deck)}</p>\n\n' if article.deck else ""
    return f'<div class="daftar-original" lang="ar" dir="rtl" markdown="1">\n\n{deck}{render_body(article, dossier, ui, link)}\n\n</div>'


def _footer(article: Article, dossier: Dossier, ui: UI, link: Linker) -> list[str]:
    parts = []
    related = dossier.related.get(article.slug, ())
    if related:
        parts += [f"## {ui('Related articles')}", article_link_list(dossier, related, ui, link)]
    newer, older = dossier.neighbours(article.slug)
    nav = []
    if older:
        nav.append(
            f'<a rel="prev" href="{link(article_ref(older))}">{ui("Older")}: {escape_inline(article_title(dossier.article(older), ui.lang))}</a>'
        )
    if newer:
        nav.append(
            f'<a rel="next" href="{link(article_ref(newer))}">{ui("Newer")}: {escape_inline(article_title(dossier.article(newer), ui.lang))}</a>'
        )
    if nav:
        parts.append('<nav class="daftar-prev-next">' + "".join(nav) + "</nav>")
    # Other articles' titles must not make this page match a search. "all", written out:
    # md_in_html writes a bare attribute as data-pagefind-ignore="data-pagefind-ignore",
    # which Pagefind reads as "all" (with a warning per page).
    return (
        ['<div class="daftar-footer" data-pagefind-ignore="all" markdown="1">', *parts, "</div>"]
        if parts
        else []
    )


def index_only_terms(article: Article, dossier: Dossier) -> str:
    """The index-only terms, in an empty element Pagefind reads an attribute of.

    The page's other Pagefind data sits on what shows it, once: each chip is its
    entity's filter (``chip``), and the date in the meta line carries the year
    filter, the sort key and the date shown in results, the outlet's link the
    outlet filter (``_meta_line``). Pagefind reads filters and metadata inside
    ``data-pagefind-ignore`` (not ``="all"``)."""
    extraction = dossier.extractions[article.slug]
    return terms_element(article_terms(article, extraction, dossier.registry))


def article_meta(article: Article, dossier: Dossier, ui: UI) -> dict[str, Any]:
    """Front matter of the generated page: the article's metadata, machine-readable.

    Not its quotes: no template reads them, MkDocs would parse them on every page (its
    YAML is a seventh of its time), and ``quotes.csv`` publishes them."""
    extraction = dossier.extractions[article.slug]
    return {
        "title": article_title(article, ui.lang),
        "description": escape_meta(clip(article_summary(article, ui.lang))),  # cut, then escape
        "daftar": {
            "kind": "article",
            "id": article.slug,
            "date": article.date.iso,
            "outlet": article.outlet,
            "url": article.url,
            "people": list(extraction.ids("people")),
            "countries": list(extraction.ids("countries")),
            "organisations": list(extraction.ids("organisations")),
            "outlets_cited": list(extraction.ids("outlets_cited")),
            "places": list(extraction.ids("places")),
            "events": list(extraction.ids("events")),
            "jsonld": news_article(article, dossier, ui.lang),
        },
    }


def render_article(article: Article, dossier: Dossier, ui: UI, link: Linker) -> Page:
    title = article_title(article, ui.lang)
    parts = [
        f"# {escape_inline(title)}",
        _meta_line(article, dossier, ui, link),
        _entity_chips(article, dossier, ui, link),
    ]
    if ui.lang == "ar":
        if article.deck:
            parts.append(f'<p class="daftar-deck">{escape_inline(article.deck)}</p>')
        parts.append(render_body(article, dossier, ui, link))
    else:
        parts += _english_body(article, dossier, ui, link)
    parts += _footer(article, dossier, ui, link)
    parts.append(index_only_terms(article, dossier))
    page_ref = PageRef(kind="article", id=article.slug)
    return make_page(
        page_ref,
        ui,
        article_meta(article, dossier, ui),
        "\n\n".join(p for p in parts if p),
        article.source.path,
    )
