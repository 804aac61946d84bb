"""The embedded Cypher store: LadybugDB (the maintained fork of Kùzu) under the graph folder.

Why LadybugDB: it runs in-process with no server, speaks Cypher (with
parameters, lists, aggregations and Chinese strings), bulk-loads with
``COPY … FROM`` far faster than per-record ``MERGE``, and can open a
database read-only, so a write clause is refused by the engine itself.

The store ``<graph>/kg.lbdb`` is (re)built from ``nodes.jsonl`` and
``edges.jsonl`` on first use, or when they are not the files it was built from
(:func:`is_fresh`). It has one
node table per label (``id`` primary key, ``name``, ``aliases STRING[]``,
``docs STRING[]`` and the label's properties) and one relationship table per
type holding every FROM/TO pair the ontology allows; evidence is stored as
parallel lists (see :mod:`kg.stores.rows`). Every label and type has a table
even when empty, so any query of the suite can be planned.

Example:
    >>> query("MATCH (t:Town) WHERE $n IN t.aliases RETURN t.name AS town",
    ...       {"n": "双街示范镇"}, graph="data/graph")  # doctest: +SKIP
    [{'town': '双街镇'}]
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import ladybug
import pandas as pd

from kg import cypher
from kg.errors import GraphFormatError, QueryError, StoreError
from kg.stores import read_build
from kg.stores.answers import Rows, plain_row
from kg.stores.dialect import ladybug_cypher
from kg.stores.rows import EV_COLUMNS, edge_props, node_props
from schema.graph import Edge, Node
from schema.ontology import ALLOWED, Label, RelType

STORE_NAME = "kg.lbdb"
_FIXED_NODE = {"id": "STRING", "name": "STRING", "aliases": "STRING[]", "docs": "STRING[]"}
_EV_TYPES = dict(zip(EV_COLUMNS, ("STRING[]",) * 3 + ("INT64[]",) * 2 + ("STRING[]",)))
_SCALAR = {bool: "BOOLEAN", int: "INT64", float: "DOUBLE", str: "STRING"}
#: Columns the contract names, created even when no row has them, so that the
#: query suite binds on every build (the data's own type wins when present).
KNOWN_NODE_COLUMNS: dict[Label, dict[str, str]] = {
    Label.DOCUMENT: {k: "STRING" for k in (
        "title", "date", "publisher", "doc_number", "index_number", "region", "author", "kind",
        "source_file", "sha256")},
}
KNOWN_EDGE_COLUMNS: dict[RelType, dict[str, str]] = {
    RelType.SETS_TARGET: {"unit": "STRING", "baseline_year": "INT64", "baseline": "STRING",
                          "target_year": "INT64", "target_value": "STRING", "nature": "STRING",
                          "field": "STRING", "change": "STRING", "growth": "STRING", "growth_target": "STRING",
                          "growth_target_year": "INT64", "period": "STRING", "scope": "STRING",
                          "later_target": "STRING", "later_target_year": "INT64"},
    RelType.MENTIONS: {"stage": "STRING", "date": "STRING"},
    RelType.HOLDS_OFFICE: {"role": "STRING"},
}


def column_type(values: list[Any]) -> str:
    """The LadybugDB type of a column from its non-null values (mixed types become STRING).

    Example:
        >>> column_type([1, 2]), column_type([["a"], []]), column_type([1, "x"])
        ('INT64', 'STRING[]', 'STRING')
    """
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, list) for v in present):
        inner = {type(i) for v in present for i in v}
        if inner <= {int, float} and float in inner:
            return "DOUBLE[]"
        return f"{_SCALAR[inner.pop()]}[]" if len(inner) == 1 else "STRING[]"
    kinds = {type(v) for v in present}
    if kinds <= {int, float} and float in kinds:
        return "DOUBLE"
    return _SCALAR[kinds.pop()] if len(kinds) == 1 and list not in kinds else "STRING"


def _coerce(value: Any, kind: str) -> Any:
    """Fit a value to its column: a STRING column gets str(), a STRING[] column str items."""
    if value is None:
        return [] if kind.endswith("[]") else None
    if kind == "STRING" and not isinstance(value, str):
        return str(value)
    if kind == "STRING[]":
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return value


def _frame(rows: list[dict[str, Any]], columns: dict[str, str]) -> pd.DataFrame:
    data = {k: [_coerce(r.get(k), t) for r in rows] for k, t in columns.items()}
    return pd.DataFrame(data, columns=list(columns))


def _node_columns(lab: Label, props: list[dict[str, Any]]) -> dict[str, str]:
    columns = {**_FIXED_NODE, **KNOWN_NODE_COLUMNS.get(lab, {})}
    keys = sorted({k for p in props for k in p} - set(_FIXED_NODE))
    columns.update({k: column_type([p.get(k) for p in props]) for k in keys})
    return columns


def _edge_columns(rel: RelType, props: list[dict[str, Any]]) -> dict[str, str]:
    keys = sorted({k for p in props for k in p} - set(EV_COLUMNS))
    columns = dict(KNOWN_EDGE_COLUMNS.get(rel, {}))
    columns.update({k: column_type([p.get(k) for p in props]) for k in keys})
    columns.update(_EV_TYPES)
    return columns


def build_store(nodes: list[Node], edges: list[Edge], path: Path) -> None:
    """Create a fresh LadybugDB database at ``path`` holding the graph (bulk ``COPY``)."""
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    try:
        label_of = {n.id: n.label for n in nodes}
        for lab in Label:
            props = [node_props(n) for n in nodes if n.label is lab]
            columns = _node_columns(lab, props)
            conn.execute(cypher.lb_node_table(lab, columns))
            if props:
                frame = _frame(props, columns)  # noqa: F841 (read by COPY through its name)
                conn.execute(cypher.lb_copy_nodes(lab, "frame"))
        for rel in RelType:
            typed = [e for e in edges if e.type is rel]
            columns = _edge_columns(rel, [edge_props(e) for e in typed])
            pairs = sorted(ALLOWED[rel], key=lambda p: (p[0].value, p[1].value))
            conn.execute(cypher.lb_rel_table(rel, pairs, columns))
            _copy_edges(conn, rel, typed, label_of, columns)
    finally:
        conn.close()
        db.close()


def _copy_edges(conn: ladybug.Connection, rel: RelType, edges: list[Edge],
                label_of: dict[str, Label], columns: dict[str, str]) -> None:
    groups: dict[tuple[Label, Label], list[dict[str, Any]]] = {}
    for edge in edges:
        if edge.source not in label_of or edge.target not in label_of:
            raise GraphFormatError(f"edge {edge.key} names a node that is not in nodes.jsonl")
        row = {"from": edge.source, "to": edge.target, **edge_props(edge)}
        groups.setdefault((label_of[edge.source], label_of[edge.target]), []).append(row)
    for (source, target), rows in sorted(groups.items(), key=lambda kv: str(kv[0])):
        if (source, target) not in ALLOWED[rel]:
            raise GraphFormatError(f"{rel.value} from {source.value} to {target.value} is not allowed")
        frame = _frame(rows, {"from": "STRING", "to": "STRING", **columns})  # noqa: F841
        conn.execute(cypher.lb_copy_edges(rel, source, target, "frame"))


def store_path(graph: Path | str) -> Path:
    """Where the embedded store of a build folder lives."""
    return Path(graph) / STORE_NAME


def is_fresh(graph: Path | str) -> bool:
    """True when the store exists, is not empty, and was built from nodes.jsonl and edges.jsonl as they are.

    "As they are": their size, modification time and inode are those recorded when the store was built
    (``kg.lbdb.stamp``). A file replaced by an older copy (``cp -p``, ``rsync -a``) is not taken for the same.
    """
    store = store_path(graph)
    if not store.is_file() or store.stat().st_size == 0:
        return False
    try:
        return json.loads(_stamp_path(graph).read_text(encoding="utf-8")) == _stamp(graph)
    except (OSError, ValueError):
        return False


def _stamp_path(graph: Path | str) -> Path:
    return Path(graph) / f"{STORE_NAME}.stamp"


def _stamp(graph: Path | str) -> dict[str, list[int]]:
    """Size, modification time and inode of the files the store is built from."""
    stats = {name: (Path(graph) / name).stat() for name in ("nodes.jsonl", "edges.jsonl")}
    return {name: [st.st_size, st.st_mtime_ns, st.st_ino] for name, st in stats.items()}


def ensure_store(graph: Path | str = "data/graph", *, again: bool = False) -> Path:
    """Build the store if missing or stale, or ``again`` (into a temp file, then an atomic rename)."""
    graph = Path(graph)
    if is_fresh(graph) and not again:
        return store_path(graph)
    try:
        stamp = _stamp(graph)  # before the files are read: a change meanwhile makes the next query rebuild
    except OSError:
        stamp = None  # read_build says what is missing
    nodes, edges = read_build(graph)
    try:
        staging = Path(tempfile.mkdtemp(prefix=".kg-lbdb-", dir=graph))
    except OSError as exc:
        raise StoreError(f"{graph}: cannot write the embedded query store there ({exc.strerror or exc}); "
                         "query a copy of the build folder that you can write to") from exc
    try:
        build_store(nodes, edges, staging / STORE_NAME)
        for extra in sorted(staging.iterdir()):
            if extra.name != STORE_NAME:
                extra.unlink()
        os.replace(staging / STORE_NAME, store_path(graph))
        if stamp is not None:
            _stamp_path(graph).write_text(json.dumps(stamp) + "\n", encoding="utf-8")
    except RuntimeError as exc:
        raise StoreError(f"{graph}: cannot build the embedded store: {exc}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return store_path(graph)


def query(cypher_text: str, params: dict[str, Any] | None = None,
          graph: Path | str = "data/graph") -> Rows:
    """Run a read-only Cypher query on the embedded store; return rows as dicts of plain values
    (nodes, relationships and paths as :func:`kg.stores.answers.plain` gives them).

    Raises:
        QueryError: the query is invalid or tries to write (refused by the
            engine's read-only mode).
    """
    missing = sorted(cypher.parameters(cypher_text) - set(params or {}))
    if missing:
        raise QueryError(f"the query uses {', '.join('$' + name for name in missing)} but no value was given "
                         "(kg query: -p NAME=VALUE or --param-json NAME=JSON)")
    db = _open(graph)
    conn = ladybug.Connection(db)
    try:
        result = conn.execute(ladybug_cypher(cypher_text), params or {})
        names = result.get_column_names()
        if len(set(names)) < len(names):  # rows are dicts: a repeated name would keep one column
            raise QueryError(f"the query returns two columns named {_repeated(names)!r}; name them apart with AS")
        return Rows(names, (plain_row(names, row) for row in result.get_all()))
    except (RuntimeError, ValueError, TypeError) as exc:  # a parameter it cannot take: ValueError, TypeError
        raise QueryError(f"embedded store refused the query: {exc}{_dialect_hint(str(exc))}") from exc
    finally:
        conn.close()


#: Neo4j functions the embedded store (LadybugDB's Cypher) has no form of, with what to write there
#: (those it names otherwise are rewritten: :mod:`kg.stores.dialect`).
NEO4J_ONLY_FUNCTIONS = {
    "ELEMENTID": "n.id is a node's id (Label:name)",
    "STARTNODE": "name the relationship's ends in the pattern, (a)-[r]->(b)",
    "ENDNODE": "name the relationship's ends in the pattern, (a)-[r]->(b)",
    "TAIL": "list_slice(xs, 2, size(xs))",
}


def _dialect_hint(message: str) -> str:
    """What to write instead, when the store refused a Neo4j function it does not have, a list index
    counted from 0 or a parameter inside a list predicate (else nothing).

    Example:
        >>> "n.id" in _dialect_hint("Catalog exception: function ELEMENTID does not exist.")
        True
        >>> "WITH $name AS v" in _dialect_hint("Assertion failed in file parsed_parameter_expression.h: UNREACHABLE_CODE")
        True
    """
    if "1-based position" in message:
        return " (lists count from 1 in the embedded store: x[1] is the first item, x[0] in Neo4j)"
    if "parsed_parameter_expression" in message:  # any(a IN n.aliases WHERE a = $name)
        return (" (the embedded store reads no $parameter inside a list predicate such as any(… WHERE …): "
                "write $name IN n.aliases, or name the value first: WITH $name AS v MATCH … WHERE any(a IN n.aliases WHERE a = v))")
    for name, instead in NEO4J_ONLY_FUNCTIONS.items():
        if f"function {name} does not exist" in message:
            return f" (the embedded store speaks LadybugDB's Cypher: {instead})"
    return ""


def _repeated(names: list[str]) -> str:
    return next(name for name in names if names.count(name) > 1)


#: The stores this process has open, by path, with the file's identity when opened: opening one takes
#: 60-100 ms and a query on it a few, so a notebook's queries reuse it while the file stays the same. At
#: most :data:`KEPT_OPEN` (the oldest is closed): each open store reserves terabytes of address space.
_OPEN: dict[str, tuple[tuple[int, int, int], ladybug.Database]] = {}
KEPT_OPEN = 2


def _file_key(path: Path) -> tuple[int, int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns, stat.st_ino


def _open(graph: Path | str) -> ladybug.Database:
    """The store of ``graph``, read-only (kept open for the next query while its file is unchanged); one that
    cannot be opened (damaged: it is kg's cache) is built again."""
    path = ensure_store(graph)
    cached = _OPEN.pop(str(path), None)
    if cached is not None and cached[0] == _file_key(path):
        _OPEN[str(path)] = cached
        return cached[1]
    if cached is not None:  # rebuilt or changed since: open it again
        cached[1].close()
    try:
        db = ladybug.Database(str(path), read_only=True)
    except RuntimeError:
        path = ensure_store(graph, again=True)
        try:
            db = ladybug.Database(str(path), read_only=True)
        except RuntimeError as exc:
            raise StoreError(f"{graph}: cannot open the embedded query store: {exc}") from exc
    while len(_OPEN) >= KEPT_OPEN:
        _OPEN.pop(next(iter(_OPEN)))[1].close()
    _OPEN[str(path)] = (_file_key(path), db)
    return db


@atexit.register
def close_stores() -> None:
    """Close the stores this process keeps open (also at exit)."""
    while _OPEN:
        _OPEN.popitem()[1][1].close()
