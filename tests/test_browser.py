"""The built site in real headless Chromium: direction, language switch, search."""

from __future__ import annotations

from pathlib import Path

import pytest

SLUG = "2025-09-04-paris-summit-coalition-of-the-willing"
SHOTS = Path(__file__).resolve().parent.parent / "bench-out" / "screenshots"


def direction(page) -> str:
    return page.evaluate("getComputedStyle(document.querySelector('.md-content')).direction")


def switch_language(page, lang: str) -> None:
    page.hover(".md-header__option .md-select")
    page.click(f".md-select__link[hreflang={lang}]")
    page.wait_for_load_state()


def test_arabic_article_reads_rtl_and_switches_to_english_and_back(page, site_url: str) -> None:
    page.goto(f"{site_url}articles/{SLUG}/")
    assert page.get_attribute("html", "lang") == "ar"
    assert direction(page) == "rtl"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "article-ar.png"))
    switch_language(page, "en")
    assert page.url.endswith(f"/en/articles/{SLUG}/")
    assert page.get_attribute("html", "lang") == "en"
    assert direction(page) == "ltr"
    original = page.locator(".daftar-original")
    assert original.evaluate("el => getComputedStyle(el).direction") == "rtl"
    page.screenshot(path=str(SHOTS / "article-en.png"))
    switch_language(page, "ar")
    assert page.url.endswith(f"/articles/{SLUG}/") and "/en/" not in page.url
    assert page.js_errors == []


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        ("search/", "زيلينسكي", "/articles/"),
        ("en/search/", "Macron", "/en/articles/"),
    ],
)
def test_search_box_finds_articles(page, site_url: str, path: str, query: str, expected: str) -> None:
    page.goto(f"{site_url}{path}")
    page.fill(".daftar-search__input", query)
    first = page.locator(".daftar-search__link").first
    first.wait_for(timeout=10_000)
    assert expected in first.get_attribute("href")
    page.screenshot(path=str(SHOTS / f"search-{'en' if path.startswith('en/') else 'ar'}.png"))
    assert page.js_errors == []


def test_search_query_in_url_is_run(page, site_url: str) -> None:
    page.goto(f"{site_url}search/?q=ماكرون")
    page.locator(".daftar-search__link").first.wait_for(timeout=10_000)
    assert page.locator(".daftar-search__link").count() >= 3
