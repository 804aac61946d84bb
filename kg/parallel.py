"""Ordered parallel map over worker processes, with a bounded number of tasks in flight.

Results come back in input order whatever order the workers finish in, so
callers never depend on timing. ``jobs=1`` runs in this process, lazily: one
item is taken, processed and handed back before the next one is read.

How workers start (:func:`start_method`): on Linux, when this process runs no
other thread, they are forked. A build loads the extraction pipeline in this
process first (0.4-0.7 s), so forked workers share it and start at once;
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
from concurrent.futures.process import BrokenProcessPool
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")
FORK, SPAWN = "fork", "spawn"


def start_method() -> str:
    """``fork`` on Linux when this process runs no other thread, else ``spawn``."""
    forkable = sys.platform.startswith("linux") and FORK in multiprocessing.get_all_start_methods()
    return FORK if forkable and threading.active_count() == 1 else SPAWN


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, jobs: int = 1,
                initializer: Callable[[], None] | None = None, window: int | None = None,
                method: str | None = None, in_process: bool | None = None,
                on_crash: Callable[[T], R] | None = None,
                while_waiting: Callable[[Callable[[], bool]], None] | None = None) -> Iterator[R]:
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
        on_crash: If given, a worker process that dies (killed, out of memory, a crash in C code)
            does not end the map: the items in flight are tried again one at a time in a new
            worker, and ``on_crash(item)`` takes the place of an item that kills that one too.
            Without it, :class:`~concurrent.futures.process.BrokenProcessPool` is raised.
        while_waiting: With worker processes, run once when every item was handed out and results are
            still due, with a function telling whether the oldest of them is ready: this process's own
            work while the workers finish.
    """
    if in_process is None:
        in_process = jobs <= 1
    if in_process:
        yield from map(fn, items)
        return
    jobs = max(jobs, 1)
    window = window or 4 * jobs
    workers = _Workers(fn, jobs, method, initializer, on_crash)
    try:
        for item in items:  # the pool starts after the first item was produced: see ``items``
            workers.submit(item)
            if len(workers.pending) >= window:
                yield from workers.next_results()
        if while_waiting is not None and workers.pending:
            while_waiting(workers.oldest_ready)
        while workers.pending:
            yield from workers.next_results()
    finally:
        workers.close()


class _Workers(Generic[T, R]):
    """A process pool with its items in flight, in order; it outlives a worker that dies (see ``on_crash``)."""

    def __init__(self, fn: Callable[[T], R], jobs: int, method: str | None,
                 initializer: Callable[[], None] | None, on_crash: Callable[[T], R] | None) -> None:
        self.fn, self.jobs, self.method, self.initializer, self.on_crash = fn, jobs, method, initializer, on_crash
        self.pool: ProcessPoolExecutor | None = None
        self.pending: deque[tuple[T, Future[R]]] = deque()

    def _new_pool(self, jobs: int) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(self.method or start_method())
        return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=self.initializer)

    def submit(self, item: T) -> None:
        if self.pool is None:
            self.pool = self._new_pool(self.jobs)
        try:
            future = self.pool.submit(self.fn, item)
        except BrokenProcessPool as exc:  # a worker died since the last result: fail this item with the others
            future = Future()
            future.set_exception(exc)
        self.pending.append((item, future))

    def oldest_ready(self) -> bool:
        """Whether the oldest item in flight has its result (or failed)."""
        return self.pending[0][1].done()

    def next_results(self) -> Iterator[R]:
        """The result of the oldest item; after a worker died, the results of all items in flight."""
        future = self.pending[0][1]
        try:
            result = future.result()
        except BrokenProcessPool:
            if self.on_crash is None:
                raise
            yield from self._recover()
            return
        self.pending.popleft()
        yield result

    def _recover(self) -> Iterator[R]:
        """Close the broken pool and do the items in flight again, one at a time, each in a new worker if needed."""
        held = list(self.pending)
        self.pending.clear()
        self.close()
        alone: ProcessPoolExecutor | None = None
        for item, future in held:
            if future.done() and not future.cancelled() and future.exception() is None:
                yield future.result()  # finished before the worker died
                continue
            alone = alone or self._new_pool(1)
            try:
                yield alone.submit(self.fn, item).result()
            except BrokenProcessPool:
                alone.shutdown(wait=True, cancel_futures=True)
                alone = None
                yield self.on_crash(item)  # type: ignore[misc]  # only called with on_crash set
        if alone is not None:
            alone.shutdown(wait=True)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
