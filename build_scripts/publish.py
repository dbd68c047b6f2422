"""Swap a freshly built site into place, so a failed build never leaves half a site."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


def build_atomically(site_dir: Path, build: Callable[[Path], None]) -> None:
    """Call ``build(tmp)``; only when it succeeds does ``tmp`` replace ``site_dir``."""
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".site-new-", dir=site_dir.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; a web server must read it
    try:
        build(staging)
        _swap(staging, site_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap(staging: Path, site_dir: Path) -> None:
    """Two renames; the old site is deleted only once the new one is in place."""
    old = site_dir.with_name(f".site-old-{os.getpid()}")
    shutil.rmtree(old, ignore_errors=True)  # left by a killed build with our pid: rename needs it gone
    if site_dir.exists():
        os.replace(site_dir, old)
    try:
        os.replace(staging, site_dir)
    except OSError:
        if old.exists():
            os.replace(old, site_dir)  # put the previous site back
        raise
    shutil.rmtree(old, ignore_errors=True)
