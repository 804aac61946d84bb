"""``kg export``: write a built graph as GraphML, GEXF, Neo4j CSV or node-link JSON."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import run_or_fail


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "csv", "json"]), required=True,
              help="gexf for Gephi (names as labels, colours by label); graphml for Cytoscape, yEd, "
                   "igraph, networkx; csv for neo4j-admin import; json for node-link data "
                   "(networkx.node_link_graph(data, edges=\"edges\")).")
@click.option("--graph", "graph_dir", type=click.Path(path_type=Path), default=Path("data/graph"),
              show_default=True, help="Build folder written by `kg build`.")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Output file (a folder for csv). Default: <graph>/exports/kg.<format> "
                   "(<graph>/exports/neo4j/ for csv).")
def export_cmd(fmt: str, graph_dir: Path, out: Path | None) -> None:
    """Export the built graph for other tools.

    Example: kg export --format gexf --out kg.gexf
    """
    from kg.exports import export_graph

    path = run_or_fail(lambda: export_graph(graph_dir, fmt, out))
    click.echo(f"wrote {fmt} export: {path}")


COMMANDS: list[click.Command] = [export_cmd]
