"""Hijri dates in the Umm al-Qura calendar, written for a reader. Pure.

Umm al-Qura is the calendar Saudi Arabia publishes in advance, so a date is a
table lookup (``hijridate``), not a moon sighting, and the same input always
gives the same day. Its tables cover 1343–1500 AH (1 August 1924 – 16 November
2077); outside that span a date has no Hijri form here, never a guessed one.

Numbers are plain Latin digits without grouping because that is what Babel
writes in the site's Gregorian dates in every locale (``i18n``): both dates of a
page read in one digit system. Month names and the era mark (هـ, AH) come from
the package, so no table of ours can drift from its conversion.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import cache
from typing import Literal

from hijridate import Gregorian, Hijri

from ..model import PartialDate

Language = Literal["ar", "en"]  # the site's languages; hijridate has names for both
FIRST_DAY = dt.date(1924, 8, 1)  # 1 Muharram 1343
LAST_DAY = dt.date(2077, 11, 16)  # 30 Dhu al-Hijjah 1500


def to_hijri(day: dt.date) -> Hijri | None:
    """The Umm al-Qura day of a Gregorian one, or None outside the tables."""
    if not FIRST_DAY <= day <= LAST_DAY:
        return None  # checked here too: the package's error text is not an API
    try:
        return Gregorian.fromdate(day).to_hijri()
    except OverflowError:
        return None


def _month(hijri: Hijri, lang: Language) -> str:
    return hijri.month_name(lang)


@cache
def hijri_date(value: PartialDate, lang: Language) -> str | None:
    """``26 صفر 1447 هـ``; for a month-only date, the Hijri months its first and last
    days fall in (``ربيع الأول – ربيع الثاني 1446 هـ``): the day is unknown, and
    naming one Hijri month would claim more than the article's date says.

    Cached: a list of thousands of articles has few distinct dates.
    """
    first = to_hijri(value.as_date)
    if first is None:
        return None
    era = Hijri.notation(lang)
    if value.day is not None:
        return f"{first.day} {_month(first, lang)} {first.year} {era}"
    last_day = calendar.monthrange(value.year, value.month)[1]
    last = to_hijri(dt.date(value.year, value.month, last_day))
    if last is None:
        return None
    if (first.year, first.month) == (last.year, last.month):
        return f"{_month(first, lang)} {first.year} {era}"
    if first.year == last.year:
        return f"{_month(first, lang)} – {_month(last, lang)} {last.year} {era}"
    return f"{_month(first, lang)} {first.year} – {_month(last, lang)} {last.year} {era}"
