"""Relative links between site URLs equal what posixpath.relpath would give."""

from __future__ import annotations

import posixpath

from hypothesis import given
from hypothesis import strategies as st

from build_scripts.site.mkdocs_site import _relative

SEGMENT = st.sampled_from(["en", "articles", "actors", "2025-08-20-x", "ua", "data", "feed.xml", "a.json"])


def folder(parts: list[str]) -> str:
    return "".join(f"{p}/" for p in parts) or "./"


@given(st.lists(SEGMENT, max_size=4), st.lists(SEGMENT, max_size=4), st.booleans())
def test_relative_equals_relpath(there: list[str], here: list[str], is_folder: bool) -> None:
    target = folder(there) if is_folder or not there else "/".join(there)
    expected = posixpath.relpath(target, folder(here))
    if target.endswith("/"):
        expected = "./" if expected == "." else expected + "/"
    assert _relative(target, folder(here)) == expected
