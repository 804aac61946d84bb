"""Names cut out of a word are no names: a suffix that is the tail of a common word (路 of 陆路), a suffix
that starts a compound (中心 of 中心城市). Real sentences of the corpus and probes in other districts' wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.gold import load_passage
from tests.extractors.test_names import names

GOLD = Path(__file__).resolve().parents[1] / "gold"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # 002: 利用好|陆路|港 — 好陆路 is 好 and the common word 陆路, no road
        ("这就要求我区充分落实新发展理念,利用好陆路港和京津医药谷等载体,把握先机、主动作为。", "好陆路"),
        # 003: 通道 is a common word and nothing before it is proper
        ("启动“大病再诊断”平台,打通“京津冀”会诊新通道,研究制定京冀人才落户的鼓励政策。", "京津冀会诊新通道"),
        # probes in other districts' wording
        ("要用好水路和铁路运输优势，打通出海新通道，推动宁波舟山港北仑港区集装箱码头扩建。", "出海新通道"),
        ("依托沪渝高速和江夏大道，拓展物流新通道，推进庙山物流园建设。", "物流新通道"),
    ],
)
def test_a_suffix_ending_a_common_word_makes_no_name_without_a_proper_word_before_it(text: str, gone: str) -> None:
    assert gone not in {name for _, name in names(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word holding the suffix comes after a proper element: still names
        ("加快富源南路、永信道、新峰路、京津公路建设。",
         {("Project", "富源南路"), ("Project", "永信道"), ("Project", "新峰路"), ("Project", "京津公路")}),
        ("推进天津大学城和中关村科技园建设。", {("Park", "天津大学城"), ("Park", "中关村科技园")}),  # (大学城: a zone)
        ("依托沪渝高速和江夏大道，推进庙山物流园建设。",
         {("Project", "沪渝高速"), ("Project", "江夏大道"), ("Park", "庙山物流园")}),
    ],
)
def test_a_suffix_inside_a_word_after_a_proper_element_keeps_the_name(text: str, expected: set) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # 002/004: 天津|中心|城市 — jieba's words end inside 中心城市
        ("也是北辰区建设天津中心城市北部副中心的重要时期。", "天津中心"),
        ("北辰区横跨中心城区和环外区域,环内面积135平方公里。", "北辰区横跨中心"),
        ("着力建设天津国家中心城市重要功能承载区,努力创建京津冀协同发展示范区。", "天津国家中心"),
        # probes in other districts' wording
        ("江夏区要主动融入武汉国家中心城市建设，推进庙山物流园建设。", "武汉国家中心"),
        ("中牟县紧邻郑州中心城区，推进中牟县文化中心建设。", "郑州中心"),
        ("吴中区加快建设苏州中心城市南部副中心。", "苏州中心"),
        ("章丘区推动济南中心城镇体系优化。", "济南中心"),
    ],
)
def test_a_suffix_starting_a_compound_ends_no_name(text: str, gone: str) -> None:
    assert gone not in {name for _, name in names(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推进江夏中心医院新院区和庙山物流园建设。", {("Project", "江夏中心医院新院区"), ("Park", "庙山物流园")}),
        ("中牟县紧邻郑州中心城区，推进郑州国际会展中心二期和中牟县文化中心建设。",
         {("Project", "郑州国际会展中心二期"), ("Project", "中牟县文化中心")}),
        ("加快建设成都公园城市示范区。", {("Park", "成都公园城市示范区")}),
    ],
)
def test_names_with_such_a_suffix_elsewhere_stay(text: str, expected: set) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以天锻、长荣印刷等装备制造龙头企业为引领，围绕成套装备制造产业。",  # 002 (c08): jieba reads 以天|锻
         {("Enterprise", "天锻"), ("Enterprise", "长荣印刷")}),
        ("以宁德时代、比亚迪等龙头企业为引领。", {("Enterprise", "宁德时代"), ("Enterprise", "比亚迪")}),
    ],
)
def test_a_function_word_glued_to_the_first_item_of_a_list(text: str, expected: set) -> None:
    assert expected <= names(text)


def test_a_glued_function_word_outside_a_list_opens_no_name() -> None:
    assert not names("坚持以产兴城、以城促产，推进产城融合。")


def test_a_bureau_glued_to_its_heads_title() -> None:
    # jieba reads 江夏区交通运输|局局长: the bureau ends inside a word, before the title of its head
    assert ("Organization", "江夏区交通运输局") in names("江夏区交通运输局局长表示，将加快道路建设。")


@pytest.mark.parametrize("text", ["组建区域医疗集团，推进医共体建设。", "推进区域医疗中心建设。"])
def test_a_regional_kind_of_body_is_no_name(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "乡村振兴战略和新型城镇化建设加快推进，天津市空间布局持续优化。",  # 002: 空间布局, one word ending in 局
        "共打掉黑社会性质组织3个、恶势力犯罪集团5个。",  # 002: a criminal gang, no company
        "吸引院士工作站、博士后培养平台等人才载体落地。",  # 002: 博士后 is no proper element
    ],
)
def test_common_words_with_a_name_suffix_name_nothing(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "迁入并建设住宅和商业等大型公建项目，带动相关总部经济发展。",  # 002: kinds of building in a list of projects
        "重点面向北京吸引区域产业资本和品牌机构进入北辰养老市场。",  # 002: a market as an economy
        "加快建设北运河(北辰段)文化旅游生态带。",  # 002: a stretch in brackets qualifies the river
        "以永定河、永定新河、北运河等市管一级河道为排涝水系的主要框架。",  # 004: a class of rivers
        "积极申报市级、国家级非遗代表性项目和代表性传承人。",  # 002: a class of heritage items
        "扩展完善北辰区城乡道路交通、给水排水。",  # 002: 城 of 城乡
        "推进养老院项目建设，养老机构布局持续优化。",  # 002: 养老院 is no proper element
    ],
)
def test_kinds_classes_and_cut_words_name_no_works(text: str) -> None:
    assert {name for label, name in names(text) if label == "Project"} == set()


def test_a_market_that_sells_is_a_works() -> None:
    assert ("Project", "韩家墅农产品批发市场") in names("依托韩家墅农产品批发市场的基础设施，打造农产品仓储物流区。")


def test_a_lead_list_is_one_clause() -> None:
    # 002: a sentence ending in 工程 before a list that runs across clauses is no category-led list of works
    text = "实施人才培养工程。组建专家团队、管理团队、推广团队，负责提供政策咨询建议、技术研发支撑等。"
    assert {name for label, name in names(text) if label == "Project"} == set()


def test_the_land_along_a_road_is_no_works() -> None:
    text = "北辰区推进京津公路两侧和大张庄示范镇等地城市公共基础设施物联网部署。"  # 002
    assert {name for label, name in names(text) if label == "Project"} == {"京津公路"}


def test_a_counted_slogan_opens_no_works() -> None:
    # 002: the city's layout plan of one ring and eleven parks; 九十二中学 is a numbered school
    found = names("落实全市一环十一公园城市设计，推进九十二中学扩建工程。")
    assert {name for label, name in found if label == "Project"} == {"九十二中学扩建工程"}


@pytest.mark.parametrize(
    "text",
    [
        "围绕“三横三纵”高速路网、京滨等铁路与城际线，完善交通体系。",  # 002: a road network, no expressway
        "借助“一园多校、一园一校、市校共建”的模式推进设立研究院。",  # 002: a model's slogans, no body
    ],
)
def test_networks_and_slogans_name_nothing(text: str) -> None:
    assert {name for label, name in names(text) if label in ("Project", "Organization")} == set()


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("园区还有常州华日升反光材料有限公司、江苏天合储能有限公司等企业。", "常州华日升反光材料有限公司"),
        ("全区已有天津天锻压力机有限公司等12家企业入驻。", "天津天锻压力机有限公司"),
        ("园区内另有江苏天合储能有限公司在建。", "江苏天合储能有限公司"),
    ],
)
def test_there_is_also_ends_before_a_company_name(text: str, company: str) -> None:
    """还有, 已有, 另有 (there are also, already) are verbs, no part of the company named after them."""
    assert ("Enterprise", company) in names(text)


@pytest.mark.parametrize(
    ("text", "project"),
    [
        # s21: the segmenter cuts 铜|官窑, so the gazetteer finds no 铜官 there; the text names 铜官街道
        ("以望城区铜官街道、靖港镇为重点，串联铜官窑古镇、靖港古镇。", "铜官窑古镇"),
        ("望城区铜官街道推动长沙湘江文旅投资集团有限公司建设铜官窑国家考古遗址公园二期。", "铜官窑国家考古遗址公园二期"),
    ],
)
def test_a_town_of_the_text_cut_by_the_segmenter_is_a_proper_element(text: str, project: str) -> None:
    assert ("Project", project) in names(text)


def test_a_town_cut_by_the_segmenter_needs_the_text_to_name_the_town() -> None:
    assert ("Project", "铜官窑古镇") not in names("望城区串联铜官窑古镇、靖港古镇。")


def test_a_town_form_the_segmenter_kept_whole_is_no_proper_element_by_this_rule() -> None:
    """s37: 大碶|疏港|通道工程 — 大碶 is a whole token, not found as a place there: 大碶疏港 is no name."""
    text = load_passage(GOLD / "synthetic" / "s37-beilun-plan-headings.yaml").input_text
    assert "大碶疏港" not in {name for _, name in names(text)}


@pytest.mark.parametrize(
    ("text", "project", "gone"),
    [
        ("合肥市肥西县三河镇是国家5A级旅游景区三河古镇所在地。", "三河古镇", "国家5A级旅游景区三河古镇"),  # s30
        ("溧阳市建成AAAA级景区天目湖度假区。", "天目湖度假区", "AAAA级景区天目湖度假区"),
    ],
)
def test_a_rating_before_a_scenic_name_is_no_part_of_it(text: str, project: str, gone: str) -> None:
    got = {name for _, name in names(text)}
    assert project in got and gone not in got


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("积极推进银河风景区项目建设,打造集住宅、高端商务、旅游休闲为一体的核心区,加快人口向城镇集中。", "银河风景区"),  # 002
        ("推进区内刘园苗圃公园、北辰堆山公园、银河公园等大型城市公园建设。", "银河公园"),  # 002
    ],
)
def test_yinhe_is_a_proper_element(text: str, project: str) -> None:
    """银河 is a common noun to jieba (the Milky Way), a proper element of the names it opens."""
    assert ("Project", project) in names(text)
