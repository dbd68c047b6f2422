"""MkDocs hooks (``hooks:`` in mkdocs.yml): MkDocs loads this file itself; the pipeline never imports it.

MkDocs keeps every page's Markdown source and rendered HTML until the end of
the build, and mkdocs-static-i18n builds the English site from inside the
Arabic build's last event, so at 10,000 articles the Arabic pages' text was
still held while the English pages were rendered: 3.6 GB. A page's source is
not needed once it is rendered, nor its HTML once the page is written, so
both are dropped then. The output is byte for byte the same
(``tests/test_site.py``); only the peak memory halves.

These are the only MkDocs events Daftar uses, and they change no output: an
engine that ignores hooks (Zensical ignores MkDocs plugins) builds the same
site with more memory. Kept apart from ``mkdocs_site`` because MkDocs loads
hook files by path, outside the ``build_scripts`` package.
"""

from __future__ import annotations

from typing import Any


def on_page_content(html: str, page: Any, **_: Any) -> str:
    """Drop the Markdown source once rendered.

    Empty, not None: ``Page.title`` reads None as "not read yet" and the
    navigation would lose its titles.
    """
    page.markdown = ""
    return html


def on_post_page(output: str, page: Any, **_: Any) -> str:
    """Drop the page's HTML once the whole page has been rendered around it."""
    page.content = None
    return output
