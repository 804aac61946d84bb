"""Writing a build's graph files in one pass over the records, without per-row dicts or encoders.

This is the one writer of ``nodes.jsonl``, ``edges.jsonl`` and GraphML (the build,
:mod:`kg.graphio` and ``kg export graphml`` use it). Writing each record's row (``Node.row``),
JSON-encoding it, then encoding the row's lists again for GraphML was most of the writing stage
of a x10 build. Here every record is turned once into its JSON line and its GraphML attributes:
the JSON text of a list (the evidence above all) is made once and used for both files, strings
are encoded by the JSON module's C string encoder, and an evidence sentence quoted by several
relations is encoded once. ``tests/graph/test_graphwrite.py`` checks the bytes against the
row-based form (``Node.row``, :func:`kg.graphio.dumps`, :mod:`kg.graphml_stream`), and
``tests/graph/test_graphml_stream.py`` the GraphML read back by networkx and igraph.

Example:
    >>> import tempfile, pathlib
    >>> from schema import Node, Label
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> write_graph_files([Node(id="Town:双街镇", label=Label.TOWN, name="双街镇")], [], d)
    >>> (d / "nodes.jsonl").read_text(encoding="utf-8")
    '{"id":"Town:双街镇","label":"Town","name":"双街镇","aliases":[],"docs":[]}\\n'
    >>> import shutil; shutil.rmtree(d)
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from json.encoder import encode_basestring
from operator import attrgetter
from pathlib import Path
from typing import Any, TextIO

from kg.graphml_stream import CHUNK, write_rows
from schema import Edge, Evidence, Node, RelType
from schema.graph import EDGE_FIELDS, NODE_FIELDS, _unreserved

NODES_FILE = "nodes.jsonl"
EDGES_FILE = "edges.jsonl"
GRAPHML_FILE = "kg.graphml"
_JSON_PREFIX = "json:"
#: The generic encoder (the one of :func:`kg.graphio.dumps`), for values other than str and int.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_S = encode_basestring
_NODE_ORDER = attrgetter("id")
_EDGE_ORDER = attrgetter("source", "type", "target")
_TYPE_VALUES = {member: member.value for member in RelType}


def written_as_text(value: Any) -> bool:
    """Whether GraphML holds ``value`` as ``json:`` text: a list, an object, or a text that would be
    read as one if written as it is."""
    return isinstance(value, (list, dict)) or (type(value) is str and value.startswith(_JSON_PREFIX))


def _value(value: Any) -> str:
    """``_ENCODE(value)``, with the common scalars done directly."""
    kind = type(value)
    if kind is str:
        return _S(value)
    if kind is int:
        return int.__repr__(value)
    return _ENCODE(value)


def _strings(values: list[Any]) -> str:
    """``_ENCODE(values)`` for a list of strings (any other list: the generic encoder)."""
    try:
        return "[" + ",".join(map(_S, values)) + "]"
    except TypeError:
        return _ENCODE(values)


class Rows:
    """JSON lines and GraphML attributes of one kind of record, and the scalar types of their properties.

    Args:
        reserved: The row's contract fields (properties may not use them).
        kind: ``"node"`` or ``"edge"`` (for the error message).
    """

    def __init__(self, reserved: tuple[str, ...], kind: str) -> None:
        self.reserved, self.kind = reserved, kind
        self.fields = frozenset(reserved)
        self.lines: list[str] = []
        self.attrs: list[dict[str, Any]] = []
        #: ``(row index, key, value)`` of every scalar property (to re-encode keys of mixed types).
        self.scalars: list[tuple[int, str, Any]] = []
        self.types: dict[str, type] = {}  # the first scalar type of each property
        self.mixed_keys: set[str] = set()
        self.keys: dict[str, str] = {}  # ',"key":' per property name

    def add(self, head: str, attrs: dict[str, Any], properties: dict[str, Any]) -> None:
        """Add a row: ``head`` is the JSON of the fixed fields (without the closing brace)."""
        if properties:
            if not self.fields.isdisjoint(properties):
                _unreserved(properties, self.reserved, self.kind)
            parts = [head]
            row, keys = len(self.attrs), self.keys
            for key, value in sorted(properties.items()) if len(properties) > 1 else properties.items():
                text = _value(value)
                prefix = keys.get(key)
                if prefix is None:
                    prefix = keys[key] = f",{_S(key)}:"
                parts.append(prefix + text)
                if value is None:
                    continue
                as_text = written_as_text(value)
                attrs[key] = _JSON_PREFIX + text if as_text else value
                self._typed(row, key, value, as_text)
            head = "".join(parts)
        self.lines.append(head + "}\n")
        self.attrs.append(attrs)

    def add_made(self, line: str, attrs: dict[str, Any], properties: dict[str, Any]) -> None:
        """Add a row :meth:`add` made in other rows (:func:`made_rows`): its ``line`` and ``attrs``, and the
        types of its ``properties``."""
        row = len(self.attrs)
        for key, value in properties.items():
            if value is not None:
                self._typed(row, key, value, written_as_text(value))
        self.lines.append(line)
        self.attrs.append(attrs)

    def _typed(self, row: int, key: str, value: Any, as_text: bool) -> None:
        """Count the type of row ``row``'s property ``key`` (``as_text``: written as JSON text, so a str: a key
        that also holds numbers is mixed), keeping a scalar for :meth:`mixed`."""
        if as_text:
            kind: type = str
        else:
            kind = type(value)
            self.scalars.append((row, key, value))
        if self.types.setdefault(key, kind) is not kind:
            self.mixed_keys.add(key)

    def mixed(self, keys: set[str] | None = None) -> None:
        """Write keys whose values have several scalar types as JSON strings (GraphML has one type per key).

        ``keys``: those keys, when the rows are part of a larger set (default: the ones these rows mix)."""
        keys = self.mixed_keys if keys is None else keys
        if not keys:
            return
        for index, key, value in self.scalars:
            if key in keys:
                self.attrs[index][key] = _JSON_PREFIX + _ENCODE(value)


def node_rows(nodes: list[Node]) -> Rows:
    rows = Rows(NODE_FIELDS, "node")
    for node in nodes:
        label = node.label.value
        aliases, docs = _strings(node.aliases), _strings(node.docs)
        head = (f'{{"id":{_S(node.id)},"label":{_S(label)},"name":{_S(node.name)},'
                f'"aliases":{aliases},"docs":{docs}')
        name = _JSON_PREFIX + _S(node.name) if written_as_text(node.name) else node.name
        attrs = {"label": label, "name": name, "aliases": _JSON_PREFIX + aliases, "docs": _JSON_PREFIX + docs}
        rows.add(head, attrs, node.properties)
    rows.mixed()
    return rows


class _EvidenceJson:
    """The JSON of evidence lists, each distinct sentence encoded once."""

    def __init__(self) -> None:
        self.sentences: dict[str, str] = {}

    def __call__(self, evidence: list[Evidence]) -> str:
        """``_ENCODE([e.model_dump() for e in evidence])``."""
        parts = []
        sentences = self.sentences
        for e in evidence:
            sentence = sentences.get(e.sentence)
            if sentence is None:
                sentence = sentences[e.sentence] = _S(e.sentence)
            parts.append(f'{{"doc":{_S(e.doc)},"section":{_S(e.section)},"sentence":{sentence},'
                         f'"start":{_value(e.start)},"end":{_value(e.end)},"rule":{_S(e.rule)}}}')
        return "[" + ",".join(parts) + "]"


#: Edges' rows made ahead, by the edge's ``id()``: the edge (the row is used for that record only), its JSON
#: line and its GraphML attributes (:func:`made_rows`).
MadeRows = dict[int, tuple[Edge, str, dict[str, Any]]]


def made_rows(edges: list[Edge]) -> MadeRows:
    """The rows of ``edges`` made ahead of writing (a rebuild makes the drafted MENTIONS edges' while a worker
    extracts the new documents, :func:`kg.resolve.draft`): :func:`edge_rows` takes them for these records."""
    rows = edge_rows(edges, set())
    return {id(edge): (edge, line, attrs) for edge, line, attrs in zip(edges, rows.lines, rows.attrs)}


def edge_rows(edges: list[Edge], mixed: set[str] | None = None, made: MadeRows | None = None) -> Rows:
    """The rows of ``edges``; ``mixed``: the properties written as JSON text (default: those ``edges`` mix);
    ``made``: rows made ahead (:func:`made_rows`), taken for the records they were made of."""
    rows = Rows(EDGE_FIELDS, "edge")
    evidence_json = _EvidenceJson()
    for edge in edges:
        ahead = made.get(id(edge)) if made else None
        if ahead is not None and ahead[0] is edge:
            rows.add_made(ahead[1], ahead[2], edge.properties)
            continue
        kind = _TYPE_VALUES[edge.type]
        evidence = evidence_json(edge.evidence) if edge.evidence else "[]"  # most edges (MENTIONS) have none
        head = f'{{"source":{_S(edge.source)},"target":{_S(edge.target)},"type":{_S(kind)},"evidence":{evidence}'
        rows.add(head, {"type": kind, "evidence": _JSON_PREFIX + evidence}, edge.properties)
    rows.mixed(mixed)
    return rows


def _graphml_rows(nodes: dict[str, dict[str, Any]], edges: list[Edge], attrs: list[dict[str, Any]]) -> tuple[
        list[tuple[str, dict[str, Any]]], list[tuple[str, str, str, dict[str, Any]]]]:
    """Nodes (endpoints without a record appended to ``nodes``) and edges in the order networkx keeps them."""
    by_source: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    for edge, row in zip(edges, attrs):
        source, target = edge.source, edge.target
        if source not in nodes:
            nodes[source] = {}
        if target not in nodes:
            nodes[target] = {}
        keyed = by_source.setdefault(source, {}).setdefault(target, {})
        if row["type"] in keyed:
            keyed[row["type"]].update(row)
        else:
            keyed[row["type"]] = row
    ordered = [(source, target, key, row)
               for source in nodes for target, keyed in by_source.get(source, {}).items()
               for key, row in keyed.items()]
    return list(nodes.items()), ordered


def write_graph_files(nodes: Iterable[Node], edges: Iterable[Edge], path: Path, *, processes: int = 1,
                      made: MadeRows | None = None, ordered: bool = False) -> None:
    """Write ``nodes.jsonl``, ``edges.jsonl`` and ``kg.graphml`` into ``path`` (created if missing).

    ``processes``: 2 or more writes a large graph's edges in two processes (:mod:`kg.splitwrite`;
    the same bytes). ``made``: rows of some of the edges made ahead (:func:`made_rows`). ``ordered``: the
    records are lists in file order already (as :func:`kg.resolve.resolve` gives them), not sorted again."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    if not (ordered and isinstance(nodes, list) and isinstance(edges, list)):
        nodes, edges = sorted(nodes, key=_NODE_ORDER), sorted(edges, key=_EDGE_ORDER)
    if processes > 1:
        from kg.splitwrite import split_order, write_split

        order = split_order(nodes, edges)
        if order is not None:
            write_split(nodes, edges, path, made, order)
            return
    prepared = nodes, edges, node_rows(nodes), edge_rows(edges, made=made)
    _write_lines(prepared, path)
    _write_graphml(prepared, path / GRAPHML_FILE)


def write_jsonl_files(nodes: Iterable[Node], edges: Iterable[Edge], path: Path) -> None:
    """Write ``nodes.jsonl`` and ``edges.jsonl`` into ``path`` (created if missing)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    _write_lines(_prepared(nodes, edges), path)


def write_graphml(nodes: Iterable[Node], edges: Iterable[Edge], target: Path) -> None:
    """Write the GraphML file ``target`` alone (what ``kg export graphml`` writes)."""
    _write_graphml(_prepared(nodes, edges), Path(target))


_Prepared = tuple[list[Node], list[Edge], Rows, Rows]


def _prepared(nodes: Iterable[Node], edges: Iterable[Edge]) -> _Prepared:
    """The records in file order with their rows."""
    nodes = sorted(nodes, key=_NODE_ORDER)
    edges = sorted(edges, key=_EDGE_ORDER)  # Edge.key's order: RelType members compare as their str values
    return nodes, edges, node_rows(nodes), edge_rows(edges)


def _write_lines(prepared: _Prepared, folder: Path) -> None:
    for rows, name in ((prepared[2], NODES_FILE), (prepared[3], EDGES_FILE)):
        with open(folder / name, "w", encoding="utf-8", newline="\n") as fh:
            write_lines(rows.lines, fh)


def write_lines(lines: list[str], fh: TextIO) -> None:
    """Write JSON lines in pieces of :data:`CHUNK` (never one string)."""
    fh.writelines("".join(lines[start:start + CHUNK]) for start in range(0, len(lines), CHUNK))


def _write_graphml(prepared: _Prepared, target: Path) -> None:
    nodes, edges, node_rows, edge_rows = prepared
    by_id = {node.id: attrs for node, attrs in zip(nodes, node_rows.attrs)}
    graph_nodes, graph_edges = _graphml_rows(by_id, edges, edge_rows.attrs)
    with open(target, "w", encoding="utf-8", newline="\n") as fh:
        write_rows(graph_nodes, graph_edges, fh)
