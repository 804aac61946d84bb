"""Ordered parallel map over worker processes, with a bounded number of tasks in flight.

Results come back in input order whatever order the workers finish in, so
callers never depend on timing. ``jobs=1`` runs in this process, lazily: one
item is taken, processed and handed back before the next one is read.

How workers start (:func:`start_method`): on Linux, when this process runs no
other thread, they are forked. A build loads the extraction pipeline in this
process first (1-1.5 s), so forked workers share it and start at once;
``spawn`` workers each start an interpreter, import spaCy and load the
pipeline again (about 2 s) before their first document. With another thread
running (a progress bar's monitor, a Jupyter kernel) a fork could copy a held
lock into the child, so workers are spawned; so they are on other platforms.
Either way each worker runs ``initializer`` once (a no-op for what a forked
worker already has).

Example:
    >>> list(ordered_map(abs, [-2, 1, -3], jobs=1))
    [2, 1, 3]
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
FORK, SPAWN = "fork", "spawn"


def start_method() -> str:
    """``fork`` on Linux when this process runs no other thread, else ``spawn``."""
    forkable = sys.platform.startswith("linux") and FORK in multiprocessing.get_all_start_methods()
    return FORK if forkable and threading.active_count() == 1 else SPAWN


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, jobs: int = 1,
                initializer: Callable[[], None] | None = None, window: int | None = None,
                method: str | None = None, in_process: bool | None = None) -> Iterator[R]:
    """Yield ``fn(item)`` for every item, in the order of ``items``.

    Args:
        fn: A module-level function (picklable) when ``jobs > 1``.
        items: Consumed lazily; at most ``window`` (default ``4 * jobs``) are in flight.
            The workers start when the first item has been taken, so whatever
            producing it does (e.g. loading a model) is inherited by forked workers.
        jobs: Worker processes; 1 runs in this process unless ``in_process`` is False.
        initializer: Run once in each worker before its first item.
        window: Bound on submitted but not yet yielded items (bounds memory).
        method: ``fork`` or ``spawn``; default :func:`start_method` when the workers start.
        in_process: Run in this process (default: when ``jobs`` is 1). False with one job: one
            worker process, so that this process can go on producing items while it works.
    """
    if in_process is None:
        in_process = jobs <= 1
    if in_process:
        yield from map(fn, items)
        return
    jobs = max(jobs, 1)
    window = window or 4 * jobs
    source = iter(items)
    pending: deque[Future[R]] = deque()
    pool: ProcessPoolExecutor | None = None
    try:
        for item in source:
            if pool is None:  # after the first item was produced: see ``items``
                context = multiprocessing.get_context(method or start_method())
                pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=initializer)
            pending.append(pool.submit(fn, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
