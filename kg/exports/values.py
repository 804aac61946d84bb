"""Typing and encoding of property values for the scalar-only export formats.

GEXF attributes and Neo4j CSV columns hold one scalar each, with one declared
type per attribute. :func:`infer_types` picks that type from every value a key
takes across the graph; :func:`encode` turns a value into the scalar written
for that type. Lists and objects become JSON strings (UTF-8, sorted keys), so
``json.loads`` gives back the original value.

Example:
    >>> infer_types([{"year": 2020, "aliases": ["双街"]}, {"year": 2025}])
    {'aliases': 'json', 'year': 'long'}
    >>> encode(["双街", "双街示范镇"], "json")
    '["双街", "双街示范镇"]'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

#: Value kinds, from the most specific to the least.
KINDS = ("boolean", "long", "double", "string", "json")


def kind_of(value: Any) -> str:
    """Return the kind of one value: boolean, long, double, string or json."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    return "json"


def _join(a: str, b: str) -> str:
    """The kind that holds values of kinds ``a`` and ``b``."""
    if a == b:
        return a
    if {a, b} == {"long", "double"}:
        return "double"
    return "json"


def infer_types(rows: Iterable[Mapping[str, Any]], skip: Iterable[str] = ()) -> dict[str, str]:
    """Return ``{key: kind}`` for every key of ``rows`` (sorted by key), ignoring ``None`` values.

    A key whose values are of several kinds gets ``double`` when they are all
    numbers and ``json`` otherwise, so every value still round-trips.
    """
    skipped = set(skip)
    kinds: dict[str, str] = {}
    for row in rows:
        for key, value in row.items():
            if key in skipped or value is None:
                continue
            kind = kind_of(value)
            kinds[key] = _join(kinds[key], kind) if key in kinds else kind
    return dict(sorted(kinds.items()))


def to_json(value: Any) -> str:
    """Encode ``value`` as compact, deterministic JSON that keeps Chinese characters readable."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def encode(value: Any, kind: str) -> str:
    """Return the text written for ``value`` in an attribute or column of ``kind``."""
    if kind == "json":
        return to_json(value)
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    return str(value)


def decode(text: str, kind: str) -> Any:
    """Inverse of :func:`encode` for readers that hand back plain strings."""
    if kind == "json":
        return json.loads(text)
    if kind == "boolean":
        return text == "true"
    if kind == "long":
        return int(text)
    if kind == "double":
        return float(text)
    return text
