"""Rules from the twentieth session's series probes (璧山区, 海沧区, 静海区): one project written differently from
year to year, by its firm's two-character brand (荣泰铝板带项目), with a place of the texts inside it (弗迪电池璧山基地二期)
or with one more word after its place (唐官屯冷链物流中心, 唐官屯农产品冷链物流中心)."""

from __future__ import annotations

import pytest

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from kg.project_forms import firm_brands, merge_project_forms
from schema import Label, Node

JINGHAI = [
    ("a", "静海区2021年重点建设项目计划\n"
          "序号\t项目名称\t建设单位\t建设地点\t进展情况\n"
          "1\t荣泰新材料年产5万吨高性能铝合金板带项目\t天津荣泰新材料科技有限公司\t静海经开区\t前期手续办理\n"
          "2\t唐官屯农产品冷链物流中心项目\t天津静海农业发展集团有限公司\t唐官屯镇\t已完成规划设计\n"),
    ("b", "静海区开展重点项目观摩活动\n"
          "在静海经开区，荣泰铝合金板带项目于今年4月开工建设。在唐官屯镇，唐官屯冷链物流中心一期冷库已建成。\n"),
    ("c", "2023年静海区政府工作报告\n荣泰铝板带项目主体厂房封顶，唐官屯农产品冷链物流中心一期投入运营。\n"),
]
BISHAN = [
    ("a", "璧山区集中签约开工\n开工的12个项目中，重庆弗迪电池有限公司动力电池生产基地二期项目总投资60亿元，位于璧山高新区。\n"),
    ("b", "璧山区2022年重点建设项目计划\n序号\t项目名称\t所在镇街\t年度目标\n1\t弗迪电池璧山基地二期\t青杠街道\t续建\n"),
    ("c", "2023年璧山区政府工作报告\n弗迪电池二期建成投产。\n"),
]


def _projects(series: list[tuple[str, str]]) -> dict[str, Node]:
    nodes, _ = extract_graph([document_from_text(text, doc_id=doc_id) for doc_id, text in series])
    return {node.name: node for node in nodes if node.label == Label.PROJECT}


def test_a_project_opening_with_its_firms_brand_is_the_firms_project_of_other_years() -> None:
    projects = _projects(JINGHAI)
    plates = projects["荣泰新材料年产5万吨高性能铝合金板带项目"]
    assert {"荣泰铝合金板带项目", "荣泰铝板带项目"} <= set(plates.aliases)
    assert plates.docs == ["a", "b", "c"]


def test_a_place_after_the_firm_is_no_part_of_what_tells_its_projects_apart() -> None:
    projects = _projects(BISHAN)
    base = projects["重庆弗迪电池有限公司动力电池生产基地二期"]
    assert {"弗迪电池璧山基地二期", "弗迪电池二期"} <= set(base.aliases)
    assert base.docs == ["a", "b", "c"]


def test_a_word_more_after_the_place_is_the_same_works() -> None:
    projects = _projects(JINGHAI)
    assert "唐官屯冷链物流中心一期" in projects["唐官屯农产品冷链物流中心一期"].aliases
    assert "唐官屯农产品冷链物流中心" in projects  # the whole centre stays apart from its first phase


@pytest.mark.parametrize("names", [
    {"北京十一学校", "北京十一学校天津实验学校"},  # a school and its branch: the words come after the head
    {"北辰区污水处理厂", "北辰区第二污水处理厂"},  # an order tells two plants apart
    {"双街镇冷链物流中心", "双街镇冷链物流中心二期"},  # a phase is its own project (docs/quality.md)
])
def test_names_of_one_place_that_tell_two_works_apart_stay_apart(names: set[str]) -> None:
    places = {"北京": "北京市", "北京市": "北京市", "北辰区": "北辰区", "北辰": "北辰区", "双街镇": "双街镇", "双街": "双街镇"}
    assert merge_project_forms(names, {}, places) == {}


def test_a_brand_two_firms_open_with_or_a_place_tells_no_firm() -> None:
    forms = {"士兰集科": {"厦门士兰集科微电子有限公司"}, "士兰微": {"杭州士兰微电子股份有限公司"},
             "青山工业": {"重庆青山工业有限责任公司"}, "特宝生物": {"厦门特宝生物工程股份有限公司"}}
    assert firm_brands(forms, [], ["青山", "青山镇"]) == {"特宝": "厦门特宝生物工程股份有限公司"}
