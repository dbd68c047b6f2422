"""Build the Pagefind index over a built site (one index per page language).

Pagefind reads ``<html lang>`` and writes a separate index for each language,
so Arabic pages get its Arabic stemmer and English pages the English one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def build_index(site_dir: Path) -> None:
    """Run the Pagefind binary shipped by the ``pagefind[bin]`` wheel."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"pagefind failed:\n{result.stdout}{result.stderr}")
