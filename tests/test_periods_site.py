"""Year and month pages through the real MkDocs, Material, mkdocs-static-i18n and
Pagefind: the seed dossier built with a page of two items, so that every list is cut.

The seed's five articles span October 2024 to November 2025; with two items a page,
the lists are cut by year and 2025 by month, as a dossier of thousands would be.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import REPO, make_repo
from test_links import internal_links, parse_site

from build_scripts import pipeline
from build_scripts.errors import Problems
from build_scripts.render import periods
from build_scripts.settings import Settings

SITE_URL = "http://127.0.0.1:8000/"
PERIOD_PAGE = re.compile(r"(^|/)(\d{4})(/\d\d)?/index\.html$")


@pytest.fixture(scope="module")
def cut_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(periods, "PAGE_ITEMS", 2)
        root = make_repo(tmp_path_factory.mktemp("cut"))
        settings = Settings.from_root(root, strict=True)
        pipeline.build_site(settings, pipeline.generate(settings, Problems()))
    return root / "site"


def test_year_and_month_pages_exist_in_both_languages(cut_site: Path) -> None:
    for path in (
        "articles/2024",
        "articles/2025",
        "articles/2025/08",
        "timeline/2025/11",
        "actors/mark-rutte/2024",
    ):
        ar = (cut_site / path / "index.html").read_text(encoding="utf-8")
        en = (cut_site / "en" / path / "index.html").read_text(encoding="utf-8")
        assert '<html lang="ar"' in ar and '<body dir="rtl"' in ar
        assert '<html lang="en"' in en and '<body dir="ltr"' in en
        depth = "../" * (path.count("/") + 1)
        assert f'href="{depth}en/{path}/" hreflang="en"' in ar  # the language switch keeps the year
        assert f'href="{SITE_URL}en/{path}/" hreflang="en"' in ar  # and the absolute alternate


def test_no_broken_links_and_every_period_page_is_linked(cut_site: Path) -> None:
    pages = parse_site(cut_site)
    links = internal_links(pages)
    broken = [
        f"{page} → {target}#{fragment}"
        for page, targets in links.items()
        for target, fragment in targets
        if (target not in pages and not (cut_site / target).exists())
        or (fragment and target in pages and fragment not in pages[target].ids)
    ]
    assert broken == []
    period_pages = {page for page in pages if PERIOD_PAGE.search(page)}
    assert len(period_pages) > 50
    linked = {target for targets in links.values() for target, _ in targets}
    assert period_pages <= linked


def test_period_pages_are_not_in_the_navigation(cut_site: Path) -> None:
    """Material renders the whole navigation into every page: a year page there would
    be repeated on every page of the site. It holds the index pages of mkdocs.yml only."""
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    entries = re.search(r"\nnav:\n((?:  - .*\n)+)", config).group(1).count("\n")
    for page in ("index.html", "articles/2025/index.html", "en/timeline/2025/08/index.html"):
        html = (cut_site / page).read_text(encoding="utf-8")
        nav = re.findall(r'<a href="([^"#]*)" class="md-(?:nav|tabs)__link', html)
        assert len(nav) == entries, page  # the sidebar (the drawer on phones); no tabs
        assert not [href for href in nav if re.search(r"(^|/)\d{4}/(\d\d/)?$", href)], page


def test_period_pages_are_neither_search_results_nor_in_the_sitemap(cut_site: Path) -> None:
    """Navigation, not content: search finds the articles, and the sitemap lists the
    articles and the lists' own pages, from which crawlers reach the years."""
    for bundle, lang in (("pagefind", "ar"), ("en/pagefind", "en")):
        entry = json.loads((cut_site / bundle / "pagefind-entry.json").read_text())
        assert entry["languages"][lang]["page_count"] == 5  # the five articles, nothing else
    sitemap, xhtml = "{http://www.sitemaps.org/schemas/sitemap/0.9}", "{http://www.w3.org/1999/xhtml}"
    root = ET.parse(cut_site / "sitemap.xml").getroot()
    urls = root.findall(f"{sitemap}url")
    locations = {url.findtext(f"{sitemap}loc") for url in urls}
    pages = {
        SITE_URL + page.removesuffix("index.html")
        for page in parse_site(cut_site)
        if page.endswith("index.html") and not PERIOD_PAGE.search(page)
    }
    assert locations == pages  # every other page, with its alternates as before
    assert {f"{SITE_URL}articles/", f"{SITE_URL}en/actors/mark-rutte/"} <= locations
    for url in urls:
        links = {link.get("hreflang") for link in url.findall(f"{xhtml}link")}
        assert links == {"ar", "en"}, url.findtext(f"{sitemap}loc")


def test_the_first_page_shows_the_newest_month_and_links_every_year(cut_site: Path) -> None:
    html = (cut_site / "en/articles/index.html").read_text(encoding="utf-8")
    nav = re.search(r'<nav class="daftar-periods".*?</nav>', html, re.S).group(0)
    assert re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav) == [
        ("2025/", "2025"),
        ("2024/", "2024"),
        ("2025/11/", "November"),
        ("2025/09/", "September"),
        ("2025/08/", "August"),
    ]
    listed = re.findall(r'href="(20\d\d-[^"/]+)/"', html.split("</nav>", 2)[-1])
    assert listed == ["2025-11-25-coalition-of-the-willing-video-meeting"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_year_links_read_well_and_lead_to_their_year(browser, cut_site: Path, lang: str) -> None:
    """In a real browser: no serious axe violations on a cut list and its year pages,
    no sideways scrolling on a phone, and a year's link opens that year."""
    from conftest import serve_directory
    from test_browser_entities import AXE

    prefix = "" if lang == "ar" else "en/"
    served = serve_directory(cut_site)
    base = next(served)
    try:
        for path in ("articles/", "timeline/2025/", "actors/volodymyr-zelensky/2024/10/"):
            for viewport in ({"width": 1280, "height": 900}, {"width": 390, "height": 844}):
                context = browser.new_context(viewport=viewport)
                page = context.new_page()
                page.goto(base + prefix + path)
                page.add_script_tag(path=str(AXE))
                result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
                serious = [
                    (v["id"], [n["target"] for n in v["nodes"]][:3])
                    for v in result["violations"]
                    if v["impact"] in ("serious", "critical")
                ]
                assert serious == [], (path, viewport)
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 1, (path, viewport)
                context.close()
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + prefix + "articles/")
        page.click(".daftar-periods__years a:text-is('2024')")
        page.wait_for_load_state()
        assert page.url == base + prefix + "articles/2024/"
        assert page.locator(".daftar-periods__years a[aria-current]").inner_text() == "2024"
        context.close()
    finally:
        served.close()
