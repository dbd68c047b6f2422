"""The 404 page, as GitHub Pages serves it: for any missing path, at any depth, at the
domain root and under a project sub-path. It must speak both languages and every link
and stylesheet on it must load."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import make_repo, serve_directory

from build_scripts import pipeline
from build_scripts.errors import Problems
from build_scripts.settings import Settings

AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
MISSING = ("404.html", "no-such-page/", "articles/no/such/article/", "en/actors/nobody/deeper/still/")


@pytest.fixture(scope="module")
def root_url(built_site: Path) -> Iterator[str]:
    yield from serve_directory(built_site / "site", pages_404=True)


@pytest.fixture(scope="module")
def dossier_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seed site built for https://…/dossier/ and served under /dossier/."""
    root = make_repo(tmp_path_factory.mktemp("subpath"))
    settings = Settings.from_root(root, strict=True)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("DAFTAR_SITE_URL", "https://example.org/dossier/")
        pipeline.build_site(settings, pipeline.generate(settings, Problems()))
    yield from serve_directory(root / "site", "/dossier/", pages_404=True)


def _failures(page, ignore: str) -> list[str]:
    """Responses >= 400 other than ``ignore``. Material's script probes sitemap.xml under
    several bases on every page (its language switch); those misses are not ours."""
    failed: list[str] = []

    def record(response) -> None:
        if response.status >= 400 and response.url != ignore and not response.url.endswith("sitemap.xml"):
            failed.append(f"{response.status} {response.url}")

    page.on("response", record)
    return failed


def _check_not_found_page(page, base: str, missing: str) -> None:
    failed = _failures(page, ignore=base + missing)
    response = page.goto(base + missing)
    assert response.status == (200 if missing == "404.html" else 404)
    arabic, english = page.locator(".daftar-not-found [lang=ar]"), page.locator(".daftar-not-found [lang=en]")
    assert arabic.get_attribute("dir") == "rtl" and "الصفحة غير موجودة" in arabic.inner_text()
    assert english.get_attribute("dir") == "ltr" and "Page not found" in english.inner_text()
    assert page.title() == "الصفحة غير موجودة · Page not found"
    assert failed == [], "stylesheets or scripts of the 404 page did not load"
    hrefs = page.eval_on_selector_all(".daftar-not-found a", "links => links.map(a => a.href)")
    assert sorted(hrefs) == sorted([base, base + "en/", base + "search/", base + "en/search/"])
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") != "static"


@pytest.mark.parametrize("missing", MISSING)
def test_not_found_page_at_the_domain_root(page, root_url: str, missing: str) -> None:
    _check_not_found_page(page, root_url, missing)
    assert page.js_errors == []


@pytest.mark.parametrize("missing", MISSING)
def test_not_found_page_under_a_sub_path(page, dossier_url: str, missing: str) -> None:
    assert dossier_url.endswith("/dossier/")
    _check_not_found_page(page, dossier_url, missing)
    assert page.js_errors == []


def test_not_found_links_lead_to_both_home_and_search_pages(page, dossier_url: str) -> None:
    page.goto(dossier_url + "gone/for/good/")
    links = page.eval_on_selector_all(
        ".daftar-not-found a", "links => links.map(a => [a.closest('[lang]').lang, a.href])"
    )
    for lang, href in links:
        response = page.goto(href)
        assert response.status == 200, href
        assert page.get_attribute("html", "lang") == lang
        page.go_back()


def test_not_found_page_is_accessible(page, root_url: str) -> None:
    page.goto(root_url + "no-such-page/")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
