"""The only module that knows MkDocs, Material and mkdocs-static-i18n (with ``mkdocs_hooks``, which MkDocs loads itself).

It maps engine-neutral ``PageRef``s to ``docs/`` paths (the i18n plugin's
``name.<lang>.md`` suffix convention) and to URLs (Arabic at the root, English
under ``/en/``), reads ``site_url`` the way MkDocs does, and runs ``mkdocs build``.
Files that are not pages have URLs too: each language's Atom feed sits beside
that language's home page, an entity's beside its page, the data export once
under ``data/``, and the country flags once under ``assets/flags/`` (written to
``docs/`` like pages). Material
is in maintenance mode; moving to another engine should mean rewriting this
module and ``site_overrides/``, nothing else.
"""

from __future__ import annotations

import os
import posixpath
import shutil
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from mkdocs.utils.yaml import yaml_load

from ..render.i18n import DEFAULT_LANGUAGE
from ..render.pages import AbsoluteUrl, Linker, PageRef, page_of_feed
from ..render.parallel import available_cpus
from .mkdocs_hooks import SHARD_ENV

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
    "places": ("places", "index"),
    "place": ("places", None),
    "events": ("events", "index"),
    "event": ("events", None),
}
FEED_NAME = "feed.xml"  # beside the page it follows; site_overrides/partials/daftar-meta.html links it
DATA_FOLDER = "data"  # one copy, not per language: the data is the same in both
FLAG_FOLDER = "assets/flags"  # beside Material's assets/; the i18n plugin copies it once, to the root
DEFAULT_SITE_URL = "http://127.0.0.1:8000/"


def _location(ref: PageRef) -> tuple[str, str]:
    folder, stem = LAYOUT[ref.kind]
    # Country ids are ISO codes (UA); URLs are lower case like every other id.
    return folder, stem or ref.id.lower()


def doc_path(ref: PageRef, lang: str) -> str:
    """Where the page's Markdown (or a flag's SVG) goes under ``docs/``.

    A year or month of a list goes in a folder named after the list's page
    (``articles/2025.ar.md``, ``actors/x/2025/08.ar.md``), which MkDocs publishes
    beside it (``articles/2025/``). Article slugs start with a full date
    (``2025-08-20-…``), so a bare year or month never meets one."""
    if ref.kind == "flag":
        return url(ref, lang)  # MkDocs copies it to the same path in site/, once for both languages
    folder, stem = _location(ref)
    if ref.part:
        folder = folder if stem == "index" else posixpath.join(folder, stem)
        return posixpath.join(folder, f"{ref.part}.{lang}.md")
    return posixpath.join(folder, f"{stem}.{lang}.md")


def url(ref: PageRef, lang: str) -> str:
    """The URL relative to the site root: a page's ends in ``/``, a file's in its name."""
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    if ref.kind == "feed":  # beside the page it follows: feed.xml, en/actors/x/feed.xml
        return url(page_of_feed(ref), lang) + FEED_NAME
    if ref.kind == "data":
        return posixpath.join(DATA_FOLDER, ref.id)
    if ref.kind == "flag":
        return posixpath.join(FLAG_FOLDER, f"{ref.id.lower()}.svg")
    folder, stem = _location(ref)
    path = folder if stem == "index" else posixpath.join(folder, stem)
    path = posixpath.join(path, ref.part) if ref.part else path
    return f"{prefix}{path}/" if path else prefix


def search_bundle(lang: str) -> tuple[str, str]:
    """(language root, glob of its article pages) for that language's Pagefind bundle.

    One bundle per language, each under its own root (``pagefind/``, ``en/pagefind/``):
    Pagefind holds every page of a run in memory, so two half-size runs peak at half
    the memory of one (5.5 GB at 10,000 articles), and a reader downloads the index
    metadata of one language only. Only article pages are indexed
    (``data-pagefind-body``), so the glob skips the rest without changing the index.
    """
    root = url(PageRef(kind="home"), lang)
    folder, _ = LAYOUT["article"]
    return root, f"{folder}/*/index.html"


def linker_for(source: PageRef, lang: str) -> Linker:
    """Relative links, so the site works at a domain root and under a sub-path."""
    here = url(source, lang) or "./"

    def link(target: PageRef, anchor: str = "") -> str:
        return _relative(url(target, lang) or "./", here) + (f"#{anchor}" if anchor else "")

    return link


def _relative(there: str, here: str) -> str:
    """``there`` relative to the folder ``here`` (both site-root URLs, as ``url`` makes
    them). What ``posixpath.relpath`` computes, without the ``getcwd`` call it makes
    twice per link: that was a tenth of render time at 1,000 articles."""
    target = [part for part in there.split("/") if part not in ("", ".")]
    origin = [part for part in here.split("/") if part not in ("", ".")]
    common = 0
    while common < min(len(target), len(origin)) and target[common] == origin[common]:
        common += 1
    relative = "/".join([".."] * (len(origin) - common) + target[common:]) or "."
    if there.endswith("/"):
        relative = "./" if relative == "." else relative + "/"
    return relative


def site_url(root: Path) -> str:
    """``site_url`` as MkDocs will see it (``!ENV`` resolved), ending in ``/``.

    Feeds and structured data need absolute URLs; reading them from the same
    setting MkDocs uses keeps them equal to the pages' canonical URLs.
    """
    with (root / "mkdocs.yml").open("rb") as handle:
        value = yaml_load(handle).get("site_url") or DEFAULT_SITE_URL
    return value if value.endswith("/") else value + "/"


def absolute_url_for(base: str) -> AbsoluteUrl:
    """Absolute URLs under ``base`` (a ``site_url``), for files read outside the site."""

    def absolute(target: PageRef, lang: str) -> str:
        return base + url(target, lang)

    return absolute


# More shares than this spend more on every process reading every page than they save.
MAX_SHARDS = 4


def shard_count() -> int:
    """One MkDocs process per usable core (mkdocs_hooks: each renders its share of the pages)."""
    return max(1, min(MAX_SHARDS, available_cpus()))


def build(
    root: Path, out_dir: Path, *, source_date_epoch: int, quiet: bool = True, shards: int | None = None
) -> None:
    """Run the real ``mkdocs build`` into ``out_dir``, in ``shards`` processes at once; raise on failure.

    Each process writes its share into a folder of its own beside ``out_dir``;
    the shares are merged into ``out_dir`` only when every process succeeded,
    and removed in any case.
    """
    shards = shards or shard_count()
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(source_date_epoch), "PYTHONHASHSEED": "0"}
    env.pop(SHARD_ENV, None)
    if shards == 1:
        _run(root, [(out_dir, env)], quiet)
        return
    work = Path(tempfile.mkdtemp(prefix=".mkdocs-shards-", dir=out_dir.parent))
    try:
        parts = [work / str(index) for index in range(shards)]
        _run(root, [(part, {**env, SHARD_ENV: f"{i}/{shards}"}) for i, part in enumerate(parts)], quiet)
        shutil.rmtree(out_dir, ignore_errors=True)  # what --clean does
        os.replace(parts[0], out_dir)
        for part in parts[1:]:
            _merge(part, out_dir)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(root: Path, jobs: list[tuple[Path, dict[str, str]]], quiet: bool) -> None:
    """``mkdocs build`` once per (site dir, environment), all at once; raise if any failed.

    Output goes to a file per process: a pipe could fill up while we wait on another.
    """
    with ExitStack() as stack:
        started = []
        for out_dir, env in jobs:
            command = [sys.executable, "-m", "mkdocs", "build", "--clean", "--site-dir", str(out_dir)]
            log = stack.enter_context(tempfile.TemporaryFile())
            process = subprocess.Popen(
                command + (["--quiet"] if quiet else []),
                cwd=root,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            started.append((process, log))
        failed = []
        for process, log in started:
            if process.wait() != 0:
                log.seek(0)
                failed.append(log.read().decode("utf-8", errors="replace"))
    if failed:
        raise RuntimeError("mkdocs build failed:\n" + "\n".join(failed))


def _merge(part: Path, out_dir: Path) -> None:
    """Move in the pages only this share wrote; the files every share writes
    (theme assets, sitemap, 404) are already there, byte-identical."""
    for path in sorted(part.rglob("*")):
        target = out_dir / path.relative_to(part)
        if path.is_file() and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)


def serve_process(root: Path, addr: str) -> subprocess.Popen[bytes]:
    """Start ``mkdocs serve`` (it live-reloads when docs/ changes).

    ``--dirty`` rebuilds only the pages whose files changed; the generator
    rewrites only files whose bytes changed, so an edit to one article
    rebuilds a handful of pages, not the site.
    """
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", addr]
    return subprocess.Popen(command, cwd=root)
