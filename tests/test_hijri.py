"""Umm al-Qura dates beside the Gregorian ones: on Arabic article pages and the Arabic
timeline, in the Gregorian dates' digits, with the calendar named in a tooltip; no
Hijri date (and no crash) outside the calendar's tables; none on English pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from conftest import REPO
from hypothesis import given, settings
from hypothesis import strategies as st

from build_scripts import pipeline
from build_scripts.dossier.entity_index import Dossier
from build_scripts.errors import Problems
from build_scripts.model import PartialDate
from build_scripts.render.article import render_article
from build_scripts.render.common import date_html
from build_scripts.render.hijri import FIRST_DAY, LAST_DAY, hijri_date, to_hijri
from build_scripts.render.i18n import ui
from build_scripts.render.pages import ARTICLES, article_ref
from build_scripts.render.site_pages import TIMELINE, render_article_index, render_timeline
from build_scripts.settings import Settings
from build_scripts.site import mkdocs_site

TOOLTIP = 'title="التقويم الهجري (أم القرى)"'
HIJRI = re.compile(r'<time class="daftar-hijri" datetime="([^"]+)" title="([^"]+)">([^<]+)</time>')


def day(year: int, month: int, day: int | None = None) -> PartialDate:
    return PartialDate(year=year, month=month, day=day)


@pytest.fixture(scope="module")
def seed() -> Dossier:
    """The repository's own five articles, read and extracted (nothing is written)."""
    settings = Settings.from_root(REPO, strict=True)
    return pipeline.index_content(pipeline.read_content(settings, Problems()))


@pytest.mark.parametrize(
    ("value", "arabic", "english"),
    [
        (day(2025, 8, 20), "26 صفر 1447 هـ", "26 Safar 1447 AH"),
        (day(2025, 3, 1), "1 رمضان 1446 هـ", "1 Ramadan 1446 AH"),  # Ramadan 1446 began on 1 March 2025
        (day(2024, 7, 7), "1 محرم 1446 هـ", "1 Muharram 1446 AH"),
        (day(1924, 8, 1), "1 محرم 1343 هـ", "1 Muharram 1343 AH"),  # first day of the tables
        (day(2077, 11, 16), "30 ذو الحجة 1500 هـ", "30 Dhu al-Hijjah 1500 AH"),  # last day
    ],
)
def test_known_days(value: PartialDate, arabic: str, english: str) -> None:
    assert hijri_date(value, "ar") == arabic
    assert hijri_date(value, "en") == english


def test_a_month_only_date_names_the_hijri_months_it_spans() -> None:
    assert hijri_date(day(2024, 10), "ar") == "ربيع الأول – ربيع الثاني 1446 هـ"
    assert hijri_date(day(2025, 6), "ar") == "ذو الحجة 1446 – محرم 1447 هـ"  # across a Hijri new year
    assert hijri_date(day(2025, 2), "ar") == "شعبان 1446 هـ"  # February 2025 lies within Sha'ban


@pytest.mark.parametrize(
    "value",
    [day(1924, 7, 31), day(1900, 1, 1), day(1, 1, 1), day(2077, 11, 17), day(2100, 1, 1), day(9999, 12, 31)],
)
def test_outside_the_tables_there_is_no_hijri_date(value: PartialDate, seed: Dossier) -> None:
    assert hijri_date(value, "ar") is None
    article = dataclasses.replace(seed.articles[0], date=value)
    assert date_html(article, ui("ar"), hijri=True) == date_html(article, ui("ar"))


def test_a_month_reaching_past_the_tables_has_no_hijri_date() -> None:
    assert hijri_date(day(2077, 11), "ar") is None  # its 17th to 30th have none
    assert hijri_date(day(1924, 7), "ar") is None


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)), st.booleans())
def test_any_date_gets_a_hijri_date_exactly_inside_the_tables(value: dt.date, month_only: bool) -> None:
    partial = day(value.year, value.month, None if month_only else value.day)
    text = hijri_date(partial, "ar")
    if FIRST_DAY <= value <= LAST_DAY and not month_only:
        assert text is not None and text.endswith(" هـ")
        assert to_hijri(value) is not None
    if not FIRST_DAY <= partial.as_date <= LAST_DAY:
        assert text is None


def test_both_dates_use_the_same_digits(seed: Dossier) -> None:
    """Babel writes Latin digits in Arabic dates; the Hijri date must not switch to ٠–٩."""
    article = dataclasses.replace(seed.articles[0], date=day(2025, 8, 20))
    html = date_html(article, ui("ar"), hijri=True)
    gregorian, hijri = re.findall(r">([^<]+)</time>", html)
    assert gregorian == "20 أغسطس 2025" and hijri == "26 صفر 1447 هـ"
    assert {c for c in gregorian + hijri if c.isdigit()} <= set("0123456789")
    assert not re.search("[\u0660-\u0669\u06f0-\u06f9]", html)


def _meta_line(page_text: str) -> str:
    return next(line for line in page_text.splitlines() if 'class="daftar-meta"' in line)


def test_arabic_article_pages_show_both_dates_and_name_the_calendar(seed: Dossier) -> None:
    for article in seed.articles:
        link = mkdocs_site.linker_for(article_ref(article.slug), "ar")
        meta = _meta_line(render_article(article, seed, ui("ar"), link).text)
        (found,) = HIJRI.findall(meta)
        assert found == (article.date.iso, TOOLTIP[7:-1], hijri_date(article.date, "ar"))
        assert meta.index(f'<time datetime="{article.date.iso}" ') < meta.index("daftar-hijri")


def test_english_article_pages_show_no_hijri_date(seed: Dossier) -> None:
    for article in seed.articles:
        link = mkdocs_site.linker_for(article_ref(article.slug), "en")
        assert "daftar-hijri" not in render_article(article, seed, ui("en"), link).text


def test_an_article_outside_the_tables_renders_without_a_hijri_date(seed: Dossier) -> None:
    article = dataclasses.replace(seed.articles[0], date=day(1920, 5, 3))
    link = mkdocs_site.linker_for(article_ref(article.slug), "ar")
    meta = _meta_line(render_article(article, seed, ui("ar"), link).text)
    assert (
        re.search('<time datetime="1920-05-03"[^>]*>3 مايو 1920</time>', meta) and "daftar-hijri" not in meta
    )


def test_the_arabic_timeline_gives_every_article_its_hijri_date(seed: Dossier) -> None:
    arabic = render_timeline(seed, ui("ar"), mkdocs_site.linker_for(TIMELINE, "ar")).text
    found = HIJRI.findall(arabic)
    assert [iso for iso, _, _ in found] == [a.date.iso for a in seed.articles]
    assert {tooltip for _, tooltip, _ in found} == {TOOLTIP[7:-1]}
    english = render_timeline(seed, ui("en"), mkdocs_site.linker_for(TIMELINE, "en")).text
    assert "daftar-hijri" not in english


def test_other_article_lists_keep_one_date(seed: Dossier) -> None:
    """Only the article page and the timeline were asked for: the home page, the
    all-articles list and entity pages keep their size."""
    listing = render_article_index(seed, ui("ar"), mkdocs_site.linker_for(ARTICLES, "ar")).text
    assert "daftar-hijri" not in listing
