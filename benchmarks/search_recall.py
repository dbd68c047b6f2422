"""Recall of the search battery, before and after Daftar's query expansion.

    .venv/bin/python benchmarks/search_recall.py [--site site] [--battery tests/search_battery.yml]

Without ``--site`` the seed content is built (generate → MkDocs → Pagefind) into
a temporary directory first. Every query of the battery then runs in headless
Chromium against the built site's real Pagefind index, twice:

- ``raw``: the query exactly as typed, straight to Pagefind's ``search()`` (no
  normalisation, no expansion) — what Pagefind alone gives a reader;
- ``ours``: ``window.daftarSearch.search()``, the search page's own pipeline
  (normalisation, proclitic readings, registry aliases, name skeletons).

Recall is the share of a query's expected articles found, averaged per category;
``passed`` counts queries with every expected article and none of the ``absent``
ones. tests/test_search_battery.py asserts that ``ours`` passes every query.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BATTERY = ROOT / "tests" / "search_battery.yml"
SEARCH_PAGES = {"ar": "search/", "en": "en/search/"}
MODES = ("raw", "ours")

# Runs a list of queries in the page; returns, per query, the slugs of the result pages.
RUN_JS = """async ({queries, mode}) => {
  const bundle = new URL(document.querySelector("meta[name=daftar-pagefind]").content, location.href);
  const pf = await import(new URL("pagefind.js", bundle).href);
  const slug = (url) => url.split("/").filter(Boolean).pop();
  const raw = async (q) => {
    const response = await pf.search(q);
    const pages = await Promise.all(response.results.map((hit) => hit.data()));
    return pages.map((page) => slug(page.url));
  };
  const ours = async (q) => {
    if (window.daftarSearch.search) return (await window.daftarSearch.search(q)).map((r) => slug(r.url));
    // An older search page (before daftarSearch.search): its expansion, merged.
    const found = new Set();
    for (const each of window.daftarSearch.queries(q)) (await raw(each)).forEach((s) => found.add(s));
    return [...found];
  };
  const out = [];
  for (const q of queries) out.push(await (mode === "raw" ? raw(q) : ours(q)));
  return out;
}"""


@dataclass(frozen=True, slots=True)
class Query:
    category: str
    lang: str
    text: str
    expect: frozenset[str]  # article slugs
    absent: frozenset[str]


def load_battery(path: Path = BATTERY) -> list[Query]:
    """The battery's queries, short article names resolved to slugs (``all`` = every article)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    names: dict[str, str] = data["articles"]

    def slugs(items: list[str]) -> frozenset[str]:
        expanded = [n for item in items for n in (data["all"] if item == "all" else [item])]
        return frozenset(names[n] for n in expanded)

    return [
        Query(
            category=category,
            lang=str(entry.get("lang", "ar")),
            text=str(entry["q"]),
            expect=slugs(entry.get("expect", [])),
            absent=slugs(entry.get("absent", [])),
        )
        for category, entries in data["categories"].items()
        for entry in entries
    ]


def run_queries(page: object, site_url: str, queries: list[Query], mode: str) -> dict[Query, set[str]]:
    """Slugs each query returns, run on its language's search page in one evaluation."""
    found: dict[Query, set[str]] = {}
    for lang, path in SEARCH_PAGES.items():
        batch = [q for q in queries if q.lang == lang]
        if not batch:
            continue
        page.goto(site_url + path)  # type: ignore[attr-defined]
        page.wait_for_function("window.daftarSearch !== undefined")  # type: ignore[attr-defined]
        results = page.evaluate(RUN_JS, {"queries": [q.text for q in batch], "mode": mode})  # type: ignore[attr-defined]
        found.update({q: set(slugs) for q, slugs in zip(batch, results, strict=True)})
    return found


def recall(query: Query, slugs: set[str]) -> float | None:
    return len(query.expect & slugs) / len(query.expect) if query.expect else None


def passed(query: Query, slugs: set[str]) -> bool:
    return query.expect <= slugs and not (query.absent & slugs)


def table(queries: list[Query], results: dict[str, dict[Query, set[str]]]) -> str:
    """Recall and passed queries per category, one column pair per mode."""
    by_category: dict[str, list[Query]] = defaultdict(list)
    for query in queries:
        by_category[query.category].append(query)
    rows = [("category", "queries", *(f"recall {m}" for m in MODES), *(f"passed {m}" for m in MODES))]
    for category, group in [*by_category.items(), ("all", queries)]:
        cells = [category, str(len(group))]
        for mode in MODES:
            values = [r for q in group if (r := recall(q, results[mode][q])) is not None]
            cells.append(f"{sum(values) / len(values):.2f}" if values else "-")
        cells += [f"{sum(passed(q, results[m][q]) for q in group)}/{len(group)}" for m in MODES]
        rows.append(tuple(cells))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


@contextmanager
def built_site() -> Iterator[Path]:
    """The seed content built for real into a temporary directory."""
    from build_scripts import pipeline
    from build_scripts.errors import Problems
    from build_scripts.settings import Settings
    from tests.conftest import make_repo

    with tempfile.TemporaryDirectory() as tmp:
        root = make_repo(Path(tmp))
        settings = Settings.from_root(root, strict=True)
        pipeline.build_site(settings, pipeline.generate(settings, Problems()))
        yield root / "site"


def measure(site: Path, queries: list[Query]) -> dict[str, dict[Query, set[str]]]:
    from playwright.sync_api import sync_playwright

    from benchmarks.chromium import CHROMIUM, CHROMIUM_ARGS
    from tests.conftest import serve_directory

    served = serve_directory(site)
    url = next(served)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            results = {mode: run_queries(page, url, queries, mode) for mode in MODES}
            browser.close()
    finally:
        served.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site/ (default: build the seed content)")
    parser.add_argument("--battery", type=Path, default=BATTERY)
    args = parser.parse_args(argv)
    queries = load_battery(args.battery)
    if args.site:
        results = measure(args.site.resolve(), queries)
    else:
        with built_site() as site:
            results = measure(site, queries)
    print(table(queries, results))
    failures = [q for q in queries if not passed(q, results["ours"][q])]
    for query in failures:
        got = sorted(results["ours"][query])
        print(
            f"FAIL [{query.category}] {query.lang} {query.text!r}: expected {sorted(query.expect)}, got {got}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
