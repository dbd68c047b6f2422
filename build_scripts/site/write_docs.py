"""The only module that writes to ``docs/``: the generated pages and the flag images they show.

It keeps a manifest of the files it generated, so a later build removes only
those (hand-written files such as ``docs/architecture.md`` are never touched),
and it rewrites a file only when its bytes change, so unchanged pages keep
their modification time and live reload rebuilds only what changed. A
long-running caller (``serve``) passes a ``WrittenFiles`` so that a file it
wrote earlier, whose stat signature has not changed since, is known to hold its
bytes without reading it back.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .file_signature import Signature, signature, trusted

MANIFEST = ".daftar-manifest.json"
# Pages, and the flag images they show (copied from flag-icons; see ``flags``).
SUFFIXES = (".md", ".svg")


class DocsConflict(Exception):
    """Two generated pages claim one path, or a page would overwrite a hand-written file."""


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


def _load_manifest(docs_dir: Path) -> set[str]:
    """Files generated last time. Entries that could point outside docs/ are ignored:
    docs/ is not committed, but a pull request can force-add a crafted manifest."""
    path = docs_dir / MANIFEST
    if not path.exists():
        return set()
    files = json.loads(path.read_text(encoding="utf-8"))["files"]
    return {rel for rel in files if isinstance(rel, str) and _safe_relative(rel)}


def _safe_relative(rel: str) -> bool:
    posix = PurePosixPath(rel)
    return bool(rel) and not posix.is_absolute() and ".." not in posix.parts and "\\" not in rel


def _inside(docs_dir: Path, path: Path, folders: dict[Path, bool] | None = None) -> bool:
    """False when a symlinked folder in docs/ would send the write somewhere else.

    Each folder is resolved once (``folders`` remembers the answers within one call);
    the file itself only when it is a symbolic link, which is rare.
    """
    folders = {} if folders is None else folders
    parent = path.parent
    if parent not in folders:
        folders[parent] = parent.resolve().is_relative_to(docs_dir.resolve())
    if not folders[parent]:
        return False
    return not path.is_symlink() or path.resolve().is_relative_to(docs_dir.resolve())


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _checked(files: Iterable[tuple[str, str | bytes]]) -> dict[str, bytes]:
    result: dict[str, bytes] = {}
    folded: dict[str, str] = {}  # case-insensitive file systems (macOS) would merge these
    for given, content in files:
        if not _safe_relative(given) or not given.endswith(SUFFIXES):
            raise DocsConflict(
                f"refusing to write outside docs/ or a file that is not Markdown or SVG: {given}"
            )
        rel = str(PurePosixPath(given))  # a/./b.md and a//b.md are a/b.md
        if rel.casefold() in folded:
            raise DocsConflict(f"two generated pages would be written to docs/{folded[rel.casefold()]}")
        folded[rel.casefold()] = rel
        result[rel] = content.encode("utf-8") if isinstance(content, str) else content
    return result


@dataclass(slots=True)
class WrittenFiles:
    """What ``write_docs`` left in ``docs/`` last time: per file, its stat signature
    and a digest of its bytes. A file whose signature is unchanged still holds those
    bytes, so it is not read back; a file edited or deleted by hand has a new
    signature (or none) and is compared the slow way. Signatures too recent to
    trust (see ``file_signature``) are not kept, so those files are read next time."""

    files: dict[str, tuple[Signature, bytes]] = field(default_factory=dict)

    def holds(self, path: Path, rel: str, digest: bytes) -> bool | None:
        """True/False when memory answers whether ``path`` holds these bytes; None when it cannot."""
        known = self.files.get(rel)
        if known is None or signature(path) != known[0]:
            return None
        return known[1] == digest

    def remember(self, path: Path, rel: str, digest: bytes, since_ns: int) -> None:
        current = signature(path)
        if current is not None and trusted(current, since_ns):
            self.files[rel] = (current, digest)
        else:
            self.files.pop(rel, None)


def _on_disk(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def _update(path: Path, rel: str, data: bytes, memory: WrittenFiles | None, since_ns: int) -> bool:
    """Write ``data`` unless the file already holds it; True when written."""
    digest = hashlib.sha256(data).digest() if memory is not None else b""
    known = memory.holds(path, rel, digest) if memory is not None else None
    if known:
        return False  # still the bytes we wrote, and the signature is as we left it
    changed = not (known is None and _on_disk(path) == data)
    if changed:
        _atomic_write(path, data)
    if memory is not None:
        memory.remember(path, rel, digest, since_ns)
    return changed


def _check_targets(docs_dir: Path, wanted: Iterable[str], previous: set[str]) -> None:
    folders: dict[Path, bool] = {}
    for rel in sorted(wanted):
        if rel not in previous and (docs_dir / rel).exists():
            raise DocsConflict(f"docs/{rel} exists and was not generated by Daftar; move it away")
        if not _inside(docs_dir, docs_dir / rel, folders):
            raise DocsConflict(f"docs/{rel} would be written outside docs/ through a symbolic link")


def write_docs(
    docs_dir: Path, files: Iterable[tuple[str, str | bytes]], memory: WrittenFiles | None = None
) -> WriteReport:
    """Make ``docs/`` hold exactly ``files`` (text is written as UTF-8, bytes as they
    are) among the files Daftar generated."""
    started_ns = time.time_ns()
    wanted = _checked(files)
    previous = _load_manifest(docs_dir)
    _check_targets(docs_dir, wanted, previous)
    written, unchanged = [], 0
    for rel, data in sorted(wanted.items()):
        if _update(docs_dir / rel, rel, data, memory, started_ns):
            written.append(rel)
        else:
            unchanged += 1
    removed = sorted(previous - wanted.keys())
    for rel in removed:
        if memory is not None:
            memory.files.pop(rel, None)
        if not _inside(docs_dir, docs_dir / rel):
            continue
        (docs_dir / rel).unlink(missing_ok=True)
        _remove_empty_parents(docs_dir, docs_dir / rel)
    _write_if_changed(docs_dir / MANIFEST, json.dumps({"files": sorted(wanted)}, indent=1).encode() + b"\n")
    return WriteReport(written=tuple(written), unchanged=unchanged, removed=tuple(removed))


def write_ahead(
    docs_dir: Path, files: Iterable[tuple[str, str]], memory: WrittenFiles | None = None
) -> tuple[str, ...]:
    """Update some pages Daftar already generated, ahead of the ``write_docs`` that
    follows in the same run (``serve`` writes the edited article's pages first, so
    MkDocs shows them while the rest renders). It never creates, removes or lists
    a file: a page not in the manifest waits for ``write_docs``, which alone keeps
    ``docs/`` equal to the full page list. Returns the files written."""
    started_ns = time.time_ns()
    wanted = _checked(files)
    previous = _load_manifest(docs_dir)
    ahead = {rel: data for rel, data in wanted.items() if rel in previous}
    _check_targets(docs_dir, ahead, previous)
    return tuple(
        rel for rel, data in sorted(ahead.items()) if _update(docs_dir / rel, rel, data, memory, started_ns)
    )


def _write_if_changed(path: Path, data: bytes) -> None:
    """MkDocs watches docs/: rewriting an unchanged manifest would trigger a rebuild for nothing."""
    if not path.is_file() or path.read_bytes() != data:
        _atomic_write(path, data)


def _remove_empty_parents(docs_dir: Path, path: Path) -> None:
    parent = path.parent
    while parent != docs_dir and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent
