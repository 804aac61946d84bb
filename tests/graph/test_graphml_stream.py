"""The streaming GraphML writer: what networkx and igraph read back from it is what was written.

The writer keeps networkx's layout but not three of its choices, which readers that follow the
GraphML format refuse or read wrongly: key ids shared by a node and an edge property of one
name, every edge's id being its type (Gephi keeps the first edge of each id), and ``True`` for
booleans (XML Schema has ``true``).
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import igraph
import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.graphio import read_graph_dir, read_graphml, to_networkx, write_graphml
from kg.graphml_stream import write_rows
from schema import Edge, Label, Node, RelType

NS = "{http://graphml.graphdrawing.org/xmlns}"


def _parts(path: Path) -> tuple[list[str], list[str], Counter]:
    """Key ids, edge ids and the texts of boolean values of a GraphML file."""
    root = ET.parse(path).getroot()
    keys = {k.get("id"): k.get("attr.type") for k in root.iter(f"{NS}key")}
    booleans = Counter(d.text for d in root.iter(f"{NS}data") if keys[d.get("key")] == "boolean")
    return [k.get("id") for k in root.iter(f"{NS}key")], [e.get("id") for e in root.iter(f"{NS}edge")], booleans


def test_corpus_graphml_reads_back_whole(corpus_build: Path, tmp_path: Path) -> None:
    nodes, edges = read_graph_dir(corpus_build)
    path = tmp_path / "stream.graphml"
    write_graphml(nodes, edges, path)
    assert (corpus_build / "kg.graphml").read_bytes() == path.read_bytes()
    assert nx.utils.graphs_equal(read_graphml(path), to_networkx(nodes, edges))
    key_ids, edge_ids, booleans = _parts(path)
    assert len(set(key_ids)) == len(key_ids) and len(set(edge_ids)) == len(edge_ids) == len(edges)
    assert booleans and set(booleans) <= {"true", "false"}
    plain = nx.read_graphml(path)  # without kg's decoding, as any networkx user reads it
    assert plain.number_of_edges() == len(edges) and plain.number_of_nodes() == len(nodes)
    graph = igraph.Graph.Read_GraphML(str(path))
    assert (graph.vcount(), graph.ecount()) == (len(nodes), len(edges))
    assert Counter(graph.es["type"]) == Counter(e.type.value for e in edges)


def test_a_node_and_an_edge_property_of_one_name_may_have_two_types(tmp_path: Path) -> None:
    nodes = [Node(id="Document:d1", label=Label.DOCUMENT, name="d1", properties={"date": 2024}),
             Node(id="Town:双街镇", label=Label.TOWN, name="双街镇")]
    edges = [Edge(source="Document:d1", target="Town:双街镇", type=RelType.MENTIONS, properties={"date": "2024-05-01"})]
    write_graphml(nodes, edges, tmp_path / "kg.graphml")
    back = read_graphml(tmp_path / "kg.graphml")
    assert back.nodes["Document:d1"]["date"] == 2024
    assert back.edges["Document:d1", "Town:双街镇", "MENTIONS"]["date"] == "2024-05-01"


def test_a_text_that_looks_encoded_comes_back_as_written(tmp_path: Path) -> None:
    nodes = [Node(id="Policy:json:规范", label=Label.POLICY, name="json:规范", properties={"note": "json:[1]"})]
    write_graphml(nodes, [], tmp_path / "kg.graphml")
    back = read_graphml(tmp_path / "kg.graphml").nodes["Policy:json:规范"]
    assert back["name"] == "json:规范" and back["note"] == "json:[1]"


_XML_TEXT = st.text(alphabet=st.sampled_from(list("北辰ab &<>\"'\n\t\r;#:|")), max_size=12)
_VALUE = st.one_of(_XML_TEXT, st.integers(-5, 5), st.booleans(), st.floats(-10, 10, allow_nan=False))


def _one_type_per_name(rows: list[dict]) -> bool:
    names = {name for attrs in rows for name in attrs}
    return all(len({type(a[n]) for a in rows if n in a}) == 1 for n in names)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_XML_TEXT, st.dictionaries(st.sampled_from(["a", "b", "c d"]), _VALUE, max_size=3)),
                max_size=4, unique_by=lambda t: t[0]),
       st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.sampled_from(["X", "Y"]),
                          st.dictionaries(st.sampled_from(["a", "w"]), _VALUE, max_size=2)), max_size=5))
def test_generated_rows_read_back_by_networkx(tmp_path_factory, nodes, edges) -> None:  # noqa: ANN001
    node_ids = [n for n, _ in nodes] or ["n"]
    edge_rows, seen = [], set()
    for u, v, kind, attrs in edges:
        source, target = node_ids[u % len(node_ids)], node_ids[v % len(node_ids)]
        if nodes and (source, kind, target) not in seen:
            seen.add((source, kind, target))
            edge_rows.append((source, target, kind, attrs))
    if not _one_type_per_name([a for _, a in nodes]) or not _one_type_per_name([a for *_, a in edge_rows]):
        return  # one type per name and scope, as the build guarantees (mixed ones are JSON strings)
    out = io.StringIO()
    write_rows(nodes, edge_rows, out)
    path = tmp_path_factory.mktemp("g") / "kg.graphml"
    path.write_text(out.getvalue(), encoding="utf-8")
    back = nx.read_graphml(path, force_multigraph=True)
    assert dict(back.nodes(data=True)) == dict(nodes)
    assert sorted((u, v, k, a) for u, v, k, a in back.edges(keys=True, data=True)) == sorted(
        (s, t, f"{s}|{kind}|{t}", a) for s, t, kind, a in edge_rows)
    key_ids, _, booleans = _parts(path)
    assert len(set(key_ids)) == len(key_ids) and set(booleans) <= {"true", "false"}


def test_equal_values_of_other_types_are_written_as_their_own_type() -> None:
    # 1 == True == 1.0 (and they hash alike): the elements kept for recurring values are told apart by type
    texts = []
    for value in (1, True, 1.0, 1, True):
        out = io.StringIO()
        write_rows([("n", {"v": value})], [], out)
        texts.append(out.getvalue().split('<data key="d0">')[1].split("</data>")[0])
    assert texts == ["1", "true", "1.0", "1", "true"]


def test_zero_and_minus_zero_are_written_as_themselves() -> None:
    # 0.0 == -0.0 and they hash alike, as do the elements kept for recurring values unless told apart
    texts = []
    for value in (0.0, -0.0, 0.0, -0.0):
        out = io.StringIO()
        write_rows([("n", {"z": value})], [], out)
        texts.append(out.getvalue().split('<data key="d0">')[1].split("</data>")[0])
    assert texts == ["0.0", "-0.0", "0.0", "-0.0"]
