"""Long lists cut into a page per year, and a crowded year into a page per month.

Pure: dates in, a plan out; the renderers decide what a page shows and
``mkdocs_site`` where it lives. A list that fits one page stays whole. A longer
one gets a page per year (``articles/2025/``) and a crowded year a page per month
(``articles/2025/08/``); the list's own page shows its newest year (or that
year's newest month) with links to every year and month. Years and months are
never renumbered as the dossier grows, so their URLs stay put: a link to
``timeline/2024/`` shows 2024 next year too, where a numbered page 2 would have
moved on. The rule and its numbers are argued in docs/architecture.md.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..model import PartialDate

# Most items (articles, quotes, events) a list page shows. A list item is 300–600
# bytes of HTML and Material's page around it about 20 KB, so a page of this many
# stays under 300 KB; a list this short is easier to search with Ctrl+F on one page.
PAGE_ITEMS = 400
T = TypeVar("T")


@dataclass(frozen=True, slots=True, kw_only=True, order=True)
class Period:
    """A year (``month`` 0) or one month of it."""

    year: int
    month: int = 0

    @property
    def part(self) -> str:
        """Its URL below the list's own page: ``2025`` or ``2025/08``."""
        return f"{self.year}/{self.month:02d}" if self.month else str(self.year)

    def holds(self, date: PartialDate) -> bool:
        return date.year == self.year and (not self.month or date.month == self.month)

    @property
    def first_day(self) -> PartialDate:
        """For formatting its name (a month-only date, or a year's January)."""
        return PartialDate(year=self.year, month=self.month or 1)


@dataclass(frozen=True, slots=True, kw_only=True)
class Archive:
    """How one list is cut: its years, newest first, and the months of crowded years,
    each with the count its link shows (articles, where the cut counts every item)."""

    years: tuple[tuple[int, int], ...]  # (year, count), newest first
    months: dict[int, tuple[tuple[int, int], ...]]  # crowded year -> (month, count), newest first

    def pages(self) -> tuple[Period, ...]:
        """Every period with a page of its own, newest first: each year, then its months."""
        pages: list[Period] = []
        for year, _ in self.years:
            pages.append(Period(year=year))
            pages.extend(Period(year=year, month=month) for month, _ in self.months.get(year, ()))
        return tuple(pages)

    def shown(self, period: Period | None) -> Period:
        """What a page lists: the newest year for the list's own page (``None``), and
        the newest month of a crowded year."""
        year = period.year if period else self.years[0][0]
        if period and period.month:
            return period
        months = self.months.get(year)
        return Period(year=year, month=months[0][0]) if months else Period(year=year)

    def count(self, period: Period) -> int:
        """The count a period's link shows."""
        pairs = self.months.get(period.year, ()) if period.month else self.years
        return dict(pairs).get(period.month or period.year, 0)


def plan(
    items: Iterable[tuple[int, int]],
    *,
    counted: Iterable[tuple[int, int]] | None = None,
    limit: int | None = None,
) -> Archive | None:
    """Cut a list whose items fall in these (year, month)s, one pair per item; ``None``
    when it fits one page of ``limit`` items (``PAGE_ITEMS``). ``counted`` are what the
    links count (the articles among quotes and events), by default every item.

    A list of several hundred items within one year is cut too: its year and months
    get pages, so no URL changes when the next year begins.
    """
    limit = PAGE_ITEMS if limit is None else limit
    per_month = Counter(items)
    if sum(per_month.values()) <= limit:
        return None
    per_year: Counter[int] = Counter()
    for (year, _), number in per_month.items():
        per_year[year] += number
    shown = per_month if counted is None else Counter(counted)
    shown_years: Counter[int] = Counter()
    for (year, _), number in shown.items():
        shown_years[year] += number
    months = {
        year: tuple((m, shown[(y, m)]) for y, m in sorted(per_month, reverse=True) if y == year)
        for year in per_year
        if per_year[year] > limit
    }
    years = tuple((year, shown_years[year]) for year in sorted(per_year, reverse=True))
    return Archive(years=years, months=months)


def of_dates(dates: Iterable[PartialDate]) -> list[tuple[int, int]]:
    """The (year, month) of each date, for ``plan``."""
    return [(date.year, date.month) for date in dates]


def _month_number(date: PartialDate) -> int:
    return date.year * 12 + date.month - 1


def within(items: Sequence[T], date_of: Callable[[T], PartialDate], period: Period) -> Sequence[T]:
    """The run of ``items`` (sorted newest first, as every list is) that falls in
    ``period``, found by bisection: a list cut into a hundred pages would otherwise be
    read whole for each of them (minutes at 10,000 articles)."""

    def key(item: T) -> int:
        return -_month_number(date_of(item))

    newest = _month_number(PartialDate(year=period.year, month=period.month or 12))
    oldest = _month_number(PartialDate(year=period.year, month=period.month or 1))
    return items[bisect_left(items, -newest, key=key) : bisect_right(items, -oldest, key=key)]
