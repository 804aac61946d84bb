"""Section nodes (ONTOLOGY: a heading path inside a document; MENTIONS from a Document or a Section) on the
real corpus build: what they hold, that they add up with the documents' MENTIONS, and a query by heading."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from kg.graphio import read_graph_dir
from kg.stores import embedded
from schema import Edge, Label, Node, RelType

PLAN = "002_34b45a5f1536be31"
TOWNS = "北辰区新型城镇化“十四五”规划 / 第四章 重点工程 / 三、城镇建设工程 / (一)示范镇建设工程"


@pytest.fixture(scope="module")
def graph(corpus_build: Path) -> tuple[list[Node], list[Edge]]:
    return read_graph_dir(corpus_build)


def test_every_section_is_a_heading_path_of_a_document_of_the_build(graph: tuple[list[Node], list[Edge]]) -> None:
    nodes = {n.id: n for n in graph[0]}
    sections = [n for n in graph[0] if n.label == Label.SECTION]
    assert len(sections) > 200  # 282 on 2026-12-03
    for s in sections:
        doc, path = s.properties["doc"], s.properties["path"]
        assert s.id == f"Section:{doc} / {path}" and s.docs == [doc]
        assert f"Document:{doc}" in nodes
        assert s.properties["heading"] == path.split(" / ")[-1]
        assert s.properties["level"] == len(path.split(" / "))


def test_a_section_mentions_what_its_text_names(graph: tuple[list[Node], list[Edge]], corpus_build: Path) -> None:
    section = f"Section:{PLAN} / {TOWNS}"
    edges = {e.target: e for e in graph[1] if e.source == section}
    assert {"Project:花卉博览园", "Town:双街镇", "Project:都市绿谷田园综合体"} <= set(edges)
    assert edges["Project:花卉博览园"].properties == {"count": 1} and not edges["Project:花卉博览园"].evidence
    # the relationship that places it in the town quotes the same section
    located = next(e for e in graph[1] if (e.source, e.type, e.target) == ("Project:花卉博览园", RelType.LOCATED_IN,
                                                                             "Town:双街镇"))
    assert TOWNS in {ev.section for ev in located.evidence if ev.doc == PLAN}


def test_section_counts_add_up_to_at_most_the_documents(graph: tuple[list[Node], list[Edge]]) -> None:
    """Each mention is counted once by its document and at most once by a section (none before the first heading)."""
    nodes = {n.id: n for n in graph[0]}
    by_doc: Counter[tuple[str, str]] = Counter()
    in_sections: Counter[tuple[str, str]] = Counter()
    for e in graph[1]:
        if e.type != RelType.MENTIONS:
            continue
        source = nodes[e.source]
        if source.label == Label.DOCUMENT:
            by_doc[(source.name, e.target)] += e.properties["count"]
        else:
            in_sections[(source.properties["doc"], e.target)] += e.properties["count"]
    assert in_sections and all(count <= by_doc[key] for key, count in in_sections.items())
    assert sum(in_sections.values()) > 0.8 * sum(by_doc.values())  # the plans are almost all under headings


def test_projects_of_a_heading_by_cypher(corpus_build: Path, tmp_path: Path) -> None:
    build = tmp_path / "graph"
    shutil.copytree(corpus_build, build)
    rows = embedded.query("MATCH (s:Section)-[:MENTIONS]->(p:Project) WHERE s.heading = $heading "
                          "RETURN DISTINCT s.doc AS doc, p.name AS project ORDER BY doc, project",
                          {"heading": "(一)示范镇建设工程"}, graph=build)
    assert {"doc": PLAN, "project": "花卉博览园"} in rows
    assert {"doc": "004_ad38006bb705dce7", "project": "花卉博览园"} not in rows  # 004 heads it 一、示范镇建设工程
