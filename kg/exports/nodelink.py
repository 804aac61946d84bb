"""Node-link JSON export: the layout of networkx's ``json_graph.node_link_data``.

The document is ``{"directed": true, "multigraph": true, "graph": {...},
"nodes": [...], "edges": [...]}``; each node object is its ``nodes.jsonl`` row
(``id`` first), each edge object its ``edges.jsonl`` row plus ``key`` (the
relationship type, as in :func:`kg.graphio.to_networkx`), evidence kept as a
list of objects. ``networkx.node_link_graph(data, edges="edges")`` (networkx 3.4
and later, the versions kg requires) reads it back into a ``MultiDiGraph``; for
D3's force layout, hand it ``data.edges`` as its links.

Example:
    >>> from schema.graph import Node
    >>> from schema.ontology import Label
    >>> node_link([Node(id="Town:双街镇", label=Label.TOWN, name="双街镇")], [])["nodes"][0]["id"]
    'Town:双街镇'
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from schema.graph import Edge, Node


def node_link(nodes: list[Node], edges: list[Edge]) -> dict[str, Any]:
    """Return the node-link document of the graph (nodes and edges sorted by identity)."""
    links = []
    for edge in sorted(edges, key=lambda e: e.key):
        row = edge.row()
        links.append({"source": row.pop("source"), "target": row.pop("target"), "key": edge.type.value, **row})
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"name": "kg"},
        "nodes": [n.row() for n in sorted(nodes, key=lambda n: n.id)],
        "edges": links,
    }


def write_node_link(nodes: list[Node], edges: list[Edge], path: Path) -> Path:
    """Write the node-link JSON to ``path`` (UTF-8, indented, deterministic) and return ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(node_link(nodes, edges), ensure_ascii=False, indent=1, sort_keys=False)
    path.write_text(text + "\n", encoding="utf-8")
    return path
