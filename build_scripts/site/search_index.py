"""Build the Pagefind search indexes over a built site: one bundle per language.

Each language's article pages are indexed from that language's root
(``mkdocs_site.search_bundle``), so the Arabic bundle uses Pagefind's Arabic
stemmer and the English one the English stemmer, result URLs are relative to
the language root, and each run holds only half the site in memory.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ..render.i18n import LANGUAGES
from .mkdocs_site import search_bundle

# Heading permalinks ("#") and the page's own metadata line are not content.
EXCLUDE_SELECTORS = (".headerlink",)


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
        result = subprocess.run(command, capture_output=True, text=True, check=False)
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
