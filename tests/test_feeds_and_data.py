"""The files around the pages, in the real built site: one Atom feed per language, one per
language beside each person, country and organisation page, the data export, and the
sitemap's language alternates."""

from __future__ import annotations

import csv
import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from head_tags import pages, read_head, site_path
from test_links import parse_site

from build_scripts import pipeline
from build_scripts.dossier.entity_index import KINDS, Dossier, build_dossier
from build_scripts.errors import Problems
from build_scripts.model import (
    Actor,
    Article,
    Extraction,
    Mention,
    Names,
    PartialDate,
    Registry,
    SourceLocation,
)
from build_scripts.render.article import blocks
from build_scripts.render.common import article_title, clip, entity_name, names_of
from build_scripts.render.feeds import FEED_LIMIT, render_entity_feed, render_feed
from build_scripts.render.pages import FEED_KINDS
from build_scripts.render.site_pages import SiteText
from build_scripts.settings import Settings
from build_scripts.site import mkdocs_site

SITE_URL = "http://127.0.0.1:8000/"
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ATOM_TYPE = "application/atom+xml"
DATA = ("articles.json", "entities.json", "events.json", "mentions.csv", "quotes.csv")


@pytest.fixture(scope="module")
def dossier(built_site: Path) -> Dossier:
    content = pipeline.read_content(Settings.from_root(built_site), Problems())
    return pipeline.index_content(content)


def _summary(article, lang: str) -> str:
    """Cut as link previews are: 200 characters at a word boundary."""
    return clip((article.summary_en if lang == "en" else None) or article.deck or article.title, 200)


@pytest.mark.parametrize(("lang", "feed", "prefix"), [("ar", "feed.xml", ""), ("en", "en/feed.xml", "en/")])
def test_atom_feed_per_language(
    built_site: Path, dossier: Dossier, lang: str, feed: str, prefix: str
) -> None:
    root = ET.parse(built_site / "site" / feed).getroot()
    assert root.tag == f"{ATOM}feed" and root.get(XML_LANG) == lang
    for required in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{required}") is not None, required
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links == {"self": SITE_URL + feed, "alternate": SITE_URL + prefix}
    newest = max(a.date.as_date for a in dossier.articles).isoformat()
    assert root.findtext(f"{ATOM}updated") == f"{newest}T00:00:00Z"  # from the articles, not the clock
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id") for e in entries] == [
        f"{SITE_URL}{prefix}articles/{a.slug}/" for a in dossier.articles
    ]
    for entry, article in zip(entries, dossier.articles, strict=True):
        url = f"{SITE_URL}{prefix}articles/{article.slug}/"
        assert entry.findtext(f"{ATOM}title") == article_title(article, lang)
        assert entry.findtext(f"{ATOM}summary") == _summary(article, lang)
        assert entry.find(f"{ATOM}link[@rel='alternate']").get("href") == url
        assert (built_site / "site" / url.removeprefix(SITE_URL) / "index.html").is_file()
        assert entry.findtext(f"{ATOM}updated") == f"{article.date.as_date.isoformat()}T00:00:00Z"
    updated = [e.findtext(f"{ATOM}updated") for e in entries]
    assert updated == sorted(updated, reverse=True)


ENTITY_FOLDERS = {"actor": "actors", "country": "countries", "organisation": "organisations"}


def _entity_feeds(dossier: Dossier) -> dict[str, tuple[str, str, str]]:
    """Every entity feed the site should have: site path -> (kind, id, lang)."""
    expected = {}
    for stats in dossier.entities.values():
        if stats.kind in FEED_KINDS:
            for lang, prefix in (("ar", ""), ("en", "en/")):
                path = f"{prefix}{ENTITY_FOLDERS[stats.kind]}/{stats.id.lower()}/feed.xml"
                expected[path] = (stats.kind, stats.id, lang)
    return expected


def test_feeds_exist_only_beside_entity_pages_and_home_pages(built_site: Path, dossier: Dossier) -> None:
    """One per person, country and organisation with a page, per language; outlets and the
    hundreds of base-registry entities no article names have none."""
    site = built_site / "site"
    found = {p.relative_to(site).as_posix() for p in site.rglob("*.xml") if p.name == "feed.xml"}
    expected = _entity_feeds(dossier)
    assert found == {"feed.xml", "en/feed.xml", *expected}
    assert len(expected) == 2 * sum(1 for s in dossier.entities.values() if s.kind in FEED_KINDS) > 100
    assert len(dossier.registry.actors) < 100  # the base registry's 771 people are not all here
    for path in expected:
        assert (site / path).parent.joinpath("index.html").is_file(), path


def test_entity_pages_link_their_own_feed_for_discovery(built_site: Path, dossier: Dossier) -> None:
    """In <head> (first, before the language's feed) and in the page, both resolving to a file."""
    site = built_site / "site"
    expected = _entity_feeds(dossier)
    parsed = parse_site(site)
    linked = set()
    for page in pages(site):
        head = read_head(site / page)
        feeds = [site_path(page, link["href"]) for link in head.links if link.get("type") == ATOM_TYPE]
        language_feed = "en/feed.xml" if head.lang == "en" else "feed.xml"
        own = page.removesuffix("index.html") + "feed.xml"
        if own in expected:
            assert feeds == [own, language_feed], page
            assert "feed.xml" in parsed[page].hrefs, page  # the visible link, beside the page
            linked.add(own)
        else:
            assert feeds == [language_feed], page
    assert linked == set(expected)


def test_entity_feeds_list_the_newest_articles_naming_the_entity(built_site: Path, dossier: Dossier) -> None:
    site = built_site / "site"
    for path, (kind, entity_id, lang) in _entity_feeds(dossier).items():
        root = ET.parse(site / path).getroot()
        assert root.tag == f"{ATOM}feed" and root.get(XML_LANG) == lang
        page = SITE_URL + path.removesuffix("feed.xml")
        links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
        assert links == {"self": SITE_URL + path, "alternate": page}
        assert root.findtext(f"{ATOM}id") == SITE_URL + path
        assert root.findtext(f"{ATOM}title").startswith(entity_name(dossier.registry, kind, entity_id, lang))
        prefix = "en/" if lang == "en" else ""
        articles = dossier.entities[(kind, entity_id)].articles
        entries = root.findall(f"{ATOM}entry")
        assert [e.findtext(f"{ATOM}id") for e in entries] == [
            f"{SITE_URL}{prefix}articles/{slug}/" for slug in articles[:FEED_LIMIT]
        ]
        updated = [e.findtext(f"{ATOM}updated") for e in entries]
        assert updated == sorted(updated, reverse=True)
        assert root.findtext(f"{ATOM}updated") == (updated[0] if updated else "1970-01-01T00:00:00Z")
        for entry in entries:
            assert len(entry.findtext(f"{ATOM}summary")) <= 200


def _article(day: dt.date) -> Article:
    slug = f"{day.isoformat()}-a"
    return Article(
        slug=slug,
        source=SourceLocation(path=f"content/articles/{slug}.ar.md", line=1),
        title=f"عنوان {day.isoformat()}",
        deck="كلمة " * 100,  # 500 characters: the feed keeps 200
        date=PartialDate(year=day.year, month=day.month, day=day.day),
        body="نص\n",
        body_line=5,
    )


def _many(count: int) -> Dossier:
    """``count`` articles on consecutive days, each naming one actor."""
    days = sorted((dt.date(2025, 1, 1) + dt.timedelta(days=i) for i in range(count)), reverse=True)
    articles = tuple(_article(day) for day in days)
    registry = Registry(actors={"a": Actor(id="a", names=Names(ar="أ", en="A"))})
    mention = Mention(entity_id="a", kind="name", text="أ", start=0, end=1)
    return build_dossier(articles, {a.slug: Extraction(people=(mention,)) for a in articles}, registry)


SITE_TEXT = SiteText(title={"ar": "دفتر", "en": "Daftar"}, description={"ar": "وصف", "en": "About"})


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_an_entity_feed_keeps_the_50_newest_and_the_same_bytes(lang: str) -> None:
    dossier = _many(60)
    absolute = mkdocs_site.absolute_url_for(SITE_URL)
    text = render_entity_feed(dossier, dossier.entities[("actor", "a")], SITE_TEXT, lang, absolute)
    assert text == render_entity_feed(
        _many(60), _many(60).entities[("actor", "a")], SITE_TEXT, lang, absolute
    )
    root = ET.fromstring(text)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == FEED_LIMIT == 50
    newest = [a.slug for a in dossier.articles[:50]]
    prefix = "en/" if lang == "en" else ""
    assert [e.findtext(f"{ATOM}id") for e in entries] == [f"{SITE_URL}{prefix}articles/{s}/" for s in newest]
    assert root.findtext(f"{ATOM}updated") == "2025-03-01T00:00:00Z"  # the newest article's day
    assert all(len(e.findtext(f"{ATOM}summary")) <= 200 for e in entries)
    # an entry's id is the same in the language's feed: a reader of both sees it once
    site_feed = ET.fromstring(render_feed(dossier, SITE_TEXT, lang, absolute))
    site_ids = [e.findtext(f"{ATOM}id") for e in site_feed.findall(f"{ATOM}entry")]
    assert {e.findtext(f"{ATOM}id") for e in entries} <= set(site_ids)


def test_data_files_exist_once(built_site: Path) -> None:
    site = built_site / "site"
    assert sorted(p.name for p in (site / "data").iterdir()) == sorted(DATA)
    assert not (site / "en" / "data").exists()
    stray = [
        p for p in site.glob("en/**/*.json") if "pagefind" not in p.parts
    ]  # en/pagefind/ is the English search bundle
    assert not stray and not list(site.glob("en/**/*.csv"))


def test_articles_json(built_site: Path, dossier: Dossier) -> None:
    data = json.loads((built_site / "site/data/articles.json").read_text(encoding="utf-8"))
    rows = data["articles"]
    assert [row["id"] for row in rows] == [a.slug for a in dossier.articles]
    for row, article in zip(rows, dossier.articles, strict=True):
        assert row["title_ar"] == article.title and row["date"] == article.date.iso
        assert row["pages"] == {
            "ar": f"{SITE_URL}articles/{article.slug}/",
            "en": f"{SITE_URL}en/articles/{article.slug}/",
        }
        for field in KINDS:
            assert row[field] == list(dossier.extractions[article.slug].ids(field))


def test_entities_json_names_both_languages_and_lists_articles(built_site: Path, dossier: Dossier) -> None:
    data = json.loads((built_site / "site/data/entities.json").read_text(encoding="utf-8"))
    groups = {
        "actors": "actor",
        "countries": "country",
        "organisations": "organisation",
        "outlets": "outlet",
        "places": "place",
        "events": "event",
    }
    assert list(data) == list(groups)
    for group, kind in groups.items():
        assert [e["id"] for e in data[group]] == [s.id for s in dossier.of_kind(kind)]
        for entry in data[group]:
            names = names_of(dossier.registry, kind, entry["id"])
            assert entry["name"] == {"ar": names.ar, "en": names.en}
            assert entry["articles"] == list(dossier.entities[(kind, entry["id"])].articles)
    articles = json.loads((built_site / "site/data/articles.json").read_text(encoding="utf-8"))["articles"]
    for article in articles:
        for actor in article["people"]:
            assert article["id"] in next(e for e in data["actors"] if e["id"] == actor)["articles"]
        for event in article["events"]:
            assert article["id"] in next(e for e in data["events"] if e["id"] == event)["articles"]
    events = json.loads((built_site / "site/data/events.json").read_text(encoding="utf-8"))["events"]
    assert events == data["events"] and {e["id"] for e in events} >= {"paris-summit-2025-09-04"}
    paris = next(e for e in events if e["id"] == "paris-summit-2025-09-04")
    assert (paris["start"], paris["end"], paris["kind"], paris["place"]) == (
        "2025-09-04",
        "2025-09-04",
        "summit",
        "paris",
    )


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_mentions_csv_points_at_the_exact_text(built_site: Path, dossier: Dossier) -> None:
    path = built_site / "site/data/mentions.csv"
    assert path.read_text(encoding="utf-8").split("\n", 1)[0] == (
        "article,entity_kind,entity_id,mention_kind,text,start,end"
    )
    rows = _csv(path)
    expected = sum(len(getattr(x, field)) for x in dossier.extractions.values() for field in KINDS)
    assert len(rows) == expected > 100
    for row in rows:
        body = dossier.article(row["article"]).body
        assert body[int(row["start"]) : int(row["end"])] == row["text"]
        assert (row["entity_kind"], row["entity_id"]) in dossier.entities
    order = [a.slug for a in dossier.articles]
    keys = [(order.index(r["article"]), int(r["start"])) for r in rows]
    assert keys == sorted(keys)


def test_quotes_csv_points_at_the_exact_text_and_paragraph(built_site: Path, dossier: Dossier) -> None:
    path = built_site / "site/data/quotes.csv"
    assert (
        path.read_text(encoding="utf-8").split("\n", 1)[0]
        == "article,speaker,speaker_name_ar,paragraph,text,start,end"
    )
    rows = _csv(path)
    assert len(rows) == sum(len(x.quotes) for x in dossier.extractions.values()) > 10
    speakers = {(slug, q.start): q.speaker or "" for slug, x in dossier.extractions.items() for q in x.quotes}
    assert "" in speakers.values()  # the seeds have an unattributed quote: its cell is empty
    for row in rows:
        body = dossier.article(row["article"]).body
        assert body[int(row["start"]) : int(row["end"])] == row["text"]
        # the extractor's paragraph number is the renderer's #p-N anchor for that text
        block = next(b for b in blocks(body) if b.start <= int(row["start"]) < b.end)
        assert int(row["paragraph"]) == block.paragraph
        assert row["speaker"] == speakers[(row["article"], int(row["start"]))]


def test_home_pages_link_the_data_and_the_feed(built_site: Path) -> None:
    site = built_site / "site"
    parsed = parse_site(site)
    for home, feed in (("index.html", "feed.xml"), ("en/index.html", "en/feed.xml")):
        targets = {
            site_path(home, href) for href in parsed[home].hrefs if not href.startswith(("http", "#", "/"))
        }
        assert {f"data/{name}" for name in DATA} | {feed} <= targets
        assert all((site / target).exists() for target in targets if not target.endswith("index.html"))


def test_sitemap_lists_every_article_with_both_languages(built_site: Path, dossier: Dossier) -> None:
    root = ET.parse(built_site / "site/sitemap.xml").getroot()
    sitemap, xhtml = "{http://www.sitemaps.org/schemas/sitemap/0.9}", "{http://www.w3.org/1999/xhtml}"
    alternates = {
        url.findtext(f"{sitemap}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{xhtml}link[@rel='alternate']")
        }
        for url in root.findall(f"{sitemap}url")
    }
    for article in dossier.articles:
        ar, en = f"{SITE_URL}articles/{article.slug}/", f"{SITE_URL}en/articles/{article.slug}/"
        assert alternates.get(ar) == {"ar": ar, "en": en}, article.slug
        assert alternates.get(en) == {"ar": ar, "en": en}, article.slug
