"""Long lists cut by year and month (``periods``): the plan and where its pages live."""

from __future__ import annotations

import datetime as dt

from build_scripts import mkdocs_site, periods
from build_scripts.model import PartialDate
from build_scripts.pages import PageRef
from build_scripts.periods import Archive, Period, plan


def months(*spec: tuple[int, int, int]) -> list[tuple[int, int]]:
    """(year, month, items) → one (year, month) per item."""
    return [(year, month) for year, month, n in spec for _ in range(n)]


def test_a_list_that_fits_one_page_is_not_cut() -> None:
    assert plan(months((2024, 1, 200), (2025, 3, 200)), limit=400) is None
    assert plan([], limit=400) is None


def test_a_long_list_gets_every_year_newest_first_and_months_only_where_a_year_is_crowded() -> None:
    archive = plan(months((2023, 5, 10), (2025, 1, 300), (2025, 7, 200), (2024, 2, 100)), limit=400)
    assert archive == Archive(
        years=((2025, 500), (2024, 100), (2023, 10)), months={2025: ((7, 200), (1, 300))}
    )
    assert [p.part for p in archive.pages()] == ["2025", "2025/07", "2025/01", "2024", "2023"]
    # the list's own page shows the newest month of the newest year; a year page its newest month
    assert archive.shown(None) == Period(year=2025, month=7)
    assert archive.shown(Period(year=2025)) == Period(year=2025, month=7)
    assert archive.shown(Period(year=2024)) == Period(year=2024)
    assert archive.shown(Period(year=2025, month=1)) == Period(year=2025, month=1)


def test_one_crowded_year_is_cut_too_so_its_urls_outlive_the_new_year() -> None:
    archive = plan(months((2025, 1, 250), (2025, 2, 250)), limit=400)
    assert archive is not None
    assert [p.part for p in archive.pages()] == ["2025", "2025/02", "2025/01"]


def test_links_count_what_counted_says() -> None:
    items = months((2024, 1, 300), (2025, 1, 300))
    archive = plan(items, counted=months((2024, 1, 3), (2025, 1, 5)), limit=400)
    assert archive is not None and archive.years == ((2025, 5), (2024, 3))
    assert archive.count(Period(year=2024)) == 3 and archive.count(Period(year=2019)) == 0


def test_a_growing_list_never_loses_a_page() -> None:
    """A reader's link to a year or month keeps working as articles are added."""
    day, items, seen = dt.date(2022, 1, 1), [], set()
    for _ in range(1500):
        items.append((day.year, day.month))
        day += dt.timedelta(days=1 if len(items) % 3 else 0)  # three a day at most
        archive = plan(items, limit=400)
        pages = set(archive.pages()) if archive else set()
        assert seen <= pages
        seen = pages
    assert Period(year=2022, month=1) in seen and Period(year=2023) in seen


def test_within_finds_the_run_of_a_period_in_a_newest_first_list() -> None:
    dates = sorted(
        (
            PartialDate(year=y, month=m, day=d)
            for y in (2023, 2024, 2025)
            for m in (1, 2, 7, 12)
            for d in (1, 9)
        ),
        reverse=True,
    )
    for period in (
        Period(year=2024),
        Period(year=2024, month=7),
        Period(year=2022),
        Period(year=2025, month=3),
    ):
        assert list(periods.within(dates, lambda date: date, period)) == [d for d in dates if period.holds(d)]


def test_period_pages_live_in_a_folder_named_after_the_list() -> None:
    cases = [
        (PageRef(kind="articles", part="2025"), "articles/2025.ar.md", "articles/2025/"),
        (PageRef(kind="timeline", part="2025/08"), "timeline/2025/08.ar.md", "timeline/2025/08/"),
        (PageRef(kind="actor", id="a", part="2024"), "actors/a/2024.ar.md", "actors/a/2024/"),
        (
            PageRef(kind="country", id="UA", part="2024/10"),
            "countries/ua/2024/10.ar.md",
            "countries/ua/2024/10/",
        ),
    ]
    for ref, path, url in cases:
        assert (mkdocs_site.doc_path(ref, "ar"), mkdocs_site.url(ref, "ar")) == (path, url)
        assert mkdocs_site.doc_path(ref, "en") == path.replace(".ar.md", ".en.md")
        assert mkdocs_site.url(ref, "en") == f"en/{url}"
