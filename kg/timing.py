"""Per-stage wall-clock timing of a build (for ``benchmarks/`` and ``--timings``).

A :class:`StageTimer` adds up seconds per stage name; timers from worker
processes are merged into the parent's with :meth:`StageTimer.add`.

Example:
    >>> timer = StageTimer()
    >>> with timer("ingest"):
    ...     _ = sum(range(10))
    >>> list(timer.seconds)
    ['ingest']
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from time import perf_counter


class StageTimer:
    """Seconds spent per stage, in first-seen order."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        """Time the ``with`` block as ``stage`` (added to earlier time of that stage)."""
        start = perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + perf_counter() - start

    def add(self, seconds: Mapping[str, float], prefix: str = "") -> None:
        """Add the seconds of another timer (e.g. a worker's) under ``prefix + name``."""
        for name, value in seconds.items():
            key = prefix + name
            self.seconds[key] = self.seconds.get(key, 0.0) + value

    def total(self) -> float:
        """Sum of all stages."""
        return sum(self.seconds.values())


def peak_memory() -> tuple[int, int]:
    """Peak resident memory, in bytes, of this process and of its largest child process that has ended.

    Example:
        >>> main, child = peak_memory()
        >>> main > 0
        True
    """
    import resource
    import sys

    unit = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    main, child = (resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return main * unit, child * unit
