"""The streaming GraphML writer writes the bytes networkx's writer writes for the same graph."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.graphio import _encode, _mixed_keys, read_graph_dir, to_networkx, write_graphml
from kg.graphml_stream import write_rows


def _networkx_bytes(nodes, edges, path: Path) -> bytes:  # noqa: ANN001
    """The writer the build used before: networkx over the encoded graph."""
    source = to_networkx(nodes, edges)
    graph = nx.MultiDiGraph()
    node_mixed = _mixed_keys(a for _, a in source.nodes(data=True))
    edge_mixed = _mixed_keys(a for _, _, a in source.edges(data=True))
    for node, attrs in source.nodes(data=True):
        graph.add_node(node, **_encode(attrs, node_mixed))
    for u, v, key, attrs in source.edges(keys=True, data=True):
        graph.add_edge(u, v, key=key, **_encode(attrs, edge_mixed))
    nx.write_graphml(graph, path, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return path.read_bytes()


def test_corpus_graphml_bytes_equal_networkx(corpus_build: Path, tmp_path: Path) -> None:
    nodes, edges = read_graph_dir(corpus_build)
    write_graphml(nodes, edges, tmp_path / "stream.graphml")
    assert (tmp_path / "stream.graphml").read_bytes() == _networkx_bytes(nodes, edges, tmp_path / "nx.graphml")
    assert (corpus_build / "kg.graphml").read_bytes() == (tmp_path / "stream.graphml").read_bytes()


_XML_TEXT = st.text(alphabet=st.sampled_from(list("北辰ab &<>\"'\n\t\r;#:")), max_size=12)
_VALUE = st.one_of(_XML_TEXT, st.integers(-5, 5), st.booleans(), st.floats(-10, 10, allow_nan=False))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_XML_TEXT, st.dictionaries(st.sampled_from(["a", "b", "c d"]), _VALUE, max_size=3)),
                max_size=4, unique_by=lambda t: t[0]),
       st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.sampled_from(["X", "Y"]),
                          st.dictionaries(st.sampled_from(["a", "w"]), _VALUE, max_size=2)), max_size=5))
def test_generated_rows_equal_networkx(tmp_path_factory, nodes, edges) -> None:  # noqa: ANN001
    path = tmp_path_factory.mktemp("g") / "nx.graphml"
    graph = nx.MultiDiGraph()
    node_ids = [n for n, _ in nodes] or ["n"]
    rows = []
    for node, attrs in nodes:
        graph.add_node(node, **attrs)
        rows.append((node, attrs))
    edge_rows = []
    for u, v, key, attrs in edges:
        source, target = node_ids[u % len(node_ids)], node_ids[v % len(node_ids)]
        if graph.has_edge(source, target, key) or source not in graph or target not in graph:
            continue
        graph.add_edge(source, target, key=key, **attrs)
        edge_rows.append((source, target, key, attrs))
    if any(len({type(a[k]) for _, a in rows if k in a}) > 1 for k in ("a", "b", "c d")) \
            or any(len({type(a[k]) for *_, a in edge_rows if k in a}) > 1 for k in ("a", "w")):
        return  # one type per key, as the build guarantees (mixed keys are JSON strings)
    nx.write_graphml(graph, path, encoding="utf-8", prettyprint=True, named_key_ids=True)
    ordered = [(u, v, k, a) for u, v, k, a in graph.edges(keys=True, data=True)]
    out = io.StringIO()
    write_rows(list(graph.nodes(data=True)), ordered, out)
    assert out.getvalue().encode("utf-8") == path.read_bytes()


def test_equal_values_of_other_types_are_written_as_their_own_type() -> None:
    # 1 == True == 1.0 (and they hash alike): the elements kept for recurring values are told apart by type
    texts = []
    for value in (1, True, 1.0, 1, True):
        out = io.StringIO()
        write_rows([("n", {"v": value})], [], out)
        texts.append(out.getvalue().split('<data key="v">')[1].split("</data>")[0])
    assert texts == ["1", "True", "1.0", "1", "True"]


def test_zero_and_minus_zero_are_written_as_themselves() -> None:
    # 0.0 == -0.0 and they hash alike, as do the elements kept for recurring values unless told apart
    texts = []
    for value in (0.0, -0.0, 0.0, -0.0):
        out = io.StringIO()
        write_rows([("n", {"z": value})], [], out)
        texts.append(out.getvalue().split('<data key="z">')[1].split("</data>")[0])
    assert texts == ["0.0", "-0.0", "0.0", "-0.0"]
