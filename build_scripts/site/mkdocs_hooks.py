"""MkDocs hooks (``hooks:`` in mkdocs.yml): MkDocs loads this file itself; the pipeline never imports it.

MkDocs keeps every page's Markdown source and rendered HTML until the end of
the build, and mkdocs-static-i18n builds the English site from inside the
Arabic build's last event, so at 10,000 articles the Arabic pages' text was
still held while the English pages were rendered: 3.6 GB. A page's source is
not needed once it is rendered, nor its HTML once the page is written, so
both are dropped then. The output is byte for byte the same
(``tests/test_site.py``); only the peak memory halves.

MkDocs renders pages one after the other, and it is three quarters of a full
build. ``mkdocs_site.build`` therefore runs one MkDocs per core, each told its
share in ``SHARD_ENV`` ("i/n"): every process reads all pages (navigation,
titles and links need them) but renders and writes only the pages whose source
path hashes to its share; the others get an empty template and MkDocs skips
writing them. The shares are then merged into one site, the same bytes as one
process writes (``tests/test_site.py``).

MkDocs also parses every page's HTML a second time, with Python's
``html.parser``, only to collect the ids its anchor check needs: on our pages,
mostly generated HTML, that was a sixth of its time (``benchmarks/profile_mkdocs.py``).
The hooks skip that pass and the check it feeds, which the shares could not run
anyway (a link's target page may be another share's); ``tests/test_links.py``
checks every link and anchor of the built site instead.

Python-Markdown finds raw HTML by feeding the page to ``html.parser`` tag by
tag, only to store each top-level block as written and put it back unchanged
after conversion. Our pages are mostly finished HTML (chips, lists, tables, and
every paragraph without Markdown syntax, ``markdown_safety.is_plain_text``), and
that parse was the largest part of a build: 47 of 68 ms per page of Markdown,
under the profiler. The hooks add a preprocessor (``FinishedHtml``) that stores
each block (lines between blank lines) that is one block-level element closed
within the block, without ``markdown="1"``, in Markdown's own stash, as
Markdown would have. Blocks inside a ``markdown="1"`` container are stored too:
Markdown would have rewritten a list there with a line break after each item;
stored, it keeps the generator's spelling (no line break between items, as
everywhere else on the site), which a browser shows the same. Once a block
opens a raw element that a later block closes, the rest of the page is left to
Markdown.

Material's templates are indented for their authors, not for readers: a third
of a list page, a tenth of an article page, was indentation and blank lines. Each
page is written with every run of whitespace that holds a line break cut to one
line break, and without HTML comments (the "generated from" note is for docs/,
not for readers). A browser shows the page the same way (outside ``<pre>``, code,
scripts and styles, which are left as they are, whitespace with a line break in
it is one space, however long), and the bytes are the same on every build.

The JSON in each page (schema.org JSON-LD, Material's ``__config``) is written
by Jinja's ``tojson``, which by default spells every Arabic letter as a 6-byte
``\\uXXXX`` escape and pads separators with spaces; the hooks have it write
the letters themselves, in UTF-8 (2 bytes), without the padding. ``tojson``
still escapes ``< > & '``, so no text can end the script.

These are the only MkDocs events Daftar uses, and besides that whitespace, the
line breaks between list items and the JSON spelling they change no output: an engine that ignores hooks (Zensical ignores MkDocs plugins)
builds the same site, looser, with more memory and time, each share then
writing every page. Kept apart from ``mkdocs_site`` because MkDocs loads hook
files by path, outside the ``build_scripts`` package.
"""

from __future__ import annotations

import os
import re
import zlib
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

SHARD_ENV = "DAFTAR_MKDOCS_SHARD"
# site_overrides/daftar-skip.html renders nothing, and MkDocs does not write an empty page.
SKIP_TEMPLATE = "daftar-skip.html"
# Elements whose whitespace a browser may show as it is (Material styles code as pre-wrap).
_VERBATIM = re.compile(r"<(pre|textarea|code|script|style)\b.*?</\1\s*>", re.S | re.I)
_LINE_BREAKS = re.compile(r"[ \t\r\f]*\n\s*")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# Jinja's default (sort_keys) plus UTF-8 text and no padding; see the module's docstring.
JSON_DUMPS = {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")}


def shard_of(src_uri: str, shards: int) -> int:
    """Which process renders a page: stable across runs and machines (not ``hash``)."""
    return zlib.crc32(src_uri.encode("utf-8")) % shards


def _share() -> tuple[int, int] | None:
    value = os.environ.get(SHARD_ENV)
    if not value:
        return None
    index, shards = (int(part) for part in value.split("/"))
    return index, shards


_OPENING = re.compile(r"<([a-z][a-z0-9]*)[\s>]")
FINISHED_PRIORITY = 25  # after whitespace normalisation (30), before Markdown's raw HTML (20)


def _closed(block: str, tag: str) -> bool:
    """``block`` ends with ``</tag>`` and closes every ``<tag`` it opens."""
    opened = len(re.findall(rf"<{tag}[\s>]", block))
    closed = len(re.findall(rf"</{tag}\s*>", block))
    return opened == closed and re.search(rf"</{tag}\s*>\s*\Z", block) is not None


class _StoreFinished(Preprocessor):
    """Stores the finished HTML blocks, so Markdown's raw HTML pass sees only placeholders.

    Consecutive finished blocks are stored as one: Markdown then has one placeholder
    paragraph to run its inline patterns over, not one per block."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        block: list[str] = []
        finished: list[str] = []
        storing = True
        for line in [*lines, ""]:
            if line.strip():
                block.append(line)
                continue
            if block:
                text, block = "\n".join(block), []
                kind = self._kind(text) if storing else "markdown"
                if kind == "finished":
                    finished.append(text)
                    continue
                storing = storing and kind != "raw"
                out += self._store(finished)
                out += text.split("\n")
            elif finished:
                continue
            out.append(line)
        out += self._store(finished)
        out.pop()
        return out

    def _kind(self, block: str) -> str:
        """ "finished" (one closed block-level element, no Markdown inside), "raw" (it
        opens raw HTML a later block closes: Markdown's to read, to the end) or "markdown"."""
        opening = _OPENING.match(block)
        if not opening or not self.md.is_block_level(opening[1]) or "markdown=" in block:
            return "markdown"
        return "finished" if _closed(block, opening[1]) else "raw"

    def _store(self, finished: list[str]) -> list[str]:
        if not finished:
            return []
        lines = [self.md.htmlStash.store("\n\n".join(finished)), ""]
        finished.clear()
        return lines


class FinishedHtml(Extension):
    """Registers the preprocessor (``mkdocs_hooks.on_config`` adds the extension)."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(_StoreFinished(md), "daftar_finished_html", FINISHED_PRIORITY)


def _lines_unchanged(_: object, lines: list[str]) -> list[str]:
    return lines


def compact_html(html: str) -> str:
    """``html`` with each whitespace run that holds a line break cut to one line
    break, and without comments, outside the elements that keep their whitespace."""
    parts, start = [], 0
    for match in _VERBATIM.finditer(html):
        parts += [_compact_text(html[start : match.start()]), match.group(0)]
        start = match.end()
    parts.append(_compact_text(html[start:]))
    return "".join(parts)


def _compact_text(html: str) -> str:
    return _LINE_BREAKS.sub("\n", _COMMENT.sub("", html))


def on_config(config: Any, **_: Any) -> Any:
    """Skip MkDocs 1.6's anchor-id scan of each page's raw HTML (on_post_page drops the
    check it feeds; in another MkDocs version without it, nothing is skipped), and
    pass the generator's finished HTML blocks through Markdown unparsed."""
    from mkdocs.structure import pages

    if hasattr(pages, "_RawHTMLPreprocessor"):
        pages._RawHTMLPreprocessor.run = _lines_unchanged  # type: ignore[method-assign,assignment]
    if not any(isinstance(ext, FinishedHtml) for ext in config.markdown_extensions):
        config.markdown_extensions.append(FinishedHtml())
    return config


def on_env(env: Any, **_: Any) -> Any:
    """``tojson`` in the templates writes compact UTF-8 JSON."""
    env.policies["json.dumps_kwargs"] = dict(JSON_DUMPS)
    return env


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Another process renders this page: nothing to convert, nothing to write.

    Only a page whose title is in its front matter (read before this event; every
    generated page has one) is skipped: without one, MkDocs takes the title from
    the rendered heading, which the navigation and the neighbours' links need, so
    every share renders that page (and writes the same bytes).
    """
    share = _share()
    if share is None or "title" not in page.meta or shard_of(page.file.src_uri, share[1]) == share[0]:
        return markdown
    page.meta["template"] = SKIP_TEMPLATE
    return ""


def on_page_content(html: str, page: Any, **_: Any) -> str:
    """Drop the Markdown source once rendered.

    Empty, not None: ``Page.title`` reads None as "not read yet" and the
    navigation would lose its titles.
    """
    page.markdown = ""
    return html


def on_post_page(output: str, page: Any, **_: Any) -> str:
    """Drop the page's HTML once the whole page has been rendered around it.

    MkDocs would check this page's links to anchors against ids it no longer
    collects from raw HTML (and, in a share, against pages another process
    rendered); tests/test_links.py checks every anchor of the built site instead.
    """
    page.content = None
    page.links_to_anchors = None
    return compact_html(output)


def on_post_template(output_content: str, template_name: str, **_: Any) -> str:
    """The 404 page is a template, not a page: compacted like the pages."""
    return compact_html(output_content) if template_name.endswith(".html") else output_content
