"""The real build: generate → MkDocs (Material + i18n) → Pagefind, on the seed content."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from conftest import make_repo
from golden import tree
from jinja2.utils import htmlsafe_json_dumps

from build_scripts import pipeline
from build_scripts.content import frontmatter
from build_scripts.content.registries import load_registry
from build_scripts.errors import Problems
from build_scripts.model import REGISTRY_FIELDS
from build_scripts.settings import Settings
from build_scripts.site import mkdocs_hooks, mkdocs_site

ARTICLES = sorted(
    p.name.removesuffix(".ar.md") for p in (Path(__file__).parent.parent / "content/articles").glob("*.ar.md")
)
JSON_SCRIPT = re.compile(
    r'(<script (?:id="__config" )?type="application/(?:ld\+)?json">\s*)(.*?)(\s*</script>)', re.S
)


def html(site: Path, rel: str) -> str:
    return (site / rel / "index.html").read_text(encoding="utf-8")


def test_every_article_has_an_arabic_and_an_english_page(built_site: Path) -> None:
    site = built_site / "site"
    assert len(ARTICLES) == 5
    for slug in ARTICLES:
        ar, en = html(site, f"articles/{slug}"), html(site, f"en/articles/{slug}")
        assert '<html lang="ar"' in ar and '<body dir="rtl"' in ar
        assert '<html lang="en"' in en and '<body dir="ltr"' in en


def test_language_switch_leads_to_the_same_page(built_site: Path) -> None:
    site = built_site / "site"
    slug = ARTICLES[0]
    ar = html(site, f"articles/{slug}")
    assert re.search(rf'href="\.\./\.\./en/articles/{slug}/" hreflang="en"', ar)
    en = html(site, f"en/articles/{slug}")
    assert re.search(rf'href="\.\./\.\./\.\./articles/{slug}/" hreflang="ar"', en)


def test_pagefind_has_one_bundle_per_language(built_site: Path) -> None:
    for bundle, lang in (("site/pagefind", "ar"), ("site/en/pagefind", "en")):
        entry = json.loads((built_site / bundle / "pagefind-entry.json").read_text())
        assert list(entry["languages"]) == [lang]
        assert entry["languages"][lang]["page_count"] == 5


def pagefind_records(bundle: Path) -> dict[str, dict]:
    """What Pagefind keeps of each page (url, filters, metadata, text): a fragment
    file is gzipped JSON after a short signature."""
    records = {}
    for path in bundle.glob("fragment/*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        record = json.loads(data[data.index(b"{") :])
        records[record["url"]] = record
    return records


# An article's entity fields (its front matter) and the Pagefind filter each one feeds.
FILTERS = {"people": "actor", "countries": "country", "organisations": "organisation"}
FILTERS |= {"places": "place", "events": "event"}


def test_each_article_is_filtered_by_what_it_names_its_year_and_outlet(built_site: Path) -> None:
    """Pagefind reads them off what shows them (render/article.py): each chip is its
    entity's filter, in the page's language (not an outlet it cites), and the meta
    line's date is the year filter and the date results show, its outlet link the
    outlet filter."""
    registry = load_registry(built_site / "content", Problems())
    with_outlet = 0
    for lang, prefix in (("ar", ""), ("en", "en/")):
        records = pagefind_records(built_site / "site" / prefix / "pagefind")
        for slug in ARTICLES:
            docs = built_site / "docs" / "articles" / f"{slug}.{lang}.md"
            daftar = frontmatter.parse(docs.read_text(encoding="utf-8")).data["daftar"]
            expected = {"year": [daftar["date"][:4]]}
            for field, kind in FILTERS.items():
                entities = getattr(registry, REGISTRY_FIELDS[kind])
                names = [getattr(entities[i].names, lang) for i in daftar[field]]
                expected |= {kind: sorted(names)} if names else {}
            if daftar["outlet"]:
                with_outlet += 1
                expected["outlet"] = [getattr(registry.outlets[daftar["outlet"]].names, lang)]
            record = records[f"/articles/{slug}/"]
            assert {key: sorted(values) for key, values in record["filters"].items()} == expected
            page = html(built_site / "site", f"{prefix}articles/{slug}")
            shown = re.search(r'class="daftar-meta"[^>]*><time [^>]*>([^<]+)</time>', page)
            assert shown and record["meta"]["date"] == shown.group(1)
    assert with_outlet == 2  # one seed article per language names its outlet


def test_material_search_is_replaced_by_pagefind(built_site: Path) -> None:
    site = built_site / "site"
    assert not (site / "search/search_index.json").exists()
    search = html(site, "search")
    assert 'name="daftar-pagefind" content="../pagefind/"' in search and 'id="daftar-search"' in search
    english = html(site, "en/search")
    assert 'name="daftar-pagefind" content="../pagefind/"' in english  # en/search/ → en/pagefind/


def test_english_page_without_translation_says_so_and_shows_arabic_rtl(built_site: Path) -> None:
    page = html(built_site / "site", f"en/articles/{ARTICLES[0]}")
    assert "No English translation of this article exists yet" in page
    assert re.search(
        r'<div class="daftar-original" dir="rtl" lang="ar">|<div class="daftar-original" lang="ar" dir="rtl">',
        page,
    )


def test_home_lists_articles_newest_first(built_site: Path) -> None:
    home = html(built_site / "site", "")
    positions = [home.index(f"articles/{slug}/") for slug in sorted(ARTICLES, reverse=True)]
    assert positions == sorted(positions)


def test_two_builds_are_byte_identical(built_site: Path, tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    settings = Settings.from_root(root, strict=True)
    report = pipeline.generate(settings, Problems())
    pipeline.build_site(settings, report)
    assert tree(root / "docs") == tree(built_site / "docs")
    first, second = tree(built_site / "site"), tree(root / "site")
    # Documented exception (docs/architecture.md): Pagefind writes its filter and
    # metadata indexes in hash-map order (Pagefind issue #638); its fragments and
    # word indexes, and every page, are stable.
    unstable = tuple(
        f"{root}pagefind/{name}"
        for root in ("", "en/")
        for name in ("filter/", "pagefind.", "pagefind-entry.json")
    )
    differing = sorted(
        k
        for k in first.keys() | second.keys()
        if first.get(k) != second.get(k) and not k.startswith(unstable)
    )
    assert differing == []
    assert any(k.startswith("pagefind/fragment/") for k in first)


# Markdown writes a list inside a ``markdown="1"`` container with a line break after
# each item; stored unparsed by the hooks, it keeps the generator's spelling, without.
LIST_BREAKS = re.compile(r"(<ul>|<ol>|</li>)\n(?=<li>|</ul>|</ol>)")


def comparable(html: str) -> str:
    return LIST_BREAKS.sub(r"\1", html)


def as_hooks_write(html: str) -> str:
    """A page as mkdocs_hooks writes it: compacted, its JSON in UTF-8 without padding."""

    def respell(match: re.Match[str]) -> str:
        text = str(htmlsafe_json_dumps(json.loads(match.group(2)), **mkdocs_hooks.JSON_DUMPS))
        return match.group(1) + text + match.group(3)

    return mkdocs_hooks.compact_html(JSON_SCRIPT.sub(respell, html))


def test_hooks_and_shards_change_no_output(built_site: Path, tmp_path: Path) -> None:
    """build_scripts/site/mkdocs_hooks.py drops each page's text once used, passes
    finished HTML through Markdown unparsed and lets one MkDocs per core render a
    share of the pages. Plain MkDocs in one process, without the hooks (as an engine
    that ignores them would), must write the very same pages, navigation titles
    included, but for the whitespace and comments the hooks cut, the line breaks
    Markdown puts between list items and the JSON they spell in UTF-8; so must three
    shares on any machine."""
    config = (built_site / "mkdocs.yml").read_text(encoding="utf-8")
    assert "build_scripts/site/mkdocs_hooks.py" in config
    root = make_repo(tmp_path)
    report = pipeline.generate(Settings.from_root(root, strict=True), Problems())
    epoch = pipeline.source_date_epoch(report.dossier.articles)
    mkdocs_site.build(root, tmp_path / "three", source_date_epoch=epoch, shards=3)
    (root / "mkdocs.yml").write_text(re.sub(r"\nhooks:\n(  - .*\n)+", "\n", config), encoding="utf-8")
    mkdocs_site.build(root, tmp_path / "plain", source_date_epoch=epoch, shards=1)
    plain = {
        path: comparable(as_hooks_write(data.decode("utf-8"))) if path.endswith(".html") else data
        for path, data in tree(tmp_path / "plain").items()
    }
    assert len(plain) > 50
    for other in (tree(built_site / "site"), tree(tmp_path / "three")):
        hooked = {k: comparable(v.decode("utf-8")) if k.endswith(".html") else v for k, v in other.items()}
        assert [k for k in plain if plain[k] != hooked.get(k)] == []
    assert tree(tmp_path / "three").keys() == plain.keys()
    assert not list(tmp_path.glob(".mkdocs-shards-*"))


def test_a_failed_sharded_build_leaves_nothing_behind(tmp_path: Path) -> None:
    """One page that cannot be built fails the share that renders it: the build
    raises, the other shares are thrown away and the output folder is untouched."""
    root = make_repo(tmp_path)
    pipeline.generate(Settings.from_root(root, strict=True), Problems())
    page = next((root / "docs" / "articles").glob("*.ar.md"))
    page.write_text(page.read_text(encoding="utf-8").replace("---\n", "---\ntemplate: missing.html\n", 1))
    out = tmp_path / "out"
    out.mkdir()
    (out / "earlier.html").write_text("the site before", encoding="utf-8")
    try:
        mkdocs_site.build(root, out, source_date_epoch=0, shards=2)
    except RuntimeError as error:
        assert "missing.html" in str(error)
    else:
        raise AssertionError("the build did not fail")
    assert [p.name for p in out.iterdir()] == ["earlier.html"]
    assert not list(tmp_path.glob(".mkdocs-shards-*"))


def test_a_share_skips_only_titled_pages_it_does_not_own(monkeypatch) -> None:
    from types import SimpleNamespace

    from build_scripts.site import mkdocs_hooks

    def page(src_uri: str, meta: dict) -> SimpleNamespace:
        return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri), meta=meta)

    uri = "articles/x.ar.md"
    owner = mkdocs_hooks.shard_of(uri, 2)
    monkeypatch.setenv(mkdocs_hooks.SHARD_ENV, f"{1 - owner}/2")
    titled = page(uri, {"title": "x"})
    assert mkdocs_hooks.on_page_markdown("# x", titled) == ""
    assert titled.meta["template"] == mkdocs_hooks.SKIP_TEMPLATE
    untitled = page(uri, {})  # its title comes from its heading: every share renders it
    assert mkdocs_hooks.on_page_markdown("# x", untitled) == "# x"
    monkeypatch.setenv(mkdocs_hooks.SHARD_ENV, f"{owner}/2")
    assert mkdocs_hooks.on_page_markdown("# x", page(uri, {"title": "x"})) == "# x"


FINISHED_PAGE = """# Title

<p class="chips" data-pagefind-ignore><a href="../x/">X</a> <img src="f.svg" alt=""> Y &amp; Z</p>

<p id="p-1">قال الوزير: «لن نتراجع».</p>

<p id="p-2" markdown="1">نص *مائل* هنا</p>

## Related

<div class="footer" markdown="1">

## More

<ul><li><a href="a/">A</a></li><li><a href="b/">B</a></li></ul>

</div>

<div class="raw">

<p>kept as written, with *no* Markdown</p>

</div>

<p>after a raw container</p>
"""


def test_finished_html_is_stored_unparsed_and_the_page_is_the_same() -> None:
    """The hooks' preprocessor stores finished blocks whole, in Markdown's stash;
    Markdown blocks, ``markdown="1"`` blocks and everything after a raw container
    that a later block closes are Markdown's. The page is Markdown's own, as the
    hooks write it (``compact_html``), but for the line breaks Markdown would put
    between list items."""
    import markdown

    extensions = ["md_in_html", "toc"]
    plain = markdown.Markdown(extensions=extensions).convert(FINISHED_PAGE)
    md = markdown.Markdown(extensions=[*extensions, mkdocs_hooks.FinishedHtml()])
    lines = md.preprocessors["daftar_finished_html"].run(FINISHED_PAGE.split("\n"))
    stored = [text for text in md.htmlStash.rawHtmlBlocks]
    assert stored == [  # the first two together: they follow each other
        FINISHED_PAGE.split("\n\n")[1] + "\n\n" + FINISHED_PAGE.split("\n\n")[2],
        FINISHED_PAGE.split("\n\n")[7],
    ]
    assert "<p>kept as written, with *no* Markdown</p>" in lines
    assert "<p>after a raw container</p>" in lines
    md.reset()
    finished = mkdocs_hooks.compact_html(md.convert(FINISHED_PAGE))
    assert finished != mkdocs_hooks.compact_html(plain)
    assert finished == comparable(mkdocs_hooks.compact_html(plain))
    assert "<em>مائل</em>" in finished and "with *no* Markdown" in finished
