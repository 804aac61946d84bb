"""Name fixes found reading the corpus graph's project names (ninth session): 即 (namely) glued to the name it
introduces, and the corpus's third spelling of 仓廒文化园 joined by the alias table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.extractors.test_names import names


@pytest.mark.parametrize(("text", "name", "junk"), [
    ("我区作为天津市与雄安新区连接的唯一一条高速即津雄高速起点所在区域。", "津雄高速", "高速即津雄高速"),
    ("规划一条快速路即滨海快速路北延工程。", "滨海快速路北延工程", "快速路即滨海快速路北延工程"),
])
def test_a_name_after_ji_starts_after_it(text: str, name: str, junk: str) -> None:
    found = {n for label, n in names(text) if label == "Project"}
    assert name in found and junk not in found


def test_a_place_opening_with_ji_keeps_it() -> None:
    assert any(n.startswith("即墨") for _, n in names("推进即墨古城保护工程。"))


def test_the_corpus_spellings_of_the_granary_park_are_one_node(corpus_build: Path) -> None:
    nodes = [json.loads(line) for line in (corpus_build / "nodes.jsonl").read_text(encoding="utf-8").splitlines()]
    granary = [n for n in nodes if n["name"].endswith("文化园") and n["name"].startswith("仓")]
    assert [n["id"] for n in granary] == ["Project:仓廒文化园"]
    assert {"仓敖文化园", "仓廩文化园"} <= set(granary[0]["aliases"])


@pytest.mark.parametrize(("text", "junk"), [
    # 002, clause marks lost: the common word before the level word is no part of the task force
    ("为社会信用体系建设奠定了坚实的基础区诚信建设领导小组成员单位拓展至40多个部门。", "基础区诚信建设领导小组"),
    # 中 (in) after a quoted name opens no name
    ("重点推动“智慧物流创新先行区”和“产城融合示范区”中产业技术研究院建设。", "中产业技术研究院"),
])
def test_words_before_a_body_that_are_no_part_of_it(text: str, junk: str) -> None:
    assert junk not in {n for _, n in names(text)}


def test_the_task_force_after_a_lost_clause_mark_is_the_districts() -> None:
    from extractors.task_forces import task_force_spans

    text = "奠定了坚实的基础区诚信建设领导小组成员单位拓展至40多个部门。成立全区防汛指挥部,完善社区工作领导小组。"
    assert [text[s:e] for s, e in task_force_spans(text)] == ["区诚信建设领导小组", "全区防汛指挥部", "社区工作领导小组"]


def test_an_honours_unit_word_ends_the_walk_left() -> None:
    """002, clause marks lost: 获评…试点单位国家级…示范区 — the unit title is no part of the next name."""
    found = {n for _, n in names("获评国家级医养结合试点单位国家级妇幼健康优质服务示范区首批国家级健康促进示范区。")}
    assert not {n for n in found if "单位" in n}


@pytest.mark.parametrize(("text", "unit", "parent"), [
    ("打造双口科创小镇。通过引入河北工业大学的机器人产业研究院，整合科技园区优势。", "河北工业大学机器人产业研究院", "河北工业大学"),
    ("支持中国电子科技集团公司的智能制造研究院落户。", "中国电子科技集团公司智能制造研究院", "中国电子科技集团公司"),
])
def test_a_kind_of_body_after_a_university_and_de_is_its_unit(text: str, unit: str, parent: str) -> None:
    """004 (c18): the institute is named with the university (the gold's name; 机器人产业研究院 its alias)."""
    found = {n for label, n in names(text) if label in ("Organization", "Enterprise")}
    assert {unit, parent} <= found and unit.removeprefix(parent) not in found


def test_a_body_with_a_name_of_its_own_after_de_keeps_it() -> None:
    found = {n for label, n in names("引入清华大学的天津高端装备研究院。") if label == "Organization"}
    assert "天津高端装备研究院" in found and "清华大学天津高端装备研究院" not in found


def test_kexuecheng_is_a_park_suffix() -> None:
    found = names("积极对接中关村科学城，建设科学城配套设施。")
    assert ("Park", "中关村科学城") in found and ("Park", "科学城") not in found


@pytest.mark.parametrize(("text", "base"), [
    ("加快阳澄湖半岛旅游度假区提升，建设李公堤二期和酒店式公寓。", "李公堤"),  # an embankment's phase
    ("推进西安交通大学的创新港研究院二期建设。", "创新港研究院"),  # an institute's phase
])
def test_a_facility_before_a_phase_is_no_company(text: str, base: str) -> None:
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    ex = extract(document_from_text(text, doc_id="t"))
    assert ("Project", base + "二期") in {(m.label.value, m.name) for m in ex.mentions}
    assert not [m for m in ex.mentions if m.label.value == "Enterprise" and m.name == base]
    assert not [r for r in ex.relations if r.type.value == "DEVELOPS" and r.source.name == base]


def test_every_party_listed_before_yu_cooperates() -> None:
    """002: 以北辰医院、北辰中医院与北京301等医院的远程医疗合作 — both district hospitals cooperate with 北京301."""
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    ex = extract(document_from_text(
        "北辰区\n以北辰医院、北辰中医院与北京301等医院的远程医疗合作为基础,推动医疗资源共享。", doc_id="t"))
    pairs = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "COOPERATES_WITH"}
    assert {("北辰医院", "北京301"), ("北辰中医院", "北京301")} <= pairs


def test_a_road_written_short_is_the_road_the_corpus_writes_whole(corpus_build: Path) -> None:
    """002 writes 津蓟快速路 and, in a list, 津蓟快速: one node; 津蓟高速 is another road."""
    nodes = {json.loads(line)["id"]: json.loads(line)
             for line in (corpus_build / "nodes.jsonl").read_text(encoding="utf-8").splitlines()}
    assert "Project:津蓟快速" not in nodes and "津蓟快速" in nodes["Project:津蓟快速路"]["aliases"]
    assert "Project:津蓟高速" in nodes
