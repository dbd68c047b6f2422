"""The benchmark's targets, each judged "met" or "not met" from ``bench.py``'s results.

Issue 18 set the first seven (against Hugo + Pagefind, on 2 cores; the largest
page's budget came with the year pages of issue 15); issue 8 the last two. A
target stated for one dossier size is judged at that size, and reported as not
measured when the run did not include it; the others are judged at the largest
size run, where they are hardest to meet.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

KB = 1024
MB = 1024 * KB
GB = 1024 * MB


@dataclass(frozen=True, slots=True)
class Target:
    what: str
    limit: float
    shown: str  # how a value is printed: a format with its unit
    measure: Callable[[dict[str, Any]], float]  # from one size's results
    at: int | None = None  # the size it is stated for; None: the largest run
    most: bool = True  # the limit is a maximum (≤); False: a minimum (≥)


def _html_page(report: dict[str, Any]) -> float:
    size = report["size"]
    return size["html_bytes"] / size["html_files"] / KB


TARGETS = (
    Target("Daftar ÷ (Hugo + Pagefind)", 2, "{:.1f}×", lambda r: r["hugo"]["ratio"], at=10_000),
    Target("peak memory", 3, "{:.2f} GB", lambda r: max(r["peak_rss"].values()) / GB),
    Target("average HTML page", 25, "{:.1f} KB", _html_page),
    # Long lists are cut by year and month (periods.plan) to keep this.
    Target("largest HTML page", 300, "{:,.0f} KB", lambda r: r["largest_page"]["bytes"] / KB, at=10_000),
    Target(
        "first search query on the wire",
        300,
        "{:.0f} KB",
        lambda r: r["first_query"]["wire_bytes"] / KB,
        at=10_000,
    ),
    Target("make serve first build", 15, "{:.1f} s", lambda r: r["serve_first_build"], at=1_000),
    # One process over a sample of up to 1,000 articles after the first (the matcher is
    # built by then); the build's extract stage itself runs on every core.
    Target(
        "extraction on one core",
        1000,
        "{:,.0f} articles/s",
        lambda r: r["extract_steady_per_second"] or 0,
        most=False,
    ),
    Target("full build", 10, "{:.1f} min", lambda r: r["full_build_seconds"] / 60, at=10_000),
    Target(
        "generator share of the full build", 15, "{:.1f} %", lambda r: 100 * r["generator_share"], at=10_000
    ),
)


def verdict(target: Target, results: dict[int, dict[str, Any]]) -> str:
    """One line: the target, the value where it is judged, and met / not met."""
    sign = "≤" if target.most else "≥"
    goal = f"{target.what} {sign} {target.shown.format(target.limit)}"
    if target.at is not None:
        goal += f" at {target.at:,} articles"
    n = target.at if target.at is not None else max(results)
    if n not in results:
        return f"{goal}: not measured (no N={n:,} in this run)"
    try:
        value = target.measure(results[n])
    except (KeyError, TypeError, ZeroDivisionError):
        return f"{goal}: not measured at N={n:,} (skipped by an option)"
    met = (operator.le if target.most else operator.ge)(value, target.limit)
    return f"{goal}: {target.shown.format(value)} at N={n:,} — {'met' if met else 'not met'}"


def verdicts(results: dict[int, dict[str, Any]]) -> list[str]:
    return [verdict(target, results) for target in TARGETS]
