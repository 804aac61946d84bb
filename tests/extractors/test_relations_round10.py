"""Where things are, as probes in other districts' wording state it (tenth session): a list's items placed by
落户, a stated place over the sentence's context, a place in brackets after a name, the most specific place of a
chain after 选址, and a town the gazetteer knows by its old name (X镇 now X街道)."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text


def located(text: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text(text, doc_id="t"))
    return {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}


def test_every_item_of_a_list_settling_in_a_park_is_in_it_and_not_in_the_park_the_sentence_leans_on() -> None:
    """湘潭县 probe: the sentence names 排头工业园 first, then states where the twelve projects go."""
    found = located("湘潭县\n支持排头乡依托排头工业园承接长株潭产业转移,推动中科新能、华远电缆、鼎盛电子等12个项目"
                    "落户天易经济开发区。")
    items = {"中科新能", "华远电缆", "鼎盛电子"}
    assert {(item, "天易经济开发区") for item in items} <= found
    assert not {(item, "排头工业园") for item in items} & found
    assert ("天易经济开发区", "排头乡") not in found and ("排头工业园", "排头乡") in found


def test_a_place_in_brackets_after_a_name_is_its_place_alone() -> None:
    """即墨区 probe: 即墨汽车产业园（位于北安街道）; the park named next is not in 北安街道."""
    found = located("即墨区\n依托即墨汽车产业园(位于北安街道)和龙泉街道智能终端产业园,引育配套企业。")
    assert ("即墨汽车产业园", "北安街道") in found
    assert not {(s, t) for s, t in found if t == "北安街道" and s != "即墨汽车产业园"}


def test_a_site_chosen_in_a_district_and_town_is_the_town() -> None:
    """江宁区 probe: …项目，总投资35亿元，选址江宁区秣陵街道."""
    found = located("南京瑞驰新能源科技有限公司将投资建设动力电池Pack及储能系统生产基地项目,总投资35亿元,"
                    "选址江宁区秣陵街道。")
    assert ("动力电池Pack及储能系统生产基地", "秣陵街道") in found
    assert ("动力电池Pack及储能系统生产基地", "江宁区") not in found


def test_a_town_written_as_a_jiedao_that_the_gazetteer_knows_as_a_zhen_keeps_the_texts_name() -> None:
    """即墨区 probe: 蓝村镇 became 蓝村街道; the text's name is the Town, and what it opens is in it."""
    ex = extract(document_from_text("即墨区\n依托蓝村街道新能源汽车零部件产业园,引育配套企业。", doc_id="t"))
    towns = {m.name for m in ex.mentions if m.label.value == "Town"}
    assert towns == {"蓝村街道"}
    assert ("新能源汽车零部件产业园", "蓝村街道") in {
        (r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}


def test_the_markets_a_product_serves_are_no_chain_of_its_maker() -> None:
    """越城区 probe: 功率芯片主要应用于新能源汽车、光伏储能等领域 — markets, not the maker's chains."""
    ex = extract(document_from_text("浙江越芯半导体有限公司生产的功率芯片主要应用于新能源汽车、光伏储能等领域。",
                                    doc_id="t"))
    assert not [r for r in ex.relations if r.type.value == "IN_CHAIN"]


def test_a_headline_whose_space_was_dropped_ends_the_project_at_its_stage() -> None:
    """越城区 probe: …晶圆制造项目一期主体封顶 二期同步开工 (the space between the two halves is gone)."""
    ex = extract(document_from_text("越芯半导体12英寸晶圆制造项目一期主体封顶 二期同步开工\n正文。", doc_id="t"))
    assert {m.name for m in ex.mentions if m.label.value == "Project"} == {"越芯半导体12英寸晶圆制造项目一期"}


def test_works_built_in_a_village_are_in_its_town_not_in_the_park_of_the_paragraph() -> None:
    """砀山县 probe: 在马庄村启动建设梨花湾田园综合体 under a paragraph that opens with the town's 产业园."""
    found = located("砀山县良梨镇\n(一)做强酥梨主导产业\n一是建设良梨镇现代农业产业园。产业园规划面积3.5万亩。"
                    "三是推进三产融合。在马庄村启动建设梨花湾田园综合体,总投资8000万元。")
    assert ("梨花湾田园综合体", "良梨镇") in found
    assert ("梨花湾田园综合体", "良梨镇现代农业产业园") not in found


def test_targets_set_following_a_policys_requirements_are_the_documents_own() -> None:
    """砀山县 probe: 围绕《…实施方案》要求，力争… — the town's targets; 《P》提出 still reports P's."""
    ex = extract(document_from_text("良梨镇2023年工作总结\n2024年,良梨镇将围绕《宿州市乡村振兴示范村建设实施方案》要求,"
                                    "力争酥梨种植面积稳定在5万亩。《北辰区十四五规划》提出,到2025年,地区生产总值达到1000亿元。",
                                    doc_id="t"))
    targets = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "SETS_TARGET"}
    assert targets == {("t", "酥梨种植面积"), ("北辰区十四五规划", "地区生产总值")}
