"""The build, as it reads on the architecture page.

content/ ──read──▶ Articles + Registry ──extract──▶ Extractions ──index──▶ Dossier
         ──render──▶ Pages (+ the flags they show) ──write──▶ docs/ ──mkdocs──▶ site/ ──pagefind──▶ search index
         Dossier ──feeds (site, per entity), data──────────▶ site/ (absolute URLs: after MkDocs)

Each stage logs one line with its count and time (the CLI shows them as progress).
Rendering uses both cores (``parallel``); ``serve`` passes a
``Memory`` so unchanged files are not read, parsed or extracted again, and the
edited article's pages are written before the rest are rendered.
"""

from __future__ import annotations

import calendar
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .content.read_articles import read_articles
from .content.validate import check_references
from .dossier.entity_index import Dossier, build_dossier
from .errors import Problems
from .incremental import Memory
from .model import Article, Registry
from .render import parallel
from .render.export_data import export_data
from .render.feeds import render_entity_feed, render_feed
from .render.i18n import DEFAULT_LANGUAGE, LANGUAGES, ui
from .render.pages import FEED, FEED_KINDS, AbsoluteUrl, Page, PageRef, data_file, feed_beside
from .render.site_pages import PageJob, SiteText, page_jobs
from .settings import Settings, load_site_text
from .site import mkdocs_site, publish, search_index
from .site.flags import flag_files
from .site.write_docs import WriteReport, write_ahead, write_docs

log = logging.getLogger(__name__)
# More articles read afresh than this is a checkout or a first run, not an edit: no page goes first.
EDITED_FIRST_MAX = 10


@dataclass(frozen=True, slots=True, kw_only=True)
class Content:
    articles: tuple[Article, ...]
    registry: Registry


@dataclass(frozen=True, slots=True, kw_only=True)
class GenerateReport:
    articles: int
    pages: int
    warnings: int
    docs: WriteReport
    dossier: Dossier  # what build_site needs for feeds and data
    site_text: SiteText
    written_first: tuple[str, ...] = ()  # edited articles' pages, written before the rest (serve)


@contextmanager
def stage(name: str) -> Iterator[dict[str, object]]:
    """Time a stage and log ``name: detail (seconds)`` when it ends."""
    info: dict[str, object] = {}
    started = time.perf_counter()
    yield info
    log.info("%-8s %s (%.2f s)", name, info.get("detail", ""), time.perf_counter() - started)


def read_content(settings: Settings, problems: Problems, memory: Memory | None = None) -> Content:
    """Read and validate everything under content/, collecting every problem. A build
    reads through an empty ``Memory``, a preview through the one ``serve`` keeps: one
    path, so reading is written and tested once."""
    memory = Memory() if memory is None else memory
    registry = memory.load_registry(settings.content_dir, problems)
    memory.start_reading()
    articles = read_articles(settings.content_dir, settings.root, problems, memory.read_article)
    memory.finish_reading()
    check_references(articles, registry, problems)
    return Content(articles=articles, registry=registry)


def index_content(content: Content, memory: Memory | None = None) -> Dossier:
    """Extract every article's entities and quotes, then aggregate per entity (an empty
    ``Memory`` extracts everything; ``serve``'s only what it has not seen)."""
    memory = Memory() if memory is None else memory
    extractions = memory.extract_all(content.articles, content.registry)
    related = memory.related_articles(content.articles, extractions)
    return build_dossier(content.articles, extractions, content.registry, related)


def write_edited_first(settings: Settings, memory: Memory, jobs: list[PageJob]) -> tuple[str, ...]:
    """Write the pages of the articles just edited before rendering the rest, so the
    preview shows them seconds earlier; ``write_docs`` still writes every page after."""
    if not 0 < len(memory.changed) <= EDITED_FIRST_MAX:
        return ()
    first = [job for job in jobs if job.ref.kind == "article" and job.ref.id in memory.changed]
    files = [(mkdocs_site.doc_path(job.ref, job.lang), job.render().text) for job in first]
    return write_ahead(settings.docs_dir, files, memory.docs)


def docs_files(pages: list[Page], dossier: Dossier) -> list[tuple[str, str | bytes]]:
    """What ``docs/`` must hold: every page, and the flag images they show."""
    files: list[tuple[str, str | bytes]] = [
        (mkdocs_site.doc_path(page.ref, page.lang), page.text) for page in pages
    ]
    files += [(mkdocs_site.doc_path(ref, DEFAULT_LANGUAGE), svg) for ref, svg in flag_files(dossier)]
    return files


def generate(settings: Settings, problems: Problems, memory: Memory | None = None) -> GenerateReport:
    """content/ → docs/. Raises ContentError before writing anything if content is bad.

    ``memory`` (kept by ``serve`` between calls) lets unchanged files skip reading,
    parsing and extraction; a build starts from an empty one, and the pages written
    are the same either way."""
    memory = Memory() if memory is None else memory
    with stage("read") as info:
        content = read_content(settings, problems, memory)
        site_text = load_site_text(settings, problems)
        problems.raise_if_errors(strict=settings.strict)
        info["detail"] = f"{len(content.articles)} articles, {len(problems.warnings)} warnings"
    with stage("extract") as info:
        dossier = index_content(content, memory)
        info["detail"] = f"{len(dossier.entities)} entities"
    with stage("render") as info:
        uis = tuple(ui(lang) for lang in LANGUAGES)
        jobs = page_jobs(dossier, site_text, uis, mkdocs_site.linker_for)
        first = write_edited_first(settings, memory, jobs)
        # MkDocs is rebuilding the pages written first: let it have the CPU it wants.
        pages = parallel.render_jobs(jobs, background=bool(first))
        info["detail"] = f"{len(pages)} pages" + (f", {len(first)} of them written first" if first else "")
    with stage("write") as info:
        report = write_docs(settings.docs_dir, docs_files(pages, dossier), memory.docs)
        info["detail"] = (
            f"docs/: {len(report.written)} written, {report.unchanged} unchanged, {len(report.removed)} removed"
        )
    return GenerateReport(
        articles=len(content.articles),
        pages=len(pages),
        warnings=len(problems.warnings),
        docs=report,
        dossier=dossier,
        site_text=site_text,
        written_first=first,
    )


def source_date_epoch(articles: tuple[Article, ...]) -> int:
    """A build timestamp derived from content, so two builds are byte-identical."""
    if not articles:
        return 0
    newest = max(article.date.as_date for article in articles)
    return calendar.timegm(newest.timetuple())


def site_files(dossier: Dossier, site_text: SiteText, absolute: AbsoluteUrl) -> list[tuple[str, str]]:
    """The feeds and the data export: not pages, and full of absolute URLs, so they
    skip docs/ (which must not depend on where the site is deployed) and MkDocs.
    Each entity page of ``FEED_KINDS`` gets its feed beside it, in both languages."""
    files = [
        (mkdocs_site.url(FEED, lang), render_feed(dossier, site_text, lang, absolute)) for lang in LANGUAGES
    ]
    for stats in dossier.entities.values():  # the entities with pages, sorted by (kind, id)
        if stats.kind in FEED_KINDS:
            ref = feed_beside(PageRef(kind=stats.kind, id=stats.id))
            files += [
                (mkdocs_site.url(ref, lang), render_entity_feed(dossier, stats, site_text, lang, absolute))
                for lang in LANGUAGES
            ]
    for name, text in export_data(dossier, absolute).items():
        files.append((mkdocs_site.url(data_file(name), DEFAULT_LANGUAGE), text))
    return files


def build_site(settings: Settings, generated: GenerateReport) -> None:
    """docs/ → site/ with feeds, data and search index, swapped in only when all of it succeeded."""
    epoch = source_date_epoch(generated.dossier.articles)
    absolute = mkdocs_site.absolute_url_for(mkdocs_site.site_url(settings.root))

    def build(out_dir: Path) -> None:
        with stage("mkdocs") as info:
            mkdocs_site.build(settings.root, out_dir, source_date_epoch=epoch)
            info["detail"] = "site built"
        with stage("files") as info:
            files = site_files(generated.dossier, generated.site_text, absolute)
            publish.add_files(out_dir, files)
            info["detail"] = f"{len(files)} feeds and data files"
        with stage("pagefind") as info:
            search_index.build_index(out_dir)
            info["detail"] = "search index built"

    publish.build_atomically(settings.site_dir, build)
