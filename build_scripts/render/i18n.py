"""UI strings and dates per locale, through Babel and gettext catalogs.

Catalogs are plain ``.po`` files in ``build_scripts/locales/<lang>/`` so that a
translator edits text, not code. They are compiled in memory at start-up: no
binary ``.mo`` file is committed, so a ``.po`` edit can never be forgotten.
English message ids are the English text, so the English catalog may stay
empty and still read correctly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from ..model import PartialDate

LOCALES_DIR = Path(__file__).parent.parent / "locales"
LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "ar"


@cache
def _translations(lang: str) -> Translations:
    path = LOCALES_DIR / lang / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer)


@dataclass(frozen=True, slots=True)
class UI:
    """Everything language-specific a renderer needs, for one language."""

    lang: str

    @property
    def direction(self) -> str:
        return (Locale.parse(self.lang).character_order == "right-to-left" and "rtl") or "ltr"

    def __call__(self, message: str, **values: object) -> str:
        """Translate ``message`` and fill ``{name}`` placeholders."""
        text = _translations(self.lang).gettext(message)
        return text.format(**values) if values else text

    def count(self, singular: str, plural: str, n: int) -> str:
        """A count that reads naturally (Arabic has six plural forms)."""
        return _translations(self.lang).ngettext(singular, plural, n).format(n=n)

    def date(self, value: PartialDate) -> str:
        """A Babel-formatted date; month-only dates say only the month."""
        return _format_date(value, self.lang)

    def iso_date(self, value: dt.date) -> str:
        return value.isoformat()

    def month_name(self, value: PartialDate) -> str:
        """The month alone, abbreviated where the locale has an abbreviation (Sep;
        Arabic has none: سبتمبر), for labels under a chart's bars."""
        return _format_skeleton("MMM", value, self.lang)

    def month_span(self, first: PartialDate, last: PartialDate) -> str:
        """Two months as a range the locale writes (March – November 2025)."""
        return _month_span(first, last, self.lang)

    def join(self, items: Sequence[str]) -> str:
        """A list as the locale writes it (a, b, and c; أ وب وج)."""
        return format_list(list(items), locale=self.lang)


@cache
def _format_date(value: PartialDate, lang: str) -> str:
    """Cached: every list of articles prints dates, and a dossier has few distinct
    dates but tens of thousands of list entries (Babel parses its pattern each call)."""
    if value.day is None:
        return format_skeleton("yMMMM", value.as_date, locale=lang)
    return format_date(value.as_date, "long", locale=lang)


@cache
def _format_skeleton(skeleton: str, value: PartialDate, lang: str) -> str:
    return format_skeleton(skeleton, value.as_date, locale=lang)


@cache
def _month_span(first: PartialDate, last: PartialDate, lang: str) -> str:
    return format_interval(first.as_date, last.as_date, "yMMMM", locale=lang)


def ui(lang: str) -> UI:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    return UI(lang)
