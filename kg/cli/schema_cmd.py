"""``kg schema``: the JSON Schema of the records (nodes, edges, documents)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from schema import BuildReport, Document, Edge, Node

_MODELS = {"node": Node, "edge": Edge, "document": Document, "report": BuildReport}


def json_schema(which: str = "all") -> dict[str, object]:
    """The JSON Schema of one record type, or of all of them keyed by name."""
    if which != "all":
        return _MODELS[which].model_json_schema()
    return {name: model.model_json_schema() for name, model in _MODELS.items()}


@click.command("schema")
@click.argument("which", type=click.Choice(["all", *_MODELS]), default="all")
@click.option("--out", type=click.Path(path_type=Path), help="Write to this file instead of stdout.")
def schema_command(which: str, out: Path | None) -> None:
    """Print the JSON Schema of the kg records (node, edge, document, report)."""
    text = json.dumps(json_schema(which), ensure_ascii=False, indent=2, sort_keys=True)
    if out:
        out.write_text(text + "\n", encoding="utf-8")
    else:
        click.echo(text)


COMMANDS: list[click.Command] = [schema_command]
