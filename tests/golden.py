"""Compare a generated tree with a golden tree, file by file, with a readable diff."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def compare(actual: Path, expected: Path, *, update: bool) -> list[str]:
    """Return human-readable differences; with ``update`` rewrite ``expected`` instead."""
    if update:
        shutil.rmtree(expected, ignore_errors=True)
        shutil.copytree(actual, expected)
        return []
    got, want = tree(actual), tree(expected)
    problems = [f"missing: {name}" for name in sorted(want.keys() - got.keys())]
    problems += [f"unexpected: {name}" for name in sorted(got.keys() - want.keys())]
    for name in sorted(got.keys() & want.keys()):
        if got[name] != want[name]:
            diff = difflib.unified_diff(
                want[name].decode().splitlines(),
                got[name].decode().splitlines(),
                f"expected/{name}",
                f"actual/{name}",
                lineterm="",
                n=2,
            )
            problems.append("\n".join(list(diff)[:60]))
    return problems
