"""How the evaluator reads a probe of real text kept outside the repository (no
corpus needed: the probe is written here)."""

from __future__ import annotations

from benchmarks import real_gold


def test_a_probe_with_unquoted_yaml_dates_loads_them_as_text(tmp_path) -> None:
    """A probe's index.yaml written by hand has ``date: 2025-02-04`` unquoted (a YAML
    date); the extractor takes the date as text."""
    (tmp_path / "texts").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts" / "001.txt").write_text("قال الوزير إن الوضع صعب.", encoding="utf-8")
    (tmp_path / "gold" / "001.yml").write_text("id: '001'\n", encoding="utf-8")
    (tmp_path / "gold" / "split.yml").write_text("dev: ['001']\ntest: []\n", encoding="utf-8")
    (tmp_path / "index.yaml").write_text("excerpts:\n- id: '001'\n  date: 2025-02-04\n", encoding="utf-8")
    [case] = real_gold.cases(tmp_path / "texts", tmp_path / "gold")
    assert case.date == "2025-02-04"


def test_a_reported_persons_country_is_right_when_it_agrees_with_the_gold_even_when_both_have_none() -> None:
    """The discovery line's "country right" counts agreement: a journalist the gold
    gives no country is right when the report gives none, and a wrong or missing
    country is listed in the notes with the report's name."""
    from build_scripts.content.registries import load_registry
    from build_scripts.errors import Problems

    registry = load_registry(real_gold.ROOT / "content", Problems())
    text = "وقال الصحفي سمير الخوري إن الوضع صعب. وقال وزير الخارجية الفنلندي ماتي الحسيني إن الوضع صعب."

    def person(name: str, start: int, country: str | None) -> dict:
        mention = {"text": name, "start": start, "end": start + len(name)}
        return {"id": name, "name_ar": name, "country": country, "mentions": [mention]}

    gold = {
        "people": [
            person("سمير الخوري", text.index("سمير"), None),
            person("ماتي الحسيني", text.index("ماتي"), "SE"),  # the gold is wrong on purpose
        ]
    }
    scores = real_gold.score(registry, [real_gold.Case("001", "dev", text, gold)])
    assert (scores.discovery.tp, scores.country_right) == (2, 1)
    assert "001: country FI for 'ماتي الحسيني', gold SE" in scores.discovery.notes


def test_a_gold_person_is_the_registry_entry_its_full_name_names() -> None:
    """عبدالله العليمي names one entry; العليمي alone is another entry's alias: the full
    name decides (the annotator's own id matches neither)."""
    from build_scripts.content.registries import load_registry
    from build_scripts.errors import Problems

    registry = load_registry(real_gold.ROOT / "content", Problems())
    entity = {
        "id": "abdullah-al-alimi",
        "name_en": "Abdullah al-Alimi",
        "mentions": [{"text": "عبدالله العليمي"}, {"text": "العليمي"}],
    }
    assert real_gold.registry_id(registry, "people", entity) == "abdullah-al-alimi-bawazir"


def test_a_family_name_alone_does_not_make_a_gold_person_another_registered_one() -> None:
    """أحمد الصفدي (Jordan's speaker of parliament) is not in the registry; الصفدي alone
    is Ayman Safadi's alias. Their English given names differ, so the gold person stays
    unregistered; a spelling of the same given name (Mohammed, Muhammad) still matches."""
    from build_scripts.content.registries import load_registry
    from build_scripts.errors import Problems

    registry = load_registry(real_gold.ROOT / "content", Problems())
    ahmad = {
        "id": "ahmad-safadi",
        "name_en": "Ahmad Safadi",
        "mentions": [{"text": "أحمد الصفدي"}, {"text": "الصفدي"}],
    }
    assert real_gold.registry_id(registry, "people", ahmad) is None
    ayman = {"id": "a-safadi", "name_en": "Aiman Safadi", "mentions": [{"text": "الصفدي"}]}
    assert real_gold.registry_id(registry, "people", ayman) == "ayman-safadi"
