"""Bodies of the district a text is about, written 区X or 县X, are named with the district in front
(ANNOTATION.md rule 17), in mentions and in the relations that end at them; the written form is an alias."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text
from kg.resolve import resolve
from schema import DocumentFacts, Label


def _extracted(text: str):
    return extract(document_from_text(text, doc_id="own-bodies"))


def test_a_district_body_takes_the_district_the_text_is_about() -> None:
    # 003 (c03): the work report names its government 区人民政府
    ex = _extracted("北辰区2022年政府工作报告。区人民政府要按照区第十二次党代会确定的战略部署，立足高起点。")
    bodies = {(m.text, m.name) for m in ex.mentions if m.label == Label.ORGANIZATION}
    assert ("区人民政府", "北辰区人民政府") in bodies


def test_relations_end_at_the_renamed_body() -> None:
    ex = _extracted("北辰区召开会议。区发改委主任张三表示，将加快项目建设。")
    offices = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "HOLDS_OFFICE"}
    assert offices == {("张三", "北辰区发改委")}


def test_a_county_body_and_the_alias_in_the_graph() -> None:
    ex = _extracted("正宁县召开会议。县人民政府印发了方案。")
    nodes, _ = resolve([DocumentFacts(doc_id="d", mentions=ex.mentions, relations=ex.relations)])
    body = next(n for n in nodes if n.label == Label.ORGANIZATION)
    assert (body.name, body.aliases) == ("正宁县人民政府", ["县人民政府"])


def test_words_and_texts_about_no_district_keep_the_name() -> None:
    assert not any(m.name.startswith("北辰区区域") for m in _extracted("北辰区推进区域医疗中心建设。").mentions)
    ex = _extracted("区人民政府印发了方案。")  # no district named: nothing to put in front
    assert "区人民政府" in {m.name for m in ex.mentions if m.label == Label.ORGANIZATION}
