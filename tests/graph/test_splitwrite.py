"""Writing a graph's edges in two processes (kg.splitwrite) gives the bytes of the one-process writer:
on the corpus build cut at every share, on generated graphs whose property types differ across the cut,
in a build with ``--jobs 2`` and in a rebuild that adds a file; a child that fails costs nothing."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.splitwrite
from kg.graphio import read_graph_dir
from kg.graphwrite import edge_rows, made_rows, write_graph_files
from kg.pipeline import build
from kg.splitwrite import cut_at_source, graphml_order, split_order
from schema import Edge, Evidence, Label, Node, RelType

FILES = ("nodes.jsonl", "edges.jsonl", "kg.graphml")
ROOT = Path(__file__).resolve().parents[2]


def _files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in FILES}


def _both(nodes: list[Node], edges: list[Edge], folder: Path) -> tuple[dict[str, bytes], dict[str, bytes]]:
    write_graph_files(nodes, edges, folder / "one")
    write_graph_files(nodes, edges, folder / "two", processes=2)
    assert sorted(p.name for p in (folder / "two").iterdir()) == sorted(FILES)  # no part file left
    return _files(folder / "one"), _files(folder / "two")


@pytest.fixture
def split_small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Split graphs of any size (the corpus graph has fewer edges than :data:`kg.splitwrite.MIN_EDGES`)."""
    monkeypatch.setattr(kg.splitwrite, "MIN_EDGES", 1)


@pytest.mark.parametrize("share", [0.05, 0.5, 0.65, 0.95])
def test_corpus_graph_written_in_two_processes_is_the_same_bytes(corpus_build: Path, tmp_path: Path, split_small: None,
                                                                 monkeypatch: pytest.MonkeyPatch, share: float) -> None:
    nodes, edges = read_graph_dir(corpus_build)
    monkeypatch.setattr(kg.splitwrite, "CHILD_SHARE", share)
    one, two = _both(nodes, edges, tmp_path)
    assert one == two == _files(corpus_build)
    cut = cut_at_source(sorted(edges, key=lambda e: e.key), share)
    assert 0 < cut < len(edges)  # the child wrote part of it


def test_graphml_order_is_the_order_of_the_corpus_graphml(corpus_build: Path) -> None:
    _, edges = read_graph_dir(corpus_build)
    edges.sort(key=lambda e: e.key)
    listed = [html.unescape(i) for i in re.findall(r'<edge [^>]* id="([^"]*)"', (corpus_build / "kg.graphml").read_text("utf-8"))]
    ordered = [edges[i] for i in graphml_order(edges)]
    assert [f"{e.source}|{e.type.value}|{e.target}" for e in ordered] == listed
    assert ordered != edges  # the two orders differ (the cut must fall where they agree)


def test_cut_falls_where_the_source_changes() -> None:
    edges = [Edge(source=f"Town:{s}", target=f"Town:t{i}", type=RelType.PART_OF)
             for i, s in enumerate("aaaabbbbbbbbc")]
    assert cut_at_source(edges, 0.5) == 4  # the nearest change from the middle (index 6)
    assert cut_at_source(edges, 0.1) == 12
    assert cut_at_source(edges[:4], 0.5) == 0  # one source: no cut


def test_graphs_that_are_not_split(tmp_path: Path, split_small: None) -> None:
    # an endpoint that is no node, or two edges with one key: the one-process writer
    a = Node(id="Town:a", label=Label.TOWN, name="a")
    edge = Edge(source="Town:a", target="Town:b", type=RelType.PART_OF)
    assert split_order([a], [edge]) is None
    b = Node(id="Town:b", label=Label.TOWN, name="b")
    assert split_order([a, b], [edge]) is not None
    assert split_order([a, b], [edge, edge.model_copy()]) is None
    one, two = _both([a], [edge, edge.model_copy()], tmp_path)
    assert one == two


def test_a_child_that_fails_costs_nothing(corpus_build: Path, tmp_path: Path, split_small: None,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    real, parent = kg.splitwrite._write_part, os.getpid()

    def fails_in_the_child(*args, **kwargs) -> None:  # noqa: ANN002, ANN003
        if os.getpid() != parent:
            raise MemoryError("the child's part")
        real(*args, **kwargs)

    monkeypatch.setattr(kg.splitwrite, "_write_part", fails_in_the_child)
    nodes, edges = read_graph_dir(corpus_build)
    one, two = _both(nodes, edges, tmp_path)
    assert one == two


def test_an_error_in_this_process_stops_the_child_and_leaves_no_part(tmp_path: Path, split_small: None,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    children: list[int | None] = []
    real = kg.splitwrite._fork
    monkeypatch.setattr(kg.splitwrite, "_fork", lambda work: children.append(real(work)) or children[-1])
    nodes = [Node(id=f"Town:{i:02d}", label=Label.TOWN, name=str(i)) for i in range(20)]
    edges = [Edge(source=n.id, target=nodes[0].id, type=RelType.PART_OF) for n in nodes[1:]]
    edges[0].properties["evidence"] = 1  # a reserved name, in the part this process writes
    with pytest.raises(ValueError, match="reserved"):
        write_graph_files(nodes, edges, tmp_path / "g", processes=2)
    assert not list((tmp_path / "g").glob("*.part"))
    assert len(children) == 1 and children[0]
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)  # stopped and reaped


_SCALAR = st.one_of(st.none(), st.text(alphabet="北a&<\"", max_size=3), st.integers(-2, 2), st.booleans(),
                    st.floats(-2, 2, allow_nan=False))
_VALUE = st.one_of(_SCALAR, st.lists(_SCALAR, max_size=2))
_PROPS = st.dictionaries(st.sampled_from(["count", "date", "名称", "w"]), _VALUE, max_size=3)
_NAMES = [f"n{i}" for i in range(8)]


@st.composite
def _graphs(draw: st.DrawFn) -> tuple[list[Node], list[Edge]]:
    nodes = [Node(id=f"Town:{n}", label=Label.TOWN, name=n, properties=draw(_PROPS)) for n in _NAMES]
    keys = draw(st.lists(st.tuples(st.sampled_from(_NAMES), st.sampled_from(list(RelType)), st.sampled_from(_NAMES)),
                         min_size=2, max_size=30, unique=True))
    evidence = Evidence(doc="d", section="s", sentence="北辰 & <区>", start=0, end=2, rule="r")
    edges = [Edge(source=f"Town:{s}", target=f"Town:{t}", type=kind, properties=draw(_PROPS),
                  evidence=[evidence] if draw(st.booleans()) else []) for s, kind, t in keys]
    return nodes, edges


@settings(max_examples=120, deadline=None)
@given(_graphs(), st.sampled_from([0.2, 0.5, 0.8]))
def test_generated_graphs_written_in_two_processes_are_the_same_bytes(tmp_path_factory, graph, share) -> None:  # noqa: ANN001
    # property names first met, and types mixed, on either side of the cut
    nodes, edges = graph
    folder = tmp_path_factory.mktemp("g")
    saved = kg.splitwrite.MIN_EDGES, kg.splitwrite.CHILD_SHARE
    kg.splitwrite.MIN_EDGES, kg.splitwrite.CHILD_SHARE = 1, share
    try:
        one, two = _both(nodes, edges, folder)
    finally:
        kg.splitwrite.MIN_EDGES, kg.splitwrite.CHILD_SHARE = saved
    assert one == two


def test_builds_that_write_in_two_processes_equal_one_process_builds(tmp_path: Path, split_small: None) -> None:
    # --jobs 2, and a rebuild with one job that adds a file (its worker extracts while the cache is read)
    raw = ROOT / "data" / "raw"
    build(raw, tmp_path / "two", jobs=2)
    build(raw, tmp_path / "one", jobs=1, cache=False)
    assert _files(tmp_path / "two") == _files(tmp_path / "one")
    partial = tmp_path / "partial"
    partial.mkdir()
    files = sorted(raw.glob("*.txt"))
    for path in files[:-1]:
        (partial / path.name).write_bytes(path.read_bytes())
    build(partial, tmp_path / "grown", jobs=1)
    (partial / files[-1].name).write_bytes(files[-1].read_bytes())
    build(partial, tmp_path / "grown", jobs=1)
    assert _files(tmp_path / "grown") == _files(tmp_path / "one")


def test_rows_made_ahead_give_the_same_bytes_in_one_and_two_processes(corpus_build: Path, tmp_path: Path,
                                                                       split_small: None) -> None:
    nodes, edges = read_graph_dir(corpus_build)
    made = made_rows([edge for edge in edges if edge.type == RelType.MENTIONS])  # what a rebuild drafts
    assert len(made) > len(edges) / 2
    write_graph_files(nodes, edges, tmp_path / "one", made=made)
    write_graph_files(nodes, edges, tmp_path / "two", processes=2, made=made)
    assert _files(tmp_path / "one") == _files(tmp_path / "two") == _files(corpus_build)


def test_a_row_made_ahead_is_taken_for_its_own_record_only(corpus_build: Path) -> None:
    _, edges = read_graph_dir(corpus_build)
    edge, copy = edges[0], edges[0].model_copy()
    planted = {id(edge): (edge, "planted\n", {"type": "planted"})}
    assert edge_rows([edge], made=planted).lines == ["planted\n"]  # taken as made
    elsewhere = {id(copy): (edge, "planted\n", {"type": "planted"})}  # another record at that id
    assert edge_rows([copy], made=elsewhere).lines == edge_rows([copy]).lines != ["planted\n"]
