"""Build the Pagefind search indexes over a built site: one bundle per language.

Each language's article pages are indexed from that language's root
(``mkdocs_site.search_bundle``), so the Arabic bundle uses Pagefind's Arabic
stemmer and the English one the English stemmer, result URLs are relative to
the language root, and each run holds only half the site in memory.

Memory (issue 18: peak RSS ≤ 3 GB at 10,000 articles). Pagefind keeps every page
of a run in memory until it writes the bundle, and its cost grows with the distinct
words of each page, not with the HTML: about 365 bytes per distinct word per page
(per-page word maps, a second copy of every parsed page made when it groups pages
by language, then the packed per-page maps it builds before merging them). An
article page has ~800 of them (its text, and ~200 index-only terms from
``search_terms``), hence ~350 KB per page. What is not indexed costs nothing: the
chrome outside ``data-pagefind-body`` and the ``data-pagefind-ignore`` chips and
lists make no difference (measured), so there is nothing more to ignore without
losing words readers search for.

What does cost memory without being data is the allocator. Pagefind 1.5.2's Linux
binary links jemalloc, which keeps freed pages resident for 10 s (its decay time)
before returning them; Pagefind frees the first half of its structures while it
builds the second, so the run peaks with both. ``PAGEFIND_ALLOCATOR`` makes jemalloc
return freed pages at once (read from ``_RJEM_MALLOC_CONF``, the prefixed name that
binary reads): the index is unchanged, only the resident memory drops.

Tried and not kept: Pagefind's Python API (``PagefindIndex.add_html_file``, page
by page) runs the same indexer in a service and peaks higher (its Python process
adds up), and takes 15 times as long; no CLI option changes memory; splitting a
language into several bundles merged in the browser (``mergeIndex``) would make
the first query fetch a second WebAssembly module (73 KB) and a second metadata
file, past the 300 KB budget, and rank each half with its own statistics.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ..render.i18n import LANGUAGES
from .mkdocs_site import search_bundle

# Heading permalinks ("#") and the page's own metadata line are not content.
EXCLUDE_SELECTORS = (".headerlink",)
# jemalloc settings for the Pagefind binary: return freed memory to the system at once
# instead of after 10 s (see the module docstring). Same index, lower peak. Switching
# its thread cache off too (tcache:false) saved 150 MB more at 10,000 articles but
# cost 41 s of a 77 s run: not kept, build time is a target too.
PAGEFIND_ALLOCATOR = "dirty_decay_ms:0,muzzy_decay_ms:0"


def build_index(site_dir: Path) -> None:
    """Run the Pagefind binary shipped by the ``pagefind[bin]`` wheel, once per language.

    The runs are sequential on purpose: in parallel their peak memory would add up
    again, and Pagefind already uses both cores within a run.
    """
    for lang in LANGUAGES:
        root, glob = search_bundle(lang)
        bundle_root = site_dir / root
        command = [sys.executable, "-m", "pagefind", "--site", str(bundle_root), "--glob", glob, "--quiet"]
        for selector in EXCLUDE_SELECTORS:
            command += ["--exclude-selectors", selector]
        env = {**os.environ, "_RJEM_MALLOC_CONF": PAGEFIND_ALLOCATOR}
        result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
        if result.returncode != 0:
            raise RuntimeError(f"pagefind ({lang}) failed:\n{result.stdout}{result.stderr}")
        _stabilise_entry(bundle_root)


def _stabilise_entry(bundle_root: Path) -> None:
    """Pagefind writes its language map in hash-map order; sort it so builds are byte-identical."""
    entry = bundle_root / "pagefind" / "pagefind-entry.json"
    data = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(
        json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
