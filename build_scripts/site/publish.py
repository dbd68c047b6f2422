"""Swap a freshly built site into place, so a failed build never leaves half a site.

Files that are not pages (feeds, the data export) are added to the staging
directory before the swap, so they are published with the pages or not at all.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath


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


def add_files(staging: Path, files: Iterable[tuple[str, str]]) -> None:
    """Write UTF-8 ``files`` (site-relative POSIX paths) into a staged site.

    Refuses to replace what the site engine wrote: a hand-made ``docs/feed.xml``
    would otherwise vanish without a word.
    """
    for rel, text in files:
        posix = PurePosixPath(rel)
        if not rel or posix.is_absolute() or ".." in posix.parts or "\\" in rel:
            raise ValueError(f"refusing to write outside the site: {rel!r}")
        path = staging / posix
        if path.exists():
            raise FileExistsError(f"site/{rel} was already built from docs/; remove one of the two")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
