"""Names found in the thirteenth session's probe texts (a zone's profile, a transport plan, a leaders' division of
work, a groundbreaking ceremony's news, an urban renewal plan): verbs and dates written before a name are no part of
it, and a title taking on a second role is followed by no person."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text


def _names(sentence: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text("北辰区政府工作安排\n\n" + sentence + "\n", doc_id="r"))
    return {(m.label.value, m.name) for m in ex.mentions}


@pytest.mark.parametrize(("sentence", "found", "not_found"), [
    ("分管区审计局。", {("Organization", "北辰区审计局")}, {("Organization", "分管区审计局")}),
    ("泾河工业园分会场设在隆基绿能高效BC电池组件项目（二期）现场。",
     {("Park", "泾河工业园"), ("Project", "隆基绿能高效BC电池组件项目(二期)")}, set()),
    ("北起耿镇街道，南接泾高北路现状道路。", {("Project", "泾高北路")}, {("Project", "南接泾高北路")}),
    ("开发区北接雨花台区，西连江宁滨江经济开发区。", {("Park", "江宁滨江经济开发区")}, {("Park", "西连江宁滨江经济开发区")}),
    ("集聚南瑞集团、中国电信江苏公司南京研发中心等总部型企业48家。", {("Enterprise", "南瑞集团")},
     {("Enterprise", "集聚南瑞集团")}),
    ("建有江苏省产业技术研究院江宁智能制造研究所。", {("Organization", "江苏省产业技术研究院江宁智能制造研究所")}, set()),
    ("争取地铁15号线、地铁17号线纳入新一轮建设规划。", {("Project", "地铁15号线")}, {("Project", "争取地铁15号线")}),
    ("新开工东新高速南延线。", {("Project", "东新高速南延线")}, {("Project", "新开工东新高速南延线")}),
    ("经2024年3月6日区人民政府第32次常务会议研究决定。", {("Organization", "北辰区人民政府")},
     {("Organization", "日区人民政府")}),
])
def test_a_verb_or_a_date_before_a_name_is_no_part_of_it(sentence: str, found: set, not_found: set) -> None:
    names = _names(sentence)
    assert found <= names
    assert not names & not_found


def test_a_title_taking_on_a_second_role_is_followed_by_no_person() -> None:
    names = _names("成立由区长任组长的区综合交通建设领导小组。")
    assert not {n for label, n in names if label == "Person"}
    assert ("Organization", "北辰区综合交通建设领导小组") in names


def test_a_list_of_firms_before_a_chains_leading_firms() -> None:
    # 合肥新站 probe: the chain between 等 and 龙头企业 had made the list one of chains, and its firms were lost
    names = _names("合肥新站高新技术产业开发区已集聚京东方、维信诺、视涯科技、晶合集成、康宁等新型显示和集成电路产业链龙头企业。")
    assert {("Enterprise", n) for n in ("京东方", "维信诺", "视涯科技", "晶合集成", "康宁")} <= names


def test_and_right_after_an_items_first_character_is_inside_its_name() -> None:
    names = _names("美的集团、格兰仕、海信家电、万和新电气、伊之密等规上工业企业产值增长较快。")
    assert ("Enterprise", "万和新电气") in names and ("Enterprise", "新电气") not in names


def test_未来_and_a_lakes_cut_off_character_are_inside_names() -> None:
    names = _names("江苏省未来网络创新研究院落户开发区。百家湖未来天街商业综合体建成开业。南京未来网络小镇位于秣陵街道。")
    assert {("Organization", "江苏省未来网络创新研究院"), ("Project", "百家湖未来天街商业综合体"),
            ("Park", "南京未来网络小镇")} <= names


def test_headquarters_and_research_parks_and_business_districts_are_parks() -> None:
    # 江宁 and 番禺 probes: 九龙湖国际企业总部园 was missed, and 东山 of 东山国际企业研发园 had made 东山县 (Fujian)
    names = _names("3.九龙湖国际企业总部园。位于东山街道九龙湖片区。4.东山国际企业研发园。汉溪长隆站枢纽依托长隆万博商务区。")
    assert {("Park", "九龙湖国际企业总部园"), ("Park", "东山国际企业研发园"), ("Park", "长隆万博商务区")} <= names
    assert ("Region", "东山县") not in names


def test_a_roads_or_bridges_own_short_name_is_its_proper_element() -> None:
    # 番禺区 probe: 亚运大道, 新化快速路, 番禺大桥 and 石化公路 were missed (common words as their names)
    names = _names("完成亚运大道、市广路等主干道升级改造。新化快速路相继通车。依赖洛溪大桥、番禺大桥等少数通道。推进石化公路快速化改造工程。"
                   "推进城市快速路和高速公路建设。")
    assert {("Project", n) for n in ("亚运大道", "新化快速路", "洛溪大桥", "番禺大桥", "石化公路")} <= names
    assert not {n for n in names if n[1] in ("城市快速路", "高速公路", "依赖洛溪大桥")}


def test_every_item_of_a_list_of_titles_won_is_an_honour() -> None:
    # t (江宁开发区's profile): the zone's titles, closed by 等称号; the bare 开发区 opening the clause stays the zone
    text = "开发区先后获得国家生态工业示范园区、国家知识产权示范园区、国家级绿色园区、中国最具投资价值开发区等称号。"
    found = _names(text)
    assert ("Park", "北辰经济技术开发区") in found
    assert not {n for _, n in found} & {"国家生态工业示范园区", "中国最具投资价值开发区"}
