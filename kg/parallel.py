"""Ordered parallel map over worker processes, with a bounded number of tasks in flight.

Workers are started with the ``spawn`` method (safe with threads in the
parent, the same on every platform); each runs ``initializer`` once, e.g. to
load the spaCy pipeline. Results come back in input order whatever order the
workers finish in, so callers never depend on timing. ``jobs=1`` runs in
this process, lazily: one item is taken, processed and handed back before
the next one is read.

Example:
    >>> list(ordered_map(abs, [-2, 1, -3], jobs=1))
    [2, 1, 3]
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
START_METHOD = "spawn"


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, jobs: int = 1,
                initializer: Callable[[], None] | None = None, window: int | None = None) -> Iterator[R]:
    """Yield ``fn(item)`` for every item, in the order of ``items``.

    Args:
        fn: A module-level function (picklable) when ``jobs > 1``.
        items: Consumed lazily; at most ``window`` (default ``4 * jobs``) are in flight.
        jobs: Worker processes; 1 runs in this process.
        initializer: Run once in each worker before its first item.
        window: Bound on submitted but not yet yielded items (bounds memory).
    """
    if jobs <= 1:
        yield from map(fn, items)
        return
    window = window or 4 * jobs
    context = multiprocessing.get_context(START_METHOD)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=initializer)
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
