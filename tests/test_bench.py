"""The benchmark's corpus generator and script: deterministic, valid, runnable (no timing asserted)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from benchmarks import synthetic, targets
from build_scripts import pipeline
from build_scripts.errors import Problems
from build_scripts.settings import Settings

REPO = Path(__file__).resolve().parent.parent


def _files(root: Path) -> dict[str, bytes]:
    folder = root / "content" / "articles"
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    first = synthetic.make_scratch_repo(tmp_path / "a")
    second = synthetic.make_scratch_repo(tmp_path / "b")
    synthetic.write_articles(first, 8, seed=3)
    synthetic.write_articles(second, 8, seed=3)
    assert _files(first) == _files(second)
    assert len(_files(first)) == 8
    other = synthetic.make_scratch_repo(tmp_path / "c")
    synthetic.write_articles(other, 8, seed=4)
    assert _files(other) != _files(first)


def test_corpus_is_valid_strict_content(tmp_path: Path) -> None:
    root = synthetic.make_scratch_repo(tmp_path)
    synthetic.write_articles(root, 10)
    problems = Problems()
    content = pipeline.read_content(Settings.from_root(root, strict=True), problems)
    assert [str(p) for p in problems.errors + problems.warnings] == []
    problems.raise_if_errors(strict=True)
    assert len(content.articles) == 10
    assert all(a.slug.isascii() for a in content.articles)
    years = {a.date.year for a in content.articles}
    assert years <= set(range(2019, 2027))
    bodies = "\n".join(a.body for a in content.articles)
    assert "\n## " in bodies and ': "' in bodies  # headings and attributed quotes


def test_bench_script_prints_every_stage(tmp_path: Path) -> None:
    out = tmp_path / "bench-out"
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "bench.py"),
            "--sizes",
            "5",
            "--runs",
            "1",
            "--out",
            str(out),
            "--serve-max",
            "5",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,  # a loaded 2-core machine takes minutes
    )
    assert result.returncode == 0, result.stderr
    for stage in ("read", "extract", "aggregate", "render", "write", "mkdocs", "pagefind"):
        assert f"\n{stage} s" in result.stdout
    labels = (
        "first query KB",
        "incremental: written/unchanged",
        "serve regen",
        "generator share",
        "peak RSS mkdocs",
        "largest HTML page KB",
        "HTML+index MB Hugo",
        "Pagefind over Hugo s",
        "Daftar ÷ (Hugo + Pagefind)",
        "make serve first build s",
    )
    for label in labels:
        assert label in result.stdout
    verdicts = result.stdout.split("Targets")[1].strip().splitlines()[1:]
    assert len(verdicts) == len(targets.TARGETS)
    assert all(line.endswith((" — met", " — not met", "in this run)")) for line in verdicts), verdicts
    report = json.loads((out / "bench.json").read_text(encoding="utf-8"))["sizes"]["5"]
    assert report["articles"] == 5
    assert report["incremental"]["no_change_written"] == 0
    largest = report["largest_page"]  # five articles: the home page, with its map, or the search page
    assert largest["path"].endswith(".html") and 10_000 < largest["bytes"] < 300 * 1024
    assert report["serve"]["written_first"]  # the edited article's pages went first
    assert report["hugo"]["size"]["html_files"] > 2 * 5  # each article in both languages, and the terms
    assert report["hugo"]["size"]["index_bytes"] > 0  # Pagefind indexed Hugo's pages
    assert report["serve_first_build"] > 0
    assert not (out / "work").exists()


def test_peak_memory_counts_processes_running_at_once() -> None:
    """MkDocs shares and render workers run side by side: the benchmark's memory figure
    is the sum over the process tree, not the largest single process."""
    import time

    from benchmarks.bench import process_parents, process_rss, tree_rss

    children: list[int] = []
    parent = subprocess.Popen([sys.executable, "-c", "import subprocess; subprocess.run(['sleep', '60'])"])
    try:
        for _ in range(100):
            children = [pid for pid, ppid in process_parents().items() if ppid == parent.pid]
            if children:
                break
            time.sleep(0.05)
        assert len(children) == 1
        alone = process_rss(parent.pid)
        expected = alone + process_rss(children[0])
        assert process_rss(children[0]) > 0
        assert abs(tree_rss(parent.pid) - expected) < 0.05 * expected
    finally:
        for pid in children:  # the parent reaps its child and exits
            os.kill(pid, signal.SIGKILL)
        try:
            parent.wait(timeout=10)
        except subprocess.TimeoutExpired:
            parent.kill()
            parent.wait()
