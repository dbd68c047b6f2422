"""Golden scenarios: content in, docs/ out, compared file by file.

Run ``pytest --update-golden`` after an intended change, then read the diff of
``tests/scenarios/*/expected`` before committing it: a human must have read
every golden file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, SCENARIOS, make_repo
from golden import compare

from build_scripts import pipeline
from build_scripts.errors import Problems
from build_scripts.settings import Settings


def scenario_content(name: str) -> Path:
    own = SCENARIOS / name / "content"
    return own if own.is_dir() else REPO / "content"


@pytest.mark.parametrize("name", sorted(p.name for p in SCENARIOS.iterdir() if p.is_dir()))
def test_generated_docs_match_golden(name: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    root = make_repo(tmp_path, scenario_content(name))
    pipeline.generate(Settings.from_root(root, strict=True), Problems())
    problems = compare(
        root / "docs",
        SCENARIOS / name / "expected" / "docs",
        update=request.config.getoption("--update-golden"),
    )
    assert not problems, (
        "\n\n".join(problems) + "\n\nIf intended: pytest --update-golden, then read the diff."
    )
