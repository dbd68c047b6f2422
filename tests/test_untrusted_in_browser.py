"""No script from an article or a registry entry ever runs, checked in real Chromium.

The unit tests (test_markdown_safety.py) read the HTML as a browser would; this one
builds a site from a hostile article and a hostile actor and opens every page that
shows them, search results included, watching for dialogs and for active markup.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPO, make_repo, serve_directory
from test_markdown_safety import ATTACKS

from build_scripts import pipeline, text_safety
from build_scripts.errors import Problems
from build_scripts.settings import Settings

SLUG = "2025-12-02-hostile-article"
MARKER = "زنجبيلية"  # a word no other article has, to find the article by search
# Attacks the reader lets in (control characters are refused before any rendering).
ADMITTED = [a for a in ATTACKS if not any(f.error for f in text_safety.scan(a))]
EVIL_ACTOR = """- id: evil-actor
  name: {ar: "إيفل <img src=x onerror=alert(2)>", en: "Evil <script>alert(3)</script>"}
  aliases_ar: [إيفل]
  role: {ar: "<iframe src=https://evil.example></iframe>", en: "<b onmouseover=alert(4)>role</b>"}
"""
# What the content area may contain when the text came from strangers.
ACTIVE_MARKUP = r"""() => {
  const area = document.querySelector('.md-content');
  const bad = [];
  for (const el of area.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    // The build's own flag images (assets/flags/xx.svg) are the only images allowed.
    const flag = tag === 'img'
      && /\/assets\/flags\/[a-z]{2}\.svg$/.test(new URL(el.getAttribute('src'), location.href).pathname);
    if (['script', 'iframe', 'object', 'embed', 'style', 'img'].includes(tag) && !flag) {
      if (!(tag === 'script' && ['application/json', 'application/ld+json'].includes(el.type))) bad.push(tag);
    }
    for (const attr of el.attributes) if (attr.name.startsWith('on')) bad.push(tag + '@' + attr.name);
    // HTML and SVG links alike (the world map's countries are SVG <a> elements)
    const protocol = el.hasAttribute('href') ? new URL(el.getAttribute('href'), location.href).protocol : null;
    if (tag === 'a' && protocol && !['http:', 'https:', 'mailto:'].includes(protocol)) bad.push('a:' + protocol);
  }
  return bad;
}"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = tmp_path_factory.mktemp("hostile-content") / "content"
    shutil.copytree(REPO / "content", content)
    body = "\n\n".join(
        [
            f'قال زيلينسكي إن "<img src=x onerror=alert(5)> نحتاج ضمانات حقيقية {MARKER}".',
            f"والتقى إيفل بالوزير في كييف {MARKER}.",
            *ADMITTED,
        ]
    )
    article = f"---\ntitle: مقال عدائي\ndate: 2025-12-02\n---\n\n{body}\n"
    (content / "articles" / f"{SLUG}.ar.md").write_text(article, encoding="utf-8")
    actors = content / "registry" / "actors.yml"
    actors.write_text(actors.read_text(encoding="utf-8") + EVIL_ACTOR, encoding="utf-8")
    root = make_repo(tmp_path_factory.mktemp("hostile"), content)
    settings = Settings.from_root(root)
    pipeline.build_site(settings, pipeline.generate(settings, Problems()))
    return root / "site"


PAGES = [
    f"articles/{SLUG}/",
    f"en/articles/{SLUG}/",
    "actors/evil-actor/",
    "en/actors/evil-actor/",
    "actors/",
    "en/actors/",
    "quotes/",
    "",
    "timeline/",
]


def test_no_script_from_content_runs(hostile_site: Path, page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for base in serve_directory(hostile_site):
        for path in PAGES:
            page.goto(base + path)
            page.mouse.move(300, 300)
            assert page.evaluate(ACTIVE_MARKUP) == [], path
        page.goto(base + f"articles/{SLUG}/")
        text = page.locator(".md-content").inner_text()
        assert "<script>alert(1)</script>" in text  # shown as text, exactly as written
        assert "<img src=x onerror=alert(5)>" in text
        page.goto(base + "actors/evil-actor/")
        assert "إيفل <img src=x onerror=alert(2)>" in page.locator("h1").inner_text()
        for search, query in (("search/", MARKER), ("en/search/", "Evil")):
            page.goto(base + search)
            page.fill(".daftar-search__input", query)
            page.locator(".daftar-search__link").first.wait_for(timeout=10_000)
            page.wait_for_timeout(500)  # excerpts are filled in after the links
            assert page.evaluate(ACTIVE_MARKUP) == [], search
    assert dialogs == []
    assert page.js_errors == []
