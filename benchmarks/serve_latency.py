"""What a user of ``make serve`` waits for: from saving an edited article to the
preview serving the change.

    python benchmarks/serve_latency.py [--n 1000] [--runs 3] [--repo PATH] [--keep]

It writes a synthetic dossier of N articles (benchmarks/synthetic.py) unless
``--repo`` names one, starts ``python -m build_scripts serve`` on a free loopback
port, waits until the preview serves, then, per run, appends a sentence with a
unique word to one article and times:

- ours: until ``docs/`` holds the article's page with the word (the generator);
- MkDocs: from then until the served page shows it (``mkdocs serve --dirty``);
- all pages: until the generator's whole regeneration ended (its log line), and
  until MkDocs finished the last rebuild it caused (``Reloading browsers``).

Then it edits the generated ``docs/`` page itself, to time MkDocs alone. Medians
are printed; the server is stopped with Ctrl-C's signal. Loopback only; every
wait is bounded.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import synthetic  # noqa: E402

START_TIMEOUT = 900.0  # the first build of 10,000 articles takes minutes
CHANGE_TIMEOUT = 120.0
POLL = 0.05
SETTLE = 1.5  # MkDocs has been idle this long: its rebuilds are over
PR_SET_PDEATHSIG = 1  # prctl(2)
REGENERATED = re.compile(r"regenerated: (\d+) page\(s\) changed in ([\d.]+) s")


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    log: Path
    base: str

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError):
        return None


def die_with_parent() -> None:
    """In the server, before it runs: SIGTERM it when the script that started it dies
    (Linux). Killing the script (a test's timeout) would otherwise leave the server,
    in a session of its own, running; on SIGTERM it stops its MkDocs too."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def start(repo: Path, log: Path) -> Server:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "build_scripts",
        "--root",
        str(repo),
        "serve",
        "--addr",
        f"127.0.0.1:{port}",
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=die_with_parent,
        )
    return Server(process=process, log=log, base=f"http://127.0.0.1:{port}/")


def wait_until(condition, timeout: float, what: str, server: Server) -> float:
    """Poll ``condition`` until true; the time it became true (time.perf_counter)."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if condition():
            return time.perf_counter()
        if server.process.poll() is not None:
            raise RuntimeError(f"serve exited while waiting for {what}:\n{server.log_text()[-3000:]}")
        time.sleep(POLL)
    raise TimeoutError(f"no {what} after {timeout:.0f} s")


def stop(server: Server) -> None:
    """Ctrl-C for serve and its MkDocs (their own process group), then harder if need be."""
    for sig, grace in ((signal.SIGINT, 20), (signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        if server.process.poll() is not None:
            return
        os.killpg(server.process.pid, sig)
        try:
            server.process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            continue


def mkdocs_idle(server: Server, since: float) -> bool:
    """MkDocs finished every rebuild it started, and nothing new for SETTLE seconds."""
    text = server.log_text()
    done = text.count("Detected file changes") == text.count("Reloading browsers")
    return done and time.perf_counter() - since > SETTLE and time.time() - server.log.stat().st_mtime > SETTLE


def edit(path: Path, word: str) -> None:
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(f"{text} وتستمر المشاورات {word}.\n", encoding="utf-8")


def one_run(server: Server, repo: Path, article: Path, word: str) -> dict[str, float]:
    slug = article.name.removesuffix(".ar.md")
    page = repo / "docs" / "articles" / f"{slug}.ar.md"
    url = f"{server.base}articles/{slug}/"
    regenerations = len(REGENERATED.findall(server.log_text()))
    saved = time.perf_counter()
    edit(article, word)
    written = wait_until(
        lambda: word in page.read_text(encoding="utf-8"), CHANGE_TIMEOUT, "docs page", server
    )
    shown = wait_until(lambda: word in (fetch(url) or ""), CHANGE_TIMEOUT, "served change", server)
    wait_until(
        lambda: len(REGENERATED.findall(server.log_text())) > regenerations, CHANGE_TIMEOUT, "log", server
    )
    regenerated = REGENERATED.findall(server.log_text())[-1]
    idle = wait_until(lambda: mkdocs_idle(server, shown), CHANGE_TIMEOUT, "MkDocs idle", server)
    return {
        "total": shown - saved,
        "ours": written - saved,
        "mkdocs": shown - written,
        "regeneration": float(regenerated[1]),
        "pages_changed": int(regenerated[0]),
        "all_rebuilt": idle - SETTLE - saved,
    }


def mkdocs_only(server: Server, repo: Path, slug: str, word: str) -> float:
    """Edit the generated page itself: what MkDocs alone takes to show a change."""
    page = repo / "docs" / "articles" / f"{slug}.ar.md"
    url = f"{server.base}articles/{slug}/"
    text = page.read_text(encoding="utf-8").rstrip("\n")
    saved = time.perf_counter()
    page.write_text(f"{text}\n\n{word}\n", encoding="utf-8")
    shown = wait_until(lambda: word in (fetch(url) or ""), CHANGE_TIMEOUT, "served change", server)
    wait_until(lambda: mkdocs_idle(server, shown), CHANGE_TIMEOUT, "MkDocs idle", server)
    return shown - saved


def middle_article(repo: Path) -> Path:
    articles = sorted((repo / "content" / "articles").glob("*.ar.md"))
    return articles[len(articles) // 2]


def wait_ready(server: Server, repo: Path, started: float) -> float:
    """Wait until the preview serves an article page; seconds since ``started``: the first build."""
    first = middle_article(repo).name.removesuffix(".ar.md")
    ready = wait_until(
        lambda: fetch(f"{server.base}articles/{first}/") is not None, START_TIMEOUT, "preview", server
    )
    print(f"preview ready after {ready - started:.1f} s", file=sys.stderr)
    return ready - started


def first_build(repo: Path, log: Path) -> float:
    """Seconds from ``make serve`` to the preview serving pages (``make bench`` reports it)."""
    started = time.perf_counter()
    server = start(repo, log)
    try:
        return wait_ready(server, repo, started)
    finally:
        stop(server)


def measure(repo: Path, runs: int, log: Path) -> dict[str, list[float]]:
    articles = sorted((repo / "content" / "articles").glob("*.ar.md"))
    first = middle_article(repo).name.removesuffix(".ar.md")
    started = time.perf_counter()
    server = start(repo, log)
    results: dict[str, list[float]] = {}
    try:
        ready = started + wait_ready(server, repo, started)
        results["first_build"] = [ready - started]
        wait_until(lambda: mkdocs_idle(server, ready), CHANGE_TIMEOUT, "MkDocs idle", server)
        time.sleep(2.5)  # older than file_signature.RACY_SECONDS: what serve may trust
        for run in range(runs):
            article = articles[(len(articles) // 2 + 7 * run) % len(articles)]
            sample = one_run(server, repo, article, f"probe{run}x{os.getpid()}")
            for key, value in sample.items():
                results.setdefault(key, []).append(value)
            print("  ".join(f"{k} {v:.2f}" for k, v in sample.items()), file=sys.stderr)
        for run in range(runs):
            seconds = mkdocs_only(server, repo, first, f"direct{run}x{os.getpid()}")
            results.setdefault("mkdocs_alone", []).append(seconds)
            print(f"MkDocs alone {seconds:.2f}", file=sys.stderr)
    finally:
        stop(server)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles in the synthetic dossier")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--repo", type=Path, help="an existing repository to edit (its content/ is changed!)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch repository")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="daftar-serve-"))
    try:
        repo = args.repo
        if repo is None:
            repo = synthetic.make_scratch_repo(scratch)
            synthetic.write_articles(repo, args.n)
        results = measure(repo.resolve(), args.runs, scratch / "serve.log")
    finally:
        if args.keep:
            print(f"kept {scratch}", file=sys.stderr)
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    labels = {
        "first_build": "make serve → first page served (s)",
        "total": "save → page shows the change (s)",
        "ours": "  of which ours: save → docs/ page written",
        "mkdocs": "  of which MkDocs: docs/ page → served",
        "regeneration": "whole regeneration, all pages (s)",
        "all_rebuilt": "save → MkDocs done with every page (s)",
        "pages_changed": "docs files changed per edit",
        "mkdocs_alone": "MkDocs alone: docs/ edit → served (s)",
    }
    print(f"serve latency, {args.n if args.repo is None else 'given repo'}, median of {args.runs}:")
    for key, label in labels.items():
        values = results.get(key, [])
        if values:
            runs = ", ".join(f"{v:.2f}" for v in values)
            print(f"{label:<42} {statistics.median(values):6.2f}   ({runs})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
