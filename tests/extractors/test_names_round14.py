"""Names found in the fourteenth session's probe texts (a leader's inspection news, an industry plan, a 专精特新
list, a planning bureau's notices): verbs of a visit, a firm's class and a clause's 的 are no part of a name."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text


def _names(sentence: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text("武清区调研重点项目\n\n" + sentence + "\n", doc_id="r"))
    return {(m.label.value, m.name) for m in ex.mentions}


@pytest.mark.parametrize(("sentence", "found", "not_found"), [
    # C (武清区's inspection news): the visit's verbs and 一行 before the firm or the park visited
    ("随后,倪斌来到杨村街道,走进天津市恒力源液压科技有限公司的智能化改造车间。",
     {("Enterprise", "天津市恒力源液压科技有限公司")}, {("Enterprise", "走进天津市恒力源液压科技有限公司")}),
    ("随后,倪斌一行还来到王庆坨镇自行车产业园,察看企业生产情况。", {("Park", "王庆坨镇自行车产业园")},
     {("Park", "倪斌一行还来到王庆坨镇自行车产业园")}),
    ("倪斌带队调研重点项目和重点企业建设发展情况。", set(), {("Project", "倪斌带队调研重点项目")}),
    # the firm's class before its name (国家级专精特新“小巨人”企业)
    ("在汊沽港镇,倪斌走进国家级专精特新“小巨人”企业天津瑞科精密机械有限公司。",
     {("Enterprise", "天津瑞科精密机械有限公司")}, {("Enterprise", "国家级专精特新小巨人企业天津瑞科精密机械有限公司")}),
    # a works the firm builds, written after 新建的
    ("倪斌一行来到天津中瑞药业股份有限公司新建的高端制剂生产基地项目。",
     {("Enterprise", "天津中瑞药业股份有限公司"), ("Project", "高端制剂生产基地")}, {("Project", "的高端制剂生产基地")}),
    # E (新吴区's plan): 除 (except) before a park
    ("除太湖国际科技园外,重点建设无锡高新区生命科技产业园。", {("Park", "太湖国际科技园")}, {("Park", "除太湖国际科技园")}),
])
def test_a_visits_verb_a_firms_class_or_a_clauses_word_is_no_part_of_a_name(sentence: str, found: set,
                                                                             not_found: set) -> None:
    names = _names(sentence)
    assert found <= names
    assert not names & not_found


@pytest.mark.parametrize(("sentence", "body"), [
    # D (东丽区's planning notices): a body's name with 和 inside, after an address's house number or a link bar
    ("地址：天津市东丽区跃进路28号天津市规划和自然资源局东丽分局规划科。", "天津市规划和自然资源局东丽分局"),
    ("【相关链接】 天津市人民政府 | 天津市规划和自然资源局 | 东丽区人民政府", "天津市规划和自然资源局"),
    ("区规划和自然资源分局负责。", "武清区规划和自然资源分局"),
    ("天津市津南区住房和建设委员会负责。", "天津市津南区住房和建设委员会"),
])
def test_a_bodys_name_with_and_inside_is_one_body_and_no_plan(sentence: str, body: str) -> None:
    names = _names(sentence)
    assert ("Organization", body) in names
    assert not {n for label, n in names if label == "Policy" or "|" in n or "】" in n or n.startswith("自然资源")}


@pytest.mark.parametrize(("sentence", "junk"), [
    # G (宝坻区's feature): words quoted before 站 (stand), a station's distance, a city's projects, a planned count
    ("“四年前，这里还是一片麦田。”站在二期工地旁，他说。", "四年前,这里还是一片麦田。站"),
    ("京唐城际铁路宝坻南站距离基地不到10公里。", "京唐城际铁路宝坻南站距离基地"),
    ("力争全年新引进北京项目50个以上。", "北京项目"),
    ("今年潮白新区安排重点项目42个。", "潮白新区安排重点项目"),
    ("科技城的开发运营主体京津中关村科技城发展有限公司负责招商。", "运营主体京津中关村科技城发展有限公司"),
    # H (松山湖's news): a date's 年 glued to 全 (the whole of)
    ("力争到2025年全功能区市级以上专精特新企业达到500家。", "年全功能区"),
    # D (东丽区's notices), w (合肥新站's announcement): ways and fields listed before 等方式 / 等方面
    ("公众可通过现场查阅、网上查阅等方式了解项目详情。", "现场查阅"),
    ("在设备投资补助、研发投入奖励、人才引进等方面给予项目公司支持。", "人才引进"),
    # A (惠山区's chain plan): a legal form alone is no company (无锡先为科技有限公司 cut at 为)
    ("重点企业：江苏中利集团、无锡先为科技有限公司。", "科技有限公司"),
])
def test_no_name_of_quoted_words_distances_counts_or_ways(sentence: str, junk: str) -> None:
    assert junk not in {n for _, n in _names(sentence)}


@pytest.mark.parametrize(("sentence", "found", "not_found"), [
    # F (津南区's plan notice), B (西青区's plan report): a verb before a district's body written 区X
    ("将上月项目进展情况报送区发展改革委投资科。", ("Organization", "武清区发展改革委"),
     ("Organization", "月项目进展情况报送区发展改革委")),
    ("受区人民政府委托，现将计划草案提请审议。", ("Organization", "武清区人民政府"), ("Organization", "受区人民政府")),
    # C (武清区's inspection news): a park named …科技谷
    ("京津科技谷是我区承接北京非首都功能疏解的重要载体。", ("Park", "京津科技谷"), ("Park", "科技谷")),
])
def test_a_verb_before_a_districts_body_and_a_valley_park(sentence: str, found: tuple, not_found: tuple) -> None:
    names = _names(sentence)
    assert found in names and not_found not in names


def test_every_firm_of_a_role_field_is_an_enterprise() -> None:
    # A (惠山区's chain plan): short names, a name cut by 为, a note in brackets after the name
    names = _names("重点企业：威孚高科、无锡先为科技有限公司、蓉芯半导体封测股份有限公司（以下简称蓉芯封测）、药明康德")
    assert {("Enterprise", n) for n in ("威孚高科", "无锡先为科技有限公司", "蓉芯半导体封测股份有限公司", "药明康德")} <= names


@pytest.mark.parametrize(("sentence", "firms"), [
    # E (新吴区's plan): a company's name with a bracket inside no longer cuts the list before it
    ("依托阿斯利康、药明康德、通用电气医疗系统（中国）有限公司等企业，建设生命科技产业园。",
     {"阿斯利康", "药明康德", "通用电气医疗系统(中国)有限公司"}),
    ("依托SK海力士、海太半导体（无锡）有限公司、华润微电子等企业。", {"SK海力士", "华润微电子"}),
])
def test_a_firm_list_with_a_bracketed_name_inside(sentence: str, firms: set[str]) -> None:
    assert {("Enterprise", n) for n in firms} <= _names(sentence)


def test_a_list_after_a_partys_与_keeps_its_party_out() -> None:
    # x (高陵区's news): the bracket of 陕西延长石油（集团）有限责任公司 must not join 区人民政府分别 to the list
    names = _names("在签约环节，高陵区人民政府分别与比亚迪汽车工业有限公司、陕西延长石油（集团）有限责任公司等企业签订协议。")
    assert not [n for _, n in names if n.endswith("分别")]


def test_a_road_named_by_the_provinces_it_joins() -> None:
    # C (武清区's inspection news): 京沪高速 beside 京津塘高速; 京津冀 stays a region, no proper element of a project
    names = _names("王庆坨镇要依托京津塘高速、京沪高速等交通优势。推进京港澳高速改扩建。开展京津冀异地养老服务项目。")
    assert {("Project", "京津塘高速"), ("Project", "京沪高速"), ("Project", "京港澳高速")} <= names
    assert ("Project", "京津冀异地养老服务项目") not in names


@pytest.mark.parametrize(("sentence", "found", "not_found"), [
    # J (宁河区's catalogue), K (静海区's meeting), I (东丽区's reply): zones named …产业区 / …工业区 are parks
    ("全区拥有宁河经济开发区、宁河现代产业区、潘庄工业区三大产业载体。", {("Park", "潘庄工业区")},
     {("IndustryChain", "潘庄工业区")}),
    ("推动子牙循环经济产业区转型升级。", {("Park", "子牙循环经济产业区")}, set()),
    # K, L, I: a place's or a period's key projects and a city's projects are classes, no names
    ("会议听取了静海经济开发区重点项目推进情况汇报。", set(), {("Project", "静海经济开发区重点项目")}),
    ("会议听取了陈官屯镇重点项目推进情况汇报。", set(), {("Project", "陈官屯镇重点项目"), ("Project", "陈官屯镇重点")}),
    ("参加静海区一季度重点项目集中签约活动。", set(), {("Project", "静海区一季度重点项目")}),
    ("全年承接北京转移项目31个。", set(), {("Project", "北京转移项目")}),
])
def test_zones_named_as_industrial_areas_and_classes_of_projects(sentence: str, found: set, not_found: set) -> None:
    names = _names(sentence)
    assert found <= names
    assert not names & not_found


def test_a_listed_village_keeps_the_character_the_segmenter_left_alone() -> None:
    # I (东丽区's reply): 、徐|庄子村 had named 庄子村
    ex = extract(document_from_text("东丽区答复\n\n金钟街道依托欢坨村、徐庄子村腾退土地建设产业园。\n", doc_id="i"))
    assert {m.name for m in ex.mentions if m.label.value == "Village"} == {"欢坨村", "徐庄子村"}


def test_a_parks_city_in_brackets_is_part_of_its_name() -> None:
    # B (西青区's plan report): 京东（天津）智能供应链产业园, a brand's park with its city in brackets, as a company's
    assert ("Park", "京东(天津)智能供应链产业园") in _names("京东（天津）智能供应链产业园开工建设。")
