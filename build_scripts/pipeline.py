"""The build, as it reads on the architecture page.

content/ ──read──▶ Articles + Registry ──extract──▶ Extractions ──index──▶ Dossier
         ──render──▶ Pages ──write──▶ docs/ ──mkdocs──▶ site/ ──pagefind──▶ search index
"""

from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass

from . import mkdocs_site, publish, registries, search_index
from .entity_index import Dossier, build_dossier
from .errors import Problems
from .extract import extract
from .i18n import LANGUAGES, ui
from .model import Article, Registry
from .read_articles import read_articles
from .render_pages import render_all
from .settings import Settings, load_site_text
from .validate import check_references
from .write_docs import WriteReport, write_docs

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Content:
    articles: tuple[Article, ...]
    registry: Registry


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


def generate(settings: Settings, problems: Problems) -> WriteReport:
    """content/ → docs/. Raises ContentError before writing anything if content is bad."""
    content = read_content(settings, problems)
    site_text = load_site_text(settings, problems)
    problems.raise_if_errors(strict=settings.strict)
    dossier = index_content(content)
    uis = tuple(ui(lang) for lang in LANGUAGES)
    pages = render_all(dossier, site_text, uis, mkdocs_site.linker_for)
    files = [(mkdocs_site.doc_path(page.ref, page.lang), page.text) for page in pages]
    report = write_docs(settings.docs_dir, files)
    log.debug(
        "docs/: %d written, %d unchanged, %d removed",
        len(report.written),
        report.unchanged,
        len(report.removed),
    )
    return report


def source_date_epoch(articles: tuple[Article, ...]) -> int:
    """A build timestamp derived from content, so two builds are byte-identical."""
    if not articles:
        return 0
    newest = max(article.date.as_date for article in articles)
    return calendar.timegm(newest.timetuple())


def build_site(settings: Settings, problems: Problems) -> None:
    """docs/ → site/ with its search index, swapped in only when all of it succeeded."""
    articles = read_articles(settings.content_dir, settings.root, Problems())
    epoch = source_date_epoch(articles)

    def build(out_dir):
        mkdocs_site.build(settings.root, out_dir, source_date_epoch=epoch)
        search_index.build_index(out_dir)

    publish.build_atomically(settings.site_dir, build)
