"""The only module that knows MkDocs, Material and mkdocs-static-i18n.

It maps engine-neutral ``PageRef``s to ``docs/`` paths (the i18n plugin's
``name.<lang>.md`` suffix convention) and to URLs (Arabic at the root, English
under ``/en/``), and it runs ``mkdocs build``. Material is in maintenance mode;
moving to another engine should mean rewriting this module and
``site_overrides/``, nothing else.
"""

from __future__ import annotations

import os
import posixpath
import subprocess
import sys
from pathlib import Path

from .i18n import DEFAULT_LANGUAGE
from .pages import Linker, PageRef

# kind -> (folder, file stem); an empty id means an index page of that folder.
LAYOUT = {
    "home": ("", "index"),
    "search": ("search", "index"),
    "articles": ("articles", "index"),
    "article": ("articles", None),
    "quotes": ("quotes", "index"),
    "timeline": ("timeline", "index"),
    "actors": ("actors", "index"),
    "actor": ("actors", None),
    "countries": ("countries", "index"),
    "country": ("countries", None),
    "organisations": ("organisations", "index"),
    "organisation": ("organisations", None),
    "outlets": ("outlets", "index"),
    "outlet": ("outlets", None),
}


def _location(ref: PageRef) -> tuple[str, str]:
    folder, stem = LAYOUT[ref.kind]
    # Country ids are ISO codes (UA); URLs are lower case like every other id.
    return folder, stem or ref.id.lower()


def doc_path(ref: PageRef, lang: str) -> str:
    """Where the page's Markdown goes under ``docs/``."""
    folder, stem = _location(ref)
    return posixpath.join(folder, f"{stem}.{lang}.md")


def url(ref: PageRef, lang: str) -> str:
    """The page's URL relative to the site root, ending in ``/``."""
    folder, stem = _location(ref)
    path = folder if stem == "index" else posixpath.join(folder, stem)
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    return f"{prefix}{path}/" if path else prefix


def linker_for(source: PageRef, lang: str) -> Linker:
    """Relative links, so the site works at a domain root and under a sub-path."""
    here = url(source, lang) or "./"

    def link(target: PageRef, anchor: str = "") -> str:
        there = url(target, lang) or "./"
        relative = posixpath.relpath(there, here)
        relative = "./" if relative == "." else relative + "/"
        return relative + (f"#{anchor}" if anchor else "")

    return link


def build(root: Path, out_dir: Path, *, source_date_epoch: int, quiet: bool = True) -> None:
    """Run the real ``mkdocs build`` into ``out_dir``; raise on failure."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(source_date_epoch), "PYTHONHASHSEED": "0"}
    command = [sys.executable, "-m", "mkdocs", "build", "--clean", "--site-dir", str(out_dir)]
    if quiet:
        command.append("--quiet")
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build failed:\n{result.stdout}{result.stderr}")


def serve_process(root: Path, addr: str) -> subprocess.Popen[bytes]:
    """Start ``mkdocs serve`` (it live-reloads when docs/ changes).

    ``--dirty`` rebuilds only the pages whose files changed; the generator
    rewrites only files whose bytes changed, so an edit to one article
    rebuilds a handful of pages, not the site.
    """
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", addr]
    return subprocess.Popen(command, cwd=root)
