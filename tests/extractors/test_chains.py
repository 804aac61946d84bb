"""Golden tests of the industry-chain taxonomy (kg_names' IndustryChain mentions)."""

from __future__ import annotations

import pytest

from extractors.chains import ChainMatcher
from extractors.pipeline import extract
from kg.ingest import document_from_text
from schema import Label


def chains(text: str) -> set[str]:
    ex = extract(document_from_text(text, doc_id="golden"))
    return {m.name for m in ex.mentions if m.label == Label.INDUSTRY_CHAIN}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound written as one chain stays one (ANNOTATION.md rule 19)
        ("做强新能源新材料产业。", {"新能源新材料"}),
        # written separately, they are separate
        ("发展新能源、新材料产业。", {"新能源", "新材料"}),
        # broad classes are not chains
        ("加快发展现代服务业和先进制造业。", set()),
        # a chain word needs a confirming industry word after it
        ("建设物联网创新中心和储能电站。", set()),
        ("做强新能源汽车和氢能两条产业链。", {"新能源汽车", "氢能"}),
    ],
)
def test_chains_golden(text: str, expected: set[str]) -> None:
    assert chains(text) == expected


def test_canonical_strips_industry_words() -> None:
    cm = ChainMatcher()
    assert cm.canonical("川菜调味品产业") == "川菜调味品"
    assert cm.canonical("高端装备制造业") == "高端装备制造"
    # a counted class names no industry: no canonical name, so no mention
    assert cm.canonical("三大支柱产业") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted list names its items as chains when they number the count
        ("我们将聚焦光电子信息和生物医药两大主导产业。", {"光电子信息", "生物医药"}),
        ("推进科技金融创新、电商物流和生态农业三大特色产业深度融合。", {"科技金融", "电商物流", "生态农业"}),
        ("集聚机器人、集成电路装备和航空装备三条产业链。", {"机器人", "集成电路装备", "航空装备"}),
        # the count does not match the items: nothing is taken from the list
        ("推进防城港和钦州三大产业基地建设。", set()),
        ("通过巩固四大支柱产业、打造新高地。", set()),
    ],
)
def test_counted_chain_lists(text: str, expected: set[str]) -> None:
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a narrower industry keeps its qualifying word before 产业/产业链
        ("第一节 做强石化新材料产业链", {"石化新材料"}),
        ("围绕成套装备制造产业，引进龙头企业。", {"成套装备制造"}),
        # ranking words and places are not part of the industry's name
        ("打造世界级智能家电产业集群。", {"智能家电"}),
        ("发展特色新材料产业。", {"新材料"}),
    ],
)
def test_qualified_chain_names(text: str, expected: set[str]) -> None:
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last item of <chain>和<Y>， is an industry too
        ("梅花镇依托渔港资源发展海洋渔业和海产品冷链加工，建设冷链基地。", {"海洋渔业", "海产品冷链加工"}),
        # a named thing or a counted list after 和 is not
        ("发展海洋渔业和海洋渔业产业园。", {"海洋渔业"}),
        ("做强新能源汽车和氢能两条产业链，推进项目。", {"新能源汽车", "氢能"}),
    ],
)
def test_chain_partner(text: str, expected: set[str]) -> None:
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a development verb right before a taxonomy term confirms it as a target industry
        ("(一)做强数字经济主引擎。", {"数字经济"}),
        ("南岭乡将布局数字物流，发展跨境电商。", {"数字物流", "跨境电商"}),
        # without verb or industry word it is not a chain
        ("建设数字物流中心。", set()),
    ],
)
def test_verb_confirmed_chains(text: str, expected: set[str]) -> None:
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare numbered sub-heading under a chain heading names a chain of its own
        ("第二节 做强新能源汽车产业链\n一、高端汽车零部件\n推进项目建设。\n二、港口物流\n推进项目建设。",
         {"新能源汽车", "高端汽车零部件", "港口物流"}),
        # under a heading that names no industry it does not (一、轨道交通 in a transport chapter)
        ("第六章 构建综合交通体系\n一、轨道交通\n加快地铁建设。", set()),
    ],
)
def test_bare_sub_heading_chains(text: str, expected: set[str]) -> None:
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of taxonomy terms needs a closing industry word in its clause
        ("完善教育、养老、医疗、文化活动中心等配套设施。", set()),
        ("加快发展总部、商务、金融、贸易等业态，增加就业岗位。", set()),
        ("以智能家电和现代纺织为主导，推进转型。", {"智能家电", "现代纺织"}),
        # the items after a confirmed term in the same list are confirmed too
        ("重点发展创新药、医疗器械和检验检测。", {"创新药", "医疗器械", "检验检测"}),
        # 围绕 confirms a term only when it is its whole object
        ("园区围绕航空物流和跨境电商，推进货运区建设。", {"航空物流", "跨境电商"}),
        ("围绕创新药研发等关键环节，引进企业。", set()),
    ],
)
def test_list_confirmed_chains(text: str, expected: set[str]) -> None:
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a link of a chain is not a chain
        ("针对全市在数控系统等智能装备制造产业环节的缺失，做好招引。", set()),
        # a chain word qualifying the enterprises of an enumeration is not a chain
        ("以华锻、东方印刷等装备制造龙头企业为引领。", set()),
        # enterprises of an industry (not instances of it) still confirm the industry, unless they are
        # counted: firms of a kind counted are no industry set as a target (ANNOTATION 19; s05's gold has no
        # chain for 已集聚光通信企业120余家)
        ("园区重点发展汽车零部件企业。", {"汽车零部件"}),
        ("园区已集聚汽车零部件企业300余家。", set()),
    ],
)
def test_chain_qualifiers(text: str, expected: set[str]) -> None:
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an industry set as the leading one by 把X作为…产业, known to the taxonomy or not
        ("全县坚持把茶叶作为山区特色农业的首位产业。", {"茶叶"}),
        ("吴江区坚持把高端装备制造作为主导产业。", {"高端装备制造"}),
        ("把项目建设作为重点工作。", set()),
    ],
)
def test_set_as_industry(text: str, expected: set[str]) -> None:
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a product's industrialisation is not a chain
        ("推进青山重工氢能产业化。", set()),
        # a counted class of an enumeration is no chain, its named neighbours are
        ("通过巩固三大支柱产业、打造新能源汽车、现代物流等新兴产业，推动转型。", {"新能源汽车", "现代物流"}),
        # 产业园 / 产业化 inside a later item do not close a list of chain words
        ("推进东方激光智能装备制造、北辰重工氢能产业化、西城智能产业园等项目。", set()),
        # the category heading of a project list names its chains
        ("重大项目:\n新能源和大数据项目。甲乙风电、丙丁数据中心等。", {"新能源", "大数据"}),
    ],
)
def test_chain_list_closers(text: str, expected: set[str]) -> None:
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a broad class beside the specific chain it is the tail of is no chain of its own (rule 19)
        ("做强智能装备制造产业,建成全省领先的装备制造集群。", {"智能装备"}),
        ("做大生物医药产业,巩固医药产业优势。", {"生物医药"}),
        # alone it still counts
        ("建成全省领先的装备制造集群。", {"装备制造"}),
    ],
)
def test_round5_broad_class_beside_specific_chain(text: str, expected: set[str]) -> None:
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a taxonomy term closing a list that a development verb opens (积极发展A、B、X等，)
        ("依托龙头企业,积极发展总部办公、会展服务、跨境电商等,打造商贸新城。", {"跨境电商"}),
        # without the verb the list is no target
        ("区内已有总部办公、会展服务、跨境电商等,配套完善。", set()),
    ],
)
def test_round5_chain_closing_a_verb_list(text: str, expected: set[str]) -> None:
    assert chains(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 以X行业为龙头: an industry the text sets as its lead, known to the taxonomy or not
        ("努力建成以陶瓷行业为龙头的现代化产业聚集区。", {"陶瓷"}),
        # a class or an enterprise before 产业为核心 is no chain
        ("以主导产业为核心,兼顾特色产业。", set()),
    ],
)
def test_round5_industry_as_lead(text: str, expected: set[str]) -> None:
    assert chains(text) == expected


def test_round5_specialised_park_confirms_its_industry() -> None:
    # X专业园(区): a park specialised in industry X names X as an industry
    assert chains("该园是全市唯一的动力电池专业园区,规划面积8平方公里。") == {"动力电池"}


def test_the_wine_industry_of_a_town_of_central_and_eastern_europe() -> None:
    # 004 (c18): 红酒 is an industry of the taxonomy, and the town of its paragraph is in it
    text = ("北辰区大力发展中东欧特色小镇。积极打造集生产-储藏-研发-创意-品鉴-交易-体验-“互联网+”-工业旅游"
            "于一体的红酒产业链。")
    ex = extract(document_from_text(text, doc_id="wine"))
    assert "红酒" in chains(text)
    assert ("中东欧特色小镇", "红酒") in {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "IN_CHAIN"}
