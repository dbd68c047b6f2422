"""UI strings: every message the renderers use is translated; plurals and dates per locale."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

from build_scripts.model import PartialDate
from build_scripts.render.i18n import LOCALES_DIR, ui

SOURCES = Path(__file__).resolve().parent.parent / "build_scripts"
CALL = re.compile(r"""\bui\(\s*(["'])(.+?)\1""")
COUNT = re.compile(r"""\bui\.count\(\s*(["'])(.+?)\1\s*,\s*(["'])(.+?)\3""")


def used_messages() -> set[str]:
    found: set[str] = set()
    for path in SOURCES.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= {m.group(2) for m in CALL.finditer(text)}
        found |= {m.group(2) for m in COUNT.finditer(text)}
    return found


def test_every_ui_string_has_an_arabic_translation() -> None:
    with (LOCALES_DIR / "ar/LC_MESSAGES/messages.po").open("rb") as handle:
        catalog = read_po(handle, locale="ar")
    translated = {
        m.id if isinstance(m.id, str) else m.id[0]
        for m in catalog
        if m.id and m.string and all(m.string if isinstance(m.string, tuple) else [m.string])
    }
    missing = sorted(used_messages() - translated)
    assert len(used_messages()) > 20
    assert missing == [], f"add these to build_scripts/locales/ar/LC_MESSAGES/messages.po: {missing}"


def test_arabic_has_six_plural_forms() -> None:
    arabic = ui("ar")
    forms = [arabic.count("{n} article", "{n} articles", n) for n in (0, 1, 2, 3, 11, 100)]
    assert forms == ["لا مقالات", "مقال واحد", "مقالان", "3 مقالات", "11 مقالًا", "100 مقال"]
    assert ui("en").count("{n} article", "{n} articles", 1) == "1 article"


def test_dates_are_formatted_per_locale() -> None:
    day = PartialDate(year=2025, month=8, day=20)
    assert ui("ar").date(day) == "20 أغسطس 2025"
    assert ui("en").date(day) == "August 20, 2025"
    assert ui("en").date(PartialDate(year=2024, month=10)) == "October 2024"
    assert ui("ar").date(PartialDate(year=2024, month=10)) == "أكتوبر 2024"


def test_direction_comes_from_the_locale() -> None:
    assert ui("ar").direction == "rtl" and ui("en").direction == "ltr"
