"""What an export must hold: the build folder's rows, read with kg.graphio.read_graph_dir.

The comparisons here are shared by the per-format tests; each test reads its
export with an independent reader and hands plain Python values to them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kg.graphio import read_graph_dir


def rows(graph_dir: Path) -> tuple[dict[str, dict[str, Any]], dict[tuple[str, str, str], dict[str, Any]]]:
    """Return ``({node id: row}, {(source, type, target): row})`` of a build folder."""
    nodes, edges = read_graph_dir(graph_dir)
    node_rows = {n.id: n.row() for n in nodes}
    edge_rows = {(e.source, e.type.value, e.target): e.row() for e in edges}
    assert len(node_rows) == len(nodes) and len(edge_rows) == len(edges)
    return node_rows, edge_rows


def mixed_keys(table: dict[Any, dict[str, Any]]) -> set[str]:
    """Keys whose values are of several Python types (other than int with float)."""
    types: dict[str, set[type]] = {}
    for row in table.values():
        for key, value in row.items():
            types.setdefault(key, set()).add(type(value))
    return {k for k, ts in types.items() if len(ts) > 1 and not ts <= {int, float}}


def same_value(expected: Any, got: Any, mixed: bool) -> bool:
    """Compare a source value with what a scalar-only format gave back.

    Lists and objects come back as JSON text; in a key of mixed types every
    value is JSON text; numbers of a mixed int/float key come back
    as floats.
    """
    if isinstance(got, str) and (isinstance(expected, (list, dict)) or mixed):
        return json.loads(got) == expected
    if isinstance(expected, (list, dict)):
        return got == expected
    if isinstance(expected, bool) or isinstance(got, bool):
        return expected is got
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return float(expected) == float(got)
    return type(expected) is type(got) and expected == got


def assert_attrs(expected: dict[str, Any], got: dict[str, Any], mixed: set[str], what: str) -> None:
    """Every expected attribute is in ``got`` with the same value (``got`` may hold more)."""
    for key, value in expected.items():
        assert key in got, f"{what}: attribute {key!r} lost"
        assert same_value(value, got[key], key in mixed), f"{what}.{key}: {value!r} became {got[key]!r}"
