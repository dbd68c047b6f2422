"""Site-wide pages (home, article list, quotes, timeline, search) and the page list.

Pure: model in, Markdown strings out; no I/O and no knowledge of the site
engine. Article bodies are never translated here (see render_article).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from babel.dates import format_skeleton

from ..dossier.entity_index import Dossier
from ..model import REGISTRY_FIELDS, Article, Event, PartialDate
from . import periods
from .article import render_article
from .common import arabic_attrs, article_items, article_title, chips, entity_name, entity_ref, make_page
from .entities import render_entity, render_index, timeline_events
from .entity_lists import entity_archive
from .export_data import DATA_FILES
from .i18n import UI
from .map import dossier_map
from .markdown_safety import escape_inline, escape_meta
from .pages import ARTICLES, FEED, HOME, SEARCH, Linker, Page, PageRef, article_ref, data_file
from .period_pages import period_label, period_nav, period_ref, period_title
from .periods import Archive, Period
from .search_aliases import alias_script

LinkerFactory = Callable[[PageRef, str], Linker]
HOME_LATEST = 20
HOME_TOP = 12
QUOTES = PageRef(kind="quotes")
TIMELINE = PageRef(kind="timeline")


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteText:
    """The dossier's own title and description, per language (content/site.yml)."""

    title: Mapping[str, str]
    description: Mapping[str, str]


def _most_named(dossier: Dossier, kind: str) -> list[tuple[str, str, int]]:
    ranked = sorted(dossier.of_kind(kind), key=lambda s: (-len(s.articles), s.id))
    return [(kind, s.id, len(s.articles)) for s in ranked[:HOME_TOP] if s.articles]


def reuse_line(ui: UI, link: Linker) -> str:
    """Where researchers and feed readers find the dossier outside its pages."""
    files = " · ".join(f'<a href="{link(data_file(name))}">{name}</a>' for name in DATA_FILES)
    feed = f'<a href="{link(FEED)}" type="application/atom+xml">{ui("Atom feed")}</a>'
    return f'<p class="daftar-reuse">{ui("Data for reuse")}: {files} · {feed}</p>'


def render_home(dossier: Dossier, site: SiteText, ui: UI, link: Linker) -> Page:
    latest = dossier.articles[:HOME_LATEST]
    body = [
        f"# {escape_inline(site.title[ui.lang])}",
        f'<p class="daftar-lead">{escape_inline(site.description[ui.lang])}</p>',
        f"## {ui('Latest articles')}",
        article_items(latest, dossier.registry, ui, link),
        f"[{ui('All articles')} ({len(dossier.articles)})]({link(ARTICLES)})",
        f"## {ui('Most-named people')}",
        chips(dossier, _most_named(dossier, "actor"), ui, link),
        f"## {ui('Most-named countries')}",
        dossier_map(dossier, ui, link),
        chips(dossier, _most_named(dossier, "country"), ui, link),
        reuse_line(ui, link),
    ]
    meta = {
        "title": site.title[ui.lang],
        "description": escape_meta(site.description[ui.lang]),
        "daftar": {"kind": "home"},
    }
    return make_page(HOME, ui, meta, "\n\n".join(b for b in body if b), "content/")


def render_article_index(
    dossier: Dossier, ui: UI, link: Linker, archive: Archive | None = None, period: Period | None = None
) -> Page:
    """Every article, newest first; a long list shows one year (or month) and links
    the others (``periods``): its own page the newest, ``period`` one of its pages."""
    title = ui("All articles")
    body = [f"# {title}", f"<p>{ui.count('{n} article', '{n} articles', len(dossier.articles))}</p>"]
    articles: Sequence[Article] = dossier.articles
    if archive is not None:
        shown = archive.shown(period)
        articles = periods.within(articles, _date, shown)
        if period is not None:
            count = ui.count("{n} article", "{n} articles", archive.count(period))
            body = [f"# [{title}]({link(ARTICLES)}) — {period_label(period, ui)}", f"<p>{count}</p>"]
        body += [period_nav(archive, shown, ARTICLES, ui, link), f"## {period_label(shown, ui)}"]
    body.append(article_items(articles, dossier.registry, ui, link))
    ref = period_ref(ARTICLES, period) if period else ARTICLES
    daftar = {"kind": "articles", **({"period": period.part} if period else {})}
    meta = {"title": period_title(title, period, ui) if period else title, "daftar": daftar}
    return make_page(ref, ui, meta, "\n\n".join(body), "content/articles/")


# Quotes per speaker on the quotes page; the speaker's page has all of them. Without
# a cap the page grows with the dossier: 26 MB of HTML at 10,000 articles.
QUOTES_PER_SPEAKER = 5


def render_quotes(dossier: Dossier, ui: UI, link: Linker) -> Page:
    """Who said what, grouped by speaker, newest first: each speaker's latest quotes and a link
    to the rest on their page. A select box filters by speaker (JS); without JS every speaker shows."""
    speakers = [s for s in dossier.of_kind("actor") if s.quotes]
    speakers.sort(key=lambda s: (-len(s.quotes), s.id))
    options = "".join(
        f'<option value="{s.id}">{escape_meta(entity_name(dossier.registry, "actor", s.id, ui.lang))} ({len(s.quotes)})</option>'
        for s in speakers
    )
    body = [
        f"# {ui('Quotes')}",
        f"<p>{ui('The latest quotes of each speaker; all of them are on the speaker’s page.')}</p>",
        f'<p><label>{ui("Speaker")} <select class="daftar-quote-filter" data-target="daftar-quotes">'
        f'<option value="">{ui("Everyone")}</option>{options}</select></label></p>',
        '<div id="daftar-quotes">',
    ]
    # Each speaker's section is one HTML block, without line breaks a browser would not show.
    for stats in speakers:
        name = escape_meta(entity_name(dossier.registry, "actor", stats.id, ui.lang))
        speaker_page = link(entity_ref("actor", stats.id))
        section = [
            f'<section class="daftar-quote-group" data-speaker="{stats.id}">',
            f'<h2><a href="{speaker_page}">{name}</a></h2>',
        ]
        for ref in stats.quotes[:QUOTES_PER_SPEAKER]:
            article = dossier.article(ref.article)
            anchor = f"p-{ref.quote.paragraph}"
            section.append(
                f"<blockquote{arabic_attrs(ui)}><p>{escape_meta(ref.quote.text)}</p></blockquote>"
                f'<p class="daftar-quote-source"><a href="{link(article_ref(article.slug), anchor)}">'
                f"{escape_meta(article_title(article, ui.lang))}</a> · {escape_meta(ui.date(article.date))}</p>"
            )
        if len(stats.quotes) > QUOTES_PER_SPEAKER:
            count = ui.count("{n} quote", "{n} quotes", len(stats.quotes))
            section.append(
                f'<p class="daftar-quote-more"><a href="{speaker_page}">{ui("All quotes by {name}", name=name)}</a>'
                f" ({count})</p>"
            )
        body.append("".join(section) + "</section>")
    body.append("</div>")
    meta = {"title": ui("Quotes"), "daftar": {"kind": "quotes"}}
    return make_page(QUOTES, ui, meta, "\n\n".join(body), "content/articles/")


def render_timeline(
    dossier: Dossier, ui: UI, link: Linker, archive: Archive | None = None, period: Period | None = None
) -> Page:
    """Month by month, newest first: the events of the month, then its articles. A long
    timeline shows one year (or month) and links the others (``periods``)."""
    title, ref, body = ui("Timeline"), TIMELINE, [f"# {ui('Timeline')}"]
    articles: Sequence[Article] = dossier.articles
    events = timeline_event_list(dossier)
    if archive is not None:
        shown = archive.shown(period)
        articles = periods.within(articles, _date, shown)
        events = [e for e in events if shown.holds(event_month(e))]
        if period is not None:
            title, ref = period_title(title, period, ui), period_ref(TIMELINE, period)
            body = [f"# [{ui('Timeline')}]({link(TIMELINE)}) — {period_label(period, ui)}"]
        body.append(period_nav(archive, shown, TIMELINE, ui, link))
    by_month = defaultdict(list)
    for article in articles:
        by_month[(article.date.year, article.date.month)].append(article)
    by_event_month = defaultdict(list)
    for event in events:
        by_event_month[(event_month(event).year, event_month(event).month)].append(event)
    for year, month in sorted(by_month.keys() | by_event_month.keys(), reverse=True):
        label = format_skeleton("yMMMM", PartialDate(year=year, month=month).as_date, locale=ui.lang)
        body.append(f"## {label}")
        if by_event_month[(year, month)]:  # newest first, as the articles are
            body.append(timeline_events(dossier, reversed(by_event_month[(year, month)]), ui, link))
        if by_month[(year, month)]:
            body.append(article_items(by_month[(year, month)], dossier.registry, ui, link, hijri=True))
    meta = {"title": title, "daftar": {"kind": "timeline", **({"period": period.part} if period else {})}}
    return make_page(ref, ui, meta, "\n\n".join(body), "content/articles/")


def _date(article: Article) -> PartialDate:
    return article.date


def timeline_event_list(dossier: Dossier) -> list[Event]:
    """The events the timeline shows: those with a page, oldest first."""
    shown = (e for e in dossier.registry.events.values() if ("event", e.id) in dossier.entities)
    return sorted(shown, key=lambda e: (e.start, e.id))


def event_month(event: Event) -> PartialDate:
    return PartialDate(year=int(event.start[:4]), month=int(event.start[5:7]))


def list_archives(dossier: Dossier) -> dict[PageRef, Archive | None]:
    """How the all-articles list and the timeline are cut (``periods.plan``): both
    languages' pages share it, so it is computed once."""
    articles = periods.of_dates(a.date for a in dossier.articles)
    events = periods.of_dates(event_month(e) for e in timeline_event_list(dossier))
    return {ARTICLES: periods.plan(articles), TIMELINE: periods.plan(articles + events, counted=articles)}


def search_labels(ui: UI) -> str:
    labels = {
        "placeholder": ui("Search the dossier"),
        "sort": ui("Sort results"),
        "filters": ui("Filter results"),
        "relevance": ui("Most relevant"),
        "newest": ui("Newest first"),
        "oldest": ui("Oldest first"),
        "more": ui("More results"),
        "count": ui("{n} results"),
        "facets": {
            "actor": ui("All people"),
            "country": ui("All countries"),
            "organisation": ui("All organisations"),
            "outlet": ui("All outlets"),
            "place": ui("All places"),
            "event": ui("All events"),
            "year": ui("All years"),
        },
    }
    return escape_meta(json.dumps(labels, ensure_ascii=False, sort_keys=True))


def render_search(dossier: Dossier, ui: UI) -> Page:
    body = [
        f"# {ui('Search')}",
        f'<div id="daftar-search" class="daftar-search" data-labels="{search_labels(ui)}"></div>',
        alias_script(dossier.registry, ui.lang),
        f"<noscript>{ui('Search needs JavaScript.')}</noscript>",
    ]
    meta = {"title": ui("Search"), "daftar": {"kind": "search"}, "hide": ["toc"]}
    return make_page(SEARCH, ui, meta, "\n\n".join(body), "")


@dataclass(frozen=True, slots=True)
class PageJob:
    """One page still to render: its name, so a caller can pick pages (serve renders the
    edited article's pages first), and the call that renders it, so the list can be
    split between processes by index (``parallel.render_jobs``)."""

    ref: PageRef
    lang: str
    render: Callable[[], Page]


def page_jobs(
    dossier: Dossier, site: SiteText, uis: tuple[UI, ...], linker_for: LinkerFactory
) -> list[PageJob]:
    """Every page of the site, in a stable order, not yet rendered."""
    jobs: list[PageJob] = []

    def add(ref: PageRef, ui: UI, render: Callable[..., Page], *args: object) -> None:
        jobs.append(PageJob(ref, ui.lang, partial(render, *args)))

    def add_periods(
        page: PageRef, ui: UI, archive: Archive | None, render: Callable[..., Page], *args: object
    ) -> None:
        """The list's own page, then a page per year or month when it is cut."""
        add(page, ui, render, *args, ui, linker_for(page, ui.lang), archive)
        for period in archive.pages() if archive else ():
            ref = period_ref(page, period)
            add(ref, ui, render, *args, ui, linker_for(ref, ui.lang), archive, period)

    lists = list_archives(dossier)
    entity_archives = {key: entity_archive(dossier, stats) for key, stats in dossier.entities.items()}
    for ui in uis:
        add(HOME, ui, render_home, dossier, site, ui, linker_for(HOME, ui.lang))
        add_periods(ARTICLES, ui, lists[ARTICLES], render_article_index, dossier)
        add(QUOTES, ui, render_quotes, dossier, ui, linker_for(QUOTES, ui.lang))
        add_periods(TIMELINE, ui, lists[TIMELINE], render_timeline, dossier)
        add(SEARCH, ui, render_search, dossier, ui)
        for plural in REGISTRY_FIELDS.values():
            ref = PageRef(kind=plural)
            add(ref, ui, render_index, dossier, plural, ui, linker_for(ref, ui.lang))
        for key, stats in dossier.entities.items():
            ref = entity_ref(stats.kind, stats.id)
            add_periods(ref, ui, entity_archives[key], render_entity, dossier, stats)
        for article in dossier.articles:
            ref = article_ref(article.slug)
            add(ref, ui, render_article, article, dossier, ui, linker_for(ref, ui.lang))
    return jobs


def render_all(
    dossier: Dossier, site: SiteText, uis: tuple[UI, ...], linker_for: LinkerFactory
) -> list[Page]:
    """Every page of the site, in a stable order (in this process; see ``parallel``)."""
    return [job.render() for job in page_jobs(dossier, site, uis, linker_for)]
