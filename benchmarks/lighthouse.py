"""Lighthouse over one page of every type, in both languages, of a built site.

    python benchmarks/lighthouse.py [--site DIR]     (make lighthouse)

Two users: ``tests/test_lighthouse.py`` asserts accessibility, best practices and
SEO are 100 on every page type (they read the loaded page, not the clock, so they
are stable enough to test), and ``benchmarks/bench.py --lighthouse`` reports
performance, which depends on the machine's load and is only measured. Run alone,
this module builds the seed site (content/) and prints the same report.

Lighthouse comes from node_modules (``npm ci``) and drives Debian's chromium with
the flags every browser test uses (benchmarks/chromium.py): it never downloads a
browser, and the site is served on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from build_scripts.render.i18n import LANGUAGES  # noqa: E402
from build_scripts.render.pages import PageRef  # noqa: E402
from build_scripts.site.mkdocs_site import LAYOUT, url  # noqa: E402

RUNNER = Path(__file__).with_name("lighthouse.mjs")
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "package.json"
STATIC_CATEGORIES = ("accessibility", "best-practices", "seo")
ALL_CATEGORIES = ("performance", *STATIC_CATEGORIES)
NOT_FOUND = "404"  # one page for both languages (site_overrides/404.html says why)
BOTH = "ar+en"
PAGE_TYPES = (*LAYOUT, NOT_FOUND)  # home, search, articles, article, … as the site lays them out
# A query with results in the seed site, so the search page is audited with its results shown.
SEARCH_QUERIES = {"ar": "ماكرون", "en": "Macron"}
SECONDS_PER_URL = 120  # a bound, far above the ~10 s one URL takes on a loaded 2-core machine
PERFORMANCE_TARGET = 0.95


@dataclass(frozen=True, slots=True, kw_only=True)
class Target:
    page_type: str
    lang: str
    path: str  # relative to the site root, query string included


@dataclass(frozen=True, slots=True, kw_only=True)
class Result:
    target: Target
    scores: dict[str, float | None]
    failures: tuple[dict, ...] = ()
    metrics: dict[str, float | None] = field(default_factory=dict)  # performance's, in ms
    error: str | None = None
    warnings: tuple[str, ...] = ()

    def as_json(self) -> dict:
        """For bench.json; ``from_json`` reads it back."""
        return {
            "page_type": self.target.page_type,
            "lang": self.target.lang,
            "path": self.target.path,
            "scores": self.scores,
            "failures": list(self.failures),
            "metrics": self.metrics,
            "error": self.error,
        }

    @classmethod
    def from_json(cls, data: dict) -> Result:
        where = Target(page_type=data["page_type"], lang=data["lang"], path=data["path"])
        failures = tuple(data["failures"])
        return cls(
            target=where,
            scores=data["scores"],
            failures=failures,
            metrics=data["metrics"],
            error=data["error"],
        )

    def below(self, categories: Sequence[str]) -> list[str]:
        """The categories among ``categories`` that are not 100."""
        return [c for c in categories if self.scores.get(c) != 1]

    def explain(self) -> str:
        """Each audit that cost points, with where it failed: enough to start the fix."""
        lines = [f"{self.target.lang} {self.target.page_type} /{self.target.path}: {self.scores}"]
        if self.error:
            lines.append(f"  runtime error: {self.error}")
        for failure in self.failures:
            head = f"[{failure['category']}] {failure['id']}: {failure['title']}"
            lines.append(f"  {head} {failure['display']}".rstrip())
            lines += [f"      {item}" for item in failure["items"]]
            if failure["more"]:
                lines.append(f"      … and {failure['more']} more")
        return "\n".join(lines)


def target(site: Path, page_type: str, lang: str) -> Target:
    """The page of that type to audit: the index pages as they are, the first page (by
    id) of an entity type, the search page with a query, the 404 page as a file."""
    if page_type == NOT_FOUND:
        return Target(page_type=page_type, lang=BOTH, path="404.html")
    folder, stem = LAYOUT[page_type]
    ref = PageRef(kind=page_type)
    if stem is None:
        listing = site / url(PageRef(kind=folder), lang)
        first = min(p.parent.name for p in listing.glob("*/index.html"))
        ref = PageRef(kind=page_type, id=first)
    path = url(ref, lang)
    if page_type == "search":
        path += "?" + urllib.parse.urlencode({"q": SEARCH_QUERIES[lang]})
    return Target(page_type=page_type, lang=lang, path=path)


def targets(site: Path) -> tuple[Target, ...]:
    """Every page type in every language, then the one 404 page."""
    found = [target(site, kind, lang) for lang in LANGUAGES for kind in PAGE_TYPES if kind != NOT_FOUND]
    return (*found, target(site, NOT_FOUND, BOTH))


def check_installed() -> str | None:
    """Why Lighthouse cannot run here, or None."""
    if not LIGHTHOUSE.is_file():
        return "node_modules/lighthouse is missing: run `npm ci` (make test does)"
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing: run `make test` as root, or apt-get install chromium"
    return None


def _start(base: str, batch: Sequence[Target], categories: Sequence[str], quick: bool, job: Path):
    job.write_text(
        json.dumps(
            {
                "chromePath": CHROMIUM,
                "chromeFlags": CHROMIUM_ARGS,
                "categories": list(categories),
                "quick": quick,
                "urls": [base + t.path for t in batch],
            }
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    with job.with_suffix(".err").open("wb") as err:  # a file: a full stderr pipe would block Node
        return subprocess.Popen(
            ["node", str(RUNNER), str(job)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=err
        )


def run(
    base: str,
    audited: Sequence[Target],
    categories: Sequence[str],
    *,
    quick: bool,
    workers: int = 1,
    progress: Callable[[Result], None] | None = None,
) -> list[Result]:
    """Lighthouse on every target of the site served at ``base``, in ``workers`` Node
    processes (each its own Chromium) side by side. ``quick`` shortens the waits after
    load that only performance needs; performance also needs ``workers=1``, or the
    processes would time each other. ``progress`` sees each result as it comes."""
    batches = [audited[i::workers] for i in range(workers) if audited[i::workers]]
    by_url: dict[str, Target] = {base + t.path: t for t in audited}
    results: list[Result] = []

    def collect(process: subprocess.Popen[bytes]) -> None:
        for line in process.stdout or ():
            results.append(_result(json.loads(line), by_url))
            if progress:
                progress(results[-1])

    with tempfile.TemporaryDirectory(prefix="daftar-lighthouse-") as tmp:
        jobs = [Path(tmp) / f"job{i}.json" for i in range(len(batches))]
        processes = [_start(base, b, categories, quick, job) for b, job in zip(batches, jobs, strict=True)]
        readers = [threading.Thread(target=collect, args=(p,), daemon=True) for p in processes]
        for reader in readers:
            reader.start()
        deadline = time.monotonic() + SECONDS_PER_URL * max(len(b) for b in batches)
        try:
            for process in processes:
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
        finally:
            for process in processes:
                process.kill()  # a no-op for those that ended
            for reader in readers:
                reader.join()
        for process, job in zip(processes, jobs, strict=True):
            if process.returncode:
                err = job.with_suffix(".err").read_text(encoding="utf-8", errors="replace")
                raise RuntimeError(f"Lighthouse exited with {process.returncode}:\n{err[-4000:]}")
    order = {t: i for i, t in enumerate(audited)}
    return sorted(results, key=lambda r: order[r.target])


def _result(line: dict, by_url: dict[str, Target]) -> Result:
    return Result(
        target=by_url[line["url"]],
        scores=line["scores"],
        failures=tuple(line["failures"]),
        metrics=line["metrics"],
        error=line["error"],
        warnings=tuple(line["warnings"]),
    )


# --- Report (bench.py and the command line) ------------------------------------------


def _score(value: float | None) -> str:
    return "–" if value is None else f"{round(100 * value)}"


def table(sites: dict[str, list[Result]]) -> str:
    """Page type × (site, language) → performance score; the 404 page is one for both."""
    columns = [(name, lang) for name in sites for lang in LANGUAGES]
    header = ["performance", *(f"{name} {lang}" for name, lang in columns)]
    rows = [header]
    for page_type in PAGE_TYPES:
        cells = [page_type]
        for name, lang in columns:
            found = [r for r in sites[name] if r.target.page_type == page_type]
            match = [r for r in found if r.target.lang in (lang, BOTH)]
            cells.append(_score(match[0].scores.get("performance")) if match else "–")
        rows.append(cells)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows)


def _which(results: Sequence[Result], failed: Sequence[Result]) -> str:
    """The pages that failed or, when they are most, the ones that passed: the shorter list."""
    if not failed or len(failed) == len(results):
        return ""
    if 2 * len(failed) <= len(results):
        return f" (not on {_names(failed)})"
    return f" (only on {_names([r for r in results if r not in failed])})"


def _names(results: Sequence[Result]) -> str:
    return ", ".join(f"{r.target.lang} {r.target.page_type}" for r in results)


def verdicts(sites: dict[str, list[Result]]) -> list[str]:
    lines = []
    for name, results in sites.items():
        total = len(results)
        static = [r for r in results if r.below(STATIC_CATEGORIES)]
        slow = [r for r in results if (r.scores.get("performance") or 0) < PERFORMANCE_TARGET]
        lines.append(
            f"{name}: accessibility, best practices and SEO all 100 on {total - len(static)} of {total} pages"
            + _which(results, static)
        )
        lines.append(
            f"{name}: performance ≥ {100 * PERFORMANCE_TARGET:.0f} on {total - len(slow)} of {total} pages"
            + _which(results, slow)
        )
    return lines


def audit_site(site: Path) -> list[Result]:
    """All four categories over every page type of a built ``site/``, one URL at a time
    (performance is timed: nothing else of ours runs beside it)."""
    from tests.conftest import serve_directory

    audited = targets(site)

    def progress(result: Result) -> None:
        scores = " ".join(f"{c} {_score(result.scores.get(c))}" for c in ALL_CATEGORIES)
        where = f"{result.target.lang} {result.target.page_type}"
        print(f"  lighthouse {where}: {scores}", file=sys.stderr, flush=True)

    served = serve_directory(site, compress=True)  # as GitHub Pages serves it
    base = next(served)
    try:
        return run(base, audited, ALL_CATEGORIES, quick=False, progress=progress)
    finally:
        served.close()


def build_seed_site(work: Path) -> Path:
    """content/ built as ``make site`` builds it, in a scratch copy of the repository."""
    from build_scripts import pipeline
    from build_scripts.errors import Problems
    from build_scripts.settings import Settings
    from tests.conftest import make_repo

    shutil.rmtree(work, ignore_errors=True)
    root = make_repo(work)
    settings = Settings.from_root(root, strict=True)
    pipeline.build_site(settings, pipeline.generate(settings, Problems()))
    return root / "site"


def report_lines(sites: dict[str, list[Result]]) -> Iterator[str]:
    yield table(sites)
    yield ""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    yield (
        "Lighthouse (mobile, simulated throttling), one run per page; performance varies with"
        f" the machine's load (load average now, over 1, 5, 15 min: {load} on {os.cpu_count()} CPUs)."
    )
    yield from verdicts(sites)
    for results in sites.values():
        yield from (r.explain() for r in results if r.below(STATIC_CATEGORIES))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site/ (default: content/, built in a temp folder)")
    args = parser.parse_args(argv)
    problem = check_installed()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="daftar-lighthouse-site-") as tmp:
        site = args.site or build_seed_site(Path(tmp) / "seed")
        name = "seed" if args.site is None else "site"
        print("\n".join(report_lines({name: audit_site(site)})))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
