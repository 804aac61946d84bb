"""The analyst query suite: ``queries/*.cypher`` with their expected rows.

Each ``<name>.cypher`` starts with ``//`` comment lines: a description and
``// params: {json}``; the same text runs on the embedded store and on a
Bolt server. ``<name>.expected.json`` lists rows that must be present, per
graph (``corpus`` for the real build, ``fixture`` for the test build), an
optional ``min_rows`` per graph, and ``exact`` when the listed rows are the
whole answer.

Example:
    >>> [q.name for q in load_suite()][:1]
    ['documents']
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import GraphFormatError

SUITE_DIR = Path(__file__).resolve().parents[2] / "queries"


@dataclass
class SuiteQuery:
    """One query of the suite."""

    name: str
    text: str
    params: dict[str, Any]
    expected: dict[str, Any] = field(default_factory=dict)

    def must_contain(self, graph: str) -> list[dict[str, Any]]:
        """Rows that must be in the answer on ``graph`` ("corpus" or "fixture")."""
        return list(self.expected.get(graph, []))

    def min_rows(self, graph: str) -> int:
        """The least number of rows the answer on ``graph`` must have."""
        return int(self.expected.get("min_rows", {}).get(graph, 0))


def _params(text: str, file: Path) -> dict[str, Any]:
    for line in text.splitlines():
        if line.startswith("// params:"):
            try:
                return json.loads(line.removeprefix("// params:"))
            except json.JSONDecodeError as exc:
                raise GraphFormatError(f"{file}: bad params line ({exc.msg})") from exc
    return {}


def load_suite(folder: Path = SUITE_DIR) -> list[SuiteQuery]:
    """Every query of the suite, sorted by name."""
    out = []
    for file in sorted(folder.glob("*.cypher")):
        text = file.read_text(encoding="utf-8")
        expected_file = file.with_suffix(".expected.json")
        expected = json.loads(expected_file.read_text(encoding="utf-8")) if expected_file.exists() else {}
        out.append(SuiteQuery(file.stem, text, _params(text, file), expected))
    return out


def canonical(rows: list[dict[str, Any]]) -> list[str]:
    """Rows as sorted JSON strings, for comparing answers of two engines."""
    return sorted(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str) for row in rows)


def missing_rows(rows: list[dict[str, Any]], wanted: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The wanted rows (compared on their own keys) that are not in ``rows``."""
    return [w for w in wanted if not any(all(r.get(k) == v for k, v in w.items()) for r in rows)]
