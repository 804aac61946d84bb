"""A streaming GraphML writer for rows of scalars.

``networkx.write_graphml`` first copies every row into a graph, then into an
lxml tree per element; for a build of 100k edges that took longer than the
extraction it serialises. This writer makes one pass over rows that are
already flat (:func:`kg.graphio._encode` has turned lists and dicts into
``json:`` strings), in networkx's layout and escaping, and writes what the
GraphML format asks where networkx does not, so that every reader takes the
file whole:

- each ``<key>`` has its own id (``d0``, ``d1``, …; the property name is its
  ``attr.name``): a node property and an edge property of one name (``date``)
  are two keys, which may have two types;
- each edge has its own id, ``source|TYPE|target`` (the GEXF export's ids): Gephi
  drops an edge whose id it has seen, and networkx took the type for the id;
- booleans are ``true`` and ``false`` (XML Schema's), not Python's ``True``.

``tests/graph/test_graphml_stream.py`` reads the files back with networkx and
igraph and compares them with the rows.

Example:
    >>> import io
    >>> out = io.StringIO()
    >>> write_rows([("Town:双街镇", {"label": "Town", "weak": True})], [], out)
    >>> "<node id=\\"Town:双街镇\\">" in out.getvalue(), '<data key="d1">true</data>' in out.getvalue()
    (True, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TextIO

NodeRow = tuple[str, dict[str, Any]]
EdgeRow = tuple[str, str, str, dict[str, Any]]

_HEADER = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)
#: GraphML ``attr.type`` of each Python scalar type (networkx's choice: int is ``long``).
_XML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))
_ATTR_ESCAPES = _TEXT_ESCAPES + (('"', "&quot;"), ("\n", "&#10;"), ("\t", "&#9;"))
#: Characters that need any escaping at all (most values need none: one C scan decides).
_SPECIAL = re.compile("[&<>\r\"\n\t]")
_TEXT_SPECIAL = re.compile("[&<>\r]")


def _escape(value: str, escapes: tuple[tuple[str, str], ...]) -> str:
    for char, entity in escapes:  # "&" first, so the entities are not escaped again
        value = value.replace(char, entity)
    return value


def _text(value: Any) -> str:
    kind = type(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is not str:
        value = str(value)
    return value if _TEXT_SPECIAL.search(value) is None else _escape(value, _TEXT_ESCAPES)


def _attr(value: str) -> str:
    return value if _SPECIAL.search(value) is None else _escape(value, _ATTR_ESCAPES)


class Keys:
    """``<key>`` elements and the key id of each property name, per scope (``node``, ``edge``): ids
    ``d{first}``, ``d{first + 1}``, … in the order the names are declared."""

    def __init__(self, first: int = 0) -> None:
        self.first = first
        self.elements: list[str] = []
        self.ids: dict[str, dict[str, str]] = {"node": {}, "edge": {}}

    def declare(self, scope: str, name: str, kind: type) -> None:
        """Declare ``name`` in ``scope`` with the GraphML type of the Python type ``kind`` (once)."""
        ids = self.ids[scope]
        if name in ids:
            return
        ids[name] = key_id = f"d{self.first + len(self.elements)}"
        xml_type = _XML_TYPES.get(kind, "string")
        self.elements.append(f'<key id="{key_id}" for="{scope}" attr.name="{_attr(name)}" '
                             f'attr.type="{xml_type}"/>\n')

    def declare_rows(self, rows: Iterable[dict[str, Any]], scope: str) -> None:
        """Declare every property name of ``rows`` in first-seen order, typed by its first value."""
        ids = self.ids[scope]
        for attrs in rows:
            for name, value in attrs.items():
                if name not in ids:
                    self.declare(scope, name, type(value))


_SHORT = 24  # longer strings (names, evidence) rarely recur: they are not kept
_KEEP = 1 << 16  # a bound on the elements kept


class _Data:
    """The ``<data>`` elements of one scope (node or edge), with those of recurring values kept."""

    def __init__(self, ids: dict[str, str]) -> None:
        self.open = {name: f'  <data key="{key_id}">' for name, key_id in ids.items()}
        #: Whole elements of values that recur (an edge's type, ``json:[]``, small counts), by
        #: (name, type, value): ``True == 1`` but they are written differently.
        self.seen: dict[tuple[str, type, Any], str] = {}

    def __call__(self, attrs: dict[str, Any]) -> str:
        seen, open_ = self.seen, self.open
        parts = []
        for k, v in attrs.items():
            kind = type(v)
            if kind is str and len(v) > _SHORT:
                parts.append(f"{open_[k]}{_text(v)}</data>\n")
                continue
            key = (k, kind, repr(v) if kind is float else v)  # 0.0 == -0.0 (and they hash alike)
            element = seen.get(key)
            if element is None:
                element = f"{open_[k]}{_text(v)}</data>\n"
                if len(seen) < _KEEP:
                    seen[key] = element
            parts.append(element)
        return "".join(parts)


def write_rows(nodes: list[NodeRow], edges: list[EdgeRow], out: TextIO) -> None:
    """Write GraphML for ``(id, attrs)`` nodes and ``(source, target, type, attrs)`` edges, in order.

    Attribute values must be scalars (str, int, float, bool); ``None`` values must be dropped
    beforehand. The document is written in pieces of :data:`CHUNK` elements (never whole in memory).
    """
    keys = Keys()
    keys.declare_rows((attrs for _, attrs in nodes), "node")
    keys.declare_rows((attrs for *_, attrs in edges), "edge")
    ids = escaped_ids(node_id for node_id, _ in nodes)
    write_start(out, keys)
    write_nodes(nodes, keys, ids, out)
    write_edges(edges, keys, ids, out)
    write_end(out)


def escaped_ids(node_ids: Iterable[str]) -> dict[str, str]:
    """Each node id escaped for an attribute (once, not once per edge)."""
    return {node_id: _attr(node_id) for node_id in node_ids}


def write_start(out: TextIO, *keys: Keys) -> None:
    """The XML header, the ``<key>`` elements (of each :class:`Keys` in turn) and the opening of the graph."""
    out.write("".join([_HEADER, *("".join(k.elements) for k in keys), '<graph edgedefault="directed">']))


def write_nodes(nodes: list[NodeRow], keys: Keys, ids: dict[str, str], out: TextIO) -> None:
    """The ``<node>`` elements of ``nodes`` (``ids``: :func:`escaped_ids`)."""
    node_data = _Data(keys.ids["node"])
    parts: list[str] = []
    for node_id, attrs in nodes:
        parts.append(f'<node id="{ids[node_id]}">\n{node_data(attrs)}</node>\n' if attrs
                     else f'<node id="{ids[node_id]}"/>\n')
        if len(parts) >= CHUNK:
            _flush(parts, out)
    _flush(parts, out)


def write_edges(edges: list[EdgeRow], keys: Keys, ids: dict[str, str], out: TextIO) -> None:
    """The ``<edge>`` elements of ``edges`` (endpoints not in ``ids`` are escaped here)."""
    edge_data = _Data(keys.ids["edge"])
    parts: list[str] = []
    for source, target, kind, attrs in edges:
        source = ids[source] if source in ids else _attr(source)
        target = ids[target] if target in ids else _attr(target)
        head = f'<edge source="{source}" target="{target}" id="{source}|{_attr(kind)}|{target}"'
        parts.append(f"{head}>\n{edge_data(attrs)}</edge>\n" if attrs else f"{head}/>\n")
        if len(parts) >= CHUNK:
            _flush(parts, out)
    _flush(parts, out)


def write_end(out: TextIO) -> None:
    """The closing of the graph and the document."""
    out.write("</graph></graphml>")


#: Elements written per call: large enough that the calls cost nothing, small enough that a
#: graph of a million edges is not copied into one string.
CHUNK = 4096


def _flush(parts: list[str], out: TextIO) -> None:
    out.write("".join(parts))
    parts.clear()
