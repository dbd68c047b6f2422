"""Benchmark the whole build on synthetic dossiers of N articles.

    python benchmarks/bench.py --sizes 100,1000,10000 [--runs 3] [--out bench-out]

For each N it writes a deterministic corpus (benchmarks/synthetic.py), then times
each stage — read, extract, aggregate, render, write docs, feeds and data (one child process, so
its peak RSS is the generator's own), ``mkdocs build`` and Pagefind (one child
each) — and reports medians over the runs, the site's size, an incremental
regeneration after one article changes (from scratch, as ``generate`` does, and
with the memory ``serve`` keeps), and the bytes a browser fetches from
the Pagefind bundle when a reader types a first query into the search page
(decoded, and on the wire as GitHub Pages serves them: gzip for text).

The reference (issue 18): in the same runs, Hugo builds the same dossier
(``benchmarks/hugo_site.py``, templates in ``benchmarks/hugo/``) and Pagefind
indexes Hugo's site as it indexes ours; the table gives Daftar ÷ (Hugo + Pagefind)
and both sites' HTML and index sizes. Up to ``--serve-max`` articles it also times
the first build of ``make serve`` (``benchmarks/serve_latency.py``). With
``--lighthouse`` (``make bench`` passes it) it also runs Lighthouse on every page
type of the seed site and of the largest size's site (benchmarks/lighthouse.py):
performance depends on timing, so it is measured here rather than tested. Every
target is printed with "met" or "not met" (``benchmarks/targets.py``). Results go
to ``<out>/bench.json``. What a ``make serve`` user waits for after an edit, MkDocs
included, is measured by ``benchmarks/serve_latency.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import hugo_site, lighthouse, serve_latency, synthetic, targets  # noqa: E402
from benchmarks.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

GENERATOR_STAGES = ("read", "extract", "aggregate", "render", "write", "feeds")
SITE_STAGES = ("mkdocs", "pagefind")
HUGO_STAGES = ("hugo", "hugo_pagefind")  # Hugo, then the same Pagefind over Hugo's site
QUERY = "زيلينسكي"
PER_CORE_SAMPLE = 1000  # articles extracted in one process to measure the per-core rate
MB = 1024 * 1024
PAGE = os.sysconf("SC_PAGE_SIZE")


# --- Child processes ----------------------------------------------------------


def process_parents() -> dict[int, int]:
    """pid → parent pid of every running process, from /proc."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError):  # exited meanwhile
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
    return parents


def process_rss(pid: int) -> int:
    """Resident memory of one process in bytes (0 once it has exited)."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    return 0


def tree_rss(root: int) -> int:
    """Resident memory of a process and all its descendants, summed (bytes)."""
    children: dict[int, list[int]] = {}
    for pid, parent in process_parents().items():
        children.setdefault(parent, []).append(pid)
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        total += process_rss(pid)
    return total


def run_measured(command: list[str], cwd: Path | None = None) -> tuple[float, int, str]:
    """(seconds, peak RSS in bytes, stdout) of one child process.

    Peak RSS is the larger of two figures: the child's rusage from wait4(2), the
    maximum over it and each process it waited for, one at a time; and the sum over
    the whole process tree, sampled every 0.1 s, which counts processes running at
    once (MkDocs shares, render workers) together.
    """
    import threading

    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=devnull)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak[0] = max(peak[0], tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}")
    return seconds, max(usage.ru_maxrss * 1024, peak[0]), out.decode()


def python_child(code: str) -> list[str]:
    return [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); {code}"]


def worker_generate(root: Path) -> dict[str, Any]:
    """The generator's stages, as ``pipeline.generate`` runs them, timed one by one."""
    from build_scripts import pipeline
    from build_scripts.dossier.entity_index import build_dossier
    from build_scripts.errors import Problems
    from build_scripts.extract.article import extract
    from build_scripts.incremental import Memory
    from build_scripts.render import parallel
    from build_scripts.render.i18n import LANGUAGES, ui
    from build_scripts.render.site_pages import page_jobs
    from build_scripts.settings import Settings, load_site_text
    from build_scripts.site import mkdocs_site
    from build_scripts.site.write_docs import write_docs

    settings = Settings.from_root(root, strict=True)
    problems = Problems()
    times: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        times[name] = now - clock
        clock = now

    content = pipeline.read_content(settings, problems)
    site_text = load_site_text(settings, problems)
    problems.raise_if_errors(strict=True)
    lap("read")
    first = time.perf_counter()
    extract(content.articles[0].body, content.registry, content.articles[0].date.iso)
    first = time.perf_counter() - first  # includes building the matcher, once per process
    extractions = Memory().extract_all(content.articles, content.registry)  # both cores, as generate does
    lap("extract")
    # Per core (the target): one process over a sample, outside the stages' times.
    sample = content.articles[1 : 1 + PER_CORE_SAMPLE]
    steady = time.perf_counter()
    for article in sample:
        extract(article.body, content.registry, article.date.iso)
    steady = len(sample) / (time.perf_counter() - steady) if sample else None
    clock = time.perf_counter()
    dossier = build_dossier(content.articles, extractions, content.registry)
    lap("aggregate")
    uis = tuple(ui(lang) for lang in LANGUAGES)
    pages = parallel.render_jobs(page_jobs(dossier, site_text, uis, mkdocs_site.linker_for))
    lap("render")
    report = write_docs(settings.docs_dir, pipeline.docs_files(pages, dossier))
    lap("write")
    # Feeds and data files, rendered but not written: ``mkdocs build --clean`` would
    # remove them (the real build adds them to the staged site after MkDocs).
    absolute = mkdocs_site.absolute_url_for(mkdocs_site.site_url(root))
    pipeline.site_files(dossier, site_text, absolute)
    lap("feeds")
    return {
        "times": times,
        "articles": len(content.articles),
        "pages": len(pages),
        "written": len(report.written),
        "extract_first_seconds": first,
        "extract_per_core_per_second": steady,
        "epoch": pipeline.source_date_epoch(content.articles),
    }


def worker_regenerate(root: Path) -> dict[str, Any]:
    """One ``pipeline.generate`` over an existing docs/, as the CLI's ``generate`` runs it."""
    from build_scripts import pipeline
    from build_scripts.errors import Problems
    from build_scripts.settings import Settings

    started = time.perf_counter()
    report = pipeline.generate(Settings.from_root(root, strict=True), Problems())
    return {
        "seconds": time.perf_counter() - started,
        "written": list(report.docs.written),
        "unchanged": report.docs.unchanged,
        "removed": list(report.docs.removed),
    }


def worker_serve(root: Path) -> dict[str, Any]:
    """What ``serve`` does after one article is saved: ``pipeline.generate`` with the
    Memory it kept from earlier regenerations. Times when the edited article's pages
    were written (MkDocs can show them) and when every page was."""
    from build_scripts import pipeline
    from build_scripts.errors import Problems
    from build_scripts.incremental import Memory
    from build_scripts.settings import Settings
    from build_scripts.site import file_signature

    settings = Settings.from_root(root, strict=True)
    memory = Memory()
    pipeline.generate(settings, Problems(), memory)  # serve's first regeneration
    time.sleep(file_signature.RACY_SECONDS + 0.5)  # then the files are old enough to trust
    pipeline.generate(settings, Problems(), memory)
    first_written: list[float] = []
    write_first = pipeline.write_edited_first

    def timed(*args: Any) -> tuple[str, ...]:
        written = write_first(*args)
        first_written.append(time.perf_counter())
        return written

    pipeline.write_edited_first = timed  # type: ignore[assignment]
    touch_one_article(root, offset=1)
    started = time.perf_counter()
    report = pipeline.generate(settings, Problems(), memory)
    return {
        "seconds": time.perf_counter() - started,
        "first_seconds": first_written[0] - started if report.written_first else None,
        "written_first": list(report.written_first),
        "written": list(report.docs.written),
    }


def generator(root: Path, mode: str) -> tuple[dict[str, Any], int]:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", mode, str(root)]
    _, rss, out = run_measured(command)
    return json.loads(out.strip().splitlines()[-1]), rss


def mkdocs_build(root: Path, site: Path, epoch: int) -> tuple[float, int]:
    code = (
        "from pathlib import Path; from build_scripts.site import mkdocs_site; "
        f"mkdocs_site.build(Path({str(root)!r}), Path({str(site)!r}), source_date_epoch={epoch})"
    )
    seconds, rss, _ = run_measured(python_child(code), cwd=root)
    return seconds, rss


def pagefind_build(site: Path) -> tuple[float, int]:
    code = f"from pathlib import Path; from build_scripts.site import search_index; search_index.build_index(Path({str(site)!r}))"
    seconds, rss, _ = run_measured(python_child(code))
    return seconds, rss


def hugo_project(root: Path) -> Path:
    """Write the Hugo project of ``root``'s dossier beside it (untimed: Hugo's input)."""
    project = root.parent / "hugo"
    code = (
        "from pathlib import Path; from benchmarks import hugo_site; "
        f"hugo_site.write_project(Path({str(root)!r}), Path({str(project)!r}))"
    )
    run_measured(python_child(code))
    return project


def hugo_build(project: Path) -> tuple[float, int]:
    """``hugo`` into ``project/public`` (removed first), with every core it wants."""
    shutil.rmtree(project / "public", ignore_errors=True)
    command = [str(hugo_site.binary()), "--source", str(project), "--destination", str(project / "public")]
    seconds, rss, _ = run_measured([*command, "--quiet"])
    return seconds, rss


# --- Site measurements ----------------------------------------------------------


def pagefind_usage(site: Path) -> dict[str, int]:
    """Both languages' bundles (site/pagefind/, site/en/pagefind/) added up."""
    usages = [disk_usage(folder) for folder in sorted(site.glob("**/pagefind")) if folder.is_dir()]
    return {key: sum(u[key] for u in usages) for key in ("files", "bytes", "disk_bytes")}


def disk_usage(folder: Path) -> dict[str, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return {
        "files": len(files),
        "bytes": sum(p.stat().st_size for p in files),
        "disk_bytes": sum(p.stat().st_blocks * 512 for p in files),
    }


def count_pages(site: Path) -> int:
    return sum(1 for p in site.rglob("index.html"))


def largest_page(site: Path) -> dict[str, Any]:
    """The heaviest HTML page (decoded), the one the longest list makes: no page
    should pass 300 KB at 10,000 articles (the issue's budget; lists are cut by year)."""
    size, path = max((p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html"))
    return {"path": path, "bytes": size}


def html_and_index(site: Path) -> dict[str, int]:
    """What the issue compares across generators: the HTML pages, and the search index."""
    pages = [p.stat().st_size for p in site.rglob("*.html")]
    index = pagefind_usage(site)["bytes"]
    return {"html_files": len(pages), "html_bytes": sum(pages), "index_bytes": index}


def material_search_index(root: Path, epoch: int) -> dict[str, int]:
    """Build once more with Material's ``search`` plugin and weigh its search_index.json files."""
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    if "\nplugins:\n" not in config:
        raise RuntimeError("mkdocs.yml has no 'plugins:' block to add search to")
    (root / "mkdocs-search.yml").write_text(
        config.replace("\nplugins:\n", "\nplugins:\n  - search\n", 1), encoding="utf-8"
    )
    out = root / "site-material-search"
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": "0"}
    command = [sys.executable, "-m", "mkdocs", "build", "-f", "mkdocs-search.yml", "--quiet", "-d", str(out)]
    started = time.perf_counter()
    subprocess.run(command, cwd=root, env=env, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    indexes = sorted(out.rglob("search_index.json"))
    raw = sum(p.stat().st_size for p in indexes)
    gz = sum(len(gzip.compress(p.read_bytes(), 6)) for p in indexes)
    shutil.rmtree(out)
    (root / "mkdocs-search.yml").unlink()
    return {"files": len(indexes), "bytes": raw, "gzip_bytes": gz, "build_seconds": round(seconds, 2)}


def wire_bytes(body: bytes, content_type: str) -> int:
    """What the response weighs on the wire from GitHub Pages, which gzips text
    (HTML, JS, CSS, JSON); Pagefind's index files are gzip already and sent as they are."""
    text = any(kind in content_type for kind in ("javascript", "json", "html", "css", "text/"))
    if text and not body.startswith(b"\x1f\x8b"):
        return len(gzip.compress(body, compresslevel=6))
    return len(body)


def first_query_bytes(site: Path, query: str = QUERY) -> dict[str, Any]:
    """Open the search page in Chromium, type one query into the real search box and
    wait for the results: what the reader's browser fetched from the Pagefind bundle,
    decoded and on the wire, split into page load and query."""
    from playwright.sync_api import sync_playwright

    from tests.conftest import serve_directory

    served = serve_directory(site)
    base = next(served)
    responses: list[Any] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.on("response", lambda response: responses.append(response))
            page.goto(base + "search/", wait_until="networkidle")
            loaded = len(responses)
            page.fill(".daftar-search__input", query)
            page.locator(".daftar-search__link").first.wait_for(timeout=60_000)
            page.wait_for_load_state("networkidle")
            results = page.evaluate("document.querySelector('.daftar-search__status').textContent")
            sizes = [
                (
                    i >= loaded,
                    r.url,
                    len(body := r.body()),
                    wire_bytes(body, r.headers.get("content-type", "")),
                )
                for i, r in enumerate(responses)
            ]
            browser.close()
    finally:
        served.close()
    pagefind = [row for row in sizes if "/pagefind/" in row[1]]
    return {
        "query": query,
        "results": results,
        "requests": len(pagefind),
        "bytes": sum(row[2] for row in pagefind),
        "wire_bytes": sum(row[3] for row in pagefind),
        "wire_page_load": sum(row[3] for row in pagefind if not row[0]),
        "wire_query": sum(row[3] for row in pagefind if row[0]),
        "bytes_page_load": sum(row[2] for row in pagefind if not row[0]),
        "bytes_query": sum(row[2] for row in pagefind if row[0]),
        "all_bytes": sum(row[2] for row in sizes),
    }


# --- One size ------------------------------------------------------------------


def touch_one_article(root: Path, offset: int = 0) -> str:
    """Edit one article's text (a sentence naming nobody), as a contributor fixing a typo would."""
    paths = sorted((root / "content" / "articles").glob("*.ar.md"))
    path = paths[(len(paths) // 2 + offset) % len(paths)]
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(text + " وتستمر المشاورات.\n", encoding="utf-8")
    return path.name


def hugo_run(project: Path | None) -> tuple[dict[str, float], dict[str, int]]:
    """One Hugo build and Pagefind over it: (times, peak RSS), both empty without a project."""
    if project is None:
        return {}, {}
    hugo_seconds, hugo_rss = hugo_build(project)
    pf_seconds, pf_rss = pagefind_build(project / "public")
    return {"hugo": hugo_seconds, "hugo_pagefind": pf_seconds}, {"hugo": hugo_rss, "hugo_pagefind": pf_rss}


def bench_size(n: int, runs: int, out: Path, args: argparse.Namespace, audit: bool = False) -> dict[str, Any]:
    work = out / f"n{n}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    started = time.perf_counter()
    root = synthetic.make_scratch_repo(work)
    synthetic.write_articles(root, n, seed=args.seed)
    corpus_seconds = time.perf_counter() - started
    project = None if args.no_hugo else hugo_project(root)
    samples: list[dict[str, Any]] = []
    for _ in range(runs):
        shutil.rmtree(root / "docs", ignore_errors=True)
        shutil.rmtree(root / "site", ignore_errors=True)
        result, gen_rss = generator(root, "generate")
        mk_seconds, mk_rss = mkdocs_build(root, root / "site", result["epoch"])
        pf_seconds, pf_rss = pagefind_build(root / "site")
        hugo_times, hugo_rss = hugo_run(project)
        times = {**result["times"], "mkdocs": mk_seconds, "pagefind": pf_seconds, **hugo_times}
        rss = {"generator": gen_rss, "mkdocs": mk_rss, "pagefind": pf_rss}
        samples.append(
            {
                "times": times,
                "rss": rss,
                "hugo_rss": hugo_rss,
                "extract_first": result["extract_first_seconds"],
                "extract_per_core": result["extract_per_core_per_second"],
            }
        )
        log(f"  N={n}: run {len(samples)}/{runs}: " + ", ".join(f"{k} {v:.2f}s" for k, v in times.items()))
    times = {k: statistics.median(s["times"][k] for s in samples) for k in samples[0]["times"]}
    first = statistics.median(s["extract_first"] for s in samples)
    per_core = [s["extract_per_core"] for s in samples if s["extract_per_core"]]
    steady = statistics.median(per_core) if per_core else None
    rss = {k: statistics.median(s["rss"][k] for s in samples) for k in samples[0]["rss"]}
    generator_seconds = sum(times[k] for k in GENERATOR_STAGES)
    full_seconds = generator_seconds + sum(times[k] for k in SITE_STAGES)
    unchanged_run, _ = generator(root, "regenerate")
    changed = touch_one_article(root)
    incremental, _ = generator(root, "regenerate")
    served, _ = generator(root, "serve")
    site = root / "site"
    if project is not None:
        reference = {k: times[k] for k in HUGO_STAGES}
        reference["peak_rss"] = {k: statistics.median(s["hugo_rss"][k] for s in samples) for k in HUGO_STAGES}
        reference["ratio"] = full_seconds / (times["hugo"] + times["hugo_pagefind"])
        reference["ratio_hugo_alone"] = full_seconds / times["hugo"]
        reference["size"] = html_and_index(project / "public")
    report: dict[str, Any] = {
        "articles": result["articles"],
        "runs": runs,
        "corpus_seconds": round(corpus_seconds, 2),
        "times": times,
        "per_article_ms": {k: 1000 * v / n for k, v in times.items()},
        "articles_per_second": {k: n / v if v else None for k, v in times.items()},
        "extract_first_seconds": first,
        "extract_steady_per_second": steady,
        "generator_seconds": generator_seconds,
        "full_build_seconds": full_seconds,
        "generator_share": generator_seconds / full_seconds,
        "peak_rss": rss,
        "docs_files": result["pages"],
        "html_pages": count_pages(site),
        "largest_page": largest_page(site),
        "site": disk_usage(site),
        "pagefind_index": pagefind_usage(site),
        "incremental": {
            "changed_article": changed,
            "seconds": incremental["seconds"],
            "written": incremental["written"],
            "unchanged": incremental["unchanged"],
            "removed": incremental["removed"],
            "no_change_written": len(unchanged_run["written"]),
            "no_change_seconds": unchanged_run["seconds"],
        },
        "serve": served,
        "size": html_and_index(site),
    }
    if project is not None:
        report["hugo"] = reference
    if not args.no_browser:
        report["first_query"] = first_query_bytes(site)
    if audit:
        log(f"  N={n:,}: Lighthouse on every page type")
        report["lighthouse"] = [r.as_json() for r in lighthouse.audit_site(site)]
    if n <= args.material_max:
        report["material_search"] = {"method": "built", **material_search_index(root, result["epoch"])}
    if n <= args.serve_max:
        shutil.rmtree(root / "docs")  # a first ``make serve``: nothing generated yet
        report["serve_first_build"] = serve_latency.first_build(root, work / "serve.log")
    return report


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- Output ------------------------------------------------------------------------


def extrapolate_material(results: dict[int, dict[str, Any]]) -> None:
    """Sizes above --material-max get Material's index scaled by article count from the largest built one."""
    built = [n for n, r in results.items() if r.get("material_search", {}).get("method") == "built"]
    if not built:
        return
    base = max(built)
    for n, report in results.items():
        if "material_search" not in report:
            measured = results[base]["material_search"]
            factor = n / base
            report["material_search"] = {
                "method": f"extrapolated ×{factor:g} from N={base}",
                "bytes": int(measured["bytes"] * factor),
                "gzip_bytes": int(measured["gzip_bytes"] * factor),
            }


def size_cell(size: dict[str, int]) -> str:
    """HTML + index = total MB; the average HTML page in KB."""
    html, index = size["html_bytes"], size["index_bytes"]
    average = html / size["html_files"] / 1024
    return f"{html / MB:.1f} + {index / MB:.1f} = {(html + index) / MB:.1f} ({average:.1f} KB/page)"


def table(results: dict[int, dict[str, Any]]) -> str:
    sizes = sorted(results)
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, fn: Any) -> None:
        cells = []
        for n in sizes:
            try:
                cells.append(fn(results[n]))
            except (KeyError, TypeError):
                cells.append("–")
        rows.append((label, cells))

    row("runs (median of)", lambda r: str(r["runs"]))
    for stage in (*GENERATOR_STAGES, *SITE_STAGES):
        row(
            f"{stage} s · art/s · ms/art",
            lambda r, s=stage: (
                f"{r['times'][s]:.2f} · {r['articles_per_second'][s]:,.0f} · {r['per_article_ms'][s]:.2f}"
            ),
        )
    row(
        "extract: 1st article ms · art/s per core",
        lambda r: f"{1000 * r['extract_first_seconds']:.0f} · {r['extract_steady_per_second']:,.0f}",
    )
    row("generator (read→write) s", lambda r: f"{r['generator_seconds']:.2f}")
    row("full build s", lambda r: f"{r['full_build_seconds']:.1f}")
    row("generator share of build", lambda r: f"{100 * r['generator_share']:.1f} %")
    row("full build ms/article", lambda r: f"{1000 * r['full_build_seconds'] / r['articles']:.1f}")
    row("peak RSS generator MB", lambda r: f"{r['peak_rss']['generator'] / MB:.0f}")
    row("peak RSS mkdocs MB", lambda r: f"{r['peak_rss']['mkdocs'] / MB:.0f}")
    row("peak RSS pagefind MB", lambda r: f"{r['peak_rss']['pagefind'] / MB:.0f}")
    row("docs files / HTML pages", lambda r: f"{r['docs_files']:,} / {r['html_pages']:,}")
    row("site/ MB (files)", lambda r: f"{r['site']['bytes'] / MB:.1f} ({r['site']['files']:,})")
    row(
        "largest HTML page KB",
        lambda r: f"{r['largest_page']['bytes'] / 1024:,.0f} ({r['largest_page']['path']})",
    )
    row(
        "pagefind/ MB (files)",
        lambda r: f"{r['pagefind_index']['bytes'] / MB:.1f} ({r['pagefind_index']['files']:,})",
    )
    row(
        "first query KB on the wire (reqs)",
        lambda r: f"{r['first_query']['wire_bytes'] / 1024:.0f} ({r['first_query']['requests']})",
    )
    row(
        "  of which page load / query",
        lambda r: (
            f"{r['first_query']['wire_page_load'] / 1024:.0f} / {r['first_query']['wire_query'] / 1024:.0f}"
        ),
    )
    row("  decoded KB (no gzip)", lambda r: f"{r['first_query']['bytes'] / 1024:.0f}")
    row("  results for query", lambda r: str(r["first_query"]["results"]))
    row("HTML+index MB Daftar", lambda r: size_cell(r["size"]))
    row("HTML+index MB Hugo", lambda r: size_cell(r["hugo"]["size"]))
    row("Hugo s", lambda r: f"{r['hugo']['hugo']:.2f}")
    row("Pagefind over Hugo s", lambda r: f"{r['hugo']['hugo_pagefind']:.2f}")
    row("Daftar ÷ (Hugo + Pagefind)", lambda r: f"{r['hugo']['ratio']:.1f}×")
    row("Daftar ÷ Hugo", lambda r: f"{r['hugo']['ratio_hugo_alone']:.1f}×")
    row(
        "peak RSS Hugo · its Pagefind MB",
        lambda r: " · ".join(f"{r['hugo']['peak_rss'][k] / MB:.0f}" for k in HUGO_STAGES),
    )
    row("make serve first build s", lambda r: f"{r['serve_first_build']:.1f}")
    row(
        "Material index MB (gzip)",
        lambda r: f"{r['material_search']['bytes'] / MB:.1f} ({r['material_search']['gzip_bytes'] / MB:.1f})",
    )
    row("  how", lambda r: r["material_search"]["method"])
    row(
        "incremental: written/unchanged",
        lambda r: f"{len(r['incremental']['written'])} / {r['incremental']['unchanged']:,}",
    )
    row("incremental s", lambda r: f"{r['incremental']['seconds']:.2f}")
    row(
        "serve regen: edited pages · all s",
        lambda r: f"{r['serve']['first_seconds']:.2f} · {r['serve']['seconds']:.2f}",
    )
    row(
        "no-change regen: written, s",
        lambda r: f"{r['incremental']['no_change_written']}, {r['incremental']['no_change_seconds']:.2f}",
    )
    header = ["", *(f"N={n:,}" for n in sizes)]
    widths = [max(len(header[0]), *(len(label) for label, _ in rows))]
    for i in range(len(sizes)):
        widths.append(max(len(header[i + 1]), *(len(cells[i]) for _, cells in rows)))
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    for label, cells in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip([label, *cells], widths, strict=True)))
    return "\n".join(lines)


def verdicts(results: dict[int, dict[str, Any]]) -> list[str]:
    lines = []
    for n, r in sorted(results.items()):
        inc = r["incremental"]
        lines.append(
            f"N={n:,}: one article changed → {len(inc['written'])} docs files rewritten, "
            f"{inc['unchanged']:,} unchanged: {', '.join(inc['written'][:8])}{' …' if len(inc['written']) > 8 else ''}"
        )
    if 1000 in results and 10000 in results:
        a, b = results[1000], results[10000]
        for key in (*GENERATOR_STAGES, *SITE_STAGES):
            ratio = b["per_article_ms"][key] / a["per_article_ms"][key]
            flag = "ok" if ratio <= 1.3 else "NOT FLAT"
            lines.append(f"per-article {key} at 10,000 / at 1,000: {ratio:.2f}× ({flag}, target ≤ 1.3×)")
        ratio = b["full_build_seconds"] / 10000 / (a["full_build_seconds"] / 1000)
        lines.append(f"per-article full build at 10,000 / at 1,000: {ratio:.2f}× (target ≤ 1.3×)")
    return lines


def lighthouse_section(results: dict[int, dict[str, Any]], work: Path) -> list[dict[str, Any]]:
    """Lighthouse on the seed site (content/, what readers get today), printed beside
    the largest size's figures that ``bench_size`` measured; the seed's for bench.json."""
    log("seed site: Lighthouse on every page type")
    seed = lighthouse.audit_site(lighthouse.build_seed_site(work))
    sites = {"seed": seed}
    for n, report in results.items():
        if "lighthouse" in report:
            sites[f"N={n:,}"] = [lighthouse.Result.from_json(r) for r in report["lighthouse"]]
    print()
    print("\n".join(lighthouse.report_lines(sites)))
    return [r.as_json() for r in seed]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated article counts")
    parser.add_argument("--runs", type=int, help="runs per size (default 3; figures are medians)")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench-out", help="where bench.json and corpora go"
    )
    parser.add_argument("--seed", type=int, default=synthetic.SEED)
    parser.add_argument("--no-browser", action="store_true", help="skip the first-query measurement")
    parser.add_argument(
        "--material-max", type=int, default=1000, help="build with Material's search only up to this N"
    )
    parser.add_argument("--no-hugo", action="store_true", help="skip the Hugo + Pagefind reference")
    parser.add_argument(
        "--serve-max", type=int, default=1000, help="time make serve's first build only up to this N"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora and sites")
    parser.add_argument(
        "--lighthouse",
        action="store_true",
        help="Lighthouse on every page type of the seed site and of the largest size's site",
    )
    parser.add_argument("--worker", nargs=2, metavar=("MODE", "ROOT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        mode, root = args.worker
        work = {"generate": worker_generate, "regenerate": worker_regenerate, "serve": worker_serve}[mode]
        print(json.dumps(work(Path(root))))
        return 0
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    work_dir = args.out / "work"
    if args.lighthouse and (problem := lighthouse.check_installed()):
        parser.error(problem)
    results: dict[int, dict[str, Any]] = {}
    for n in sizes:
        runs = args.runs or 3
        log(f"N={n:,}: {runs} run(s)")
        audit = args.lighthouse and n == max(sizes)
        results[n] = bench_size(n, runs, work_dir, args, audit)
        if not args.keep:
            shutil.rmtree(work_dir / f"n{n}", ignore_errors=True)
    extrapolate_material(results)
    print(table(results))
    print()
    print("Medians over the runs shown (3 per size unless --runs / RUNS= says otherwise).")
    print(
        "Peak RSS: each stage runs in its own child process; the larger of wait4(2) and the sum over its process tree sampled every 0.1 s."
    )
    print("\n".join(verdicts(results)))
    print("\nTargets (issue 18, then issue 8):")
    print("\n".join(targets.verdicts(results)))
    args.out.mkdir(parents=True, exist_ok=True)
    meta = {"python": sys.version.split()[0], "cpus": os.cpu_count(), "seed": args.seed, "query": QUERY}
    out: dict[str, Any] = {"meta": meta, "sizes": {str(n): r for n, r in results.items()}}
    if args.lighthouse:
        out["lighthouse_seed"] = lighthouse_section(results, work_dir / "seed")
    (args.out / "bench.json").write_text(
        json.dumps(out, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    if not args.keep:
        shutil.rmtree(work_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
