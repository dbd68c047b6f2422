"""Problems found in content, reported as ``path:line: message — fix``.

Pelican-style: every validator runs and *collects* problems; the CLI prints
them sorted and decides the exit code. Nothing here prints or exits, so the
same objects serve ``check``, ``build`` and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, kw_only=True, order=True)
class Problem:
    """One thing wrong with one place in ``content/``."""

    path: str
    line: int
    message: str
    fix: str = ""
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "" if self.severity is Severity.ERROR else "warning: "
        text = f"{self.path}:{self.line}: {prefix}{self.message}"
        return f"{text} — {self.fix}" if self.fix else text


class ContentError(Exception):
    """Raised at the end of a stage when it found errors; carries all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(slots=True)
class Problems:
    """A collector handed to validators so one pass reports everything."""

    items: list[Problem] = field(default_factory=list)

    def error(self, path: str, line: int, message: str, fix: str = "") -> None:
        self.items.append(Problem(path=path, line=line, message=message, fix=fix))

    def warning(self, path: str, line: int, message: str, fix: str = "") -> None:
        self.items.append(Problem(path=path, line=line, message=message, fix=fix, severity=Severity.WARNING))

    def extend(self, other: Problems) -> None:
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Problem]:
        return sorted(p for p in self.items if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> list[Problem]:
        return sorted(p for p in self.items if p.severity is Severity.WARNING)

    def raise_if_errors(self, *, strict: bool = False) -> None:
        """Stop the build when there are errors (or warnings, under ``--strict``)."""
        failing = self.items if strict else self.errors
        if failing:
            raise ContentError(list(failing))


def did_you_mean(word: str, candidates: list[str] | tuple[str, ...]) -> str:
    """Return `` (did you mean 'x'?)`` for the closest candidate, or ``""``."""
    import difflib

    best = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return f" (did you mean '{best[0]}'?)" if best else ""
