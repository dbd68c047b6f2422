"""Feeds, data export, JSON-LD and where they go, on a small hand-made dossier (no build)."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from build_scripts.content import frontmatter
from build_scripts.dossier.entity_index import build_dossier
from build_scripts.model import (
    Actor,
    Article,
    Country,
    Extraction,
    Mention,
    Names,
    Outlet,
    PartialDate,
    Quote,
    Registry,
    SourceLocation,
)
from build_scripts.render import meta as render_meta
from build_scripts.render.common import clip
from build_scripts.render.export_data import DATA_FILES, export_data
from build_scripts.render.feeds import FEED_LIMIT, render_feed
from build_scripts.render.pages import FEED, HOME, PageRef, article_ref, data_file
from build_scripts.render.site_pages import SiteText
from build_scripts.site import mkdocs_site, publish

ATOM = "{http://www.w3.org/2005/Atom}"
BODY = 'قال زيلينسكي: «=HYPERLINK("http://evil") ليس عندنا ما نخفيه».\n\nفقرة ثانية عن أوكرانيا.\n'
REGISTRY = Registry(
    actors={"z": Actor(id="z", names=Names(ar="زيلينسكي", en="Zelensky"), country="UA", wikidata="Q1")},
    countries={"UA": Country(id="UA", names=Names(ar="أوكرانيا", en="Ukraine"))},
    outlets={"o": Outlet(id="o", names=Names(ar="و", en="O & Co"), url="https://o.example/")},
)
SITE = SiteText(title={"ar": "دفتر", "en": "Daftar"}, description={"ar": "وصف", "en": "About"})


def article(slug: str, date: PartialDate, title: str = "عنوان", **more: object) -> Article:
    return Article(
        slug=slug,
        source=SourceLocation(path=f"content/articles/{slug}.ar.md", line=1),
        title=title,
        date=date,
        body=BODY,
        body_line=5,
        **more,
    )


def extraction() -> Extraction:
    zelensky = BODY.index("زيلينسكي")
    ukraine = BODY.index("أوكرانيا")
    quote = BODY.index("=HYPERLINK")
    return Extraction(
        people=(Mention(entity_id="z", kind="surname", text="زيلينسكي", start=zelensky, end=zelensky + 8),),
        countries=(Mention(entity_id="UA", kind="name", text="أوكرانيا", start=ukraine, end=ukraine + 8),),
        quotes=(
            Quote(
                speaker="z", text=BODY[quote : BODY.index("»")], start=quote, end=BODY.index("»"), paragraph=1
            ),
        ),
    )


@pytest.fixture
def dossier():
    articles = (
        article(
            "2025-08-20-b", PartialDate(year=2025, month=8, day=20), title="عنوان\x0b</title>", outlet="o"
        ),
        article("2025-08-20-a", PartialDate(year=2025, month=8, day=20), title_en="English & <b>"),
        article("2025-08-c", PartialDate(year=2025, month=8), summary_en="Summary"),
    )
    return build_dossier(articles, {a.slug: extraction() for a in articles}, REGISTRY)


def absolute(target: PageRef, lang: str) -> str:
    return "https://example.org/dossier/" + mkdocs_site.url(target, lang)


def test_files_have_urls_beside_the_pages() -> None:
    assert mkdocs_site.url(FEED, "ar") == "feed.xml" and mkdocs_site.url(FEED, "en") == "en/feed.xml"
    assert mkdocs_site.url(data_file("quotes.csv"), "en") == "data/quotes.csv"
    link = mkdocs_site.linker_for(article_ref("x"), "en")
    assert link(FEED) == "../../feed.xml" and link(data_file("a.json")) == "../../../data/a.json"
    assert mkdocs_site.linker_for(HOME, "ar")(data_file("a.json")) == "data/a.json"
    assert link(HOME) == "../../"  # pages keep their trailing slash


def test_site_url_is_read_as_mkdocs_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    root = Path(__file__).resolve().parent.parent
    monkeypatch.delenv("DAFTAR_SITE_URL", raising=False)
    assert mkdocs_site.site_url(root) == "http://127.0.0.1:8000/"
    monkeypatch.setenv("DAFTAR_SITE_URL", "https://example.org/dossier")
    assert mkdocs_site.site_url(root) == "https://example.org/dossier/"


def test_feed_is_atom_newest_first_with_dates_from_the_articles(dossier) -> None:
    text = render_feed(dossier, SITE, "en", absolute)
    assert text == render_feed(dossier, SITE, "en", absolute)
    root = ET.fromstring(text)
    assert root.findtext(f"{ATOM}updated") == "2025-08-20T00:00:00Z"
    assert root.findtext(f"{ATOM}id") == "https://example.org/dossier/en/feed.xml"
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id").split("/")[-2] for e in entries] == [
        "2025-08-20-b",
        "2025-08-20-a",
        "2025-08-c",
    ]
    assert entries[1].findtext(f"{ATOM}title") == "English & <b>"
    assert entries[2].findtext(f"{ATOM}updated") == "2025-08-01T00:00:00Z"
    assert entries[2].findtext(f"{ATOM}summary") == "Summary"
    assert entries[0].findtext(f"{ATOM}author/{ATOM}name") == "O & Co"


def test_feed_drops_characters_xml_cannot_hold(dossier) -> None:
    root = ET.fromstring(render_feed(dossier, SITE, "ar", absolute))
    assert root.find(f"{ATOM}entry").findtext(f"{ATOM}title") == "عنوان</title>"


def test_feed_is_limited_to_the_newest_articles() -> None:
    many = tuple(
        article(f"2025-{m:02d}-{d:02d}-x", PartialDate(year=2025, month=m, day=d))
        for m in range(12, 0, -1)
        for d in range(28, 0, -1)
    )
    dossier = build_dossier(many, {a.slug: Extraction() for a in many}, REGISTRY)
    root = ET.fromstring(render_feed(dossier, SITE, "ar", absolute))
    assert len(root.findall(f"{ATOM}entry")) == FEED_LIMIT < len(many)


def test_data_export_is_complete_and_csv_is_spreadsheet_safe(dossier) -> None:
    files = export_data(dossier, absolute)
    assert tuple(files) == DATA_FILES
    assert files == export_data(dossier, absolute)
    quotes = list(csv.DictReader(io.StringIO(files["quotes.csv"])))
    assert quotes[0]["text"].startswith("'=HYPERLINK")  # a formula would run in a spreadsheet
    assert quotes[0]["speaker"] == "z" and quotes[0]["paragraph"] == "1"
    mentions = list(csv.DictReader(io.StringIO(files["mentions.csv"])))
    assert [(m["entity_kind"], m["entity_id"]) for m in mentions[:2]] == [("actor", "z"), ("country", "UA")]
    entities = json.loads(files["entities.json"])
    assert entities["outlets"][0]["published"] == ["2025-08-20-b"]
    assert entities["actors"][0]["pages"]["en"] == "https://example.org/dossier/en/actors/z/"


def test_json_ld_of_an_article_and_a_person(dossier) -> None:
    data = render_meta.news_article(dossier.article("2025-08-20-b"), dossier, "en")
    assert data["publisher"] == {
        "@type": "NewsMediaOrganization",
        "name": "O & Co",
        "url": "https://o.example/",
    }
    assert data["publisher"] is not data["sourceOrganization"]
    assert "&id" not in frontmatter.dump({"daftar": {"jsonld": data}})  # no YAML aliases
    assert data["mentions"] == [
        {"@type": "Person", "name": "Zelensky", "sameAs": "https://www.wikidata.org/wiki/Q1"},
        {"@type": "Country", "name": "Ukraine", "identifier": "UA"},
    ]
    person = render_meta.entity(REGISTRY, "actor", "z", "ar")
    assert person["name"] == "زيلينسكي" and person["alternateName"] == ["Zelensky"]
    assert person["nationality"] == {"@type": "Country", "name": "أوكرانيا", "identifier": "UA"}


def test_added_files_never_replace_built_ones_or_leave_the_site(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text("built by MkDocs", encoding="utf-8")
    with pytest.raises(FileExistsError):
        publish.add_files(tmp_path, [("feed.xml", "ours")])
    for bad in ("../x.json", "/etc/x", "data\\x.csv", ""):
        with pytest.raises(ValueError):
            publish.add_files(tmp_path, [(bad, "x")])
    publish.add_files(tmp_path, [("data/a.csv", "نص\n")])
    assert (tmp_path / "data/a.csv").read_bytes() == "نص\n".encode()


def test_every_data_file_key_and_column_is_documented_in_the_readme(dossier) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Data\n", 1)[1].split("\n## ", 1)[0]
    files = export_data(dossier, absolute)
    keys = set(json.loads(files["articles.json"])["articles"][0])
    for group in json.loads(files["entities.json"]).values():
        keys |= {key for entry in group for key in entry}
    columns = {
        name
        for text in (files["mentions.csv"], files["quotes.csv"])
        for name in text.split("\n")[0].split(",")
    }
    missing = sorted(name for name in keys | columns | set(DATA_FILES) if f"`{name}`" not in section)
    assert missing == [], f"document these in README.md's Data section: {missing}"


def test_descriptions_are_cut_at_a_word() -> None:
    text = "Russia's " * 40
    assert clip(text) == ("Russia's " * 22).strip() + "…" and len(clip(text)) <= 200
    assert clip("short\n text") == "short text"
