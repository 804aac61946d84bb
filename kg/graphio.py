"""Read and write a build folder: ``nodes.jsonl``, ``edges.jsonl`` and ``kg.graphml``.

Read/write functions come in pairs and round-trip exactly. GraphML holds
scalars only, so list and dict values are written as JSON strings and
decoded on reading.

Example:
    >>> import tempfile, pathlib
    >>> from schema import Node, Label
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> write_graph_dir([Node(id="Town:双街镇", label=Label.TOWN, name="双街镇")], [], d)
    >>> read_graph_dir(d)[0][0].name
    '双街镇'
    >>> import shutil; shutil.rmtree(d)
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg import graphwrite
from kg.errors import GraphFormatError
from kg.graphwrite import EDGES_FILE, NODES_FILE
from schema import Edge, Node

if TYPE_CHECKING:  # networkx is imported where a graph is made (a build does not need it: 80 ms)
    import networkx as nx

#: Attributes stored as JSON strings in GraphML (lists and dicts).
_JSON_PREFIX = "json:"


#: ``json.dumps(value, ensure_ascii=False, separators=(",", ":"))`` without a new encoder per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def dumps(row: dict[str, Any]) -> str:
    """One canonical JSON line: keys in a fixed order, UTF-8 kept, no spaces."""
    return _ENCODE(row)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read JSON Lines; a malformed line raises :class:`GraphFormatError` naming file and line."""
    rows: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GraphFormatError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from exc
            if not isinstance(row, dict):
                raise GraphFormatError(f"{path}:{lineno}: not a JSON object (a row is {{...}})")
            rows.append(row)
    return rows


def sort_nodes(nodes: Iterable[Node]) -> list[Node]:
    """Nodes in id order (the order every file uses)."""
    return sorted(nodes, key=lambda n: n.id)


def sort_edges(edges: Iterable[Edge]) -> list[Edge]:
    """Edges in (source, type, target) order."""
    return sorted(edges, key=lambda e: e.key)


def write_graph_dir(nodes: Iterable[Node], edges: Iterable[Edge], path: Path) -> None:
    """Write ``nodes.jsonl`` and ``edges.jsonl`` into ``path`` (created if missing)."""
    graphwrite.write_jsonl_files(nodes, edges, path)


def write_graph_files(nodes: Iterable[Node], edges: Iterable[Edge], path: Path, *, processes: int = 1,
                      made: graphwrite.MadeRows | None = None, ordered: bool = False) -> None:
    """Write ``nodes.jsonl``, ``edges.jsonl`` and ``kg.graphml`` into ``path`` in one pass (:mod:`kg.graphwrite`;
    ``processes`` 2: a large graph's edges in two processes; ``made``: edges' rows made ahead; ``ordered``: the
    records are in file order already)."""
    graphwrite.write_graph_files(nodes, edges, path, processes=processes, made=made, ordered=ordered)


def read_graph_dir(path: Path) -> tuple[list[Node], list[Edge]]:
    """Read the nodes and edges of a build folder."""
    path = Path(path)
    if path.is_file():
        raise GraphFormatError(f"{path}: is a file; give the build folder (the one holding {NODES_FILE})")
    for name in (NODES_FILE, EDGES_FILE):
        if not (path / name).is_file():
            raise GraphFormatError(f"{path}: no {name} here; run `kg build --out {path}` first")
    try:
        nodes = [Node.from_row(r) for r in read_jsonl(path / NODES_FILE)]
        edges = [Edge.from_row(r) for r in read_jsonl(path / EDGES_FILE)]
    except (KeyError, ValueError) as exc:
        raise GraphFormatError(f"{path}: a row does not follow the contract ({exc})") from exc
    return nodes, edges


def to_networkx(nodes: Iterable[Node], edges: Iterable[Edge]) -> nx.MultiDiGraph:
    """Build a ``MultiDiGraph``: node attrs are the row minus ``id``; edge key is the type."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for node in sort_nodes(nodes):
        row = node.row()
        graph.add_node(row.pop("id"), **row)
    for edge in sort_edges(edges):
        row = edge.row()
        graph.add_edge(row.pop("source"), row.pop("target"), key=row["type"], **row)
    return graph


def from_networkx(graph: nx.MultiDiGraph) -> tuple[list[Node], list[Edge]]:
    """Inverse of :func:`to_networkx`."""
    nodes = [Node.from_row({"id": n, **attrs}) for n, attrs in graph.nodes(data=True)]
    edges = [
        Edge.from_row({"source": u, "target": v, **attrs})
        for u, v, attrs in graph.edges(data=True)
    ]
    return sort_nodes(nodes), sort_edges(edges)


def _mixed_keys(rows: Iterable[dict[str, Any]]) -> set[str]:
    """Keys whose values have more than one type as written (GraphML declares one type per key):
    lists, objects and texts that look encoded are written as text."""
    seen: dict[str, set[type]] = {}
    for attrs in rows:
        for key, value in attrs.items():
            if value is not None:
                seen.setdefault(key, set()).add(str if graphwrite.written_as_text(value) else type(value))
    return {key for key, types in seen.items() if len(types) > 1}


def _encode(attrs: dict[str, Any], mixed: set[str] = frozenset()) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if key in mixed or graphwrite.written_as_text(value):
            value = _JSON_PREFIX + _ENCODE(value)
        out[key] = value
    return out


def _decode(attrs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if isinstance(value, str) and value.startswith(_JSON_PREFIX):
            value = json.loads(value[len(_JSON_PREFIX):])
        out[key] = value
    return out


def write_graphml(nodes: Iterable[Node], edges: Iterable[Edge], path: Path) -> None:
    """Write GraphML; list/dict values (and keys of mixed scalar types) become ``json:`` strings.

    The layout is networkx's (``prettyprint=True``), with unique key and edge ids and booleans as
    ``true``/``false`` (:mod:`kg.graphml_stream`); values are encoded as :func:`_encode` does.
    """
    graphwrite.write_graphml(nodes, edges, path)


def read_graphml(path: Path) -> nx.MultiDiGraph:
    """Read a GraphML file written by :func:`write_graphml`, decoding the JSON values; the graph
    equals :func:`to_networkx`'s (an edge's key is its type, not its GraphML id ``source|TYPE|target``)."""
    import networkx as nx

    raw = nx.read_graphml(path, force_multigraph=True)
    graph = nx.MultiDiGraph()
    for node, attrs in raw.nodes(data=True):
        graph.add_node(node, **_decode(attrs))
    for u, v, attrs in raw.edges(data=True):
        graph.add_edge(u, v, key=attrs.get("type"), **_decode(attrs))
    return graph


def load_graph(path: str | Path = "data/graph", build_if_missing: bool = True) -> nx.MultiDiGraph:
    """The graph of a build folder as networkx; runs ``kg build`` first if it is missing."""
    path = Path(path)
    if not path.is_file() and not (path / NODES_FILE).is_file() and build_if_missing:
        from kg.pipeline import build

        build(out_dir=path)
    return to_networkx(*read_graph_dir(path))
