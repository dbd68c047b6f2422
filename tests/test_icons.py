"""Material's icons are drawn by site_overrides/assets/daftar.css, not inlined in
every page: mkdocs.yml names site_overrides/.icons/daftar/ icons, whose files are
empty boxes of a class the style sheet paints with Material's own shape."""

from __future__ import annotations

import re
from pathlib import Path

import material

REPO = Path(__file__).parent.parent
OURS = REPO / "site_overrides" / ".icons" / "daftar"
MATERIAL = Path(material.__file__).parent / "templates" / ".icons" / "material"


def test_every_icon_is_an_empty_box_the_style_sheet_paints_with_materials_shape() -> None:
    css = (REPO / "site_overrides" / "assets" / "daftar.css").read_text(encoding="utf-8")
    icons = sorted(OURS.glob("*.svg"))
    assert len(icons) >= 7
    for path in icons:
        name = path.stem
        assert path.read_text(encoding="utf-8") == (f'<svg class="daftar-icon--{name}"></svg>\n')
        shape = (MATERIAL / f"{name}.svg").read_text(encoding="utf-8").strip()
        rule = f".daftar-icon--{name} {{ --daftar-icon: url('data:image/svg+xml;charset=utf-8,{shape}'); }}"
        assert rule in css, name


def test_every_icon_the_site_names_exists() -> None:
    named = re.findall(r"daftar/([a-z-]+)", (REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    named += re.findall(
        r"\.icons/daftar/([a-z-]+)\.svg", (REPO / "site_overrides/partials/header.html").read_text()
    )
    assert len(set(named)) == 7
    assert all((OURS / f"{name}.svg").is_file() for name in named)
