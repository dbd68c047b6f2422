"""A pull request's job summary: which content files it touches and what ``check`` says.

CI appends the output to ``$GITHUB_STEP_SUMMARY`` so a reviewer sees, without
opening the diff, which articles and registry entries a pull request adds and
which people the extractor could not find in the registry.

    python -m build_scripts.cli.pr_summary --base origin/main >> "$GITHUB_STEP_SUMMARY"

``summarise`` is pure (tested without git); ``main`` only gathers its inputs.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass

STATUS = {"A": "added", "M": "changed", "D": "deleted", "R": "renamed", "C": "copied", "T": "changed"}
SECTIONS = (("content/articles/", "Articles"), ("content/registry/", "Registries"))
PROBLEM = re.compile(r"^(?P<where>\S+:\d+): (?:(?P<level>warning|note): )?(?P<message>.*)$")
CHECKED = re.compile(r"^\d+ article\(s\) checked: .*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Change:
    status: str  # a word from STATUS
    path: str
    old_path: str | None = None


def parse_name_status(lines: list[str]) -> list[Change]:
    """``git diff --name-status`` lines → changes; ``R100\\told\\tnew`` keeps both paths."""
    changes = []
    for line in lines:
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 2 or not fields[0]:
            continue
        status = STATUS.get(fields[0][0], fields[0])
        if len(fields) >= 3:
            changes.append(Change(status, fields[2], fields[1]))
        else:
            changes.append(Change(status, fields[1]))
    return changes


def _kind(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    if path.startswith("content/articles/"):
        return {".ar.md": "article", ".en.md": "English translation"}.get(name[-6:], "other file")
    return f"registry: {name.removesuffix('.yml')}" if name.endswith(".yml") else "other file"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _changes_section(title: str, changes: list[Change]) -> list[str]:
    if not changes:
        return []
    lines = [f"### {title}", "", "| change | file | kind |", "|---|---|---|"]
    for change in sorted(changes, key=lambda c: c.path):
        path = f"`{_cell(change.path)}`"
        if change.old_path:
            path = f"`{_cell(change.old_path)}` → {path}"
        lines.append(f"| {change.status} | {path} | {_kind(change.path)} |")
    return [*lines, ""]


def _fenced(text: str) -> list[str]:
    """A code block whose fence is longer than any backtick run in ``text``."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}text", text.rstrip("\n"), fence]


def _check_section(check_output: str) -> list[str]:
    problems: dict[str, list[str]] = {"error": [], "warning": [], "note": []}
    for line in check_output.splitlines():
        match = PROBLEM.match(line)
        if match:
            problems[match["level"] or "error"].append(f"`{match['where']}` {match['message']}")
    verdict = CHECKED.search(check_output)
    status = "❌" if problems["error"] or not verdict else ("⚠️" if problems["warning"] else "✅")
    lines = ["### `python -m build_scripts check`", ""]
    lines.append(f"{status} {verdict[0] if verdict else 'check did not finish (see the log below)'}")
    lines.append("")
    titles = {"error": "Errors", "warning": "Warnings", "note": "Unknown people (add them to the registry?)"}
    for level, title in titles.items():
        if problems[level]:
            lines += [f"**{title}**", "", *(f"- {item}" for item in problems[level]), ""]
    if check_output.strip():
        lines += ["<details><summary>Full output</summary>", "", *_fenced(check_output), "", "</details>", ""]
    return lines


def summarise(name_status_lines: list[str], check_output: str) -> str:
    """Markdown for the job summary: content changes by section, then the check report."""
    changes = parse_name_status(name_status_lines)
    lines = ["## Daftar: what this pull request changes", ""]
    shown = False
    for prefix, title in SECTIONS:
        section = [c for c in changes if c.path.startswith(prefix)]
        lines += _changes_section(title, section)
        shown = shown or bool(section)
    if not shown:
        lines += ["No changes under `content/articles/` or `content/registry/`.", ""]
    others = sum(1 for c in changes if not c.path.startswith(tuple(p for p, _ in SECTIONS)))
    if others:
        lines += [f"…and {others} other file(s) outside those folders.", ""]
    lines += _check_section(check_output)
    return "\n".join(lines).rstrip("\n") + "\n"


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Markdown summary of a pull request's content changes.")
    parser.add_argument("--base", default="origin/main", help="the branch the pull request targets")
    args = parser.parse_args(argv)
    diff = _run(["git", "diff", "--name-status", f"{args.base}...HEAD"])
    check = _run([sys.executable, "-m", "build_scripts", "--quiet", "check"])
    summary = summarise(diff.stdout.splitlines(), check.stdout + check.stderr)
    if diff.returncode != 0:  # say so rather than report "no changes"
        reason = (diff.stderr.strip().splitlines() or ["git diff failed"])[0]
        summary += f"\n> **Could not compare with `{args.base}`:** {reason}\n"
    sys.stdout.write(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
