"""Relations in probes of the twelfth session (a statistical bulletin, a zone's policy measures, a signing
ceremony's news, a town's work summary)."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text


def relations(text: str) -> set[tuple[str, str, str]]:
    ex = extract(document_from_text(text, doc_id="t"))
    return {(r.type.value, r.source.name, r.target.name) for r in ex.relations if r.type.value != "MENTIONS"}


def test_a_thing_named_after_another_city_is_not_in_the_paragraphs_town() -> None:
    """成都天府国际生物城 probe: the parks a town learns from are elsewhere; its own works are in it."""
    found = relations("成都天府国际生物城简介\n\n永安镇位于双流区南部。永安镇积极对接苏州生物医药产业园和上海张江药谷，"
                      "学习先进园区的招商经验，推进凤凰湖生态公园建设。")
    assert ("LOCATED_IN", "凤凰湖生态公园", "永安镇") in found
    assert not {r for r in found if r[0] == "LOCATED_IN" and r[1] in ("苏州生物医药产业园", "上海张江药谷")}
    # a name led by the town's own city or district stays in the town
    found = relations("永安镇位于双流区南部。永安镇加快建设成都双流航空动力产业园。")
    assert ("LOCATED_IN", "成都双流航空动力产业园", "永安镇") in found


def test_a_village_name_two_towns_share_is_in_the_town_the_text_names() -> None:
    """张浦镇 probe: the gazetteer lists 新塘村 under 周市镇 first; the report is 张浦镇's, and 周市镇 had become a node."""
    text = ("昆山市张浦镇2023年工作总结和2024年工作计划\n\n张浦镇人民政府\n\n"
            "2023年，张浦镇启动白米村、新塘村工业集中区改造。")
    found = relations(text)
    assert ("PART_OF", "新塘村", "张浦镇") in found
    assert not {r for r in found if "周市镇" in r}


def test_a_places_or_facilitys_phase_has_no_company_as_its_owner() -> None:
    """张浦镇 and 长丰县 probes: 金华村田园综合体 and 下塘智能制造产业园标准化厂房 had become Enterprises developing their
    own second phases; a brand's phase still has its brand as the company."""
    found = relations("推进金华村田园综合体二期、南姚村稻香南姚农文旅融合项目建设。下塘智能制造产业园标准化厂房二期项目主体封顶。"
                      "凯博座椅二期开工。")
    assert {r for r in found if r[0] == "DEVELOPS"} == {("DEVELOPS", "凯博座椅", "凯博座椅二期")}
