"""CLI commands of this area."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
