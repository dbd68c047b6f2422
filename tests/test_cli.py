"""The contributor's commands as they are typed: check, generate, build summary."""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

import pytest
import yaml

from build_scripts.__main__ import _parser, main

NEW_ARTICLE = """---
title: الدنمارك تتعهد بدعم إضافي
date: 2025-12-01
outlet: {outlet}
---

وقالت وزيرة الثقافة الدنماركية يوهانا سورنسن إن بلادها سترسل دعما إضافيا لأوكرانيا.
"""


def add_article(repo: Path, outlet: str) -> Path:
    path = repo / "content/articles/2025-12-01-denmark-pledge.ar.md"
    path.write_text(NEW_ARTICLE.format(outlet=outlet), encoding="utf-8")
    return path


def test_check_reports_an_unknown_id_with_line_and_suggestion(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_article(repo, "erem-newz")
    assert main(["--quiet", "--root", str(repo), "check"]) == 1
    out = capsys.readouterr().out
    assert (
        "content/articles/2025-12-01-denmark-pledge.ar.md:4: unknown outlet 'erem-newz' (did you mean 'erem-news'?)"
        " — add it to content/registry/outlets.yml or fix the id"
    ) in out
    assert "6 article(s) checked: 1 error(s)" in out


def test_check_lists_unknown_people_with_a_stanza_to_paste(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_article(repo, "erem-news")
    assert main(["--quiet", "--strict", "--root", str(repo), "check"]) == 0
    out = capsys.readouterr().out
    assert "content/articles/2025-12-01-denmark-pledge.ar.md:7: note: unknown person 'يوهانا سورنسن'" in out
    after = out.split("content/registry/actors.yml:\n", 1)[1].splitlines()
    stanza = "\n".join(itertools.takewhile(lambda line: line.startswith(("- ", "  ")), after))
    entry = yaml.safe_load(stanza)[0]
    assert entry["name"]["ar"] == "يوهانا سورنسن"
    assert entry["role"]["ar"] == "وزيرة الثقافة الدنماركية"  # read from the title before the name
    assert entry["country"] == "DK"


def test_generate_refuses_bad_content_and_writes_nothing(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_article(repo, "erem-newz")
    assert main(["--quiet", "--root", str(repo), "generate"]) == 1
    assert "nothing was written" in capsys.readouterr().err
    assert not (repo / "docs").exists()


def test_generate_prints_a_summary_and_stage_lines(
    repo: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    assert main(["--root", str(repo), "generate"]) == 0
    assert "5 articles," in capsys.readouterr().out
    for stage in ("read", "extract", "render", "write"):
        assert any(message.startswith(stage) for message in caplog.messages), stage


def add_crlf_article(repo: Path) -> None:
    """An article that is valid but draws a warning, so ``--strict`` changes the exit code."""
    text = NEW_ARTICLE.format(outlet="erem-news").replace("\n", "\r\n")
    (repo / "content/articles/2025-12-01-denmark-pledge.ar.md").write_bytes(text.encode("utf-8"))


@pytest.mark.parametrize(
    "argv",
    [
        ["--strict", "--quiet", "--root", "{root}", "check"],  # the documented order
        ["check", "--strict", "--quiet", "--root", "{root}"],  # the order a new user types first
        ["--root", "{root}", "check", "-q", "--strict"],  # mixed
    ],
)
def test_global_options_work_before_and_after_the_command(
    repo: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    add_crlf_article(repo)
    assert main(["--quiet", "--root", str(repo), "check"]) == 0  # a warning alone does not fail…
    capsys.readouterr()
    assert main([arg.format(root=repo) for arg in argv]) == 1  # …but does under --strict
    captured = capsys.readouterr()
    assert "CRLF" in captured.err + captured.out
    assert "done in" not in captured.err  # --quiet was honoured wherever it stood


@pytest.mark.parametrize("option", ["--strict", "--debug", "--quiet"])
def test_an_option_before_the_command_is_not_reset_by_the_command(option: str) -> None:
    """The command's copy of a global option must leave it alone when absent there."""
    name = option.removeprefix("--")
    assert vars(_parser().parse_args([option, "check"]))[name] is True
    assert vars(_parser().parse_args(["check", option]))[name] is True
    assert vars(_parser().parse_args(["check"]))[name] is False
    root = _parser().parse_args(["--root", "/elsewhere", "extract", "a.txt"]).root
    assert root == Path("/elsewhere")


@pytest.mark.parametrize("command", ["check", "generate"])
def test_an_extractor_failure_names_the_article_and_writes_nothing(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """A bug in the extractor is ours, but the contributor must learn which article
    triggers it (a bare ``error: '’'`` named nothing)."""
    from build_scripts import incremental

    real = incremental.extract

    def failing(body: str, registry: object, day: str = "") -> object:
        if "يوهانا" in body:
            raise KeyError("’")
        return real(body, registry, day)

    monkeypatch.setattr(incremental, "extract", failing)
    add_article(repo, "erem-news")
    assert main(["--quiet", "--root", str(repo), command]) == 3  # EXIT_FAILURE: not the content's fault
    err = capsys.readouterr().err.strip()
    assert err.startswith(
        "error: content/articles/2025-12-01-denmark-pledge.ar.md: the extractor failed on this article"
        " (KeyError: '’'). This is a bug in Daftar, not in the article: run again with --debug"
    )
    assert len(err.splitlines()) == 1
    assert not (repo / "docs").exists()


def test_an_extractor_failure_crosses_back_from_a_worker() -> None:
    """Forked workers send exceptions back pickled: the failure keeps what names the article."""
    import pickle

    from build_scripts.incremental import ExtractionFailed

    failed = pickle.loads(pickle.dumps(ExtractionFailed("body", "2025-12-01", "KeyError: '’'")))
    assert failed.args == ("body", "2025-12-01", "KeyError: '’'")
