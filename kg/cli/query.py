"""``kg query``: run read-only Cypher on the embedded store (or a Bolt server with --neo4j)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from kg.cli.common import run_or_fail
from kg.cli.load import bolt_options, config_from


def parse_params(pairs: tuple[str, ...], json_pairs: tuple[str, ...]) -> dict[str, Any]:
    """``k=v`` pairs as strings, ``k=JSON`` pairs decoded."""
    params: dict[str, Any] = {}
    for pair in pairs + json_pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE")
        if pair in json_pairs:
            try:
                params[name] = json.loads(value)
            except json.JSONDecodeError as exc:
                raise click.BadParameter(f"{pair!r}: value is not JSON ({exc.msg})") from exc
        else:
            params[name] = value
    return params


def _cell(value: Any) -> str:
    """A value as a table or CSV cell: text as it is, null as nothing, anything else as JSON."""
    if isinstance(value, str):
        return value
    return "" if value is None else json.dumps(value, ensure_ascii=False, default=str)


def render(rows: list[dict[str, Any]], fmt: str) -> str | Table:
    """Rows as a rich table, JSON (one array) or CSV (lists as JSON; the header also without rows)."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=str)
    columns = getattr(rows, "columns", None) or (list(rows[0]) if rows else [])
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(r[c]) for c in columns] for r in rows])
        return out.getvalue()
    if not rows:
        return "0 row(s)"  # a table without columns would print nothing at all
    caption = f"{len(rows)} row(s)"
    table = Table(show_header=True, caption=caption, min_width=len(caption))  # a narrow table would wrap it
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row[c]) for c in columns))
    return table


@click.command("query")
@click.argument("cypher_text", metavar="CYPHER")
@click.option("--graph", type=click.Path(path_type=Path), default=Path("data/graph"),
              show_default=True, help="Build folder; its embedded store (kg.lbdb) is made on first use.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="table for reading; json (one array of rows) or csv (lists as JSON) "
                                      "for other programs.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A string parameter ($NAME in the query); repeatable.")
@click.option("--param-json", "json_params", multiple=True, metavar="NAME=JSON",
              help="A parameter given as JSON (numbers, lists); repeatable.")
@click.option("--neo4j", "use_server", is_flag=True,
              help="Send the query to the Bolt server instead (read-only transaction).")
@bolt_options
def query_command(cypher_text: str, graph: Path, fmt: str, params: tuple[str, ...],
                  json_params: tuple[str, ...], use_server: bool, **kwargs: Any) -> None:
    """Run a read-only Cypher query and print the rows.

    Example (single quotes keep the shell from expanding $town):

    \b
      kg query 'MATCH (p:Project)-[:LOCATED_IN]->(t:Town) WHERE $town IN t.aliases OR t.name = $town RETURN p.name' -p town=双街示范镇

    Write clauses (CREATE, MERGE, SET, DELETE) are refused by the store's
    read-only mode. Values belong in parameters, never pasted into the text.
    The embedded store takes Neo4j's labels(n)[0], type(r), WHERE n:Label,
    toString and the like; its lists count from 1 (x[1] is the first item).
    """
    values = parse_params(params, json_params)
    if use_server:
        from kg.stores.neo4j_store import server_query

        config = config_from(kwargs)
        rows = run_or_fail(lambda: server_query(cypher_text, values, config))
    else:
        from kg.stores.embedded import query

        rows = run_or_fail(lambda: query(cypher_text, values, graph=graph))
    output = render(rows, fmt)
    if isinstance(output, str):
        click.echo(output, nl=not output.endswith("\n"))
    else:
        Console(emoji=False).print(output, highlight=False, markup=False)  # "1:100:1" is not 1💯1


COMMANDS: list[click.Command] = [query_command]
