"""Crawl the built site: no broken internal link or anchor, no orphan page, and
entity pages and articles link both ways."""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"] or "")


def parse_site(site: Path) -> dict[str, _Links]:
    pages = {}
    for path in sorted(site.rglob("*.html")):
        parser = _Links()
        parser.feed(path.read_text(encoding="utf-8"))
        pages[path.relative_to(site).as_posix()] = parser
    return pages


def resolve(page: str, href: str) -> tuple[str, str] | None:
    """(target html file, fragment) for an internal link, or None for external ones."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("mailto:"):
        return None
    path = (
        posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
        if parts.path
        else page
    )
    if parts.path.endswith("/") or (parts.path and "." not in posixpath.basename(parts.path)):
        path = posixpath.join(path, "index.html")
    return path.lstrip("./") if path != "." else "index.html", unquote(parts.fragment)


def internal_links(pages: dict[str, _Links]) -> dict[str, set[tuple[str, str]]]:
    return {
        page: {r for href in parser.hrefs if (r := resolve(page, href))} for page, parser in pages.items()
    }


def test_no_broken_internal_links_or_anchors(built_site: Path) -> None:
    site = built_site / "site"
    pages = parse_site(site)
    broken = []
    for page, targets in internal_links(pages).items():
        for target, fragment in sorted(targets):
            if target not in pages and not (site / target).exists():
                broken.append(f"{page} → {target}")
            elif fragment and target in pages and fragment not in pages[target].ids:
                broken.append(f"{page} → {target}#{fragment}")
    assert len(pages) > 50
    assert broken == []


def test_every_page_is_reachable_from_the_home_pages(built_site: Path) -> None:
    pages = parse_site(built_site / "site")
    links = internal_links(pages)
    seen, queue = set(), ["index.html", "en/index.html"]
    while queue:
        page = queue.pop()
        if page in seen or page not in pages:
            continue
        seen.add(page)
        queue.extend(target for target, _ in links[page])
    orphans = sorted(
        p for p in pages if p not in seen and p != "404.html" and not p.startswith(("en/404", "assets/"))
    )
    assert orphans == []


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def test_articles_and_entities_link_both_ways(built_site: Path) -> None:
    docs, site = built_site / "docs", built_site / "site"
    links = internal_links(parse_site(site))
    checked = 0
    for path in sorted((docs / "articles").glob("20*.ar.md")):
        meta = front_matter(path)["daftar"]
        article_page = f"articles/{meta['id']}/index.html"
        for folder, key in (
            ("actors", "people"),
            ("countries", "countries"),
            ("organisations", "organisations"),
        ):
            for entity in meta[key]:
                entity_page = f"{folder}/{entity.lower()}/index.html"
                assert (entity_page, "") in links[article_page], f"{article_page} does not link {entity_page}"
                assert any(t == article_page for t, _ in links[entity_page]), (
                    f"{entity_page} does not link {article_page}"
                )
                checked += 1
    assert checked > 20


def test_quote_links_land_on_the_quoted_paragraph(built_site: Path) -> None:
    site = built_site / "site"
    pages = parse_site(site)
    quote_links = [
        (target, fragment)
        for target, fragment in internal_links(pages)["quotes/index.html"]
        if re.fullmatch(r"p-\d+", fragment)
    ]
    assert quote_links, "the quotes page links no paragraph"
    for target, fragment in quote_links:
        assert fragment in pages[target].ids


def test_every_quote_is_on_its_speakers_page_and_the_quotes_page_stays_short(built_site: Path) -> None:
    """The quotes page shows each speaker's latest few and links the rest; the actor
    page holds every one (a quote's link is its article paragraph)."""
    import csv

    from build_scripts.render.site_pages import QUOTES_PER_SPEAKER

    site = built_site / "site"
    links = internal_links(parse_site(site))
    with (site / "data" / "quotes.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["speaker"]]  # unattributed quotes have no page
    per_speaker: dict[str, set[tuple[str, str]]] = {}
    for row in rows:
        target = (f"articles/{row['article']}/index.html", f"p-{row['paragraph']}")
        per_speaker.setdefault(row["speaker"], set()).add(target)
    html = (site / "quotes/index.html").read_text(encoding="utf-8")
    sections = dict(re.findall(r'data-speaker="([^"]+)">(.*?)</section>', html, re.S))
    capped = 0
    for speaker, targets in per_speaker.items():
        assert targets <= links[f"actors/{speaker}/index.html"], (
            f"a quote of {speaker} is missing on their page"
        )
        section = sections[speaker]
        assert section.count("<blockquote") <= QUOTES_PER_SPEAKER
        if sum(row["speaker"] == speaker for row in rows) > QUOTES_PER_SPEAKER:
            assert f'class="daftar-quote-more"><a href="../actors/{speaker}/"' in section
            capped += 1
    assert capped >= 1, "no seed speaker has more quotes than the cap: the cap is untested"
