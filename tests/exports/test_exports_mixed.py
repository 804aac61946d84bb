"""A property key whose values mix numbers and text still round-trips in GEXF, CSV and JSON.

GEXF attributes and CSV columns have one type each; such a key is declared a
string and every value in it is written as JSON text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.graphio import read_graph_dir, write_graph_dir
from tests.exports.conftest import SAMPLE
from tests.exports.test_exports_formats import (
    test_csv_follows_neo4j_admin_headers_and_keeps_everything as check_csv,
    test_gexf_read_by_networkx_keeps_everything as check_gexf,
    test_json_is_node_link_data_with_evidence as check_json,
)


@pytest.fixture()
def mixed_dir(tmp_path: Path) -> Path:
    nodes, edges = read_graph_dir(SAMPLE)
    for index, node in enumerate(n for n in nodes if n.label.value in ("Project", "Enterprise")):
        node.properties["code"] = index if index % 2 else f"T-{index}"
    for index, edge in enumerate(e for e in edges if e.type.value == "SETS_TARGET"):
        edge.properties["rank"] = [1, "一"][index % 2]
        edge.properties["share"] = [0.5, 2][index % 2]
    out = tmp_path / "mixed"
    write_graph_dir(nodes, edges, out)
    return out


def test_mixed_keys_round_trip_in_gexf(mixed_dir: Path, tmp_path: Path) -> None:
    check_gexf(mixed_dir, tmp_path)


def test_mixed_keys_round_trip_in_csv(mixed_dir: Path, tmp_path: Path) -> None:
    check_csv(mixed_dir, tmp_path)


def test_mixed_keys_round_trip_in_json(mixed_dir: Path, tmp_path: Path) -> None:
    check_json(mixed_dir, tmp_path)
