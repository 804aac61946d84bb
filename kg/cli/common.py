"""Shared helpers of the CLI commands: clean errors and console output."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

from kg.errors import KGError

T = TypeVar("T")


def run_or_fail(func: Callable[[], T]) -> T:
    """Call ``func``; turn a :class:`KGError` into a clean CLI error (exit code 1)."""
    try:
        return func()
    except KGError as exc:
        raise click.ClickException(str(exc)) from exc
