"""Load a built graph into Neo4j (or FalkorDB) over Bolt, batch by batch.

Each label and each (type, source label, target label) group gets one
``UNWIND $rows AS row MERGE …`` query (:mod:`kg.cypher`); rows travel as
parameters in batches capped by rows and by bytes; every batch is one
transaction, retried after a dropped connection. ``MERGE`` on the content id
plus ``SET … = row.props`` make a load idempotent: re-running it after a
failure or on a bigger build leaves exactly the build's nodes, relationships
and properties.

Example:
    >>> from kg.stores.bolt import BoltConfig
    >>> cfg = BoltConfig(uri="bolt://127.0.0.1:1", connect_timeout=0.5, retries=0)
    >>> try:
    ...     load([], [], cfg, progress=False)
    ... except StoreError as exc:
    ...     print("cannot reach" in str(exc))
    True
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from functools import partial
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import cypher
from kg.errors import StoreError
from kg.progress import QuietBar, progress_bar
from kg.stores.answers import Rows
from kg.stores.bolt import BoltClient, BoltConfig
from kg.stores.prune import PruneCount, prune
from kg.stores.rows import EdgeGroup, batches, group_edges, group_nodes, split_row
from schema.graph import Edge, Node
from schema.ontology import Label, RelType

#: FalkorDB's Bolt side writes the query and its parameters as text into a 4,096-byte buffer: stay well below.
FALKORDB_MAX_BYTES = 3000
DEFAULT_MAX_BYTES = 1_000_000
_MESSAGE_OVERHEAD = 200
#: Loader rows of one group, and a group's rows split into whole rows and the list pieces of oversized ones.
_Rows = list[dict[str, Any]]
_Split = tuple[_Rows, _Rows]


@dataclass
class GroupCount:
    """Counts of one label or relationship type around a load."""

    name: str
    rows: int
    before: int
    after: int = 0
    missing: int = 0  # relationships whose endpoints the server did not find (not loaded)

    @property
    def created(self) -> int:
        """Nodes or relationships the load added."""
        return self.after - self.before

    @property
    def existed(self) -> int:
        """Rows of the build that were already in the store (updated in place)."""
        return self.rows - self.created - self.missing


@dataclass
class LoadSummary:
    """What a load sent, created and found already there."""

    server: str
    nodes: dict[str, GroupCount] = field(default_factory=dict)
    relationships: dict[str, GroupCount] = field(default_factory=dict)
    batches: int = 0
    seconds: float = 0.0
    pruned: PruneCount | None = None

    def totals(self) -> dict[str, int]:
        """Totals over all labels and types."""
        n, r = self.nodes.values(), self.relationships.values()
        return {
            "nodes": sum(g.rows for g in n),
            "nodes_created": sum(g.created for g in n),
            "relationships": sum(g.rows for g in r),
            "relationships_created": sum(g.created for g in r),
            "relationships_missing": sum(g.missing for g in r),
            "batches": self.batches,
        }


def count_all(client: BoltClient) -> tuple[dict[str, int], dict[str, int]]:
    """Node counts per label and relationship counts per type in the store."""
    nodes = {lab.value: _count(client, cypher.count_nodes(lab)) for lab in Label}
    rels = {rel.value: _count(client, cypher.count_edges(rel)) for rel in RelType}
    return nodes, rels


def _count(client: BoltClient, query: str) -> int:
    rows = client.run(query, what="count")
    return int(rows[0]["c"]) if rows else 0


def ensure_indexes(client: BoltClient) -> None:
    """Unique constraints on ``id`` (Neo4j) or plain indexes (FalkorDB), once per label."""
    existing: set[str] = set()
    if client.server == "falkordb":
        rows = client.run(cypher.FALKORDB_INDEXES, what="list indexes")
        existing = {r["label"] for r in rows if "id" in (r.get("properties") or [])}
    for lab in Label:
        if lab.value not in existing:
            client.run(cypher.id_index(lab, client.server), what=f"index on {lab.value}.id")


def _budget(client: BoltClient, batch_bytes: int | None) -> int:
    if batch_bytes is not None:
        return batch_bytes
    return FALKORDB_MAX_BYTES if client.server == "falkordb" else DEFAULT_MAX_BYTES


def _row_budget(merge: str, opts: dict[str, Any]) -> int:
    """Bytes the rows of one batch of ``merge`` may take."""
    return opts["bytes"] - len(merge.encode()) - _MESSAGE_OVERHEAD


def _split(rows: list[dict[str, Any]], merge: str, opts: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The whole rows of a group and the list pieces of its oversized rows (StoreError: a row cannot fit)."""
    budget = _row_budget(merge, opts)
    whole: list[dict[str, Any]] = []
    pieces: list[dict[str, Any]] = []
    for row in rows:
        parts = split_row(row, budget)
        whole.append(parts[0])
        pieces.extend(parts[1:])
    return whole, pieces


def _write_group(client: BoltClient, merge: str, append: Any, split: tuple[list, list], opts: dict[str, Any],
                 bar: QuietBar, what: str) -> tuple[int, int]:
    """Write one group: whole rows in batches, then the list pieces of oversized rows.

    Returns the batches sent and the rows the server wrote nothing for (a relationship whose endpoint
    it did not find, as the query's ``written`` count tells).
    """
    whole, pieces = split
    count = missing = 0
    for batch in batches(whole, opts["rows"], _row_budget(merge, opts)):
        written = client.write_batch(merge, batch, what=what)
        missing += 0 if written is None else len(batch) - written
        bar.update(len(batch))
        count += 1
    for piece in pieces:
        client.write_batch(append(sorted(piece["props"])), [piece], what=what)
        count += 1
    return count, missing


def load_into(
    client: BoltClient, nodes: list[Node], edges: list[Edge], *, batch_size: int = 1000,
    batch_bytes: int | None = None, progress: bool = True, prune_stale: bool = False,
) -> LoadSummary:
    """Load nodes then relationships into an open client; return the summary.

    Every row is cut to the batch size before anything is written, so a row that cannot fit stops the
    load before it starts. ``prune_stale``: first delete the nodes and relationships the store has and
    the build does not (:mod:`kg.stores.prune`), so that the store ends up equal to the build.
    """
    started = time.perf_counter()
    opts = {"rows": max(1, batch_size), "bytes": _budget(client, batch_bytes)}
    node_groups = sorted(group_nodes(nodes).items(), key=lambda kv: kv[0].value)
    edge_groups = sorted(group_edges(nodes, edges).items(), key=lambda kv: _gkey(kv[0]))
    node_splits = [_split(rows, cypher.node_merge(lab), opts) for lab, rows in node_groups]
    edge_splits = [_split(rows, cypher.edge_merge(*g), opts) for g, rows in edge_groups]
    ensure_indexes(client)
    summary = LoadSummary(server=client.server)
    if prune_stale:
        summary.pruned = prune(client, nodes, edges, opts["bytes"] - _MESSAGE_OVERHEAD)
    before_nodes, before_rels = count_all(client)
    total = sum(len(rows) for _, rows in node_groups) + sum(len(rows) for _, rows in edge_groups)
    with progress_bar(total=total, unit="row", disable=not progress, desc="load") as bar:
        _write_nodes(client, zip(node_groups, node_splits), before_nodes, opts, bar, summary)
        _write_edges(client, zip(edge_groups, edge_splits), before_rels, opts, bar, summary)
    _count_after(client, summary)
    summary.seconds = time.perf_counter() - started
    return summary


def _write_nodes(client: BoltClient, groups: Iterable[tuple[tuple[Label, _Rows], _Split]], before: dict[str, int],
                 opts: dict[str, Any], bar: QuietBar, summary: LoadSummary) -> None:
    """Write the nodes of each label (``groups``: the label and its rows, with their split by :func:`_split`), and
    count them in ``summary`` with the store's count of the label ``before`` the load."""
    for (lab, rows), split in groups:
        summary.nodes[lab.value] = GroupCount(lab.value, len(rows), before[lab.value])
        append = partial(cypher.node_append, lab)
        summary.batches += _write_group(
            client, cypher.node_merge(lab), append, split, opts, bar, f"{lab.value} nodes")[0]


def _write_edges(client: BoltClient, groups: Iterable[tuple[tuple[EdgeGroup, _Rows], _Split]],
                 before: dict[str, int], opts: dict[str, Any], bar: QuietBar, summary: LoadSummary) -> None:
    """Write the relationships of each (type, source label, target label) group, and count them in ``summary`` per
    type, with the relationships the server found no endpoint for (as :func:`_write_nodes`)."""
    for ((rel, src, dst), rows), split in groups:
        group = summary.relationships.setdefault(
            rel.value, GroupCount(rel.value, 0, before[rel.value]))
        group.rows += len(rows)
        append = partial(cypher.edge_append, rel, src, dst)
        sent, missing = _write_group(
            client, cypher.edge_merge(rel, src, dst), append, split, opts, bar,
            f"{rel.value} {src.value}->{dst.value} relationships")
        summary.batches += sent
        group.missing += missing


def _count_after(client: BoltClient, summary: LoadSummary) -> None:
    """Set the store's count after the load of every label and type in ``summary``."""
    after_nodes, after_rels = count_all(client)
    for name, group in summary.nodes.items():
        group.after = after_nodes[name]
    for name, group in summary.relationships.items():
        group.after = after_rels[name]


def _gkey(group: tuple[RelType, Label, Label]) -> tuple[str, str, str]:
    return (group[0].value, group[1].value, group[2].value)


def load(
    nodes: list[Node], edges: list[Edge], config: BoltConfig, *, batch_size: int = 1000,
    batch_bytes: int | None = None, progress: bool = True, prune_stale: bool = False,
) -> LoadSummary:
    """Connect with ``config`` and load the graph (see :func:`load_into`).

    Raises:
        StoreError: the server is unreachable, refuses the login, or fails mid-load
            (nothing of the failed batch is kept; re-run to complete).
    """
    with BoltClient(config) as client:
        return load_into(client, nodes, edges, batch_size=batch_size,
                         batch_bytes=batch_bytes, progress=progress, prune_stale=prune_stale)


def load_graph_dir(graph: Path, config: BoltConfig, **options: Any) -> LoadSummary:
    """Read a build folder and load it (see :func:`load`)."""
    from kg.stores import read_build

    nodes, edges = read_build(graph)
    return load(nodes, edges, config, **options)


def server_query(cypher_text: str, params: dict[str, Any] | None, config: BoltConfig) -> Rows:
    """Run a query read-only on the server: a READ access-mode transaction on Neo4j,
    ``GRAPH.RO_QUERY`` on FalkorDB (whose Bolt side ignores the access mode), used when a
    FalkorDB Redis address is given on the Bolt URI's host (or ``--server falkordb``): a
    ``FALKORDB_URL`` left in the environment does not take queries meant for another server.

    Raises:
        StoreError: unreachable server, or FalkorDB without ``--falkordb-url``.
        QueryError: the engine refused the query (for example a write clause).
    """
    by_redis = config.server == "falkordb" or (config.server == "auto" and _same_host(config.uri, config.falkordb_url))
    if config.falkordb_url and by_redis:
        from kg.stores.falkordb_store import ro_query

        return ro_query(config.falkordb_url, cypher_text, params)
    with BoltClient(config) as client:
        if client.server == "neo4j":
            return client.run(cypher_text, params, read=True, what="read-only query")
    raise StoreError(
        "the server is FalkorDB, whose Bolt side cannot run a query read-only; give its "
        "Redis address with --falkordb-url redis://HOST:PORT (or FALKORDB_URL)"
    )


_LOOPBACK = frozenset(("localhost", "127.0.0.1", "::1"))


def _same_host(bolt_uri: str, redis_url: str | None) -> bool:
    """Whether the FalkorDB Redis address is on the Bolt URI's host (loopback names count as one)."""
    from urllib.parse import urlparse

    if not redis_url:
        return False
    hosts = {urlparse(bolt_uri).hostname or "localhost", urlparse(redis_url).hostname or "localhost"}
    return len(hosts) == 1 or hosts <= _LOOPBACK
