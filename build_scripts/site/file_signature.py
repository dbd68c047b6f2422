"""When a file can be trusted not to have changed without reading it: its stat signature.

``serve`` reuses what it computed from a file (a parsed article, the registry,
the bytes it wrote to docs/) while the file's signature is unchanged. The
signature includes the inode-change time, which every write, rename or
``touch -d`` moves to *now* and nothing can set back. A signature is only
trusted when both times are older than ``RACY_SECONDS`` before the moment the
caller started looking: file times are coarse (a few milliseconds), so a file
written again in the same tick as the one we read could otherwise keep its
signature (git's "racily clean" entries). Such files are simply read again.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# (mtime_ns, ctime_ns, size, inode, mode) of the file itself (a symlink is not followed).
Signature = tuple[int, int, int, int, int]
RACY_SECONDS = 2.0


def signature(path: Path) -> Signature | None:
    """The file's signature, or None when there is no file."""
    try:
        found = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return (found.st_mtime_ns, found.st_ctime_ns, found.st_size, found.st_ino, found.st_mode)


def trusted(sig: Signature, since_ns: int) -> bool:
    """True when any later change to the file is bound to change ``sig``: it was last
    modified well before ``since_ns`` (a ``time.time_ns()`` taken before the stat).
    Only files and folders: a symbolic link's own signature says nothing of its target."""
    if not (stat.S_ISREG(sig[4]) or stat.S_ISDIR(sig[4])):
        return False
    newest = max(sig[0], sig[1])
    return newest < since_ns - int(RACY_SECONDS * 1e9)
