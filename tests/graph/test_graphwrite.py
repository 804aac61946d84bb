"""The one-pass writer (kg.graphwrite) writes the bytes of the row-based writers of kg.graphio."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.graphio import read_graph_dir, write_graph_dir, write_graphml
from kg.graphwrite import write_graph_files
from schema import Edge, Evidence, Label, Node, RelType

FILES = ("nodes.jsonl", "edges.jsonl", "kg.graphml")


def _reference(nodes: list[Node], edges: list[Edge], folder: Path) -> dict[str, bytes]:
    """The files as ``Node.row``/``Edge.row``, ``json`` and the row-based GraphML writer make them."""
    write_graph_dir(nodes, edges, folder)
    write_graphml(nodes, edges, folder / "kg.graphml")
    return {name: (folder / name).read_bytes() for name in FILES}


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
