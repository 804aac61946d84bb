"""Name fixes found in probe texts of the eleventh session (a development zone's annual report, a county-level
city's news roundup): a hospital's or school's campus being built, a community after its town, a size opening a
name, a firm's kind of capital, 选址 glued to a park, a chain's list of firms, a byline's next field."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text
from schema import Label
from tests.extractors.test_names import names


@pytest.mark.parametrize(("text", "campus"), [
    ("江宁区人民医院湖熟院区开工建设。", "江宁区人民医院湖熟院区"),
    ("湘潭县人民医院新院区建成投用。", "湘潭县人民医院新院区"),
    ("推进天津医科大学总医院空港医院东院区建设。", "天津医科大学总医院空港医院东院区"),
    ("县第一中学新校区、县妇幼保健院新院区建成。", "县妇幼保健院新院区"),
])
def test_a_campus_being_built_is_a_project_named_with_its_institution(text: str, campus: str) -> None:
    assert ("Project", campus) in names(text)


def test_a_community_after_its_town_is_a_village_and_no_works() -> None:
    """昆山市 probe: 张浦镇南港社区 had been the Project 张浦镇南港 (港 a weak works suffix)."""
    found = names("昆山市\n启恒智能机器人项目在张浦镇南港社区正式开工。推进张浦镇智慧社区建设。", {Label.VILLAGE, Label.PROJECT})
    assert ("Village", "南港社区") in found
    assert not {n for _, n in found if n.startswith("张浦镇") or "智慧社区" in n}


@pytest.mark.parametrize(("text", "name"), [
    ("江苏芯锐半导体科技有限公司投资32亿元建设12英寸功率半导体封测基地，选址昆山高新区。", "12英寸功率半导体封测基地"),
    ("建成28纳米芯片生产线。", "28纳米芯片生产线"),
])
def test_a_name_opening_with_its_size_keeps_the_number(text: str, name: str) -> None:
    assert ("Project", name) in names(text)


def test_words_glued_before_a_name_are_no_part_of_it() -> None:
    found = names("投资建设封测基地，选址昆山高新区。瀚光显示是台资企业瀚光科技集团旗下子公司。")
    assert ("Park", "昆山高新区") in found and ("Enterprise", "瀚光科技集团") in found
    assert not {n for _, n in found if n.startswith(("选址", "台资"))}


@pytest.mark.parametrize(("text", "chains", "not_chains"), [
    ("将重点引进软件信息、工业互联网和数字金融企业，承接智能装备、汽车零部件和医疗器械企业。",
     {"软件信息", "数字金融", "医疗器械", "汽车零部件"}, {"数字金融企业", "医疗器械企业"}),
    ("全年工程机械产业链实现产值1580亿元。", {"工程机械"}, {"全年工程机械"}),
    ("2.汽车及零部件产业链加速转型\n比亚迪动力电池项目投产。", {"汽车及零部件"}, set()),  # as written (rule 19)
])
def test_chains_named_in_a_zone_report(text: str, chains: set[str], not_chains: set[str]) -> None:
    found = {n for _, n in names(text, {Label.INDUSTRY_CHAIN})}
    assert chains <= found and not found & not_chains


def test_a_byline_name_glued_to_the_next_field_stops_before_it() -> None:
    """The page's spaces are gone: 记者　张敏　　发布时间 reads 记者张敏发布时间."""
    found = names("来源：昆山日报　　记者　张敏　　发布时间：2024-03-20 08:47\n\n3月19日，签约仪式举行。", {Label.PERSON})
    assert found == {("Person", "张敏")}


def test_a_mechanism_after_yi_is_named_without_it() -> None:
    found = {n for _, n in names("以链长制为抓手，全面落实河长制、湖长制。", {Label.POLICY})}
    assert {"链长制", "河长制", "湖长制"} <= found and "以链长制" not in found


def test_a_work_report_s_formula_and_a_split_verb_open_no_name() -> None:
    """芜湖市 probe: 我代表市人民政府 (every work report), 湾沚区做|强|安徽新芜经济开发区 (做强 cut in two)."""
    found = names("芜湖市\n现在，我代表市人民政府，向大会报告工作。湾沚区做强安徽新芜经济开发区，支持弋江区做强芜湖高新区。",
                  {Label.ORGANIZATION, Label.PARK, Label.REGION})
    assert {("Organization", "芜湖市人民政府"), ("Park", "安徽新芜经济开发区"), ("Park", "芜湖高新区"),
            ("Region", "湾沚区"), ("Region", "弋江区")} <= found
    assert not {n for _, n in found if "代表" in n or "做强" in n}


def test_names_of_a_park_brochure() -> None:
    """成都天府国际生物城 probe: a 生物城 and a 药谷 are parks; 签署 and 借鉴 open no name; a national cluster's
    chain is the chain (国家生物医药产业集群)."""
    text = ("成都市\n成都天府国际生物城位于双流区。生物城与苏州生物医药产业园签署园区合作框架协议。"
            "获批国家生物医药产业集群。借鉴上海张江药谷经验。")
    found = names(text, {Label.PARK, Label.PROJECT, Label.INDUSTRY_CHAIN})
    assert {("Park", "成都天府国际生物城"), ("Park", "苏州生物医药产业园"), ("Park", "上海张江药谷"),
            ("IndustryChain", "生物医药")} <= found
    assert not {n for _, n in found if "签署" in n or "借鉴" in n or n.startswith("国家")}


def test_a_city_brand_is_no_project() -> None:
    """芜湖市 probe: 全力推进“智造名城”建设 (what the city wants to become, as 消费之城, 音乐之都)."""
    found = {n for _, n in names("芜湖市\n全力推进“智造名城”建设，建设国际消费之城和音乐之都。")}
    assert not {n for n in found if n.endswith(("名城", "之城", "之都"))}


def test_a_place_inside_a_park_s_name_qualifies_no_chain() -> None:
    """芜湖市 probe: 芜湖机器人产业园 had made the chain 芜湖机器人 (the park's, and 埃夫特's with it)."""
    text = "芜湖市\n依托埃夫特、哈特机器人等龙头企业，建设芜湖机器人产业园二期，芜湖机器人产业园获评国家新型工业化产业示范基地。"
    ex = extract(document_from_text(text, doc_id="t"))
    in_chain = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "IN_CHAIN"}
    assert ("芜湖机器人产业园", "机器人") in in_chain
    assert not {c for _, c in in_chain if c == "芜湖机器人"}


def test_an_industry_run_in_as_a_numbered_topic_is_a_chain() -> None:
    """成都天府国际生物城 probe: 二、主导产业 / 1. 生物医药：依托… / 2. 医疗器械：以…为引领."""
    text = ("成都市\n二、主导产业\n1. 生物医药：依托成都先导药物开发股份有限公司、海创药业股份有限公司等龙头企业，"
            "重点发展创新药。\n2. 医疗器械：以迈瑞医疗为引领，发展高端医学影像设备。\n三、配套设施\n1. 学校：建成天府国际学校。")
    chains = {n for _, n in names(text, {Label.INDUSTRY_CHAIN})}
    assert {"生物医药", "医疗器械"} <= chains and "学校" not in chains


def test_a_key_laboratory_s_branch_is_one_body() -> None:
    """长沙经开区 probe: 湖南大学…国家重点实验室星沙分中心 had been cut to the Project 实验室星沙分中心 (重点 a stop word)."""
    found = names("长沙县\n湖南大学汽车车身先进设计制造国家重点实验室星沙分中心落户经开区。加快推进重点实验室建设。")
    assert ("Organization", "湖南大学汽车车身先进设计制造国家重点实验室星沙分中心") in found
    assert not {n for _, n in found if n.startswith(("实验室", "重点"))}


def test_a_road_s_extension_is_a_project() -> None:
    found = names("长沙县\n星沙大道北延线建成通车，加快剑南大道南延线建设。")
    assert {("Project", "星沙大道北延线"), ("Project", "剑南大道南延线")} <= found


def test_trade_names_listed_without_a_head_noun_are_enterprises() -> None:
    """芜湖市 probe: 推动长信科技、东旭光电、启迪半导体扩能升级 (weak suffixes, each after a proper element);
    industries with those suffixes are none (信息科技、生物科技)."""
    found = names("芜湖市\n推动长信科技、东旭光电、启迪半导体扩能升级。发展信息科技、生物科技产业。", {Label.ENTERPRISE})
    assert found == {("Enterprise", "长信科技"), ("Enterprise", "东旭光电"), ("Enterprise", "启迪半导体")}
