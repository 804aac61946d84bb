"""Turn graph records into the parameter rows stores load, and cut rows into batches.

A store property must be a scalar or a list of scalars. Node rows keep
``id``, ``name``, ``aliases``, ``docs`` and the label's own properties;
relationship rows keep their own properties plus the evidence as parallel
lists ``ev_doc``, ``ev_section``, ``ev_sentence``, ``ev_start``, ``ev_end``,
``ev_rule`` (entry *i* of each list belongs to the same evidence). Parallel
lists keep one relationship per fact (as the contract says), can be
returned by any Cypher engine, and need no extra node per sentence.

Example:
    >>> from schema.graph import Edge, Evidence
    >>> e = Edge(source="Project:A", target="Town:B", type="LOCATED_IN",
    ...          evidence=[Evidence(doc="d", section="s", sentence="x", start=0, end=1, rule="r")])
    >>> edge_props(e)["ev_sentence"]
    ['x']
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from kg.errors import GraphFormatError, StoreError
from schema.graph import Edge, Node
from schema.ontology import Label, RelType

EVIDENCE_KEYS = ("doc", "section", "sentence", "start", "end", "rule")
EV_COLUMNS = tuple(f"ev_{k}" for k in EVIDENCE_KEYS)
Scalar = str | int | float | bool


def clean_value(value: Any) -> Any:
    """Make a value storable: scalars stay, lists of scalars stay, the rest becomes JSON.

    ``None`` stays ``None`` (the caller drops it). A list mixing types becomes a
    list of strings so that every list is homogeneous.

    Example:
        >>> clean_value([1, "a"])
        ['1', 'a']
        >>> clean_value({"k": 1})
        '{"k": 1}'
    """
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        items = [v for v in value if v is not None]
        if all(isinstance(v, (str, int, float, bool)) for v in items):
            if len({type(v) for v in items}) <= 1:
                return list(items)
        return [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in items]
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def node_props(node: Node) -> dict[str, Any]:
    """The properties stored on a node (``label`` is the node's label, not a property)."""
    props: dict[str, Any] = {"id": node.id, "name": node.name}
    props["aliases"] = list(node.aliases)
    props["docs"] = list(node.docs)
    for name, value in sorted(node.properties.items()):
        clean = clean_value(value)
        if clean is not None and name not in props and name != "label":
            props[name] = clean
    return props


def edge_props(edge: Edge) -> dict[str, Any]:
    """The properties stored on a relationship, evidence as parallel lists."""
    props: dict[str, Any] = {}
    for name, value in sorted(edge.properties.items()):
        clean = clean_value(value)
        if clean is not None:
            props[name] = clean
    for field, column in zip(EVIDENCE_KEYS, EV_COLUMNS):
        props[column] = [getattr(ev, field) for ev in edge.evidence]
    return props


def group_nodes(nodes: list[Node]) -> dict[Label, list[dict[str, Any]]]:
    """Loader rows ``{id, props}`` per label, in id order."""
    groups: dict[Label, list[dict[str, Any]]] = {}
    for node in sorted(nodes, key=lambda n: n.id):
        groups.setdefault(node.label, []).append({"id": node.id, "props": node_props(node)})
    return groups


EdgeGroup = tuple[RelType, Label, Label]


def group_edges(nodes: list[Node], edges: list[Edge]) -> dict[EdgeGroup, list[dict[str, Any]]]:
    """Loader rows ``{source, target, props}`` per (type, source label, target label).

    Raises:
        GraphFormatError: an edge names a node that is not in the graph.
    """
    label_of = {n.id: n.label for n in nodes}
    groups: dict[EdgeGroup, list[dict[str, Any]]] = {}
    for edge in sorted(edges, key=lambda e: e.key):
        missing = [i for i in (edge.source, edge.target) if i not in label_of]
        if missing:
            raise GraphFormatError(f"edge {edge.key} names unknown node(s) {missing}")
        group = (edge.type, label_of[edge.source], label_of[edge.target])
        row = {"source": edge.source, "target": edge.target, "props": edge_props(edge)}
        groups.setdefault(group, []).append(row)
    return groups


def row_bytes(row: dict[str, Any]) -> int:
    """Approximate encoded size of a row (UTF-8 JSON; PackStream is no larger).

    A ``'`` counts twice: FalkorDB gets it escaped (JSON already doubles ``\\``).
    """
    text = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    return len(text.encode("utf-8")) + text.count("'")


def split_row(row: dict[str, Any], budget: int) -> list[dict[str, Any]]:
    """Cut a row bigger than ``budget`` bytes into a base row and list-append rows.

    The base row holds every scalar and the first items of each list; each
    following row holds only the endpoint keys and further list items, to be
    appended in order. Loading the pieces in order gives the whole row.

    Raises:
        StoreError: one value alone is over the budget.
    """
    if row_bytes(row) <= budget:
        return [row]
    ident = {k: v for k, v in row.items() if k != "props"}
    lists = {k: v for k, v in row["props"].items() if isinstance(v, list)}
    scalars = {k: v for k, v in row["props"].items() if k not in lists}
    current = {**ident, "props": {**scalars, **{k: [] for k in lists}}}
    if row_bytes(current) > budget:
        raise StoreError(f"the scalar properties of {ident} exceed the batch size of {budget} bytes; "
                         "give a larger --batch-bytes (FalkorDB's Bolt side takes about 4,000 bytes a message)")
    pieces = [current]
    for i in range(max((len(v) for v in lists.values()), default=0)):
        item = {k: v[i : i + 1] for k, v in lists.items()}
        grown = {k: current["props"][k] + item[k] for k in lists}
        candidate = {**ident, "props": {**current["props"], **grown}}
        if row_bytes(candidate) <= budget:
            current = pieces[-1] = candidate
            continue
        current = {**ident, "props": item}
        if row_bytes(current) > budget:
            raise StoreError(f"one list item of {ident} is larger than the batch size of {budget} bytes; "
                             "give a larger --batch-bytes (FalkorDB's Bolt side takes about 4,000 bytes a message)")
        pieces.append(current)
    return pieces


def batches(
    rows: list[dict[str, Any]], max_rows: int, max_bytes: int
) -> Iterator[list[dict[str, Any]]]:
    """Yield consecutive batches of at most ``max_rows`` rows and ``max_bytes`` bytes.

    A single row over ``max_bytes`` is yielded alone (split it first with
    :func:`split_row`).
    """
    batch: list[dict[str, Any]] = []
    size = 0
    for row in rows:
        cost = row_bytes(row) + 1
        if batch and (len(batch) >= max_rows or size + cost > max_bytes):
            yield batch
            batch, size = [], 0
        batch.append(row)
        size += cost
    if batch:
        yield batch
