"""Graph stores: the Neo4j/FalkorDB Bolt loader and the embedded Cypher store.

- :mod:`kg.stores.neo4j_store`: ``kg load neo4j`` (batched ``UNWIND … MERGE`` over Bolt).
- :mod:`kg.stores.embedded`: ``kg query`` without a server (LadybugDB, read-only).
- :mod:`kg.stores.rows`: records to parameter rows (evidence as parallel lists).
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.errors import GraphFormatError
from schema.graph import Edge, Node


def read_build(graph: Path | str) -> tuple[list[Node], list[Edge]]:
    """Read a build folder through :func:`kg.graphio.read_graph_dir`.

    Falls back to reading ``nodes.jsonl``/``edges.jsonl`` with
    ``Node.from_row``/``Edge.from_row`` while :mod:`kg.graphio` is absent.

    Raises:
        GraphFormatError: the folder is missing or not a build folder.
    """
    path = Path(graph)
    if not (path / "nodes.jsonl").is_file() or not (path / "edges.jsonl").is_file():
        raise GraphFormatError(
            f"{path}: not a build folder (nodes.jsonl/edges.jsonl missing); run `kg build` first"
        )
    try:
        from kg.graphio import read_graph_dir
    except ImportError:
        return _read_jsonl(path)
    return read_graph_dir(path)


def _read_jsonl(path: Path) -> tuple[list[Node], list[Edge]]:
    nodes = [Node.from_row(row) for row in _rows(path / "nodes.jsonl")]
    edges = [Edge.from_row(row) for row in _rows(path / "edges.jsonl")]
    return nodes, edges


def _rows(file: Path) -> list[dict]:
    rows = []
    with file.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise GraphFormatError(f"{file}:{number}: not JSON ({exc.msg})") from exc
    return rows
