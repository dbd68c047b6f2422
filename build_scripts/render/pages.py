"""What a generated page is, independent of the site engine.

A page is named by a ``PageRef`` (kind + id) and a language; the engine layer
(``mkdocs_site``) decides where it lives on disk and at which URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True, kw_only=True, order=True)
class PageRef:
    kind: str  # home, articles, article, search, … (feed, data and flag name files)
    id: str = ""
    # One year or month of a long list ("2025", "2025/08"; see ``periods``), or "" for the page itself.
    part: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    ref: PageRef
    lang: str
    text: str  # Markdown with front matter
    source: str = ""  # the content file it was made from, for error messages


class Linker(Protocol):
    """Relative link from the page being rendered to another page."""

    def __call__(self, target: PageRef, anchor: str = "") -> str: ...


class AbsoluteUrl(Protocol):
    """Absolute URL of a page or file in a language (feeds and data leave the site)."""

    def __call__(self, target: PageRef, lang: str) -> str: ...


HOME = PageRef(kind="home")
ARTICLES = PageRef(kind="articles")
SEARCH = PageRef(kind="search")
FEED = PageRef(kind="feed")  # the language's Atom feed: a file, not a page
# Pages with an Atom feed of their own beside them: the articles naming that entity.
# Outlets have none: their page is about what they published, which the issue did not ask for.
FEED_KINDS = ("actor", "country", "organisation")


def data_file(name: str) -> PageRef:
    """A file of the data export (one copy for both languages)."""
    return PageRef(kind="data", id=name)


def flag_file(code: str) -> PageRef:
    """A country's flag image (one copy for both languages), by ISO code."""
    return PageRef(kind="flag", id=code)


def article_ref(slug: str) -> PageRef:
    return PageRef(kind="article", id=slug)


def feed_beside(page: PageRef) -> PageRef:
    """The Atom feed published beside ``page``: the language's feed for the home page,
    an entity's own feed for its page (``FEED_KINDS``)."""
    return FEED if page == HOME else PageRef(kind="feed", id=f"{page.kind}/{page.id}")


def page_of_feed(feed: PageRef) -> PageRef:
    """The page a feed sits beside (the inverse of ``feed_beside``)."""
    if not feed.id:
        return HOME
    kind, _, entity_id = feed.id.partition("/")
    return PageRef(kind=kind, id=entity_id)
