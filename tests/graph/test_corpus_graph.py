"""End-to-end facts on the real corpus: what issue 2 says the build must find."""

from __future__ import annotations

import filecmp
from pathlib import Path

import networkx as nx
import pytest

from kg.graphio import read_graph_dir, read_graphml, to_networkx
from kg.pipeline import build
from schema import ENTITY_LABELS, Edge, Label, Node, RelType


@pytest.fixture(scope="module")
def graph(corpus_build: Path) -> tuple[list[Node], list[Edge]]:
    return read_graph_dir(corpus_build)


def _ids(nodes: list[Node], label: str, name: str) -> set[str]:
    return {n.id for n in nodes if n.label.value == label and (n.name == name or name in n.aliases)}


def _edges(graph: tuple[list[Node], list[Edge]], src: tuple[str, str], rel: str, dst: tuple[str, str]) -> list[Edge]:
    nodes, edges = graph
    sources, targets = _ids(nodes, *src), _ids(nodes, *dst)
    return [e for e in edges if e.type.value == rel and e.source in sources and e.target in targets]


def test_every_label_and_relationship_type_occurs(graph: tuple[list[Node], list[Edge]]) -> None:
    nodes, edges = graph
    assert {n.label for n in nodes} >= set(ENTITY_LABELS)
    assert {e.type for e in edges} == set(RelType)


@pytest.mark.parametrize("project", ["花卉博览园", "民宿小镇", "都市绿谷田园综合体"])
@pytest.mark.parametrize("town", ["双街镇", "双街示范镇", "双街"])
def test_shuangjie_projects_found_by_any_alias(graph: tuple[list[Node], list[Edge]], project: str, town: str) -> None:
    nodes, edges = graph
    sources = {n.id for n in nodes if n.name == project or project in n.aliases}
    targets = _ids(nodes, "Town", town)
    assert any(e.type == RelType.LOCATED_IN and e.source in sources and e.target in targets for e in edges)


def test_shuangjie_paragraph_has_evidence_from_002_and_004(graph: tuple[list[Node], list[Edge]]) -> None:
    nodes, edges = graph
    flower = {n.id for n in nodes if n.name == "花卉博览园"}
    located = [e for e in edges if e.type == RelType.LOCATED_IN and e.source in flower and e.target == "Town:双街镇"]
    docs = {ev.doc for e in located for ev in e.evidence}
    assert {"002_34b45a5f1536be31", "004_ad38006bb705dce7"} <= docs


@pytest.mark.parametrize(
    ("src", "rel", "dst"),
    [
        (("Enterprise", "天锻"), "IN_CHAIN", ("IndustryChain", "成套装备制造")),
        (("Enterprise", "长荣印刷"), "IN_CHAIN", ("IndustryChain", "成套装备制造")),
        (("Enterprise", "爱旭科技"), "IN_CHAIN", ("IndustryChain", "新能源")),
        (("Enterprise", "天士力医药集团"), "IN_CHAIN", ("IndustryChain", "生物医药")),  # written 天士力 there
        (("Enterprise", "SMC"), "DEVELOPS", ("Project", "SMC二期")),
        (("Person", "王宝雨"), "HOLDS_OFFICE", ("Region", "北辰区")),
        (("Town", "双街镇"), "PART_OF", ("Region", "北辰区")),
        (("Park", "北仓运河文化村"), "LOCATED_IN", ("Town", "北仓镇")),  # a functional zone (rule 10), in 002 too
    ],
)
def test_required_facts(graph: tuple[list[Node], list[Edge]], src: tuple[str, str], rel: str, dst: tuple[str, str]) -> None:
    assert _edges(graph, src, rel, dst), f"missing {src} -[{rel}]-> {dst}"


def test_population_target_of_002(graph: tuple[list[Node], list[Edge]]) -> None:
    found = _edges(graph, ("Document", "002_34b45a5f1536be31"), "SETS_TARGET", ("Indicator", "常住人口数量"))
    assert found
    props = found[0].properties
    assert (props["baseline_year"], props["baseline"]) == (2020, "90.96")
    assert (props["target_year"], props["target_value"], props["unit"]) == (2025, "105", "万人")
    assert props["nature"] == "预期性"


def test_holds_office_role(graph: tuple[list[Node], list[Edge]]) -> None:
    (edge,) = _edges(graph, ("Person", "王宝雨"), "HOLDS_OFFICE", ("Region", "北辰区"))
    assert edge.properties["role"] == "区长"


def test_smc_phase_two_stage_and_date(graph: tuple[list[Node], list[Edge]]) -> None:
    nodes, edges = graph
    (mention,) = [e for e in edges if e.type == RelType.MENTIONS and e.source == "Document:001_dca65eff52622e9e"
                  and e.target == "Project:SMC二期"]
    assert mention.properties["stage"] == "starting"
    assert mention.properties["date"] == "2020-01-18"


def test_every_evidence_sentence_slices_the_kept_text(corpus_build: Path, graph: tuple[list[Node], list[Edge]]) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (corpus_build / "texts").glob("*.txt")}
    evidence = [ev for e in graph[1] for ev in e.evidence]
    assert evidence
    for ev in evidence:
        assert texts[ev.doc][ev.start:ev.end] == ev.sentence


def test_every_relationship_but_mentions_and_gazetteer_part_of_has_evidence(graph: tuple[list[Node], list[Edge]]) -> None:
    for edge in graph[1]:
        if edge.type == RelType.MENTIONS or (edge.type == RelType.PART_OF and edge.properties.get("rule")):
            continue
        assert edge.evidence, edge.key


def test_every_mention_edge_gives_a_sentence_naming_the_entity(graph: tuple[list[Node], list[Edge]]) -> None:
    """An analyst can read where a document names any entity: its first mention's sentence (or, for a
    project the document gives a stage, the sentences that give it), holding one of its names. (A Section's
    MENTIONS say where in the document; tests/graph/test_sections.py.)"""
    nodes = {n.id: n for n in graph[0]}
    mentions = [e for e in graph[1] if e.type == RelType.MENTIONS and e.source.startswith("Document:")]
    assert len(mentions) > 900  # 994 on 2026-12-03 (junk names dropped), a guard against a thin graph
    for edge in mentions:
        node = nodes[edge.target]
        assert edge.evidence, edge.key
        assert all(ev.doc == edge.source.split(":", 1)[1] for ev in edge.evidence), edge.key
        names = {node.name, *node.aliases}
        assert any(name in ev.sentence.replace("\n", "") for ev in edge.evidence for name in names) \
            or edge.evidence[0].rule != "mention.first", edge.key


def test_graphml_reads_back_with_every_attribute(corpus_build: Path, graph: tuple[list[Node], list[Edge]]) -> None:
    expected = to_networkx(*graph)
    back = read_graphml(corpus_build / "kg.graphml")
    assert nx.utils.graphs_equal(back, expected)
    plain = nx.read_graphml(corpus_build / "kg.graphml")
    assert plain.number_of_nodes() == expected.number_of_nodes()
    assert plain.number_of_edges() == expected.number_of_edges()


def test_two_builds_are_byte_identical(corpus_build: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build(Path(__file__).resolve().parents[2] / "data" / "raw", again)
    for name in ("nodes.jsonl", "edges.jsonl", "kg.graphml", "report.json"):
        assert filecmp.cmp(corpus_build / name, again / name, shallow=False), name


def test_aliases_are_one_line(graph: tuple[list[Node], list[Edge]]) -> None:
    """A name that wraps in the document (three in the corpus: PM2.5年均浓度, …) gives no alias with the
    line break, which no query of the name would match."""
    nodes = {n.id: n for n in graph[0]}
    assert not [(n.id, a) for n in nodes.values() for a in n.aliases if "\n" in a or "\r" in a]
    policy = nodes["Policy:北辰区人口发展和高质量公共服务体系建设十四五规划"]
    assert "北辰区人口发展和高质量公共服务体系建设“十四五”规划" in policy.aliases


def test_a_project_s_stage_comes_with_the_sentence_that_gives_it(corpus_build: Path,
                                                                 graph: tuple[list[Node], list[Edge]]) -> None:
    """A stage on a MENTIONS edge has evidence like any relationship: the sentence, in the document's
    text, that names the project and gives the stage (001: 尽快启动爱旭科技、SMC二期建设)."""
    nodes = {n.id: n for n in graph[0]}
    staged = [e for e in graph[1] if e.type == RelType.MENTIONS and "stage" in e.properties]
    assert len(staged) > 100
    for edge in staged:
        project = nodes[edge.target]
        assert edge.evidence and all(ev.doc == edge.source.split(":", 1)[1] for ev in edge.evidence), edge.key
        for ev in edge.evidence:
            text = (corpus_build / "texts" / f"{ev.doc}.txt").read_text(encoding="utf-8")
            assert text[ev.start:ev.end] == ev.sentence and ev.rule in ("clause.verb", "clause.plan")
        assert any(name in ev.sentence for ev in edge.evidence for name in (project.name, *project.aliases)), edge.key
    smc = next(e for e in staged if e.target == "Project:SMC二期" and e.source.startswith("Document:001"))
    assert "尽快启动爱旭科技、SMC二期建设" in smc.evidence[0].sentence and smc.properties["stage"] == "starting"


@pytest.mark.parametrize(("doc", "indicator", "values"), [
    # a “十四五” plan's goal whose sentence names no year is for 2025, not the year the plan came out
    ("002", "空气优良天数比例", {"target_value": "65", "target_year": 2025}),
    ("004", "空气优良天数比例", {"target_value": "65", "target_year": 2025}),
    # under “十三五”新型城镇化发展回顾 a value is the 2020 result, not a target
    ("004", "建成区绿化覆盖率", {"baseline": "36.6", "baseline_year": 2020}),
])
def test_values_without_a_year_take_it_from_their_heading_or_plan(graph: tuple[list[Node], list[Edge]], doc: str,
                                                                   indicator: str, values: dict) -> None:
    edge = next(e for e in graph[1] if e.type == RelType.SETS_TARGET and e.source.startswith(f"Document:{doc}_")
                and e.target == f"Indicator:{indicator}")
    assert {k: edge.properties.get(k) for k in values} == values
    assert ("target_value" in edge.properties) == ("target_value" in values)


LED_RULES = ("context.paragraph_town", "context.paragraph_park", "context.paragraph_chain", "context.park_paragraph")


def test_a_fact_from_a_paragraph_s_lead_quotes_the_lead_too(graph: tuple[list[Node], list[Edge]]) -> None:
    """A project placed in 双街镇 because its paragraph starts 积极推进双街示范镇建设。 has that lead in its
    evidence: the evidence of the paragraph rules names both sides (by name or alias)."""
    names = {n.id: (n.name, *n.aliases) for n in graph[0]}
    led = [(e, ev) for e in graph[1] for ev in e.evidence if ev.rule in LED_RULES]
    assert {ev.rule for _, ev in led} == set(LED_RULES)
    missing = [(e.key, ev.sentence) for e, ev in led
               if not any(n in ev.sentence for n in names[e.source]) or not any(n in ev.sentence for n in names[e.target])]
    assert missing == []


def test_functional_zones_are_one_park_each(graph: tuple[list[Node], list[Edge]]) -> None:
    """004 heads them 重点功能区建设工程 (Parks, ANNOTATION.md rule 10); 002 lists them after 打造 (a project by
    suffix there): one Park node each, mentioned by both documents."""
    nodes, _ = graph
    for name in ("北仓运河文化村", "天穆民族风情村", "宜兴埠未来城"):
        found = [n for n in nodes if n.name == name]
        assert [n.label for n in found] == [Label.PARK], name
        assert found[0].docs == ["002_34b45a5f1536be31", "004_ad38006bb705dce7"]


@pytest.mark.parametrize(("label", "canonical", "aliases"), [
    ("Organization", "北辰区中医医院", {"北辰中医院", "北辰中医医院"}),  # 002/004: the region and 中医院 for 中医医院
    ("Project", "北辰堆山公园", {"堆山公园"}),  # 002/004: two lists, with and without 北辰
    ("Park", "国家级产城融合示范区", {"国家产城融合示范区"}),  # 004: 国家 for 国家级
    ("Park", "国家级产城融合示范区", {"北辰产城融合示范区", "北辰区国家级产城融合示范区"}),  # 002: the alias table
    ("Project", "仓廒文化园", {"仓廩文化园"}),  # 002 writes 廒, 004 廩: the alias table
    ("Project", "皇仓廒舍文化博览区", {"皇仓廩舍文化博览区"}),
])
def test_names_of_one_thing_are_one_node(graph: tuple[list[Node], list[Edge]], label: str, canonical: str,
                                         aliases: set[str]) -> None:
    """A review of the corpus graph found each of these as two or three nodes."""
    found = [n for n in graph[0] if n.label.value == label and (n.name == canonical or aliases & {n.name, *n.aliases})]
    assert [n.name for n in found] == [canonical] and aliases <= set(found[0].aliases)
    assert found[0].docs == ["002_34b45a5f1536be31", "004_ad38006bb705dce7"]
