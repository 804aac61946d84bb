"""A development zone written bare (开发区, 经开区, 高新区) is the district's own zone (ANNOTATION.md rule 9),
found in the corpus (003: 推动开发区与北京经开区合作) and in a zone's own report (the 长沙经开区 probe)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text
from tests.extractors.test_names import corpus


def _parks_and_relations(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    ex = extract(document_from_text(text, doc_id="t"))
    parks = {(m.text, m.name) for m in ex.mentions if m.label.value == "Park"}
    relations = {(r.type.value, r.source.name, r.target.name) for r in ex.relations if r.type.value != "MENTIONS"}
    return parks, relations


def test_the_corpus_bare_zone_is_the_district_s_and_cooperates() -> None:
    ex = extract(corpus("003"))
    bare = {(m.name, m.rule) for m in ex.mentions if m.rule.startswith("zone.bare")}
    assert bare == {("北辰经济技术开发区", "zone.bare_district")}  # 003 names no zone of the district's: its own
    assert ("COOPERATES_WITH", "北辰经济技术开发区", "北京经开区") in {
        (r.type.value, r.source.name, r.target.name) for r in ex.relations}


def test_a_zone_s_report_writes_itself_bare() -> None:
    parks, relations = _parks_and_relations("长沙县\n长沙经济技术开发区2023年工作总结\n经开区与中南大学、湖南大学签订战略合作协议。")
    assert ("经开区", "长沙经济技术开发区") in parks
    assert ("COOPERATES_WITH", "长沙经济技术开发区", "中南大学") in relations


def test_the_zone_the_text_names_with_its_district_wins_over_the_default() -> None:
    parks, _ = _parks_and_relations("昆山市\n昆山经济技术开发区举行签约仪式。开发区与上海交通大学签订协议。")
    assert ("开发区", "昆山经济技术开发区") in parks
    parks, _ = _parks_and_relations("昆山市\n花桥经济开发区举行签约仪式。开发区与上海交通大学签订协议。")
    assert ("开发区", "昆山经济技术开发区") in parks  # 花桥 is no district: the district's own zone


@pytest.mark.parametrize("text", [
    "北辰区\n推进各开发区、两个开发区和该开发区建设。",  # collectives, counts, back references
    "北辰区\n与滨海“工业云”、高新区“紫光云”、开发区“腾讯数据中心”拓宽产业链。",  # c09: other districts' zones
    "北辰区\n北辰开发区与国家级开发区合作。",  # named, and kinds of zone
    "推动开发区与北京经开区合作。",  # a text about no district
])
def test_zone_words_that_are_not_bare(text: str) -> None:
    ex = extract(document_from_text(text, doc_id="t"))
    assert not [m for m in ex.mentions if m.rule.startswith("zone.bare")]


def test_a_zone_s_bodies_written_bare_are_named_with_the_zone() -> None:
    ex = extract(document_from_text("长沙县\n长沙经济技术开发区2023年工作总结\n经开区党工委、管委会召开会议。"
                                    "开发区管委会主任张三出席。经开区行政审批服务局负责落实。开发区局长会议召开。", doc_id="t"))
    bodies = {m.name for m in ex.mentions if m.label.value == "Organization"}
    assert {"长沙经济技术开发区党工委", "长沙经济技术开发区管理委员会", "长沙经济技术开发区行政审批服务局"} <= bodies
    assert not {b for b in bodies if b.startswith(("经开区", "开发区"))}
    assert ("HOLDS_OFFICE", "张三", "长沙经济技术开发区管理委员会") in {
        (r.type.value, r.source.name, r.target.name) for r in ex.relations}
