"""A failed build leaves the previous site/ exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_scripts.site.publish import build_atomically


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _old_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "articles").mkdir(parents=True)
    (site / "index.html").write_text("old\n", encoding="utf-8")
    (site / "articles/index.html").write_text("old list\n", encoding="utf-8")
    return site


@pytest.mark.parametrize("error", [RuntimeError("mkdocs failed"), KeyboardInterrupt()])
def test_a_build_failing_half_way_leaves_the_old_site(tmp_path: Path, error: BaseException) -> None:
    site = _old_site(tmp_path)
    before = _tree(site)

    def build(out: Path) -> None:
        (out / "index.html").write_text("new, half done\n", encoding="utf-8")
        raise error

    with pytest.raises(type(error)):
        build_atomically(site, build)
    assert _tree(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no .site-new-* / .site-old-*


def test_a_successful_build_replaces_the_site(tmp_path: Path) -> None:
    site = _old_site(tmp_path)
    (tmp_path / ".site-old-stale").mkdir()

    def build(out: Path) -> None:
        (out / "index.html").write_text("new\n", encoding="utf-8")

    build_atomically(site, build)
    assert _tree(site) == {"index.html": b"new\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site-old-stale", "site"]


def test_first_build_without_a_previous_site(tmp_path: Path) -> None:
    build_atomically(tmp_path / "site", lambda out: (out / "index.html").write_bytes(b"x"))
    assert _tree(tmp_path / "site") == {"index.html": b"x"}
