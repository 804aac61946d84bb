"""Round-6 name rules of kg_names: parks and projects on real sentences of the gold passages."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from kg.gold import load_passage
from kg.ingest import document_from_text
from schema import Label

NAME_LABELS = {Label.PARK, Label.PROJECT, Label.ENTERPRISE, Label.ORGANIZATION}


def names(text: str, labels: set[Label] = NAME_LABELS) -> set[tuple[str, str]]:
    """``(label, name)`` of every mention of ``labels`` the pipeline finds in ``text``."""
    ex = extract(document_from_text(text, doc_id="golden"))
    return {(m.label.value, m.name) for m in ex.mentions if m.label in labels}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a function word glued to the end of a name suffix (城为, 城已) still ends the name (s22, s17)
        ("浑南区将以沈阳浑南科技城为主要承载区，集聚机器人、集成电路装备和航空装备三条产业链。",
         {("Park", "沈阳浑南科技城")}),
        ("中新广州知识城已落户广州穗芯微电子有限公司、广州华湾封装测试有限公司等企业 40 余家。",
         {("Park", "中新广州知识城"), ("Enterprise", "广州穗芯微电子有限公司"),
          ("Enterprise", "广州华湾封装测试有限公司")}),
        # a function word glued to the start of a name (以坪山, 以天辰) is cut off, not the name (s16, c19)
        ("深圳市坪山区以坪山生物医药创新产业园为核心载体，重点发展创新药。",
         {("Park", "坪山生物医药创新产业园")}),
        ("以天辰集团为引领，积极发展商业。", {("Enterprise", "天辰集团")}),
    ],
)
def test_glued_function_words(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text) == expected


GOLD = Path(__file__).resolve().parents[1] / "gold"


@cache
def passage_names(passage: str) -> frozenset[tuple[str, str]]:
    """Names, towns and villages the pipeline finds in one gold passage (its whole text gives the county)."""
    path = next(GOLD.glob(f"*/{passage}-*.yaml"))
    text = load_passage(path).input_text
    return frozenset(names(text, NAME_LABELS | {Label.TOWN, Label.VILLAGE}))


@pytest.mark.parametrize(
    ("passage", "found", "not_found"),
    [
        # a park named by an industry is a name of its own: the full town in front is its place (s04, s17:
        # 犀浦镇西部智能终端产业园, 永和街道新型显示产业园)
        ("s04", {("Town", "犀浦镇"), ("Park", "西部智能终端产业园")}, {("Park", "犀浦镇西部智能终端产业园")}),
        ("s17", {("Town", "永和街道"), ("Park", "新型显示产业园")}, {("Park", "永和街道新型显示产业园")}),
        # a generic park type keeps its town (s08: 建成七塘镇现代农业产业园)
        ("s08", {("Town", "七塘镇"), ("Park", "七塘镇现代农业产业园")}, {("Park", "现代农业产业园")}),
        # a station named by its direction and a Latin acronym keep the town short form in front
        # (s34: 同步实施安亭北站站前广场、墨玉路下穿通道和安亭P+R停车场)
        ("s34", {("Project", "安亭北站站前广场"), ("Project", "安亭P+R停车场"), ("Project", "墨玉路下穿通道")},
         {("Project", "北站站前广场"), ("Project", "P+R停车场")}),
    ],
)
def test_town_prefix_of_parks_and_projects(passage: str, found: set[tuple[str, str]],
                                           not_found: set[tuple[str, str]]) -> None:
    got = passage_names(passage)
    assert found <= got
    assert not not_found & got


def test_repeated_name_is_found_again() -> None:
    """c11: 盛景星级酒店 is read from `建成光华国际学校、盛景星级酒店等一批高端配套项目`; its second occurrence, in a
    list of facilities under the 大张庄示范镇 paragraph, is the same project and so located in that town."""
    text = load_passage(next(GOLD.glob("corpus/c11-*.yaml"))).input_text
    ex = extract(document_from_text(text, doc_id="c11"))
    hotel = [m for m in ex.mentions if m.name == "盛景星级酒店"]
    assert len(hotel) == 2 and {m.label for m in hotel} == {Label.PROJECT}
    located = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}
    assert ("盛景星级酒店", "大张庄镇") in located
    # a name is repeated only where it stands on its own: 高端装备产业园 is not found again inside 高端装备产业园永进道
    assert len([m for m in ex.mentions if m.name == "高端装备产业园"]) == 2


def test_town_programme_is_no_project() -> None:
    """s02: the heading (一)木渎示范镇建设工程 names the programme of a town (ONTOLOGY: 示范镇 is the town), no project;
    the projects of its paragraph stay projects."""
    got = passage_names("s02")
    assert ("Project", "木渎示范镇建设工程") not in got
    assert {("Project", "木渎古镇游客服务中心"), ("Park", "太湖金谷科创园")} <= got


@pytest.mark.parametrize(
    ("passage", "found", "not_found"),
    [
        # a 产业基地 is a project being built, like every other 基地 (s36, c07: 江天环京大数据产业基地项目)
        ("s36", {("Project", "瓶窑智能装备产业基地")}, {("Park", "瓶窑智能装备产业基地")}),
        ("c07", {("Project", "江天环京大数据产业基地")}, {("Park", "江天环京大数据产业基地")}),
        # a park suffix decides even when the text calls the park a 项目 (s18, synthetic NOTES rule 11)
        ("s18", {("Park", "锡联感知产业园")}, {("Project", "锡联感知产业园")}),
    ],
)
def test_park_or_project_by_suffix(passage: str, found: set[tuple[str, str]],
                                   not_found: set[tuple[str, str]]) -> None:
    got = passage_names(passage)
    assert found <= got
    assert not not_found & got


def test_size_word_inside_a_name() -> None:
    """s24: 大型 after a name word stays in the name (彭城重工大型矿用挖掘机生产线); at the start of a phrase it
    is still a stop word (the name does not take the verb before it)."""
    got = passage_names("s24")
    assert ("Project", "彭城重工大型矿用挖掘机生产线") in got
    assert ("Project", "矿用挖掘机生产线") not in got
    assert names("推进大型矿用挖掘机生产线建设。") == set()


def test_road_works_are_named_by_the_road() -> None:
    """c01: 启动朝阳路下穿南曹铁路、铁东路上跨龙门东道立交工程 — works on roads are annotated by road name
    (ANNOTATION rule 11), not as 龙门东道立交."""
    got = names("启动朝阳路下穿南曹铁路、铁东路上跨龙门东道立交工程,加速推进北辰东道及综合管廊建设。", {Label.PROJECT})
    assert {("Project", "龙门东道"), ("Project", "铁东路"), ("Project", "南曹铁路")} <= got
    assert ("Project", "龙门东道立交") not in got


@pytest.mark.parametrize(
    ("passage", "full", "short"),
    [
        # the title writes the park without its zone (金港汽车产业园：…), the text in full (s40, s20)
        ("s40", "武汉江夏经济开发区金港汽车产业园", "金港汽车产业园"),
        ("s20", "西安经济技术开发区泾渭新城", "泾渭新城"),
    ],
)
def test_short_park_takes_the_full_name(passage: str, full: str, short: str) -> None:
    got = passage_names(passage)
    assert ("Park", full) in got
    assert ("Park", short) not in got


def test_heading_works_name_no_project() -> None:
    """s37: the heading (二)大碶疏港通道工程 names the section's programme; its items are the projects."""
    got = passage_names("s37")
    assert ("Project", "大碶疏港通道") not in got
    assert {("Project", "大碶疏港高速复线"), ("Project", "九峰山隧道")} <= got
