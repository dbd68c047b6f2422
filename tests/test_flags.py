"""Country flags: SVG files from the pinned flag-icons package beside the pages, never
emoji; only the flags the site shows are copied; each flag sits beside the name
it stands for (so its own text alternative is empty)."""

from __future__ import annotations

import gzip
import json
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import REPO, make_repo

from build_scripts import pipeline
from build_scripts.content.registries import cldr_countries
from build_scripts.dossier.entity_index import build_dossier
from build_scripts.errors import Problems
from build_scripts.model import (
    Actor,
    Article,
    Country,
    Extraction,
    Mention,
    Names,
    PartialDate,
    Registry,
    SourceLocation,
)
from build_scripts.render.common import flag
from build_scripts.render.i18n import LANGUAGES, ui
from build_scripts.render.pages import PageRef
from build_scripts.render.site_pages import SiteText, render_all
from build_scripts.settings import Settings
from build_scripts.site import mkdocs_site
from build_scripts.site.flags import ASPECT, FLAG_ICONS, FlagsMissing, flag_files, flag_svg, shown_countries

REGIONAL_INDICATOR = re.compile("[\U0001f1e6-\U0001f1ff]")
FLAG_REF = re.compile(r"assets/flags/([a-z]{2})\.svg")
BODY = "قال ماكرون إن أوكرانيا صامدة.\n"


def test_a_flag_is_an_image_file_with_an_empty_alternative_not_an_emoji() -> None:
    link = mkdocs_site.linker_for(PageRef(kind="article", id="2025-08-20-x"), "en")
    assert flag("UA", link) == '<img src="../../../assets/flags/ua.svg" alt="" loading="lazy">'
    assert "loading" not in flag("UA", link, lazy=False)  # a page's title shows at once
    assert flag("U1", link) == "" and flag("", link) == ""


def small_dossier():
    """Ukraine named; Macron's France is not, but his page shows his country."""
    macron = Actor(
        id="emmanuel-macron",
        names=Names(ar="ماكرون", en="Macron"),
        country="FR",
        source=SourceLocation(path="build_scripts/base_registry/actors/europe.yml", line=1),
    )
    registry = Registry(
        actors={macron.id: macron},
        countries={
            "UA": Country(id="UA", names=Names(ar="أوكرانيا", en="Ukraine")),
            "FR": Country(id="FR", names=Names(ar="فرنسا", en="France")),
        },
    )
    article = Article(
        slug="2025-08-20-x",
        source=SourceLocation(path="content/articles/2025-08-20-x.ar.md", line=1),
        title="عنوان",
        date=PartialDate(year=2025, month=8, day=20),
        body=BODY,
        body_line=5,
    )
    start_m, start_u = BODY.index("ماكرون"), BODY.index("أوكرانيا")
    extraction = Extraction(
        people=(Mention(entity_id=macron.id, kind="surname", text="ماكرون", start=start_m, end=start_m + 6),),
        countries=(Mention(entity_id="UA", kind="name", text="أوكرانيا", start=start_u, end=start_u + 8),),
    )
    return build_dossier((article,), {article.slug: extraction}, registry)


def test_every_flag_a_page_shows_is_a_shown_country_and_no_page_has_an_emoji() -> None:
    dossier = small_dossier()
    site = SiteText(title={"ar": "دفتر", "en": "Daftar"}, description={"ar": "وصف", "en": "About"})
    pages = render_all(dossier, site, tuple(ui(lang) for lang in LANGUAGES), mkdocs_site.linker_for)
    referenced = {code.upper() for page in pages for code in FLAG_REF.findall(page.text)}
    assert referenced == set(shown_countries(dossier)) == {"FR", "UA"}
    assert not [page.ref for page in pages if REGIONAL_INDICATOR.search(page.text)]
    actor = next(p for p in pages if p.ref == PageRef(kind="actor", id="emmanuel-macron") and p.lang == "en")
    assert 'src="../../../assets/flags/fr.svg" alt="" loading="lazy"> France</a>' in actor.text
    country = next(p for p in pages if p.ref == PageRef(kind="country", id="UA") and p.lang == "ar")
    assert '# <img src="../../assets/flags/ua.svg" alt=""> أوكرانيا' in (country.text)


def test_flag_files_are_the_packages_bytes(tmp_path: Path) -> None:
    files = flag_files(small_dossier())
    assert [ref.id for ref, _ in files] == ["FR", "UA"]
    assert files[1][1] == (FLAG_ICONS / "flags" / ASPECT / "ua.svg").read_bytes()
    assert (
        mkdocs_site.doc_path(files[1][0], "en") == mkdocs_site.url(files[1][0], "ar") == "assets/flags/ua.svg"
    )


def test_the_pinned_flag_icons_is_installed_and_has_every_cldr_country() -> None:
    pinned = json.loads((REPO / "package.json").read_text(encoding="utf-8"))["dependencies"]["flag-icons"]
    installed = json.loads((FLAG_ICONS / "package.json").read_text(encoding="utf-8"))["version"]
    assert installed == pinned, "node_modules is stale: run `npm ci`"
    missing = [
        code
        for code in cldr_countries()
        if not (FLAG_ICONS / "flags" / ASPECT / f"{code.lower()}.svg").is_file()
    ]
    assert missing == []


def test_a_missing_package_or_flag_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(FlagsMissing, match=r"flag-icons is not installed .*run `npm ci`"):
        flag_svg("UA", tmp_path / "flag-icons")
    with pytest.raises(FlagsMissing, match="flag-icons has no flag for country 'QQ'"):
        flag_svg("QQ")


def test_generated_docs_hold_exactly_the_flags_their_pages_show(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    pipeline.generate(Settings.from_root(root, strict=True), Problems())
    docs = root / "docs"
    referenced = {code for page in docs.rglob("*.md") for code in FLAG_REF.findall(page.read_text("utf-8"))}
    copied = {path.stem for path in (docs / "assets" / "flags").glob("*.svg")}
    assert copied == referenced and len(copied) > 10


def _decoded(path: Path) -> bytes:
    """The file's bytes; Pagefind's index files (filters, fragments) are gzipped."""
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def test_no_emoji_flag_anywhere_in_the_built_site(built_site: Path) -> None:
    """Pages, feeds, data, search index and facets: regional indicators are U+1F1E6–1F1FF,
    F0 9F 87 A6–BF in UTF-8."""
    site = built_site / "site"
    found = [
        p.relative_to(site).as_posix()
        for p in sorted(site.rglob("*"))
        if p.is_file() and b"\xf0\x9f\x87" in _decoded(p)
    ]
    assert found == []


class _Flags(HTMLParser):
    """Each flag image with the text of the link or heading it sits in."""

    CONTAINERS = ("a", "h1", "h2", "td", "p")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[list[object]] = []  # [tag, flag attributes or None, text]
        self.flags: list[tuple[dict[str, str | None], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "img" and FLAG_REF.search(values.get("src") or ""):
            self.open[-1][1] = values
        elif tag in self.CONTAINERS:
            self.open.append([tag, None, ""])

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1][0] == tag:
            _, values, text = self.open.pop()
            if values is not None:
                self.flags.append((values, str(text)))

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element[2] = str(element[2]) + data


def test_every_flag_has_its_file_and_the_countrys_name_beside_it(built_site: Path) -> None:
    site = built_site / "site"
    names = cldr_countries()
    seen = 0
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        lang = "en" if rel.startswith("en/") else "ar"
        parser = _Flags()
        parser.feed(path.read_text(encoding="utf-8"))
        for attrs, text in parser.flags:
            seen += 1
            src = str(attrs["src"])
            assert attrs.get("alt") == "", (rel, attrs)  # decorative: the name is beside it
            assert (site / posixpath.normpath(posixpath.join(posixpath.dirname(rel), src))).is_file(), (
                rel,
                src,
            )
            arabic, english = names[FLAG_REF.search(src).group(1).upper()]  # type: ignore[union-attr]
            assert text.strip().startswith(arabic if lang == "ar" else english), (rel, text)
    assert seen > 100


FLAG_BOXES = """() => [...document.querySelectorAll('img[src*="assets/flags/"]')].map((img) => {
  const box = img.getBoundingClientRect();
  const font = parseFloat(getComputedStyle(img.parentElement).fontSize);
  return {alt: img.getAttribute('alt'), loading: img.getAttribute('loading'),
          top: !!img.closest('h1, .daftar-chips[data-pagefind-ignore]'),
          width: box.width, height: box.height, font};
})"""


@pytest.mark.browser
@pytest.mark.parametrize(
    "path", ["articles/2025-09-04-paris-summit-coalition-of-the-willing/", "en/countries/ua/"]
)
def test_a_flag_has_its_size_before_its_file_arrives(page, site_url: str, path: str) -> None:
    """No layout shift: daftar.css gives each flag its box (0.8 of its text's height,
    4:3) from the first layout, though the page gives no width or height, and the
    file never arrives here. An article's chips, at its top, load theirs at once."""
    page.route("**/assets/flags/*.svg", lambda route: route.abort())
    page.goto(site_url + path)
    flags = page.evaluate(FLAG_BOXES)
    assert flags
    for box in flags:
        assert box["alt"] == ""
        assert box["height"] == pytest.approx(0.8 * box["font"], abs=0.5), box
        assert box["width"] == pytest.approx(box["height"] * 4 / 3, abs=0.5), box
        if box["top"]:  # a country's title, an article's chips
            assert box["loading"] is None, box
