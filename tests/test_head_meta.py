"""What every built page says about itself in <head>: schema.org JSON-LD, OpenGraph and
Twitter cards, the Atom autodiscovery link — and that an article's text cannot break out
of any of them."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import REPO, make_repo, serve_directory
from head_tags import pages, read_head, site_path

from build_scripts import pipeline
from build_scripts.dossier.entity_index import Dossier
from build_scripts.errors import Problems
from build_scripts.render.common import article_title, entity_name, names_of
from build_scripts.settings import Settings
from build_scripts.site import mkdocs_site

SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's default (DAFTAR_SITE_URL unset in tests)
SUB_PATH_URL = "https://example.org/dossier/"  # a GitHub Pages project site
LOCALES = {"ar": "ar_AR", "en": "en_US"}
TYPES = {
    "actors": "Person",
    "countries": "Country",
    "organisations": "Organization",
    "outlets": "NewsMediaOrganization",
}
PAYLOAD = "</script><script>alert(1)</script>"
EVIL_SLUG = "2025-09-04-paris-summit-coalition-of-the-willing"


@pytest.fixture(scope="module")
def dossier(built_site: Path) -> Dossier:
    content = pipeline.read_content(Settings.from_root(built_site), Problems())
    return pipeline.index_content(content)


def _lang_and_path(page: str) -> tuple[str, list[str]]:
    parts = page.split("/")[:-1]
    return ("en", parts[1:]) if parts[:1] == ["en"] else ("ar", parts)


def test_article_pages_describe_a_news_article(built_site: Path, dossier: Dossier) -> None:
    site, registry = built_site / "site", dossier.registry
    for article in dossier.articles:
        for lang, prefix in (("ar", ""), ("en", "en/")):
            head = read_head(site / f"{prefix}articles/{article.slug}/index.html")
            (block,) = head.json_ld
            data = json.loads(block)
            assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
            assert data["headline"] == article_title(article, lang)
            assert data["datePublished"] == article.date.iso
            assert data["inLanguage"] == ("en" if lang == "en" and article.translation else "ar")
            assert data["url"] == f"{SITE_URL}{prefix}articles/{article.slug}/"
            if article.outlet:
                outlet = entity_name(registry, "outlet", article.outlet, lang)
                assert data["publisher"]["name"] == data["sourceOrganization"]["name"] == outlet
            mentioned = {(m["@type"], m["name"]) for m in data["mentions"]}
            extraction = dossier.extractions[article.slug]
            for actor in extraction.ids("people"):
                assert ("Person", entity_name(registry, "actor", actor, lang)) in mentioned
            for country in extraction.ids("countries"):
                assert ("Country", entity_name(registry, "country", country, lang)) in mentioned


def test_entity_pages_describe_people_countries_and_organisations(built_site: Path, dossier: Dossier) -> None:
    site, registry, seen = built_site / "site", dossier.registry, set()
    for page in pages(site):
        lang, parts = _lang_and_path(page)
        if len(parts) != 2 or parts[0] not in TYPES:
            continue
        (block,) = read_head(site / page).json_ld
        data = json.loads(block)
        kind = {
            "actors": "actor",
            "countries": "country",
            "organisations": "organisation",
            "outlets": "outlet",
        }
        entity_id = parts[1].upper() if parts[0] == "countries" else parts[1]
        names = names_of(registry, kind[parts[0]], entity_id)
        assert data["@type"] == TYPES[parts[0]], page
        assert data["name"] == (names.ar if lang == "ar" else names.en)
        assert (names.en if lang == "ar" else names.ar) in data["alternateName"]
        if parts[0] == "actors":
            _check_person(data, registry.actors[entity_id], lang, dossier)
        if parts[0] == "countries":
            assert data["identifier"] == entity_id
        seen.add(parts[0])
    assert seen == set(TYPES)


def _check_person(data: dict, actor, lang: str, dossier: Dossier) -> None:
    role = actor.current_role
    assert data.get("jobTitle") == (role and (role.en if lang == "en" else role.ar))
    if actor.wikidata:
        assert data["sameAs"] == f"https://www.wikidata.org/wiki/{actor.wikidata}"
    else:
        assert "sameAs" not in data
    if actor.country:
        assert data["nationality"] == {
            "@type": "Country",
            "name": entity_name(dossier.registry, "country", actor.country, lang),
            "identifier": actor.country,
        }


def test_every_json_ld_block_of_the_site_parses(built_site: Path, dossier: Dossier) -> None:
    site = built_site / "site"
    blocks = [block for page in pages(site) for block in read_head(site / page).json_ld]
    types = [json.loads(block)["@type"] for block in blocks]
    assert types.count("NewsArticle") == 2 * len(dossier.articles)
    assert len(blocks) == 2 * (len(dossier.articles) + len(dossier.entities))


def test_every_page_has_opengraph_and_twitter_cards(built_site: Path, dossier: Dossier) -> None:
    site = built_site / "site"
    dates = {article.slug: article.date.iso for article in dossier.articles}
    for page in pages(site):
        head = read_head(site / page)
        lang, parts = _lang_and_path(page)
        canonical = next(link["href"] for link in head.links if link.get("rel") == "canonical")
        assert head.lang == lang
        assert head.one("og:url") == canonical == SITE_URL + page.removesuffix("index.html")
        assert head.one("og:locale") == LOCALES[lang]
        assert head.one("og:locale:alternate") == LOCALES["en" if lang == "ar" else "ar"]
        assert head.one("og:site_name") == ("دفتر" if lang == "ar" else "Daftar")
        assert head.one("og:title") and head.one("og:description")
        assert head.one("twitter:card") == "summary"
        assert "twitter:title" not in head.meta and "twitter:description" not in head.meta  # X reads og:
        is_article = parts[:1] == ["articles"] and len(parts) == 2
        assert head.one("og:type") == ("article" if is_article else "website")
        if is_article:
            assert head.one("article:published_time") == dates[parts[1]]
        else:
            assert "article:published_time" not in head.meta


def test_every_page_links_its_languages_atom_feed(built_site: Path) -> None:
    """Last of the page's feeds: an entity page links its own first (test_feeds_and_data)."""
    site = built_site / "site"
    for page in pages(site):
        head = read_head(site / page)
        feeds = [link for link in head.links if link.get("type") == "application/atom+xml"]
        assert 1 <= len(feeds) <= 2 and all(feed["rel"] == "alternate" for feed in feeds), page
        target = site_path(page, feeds[-1]["href"])
        assert target == ("en/feed.xml" if head.lang == "en" else "feed.xml"), page
        assert (site / target).is_file()


@pytest.fixture(scope="module")
def sub_path_site(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed site's pages rendered again for a site_url with a path (MkDocs only:
    docs/ does not depend on where the site is deployed)."""
    out = tmp_path_factory.mktemp("sub-path") / "site"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("DAFTAR_SITE_URL", SUB_PATH_URL)
        mkdocs_site.build(built_site, out, source_date_epoch=0, shards=1)
    return out


def _site_for(base: str, request: pytest.FixtureRequest) -> Path:
    if base == SITE_URL:
        return request.getfixturevalue("built_site") / "site"
    return request.getfixturevalue("sub_path_site")


@pytest.mark.parametrize("base", [SITE_URL, SUB_PATH_URL])
def test_language_alternates_are_absolute_urls_of_both_versions(
    base: str, request: pytest.FixtureRequest
) -> None:
    """Search engines ignore relative hreflang URLs (and Lighthouse's SEO audit fails them)."""
    site = _site_for(base, request)
    for page in pages(site):
        head = read_head(site / page)
        lang, parts = _lang_and_path(page)
        path = "".join(f"{part}/" for part in parts)
        alternates = {
            link["hreflang"]: link["href"]
            for link in head.links
            if link.get("rel") == "alternate" and "type" not in link
        }
        assert alternates == {"ar": base + path, "en": f"{base}en/{path}"}, page
        canonical = next(link["href"] for link in head.links if link.get("rel") == "canonical")
        assert alternates[lang] == canonical, page


@pytest.mark.parametrize("base", [SITE_URL, SUB_PATH_URL])
def test_every_hreflang_link_in_a_head_is_absolute(base: str, request: pytest.FixtureRequest) -> None:
    """Lighthouse's rule: every <link rel=alternate hreflang> in <head>, feeds included,
    has a fully qualified href; the 404 page links both languages' feeds."""
    site = _site_for(base, request)
    seen = 0
    for page in [*pages(site), "404.html"]:
        for link in read_head(site / page).links:
            if link.get("rel") == "alternate" and link.get("hreflang"):
                assert link["href"].startswith(base), (page, link)
                seen += 1
    feeds = [link["href"] for link in read_head(site / "404.html").links if link.get("hreflang")]
    assert feeds == [f"{base}feed.xml", f"{base}en/feed.xml"]
    assert seen == 2 * len(pages(site)) + 2


# --- Untrusted text ------------------------------------------------------------------


@pytest.fixture(scope="module")
def evil_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed content with one article's title, English title and summary hostile."""
    content = tmp_path_factory.mktemp("evil-content") / "content"
    shutil.copytree(REPO / "content", content)
    path = content / "articles" / f"{EVIL_SLUG}.ar.md"
    text = path.read_text(encoding="utf-8")
    text = text.replace("title: 'قمة باريس:", f"title: '{PAYLOAD} قمة باريس:", 1)
    text = text.replace("title_en: 'Paris summit:", f"title_en: '{PAYLOAD} \"&amp; Paris summit:", 1)
    text = text.replace("summary_en: At the", f"summary_en: <!-- {PAYLOAD} At the", 1)
    assert text.count(PAYLOAD) == 3
    path.write_text(text, encoding="utf-8")
    root = make_repo(tmp_path_factory.mktemp("evil"), content)
    settings = Settings.from_root(root, strict=True)
    pipeline.build_site(settings, pipeline.generate(settings, Problems()))
    return root / "site"


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_a_hostile_title_stays_text_in_json_ld_and_meta(
    evil_site: Path, built_site: Path, prefix: str
) -> None:
    rel = f"{prefix}articles/{EVIL_SLUG}/index.html"
    html = (evil_site / rel).read_text(encoding="utf-8")
    assert "<script>alert" not in html and "</script><script>" not in html and "<!-- <" not in html
    head, clean = read_head(evil_site / rel), read_head(built_site / "site" / rel)
    assert head.scripts == clean.scripts  # no script element was opened or closed by the text
    (block,) = head.json_ld
    data = json.loads(block)
    assert data["headline"].startswith(PAYLOAD)
    assert head.one("og:title").startswith(PAYLOAD)
    if prefix:
        assert (
            data["headline"]
            == f'{PAYLOAD} "&amp; Paris summit: the coalition of the willing finalises strong security guarantees for Ukraine'
        )
        assert data["description"].startswith(f"<!-- {PAYLOAD} At the")
        assert head.one("og:description").startswith(f"<!-- {PAYLOAD}")


def test_a_hostile_title_stays_text_in_the_feeds(evil_site: Path) -> None:
    for feed, title in (("feed.xml", PAYLOAD + " قمة باريس:"), ("en/feed.xml", PAYLOAD + ' "&amp;')):
        root = ET.parse(evil_site / feed).getroot()
        titles = [
            e.findtext("{http://www.w3.org/2005/Atom}title")
            for e in root.iter("{http://www.w3.org/2005/Atom}entry")
        ]
        assert sum(t.startswith(title) for t in titles) == 1


def test_a_hostile_title_runs_no_script_in_chromium(evil_site: Path, page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for url in serve_directory(evil_site):
        for prefix in ("", "en/"):
            page.goto(f"{url}{prefix}articles/{EVIL_SLUG}/")
            headline = page.evaluate(
                "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent).headline"
            )
            assert headline.startswith(PAYLOAD)
            assert page.locator("h1").first.inner_text().startswith(PAYLOAD)
    assert dialogs == []
    assert page.js_errors == []
