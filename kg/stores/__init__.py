"""Graph stores: the Neo4j/FalkorDB Bolt loader and the embedded Cypher store.

- :mod:`kg.stores.neo4j_store`: ``kg load neo4j`` (batched ``UNWIND … MERGE`` over Bolt).
- :mod:`kg.stores.embedded`: ``kg query`` without a server (LadybugDB, read-only).
- :mod:`kg.stores.rows`: records to parameter rows (evidence as parallel lists).
- :mod:`kg.stores.answers`: query answers in one shape whichever store gave them.
"""

from __future__ import annotations

from pathlib import Path

from kg.graphio import read_graph_dir
from schema.graph import Edge, Node


def read_build(graph: Path | str) -> tuple[list[Node], list[Edge]]:
    """The nodes and edges of a build folder (:func:`kg.graphio.read_graph_dir`).

    Raises:
        GraphFormatError: the folder is missing, not a build folder, or a row breaks the contract.
    """
    return read_graph_dir(Path(graph))
