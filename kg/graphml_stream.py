"""A streaming GraphML writer for rows of scalars, byte for byte what networkx writes.

``networkx.write_graphml`` first copies every row into a graph, then into an
lxml tree per element; for a build of 100k edges that took longer than the
extraction it serialises. This writer makes one pass over rows that are
already flat (:func:`kg.graphio._encode` has turned lists and dicts into
``json:`` strings) and writes the same document networkx writes with
``prettyprint=True, named_key_ids=True`` on a ``MultiDiGraph``: the same key
declarations in the same order, the same escaping, the same layout.
``tests/graph/test_graphml_stream.py`` compares the two on the corpus and on
generated strings.

Example:
    >>> import io
    >>> out = io.StringIO()
    >>> write_rows([("Town:双街镇", {"label": "Town"})], [], out)
    >>> "<node id=\\"Town:双街镇\\">" in out.getvalue()
    True
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
    if type(value) is not str:
        value = str(value)
    return value if _TEXT_SPECIAL.search(value) is None else _escape(value, _TEXT_ESCAPES)


def _attr(value: str) -> str:
    return value if _SPECIAL.search(value) is None else _escape(value, _ATTR_ESCAPES)


def _declare(rows: Iterable[dict[str, Any]], scope: str, keys: list[str]) -> None:
    """Prepend one ``<key>`` per attribute name, first-seen last (networkx inserts at the front)."""
    seen: set[str] = set()
    for attrs in rows:
        for name, value in attrs.items():
            if name not in seen:
                seen.add(name)
                xml_type = _XML_TYPES.get(type(value), "string")
                keys.insert(0, f'<key id="{_attr(name)}" for="{scope}" attr.name="{_attr(name)}" '
                               f'attr.type="{xml_type}"/>\n')


#: ``  <data key="…">`` per attribute name (a handful of names over all rows).
_DATA_OPEN: dict[str, str] = {}
#: Whole ``<data>`` elements of values that recur (an edge's type, ``json:[]``, small counts), by
#: (name, type, value): ``True == 1`` but they are written differently.
_DATA_SEEN: dict[tuple[str, type, Any], str] = {}
_SHORT = 24  # longer strings (names, evidence) rarely recur: they are not kept
_KEEP = 1 << 16  # a bound on the elements kept


def _element(name: str, value: Any) -> str:
    head = _DATA_OPEN.get(name)
    if head is None:
        head = _DATA_OPEN[name] = f'  <data key="{_attr(name)}">'
    return f"{head}{_text(value)}</data>\n"


def _data(attrs: dict[str, Any]) -> str:
    seen = _DATA_SEEN
    parts = []
    for k, v in attrs.items():
        kind = type(v)
        if kind is str and len(v) > _SHORT:
            parts.append(_element(k, v))
            continue
        key = (k, kind, repr(v) if kind is float else v)  # 0.0 == -0.0 (and they hash alike)
        element = seen.get(key)
        if element is None:
            element = _element(k, v)
            if len(seen) < _KEEP:
                seen[key] = element
        parts.append(element)
    return "".join(parts)


def write_rows(nodes: list[NodeRow], edges: list[EdgeRow], out: TextIO) -> None:
    """Write GraphML for ``(id, attrs)`` nodes and ``(source, target, key, attrs)`` edges, in order.

    Attribute values must be scalars (str, int, float, bool); ``None`` values must be dropped
    beforehand. The document is written in pieces of :data:`CHUNK` elements (never whole in memory).
    """
    keys: list[str] = []
    _declare((attrs for _, attrs in nodes), "node", keys)
    _declare((attrs for *_, attrs in edges), "edge", keys)
    parts = [_HEADER, "".join(keys), '<graph edgedefault="directed">']
    ids = {node_id: _attr(node_id) for node_id, _ in nodes}  # escaped once, not once per edge
    for node_id, attrs in nodes:
        parts.append(f'<node id="{ids[node_id]}">\n{_data(attrs)}</node>\n' if attrs
                     else f'<node id="{ids[node_id]}"/>\n')
        if len(parts) >= CHUNK:
            _flush(parts, out)
    for source, target, key, attrs in edges:
        source = ids[source] if source in ids else _attr(source)
        target = ids[target] if target in ids else _attr(target)
        head = f'<edge source="{source}" target="{target}" id="{_attr(key)}"'
        parts.append(f"{head}>\n{_data(attrs)}</edge>\n" if attrs else f"{head}/>\n")
        if len(parts) >= CHUNK:
            _flush(parts, out)
    parts.append("</graph></graphml>")
    _flush(parts, out)


#: Elements written per call: large enough that the calls cost nothing, small enough that a
#: graph of a million edges is not copied into one string.
CHUNK = 4096


def _flush(parts: list[str], out: TextIO) -> None:
    out.write("".join(parts))
    parts.clear()
