"""Relations in probes of the eleventh session (a development zone's annual report, a news roundup): a zone's
short name is no short form of a company named after the zone; works opened in a community are in its town; a
site chosen (选址) in a park."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text


def relations(text: str) -> set[tuple[str, str, str]]:
    ex = extract(document_from_text(text, doc_id="t"))
    return {(r.type.value, r.source.name, r.target.name) for r in ex.relations if r.type.value != "MENTIONS"}


def test_a_zone_written_short_is_no_company_named_after_it() -> None:
    """长沙经开区 probe: the core of 长沙经开区投资控股有限公司 is 经开区, which the report writes for the zone itself."""
    found = relations("长沙经开区投资控股有限公司完成融资。经开区与中南大学、湖南大学签订战略合作协议。")
    assert not {r for r in found if "长沙经开区投资控股有限公司" in r[1:]}
    # a company's own short form still stands for it
    found = relations("湖南山河智能装备股份有限公司位于星沙街道。山河智能与中南大学签订战略合作协议。")
    assert ("COOPERATES_WITH", "湖南山河智能装备股份有限公司", "中南大学") in found


def test_works_opened_in_a_community_are_in_its_town() -> None:
    found = relations("昆山市\n苏州启恒智能装备有限公司年产5000台工业机器人项目在张浦镇南港社区正式开工。")
    assert ("LOCATED_IN", "苏州启恒智能装备有限公司年产5000台工业机器人", "张浦镇") in found
    assert ("PART_OF", "南港社区", "张浦镇") in found


def test_a_site_chosen_in_a_park_locates_the_works() -> None:
    found = relations("江苏芯锐半导体科技有限公司投资32亿元建设12英寸功率半导体封测基地，选址昆山高新区。")
    assert ("LOCATED_IN", "12英寸功率半导体封测基地", "昆山高新区") in found


def test_a_park_located_in_a_town_s_village_is_in_the_town_and_the_document_builds() -> None:
    """成都天府国际生物城 probe: 位于永安镇凤凰村 had proposed LOCATED_IN a village, which the ontology forbids, and
    the ValidationError skipped the whole brochure."""
    found = relations("●医疗器械产业园：面积约6.2平方公里，位于永安镇凤凰村、梨园村一带；\n地址：成都市双流区生物城中路二段18号")
    assert ("LOCATED_IN", "医疗器械产业园", "永安镇") in found  # the bullet is no part of the name either
    assert ("PART_OF", "凤凰村", "永安镇") in found


def test_a_relation_the_ontology_forbids_costs_that_relation_not_the_document() -> None:
    from extractors.base import allowed_relations, relation
    from schema import Label, RelType, Span

    wrong = relation(RelType.LOCATED_IN, (Label.PARK, "医疗器械产业园"), (Label.VILLAGE, "凤凰村"), Span(start=0, end=5), "t")
    right = relation(RelType.PART_OF, (Label.VILLAGE, "凤凰村"), (Label.TOWN, "永安镇"), Span(start=0, end=5), "t")
    assert allowed_relations([wrong, right]) == [right]


def test_a_work_report_is_issued_by_the_government_whose_head_reports_it() -> None:
    """芜湖市 probe: the line under the title names the government and its mayor; the speech's own 我代表市人民政府
    is no junk body."""
    text = ("芜湖市2024年政府工作报告\n\n——2024年1月16日在芜湖市第十七届人民代表大会第四次会议上\n\n"
            "芜湖市人民政府市长　单向前\n\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。")
    ex = extract(document_from_text(text, doc_id="t"))
    issued = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "ISSUED_BY"}
    assert issued == {("t", "芜湖市人民政府")}
    # a government named further down, or in a text that is no work report, issues nothing
    ex = extract(document_from_text("芜湖市推进产业发展\n\n芜湖市人民政府市长单向前出席会议。", doc_id="u"))
    assert not [r for r in ex.relations if r.type.value == "ISSUED_BY"]


def test_a_region_opening_a_clause_builds_up_the_park_in_it() -> None:
    """芜湖市 probe: a city's report district by district (湾沚区做强…, 支持南陵县建设…); 依托 may lean on another's park."""
    found = relations("芜湖市\n湾沚区做强安徽新芜经济开发区，支持弋江区做强芜湖高新区，支持南陵县建设安徽南陵工业园区。"
                      "鸠江区依托合肥高新区发展。")
    assert {("LOCATED_IN", "安徽新芜经济开发区", "湾沚区"), ("LOCATED_IN", "芜湖高新区", "弋江区"),
            ("LOCATED_IN", "安徽南陵工业园区", "南陵县")} <= found
    assert ("LOCATED_IN", "合肥高新区", "鸠江区") not in found


def test_a_short_form_a_park_declares_stands_for_it() -> None:
    """成都天府国际生物城 probe: （以下简称“生物城”）; 生物城大道 is a road, no mention of the park."""
    text = ("成都市\n成都天府国际生物城（以下简称“生物城”）位于双流区永安镇。生物城与苏州生物医药产业园签署合作协议。"
            "生物城大道建成通车。")
    ex = extract(document_from_text(text, doc_id="t"))
    said = [m for m in ex.mentions if m.rule == "name.said_short"]  # the declared one and the one after, not 生物城大道's
    assert [(m.text, m.name, text[m.end:m.end + 1]) for m in said] == [("生物城", "成都天府国际生物城", "”"),
                                                                       ("生物城", "成都天府国际生物城", "与")]
    assert ("COOPERATES_WITH", "成都天府国际生物城", "苏州生物医药产业园") in relations(text)
