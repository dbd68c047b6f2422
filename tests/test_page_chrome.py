"""Material's page around the content, as Daftar builds it lighter (issue 18: page weight).

What went carried nothing a reader sees (the reasons are beside each change in
site_overrides/); these tests hold every built page of the seed site to it, and
test_browser.py checks what a browser still does with what is left.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

SIDEBARS = re.compile(
    r'<nav class="md-nav md-nav--primary".*<nav class="md-nav md-nav--secondary".*?</nav>', re.S
)
NAV_LINK = re.compile(r'<a href="[^"]*" class="md-nav__link(?: md-nav__link--active)?">\n([^<\n]+)\n</a>')


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, str]:
    site = built_site / "site"
    return {
        str(path.relative_to(site)): path.read_text(encoding="utf-8")
        for path in sorted(site.rglob("*.html"))
        if "pagefind" not in path.parts
    }


def test_navigation_and_toc_links_are_their_titles_alone(pages: dict[str, str]) -> None:
    """No <span class="md-ellipsis"> in the navigation or the table of contents; the
    header and the footer keep theirs (a title there stays on one line, cut with an
    ellipsis)."""
    assert len(pages) > 100
    for name, html in pages.items():
        navigation = SIDEBARS.search(html)
        assert navigation is not None, name
        assert "md-ellipsis" not in navigation.group(0), name
        assert 'class="md-ellipsis"' in html.split('<nav class="md-nav', 1)[0], name  # the header's
    article = pages["articles/2025-09-04-paris-summit-coalition-of-the-willing/index.html"]
    titles = NAV_LINK.findall(article)
    assert titles[:3] == ["الضمانات الأمنية لأوكرانيا", "كل المقالات", "الشخصيات"]
    assert "مقالات ذات صلة" in titles  # a heading of the page, in its table of contents
    assert NAV_LINK.findall(pages["en/articles/index.html"])[:2] == [
        "Security guarantees for Ukraine",
        "All articles",
    ]


def test_no_generator_meta_and_no_search_worker(pages: dict[str, str]) -> None:
    """Material's configuration holds what its script uses on Daftar's pages: no path
    to its search worker (Pagefind searches; Material's search box is not rendered)."""
    for name, html in pages.items():
        assert 'name="generator"' not in html, name
        assert "workers/search" not in html, name
        config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)
        assert config is not None, name
        assert sorted(json.loads(config.group(1))) == ["base", "features", "translations"], name


def test_icons_have_no_view_box(pages: dict[str, str]) -> None:
    """daftar.css makes them square (aspect-ratio); test_square_icons draws them."""
    icons = re.findall(r'<svg class="daftar-icon--[a-z-]+"[^>]*>', pages["index.html"])
    assert len(icons) >= 7
    assert all("viewBox" not in icon for icon in icons)


@pytest.mark.parametrize("width", [1400, 420])
def test_square_icons(page, site_url: str, width: int) -> None:
    """Every icon of the header, the drawer and the back-to-top button is drawn as
    Material sizes it (1.2rem high; the drawer's logo 2.4rem), square, and painted
    through its shape's mask."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}en/articles/2025-09-04-paris-summit-coalition-of-the-willing/")
    boxes = page.evaluate(
        "[...document.querySelectorAll('svg[class^=\"daftar-icon--\"]')].map(e => "
        "[e.getAttribute('class'), e.getBoundingClientRect().width, e.getBoundingClientRect().height,"
        " getComputedStyle(e).maskImage])"
    )
    assert len(boxes) >= 8
    for name, w, h, mask in boxes:
        assert w == h, name
        assert mask.startswith('url("data:image/svg+xml'), name
    drawn = sorted({round(h) for _, w, h, _ in boxes if h})
    assert drawn == [24, 48] if width < 1220 else 24 in drawn, drawn


def test_no_inline_script_but_data(pages: dict[str, str]) -> None:
    """Material's storage helpers come from assets/daftar-material.js, in the head, before
    the palette script and Material's bundle, which use them; every script left inline
    is JSON (Material's configuration, schema.org)."""
    for name, html in pages.items():
        inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
        assert inline and all(re.search(r'type="application/(ld\+)?json"', attrs) for attrs in inline), name
        scripts = re.findall(r'<script src="([^"]*)"', html)
        assert [Path(src).name for src in scripts][:2] == ["daftar-material.js", "daftar-palette.js"], name
        assert html.index("daftar-material.js") < html.index("</head>"), name


@pytest.mark.parametrize("path", ["", "en/", "articles/", "en/actors/emmanuel-macron/", "404.html"])
def test_choices_are_stored_for_the_whole_site(page, site_url: str, path: str) -> None:
    """The storage scope is the site's root on every page, the 404 page too, as when
    Material inlined it, so a colour scheme chosen on one page holds on all of them."""
    page.goto(f"{site_url}{path}")
    assert page.evaluate("__md_scope.href") == site_url
    assert page.evaluate("typeof __md_get === 'function' && typeof __md_hash === 'function'")


def test_a_scheme_chosen_in_one_language_holds_in_the_other(page, site_url: str) -> None:
    page.goto(f"{site_url}articles/2025-09-04-paris-summit-coalition-of-the-willing/")
    assert page.get_attribute("body", "data-md-color-scheme") == "default"
    page.click("label[for=__palette_1]")
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    page.goto(f"{site_url}en/actors/")
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"


CONTENT = re.compile(r'<article class="md-content__inner md-typeset">.*</article>', re.S)


def test_lists_have_no_line_breaks_between_their_items(pages: dict[str, str]) -> None:
    """The generator writes its lists of articles, and each speaker's quotes on the
    quotes page, as one HTML block without line breaks (which a browser does not show)."""
    lists = 0
    for name, html in pages.items():
        content = CONTENT.search(html)
        if content is None or name == "404.html":  # a template's lists, not the generator's
            continue
        # md_in_html writes what it parses (an article's footer) one element a line
        text = re.sub(r'<div class="daftar-footer".*?</div>', "", content.group(0), flags=re.S)
        assert "\n<li" not in text and "</li>\n" not in text, name
        lists += text.count("<ul><li><a ")
    assert lists > 100
    for lang in ("", "en/"):
        sections = re.findall(r"<section .*?</section>", pages[f"{lang}quotes/index.html"], re.S)
        assert len(sections) > 5 and not any("\n" in section for section in sections)


def test_a_list_of_quotes_is_one_block(pages: dict[str, str]) -> None:
    """A person's or an event's quotes are one <div class="daftar-quotes">, each quote
    a blockquote followed by its source, without line breaks; no quote outside it."""
    checked = 0
    for name, html in pages.items():
        content = CONTENT.search(html)
        if content is None or not name.startswith(("actors/", "en/actors/", "events/", "en/events/")):
            continue
        lists = re.findall(r'<div class="daftar-quotes">(.*?)</div>', content.group(0), re.S)
        assert len(lists) <= 1, name
        quotes = content.group(0).count("<blockquote")
        assert quotes == sum(block.count("<blockquote") for block in lists), name
        for block in lists:
            assert "\n" not in block, name
            assert block.count("<blockquote") == block.count('<p class="daftar-quote-source">') > 0
        checked += len(lists)
    assert checked > 20
