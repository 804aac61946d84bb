"""Words that the name rules took for enterprises, organisations or chains, on sentences of the corpus (002)."""

from __future__ import annotations

import pytest

from tests.extractors.test_names_round6 import names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # stock markets in a list before 上市公司 are no companies
        ("从国内外权威企业榜单排名以及A股、港股、美股等上市公司中挑选出四大产业的企业。",
         {("Enterprise", "A股"), ("Enterprise", "港股"), ("Enterprise", "美股")}),
        # industries listed before the kind of body are what the bodies work on, not their names
        ("重点建设装备制造、生物医药、新能源新材料等研究院,共同构建政产学研用合作创新体系。",
         {("Enterprise", "新能源新材料"), ("Organization", "生物医药"), ("Organization", "装备制造")}),
        # a trade (common words) before a trade suffix is no company
        ("推动中药企业加快向生物制药转型。", {("Enterprise", "生物制药")}),
    ],
)
def test_not_names(text: str, absent: set[tuple[str, str]]) -> None:
    assert not names(text) & absent


def test_companies_in_such_sentences_stay() -> None:
    found = names("依托天士力、中新药业等重点企业,推动天津天士力制药有限公司向生物制药转型。")
    assert {("Enterprise", "天士力"), ("Enterprise", "中新药业"), ("Enterprise", "天津天士力制药有限公司")} <= found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("系统梳理我区5条优势产业和4条新兴产业主要产业链的关键环节。", {"优势", "新兴"}),
        ("以智能科技产业和现代服务业等新兴产业为重点。", {"现代服务业等新兴", "新兴"}),
        ("在产业、交通、生态、公共服务等领域率先突破。", {"产业"}),
    ],
)
def test_kinds_of_industry_are_no_chains(text: str, absent: set[str]) -> None:
    from schema import Label

    chains = {name for label, name in names(text, {Label.INDUSTRY_CHAIN}) if label == "IndustryChain"}
    assert not chains & absent


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a verb before a name is not part of it
        ("助推天津职业大学与河北省职业院校“结对子”。", {("Organization", "天津职业大学")},
         {("Organization", "助推天津职业大学")}),
        # a count (三个, 一条) ends a name on its left; what is left of 三个教育集团 is a kind, no name
        ("组建了华辰、实验、普育三个教育集团,引进北京十一学校。", {("Project", "北京十一学校")},
         {("Enterprise", "普育三个教育集团"), ("Enterprise", "教育集团")}),
    ],
)
def test_verbs_and_counts_end_names(text: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]) -> None:
    found = names(text)
    assert expected <= found and not found & absent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount of money ends a name on its left: the works or body built with it is the name
        ("今年，区政府投资1.2亿元建设吴中区人民医院扩建工程，预计明年底竣工。",
         {("Organization", "吴中区政府"), ("Project", "吴中区人民医院扩建工程")}),  # 区政府: the district's government
        ("企业自筹资金1.5亿元建设章丘区智能制造研究院。", {("Organization", "章丘区智能制造研究院")}),
        ("由区财政出资5000万元建设坪山区公共卫生服务中心。", {("Project", "坪山区公共卫生服务中心")}),
        # 建设 before a kind of body with no proper element: still no name
        ("鼓励龙头企业投资3000万元建设技术创新联盟。", set()),
        # a number that is no amount stays in the name
        ("加快梅山港区10号至12号集装箱泊位建设。", {("Project", "梅山港区10号至12号集装箱泊位")}),
    ],
)
def test_an_amount_of_money_ends_a_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 联通/连通/贯通 the verb or its noun: a connection made, no works (002)
        ("积极发挥联通“津城””滨城”双城与北京的战略通道作用。", set()),
        ("确保环内外主干路、支路联通等路网改造提升工程项目按时完成。", set()),
        ("联通津城滨城双城，构建现代化综合交通体系。", set()),
        # China Unicom in a list of companies stays (002)
        ("探索与移动、联通、电信等通信公司共同建立失信被执行人信息共享机制。", {("Enterprise", "联通")}),
    ],
)
def test_a_connection_made_is_no_works(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(label, name) for label, name in names(text) if label != "Enterprise" or name == "联通"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "发挥行业协会、商会作用，组建校际联盟和专科联盟。",  # 002: kinds of body
        "推动部门、金融机构、行业协会商会共同参与。",
        "建设新型产业技术研究院，成立人才创新创业联盟。",
    ],
)
def test_a_body_named_only_by_its_kind_is_no_name(text: str) -> None:
    assert not {name for label, name in names(text) if label == "Organization"}


def test_a_body_with_a_name_of_its_own_stays() -> None:
    found = names("依托河北工业大学机器人产业研究院，联合南开大学成立智能制造产业联盟北辰分盟。")
    assert ("Organization", "河北工业大学机器人产业研究院") in found and ("Organization", "南开大学") in found
