"""Copies of Material's templates in site_overrides/ (docs/architecture.md: lighter
pages, at the price of re-copying them when Material is upgraded).

Each copy names the Material version it was taken from; these tests fail when the
installed Material is another version, or when a copied partial differs from
Material's own by more than what Daftar took out of it, so an upgrade cannot leave
an old template silently in front of a new theme.
"""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import material
import pytest

REPO = Path(__file__).parent.parent
OVERRIDES = REPO / "site_overrides"
MATERIAL = Path(material.__file__).parent / "templates"
# A copy says where it comes from as "Material 9.8.1's …".
COPIED_FROM = re.compile(r"Material (\d+\.\d+\.\d+)'s")
# The one thing the navigation partials leave out: the span around a link's title.
ELLIPSIS = re.compile(r'^( *)<span class="md-ellipsis">\n(.*?)^\1</span>\n', re.S | re.M)
# Material's note at the top of each partial, which a copy replaces with its own.
HEADER = re.compile(r"\A\{#-.*?-#\}\n", re.S)


def _without_ellipsis(template: str) -> str:
    """Material's partial as Daftar copies it: the span's content, two spaces less indented."""
    return ELLIPSIS.sub(lambda m: re.sub(r"^  ", "", m.group(2), flags=re.M), template)


def test_every_copy_names_the_installed_material_version() -> None:
    installed = version("mkdocs-material")
    named = {
        str(path.relative_to(REPO)): COPIED_FROM.findall(path.read_text(encoding="utf-8"))
        for path in sorted(OVERRIDES.rglob("*"))
        if path.is_file() and path.suffix in {".html", ".js", ".css", ".xml"}
    }
    named = {path: versions for path, versions in named.items() if versions}
    assert len(named) >= 6, named
    assert {path: set(versions) for path, versions in named.items()} == {
        path: {installed} for path in named
    }, f"Material {installed} is installed: re-copy these templates from it"


@pytest.mark.parametrize("name", ["nav-item.html", "toc-item.html"])
def test_a_navigation_partial_is_materials_own_without_the_ellipsis_span(name: str) -> None:
    ours = (OVERRIDES / "partials" / name).read_text(encoding="utf-8")
    theirs = (MATERIAL / "partials" / name).read_text(encoding="utf-8")
    assert 'class="md-ellipsis"' in theirs and 'class="md-ellipsis"' not in HEADER.sub("", ours)
    assert HEADER.sub("", ours) == HEADER.sub("", _without_ellipsis(theirs))


def test_the_storage_script_is_materials_own() -> None:
    """assets/daftar-material.js holds Material's inline storage helpers, unchanged but
    for where the scope comes from: data-md-scope on the script element, which
    partials/javascripts/base.html fills as Material filled the script."""
    theirs = (MATERIAL / "partials" / "javascripts" / "base.html").read_text(encoding="utf-8")
    script = re.search(r"<script>(.*?)</script>", theirs, re.S)
    assert script is not None
    scope = '"{{ config.extra.scope | d(base_url) }}"'
    assert script.group(1).count(scope) == 1
    ours = (OVERRIDES / "assets" / "daftar-material.js").read_text(encoding="utf-8")
    code = [line for line in ours.splitlines() if not line.startswith("//")]
    assert code == [script.group(1).replace(scope, "document.currentScript.dataset.mdScope")]
    loader = (OVERRIDES / "partials" / "javascripts" / "base.html").read_text(encoding="utf-8")
    assert f"data-md-scope={scope}" in loader
