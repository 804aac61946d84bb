"""Shared helpers of the CLI commands: clean errors and console output."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TypeVar

import click

from kg.errors import KGError

T = TypeVar("T")


def run_or_fail(func: Callable[[], T]) -> T:
    """Call ``func``; turn a :class:`KGError`, or a file that cannot be read or written, into a clean CLI
    error (exit code 1)."""
    try:
        return func()
    except KGError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:  # e.g. --out in a folder that does not exist, or a folder where a file is wanted
        where = f"{exc.filename}: " if exc.filename else ""
        raise click.ClickException(f"{where}{exc.strerror or exc}") from exc


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM (``kill``, ``timeout``, a supervisor) stops the command as Ctrl-C does: its
    clean-up runs (a build's staging folder, its worker processes), the previous output stays, and it ends
    with "Aborted!" and exit code 1. Without it the process would die at once and leave them behind."""
    if threading.current_thread() is not threading.main_thread():
        yield  # handlers belong to the main thread
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    before = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)
