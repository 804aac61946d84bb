"""The one-pass writer (kg.graphwrite) writes the bytes of the row-based form: ``Node.row``/``Edge.row``
encoded by :func:`kg.graphio.dumps`, and their GraphML values encoded by ``kg.graphio._encode`` and
streamed by :mod:`kg.graphml_stream` (which tests/graph/test_graphml_stream.py reads back with networkx and igraph)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.graphio import (
    _encode,
    _mixed_keys,
    dumps,
    read_graph_dir,
    sort_edges,
    sort_nodes,
)
from kg.graphml_stream import write_rows
from kg.graphwrite import write_graph_files
from schema import Edge, Evidence, Label, Node, RelType

FILES = ("nodes.jsonl", "edges.jsonl", "kg.graphml")


def _reference_graphml(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> str:
    """GraphML from sorted rows, one row at a time, as networkx orders nodes and keyed edges."""
    node_rows = [(row.pop("id"), row) for row in nodes]
    edge_rows = [(row.pop("source"), row.pop("target"), row["type"], row) for row in edges]
    node_mixed, edge_mixed = _mixed_keys(a for _, a in node_rows), _mixed_keys(a for *_, a in edge_rows)
    encoded = {node_id: _encode(attrs, node_mixed) for node_id, attrs in node_rows}
    by_source: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    for source, target, key, attrs in edge_rows:
        encoded.setdefault(source, {})
        encoded.setdefault(target, {})
        by_source.setdefault(source, {}).setdefault(target, {}).setdefault(key, {}).update(_encode(attrs, edge_mixed))
    ordered = [(source, target, key, attrs) for source in encoded
               for target, keyed in by_source.get(source, {}).items() for key, attrs in keyed.items()]
    out = io.StringIO()
    write_rows(list(encoded.items()), ordered, out)
    return out.getvalue()


def _reference(nodes: list[Node], edges: list[Edge], folder: Path) -> dict[str, bytes]:
    """The files as ``Node.row``/``Edge.row``, ``dumps`` and the row-based GraphML stream make them."""
    node_rows = [n.row() for n in sort_nodes(nodes)]
    edge_rows = [e.row() for e in sort_edges(edges)]
    files = {"nodes.jsonl": "".join(dumps(r) + "\n" for r in node_rows),
             "edges.jsonl": "".join(dumps(r) + "\n" for r in edge_rows),
             "kg.graphml": _reference_graphml(node_rows, edge_rows)}
    return {name: text.encode("utf-8") for name, text in files.items()}


def _fast(nodes: list[Node], edges: list[Edge], folder: Path) -> dict[str, bytes]:
    write_graph_files(nodes, edges, folder)
    return {name: (folder / name).read_bytes() for name in FILES}


def test_corpus_files_equal_reference_writers(corpus_build: Path, tmp_path: Path) -> None:
    nodes, edges = read_graph_dir(corpus_build)
    fast = _fast(nodes, edges, tmp_path / "fast")
    assert fast == _reference(nodes, edges, tmp_path / "reference")
    assert fast == {name: (corpus_build / name).read_bytes() for name in FILES}


def test_reserved_property_is_refused(tmp_path: Path) -> None:
    edge = Edge(source="Town:a", target="Town:b", type=RelType.PART_OF)
    edge.properties["evidence"] = 1  # resolution adds properties after construction
    with pytest.raises(ValueError, match="reserved"):
        write_graph_files([], [edge], tmp_path)


_TEXT = st.text(alphabet=st.sampled_from(list("北辰ab &<>\"'\\\n\t\r;:\u2028\x00")), max_size=8)
_SCALAR = st.one_of(st.none(), _TEXT, st.integers(-3, 3), st.booleans(), st.floats(-10, 10, allow_nan=False))
_VALUE = st.one_of(_SCALAR, st.lists(_SCALAR, max_size=2), st.dictionaries(st.sampled_from(["x", "y"]), _SCALAR, max_size=2))
_PROPS = st.dictionaries(st.sampled_from(["count", "date", "w", "名称"]), _VALUE, max_size=3)
_IDS = st.sampled_from(["Town:双街镇", "Town:a&b", "Region:北辰区", "Project:\"x\"", "Document:d<1>"])
_NODE = st.builds(lambda i, names, props: Node(id=i, label=Label(i.split(":")[0]), name=i.split(":")[1],
                                               aliases=names, docs=sorted(names), properties=props),
                  _IDS, st.lists(_TEXT, max_size=2), _PROPS)
_EVIDENCE = st.builds(Evidence, doc=_TEXT, section=_TEXT, sentence=_TEXT, start=st.integers(0, 9),
                      end=st.integers(0, 9), rule=_TEXT)
_EDGE = st.builds(Edge, source=_IDS, target=_IDS, type=st.sampled_from(list(RelType)),
                  evidence=st.lists(_EVIDENCE, max_size=2), properties=_PROPS)


@settings(max_examples=150, deadline=None)
@given(st.lists(_NODE, max_size=4), st.lists(_EDGE, max_size=6))
def test_generated_records_equal_reference_writers(tmp_path_factory, nodes, edges) -> None:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("g")
    assert _fast(nodes, edges, folder / "fast") == _reference(nodes, edges, folder / "reference")


def test_reltype_members_sort_as_their_values() -> None:
    """The writer and resolution sort edges by (source, type, target): the order of ``Edge.key``."""
    members = list(RelType)
    assert sorted(members) == sorted(members, key=lambda t: t.value)
    assert all((a < b) == (a.value < b.value) for a in members for b in members)


def test_files_written_in_small_pieces_are_the_same_bytes(corpus_build: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # The writers hand the files over CHUNK elements at a time; pieces of 3 cut the corpus graph at
    # hundreds of places (inside the node rows, between nodes and edges, inside the edge rows).
    import kg.graphml_stream
    import kg.graphwrite

    nodes, edges = read_graph_dir(corpus_build)
    write_graph_files(nodes, edges, tmp_path / "whole")
    monkeypatch.setattr(kg.graphml_stream, "CHUNK", 3)
    monkeypatch.setattr(kg.graphwrite, "CHUNK", 3)
    write_graph_files(nodes, edges, tmp_path / "pieces")
    for name in ("nodes.jsonl", "edges.jsonl", "kg.graphml"):
        assert (tmp_path / "pieces" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()
        assert (tmp_path / "whole" / name).read_bytes() == (corpus_build / name).read_bytes()
