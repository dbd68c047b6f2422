"""``serve``: regenerate docs/ when content/ changes; MkDocs live-reloads the browser.

The watcher looks only at content/ and writes only docs/, and MkDocs watches
only docs/, so there is no rebuild loop.
"""

from __future__ import annotations

import logging
import sys
import threading
import time

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from . import mkdocs_site, pipeline
from .errors import ContentError, Problems
from .settings import Settings

log = logging.getLogger(__name__)
DEBOUNCE_SECONDS = 0.3


class _Regenerate(FileSystemEventHandler):
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.timer: threading.Timer | None = None
        self.lock = threading.Lock()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        with self.lock:
            if self.timer is not None:
                self.timer.cancel()
            self.timer = threading.Timer(DEBOUNCE_SECONDS, regenerate, (self.settings,))
            self.timer.start()


def regenerate(settings: Settings) -> bool:
    """Regenerate docs/; on bad content print the problems and keep the old pages."""
    started = time.perf_counter()
    try:
        report = pipeline.generate(settings, Problems())
    except ContentError as exc:
        print(str(exc), file=sys.stderr)
        return False
    print(
        f"regenerated: {len(report.docs.written)} page(s) changed in {time.perf_counter() - started:.2f} s",
        file=sys.stderr,
    )
    return True


def serve(settings: Settings, addr: str) -> int:
    regenerate(settings)
    observer = Observer()
    observer.schedule(_Regenerate(settings), str(settings.content_dir), recursive=True)
    observer.start()
    process = mkdocs_site.serve_process(settings.root, addr)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        return 0
    finally:
        observer.stop()
        observer.join()
