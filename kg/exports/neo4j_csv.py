"""CSV files in the form ``neo4j-admin database import full`` reads, for bulk loading.

The files hold what ``kg load neo4j`` writes over Bolt (:mod:`kg.stores.rows`), so the
query suite (``queries/``) runs the same on a graph imported from them: node properties
``id``, ``name``, ``aliases``, ``docs`` and the label's own; relationship properties their
own plus the evidence as parallel lists ``ev_doc``, ``ev_section``, ``ev_sentence``,
``ev_start``, ``ev_end``, ``ev_rule``.

One nodes file per label (``nodes_<Label>.csv``, header ``id:ID,name,aliases:string[],
docs:string[],<properties>,:LABEL``) and one relationships file per type
(``rels_<TYPE>.csv``, header ``:START_ID,:END_ID,:TYPE,<properties>,ev_doc:string[],…``).
A column has one type: ``long``, ``double``, ``boolean``, text, or an array of one of them
(``string[]``, ``long[]``, …); a column whose values mix kinds is JSON text (``key:string``). Array items are
joined by the first of ``;``, ``|`` and U+001F that no item holds (:func:`array_delimiter`),
named in ``README.txt`` with the import command. neo4j-admin reads an empty cell as no
property, so an empty text, an empty list (no aliases, no evidence) or a list of one empty
text is a missing property there, where ``kg load`` stores it; and a column holding both
whole and decimal numbers is ``double`` (2 comes back as 2.0).

:func:`read_neo4j_csv` reads such a folder back into records, the round trip the tests check.

Example:
    >>> column_header("baseline_year", "long"), column_header("ev_start", "long[]")
    ('baseline_year:long', 'ev_start:long[]')
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.errors import GraphFormatError
from kg.exports.values import decode, encode, infer_types
from kg.stores.rows import EV_COLUMNS, EVIDENCE_KEYS, edge_props, node_props
from schema.graph import Edge, Evidence, Node
from schema.ontology import Label, RelType

#: Candidates for the array delimiter, in order of preference (U+001F: the ASCII unit separator).
DELIMITERS = (";", "|", "\x1f")
_README_HEAD = "Knowledge graph exported by `kg export --format csv`"
_NODE_FIXED = ("id", "name", "aliases", "docs")


def column_kinds(rows: list[dict[str, Any]], skip: Iterable[str] = ()) -> dict[str, str]:
    """``{key: kind}``: a scalar kind of :func:`kg.exports.values.infer_types`, or ``<kind>[]`` for a
    key whose values are all lists of one scalar kind (an empty list fits any)."""
    skipped = set(skip)
    lists = {k for row in rows for k, v in row.items() if isinstance(v, list) and k not in skipped}
    kinds = infer_types(({k: v for k, v in row.items() if k not in lists} for row in rows), skipped)
    for key in sorted(lists):
        values = [row[key] for row in rows if row.get(key) is not None]
        if all(isinstance(v, list) for v in values):
            item_kinds = infer_types([{"item": item} for v in values for item in v])
            kinds[key] = f"{item_kinds.get('item', 'string')}[]" if item_kinds.get("item") != "json" else "json"
        else:
            kinds[key] = "json"
    return dict(sorted(kinds.items()))


def column_header(key: str, kind: str) -> str:
    """The neo4j-admin header field of a property column: text has no type, JSON text (a column of
    mixed kinds) is marked ``:string`` so that :func:`read_neo4j_csv` decodes it."""
    return key if kind == "string" else f"{key}:string" if kind == "json" else f"{key}:{kind}"


def array_delimiter(tables: Iterable[tuple[list[dict[str, Any]], dict[str, str]]]) -> str:
    """The first of :data:`DELIMITERS` that no text item of an array column holds.

    Raises:
        GraphFormatError: every candidate occurs in some item.
    """
    used = set()
    for rows, kinds in tables:
        for key, kind in kinds.items():
            if kind == "string[]":
                for row in rows:
                    used.update(ch for item in row.get(key) or () for ch in DELIMITERS if ch in item)
    free = [d for d in DELIMITERS if d not in used]
    if not free:
        raise GraphFormatError("every array delimiter kg knows (; | U+001F) occurs in the graph's text")
    return free[0]


def cell(value: Any, kind: str, delimiter: str) -> str:
    """The CSV cell of ``value`` in a column of ``kind`` (empty for a missing value or an empty list)."""
    if value is None:
        return ""
    if kind.endswith("[]"):
        return delimiter.join(encode(item, kind[:-2]) for item in value)
    return encode(value, kind)


def _value(text: str, kind: str, delimiter: str) -> Any:
    """Inverse of :func:`cell` (``None`` for an empty cell)."""
    if text == "":
        return None
    if kind.endswith("[]"):
        return [decode(item, kind[:-2]) for item in text.split(delimiter)]
    return decode(text, kind)


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


class _Table:
    """One file: its rows (store properties), their column kinds and the fixed leading fields."""

    def __init__(self, name: str, rows: list[dict[str, Any]], lead: list[list[str]], skip: tuple[str, ...]) -> None:
        self.name, self.rows, self.lead = name, rows, lead
        self.kinds = column_kinds(rows, skip)
        odd = sorted(k for k in self.kinds if ":" in k)
        if odd:
            raise GraphFormatError(f"{name}: property {odd[0]!r} holds ':', which a neo4j-admin header reads as a type")

    def write(self, out_dir: Path, head: list[str], tail: list[str], delimiter: str, *,
              first: tuple[str, ...] = (), last: tuple[str, ...] = ()) -> None:
        """Write the file: ``head`` fields, the columns of ``first``, the others, those of ``last``,
        then ``tail`` fields."""
        keys = [k for k in first if k in self.kinds] + [k for k in self.kinds if k not in first + last] \
            + [k for k in last if k in self.kinds]
        header = head + [column_header(k, self.kinds[k]) for k in keys] + tail
        body = [fixed[:len(head)] + [cell(row.get(k), self.kinds[k], delimiter) for k in keys] + fixed[len(head):]
                for fixed, row in zip(self.lead, self.rows)]
        _write(out_dir / self.name, header, body)


def _node_table(label: str, nodes: list[Node]) -> _Table:
    rows = [node_props(n) for n in nodes]
    return _Table(f"nodes_{label}.csv", rows, [[n.id, label] for n in nodes], skip=("id",))


#: The evidence columns' kinds, whatever the rows hold (all of a type's lists may be empty).
_EV_KINDS = {column: "long[]" if column in ("ev_start", "ev_end") else "string[]" for column in EV_COLUMNS}


def _rel_table(rel_type: str, edges: list[Edge]) -> _Table:
    rows = [edge_props(e) for e in edges]
    table = _Table(f"rels_{rel_type}.csv", rows, [[e.source, e.target, rel_type] for e in edges], skip=EV_COLUMNS)
    table.kinds.update(_EV_KINDS)
    return table


def import_command(node_files: list[str], rel_files: list[str], delimiter: str = ";", database: str = "neo4j") -> str:
    """The ``neo4j-admin`` command that imports the files (run from the export folder)."""
    shown = delimiter if delimiter.isprintable() else f"U+{ord(delimiter):04X}"
    parts = ["neo4j-admin database import full", "--overwrite-destination",
             f'--array-delimiter="{shown}"', "--multiline-fields=true"]
    parts += [f"--nodes={name}" for name in node_files]
    parts += [f"--relationships={name}" for name in rel_files]
    return " \\\n    ".join(parts + [database])


def _readme(node_files: list[str], rel_files: list[str], delimiter: str) -> str:
    shown = delimiter if delimiter.isprintable() else f"U+{ord(delimiter):04X}"
    return (
        f"{_README_HEAD} for neo4j-admin bulk import.\n\n"
        "nodes_<Label>.csv: one file per node label; id:ID is the kg id (Label:name).\n"
        "rels_<TYPE>.csv: one file per relationship type; the evidence is in the parallel arrays\n"
        f"{', '.join(EV_COLUMNS)} (entry i of each is one source sentence),\n"
        "as `kg load neo4j` stores it, so the queries in queries/ work on the imported graph.\n"
        "Columns of mixed kinds are JSON text. An empty text, an empty list, or a list of one empty\n"
        "text (the section of evidence read from a document's head) is an empty cell: no property.\n"
        f"array delimiter: {shown}\n\n"
        "Stop the database, then run from this folder (Neo4j 5):\n\n"
        f"{import_command(node_files, rel_files, delimiter)}\n"
    )


def write_neo4j_csv(nodes: list[Node], edges: list[Edge], out_dir: Path) -> Path:
    """Write the CSV files and ``README.txt`` into ``out_dir`` (created if missing); return it.

    The files of an earlier CSV export there are replaced. A non-empty folder that holds no earlier
    export is refused (:class:`~kg.errors.GraphFormatError`): its own ``nodes_*.csv`` or ``README.txt``
    would be deleted or overwritten.
    """
    out_dir = Path(out_dir)
    _check_export_folder(out_dir)
    by_label: dict[str, list[Node]] = {}
    for node in sorted(nodes, key=lambda n: n.id):
        by_label.setdefault(node.label.value, []).append(node)
    by_type: dict[str, list[Edge]] = {}
    for edge in sorted(edges, key=lambda e: e.key):
        by_type.setdefault(edge.type.value, []).append(edge)
    node_tables = [_node_table(label, group) for label, group in sorted(by_label.items())]
    rel_tables = [_rel_table(rel, group) for rel, group in sorted(by_type.items())]
    delimiter = array_delimiter((t.rows, t.kinds) for t in node_tables + rel_tables)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in [*out_dir.glob("nodes_*.csv"), *out_dir.glob("rels_*.csv")]:
        stale.unlink()
    for table in node_tables:
        table.write(out_dir, ["id:ID"], [":LABEL"], delimiter, first=_NODE_FIXED)
    for table in rel_tables:
        table.write(out_dir, [":START_ID", ":END_ID", ":TYPE"], [], delimiter, last=EV_COLUMNS)
    readme = _readme([t.name for t in node_tables], [t.name for t in rel_tables], delimiter)
    (out_dir / "README.txt").write_text(readme, encoding="utf-8")
    return out_dir


def _check_export_folder(out_dir: Path) -> None:
    """Refuse a file, or a non-empty folder that no CSV export wrote."""
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise GraphFormatError(f"{out_dir}: is a file; the csv export writes a folder (pass --out DIR)")
    if not any(out_dir.iterdir()):
        return
    try:
        ours = (out_dir / "README.txt").read_text(encoding="utf-8").startswith(_README_HEAD)
    except (OSError, UnicodeDecodeError):
        ours = False
    if not ours:
        raise GraphFormatError(f"{out_dir}: holds files that no csv export wrote, which it would replace "
                               "(pass --out a new or empty folder, or one an earlier csv export wrote)")


def read_neo4j_csv(folder: Path) -> tuple[list[Node], list[Edge]]:
    """Read a folder :func:`write_neo4j_csv` wrote back into records (the store's view of them:
    properties as :func:`kg.stores.rows.node_props` gives them, empty lists as missing).

    Raises:
        GraphFormatError: the folder holds no such export.
    """
    folder = Path(folder)
    try:
        readme = (folder / "README.txt").read_text(encoding="utf-8")
    except OSError as exc:
        raise GraphFormatError(f"{folder}: no csv export here (README.txt: {exc.strerror})") from exc
    line = next((x for x in readme.splitlines() if x.startswith("array delimiter: ")), None)
    if not readme.startswith(_README_HEAD) or line is None:
        raise GraphFormatError(f"{folder}: README.txt is not a kg csv export's")
    shown = line.removeprefix("array delimiter: ")
    delimiter = chr(int(shown.removeprefix("U+"), 16)) if shown.startswith("U+") else shown
    nodes = [_node(row) for path in sorted(folder.glob("nodes_*.csv")) for row in _rows(path, delimiter)]
    edges = [_edge(row) for path in sorted(folder.glob("rels_*.csv")) for row in _rows(path, delimiter)]
    return nodes, edges


def _rows(path: Path, delimiter: str) -> list[dict[str, Any]]:
    """The rows of one file: fixed fields (``id:ID`` as ``id``, ``:LABEL``, ``:START_ID``, …) as text,
    properties decoded by their column's kind (a ``:string`` column holds JSON text)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        out = []
        for record in reader:
            row: dict[str, Any] = {}
            for field, text in zip(header, record):
                if field == "id:ID" or field.startswith(":"):
                    row["id" if field == "id:ID" else field] = text
                    continue
                name, _, kind = field.partition(":")
                value = _value(text, {"": "string", "string": "json"}.get(kind, kind), delimiter)
                if value is not None:
                    row[name] = value
            out.append(row)
        return out


def _node(row: dict[str, Any]) -> Node:
    props = {k: v for k, v in row.items() if k not in (*_NODE_FIXED, ":LABEL")}
    return Node(id=row["id"], label=Label(row[":LABEL"]), name=row["name"], aliases=row.get("aliases", []),
                docs=row.get("docs", []), properties=props)


def _edge(row: dict[str, Any]) -> Edge:
    size = max(len(row.get(column, ())) for column in EV_COLUMNS)
    # a list of one empty text (the section of evidence from a document's head) is an empty cell too
    lists = [row.get(column) or [""] * size for column in EV_COLUMNS]
    evidence = [Evidence(**dict(zip(EVIDENCE_KEYS, values))) for values in zip(*lists)]
    props = {k: v for k, v in row.items() if k not in (*EV_COLUMNS, ":START_ID", ":END_ID", ":TYPE")}
    return Edge(source=row[":START_ID"], target=row[":END_ID"], type=RelType(row[":TYPE"]), evidence=evidence,
                properties=props)
