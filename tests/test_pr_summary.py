"""The pull request's job summary (build_scripts/cli/pr_summary.py), from made-up git and check output."""

from __future__ import annotations

import subprocess

import pytest

from build_scripts.cli import pr_summary
from build_scripts.cli.pr_summary import summarise

CLEAN = "5 article(s) checked: 0 error(s), 0 warning(s), 0 unknown person(s)\n"
PROBLEMS = """content/articles/2025-12-01-denmark-pledge.ar.md:4: unknown outlet 'erem-newz' (did you mean 'erem-news'?) — add it to content/registry/outlets.yml or fix the id
content/articles/2025-12-01-denmark-pledge.ar.md:6: warning: unknown key 'titel' (did you mean 'title'?) — see CONTRIBUTING.md for the keys an article may have
content/articles/2025-12-01-denmark-pledge.ar.md:9: note: unknown person 'ميته فريدريكسن' — if this is a person, add to content/registry/actors.yml:
- id: …        # a lowercase ASCII id, e.g. mette-frederiksen
  name: {ar: ميته فريدريكسن, en: …}
6 article(s) checked: 1 error(s), 1 warning(s), 1 unknown person(s)
"""


def test_lists_articles_translations_and_registries_in_their_sections() -> None:
    diff = [
        "A\tcontent/articles/2025-12-01-denmark-pledge.ar.md",
        "A\tcontent/articles/2025-12-01-denmark-pledge.en.md",
        "M\tcontent/registry/actors.yml",
        "M\tbuild_scripts/commands.py",
    ]
    text = summarise(diff, CLEAN)
    articles, registries = text.index("### Articles"), text.index("### Registries")
    assert articles < registries < text.index("### `python -m build_scripts check`")
    assert "| added | `content/articles/2025-12-01-denmark-pledge.ar.md` | article |" in text
    assert "| added | `content/articles/2025-12-01-denmark-pledge.en.md` | English translation |" in text
    assert "| changed | `content/registry/actors.yml` | registry: actors |" in text
    assert "…and 1 other file(s) outside those folders." in text
    assert "build_scripts/commands.py" not in text


def test_renames_show_both_paths() -> None:
    text = summarise(
        ["R097\tcontent/articles/2025-08-20-a.ar.md\tcontent/articles/2025-08-21-a.ar.md"], CLEAN
    )
    assert (
        "| renamed | `content/articles/2025-08-20-a.ar.md` → `content/articles/2025-08-21-a.ar.md` |" in text
    )


def test_says_so_when_no_content_changed() -> None:
    text = summarise([], CLEAN)
    assert "No changes under `content/articles/` or `content/registry/`." in text
    assert "✅ 5 article(s) checked" in text


def test_check_problems_are_listed_by_kind() -> None:
    text = summarise([], PROBLEMS)
    assert "❌ 6 article(s) checked: 1 error(s), 1 warning(s), 1 unknown person(s)" in text
    errors, warnings, people = (
        text.index("**Errors**"),
        text.index("**Warnings**"),
        text.index("**Unknown people"),
    )
    assert errors < warnings < people
    assert "- `content/articles/2025-12-01-denmark-pledge.ar.md:4` unknown outlet 'erem-newz'" in text
    assert "- `content/articles/2025-12-01-denmark-pledge.ar.md:6` unknown key 'titel'" in text
    assert "- `content/articles/2025-12-01-denmark-pledge.ar.md:9` unknown person 'ميته فريدريكسن'" in text
    assert "- id: …" in text.split("<details>")[1]  # the stanza stays in the full output only


def test_full_output_fence_survives_backticks_and_pipes_are_escaped() -> None:
    output = "x.md:1: bad ```` fence\n" + CLEAN
    text = summarise(["A\tcontent/registry/odd|name.yml"], output)
    assert "`````text\n" + output.rstrip("\n") + "\n`````" in text
    assert "`content/registry/odd\\|name.yml`" in text


def test_unfinished_check_is_not_reported_as_success() -> None:
    text = summarise([], "Traceback (most recent call last):\n")
    assert "check did not finish" in text and "✅" not in text


def test_main_reports_a_failed_diff(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fake_run(command: list[str]) -> subprocess.CompletedProcess[str]:
        if command[0] == "git":
            return subprocess.CompletedProcess(command, 128, "", "fatal: bad revision 'origin/x...HEAD'\n")
        return subprocess.CompletedProcess(command, 0, CLEAN, "")

    monkeypatch.setattr(pr_summary, "_run", fake_run)
    assert pr_summary.main(["--base", "origin/x"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## Daftar: what this pull request changes")
    assert "**Could not compare with `origin/x`:** fatal: bad revision" in out
