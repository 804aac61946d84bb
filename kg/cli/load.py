"""``kg load neo4j``: write a build folder into a Neo4j (or FalkorDB) server over Bolt."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.table import Table

from kg.cli.common import run_or_fail
from kg.stores.bolt_config import SERVERS, BoltConfig

if TYPE_CHECKING:
    from kg.stores.neo4j_store import LoadSummary


def bolt_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The connection options shared by ``kg load neo4j`` and ``kg query --neo4j``."""
    options = [
        click.option("--uri", help="Bolt URI [env NEO4J_URI; default bolt://localhost:7687]."),
        click.option("--user", help="User name [env NEO4J_USERNAME; default neo4j]."),
        click.option("--password", help="Password [env NEO4J_PASSWORD]."),
        click.option("--database", help="Database name (Neo4j only) [env NEO4J_DATABASE]."),
        click.option("--server", type=click.Choice(SERVERS), default="auto", show_default=True,
                     help="Server kind; auto probes with CALL dbms.components()."),
        click.option("--falkordb-url", help="FalkorDB's Redis address for read-only queries, "
                     "e.g. redis://127.0.0.1:6379 [env FALKORDB_URL]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def config_from(kwargs: dict[str, Any]) -> BoltConfig:
    """A :class:`BoltConfig` from the CLI options (unset ones fall back to the environment)."""
    keys = ("uri", "user", "password", "database", "server", "falkordb_url")
    return run_or_fail(lambda: BoltConfig.from_env(**{k: kwargs.get(k) for k in keys}))


def summary_table(summary: LoadSummary) -> Table:
    """The created/existing counts of a load as a table."""
    pruned = summary.pruned
    table = Table(title=f"kg load → {summary.server} ({summary.seconds:.1f} s, {summary.batches} batches)",
                  caption=None if pruned is None else
                  f"pruned first: {pruned.nodes} nodes, {pruned.relationships} relationships")
    for column in ("kind", "name", "rows", "created", "already there", "in store"):
        table.add_column(column, justify="left" if column in ("kind", "name") else "right")
    for kind, groups in (("nodes", summary.nodes), ("relationships", summary.relationships)):
        for name, g in sorted(groups.items()):
            table.add_row(kind, name, str(g.rows), str(g.created), str(g.existed), str(g.after))
    return table


@click.group("load")
def load_group() -> None:
    """Load a build folder into a graph database server."""


@load_group.command("neo4j")
@click.option("--graph", type=click.Path(path_type=Path), default=Path("data/graph"),
              show_default=True, help="Build folder (nodes.jsonl, edges.jsonl).")
@bolt_options
@click.option("--batch-size", type=click.IntRange(1), default=1000, show_default=True,
              help="Most rows per batch (one transaction each).")
@click.option("--batch-bytes", type=click.IntRange(512), default=None,
              help="Most bytes per batch [default: 3000 for FalkorDB, 1000000 for Neo4j].")
@click.option("--prune", is_flag=True,
              help="First delete the nodes and relationships the server has and the build does not "
                   "(after documents were removed), so that the server holds exactly the build.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary table.")
def neo4j_command(graph: Path, batch_size: int, batch_bytes: int | None, prune: bool, quiet: bool,
                  **kwargs: Any) -> None:
    """Load the graph with batched UNWIND … MERGE (idempotent; re-run to complete a failed load).

    Nodes are merged on their id, relationships on (source, type, target);
    evidence is stored on relationships as parallel lists ev_doc, ev_section,
    ev_sentence, ev_start, ev_end, ev_rule.
    """
    from kg.stores.neo4j_store import load_graph_dir  # the neo4j driver is imported only when needed

    config = config_from(kwargs)
    progress = not quiet and sys.stderr.isatty()
    summary = run_or_fail(lambda: load_graph_dir(
        graph, config, batch_size=batch_size, batch_bytes=batch_bytes, progress=progress, prune_stale=prune))
    if not quiet:
        Console().print(summary_table(summary))
    missing = {name: g.missing for name, g in sorted(summary.relationships.items()) if g.missing}
    if missing:
        listed = ", ".join(f"{n} {name}" for name, n in missing.items())
        raise click.ClickException(
            f"{sum(missing.values())} relationships were not loaded ({listed}): the server did not find their "
            "endpoint nodes by id although they were loaded first; check the server's id indexes and load again")


COMMANDS: list[click.Command] = [load_group]
