"""Cross-links as a reader follows them, and accessibility, in headless Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_browser import direction

REPO = Path(__file__).resolve().parent.parent
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = REPO / "bench-out" / "screenshots"
ARTICLE = "articles/2025-08-20-nato-frank-discussion/"
ACTOR = "actors/volodymyr-zelensky/"
PAGE_TYPES = {
    "home": "",
    "article": ARTICLE,
    "articles": "articles/",
    "actor": ACTOR,
    "actors": "actors/",
    "country": "countries/ua/",
    "countries": "countries/",
    "organisation": "organisations/nato/",
    "outlet": "outlets/ria-novosti/",
    "event": "events/paris-summit-2025-09-04/",
    "events": "events/",
    "place": "places/paris/",
    "quotes": "quotes/",
    "timeline": "timeline/",
    "search": "search/",
}


def test_actor_chip_quote_paragraph_and_language_switch(page, site_url: str) -> None:
    page.goto(site_url + ARTICLE)
    page.click(f".daftar-chips a[href$='{ACTOR}']")
    page.wait_for_load_state()  # the click starts a navigation; read the new page once loaded
    assert page.url == site_url + ACTOR
    assert page.get_attribute("html", "lang") == "ar"
    source = page.locator(".daftar-quote-source a").first
    quoted = page.locator("blockquote p").first.inner_text()
    source.click()
    page.wait_for_load_state()
    assert "#p-" in page.url
    anchor = page.url.split("#", 1)[1]
    paragraph = page.locator(f"[id='{anchor}']")
    assert paragraph.is_visible()
    assert quoted[:20] in paragraph.inner_text()
    page.goto(site_url + ACTOR)
    page.hover(".md-header__option .md-select")
    page.click(".md-select__link[hreflang=en]")
    page.wait_for_load_state()  # the click starts a navigation; read the new page once loaded
    page.wait_for_load_state()
    assert page.url == site_url + "en/" + ACTOR
    assert page.locator("h1").inner_text().rstrip("#").strip() == "Volodymyr Zelensky"
    assert page.js_errors == []


def test_event_chip_leads_to_the_event_page_in_both_languages(page, site_url: str) -> None:
    article = "articles/2025-09-04-paris-summit-coalition-of-the-willing/"
    event = "events/paris-summit-2025-09-04/"
    page.goto(site_url + article)
    page.click(f".daftar-chips a[href$='{event}']")
    page.wait_for_load_state()  # the click starts a navigation; read the new page once loaded
    assert page.url == site_url + event
    assert direction(page) == "rtl"
    assert page.locator("h1").inner_text().rstrip("#").strip() == "قمة باريس"
    page.click(".daftar-facts a[href$='places/paris/']")
    page.wait_for_load_state()  # the click starts a navigation; read the new page once loaded
    assert page.url == site_url + "places/paris/"
    page.goto(site_url + "en/" + event)
    assert direction(page) == "ltr"
    assert (
        page.locator("h1").inner_text().rstrip("#").strip() == "Paris summit of the coalition of the willing"
    )
    assert "September 4, 2025" in page.locator(".daftar-facts").first.inner_text()
    page.click(f".md-content a[href$='{article}']")
    page.wait_for_load_state()  # the click starts a navigation; read the new page once loaded
    assert page.url == site_url + "en/" + article
    assert page.js_errors == []


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_no_serious_accessibility_violations(browser, site_url: str, kind: str, lang: str) -> None:
    prefix = "" if lang == "ar" else "en/"
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_url + prefix + PAGE_TYPES[kind])
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{kind}-{lang}-desktop.png"))
    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=1, is_mobile=True, has_touch=True
    )
    phone_page = phone.new_page()
    phone_page.goto(site_url + prefix + PAGE_TYPES[kind])
    phone_page.screenshot(path=str(SHOTS / f"{kind}-{lang}-phone.png"))
    overflow = phone_page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    phone.close()
    context.close()
    assert serious == []
    assert overflow <= 1, f"{kind}/{lang} scrolls sideways on a phone by {overflow}px"
