"""Both cores for rendering, the heaviest pure stage.

Work is handed to forked children as index ranges into a list the parent built
before forking (``_SHARED``): the children inherit the Dossier and the page jobs
through ``fork``'s copy-on-write memory, so nothing big is pickled on the way
out, and only Pages (mostly one string each) come back. Results are put back in
the order of the list, so the output does not depend on which child finished
first. Small inputs, one CPU, or a platform without ``fork`` render in this
process: there, starting children costs more than it saves.

``incremental`` splits extraction the same way (``map_ranges``): its results are
tens of thousands of small frozen dataclasses, whose unpickling once ate the gain,
but extraction now costs several milliseconds an article (docs/architecture.md,
"Both cores").
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .pages import Page
from .site_pages import PageJob

T = TypeVar("T")
# Below this, forking children and pickling pages back costs more than the
# second core saves (measured: see docs/architecture.md, "Both cores").
MIN_RENDER_JOBS = 500
# Ranges per child: several, so a child that drew cheap pages takes more.
CHUNKS_PER_WORKER = 8
# Every child's results are unpickled by this one process; past a few children it is the bottleneck.
MAX_WORKERS = 8
# ``background`` children yield the CPU to MkDocs rebuilding the pages serve wrote first.
BACKGROUND_NICENESS = 15

_SHARED: tuple[Callable[[Any, int, int], list[Any]], Any] | None = None


def available_cpus() -> int:
    """CPUs this process may run on (a container or ``taskset`` may allow fewer than exist)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def workers_for(count: int, minimum: int, workers: int | None = None) -> int:
    """How many processes ``count`` items deserve: 1 (this process) unless it pays."""
    if workers is not None:
        return max(1, workers)
    if count < minimum or not _can_fork():
        return 1
    return min(available_cpus(), MAX_WORKERS)


def _ranges(count: int, workers: int) -> list[tuple[int, int]]:
    size = max(1, -(-count // (workers * CHUNKS_PER_WORKER)))
    return [(start, min(start + size, count)) for start in range(0, count, size)]


def _child_signals() -> None:
    """Children leave signals to the parent: ``serve`` turns SIGTERM into Ctrl-C, and the
    pool ends its children with SIGTERM, which must end them quietly."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _background_child() -> None:
    _child_signals()
    os.nice(BACKGROUND_NICENESS)


def _run_range(bounds: tuple[int, int]) -> list[Any]:
    assert _SHARED is not None, "set before the pool forks"
    function, shared = _SHARED
    return function(shared, *bounds)


def map_ranges(
    function: Callable[[Any, int, int], list[T]],
    shared: Any,
    count: int,
    workers: int,
    *,
    background: bool = False,
) -> list[T]:
    """``function(shared, start, stop)`` over ``range(count)`` in ``workers`` forked
    processes, concatenated in index order; in this process when ``workers`` is 1."""
    if workers <= 1 or count == 0:
        return function(shared, 0, count)
    global _SHARED
    _SHARED = (function, shared)
    initializer = _background_child if background else _child_signals
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=initializer) as pool:
            parts = pool.map(_run_range, _ranges(count, workers), chunksize=1)
    finally:
        _SHARED = None
    return [item for part in parts for item in part]


def _render_range(jobs: Sequence[PageJob], start: int, stop: int) -> list[Page]:
    return [jobs[i].render() for i in range(start, stop)]


def render_jobs(
    jobs: Sequence[PageJob], workers: int | None = None, *, background: bool = False
) -> list[Page]:
    """Render every job, in the jobs' order, on as many cores as pays; ``background``
    lowers the children's CPU priority (they still use a core nobody else wants)."""
    count = workers_for(len(jobs), MIN_RENDER_JOBS, workers)
    return map_ranges(_render_range, jobs, len(jobs), count, background=background)
