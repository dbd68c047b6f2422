"""The build, as it reads on the architecture page.

content/ ──read──▶ Articles + Registry ──extract──▶ Extractions ──index──▶ Dossier
         ──render──▶ Pages ──write──▶ docs/ ──mkdocs──▶ site/ ──pagefind──▶ search index
         Dossier ──feeds, data──────────────────────────▶ site/ (absolute URLs: after MkDocs)

Each stage logs one line with its count and time (the CLI shows them as progress).
"""

from __future__ import annotations

import calendar
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import mkdocs_site, publish, registries, search_index
from .entity_index import Dossier, build_dossier
from .errors import Problems
from .export_data import export_data
from .extract import extract
from .i18n import DEFAULT_LANGUAGE, LANGUAGES, ui
from .model import Article, Registry
from .pages import FEED, AbsoluteUrl, data_file
from .read_articles import read_articles
from .render_feeds import render_feed
from .render_pages import SiteText, render_all
from .settings import Settings, load_site_text
from .validate import check_references
from .write_docs import WriteReport, write_docs

log = logging.getLogger(__name__)


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


@contextmanager
def stage(name: str) -> Iterator[dict[str, object]]:
    """Time a stage and log ``name: detail (seconds)`` when it ends."""
    info: dict[str, object] = {}
    started = time.perf_counter()
    yield info
    log.info("%-8s %s (%.2f s)", name, info.get("detail", ""), time.perf_counter() - started)


def read_content(settings: Settings, problems: Problems) -> Content:
    """Read and validate everything under content/, collecting every problem."""
    registry = registries.load_registry(settings.content_dir, problems)
    articles = read_articles(settings.content_dir, settings.root, problems)
    check_references(articles, registry, problems)
    return Content(articles=articles, registry=registry)


def index_content(content: Content) -> Dossier:
    """Extract every article's entities and quotes, then aggregate per entity."""
    extractions = {article.slug: extract(article.body, content.registry) for article in content.articles}
    return build_dossier(content.articles, extractions, content.registry)


def generate(settings: Settings, problems: Problems) -> GenerateReport:
    """content/ → docs/. Raises ContentError before writing anything if content is bad."""
    with stage("read") as info:
        content = read_content(settings, problems)
        site_text = load_site_text(settings, problems)
        problems.raise_if_errors(strict=settings.strict)
        info["detail"] = f"{len(content.articles)} articles, {len(problems.warnings)} warnings"
    with stage("extract") as info:
        dossier = index_content(content)
        info["detail"] = f"{len(dossier.entities)} entities"
    with stage("render") as info:
        uis = tuple(ui(lang) for lang in LANGUAGES)
        pages = render_all(dossier, site_text, uis, mkdocs_site.linker_for)
        info["detail"] = f"{len(pages)} pages"
    with stage("write") as info:
        files = [(mkdocs_site.doc_path(page.ref, page.lang), page.text) for page in pages]
        report = write_docs(settings.docs_dir, files)
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
    )


def source_date_epoch(articles: tuple[Article, ...]) -> int:
    """A build timestamp derived from content, so two builds are byte-identical."""
    if not articles:
        return 0
    newest = max(article.date.as_date for article in articles)
    return calendar.timegm(newest.timetuple())


def site_files(dossier: Dossier, site_text: SiteText, absolute: AbsoluteUrl) -> list[tuple[str, str]]:
    """The feeds and the data export: not pages, and full of absolute URLs, so they
    skip docs/ (which must not depend on where the site is deployed) and MkDocs."""
    files = [
        (mkdocs_site.url(FEED, lang), render_feed(dossier, site_text, lang, absolute)) for lang in LANGUAGES
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
