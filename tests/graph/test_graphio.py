"""Build-folder files round-trip: JSONL and GraphML (read back by networkx)."""

from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

import networkx as nx
import pytest

from kg.errors import GraphFormatError
from kg.graphio import from_networkx, read_graph_dir, read_graphml, to_networkx, write_graph_dir, write_graphml
from schema import Edge, Evidence, Label, Node, RelType

NODES = [
    Node(id="Town:双街镇", label=Label.TOWN, name="双街镇", aliases=["双街", "双街示范镇"], docs=["d1", "d2"]),
    Node(id="Project:花卉博览园", label=Label.PROJECT, name="花卉博览园", docs=["d1"]),
    Node(id="Document:d1", label=Label.DOCUMENT, name="d1", docs=["d1"], properties={"date": "2021-05", "parts": 0}),
]
EDGES = [
    Edge(source="Project:花卉博览园", target="Town:双街镇", type=RelType.LOCATED_IN,
         evidence=[Evidence(doc="d1", section="第四章 重点工程", sentence="推动花卉博览园等项目落地。", start=3, end=16, rule="r")]),
    Edge(source="Document:d1", target="Project:花卉博览园", type=RelType.MENTIONS,
         properties={"count": 2, "stage": "planned", "stages": ["planned"]}),
]


def test_jsonl_round_trip(tmp_path: Path) -> None:
    write_graph_dir(NODES, EDGES, tmp_path)
    nodes, edges = read_graph_dir(tmp_path)
    assert nodes == sorted(NODES, key=lambda n: n.id)
    assert edges == sorted(EDGES, key=lambda e: e.key)


def test_graphml_round_trip_keeps_every_attribute(tmp_path: Path) -> None:
    write_graphml(NODES, EDGES, tmp_path / "kg.graphml")
    graph = read_graphml(tmp_path / "kg.graphml")
    assert from_networkx(graph) == from_networkx(to_networkx(NODES, EDGES))
    raw = nx.read_graphml(tmp_path / "kg.graphml")  # what Gephi-like tools see: scalars only
    assert raw.nodes["Town:双街镇"]["name"] == "双街镇"
    assert all(not isinstance(v, list) for _, attrs in raw.nodes(data=True) for v in attrs.values())


def test_missing_build_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GraphFormatError, match="no nodes.jsonl"):
        read_graph_dir(tmp_path)


def test_malformed_line_names_file_and_line(tmp_path: Path) -> None:
    write_graph_dir(NODES, EDGES, tmp_path)
    with open(tmp_path / "nodes.jsonl", "a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    with pytest.raises(GraphFormatError, match=r"nodes.jsonl:4"):
        read_graph_dir(tmp_path)


def test_graphml_keeps_a_key_with_mixed_scalar_types(tmp_path: Path) -> None:
    nodes = [
        Node(id="Indicator:a", label=Label.INDICATOR, name="a", properties={"value": 3}),
        Node(id="Indicator:b", label=Label.INDICATOR, name="b", properties={"value": ">2.8"}),
    ]
    write_graphml(nodes, [], tmp_path / "kg.graphml")
    back = read_graphml(tmp_path / "kg.graphml")
    assert back.nodes["Indicator:a"]["value"] == 3
    assert back.nodes["Indicator:b"]["value"] == ">2.8"
    nx.read_graphml(tmp_path / "kg.graphml")  # a plain reader accepts it too


@pytest.mark.parametrize(("first", "second"), [(True, "json:z"), (1, [1, 2]), ("json:1", 2), ([1], 2.5),
                                               (Counter(a=1), True), (OrderedDict(b=[2]), 1)])
def test_graphml_keeps_a_key_whose_values_are_written_as_text_and_as_numbers(tmp_path: Path, first: object,
                                                                               second: object) -> None:
    """A list, or a text that looks encoded, is written as text: a key that also holds a number or a
    boolean is then of mixed types, and every reader must still take the file."""
    import igraph

    nodes = [Node(id="Town:a", label=Label.TOWN, name="a", properties={"v": first}),
             Node(id="Town:b", label=Label.TOWN, name="b", properties={"v": second})]
    write_graphml(nodes, [], tmp_path / "kg.graphml")
    back = read_graphml(tmp_path / "kg.graphml")
    assert (back.nodes["Town:a"]["v"], back.nodes["Town:b"]["v"]) == (first, second)
    assert len(igraph.Graph.Read_GraphML(str(tmp_path / "kg.graphml")).vs) == 2
