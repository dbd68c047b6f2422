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
