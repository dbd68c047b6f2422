"""Where ``mkdocs build`` spends its time on a generated dossier, in CPU milliseconds per page.

    python benchmarks/profile_mkdocs.py ROOT [--top 20] [--save FILE.prof]

ROOT is a repository whose ``docs/`` is generated (``python -m build_scripts
--root ROOT generate``; ``benchmarks/synthetic.py`` writes a dossier). It runs one
``mkdocs build`` in this process, as a single process (no shares), under cProfile
timed by CPU time: on a shared machine wall time counts the other processes too.
It prints the CPU time of a few parts of the build (inclusive: a part's callees
count, so parts overlap where one calls another), the modules and templates that
spend the most themselves, and the functions with the largest cumulative time,
each in ms per page built (both languages). Profiling roughly doubles the time.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

# (label, path suffix of the file, function name): inclusive CPU time of what they call.
PARTS = (
    ("whole build (Arabic, with English nested)", "mkdocs/commands/build.py", "build"),
    ("English build, nested in the i18n plugin", "mkdocs_static_i18n/plugin.py", "on_post_build"),
    ("read pages: source and YAML front matter", "mkdocs/structure/pages.py", "read_source"),
    ("  YAML front matter", "mkdocs/utils/meta.py", "get_data"),
    ("Markdown → HTML (Page.render)", "mkdocs/structure/pages.py", "render"),
    ("  core preprocessors", "markdown/preprocessors.py", "run"),
    ("  md_in_html: raw HTML parsing, markdown=1", "markdown/extensions/md_in_html.py", "run"),
    ("  block parser", "markdown/blockparser.py", "parseDocument"),
    ("  inline patterns", "markdown/treeprocessors.py", "run"),
    ("  toc and permalinks", "markdown/extensions/toc.py", "run"),
    ("  tables", "markdown/extensions/tables.py", "run"),
    ("  admonition", "markdown/extensions/admonition.py", "run"),
    ("  serialise the tree", "markdown/serializers.py", "_write_html"),
    ("  postprocessors (raw HTML back in)", "markdown/postprocessors.py", "run"),
    ("  MkDocs' title and link passes", "mkdocs/structure/pages.py", "run"),
    ("templates (Material's page, header, nav)", "jinja2/environment.py", "render"),
    ("i18n: per-page Markdown pass", "mkdocs_static_i18n/plugin.py", "on_page_markdown"),
    ("i18n: per-page context (alternates)", "mkdocs_static_i18n/plugin.py", "on_page_context"),
    ("i18n: files and nav per language", "mkdocs_static_i18n/plugin.py", "on_files"),
    ("navigation", "mkdocs/structure/nav.py", "get_navigation"),
    ("write pages", "mkdocs/utils/__init__.py", "write_file"),
    ("copy static files", "mkdocs/structure/files.py", "copy_file"),
)


def profile_build(root: Path, site: Path) -> cProfile.Profile:
    """One ``mkdocs build`` of ``root`` into ``site``, profiled by CPU time."""
    from mkdocs.__main__ import cli

    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    profiler = cProfile.Profile(time.process_time)
    previous = Path.cwd()
    os.chdir(root)
    try:
        profiler.runcall(cli, ["build", "--clean", "--quiet", "--site-dir", str(site)], standalone_mode=False)
    finally:
        os.chdir(previous)
    return profiler


def parts(stats: dict, pages: int) -> list[tuple[str, float]]:
    rows = []
    for label, suffix, name in PARTS:
        seconds = sum(
            cumulative
            for (path, _, function), (_, _, _, cumulative, _) in stats.items()
            if function == name and path.replace(os.sep, "/").endswith(suffix)
        )
        rows.append((label, 1000 * seconds / pages))
    return rows


def area(path: str) -> str:
    """A function's package, or its template for Jinja's compiled templates."""
    path = path.replace(os.sep, "/")
    if path.endswith(".html"):
        return "template " + path.split("/templates/")[-1].split("/site_overrides/")[-1]
    for marker in ("site-packages/", "lib/python3"):
        if marker in path:
            tail = path.split(marker, 1)[1].lstrip("/").split("/")
            tail = tail[1:] if tail[0].startswith(".") or tail[0].isdigit() else tail
            return "/".join(tail[:2]) if tail[0] in ("markdown", "mkdocs", "material") else tail[0]
    return path if path.startswith("~") else Path(path).name


def areas(stats: dict, pages: int, top: int) -> list[tuple[str, float]]:
    own: Counter[str] = Counter()
    for (path, _, function), (_, _, self_time, _, _) in stats.items():
        own[area(path) if path != "~" else f"builtin {function.split(' of ')[0].strip('<>{}')}"] += self_time
    return [(name, 1000 * seconds / pages) for name, seconds in own.most_common(top)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--save", type=Path, help="write the raw profile (pstats) here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="daftar-profile-") as scratch:
        site = Path(scratch) / "site"
        profiler = profile_build(args.root.resolve(), site)
        pages = sum(1 for _ in site.rglob("*.html"))
    if args.save:
        profiler.dump_stats(args.save)
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(self_time for (_, _, self_time, _, _) in stats.values())
    print(f"{pages:,} pages, {total:.1f} s CPU under the profiler: {1000 * total / pages:.1f} ms per page")
    print("\nParts (inclusive, ms/page):")
    for label, ms in parts(stats, pages):
        print(f"  {label:<46} {ms:7.2f}")
    print(f"\nSelf time by package or template, top {args.top} (ms/page):")
    for name, ms in areas(stats, pages, args.top):
        print(f"  {name:<46} {ms:7.2f}")
    print(f"\nFunctions by cumulative time, top {args.top}:")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
