"""``kg schema``: the JSON Schema of the records (nodes, edges, documents)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.common import run_or_fail
from schema import BuildReport, Document, Edge, Node

_MODELS = {"node": Node, "edge": Edge, "document": Document, "report": BuildReport}
#: Records written one per line with their ``properties`` spread into the line (kg.graphwrite).
_ROWS = {"node": "nodes.jsonl", "edge": "edges.jsonl"}


def json_schema(which: str = "all") -> dict[str, object]:
    """The JSON Schema of one record type, or of all of them keyed by name (nodes and edges as the lines of
    nodes.jsonl and edges.jsonl hold them)."""
    if which != "all":
        return _schema(which)
    return {name: _schema(name) for name in _MODELS}


def _schema(which: str) -> dict[str, object]:
    schema = _MODELS[which].model_json_schema()
    if which in _ROWS:
        fields = schema.get("properties", {})
        fields.pop("properties", None)
        schema["required"] = [name for name in schema.get("required", []) if name != "properties"]
        schema["additionalProperties"] = True
        schema["description"] = (f"One line of {_ROWS[which]}. Keys besides these are the label's or type's own "
                                 "properties (README.md, \"The ontology in one screen\"), written into the line itself.")
    return schema


@click.command("schema")
@click.argument("which", type=click.Choice(["all", *_MODELS]), default="all", metavar="[WHICH]")
@click.option("--out", type=click.Path(path_type=Path), help="Write to this file instead of stdout.")
def schema_command(which: str, out: Path | None) -> None:
    """Print the JSON Schema of the kg records (node, edge, document, report).

    WHICH is node, edge, document, report, or all of them keyed by name
    (the default). node and edge describe the lines of nodes.jsonl and
    edges.jsonl.
    """
    text = json.dumps(json_schema(which), ensure_ascii=False, indent=2, sort_keys=True)
    if out:
        run_or_fail(lambda: out.write_text(text + "\n", encoding="utf-8"))
    else:
        click.echo(text)


COMMANDS: list[click.Command] = [schema_command]
