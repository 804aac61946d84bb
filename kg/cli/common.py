"""Shared helpers of the CLI commands: clean errors and console output."""

from __future__ import annotations

from collections.abc import Callable
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
