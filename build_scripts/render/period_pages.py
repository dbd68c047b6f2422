"""The pieces every year or month page of a long list shares (``periods``): its name,
its title and the links to the list's other years and months. Pure."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from babel.dates import format_date

from .i18n import UI
from .markdown_safety import escape_meta
from .pages import Linker, PageRef
from .periods import Archive, Period


def period_ref(page: PageRef, period: Period) -> PageRef:
    """The page of one year or month of ``page``'s list (``articles/2025/``)."""
    return replace(page, part=period.part)


def period_label(period: Period, ui: UI) -> str:
    """``2025``, or ``August 2025`` as the locale writes it."""
    return ui.date(period.first_day) if period.month else str(period.year)


@cache
def _month(year: int, month: int, lang: str) -> str:
    """The month's full name standing alone (``LLLL``: November, نوفمبر); the year is
    said once, in the list's label."""
    return format_date(Period(year=year, month=month).first_day.as_date, "LLLL", locale=lang)


def period_title(title: str, period: Period, ui: UI) -> str:
    """The title of a year or month page: the list's own, then the period."""
    return f"{title} — {period_label(period, ui)}"


def period_nav(archive: Archive, shown: Period, page: PageRef, ui: UI, link: Linker) -> str:
    """Every year of the list with its count, newest first, and the months of the year
    shown when it is cut by month; the one shown is marked (``aria-current``).

    Links, not a select box: they work without JavaScript, and a reader sees at a
    glance which years are busy."""

    def item(period: Period, text: str) -> str:
        current = ' aria-current="true"' if period in (shown, Period(year=shown.year)) else ""
        count = archive.count(period)
        number = f" <small>({count})</small>" if count else ""
        return f'<li><a href="{link(period_ref(page, period))}"{current}>{text}</a>{number}</li>'

    years = "".join(item(Period(year=y), str(y)) for y, _ in archive.years)
    lists = [f'<ul class="daftar-periods__years" aria-label="{escape_meta(ui("Years"))}">{years}</ul>']
    months = archive.months.get(shown.year)
    if months:
        label = escape_meta(ui("Months of {year}", year=shown.year))
        cells = "".join(
            item(Period(year=shown.year, month=m), _month(shown.year, m, ui.lang)) for m, _ in months
        )
        lists.append(f'<ul class="daftar-periods__months" aria-label="{label}">{cells}</ul>')
    return (
        f'<nav class="daftar-periods" aria-label="{escape_meta(ui("Browse by date"))}">{"".join(lists)}</nav>'
    )
