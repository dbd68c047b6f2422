"""Search as readers use it, in headless Chromium on the real Pagefind index: the
query battery (tests/search_battery.yml), excerpts, facets and sorting, and a site
served under a GitHub Pages sub-path."""

from __future__ import annotations

import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import serve_directory

from benchmarks.search_recall import load_battery, passed, run_queries
from build_scripts.render.search_terms import SENTINEL

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parent.parent / "bench-out" / "screenshots"
LINKS = ".daftar-search__link"
CALL = "2024-10-zelensky-rutte-call"
VIDEO = "2025-11-25-coalition-of-the-willing-video-meeting"


def test_battery_covers_every_category_with_forty_queries_or_more() -> None:
    queries = load_battery()
    assert len(queries) >= 40
    assert min(Counter(q.category for q in queries).values()) >= 5
    assert any(q.absent for q in queries) and any(q.lang == "en" for q in queries)


def test_every_battery_query_finds_its_articles(page, site_url: str) -> None:
    queries = load_battery()
    found = run_queries(page, site_url, queries, "ours")
    failures = [
        f"[{q.category}] {q.lang} {q.text!r}: missing {sorted(q.expect - found[q])}, unwanted {sorted(q.absent & found[q])}"
        for q in queries
        if not passed(q, found[q])
    ]
    assert failures == []
    assert page.js_errors == []


def search(page, query: str, count: int | None = None) -> list[str]:
    """Type into the real search box and return the result links once they settle."""
    page.fill(".daftar-search__input", query)
    if count is None:
        page.locator(LINKS).first.wait_for(timeout=10_000)
    else:
        page.wait_for_function(f"document.querySelectorAll('{LINKS}').length === {count}", timeout=10_000)
    return [page.locator(LINKS).nth(i).get_attribute("href") for i in range(page.locator(LINKS).count())]


def excerpts(page) -> list[dict[str, object]]:
    return page.evaluate(
        """() => [...document.querySelectorAll('.daftar-search__excerpt')].map((p) => ({
          text: p.textContent, marks: [...p.querySelectorAll('mark')].map((m) => m.textContent),
          direction: getComputedStyle(p).direction }))"""
    )


def test_arabic_excerpts_show_article_text_right_to_left(page, site_url: str) -> None:
    page.goto(site_url + "search/")
    search(page, "والناتو", 5)
    assert page.evaluate("getComputedStyle(document.querySelector('.daftar-search')).direction") == "rtl"
    for excerpt in excerpts(page):
        text = str(excerpt["text"])
        assert excerpt["direction"] == "rtl"
        assert excerpt["marks"], text
        assert SENTINEL not in text  # nor the index-only terms
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "search-ar-results.png"), full_page=True)
    # A page that writes the word only with a clitic shows it as written, marked.
    search(page, "الدنمارك", 1)
    (excerpt,) = excerpts(page)
    assert "والدنمارك" in excerpt["marks"]
    assert page.js_errors == []


def test_english_search_reads_left_to_right_and_finds_names(page, site_url: str) -> None:
    page.goto(site_url + "en/search/")
    links = search(page, "Macron", 4)
    assert all("/en/articles/" in link for link in links)
    assert page.evaluate("getComputedStyle(document.querySelector('.daftar-search')).direction") == "ltr"
    assert any("Macron" in m for e in excerpts(page) for m in e["marks"])  # type: ignore[union-attr]
    page.screenshot(path=str(SHOTS / "search-en-results.png"), full_page=True)
    assert page.js_errors == []


def test_facets_filter_and_date_sort_reorder(page, site_url: str) -> None:
    page.goto(site_url + "search/")
    assert len(search(page, "أوكرانيا", 5)) == 5
    assert page.locator("select[data-filter]").count() == 0  # filter indexes not fetched yet
    page.click(".daftar-search__filters > summary")
    page.select_option("select[data-filter=actor]", "فريدريش ميرز")
    page.wait_for_function(f"document.querySelectorAll('{LINKS}').length === 1")
    assert VIDEO in page.locator(LINKS).first.get_attribute("href")
    page.select_option("select[data-filter=actor]", "")
    page.select_option("select[data-filter=year]", "2024")
    page.wait_for_function(f"document.querySelectorAll('{LINKS}').length === 1")
    assert CALL in page.locator(LINKS).first.get_attribute("href")
    page.select_option("select[data-filter=year]", "")
    page.select_option("select[data-filter=event]", "قمة باريس")  # the one article about it
    page.wait_for_function(f"document.querySelectorAll('{LINKS}').length === 1")
    assert "2025-09-04-paris-summit" in page.locator(LINKS).first.get_attribute("href")
    page.select_option("select[data-filter=event]", "")
    page.wait_for_function(f"document.querySelectorAll('{LINKS}').length === 5")
    for order, first, last in (("desc", VIDEO, CALL), ("asc", CALL, VIDEO)):
        page.select_option(".daftar-search__sort", order)
        page.wait_for_function(
            f"(() => {{ const l = document.querySelectorAll('{LINKS}');"
            f" return l.length === 5 && l[0].href.includes('{first}') && l[4].href.includes('{last}'); }})()"
        )
    page.screenshot(path=str(SHOTS / "search-ar-sorted.png"), full_page=True)
    assert page.js_errors == []


@pytest.fixture
def dossier_url(built_site: Path) -> Iterator[str]:
    """The same site served as a GitHub Pages project site: https://host/dossier/."""
    yield from serve_directory(built_site / "site", "/dossier/")


@pytest.mark.parametrize(("path", "query"), [("search/", "زلنسكي"), ("en/search/", "Zelenskyy")])
def test_search_under_a_sub_path_links_into_the_sub_path(
    page, dossier_url: str, path: str, query: str
) -> None:
    page.goto(dossier_url + path)
    links = search(page, query, 5)
    for link in links:
        assert link.startswith("/dossier/") and "/articles/" in link
        with urllib.request.urlopen(dossier_url.removesuffix("/dossier/") + link) as response:
            assert response.status == 200
            assert 'data-daftar-kind="article"' in response.read().decode("utf-8")
    assert page.js_errors == []
