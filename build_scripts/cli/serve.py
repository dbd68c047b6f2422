"""``serve``: regenerate docs/ when content/ changes; MkDocs live-reloads the browser.

The watcher looks only at content/ and writes only docs/, and MkDocs watches
only docs/, so there is no rebuild loop. One thread regenerates, so two
regenerations never write docs/ at once; changes that arrive meanwhile cause
one more. It keeps an ``incremental.Memory`` between regenerations: an edited
article is read and extracted again, nothing else is, and its pages are written
before the rest of the site is rendered.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time

from watchdog.events import (
    EVENT_TYPE_CLOSED_NO_WRITE,
    EVENT_TYPE_OPENED,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer

from .. import pipeline
from ..errors import ContentError, Problems
from ..incremental import Memory
from ..settings import Settings
from ..site import mkdocs_site

log = logging.getLogger(__name__)
# An editor's save is a burst of events (temporary file, rename); wait for it to end.
# MkDocs waits 0.1 s too before it rebuilds.
QUIET_SECONDS = 0.1
POLL_SECONDS = 0.5  # how often the regeneration thread checks whether to stop
STOP_SECONDS = 10


# inotify also reports files being opened and closed unwritten, which every
# regeneration does to the files it reads: reacting to those would regenerate forever.
NOT_A_CHANGE = frozenset({EVENT_TYPE_OPENED, EVENT_TYPE_CLOSED_NO_WRITE})


class _Changes(FileSystemEventHandler):
    """Flags that content/ changed; the regeneration thread does the work."""

    def __init__(self, flag: threading.Event) -> None:
        self.flag = flag

    def on_any_event(self, event: FileSystemEvent) -> None:
        if not event.is_directory and event.event_type not in NOT_A_CHANGE:
            self.flag.set()


def regenerate(settings: Settings, memory: Memory | None = None) -> bool:
    """Regenerate docs/; on bad content print the problems and keep the old pages."""
    started = time.perf_counter()
    try:
        report = pipeline.generate(settings, Problems(), memory)
    except ContentError as exc:
        print(str(exc), file=sys.stderr)
        return False
    changed = len(set(report.docs.written) | set(report.written_first))
    print(f"regenerated: {changed} page(s) changed in {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return True


def regenerate_on_change(
    settings: Settings, memory: Memory, flag: threading.Event, stop: threading.Event
) -> None:
    """Regenerate after each quiet burst of changes until ``stop`` is set."""
    while not stop.is_set():
        if not flag.wait(POLL_SECONDS):
            continue
        flag.clear()
        while flag.wait(QUIET_SECONDS):  # still saving
            flag.clear()
        try:
            regenerate(settings, memory)
        except Exception:  # a bug must not stop the preview; the next save tries again
            log.exception("regeneration failed")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve(settings: Settings, addr: str) -> int:
    memory = Memory()
    regenerate(settings, memory)
    flag, stop = threading.Event(), threading.Event()
    worker = threading.Thread(
        target=regenerate_on_change, args=(settings, memory, flag, stop), name="regenerate", daemon=True
    )
    worker.start()
    observer = Observer()
    observer.schedule(_Changes(flag), str(settings.content_dir), recursive=True)
    observer.start()
    process = mkdocs_site.serve_process(settings.root, addr)
    signal.signal(signal.SIGTERM, _interrupt)  # stopped by a script: stop MkDocs too
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        process.wait(timeout=STOP_SECONDS)
        return 0
    finally:
        stop.set()
        observer.stop()
        observer.join()
        worker.join(timeout=30)
