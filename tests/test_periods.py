"""Long lists cut by year and month (``periods``): the plan, and the pages rendered from
a synthetic dossier of thousands of articles (no extractor, no MkDocs; the built-site
checks are in test_periods_site.py)."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from functools import cache

import pytest

from build_scripts.dossier.entity_index import Dossier, build_dossier
from build_scripts.model import (
    Actor,
    Article,
    Extraction,
    Mention,
    Names,
    PartialDate,
    Quote,
    Registry,
    SourceLocation,
)
from build_scripts.render import periods
from build_scripts.render.i18n import LANGUAGES, ui
from build_scripts.render.pages import ARTICLES, Page, PageRef
from build_scripts.render.periods import Archive, Period, plan
from build_scripts.render.site_pages import TIMELINE, SiteText, page_jobs, render_article_index
from build_scripts.site import mkdocs_site

SITE = SiteText(title={"ar": "دفتر", "en": "Daftar"}, description={"ar": "وصف", "en": "About"})
ACTOR = PageRef(kind="actor", id="a")
# What a page may weigh in Markdown: the 300 KB of HTML, less Material's page
# around the content (about 20 KB; benchmarks/bench.py reports the real largest page).
BUDGET = 250 * 1024
TITLE = "قمة أوروبية في فرنسا لبحث إرسال قوات إلى أوكرانيا وسط تكتم على التفاصيل"
SAID = "نحن بحاجة إلى التحرك بسرعة بشأن الضمانات الأمنية لأوكرانيا، والدفاع الجوي ليس ترفاً بل ضرورة وجودية"


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


# --- A dossier of thousands of articles -------------------------------------------


def _article(day: dt.date, n: int) -> Article:
    slug = f"{day.isoformat()}-article-{n}"
    return Article(
        slug=slug,
        source=SourceLocation(path=f"content/articles/{slug}.ar.md", line=1),
        title=f"{TITLE} {n}",
        title_en=f"European summit in France on sending troops to Ukraine, number {n}",
        date=PartialDate(year=day.year, month=day.month, day=day.day),
        body="نص\n",
        body_line=5,
    )


@cache
def big_dossier(per_day: int = 3, days: int = 1000) -> Dossier:
    """``per_day`` articles a day from 1 January 2024, each naming one person, who is quoted in each."""
    first = dt.date(2024, 1, 1)
    dated = [(first + dt.timedelta(days=d), d * per_day + i) for d in range(days) for i in range(per_day)]
    articles = tuple(_article(day, n) for day, n in sorted(dated, reverse=True))
    mention = Mention(entity_id="a", kind="name", text="أ", start=0, end=1)
    quote = Quote(speaker="a", text=SAID, start=0, end=1, paragraph=1)
    registry = Registry(actors={"a": Actor(id="a", names=Names(ar="أحمد", en="Ahmad"))})
    extractions = {a.slug: Extraction(people=(mention,), quotes=(quote,)) for a in articles}
    return build_dossier(articles, extractions, registry, related={a.slug: () for a in articles})


def list_pages(
    dossier: Dossier, kinds: tuple[str, ...] = ("articles", "timeline", "actor")
) -> dict[tuple[PageRef, str], Page]:
    uis = tuple(ui(lang) for lang in LANGUAGES)
    jobs = page_jobs(dossier, SITE, uis, mkdocs_site.linker_for)
    return {(job.ref, job.lang): job.render() for job in jobs if job.ref.kind in kinds}


@pytest.fixture(scope="module")
def pages() -> dict[tuple[PageRef, str], Page]:
    return list_pages(big_dossier())


def test_every_page_of_a_long_list_stays_small(pages: dict[tuple[PageRef, str], Page]) -> None:
    dossier = big_dossier()
    whole = render_article_index(dossier, ui("ar"), mkdocs_site.linker_for(ARTICLES, "ar"))
    assert len(whole.text.encode()) > 2.5 * BUDGET  # what the list was before it was cut (766 KB)
    sizes = {(ref.kind, ref.part, lang): len(page.text.encode()) for (ref, lang), page in pages.items()}
    assert max(sizes.values()) < BUDGET, max(sizes.items(), key=lambda item: item[1])
    parts = {part for _, part, _ in sizes}
    assert {"2024", "2025", "2026", "2024/01", "2026/09"} <= parts  # 1,000 days from 1 January 2024


def test_each_year_and_month_has_a_page_in_both_languages(pages: dict[tuple[PageRef, str], Page]) -> None:
    dossier = big_dossier()
    archive = plan(periods.of_dates(a.date for a in dossier.articles))
    assert archive is not None
    for base in (ARTICLES, TIMELINE, ACTOR):
        for period in (None, *archive.pages()):
            ref = PageRef(kind=base.kind, id=base.id, part=period.part if period else "")
            for lang in LANGUAGES:
                assert (ref, lang) in pages, (ref, lang)


def _article_links(text: str) -> list[str]:
    return re.findall(r'href="[./]*(?:articles/)?(\d{4}-\d\d-\d\d-article-\d+)/(?:#p-\d+)?"', text)


def test_every_article_is_on_exactly_one_page_of_each_list(pages: dict[tuple[PageRef, str], Page]) -> None:
    """The leaves (the months of crowded years, the other years) hold each article
    once; the year pages and the list's own page repeat their newest month."""
    dossier = big_dossier()
    archive = plan(periods.of_dates(a.date for a in dossier.articles))
    assert archive is not None
    leaves = [p for p in archive.pages() if p.month or p.year not in archive.months]
    for base in (ARTICLES, TIMELINE, ACTOR):
        for lang in LANGUAGES:
            found = []
            for period in leaves:
                page = pages[(PageRef(kind=base.kind, id=base.id, part=period.part), lang)]
                found += _article_links(page.text)
            expected = [a.slug for a in dossier.articles]
            assert sorted(found) == sorted(expected * (2 if base == ACTOR else 1)), (
                base,
                lang,
            )  # a quote links too


def test_the_first_page_shows_the_newest_period_and_links_every_year(
    pages: dict[tuple[PageRef, str], Page],
) -> None:
    dossier = big_dossier()
    newest = dossier.articles[0].date
    for base in (ARTICLES, TIMELINE, ACTOR):
        for lang in LANGUAGES:
            text = pages[(base, lang)].text
            nav = re.search(r'<nav class="daftar-periods".*?</nav>', text).group(0)
            years = re.findall(r'<a href="([^"]*)"[^>]*>(\d{4})</a> <small>\((\d+)\)', nav)
            assert [y for _, y, _ in years] == ["2026", "2025", "2024"]  # newest first
            assert [href for href, _, _ in years] == ["2026/", "2025/", "2024/"]
            assert [int(n) for *_, n in years] == [807, 1095, 1098]  # articles, not quotes
            assert (
                'href="2026/" aria-current="true"' in nav
                and f'href="2026/{newest.month:02d}/" aria-current="true"' in nav
            )
            listed = {slug[:7] for slug in _article_links(text.split("</nav>", 1)[1])}
            assert listed == {newest.iso[:7]}  # only the newest month of the newest year


def test_period_pages_link_only_pages_that_exist(pages: dict[tuple[PageRef, str], Page]) -> None:
    dossier = big_dossier()
    uis = tuple(ui(lang) for lang in LANGUAGES)
    urls = {
        mkdocs_site.url(job.ref, job.lang) for job in page_jobs(dossier, SITE, uis, mkdocs_site.linker_for)
    }
    checked = 0
    for (ref, lang), page in pages.items():
        here = mkdocs_site.url(ref, lang)
        for href in re.findall(r'href="([^"#]*)', page.text) + re.findall(r"\]\(([^)#]*)\)", page.text):
            if href and not href.endswith((".xml", ".svg")):
                target = posixpath.normpath(posixpath.join(here, href)) + "/"
                assert target.removeprefix("./") in urls, (here, href)
                checked += 1
    assert checked > 10_000


def test_a_dossier_of_a_few_hundred_articles_has_no_period_pages() -> None:
    small = list_pages(big_dossier(per_day=1, days=periods.PAGE_ITEMS // 2))  # each article quotes: 2 items
    assert {ref.part for ref, _ in small} == {""}
    assert not any("daftar-periods" in page.text for page in small.values())
