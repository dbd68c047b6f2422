"""Shared fixtures: a scratch copy of the repository, the real built site, a browser."""

from __future__ import annotations

import functools
import gzip
import http
import http.server
import io
import shutil
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.chromium import CHROMIUM, CHROMIUM_ARGS

REPO = Path(__file__).resolve().parent.parent
SCENARIOS = Path(__file__).resolve().parent / "scenarios"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite golden files; read the diff before committing"
    )


def make_repo(tmp: Path, content: Path | None = None) -> Path:
    """A throw-away copy of what a build reads, so tests never touch the real docs/ or site/."""
    root = tmp / "repo"
    root.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "site_overrides", root / "site_overrides")
    (root / "build_scripts" / "site").mkdir(parents=True)
    shutil.copy(
        REPO / "build_scripts" / "site" / "mkdocs_hooks.py",
        root / "build_scripts" / "site" / "mkdocs_hooks.py",
    )
    shutil.copytree(content or REPO / "content", root / "content")
    return root


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed content built once, for real: generate → MkDocs → Pagefind."""
    from build_scripts import pipeline
    from build_scripts.errors import Problems
    from build_scripts.settings import Settings

    root = make_repo(tmp_path_factory.mktemp("built"))
    settings = Settings.from_root(root, strict=True)
    report = pipeline.generate(settings, Problems())
    pipeline.build_site(settings, report)
    return root


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    not_found_page: Path | None = None  # served, with status 404, for a missing path

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """As GitHub Pages does: any missing path gets the site's 404.html (http.server
        alone answers with its own error page)."""
        page = self.not_found_page
        if code != http.HTTPStatus.NOT_FOUND or page is None or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class _GzipHandler(_QuietHandler):
    """Text gzipped when the browser accepts it, as GitHub Pages sends it: a timing
    (Lighthouse's performance) must see the bytes a reader downloads."""

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        kind = self.guess_type(str(path))
        text = kind.startswith("text/") or kind in (
            "application/javascript",
            "application/json",
            "image/svg+xml",
        )
        if not (path.is_file() and text and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()  # redirects, misses, binary files: as http.server does
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(http.HTTPStatus.OK)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A browser that moves on drops requests it no longer needs (a search
        fragment, a prefetch): not the site's error, so not printed in the test log."""
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


def serve_directory(
    directory: Path, prefix: str = "", *, pages_404: bool = False, compress: bool = False
) -> Iterator[str]:
    """Serve ``directory`` on a free loopback port; ``prefix`` mimics a Pages sub-path,
    ``pages_404`` answers missing paths with ``directory/404.html`` as Pages does,
    and ``compress`` gzips text as Pages does."""
    root = directory
    if prefix:
        root = directory.parent / f"served-{prefix.strip('/')}"
        (root / prefix.strip("/")).parent.mkdir(parents=True, exist_ok=True)
        if not (root / prefix.strip("/")).exists():
            (root / prefix.strip("/")).symlink_to(directory)
    base = _GzipHandler if compress else _QuietHandler
    handler_class = type(
        "Handler", (base,), {"not_found_page": directory / "404.html" if pages_404 else None}
    )
    handler = functools.partial(handler_class, directory=str(root))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = _Server(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}{prefix.rstrip('/')}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    yield from serve_directory(built_site / "site")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    import playwright.sync_api as playwright_api  # a dev requirement: fail loudly, never skip

    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: run `make test` (it installs Debian's chromium) or apt-get install chromium"
        )
    with playwright_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.js_errors = errors  # type: ignore[attr-defined]
    yield page
    context.close()
