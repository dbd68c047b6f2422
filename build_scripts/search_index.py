"""Build the Pagefind index over a built site (one index per page language).

Pagefind reads ``<html lang>`` and writes a separate index for each language,
so Arabic pages get its Arabic stemmer and English pages the English one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# Heading permalinks ("#") and the page's own metadata line are not content.
EXCLUDE_SELECTORS = (".headerlink",)


def build_index(site_dir: Path) -> None:
    """Run the Pagefind binary shipped by the ``pagefind[bin]`` wheel."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--quiet"]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"pagefind failed:\n{result.stdout}{result.stderr}")
    _stabilise_entry(site_dir)


def _stabilise_entry(site_dir: Path) -> None:
    """Pagefind writes its language map in hash-map order; sort it so builds are byte-identical."""
    entry = site_dir / "pagefind" / "pagefind-entry.json"
    data = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(
        json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
