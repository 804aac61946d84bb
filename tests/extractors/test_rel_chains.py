"""Golden tests of IN_CHAIN scoping (extractors/rel_chains.py) on invented sentences."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text

Pair = tuple[str, str]


def in_chain(text: str) -> set[Pair]:
    """(item, chain) of every IN_CHAIN relation read from the text."""
    ex = extract(document_from_text(text, doc_id="t"))
    return {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "IN_CHAIN"}


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a semicolon separates parallel clauses: the chain of the next one does not reach back
        ("全区加快转型。江口镇将建设江口数据中心产业园；南岭乡一带将布局数字物流，依托南岭综合保税区发展跨境电商。",
         {("南岭综合保税区", "跨境电商")}, {("江口数据中心产业园", "数字物流"), ("江口数据中心产业园", "跨境电商")}),
        # a target chain two commas away from the item's clause does not reach it
        ("全县大力发展现代都市型农业，培育一批农业龙头企业，提高产业化水平，加快青溪田园综合体项目建设。",
         set(), {("青溪田园综合体", "现代都市型农业")}),
        # a topic frame (在…领域/方面，) reaches every clause of its sentence
        ("在物联网领域，高新区与江南大学签约共建创新中心，江苏云联感知科技股份有限公司落户梅村街道。",
         {("江苏云联感知科技股份有限公司", "物联网")}, set()),
        ("在生物医药方面，我们重点推动青川疫苗原液车间项目开工。", {("青川疫苗原液车间项目", "生物医药")}, set()),
        # a frame without 在 too, but never across a semicolon
        ("全区将以现代物流和国际贸易为两大支撑产业：现代物流方面，推动冷链技术研究院建设；国际贸易方面，加快建设东湖大宗商品交易中心。",
         {("东湖大宗商品交易中心", "国际贸易")}, {("东湖大宗商品交易中心", "现代物流")}),
        # an item the sentence relies on (重点依托A、B等企业，…) reaches the chain of its goal clause
        ("全区加快转型。重点依托徐州华东重工机械有限公司等企业，加快龙头企业的招引培育，通过招引外来企业，做强工程机械产业。",
         {("徐州华东重工机械有限公司", "工程机械")}, set()),
        # a chain whose clause says it grows (X产业加快集聚) reaches the next clause
        ("过去一年，开发区生物医药产业加快集聚，青禾制药二期项目竣工投产。", {("青禾制药二期", "生物医药")}, set()),
        # the adjacent clause still does
        ("全县大力发展现代都市型农业，加快青溪田园综合体项目建设。", {("青溪田园综合体", "现代都市型农业")}, set()),
    ],
)
def test_sentence_scope(text: str, expected: set[Pair], forbidden: set[Pair]) -> None:
    found = in_chain(text)
    assert expected <= found
    assert not forbidden & found


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # the item listed is the project, not the enterprise that invests in it (NOTES.md rule 3)
        ("围绕新能源汽车产业链，重庆青岩电驱科技有限公司投资的青岩电驱二期已开工建设。",
         {("青岩电驱二期", "新能源汽车")}, {("重庆青岩电驱科技有限公司", "新能源汽车")}),
        # an enterprise named inside the project's name is its developer
        ("第一节 做强新能源汽车产业链\n推动浙江明远汽车有限公司整车二期项目建设。",
         {("浙江明远汽车有限公司整车二期", "新能源汽车")}, {("浙江明远汽车有限公司", "新能源汽车")}),
        # an enterprise right before its project (XY三期) is its developer
        ("开工项目中，南京东睿智能电网科技有限公司东睿智能电网产业园三期等项目备受关注。",
         set(), {("南京东睿智能电网科技有限公司", "智能电网")}),
        # a chain inside the name of the project an enterprise builds does not reach the enterprise
        ("支持浙江青窑智能装备股份有限公司建设青窑智能装备产业基地。", set(), {("浙江青窑智能装备股份有限公司", "智能装备")}),
        # the parent of a subsidiary is not listed under the chain
        ("第一节 做强新能源汽车产业链\n推动浙江明远汽车有限公司整车二期项目建设。明远汽车是华东明远控股集团有限公司的全资子公司。",
         set(), {("华东明远控股集团有限公司", "新能源汽车")}),
    ],
)
def test_developer_not_listed(text: str, expected: set[Pair], forbidden: set[Pair]) -> None:
    found = in_chain(text)
    assert expected <= found
    assert not forbidden & found


def test_heading_outranks_two_chain_lead() -> None:
    """Under a chain heading, a lead naming two chains does not split the items among them."""
    found = in_chain("(二)绿色食品产业\n以安平镇川味食品产业园为主要载体，做强火锅调味品和预制菜两大特色产业。"
                     "重点依托成都安平调味品有限公司等龙头企业，推动安平预制菜中央厨房项目建成投产。")
    assert {("成都安平调味品有限公司", "绿色食品"), ("安平预制菜中央厨房项目", "绿色食品")} <= found
    assert not {("成都安平调味品有限公司", "火锅调味品"), ("安平预制菜中央厨房项目", "预制菜")} & found


def test_two_level_heading_path() -> None:
    """Items link to both chains of a two-level heading path, and a sibling industry keeps its own."""
    found = in_chain("第二节 做强新能源汽车产业链\n一、高端汽车零部件\n推动浙江东明汽车部件有限公司热管理二期项目建设。\n"
                     "二、港口物流\n推进北仑港区物流园二期建设。")
    assert {("浙江东明汽车部件有限公司热管理二期", "新能源汽车"), ("浙江东明汽车部件有限公司热管理二期", "高端汽车零部件"),
            ("北仑港区物流园二期", "港口物流")} <= found
    assert ("北仑港区物流园二期", "新能源汽车") not in found


def test_park_lead_takes_every_chain_of_its_paragraph() -> None:
    """A park leading a paragraph takes all chains the paragraph develops, broad and narrow."""
    found = in_chain("积极建设青城智汇印务小镇。推动印刷产业向纵深发展，促进智慧印刷产业链延伸拓展。")
    assert {("青城智汇印务小镇", "印刷"), ("青城智汇印务小镇", "智慧印刷")} <= found


def test_paragraph_chain_replaces_broader_surface() -> None:
    """A sentence's 医药 (canonical 现代医药) is a broader form of the paragraph's 生物医药."""
    found = in_chain("二是发展生物医药产业，推动新兴产业加速聚集。立足本区在医药产业方面的优势，尽快推动青岭医药谷建设取得实质性进展。")
    assert ("青岭医药谷", "生物医药") in found
    assert ("青岭医药谷", "现代医药") not in found


def test_lead_chain_pointed_by_name_head() -> None:
    """Of a lead's two chains, an item takes the one whose head its name holds (光电子 -> 光电子信息)."""
    found = in_chain("全区加快转型。\n我们将聚焦光电子信息和生物医药两大主导产业。其中武汉青岭光电子技术有限公司是龙头，青岭光电光芯片产线二期将建成投产。")
    assert {("武汉青岭光电子技术有限公司", "光电子信息"), ("青岭光电光芯片产线二期", "光电子信息")} <= found
    assert ("武汉青岭光电子技术有限公司", "生物医药") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a park named by a chain of the text is in that chain, not in the chains it develops (s16)
        ("（三）生物医药产业链\n深圳市坪山区以坪山生物医药创新产业园为核心载体，重点发展创新药、高端医疗器械和CXO服务。",
         {("坪山生物医药创新产业园", "生物医药")}),
        ("做强生物医药产业，完善生物医药产业园富源南路等道路。", {("生物医药产业园", "生物医药")}),
        # a park of a narrower industry (新能源装备) is not in the wider chain by its name
        ("做大新能源产业链。\n推动绿色新能源装备产业园等园区建设。", set()),
    ],
)
def test_a_park_named_by_a_chain_is_in_it(text: str, expected: set[Pair]) -> None:
    ex = extract(document_from_text(text, doc_id="t"))
    assert {(r.source.name, r.target.name) for r in ex.relations if r.rule == "name.park_chain"} == expected
