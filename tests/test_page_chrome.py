"""Material's page around the content, as Daftar builds it lighter (issue 18: page weight).

What went carried nothing a reader sees (the reasons are beside each change in
site_overrides/); these tests hold every built page of the seed site to it, and
test_browser.py checks what a browser still does with what is left.
"""

from __future__ import annotations

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
