"""Registries are validated on load; every problem names its file and line."""

from __future__ import annotations

from pathlib import Path

from build_scripts.content.registries import adjective_forms, load_registry
from build_scripts.errors import Problems

REPO = Path(__file__).resolve().parent.parent


def load(tmp_path: Path, **files: str) -> tuple[object, list[str]]:
    folder = tmp_path / "content" / "registry"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / f"{name}.yml").write_text(text, encoding="utf-8")
    problems = Problems()
    registry = load_registry(tmp_path / "content", problems, base_dir=None)  # the dossier's files alone
    return registry, [str(p) for p in sorted(problems.items)]


def test_the_repository_registries_are_clean() -> None:
    problems = Problems()
    registry = load_registry(REPO / "content", problems)
    assert problems.items == []
    assert len(registry.actors) >= 23 and len(registry.countries) == 249


def test_country_names_come_from_cldr_with_additions() -> None:
    registry = load_registry(REPO / "content", Problems())
    ukraine = registry.countries["UA"]
    assert (ukraine.names.ar, ukraine.names.en) == ("أوكرانيا", "Ukraine")
    assert "الأوكرانية" not in ukraine.adjectives_ar and "أوكرانية" in ukraine.adjectives_ar
    assert "كييف" in ukraine.capitals_ar
    assert "EU" not in registry.countries and "UN" not in registry.countries


def test_adjective_inflections_are_generated() -> None:
    assert adjective_forms("أوكراني")[:5] == ("أوكراني", "أوكرانية", "أوكرانيين", "أوكرانيون", "أوكرانيان")
    assert adjective_forms("روس") == ("روس",)
    two_words = adjective_forms("كوري شمالي")
    assert {"كورية شمالية", "كوريين شماليين", "الكوري الشمالي", "الكورية الشمالية"} <= set(two_words)


def test_two_word_adjectives_and_capitals_link_their_country() -> None:
    from build_scripts.extract.article import extract

    registry = load_registry(REPO / "content", Problems())
    text = "قالت سيول إن الجنود الكوريين الشماليين يقاتلون، وإن الزعيم الكوري الشمالي أرسل ذخائر."
    mentions = [(m.entity_id, m.kind, m.text) for m in extract(text, registry).countries]
    assert mentions == [
        ("KR", "capital", "سيول"),
        ("KP", "adjective", "الكوريين الشماليين"),
        ("KP", "adjective", "الكوري الشمالي"),
    ]


def test_bad_ids_duplicates_and_unknown_keys(tmp_path: Path) -> None:
    _, problems = load(
        tmp_path,
        actors="""- id: Volodymyr Zelensky
  name: {ar: زيلينسكي, en: Zelensky}
- id: emmanuel-macron
  name: {ar: ماكرون, en: Macron}
  rol: {ar: رئيس, en: President}
- id: emmanuel-macron
  name: {ar: ماكرون, en: Macron}
- id: no-english
  name: {ar: اسم}
- id: bad-country
  name: {ar: شخص, en: Someone}
  country: XX
""",
    )
    assert problems == [
        "content/registry/actors.yml:1: invalid id 'Volodymyr Zelensky' — use lowercase ASCII words joined by '-', e.g. volodymyr-zelensky",
        "content/registry/actors.yml:5: warning: unknown key 'rol' (did you mean 'role'?) — allowed keys: id, name, aliases_ar, short_ar, aliases_en, role, roles, country, wikidata, enabled",
        "content/registry/actors.yml:6: duplicate id 'emmanuel-macron' (first at line 3) — give each entry its own id",
        "content/registry/actors.yml:9: 'name' needs Arabic and English — write name: {ar: …, en: …}",
        "content/registry/actors.yml:12: invalid country code 'XX' — use an ISO 3166-1 alpha-2 code such as UA",
    ]


def test_an_alias_claimed_by_two_entities_is_reported(tmp_path: Path) -> None:
    _, problems = load(
        tmp_path,
        actors="""- id: michel-duclos
  name: {ar: ميشال دوكلو, en: Michel Duclos}
  aliases_ar: [ميشال]
- id: kristen-michal
  name: {ar: كريستن ميشال, en: Kristen Michal}
  aliases_ar: [ميشال]
""",
    )
    assert problems == [
        "content/registry/actors.yml:4: 'ميشال' names both actor 'michel-duclos' and actor 'kristen-michal' — keep the alias on one entry only (or, for organisations of different countries, make it short_ar on each)"
    ]


def test_country_file_errors(tmp_path: Path) -> None:
    _, problems = load(
        tmp_path, countries="QQ: {aliases_ar: [بلد]}\nNO: {capitals_ar: [أوسلو]}\nUA: {capital_ar: [كييف]}\n"
    )
    assert problems == [
        "content/registry/countries.yml:1: unknown ISO country code 'QQ' — use an ISO 3166-1 alpha-2 code",
        "content/registry/countries.yml:2: a country code was read as a yes/no value — quote it: 'NO': {…} (YAML reads NO, YES, ON, OFF as booleans)",
        "content/registry/countries.yml:3: warning: unknown key 'capital_ar' (did you mean 'capitals_ar'?) — allowed keys: aliases_ar, short_ar, adjectives_ar, capitals_ar, aliases_en",
    ]


def test_malformed_yaml_gives_the_line(tmp_path: Path) -> None:
    _, problems = load(tmp_path, outlets="- id: x\n  name: {ar: إكس, en: X\n- id: y\n")
    assert len(problems) == 1 and problems[0].startswith("content/registry/outlets.yml:3: invalid YAML")


def test_an_outlet_url_must_be_a_web_address(tmp_path: Path) -> None:
    """The outlet page links it: a javascript: or data: address would run in readers' browsers."""
    registry, problems = load(
        tmp_path,
        outlets="""- id: evil
  name: {ar: شر, en: Evil}
  url: "javascript:alert(document.domain)"
- id: good
  name: {ar: خير, en: Good}
  url: https://good.example/
""",
    )
    assert problems == [
        "content/registry/outlets.yml:3: outlet url must start with http:// or https:// "
        "(got 'javascript:alert(document.domain)') — write the outlet's web address, e.g. url: https://www.reuters.com/"
    ]
    assert registry.outlets["evil"].url is None and registry.outlets["good"].url == "https://good.example/"


def test_a_short_form_organisations_of_different_countries_share_is_allowed(tmp_path: Path) -> None:
    organisations = """- id: eg-foreign-ministry
  name: {ar: وزارة الخارجية المصرية, en: Egyptian Foreign Ministry}
  short_ar: [وزارة الخارجية]
  country: EG
- id: jo-foreign-ministry
  name: {ar: وزارة الخارجية الأردنية, en: Jordanian Foreign Ministry}
  short_ar: [وزارة الخارجية]
  country: %s
"""
    assert load(tmp_path / "a", organisations=organisations % "JO")[1] == []
    # the same country twice: the text could never tell them apart
    same = load(tmp_path / "b", organisations=organisations % "EG")[1]
    assert len(same) == 1 and "'وزارة الخارجية' names both organisation" in same[0]
