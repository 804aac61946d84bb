"""CSV files in the form ``neo4j-admin database import full`` reads, for bulk loading.

One nodes file per label (``nodes_<Label>.csv``, header ``id:ID,name,
aliases:string[],docs:string[],<properties>,:LABEL``) and one relationships file
per type (``rels_<TYPE>.csv``, header ``:START_ID,:END_ID,:TYPE,evidence,
<properties>``). Lists of strings are arrays joined by ``;`` (neo4j-admin's
default array delimiter); a list holding a ``;`` or a non-string, and every
object (evidence included), is a JSON string. A ``README.txt`` beside the files
gives the import command.

Example:
    >>> column_header("baseline_year", "long")
    'baseline_year:long'
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.errors import GraphFormatError
from kg.exports.values import encode, infer_types, to_json
from schema.graph import Edge, Node

ARRAY_DELIMITER = ";"

_SUFFIX = {"boolean": ":boolean", "long": ":long", "double": ":double", "string": "", "json": "",
           "string[]": ":string[]"}


def column_kinds(rows: list[dict[str, Any]], skip: Iterable[str] = ()) -> dict[str, str]:
    """Return ``{key: kind}`` with the extra kind ``string[]`` for lists of plain strings."""
    kinds = infer_types(rows, skip)
    for key, kind in kinds.items():
        values = [row[key] for row in rows if row.get(key) is not None]
        if kind == "json" and all(_is_string_array(v) for v in values):
            kinds[key] = "string[]"
    return kinds


def _is_string_array(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(item, str) and ARRAY_DELIMITER not in item and item for item in value
    )


def column_header(key: str, kind: str) -> str:
    """Return the neo4j-admin header field of a property column."""
    return f"{key}{_SUFFIX[kind]}"


def cell(value: Any, kind: str) -> str:
    """Return the CSV cell of ``value`` in a column of ``kind`` (empty for a missing value)."""
    if value is None:
        return ""
    if kind == "string[]":
        return ARRAY_DELIMITER.join(value)
    return encode(value, kind)


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _node_file(label: str, nodes: list[Node], out_dir: Path) -> str:
    rows = [n.row() for n in nodes]
    kinds = column_kinds(rows, skip=("id", "label"))
    keys = ["name", "aliases", "docs"] + [k for k in kinds if k not in ("name", "aliases", "docs")]
    keys = [k for k in keys if k in kinds]
    header = ["id:ID"] + [column_header(k, kinds[k]) for k in keys] + [":LABEL"]
    body = [[row["id"]] + [cell(row.get(k), kinds[k]) for k in keys] + [label] for row in rows]
    name = f"nodes_{label}.csv"
    _write(out_dir / name, header, body)
    return name


def _rel_file(rel_type: str, edges: list[Edge], out_dir: Path) -> str:
    rows = [e.row() for e in edges]
    kinds = column_kinds(rows, skip=("source", "target", "type", "evidence"))
    header = [":START_ID", ":END_ID", ":TYPE", "evidence"] + [column_header(k, v) for k, v in kinds.items()]
    body = [
        [row["source"], row["target"], rel_type, to_json(row["evidence"])]
        + [cell(row.get(k), kind) for k, kind in kinds.items()]
        for row in rows
    ]
    name = f"rels_{rel_type}.csv"
    _write(out_dir / name, header, body)
    return name


def import_command(node_files: list[str], rel_files: list[str], database: str = "neo4j") -> str:
    """Return the ``neo4j-admin`` command that imports the files (run from the export folder)."""
    parts = ["neo4j-admin database import full", "--overwrite-destination",
             f'--array-delimiter="{ARRAY_DELIMITER}"', "--multiline-fields=true"]
    parts += [f"--nodes={name}" for name in node_files]
    parts += [f"--relationships={name}" for name in rel_files]
    return " \\\n    ".join(parts + [database])


def _readme(node_files: list[str], rel_files: list[str]) -> str:
    return (
        f"{_README_HEAD} for neo4j-admin bulk import.\n\n"
        "nodes_<Label>.csv: one file per node label; id:ID is the kg id (Label:name).\n"
        "rels_<TYPE>.csv: one file per relationship type; evidence is a JSON list of\n"
        "{doc, section, sentence, start, end, rule}.\n"
        f"Arrays (string[]) are joined by '{ARRAY_DELIMITER}'; other lists and objects are JSON strings.\n\n"
        "Stop the database, then run from this folder (Neo4j 5):\n\n"
        f"{import_command(node_files, rel_files)}\n"
    )


_README_HEAD = "Knowledge graph exported by `kg export --format csv`"


def write_neo4j_csv(nodes: list[Node], edges: list[Edge], out_dir: Path) -> Path:
    """Write the CSV files and ``README.txt`` into ``out_dir`` (created if missing); return it.

    The files of an earlier CSV export there are replaced. A non-empty folder that holds no earlier
    export is refused (:class:`~kg.errors.GraphFormatError`): its own ``nodes_*.csv`` or ``README.txt``
    would be deleted or overwritten.
    """
    out_dir = Path(out_dir)
    _check_export_folder(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in [*out_dir.glob("nodes_*.csv"), *out_dir.glob("rels_*.csv")]:
        stale.unlink()
    by_label: dict[str, list[Node]] = {}
    for node in sorted(nodes, key=lambda n: n.id):
        by_label.setdefault(node.label.value, []).append(node)
    by_type: dict[str, list[Edge]] = {}
    for edge in sorted(edges, key=lambda e: e.key):
        by_type.setdefault(edge.type.value, []).append(edge)
    node_files = [_node_file(label, group, out_dir) for label, group in sorted(by_label.items())]
    rel_files = [_rel_file(rel, group, out_dir) for rel, group in sorted(by_type.items())]
    (out_dir / "README.txt").write_text(_readme(node_files, rel_files), encoding="utf-8")
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
