"""Rules of the twenty-eighth session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

import pytest

from tests.extractors.series_graphs import names_of, series_graph


def _bodies(text: str) -> set[str]:
    """The names of the Organizations of the graph of ``text``."""
    return names_of(series_graph(text)[0], "Organization")


def test_a_department_joining_two_domains_with_he_is_one_body() -> None:
    bodies = _bodies(
        "北辰区关于做好防汛工作的通知\n\n区城市管理和综合执法局、区科学技术和工业信息化局、区交通运输和港口管理局、"
        "区水务和海洋局、区农业和农村工作委员会、区规划和国土资源管理局、区政务服务和数据管理局、区市场和质量监督管理委员会"
        "按照分工落实。"
        "上海市浦东新区科技和经济委员会、余杭区文化和广电旅游体育局参加。\n")
    assert bodies == {"北辰区城市管理和综合执法局", "北辰区科学技术和工业信息化局", "北辰区交通运输和港口管理局",
                      "北辰区水务和海洋局", "北辰区农业和农村工作委员会", "北辰区规划和国土资源管理局",
                      "北辰区政务服务和数据管理局", "北辰区市场和质量监督管理委员会", "上海市浦东新区科技和经济委员会",
                      "余杭区文化和广电旅游体育局"}


def test_he_between_two_bodies_or_two_institutions_joins_none() -> None:
    bodies = _bodies(
        "北辰区合作签约\n\n区政府和区财政局、区教育局和体育局负责落实。华中科技大学和武汉大学、大科学装置和湖北实验室、"
        "省政府和新区党工委、大兴区和廊坊市教育联盟共同参与。\n")
    assert not [body for body in bodies if "和" in body], bodies
    assert {"北辰区财政局", "北辰区教育局", "华中科技大学", "武汉大学"} <= bodies


_OFFICES = (  # an office written short with 办 is a body, a verb's or a kind's 办 none; the general offices in full
    "北辰区安全生产工作要点\n\n区信访办、区委编办、区营商环境办、区河长办、区政府办和区委办负责落实。整改完成后报区安委办组织验收，"
    "建立定期向市发展改革委上报制度。在区举办培训活动，推行一网通办，建成区级公办养老机构，落实区社会保险经办管理职责，"
    "支持村办企业发展。\n",
    {"北辰区信访办", "北辰区委编办", "北辰区营商环境办", "北辰区河长办", "北辰区人民政府办公室", "北辰区委办公室",
     "天津市发展改革委"})
_GOVERNMENTS = (  # town governments, national bureaus and people's bodies
    "北辰区工作简报\n\n双街镇政府组织开展活动，乡镇政府、镇政府负责落实。国家税务总局天津市北辰区税务局、"
    "国家统计局北辰调查队、区残联、区侨联、北辰区残疾人联合会和区消防救援支队参加，不同级别残联也参加。"
    "国家发展格局发生变化。\n",
    {"双街镇人民政府", "国家税务总局天津市北辰区税务局", "国家统计局北辰调查队", "北辰区残联", "北辰区侨联",
     "北辰区残疾人联合会", "北辰区消防救援支队"})  # (the local tax bureau's name holds the national one's: one body)


@pytest.mark.parametrize(("text", "expected"), [_OFFICES, _GOVERNMENTS], ids=["offices-short-with-ban", "governments"])
def test_the_bodies_a_text_names(text: str, expected: set[str]) -> None:
    bodies = _bodies(text)
    assert bodies == expected, bodies


def test_a_meetings_verb_after_a_titled_name_is_not_its_third_character() -> None:
    nodes, _ = series_graph("北辰区工作调度会\n\n天穆镇党委书记吴刚汇报工作，副区长王芳座谈时指出，区长李明交流发言。\n")
    assert {n for n in nodes if n.startswith("Person:")} == {"Person:吴刚", "Person:王芳", "Person:李明"}


def test_a_street_office_is_a_body_named_from_its_places() -> None:
    nodes, edges = series_graph(
        "滨海新区防汛责任表\n\n3 永定新河（滨海新区段） 北塘街道、胡家园街道 区委常委、区委秘书长 杨帆 北塘街道办事处主任 高志远\n")
    assert {n for n in nodes if n.startswith("Organization:")} == {"Organization:北塘街道办事处"}
    assert ("Person:高志远", "HOLDS_OFFICE", "Organization:北塘街道办事处") in edges
    nodes, _ = series_graph("滨海新区防汛工作\n\n滨海新区新河街道办事处开展巡查，各镇街道办事处负责落实。\n")
    assert {n for n in nodes if n.startswith("Organization:")} == {"Organization:滨海新区新河街道办事处"}


def test_a_districts_service_centres_and_party_bodies_are_bodies() -> None:
    nodes, _ = series_graph(
        "北辰区疫情防控工作\n\n北辰区疾病预防控制中心、区公共就业服务中心、区不动产登记中心、区人才服务中心、区人民武装部、区委政研室、区委社会工作部"
        "和区委党校按照分工落实，北辰区疾控中心迁建工程年内开工。\n")
    assert {n for n in nodes if n.startswith("Organization:")} == {
        "Organization:北辰区疾病预防控制中心", "Organization:北辰区公共就业服务中心", "Organization:北辰区不动产登记中心",
        "Organization:北辰区人才服务中心", "Organization:北辰区人民武装部", "Organization:北辰区委党校",
        "Organization:北辰区委政研室", "Organization:北辰区委社会工作部"}
    assert "Project:北辰区疾控中心迁建工程" in nodes
