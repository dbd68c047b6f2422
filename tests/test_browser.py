"""The built site in real headless Chromium: direction, language switch, search."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import serve_directory

SLUG = "2025-09-04-paris-summit-coalition-of-the-willing"
SHOTS = Path(__file__).resolve().parent.parent / "bench-out" / "screenshots"
# One page of each kind in both languages, and a missing one (the 404 page, as Pages serves it).
EVERY_KIND = (
    *("", "articles/", f"articles/{SLUG}/", "actors/", "actors/emmanuel-macron/", "countries/ua/"),
    *("organisations/nato/", "outlets/", "quotes/", "timeline/", "search/"),
)
MISSING = "no/such/page/"


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


CHIP_STYLES = """(selector) => {
  const probe = document.body.appendChild(document.createElement("i"));
  probe.style.color = "var(--md-primary-fg-color)";
  const primary = getComputedStyle(probe).color;
  return [...document.querySelectorAll(selector)].map((a) => {
    const style = getComputedStyle(a);
    return {href: a.href, radius: parseFloat(style.borderTopLeftRadius),
            border: style.borderTopStyle, primary: style.borderTopColor === primary,
            underline: style.textDecorationLine !== "none"};
  });
}"""


def test_chips_are_pills_in_a_list_and_alone_and_people_and_organisations_stand_out(
    page, site_url: str
) -> None:
    """A list of chips styles its links (they carry no class but for the kinds drawn
    apart, and on an article's chips not even those: its Pagefind filter names the
    kind); a chip alone, in a fact, carries daftar-chip."""
    page.goto(f"{site_url}articles/{SLUG}/")
    listed = page.evaluate(CHIP_STYLES, ".daftar-chips > a")
    assert page.locator(".daftar-chips > a[class]").count() == 0
    page.goto(f"{site_url}actors/emmanuel-macron/")
    alone = page.evaluate(CHIP_STYLES, ".daftar-facts a.daftar-chip")
    others = page.evaluate(CHIP_STYLES, ".daftar-chips > a")  # named alongside: classes
    assert len(alone) == 1 and "/countries/fr/" in alone[0]["href"]
    assert {"actors", "countries", "organisations"} <= {chip["href"].split("/")[-3] for chip in listed}
    assert {"actors", "countries"} <= {chip["href"].split("/")[-3] for chip in others}
    listed += others
    for chip in listed + alone:
        assert chip["radius"] > 5 and not chip["underline"], chip
        assert chip["border"] == ("dashed" if "/organisations/" in chip["href"] else "solid"), chip
        assert chip["primary"] == ("/actors/" in chip["href"]), chip


QUOTE_STYLES = """() => [...document.querySelectorAll("article mark")].map((mark) => {
  const speaker = mark.nextElementSibling, style = getComputedStyle(speaker);
  return {highlighted: getComputedStyle(mark).backgroundColor !== "rgba(0, 0, 0, 0)",
          next: mark.nextSibling === speaker, href: speaker.getAttribute("href"),
          raised: style.verticalAlign === "super",
          smaller: parseFloat(style.fontSize) < parseFloat(getComputedStyle(mark).fontSize)};
})"""


@pytest.mark.parametrize("lang", ["", "en/"])
def test_quotes_are_highlighted_and_their_speakers_raised_after_them(page, site_url: str, lang: str) -> None:
    page.goto(f"{site_url}{lang}articles/{SLUG}/")
    quotes = page.evaluate(QUOTE_STYLES)
    assert len(quotes) > 3
    for quote in quotes:
        assert quote["highlighted"] and quote["next"] and quote["raised"] and quote["smaller"], quote
        assert quote["href"].startswith("../../actors/"), quote


@pytest.mark.parametrize("lang", ["", "en/"])
def test_quotes_on_a_speakers_page_read_as_arabic_right_to_left(page, site_url: str, lang: str) -> None:
    """A quote says lang and dir only where the page does not (English pages)."""
    page.goto(f"{site_url}{lang}actors/emmanuel-macron/")
    read = "() => [...document.querySelectorAll('.md-content blockquote')].map((q) => [q.closest('[lang]').lang, getComputedStyle(q).direction])"
    quotes = page.evaluate(read)
    assert quotes and {tuple(quote) for quote in quotes} == {("ar", "rtl")}


DARK = {"index": 1, "color": {"media": "(prefers-color-scheme: dark)", "scheme": "slate"}}


@pytest.mark.parametrize("lang", ["", "en/"])
def test_a_chosen_colour_scheme_is_restored_before_the_content(page, site_url: str, lang: str) -> None:
    """Material's palette script comes from a file (assets/daftar-palette.js), in the
    header as it was inline: with Material's own script blocked, it alone sets the
    scheme the reader chose, before the page's content is parsed."""
    page.route("**/assets/javascripts/bundle.*.min.js", lambda route: route.abort())
    page.goto(f"{site_url}{lang}articles/{SLUG}/")
    assert page.get_attribute("body", "data-md-color-scheme") == "default"
    page.evaluate("(dark) => __md_set('__palette', dark)", DARK)
    page.reload()
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    before = "document.querySelector('script[src$=\"daftar-palette.js\"]').compareDocumentPosition(document.querySelector('.md-container')) & Node.DOCUMENT_POSITION_FOLLOWING"
    assert page.evaluate(before)


def test_the_date_under_a_listed_title_looks_like_the_articles_own_meta_line(page, site_url: str) -> None:
    """<small> in a list of articles, not faded as Material fades <small> (contrast)."""
    page.goto(f"{site_url}articles/{SLUG}/")
    look = "(el) => { const s = getComputedStyle(el); return [s.color, s.fontSize, s.opacity]; }"
    listed = page.locator(".daftar-footer li > small")
    assert listed.count() > 0 and "<time" in listed.first.inner_html()
    assert listed.first.evaluate(look) == page.locator(".daftar-meta").evaluate(look)


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


def test_no_page_requests_a_file_that_is_not_there(page, built_site: Path) -> None:
    """Lighthouse's best-practices audit fails a page whose console shows an error, a failed
    request included. Material's language selector asked for sitemap.xml beside every
    alternate link (site_overrides/assets/daftar.js): none exists, one 404 per link."""
    problems: list[str] = []
    page.on("request", lambda r: r.url.endswith("sitemap.xml") and problems.append(f"asked {r.url}"))
    # A request the browser cancels because the page moved on (Material's favicon under
    # load) is not a missing file: a missing file is a response of 400 or more, below.
    page.on("requestfailed", lambda r: r.failure != "net::ERR_ABORTED" and problems.append(f"failed {r.url}"))
    page.on("response", lambda r: r.status >= 400 and MISSING not in r.url and problems.append(r.url))
    page.on("console", lambda m: m.type == "error" and problems.append(f"{m.text} {m.location['url']}"))
    for url in serve_directory(built_site / "site", pages_404=True):
        for path in [*EVERY_KIND, *(f"en/{path}" for path in EVERY_KIND), MISSING]:
            page.goto(url + path)
            page.wait_for_load_state("networkidle")  # Material asks once the document is loaded
            if path == MISSING:  # the browser reports the 404 page's own status, as it must
                problems[:] = [p for p in problems if not p.endswith(url + MISSING)]
            assert problems == [], path
        page.goto(f"{url}articles/{SLUG}/")
        page.wait_for_load_state("networkidle")
        with page.expect_navigation() as navigation:
            page.hover(".md-header__option .md-select")
            page.click(".md-select__link[hreflang=en]")
        assert navigation.value.url == f"{url}en/articles/{SLUG}/"  # the same page, straight there
        assert navigation.value.request.redirected_from is None
    assert problems == []
    assert page.js_errors == []
