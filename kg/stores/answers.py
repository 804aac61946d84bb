"""Query answers in one shape whichever store gave them.

The three stores hand back graph values in three forms: the embedded store
(LadybugDB) gives a node as a dict with its internal ``_ID`` and ``_LABEL``, the
Neo4j driver gives ``neo4j.graph`` objects and FalkorDB's client its own
``Node``, ``Edge`` and ``Path`` classes (printed as Cypher-like strings by
``kg query``). :func:`plain` turns each into plain data, the same for all:

- a node: ``{"_label": "Town", "id": ..., "name": ..., ...}`` (its properties);
- a relationship: ``{"_type": "PART_OF", ...}`` (its properties, evidence lists too);
- a path: ``{"nodes": [...], "relationships": [...]}``; a variable-length relationship
  (``-[r*1..2]->``): the list of its relationships, as Neo4j gives it (FalkorDB's client
  hands it over as a path, or as the relationship for one hop, and it stays so);
- lists and maps value by value; anything else as it is.

Internal ids are left out (they differ between stores and loads), and so are
properties without a value (the embedded store lists every column of a path's
node tables).

:class:`Rows` is a query's rows (dicts) that also keep the column names, so an
answer without rows still has its header (``kg query --format csv``).

Example:
    >>> plain({"_ID": {"offset": 0, "table": 1}, "_LABEL": "Town", "name": "双街镇", "level": None})
    {'_label': 'Town', 'name': '双街镇'}
    >>> rows = Rows(["name"], [])
    >>> rows, rows.columns
    ([], ['name'])
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from typing import Any


class Rows(list):
    """Result rows (dicts by column name) with the query's column names, in order."""

    def __init__(self, columns: Iterable[str], rows: Iterable[dict[str, Any]] = ()) -> None:
        super().__init__(rows)
        self.columns = list(columns)


def plain(value: Any) -> Any:
    """``value`` with nodes, relationships and paths of any store as plain dicts (see the module)."""
    if isinstance(value, _driver_types()):  # before Mapping: the driver's nodes are Mappings too
        return _from_neo4j(value) if isinstance(value, _neo4j_types()) else _from_falkordb(value)
    if isinstance(value, Mapping):
        return _plain_map(value)
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def _neo4j_types() -> tuple[type, ...]:
    graph = sys.modules.get("neo4j.graph")
    return (graph.Node, graph.Relationship, graph.Path) if graph else ()


def _driver_types() -> tuple[type, ...]:
    """The graph classes of the Neo4j driver and of FalkorDB's client, of those already imported: a
    value of a class not loaded cannot occur, and importing the drivers would add 0.2 s to every
    query on the embedded store."""
    client = sys.modules.get("falkordb")
    return (*_neo4j_types(), *((client.Node, client.Edge, client.Path) if client else ()))


def plain_row(names: Iterable[str], values: Iterable[Any]) -> dict[str, Any]:
    """One row as a dict of plain values."""
    return {name: plain(value) for name, value in zip(names, values)}


def _properties(kind: str, name: str, properties: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    return {kind: name, **{k: plain(v) for k, v in properties if v is not None}}


def _plain_map(value: Mapping[str, Any]) -> dict[str, Any]:
    """A map, or a node, relationship or path of the embedded store (dicts with ``_``-keys)."""
    if "_NODES" in value and "_RELS" in value:
        if len(value["_NODES"]) != len(value["_RELS"]) + 1:  # a variable-length relationship: inner nodes only
            return plain(value["_RELS"])  # as Neo4j gives it: the list of its relationships
        return {"nodes": plain(value["_NODES"]), "relationships": plain(value["_RELS"])}
    if "_LABEL" in value and "_ID" in value:
        kind = "_type" if "_SRC" in value else "_label"
        inner = ((k, v) for k, v in value.items() if not k.startswith("_"))
        return _properties(kind, value["_LABEL"], inner)
    return {key: plain(item) for key, item in value.items()}


def _from_neo4j(value: Any) -> Any:
    """A ``neo4j.graph`` node, relationship or path."""
    Node, Relationship, Path = _neo4j_types()
    if isinstance(value, Node):
        return _properties("_label", ":".join(sorted(value.labels)), value.items())
    if isinstance(value, Relationship):
        return _properties("_type", value.type, value.items())
    if isinstance(value, Path):
        return {"nodes": plain(list(value.nodes)), "relationships": plain(list(value.relationships))}
    return value


def _from_falkordb(value: Any) -> Any:
    """A FalkorDB client's ``Node``, ``Edge`` or ``Path``."""
    from falkordb import Edge, Node, Path  # imported already: the value is one of them

    if isinstance(value, Node):
        return _properties("_label", ":".join(value.labels or []), value.properties.items())
    if isinstance(value, Edge):
        return _properties("_type", value.relation, value.properties.items())
    if isinstance(value, Path):
        return {"nodes": plain(value.nodes()), "relationships": plain(value.edges())}
    return value
