"""Rules from the eighteenth session's series probes: a town that is one end of a stretch of road (义桥至临浦段) leads
no paragraph's places (萧山区); stages written as a report's clauses about a project (龙岗区, 嘉定区)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text
from schema import Label, RelType

REPORT = ("萧山区2022年政府工作报告\n\n义桥镇、临浦镇、瓜沥镇加快发展。\n"
          "义桥至临浦段完成路基工程的80%；机场轨道快线萧山段、湘湖三期保护与开发工程有序推进，萧山体育中心改造提升工程通过验收。\n"
          "瓜沥镇七彩未来社区二期加快建设，湘湖三期保护与开发工程有序推进。\n")


def _placed() -> set[tuple[str, str]]:
    ex = extract(document_from_text(REPORT, doc_id="r"))
    return {(r.source.name, r.target.name) for r in ex.relations
            if r.type == RelType.LOCATED_IN and r.target.label == Label.TOWN}


def test_a_town_ending_a_stretch_of_road_places_no_item_of_its_paragraph() -> None:
    placed = _placed()
    assert not {town for _, town in placed} & {"义桥镇", "临浦镇"}  # the works run between them
    assert ("七彩未来社区二期", "瓜沥镇") in placed  # a town leading its paragraph still places its items


@pytest.mark.parametrize(("sentence", "project", "stage"), [
    # the clause after a project named with its street first (a place before the topic is no verb)
    ("坂田街道天安云谷三期项目，主体结构已全面封顶。", "天安云谷三期", "under_construction"),
    ("16号线二期工程，盾构已累计掘进5.6公里，车站主体结构完成60%。", "16号线二期", "under_construction"),
    ("规划建设联科医疗高端医学影像设备产业化基地。", "联科医疗高端医学影像设备产业化基地", "planned"),  # planned and built
    ("华熠光电一期项目10条生产线全部满负荷运行。", "华熠光电一期", "in_operation"),
    # 启动区 is a zone's first part, no start; the first batch of buildings done is the works under way
    ("华微晶芯二期启动区完成首批厂房建设。", "华微晶芯二期", "under_construction"),
    ("启动阿波罗未来产业城二期建设。", "阿波罗未来产业城二期", "starting"),
])
def test_a_reports_clauses_stage_its_project(sentence: str, project: str, stage: str) -> None:
    ex = extract(document_from_text(f"龙岗区2022年政府工作报告\n\n坂田街道、园山街道加快发展。\n{sentence}\n", doc_id="s"))
    assert project in {m.name for m in ex.mentions if m.label == Label.PROJECT}
    assert {s.stage.value for s in ex.stages if s.project == project} == {stage}


PLAN = ("嘉定区重点产业链发展方案\n\n一、重点产业链\n（三）智能传感器及物联网产业链\n支持上海芯物科技有限公司做大做强。\n"
        "（四）高性能医疗设备及精准医疗产业链\n支持上海联科医疗有限公司发展。\n（五）做强主导产业集群\n二、链长设置及重点产业链\n")


def test_a_chain_heading_names_its_chain_as_written() -> None:
    """嘉定区 series: (三)智能传感器及物联网产业链 gave 物联网 (the part the taxonomy knows), and a heading the taxonomy
    does not know at all gave nothing, so the firms under them had no chain or the wrong one."""
    ex = extract(document_from_text(PLAN, doc_id="p"))
    chains = {m.name for m in ex.mentions if m.label == Label.INDUSTRY_CHAIN}
    assert chains == {"智能传感器及物联网", "高性能医疗设备及精准医疗"}  # no 物联网; no 做强主导, 链长设置及重点
    in_chain = {(r.source.name, r.target.name) for r in ex.relations if r.type == RelType.IN_CHAIN}
    assert in_chain == {("上海芯物科技有限公司", "智能传感器及物联网"), ("上海联科医疗有限公司", "高性能医疗设备及精准医疗")}


def test_a_list_after_its_subjects_towns_starts_after_their_verb_and_places_nothing() -> None:
    """龙岗区 series: 宝龙街道、坪地街道要全力做好华微晶芯、德赛康宇等项目… made 要全力做好华微晶芯 a project, placed in
    坪地街道; several towns leading a sentence place its items in none of them."""
    text = "龙岗区2022年政府工作报告\n\n宝龙街道、坪地街道要全力做好华微晶芯、德赛康宇等项目的服务保障。\n坪地街道加快德赛康宇储能基地建设。\n"
    ex = extract(document_from_text(text, doc_id="l"))
    projects = {m.name for m in ex.mentions if m.label == Label.PROJECT}
    assert {"华微晶芯", "德赛康宇", "德赛康宇储能基地"} <= projects and not any("做好" in p for p in projects)
    placed = {(r.source.name, r.target.name) for r in ex.relations if r.type == RelType.LOCATED_IN}
    assert placed == {("德赛康宇储能基地", "坪地街道")}


def test_industry_towns_and_science_parks_are_parks() -> None:
    """龙岗区 series: 深圳国际低碳城 and 阿波罗未来产业城 were Projects beside the 科技城 Parks of one list, and 香港科学园
    was no name at all (its cooperation went to 香港)."""
    text = ("龙岗区2022年政府工作报告\n\n重点布局宝龙科技城、深圳国际低碳城、坂雪岗科技城和阿波罗未来产业城。"
            "推动深圳国际低碳城与香港科学园开展合作。\n")
    ex = extract(document_from_text(text, doc_id="l"))
    parks = {m.name for m in ex.mentions if m.label == Label.PARK}
    assert {"宝龙科技城", "深圳国际低碳城", "坂雪岗科技城", "阿波罗未来产业城", "香港科学园"} <= parks
    assert ("深圳国际低碳城", "香港科学园") in {(r.source.name, r.target.name) for r in ex.relations
                                         if r.type == RelType.COOPERATES_WITH}
