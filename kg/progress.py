"""Progress bars that start no thread.

tqdm starts a monitor thread with its first bar and keeps it for the life of the process. A
process running another thread no longer forks its ``--jobs`` workers (:func:`kg.parallel.start_method`
spawns them, each loading the pipeline again), so a script or notebook that loaded a graph into
Neo4j with a progress bar would build more slowly from then on. kg's bars have no monitor (it
only adjusts how often a bar redraws).

Example:
    >>> import threading
    >>> with progress_bar(total=2, desc="demo", disable=True) as b:
    ...     b.update(2)
    >>> [t.name for t in threading.enumerate() if t.name == "tqdm_monitor"]
    []
"""

from __future__ import annotations

from typing import Any

from tqdm import tqdm


class QuietBar(tqdm):
    """A tqdm bar without tqdm's monitor thread."""

    monitor_interval = 0


def progress_bar(**options: Any) -> QuietBar:
    """A progress bar on stderr (tqdm's options: ``total``, ``unit``, ``desc``, ``disable``, ``leave``, ...)."""
    return QuietBar(**options)
