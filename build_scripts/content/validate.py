"""Cross-file checks: ids an article uses must exist; slugs must be unique."""

from __future__ import annotations

from ..errors import Problems, did_you_mean
from ..model import Article, Registry
from ..text_safety import visible


def check_references(articles: tuple[Article, ...], registry: Registry, problems: Problems) -> None:
    """Unknown ids stop a strict build, like Material's ``categories_allowed``."""
    outlets = sorted(registry.outlets)
    for article in articles:
        if article.outlet and article.outlet not in registry.outlets:
            problems.error(
                article.source.path,
                article.line_of("outlet"),
                f"unknown outlet '{visible(article.outlet)}'{did_you_mean(article.outlet, outlets)}",
                "add it to content/registry/outlets.yml or fix the id",
            )
    _check_unique_slugs(articles, problems)


def _check_unique_slugs(articles: tuple[Article, ...], problems: Problems) -> None:
    """Two files with one slug (on different dates) are almost always one story twice."""
    seen: dict[str, Article] = {}
    for article in sorted(articles, key=lambda a: a.source.path):
        slug = article.slug[len(article.date.iso) + 1 :]
        if slug in seen:
            problems.error(
                article.source.path,
                1,
                f"slug '{slug}' is already used by {seen[slug].source.path}",
                "give this article a different slug in its file name",
            )
        else:
            seen[slug] = article
