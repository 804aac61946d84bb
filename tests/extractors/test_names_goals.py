"""What a place or body is to become (将北辰医院打造成为天津北部地区医疗中心) is a goal, no project or park."""

from __future__ import annotations

import pytest

from schema import Label
from tests.extractors.test_names import names

GOAL_LABELS = {Label.PARK, Label.PROJECT}



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 002: two positioning goals of hospitals
        (("将北辰医院打造成为天津北部地区医疗中心,中医医院打造成为天津北部地区中医医学中心,增强对周边地区和基层医疗机构的"
         "辐射带动能力。"), {("Project", "北辰医院")}),
        # 004 (c14): what the district is to become part of
        ("北辰区将成为活力宜居津城的一部分。", set()),
        # probes in other districts' wording: goals go, the works named beside them stay
        ("将江夏区人民医院打造成为鄂东南区域医疗中心，推进江夏区中医医院迁建项目。", {("Project", "江夏区中医医院迁建项目")}),
        ("力争把吴中经济技术开发区建设成为长三角先进制造业示范区，加快建设太湖新城城市综合体。",
         {("Park", "吴中经济技术开发区"), ("Project", "太湖新城城市综合体")}),
        # what an actor becomes *in* a named works or park is a role: the name stays
        ("宁德时代成为嘉定新城智能制造产业园的首家入驻企业。", {("Park", "嘉定新城智能制造产业园")}),
        ("京东集团成为京东西南智能产业园项目的建设主体。", {("Park", "京东西南智能产业园")}),
        ("中建三局集团有限公司成为江夏区体育中心项目的施工单位。", {("Project", "江夏区体育中心")}),
        # 建成 is building done, no becoming: the works is a name
        ("年内建成江夏区文化中心和庙山物流园。", {("Project", "江夏区文化中心"), ("Park", "庙山物流园")}),
    ],
)
def test_a_name_after_a_verb_of_becoming_is_a_goal(text: str, expected: set) -> None:
    assert names(text, GOAL_LABELS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a centre or institute a place is to become is a goal as much as a park is
        ("我区将以科技创新为引领，把张江科学城打造成为长三角科技创新中心。", set()),
        ("力争将坪山区建设成为粤港澳大湾区生物医药创新研究院。", set()),
        ("推动呈贡区发展成为滇中区域教育培训中心，与云南大学共建呈贡研究院。", {("Organization", "云南大学"), ("Organization", "呈贡研究院")}),
        # a body named beside the verb, or the body an actor becomes a member of, stays
        ("江夏区人民政府与华中科技大学签约，华中科技大学成为光谷实验室的共建单位。",
         {("Organization", "江夏区人民政府"), ("Organization", "华中科技大学"), ("Organization", "光谷实验室")}),
    ],
)
def test_a_body_after_a_verb_of_becoming_is_a_goal(text: str, expected: set) -> None:
    assert names(text, {Label.ORGANIZATION}) == expected


def test_an_honour_won_is_the_honour_wherever_the_text_names_it() -> None:
    # 002, 004: won in one sentence, developed further in another; ANNOTATION.md rule 4 (honour titles)
    text = ("成功创建第三批国家公共文化服务体系示范区，镇街文体中心实现全覆盖。"
            "深化国家公共文化服务体系示范区创新发展和后续建设，推进北辰科技园建设。")
    assert {name for _, name in names(text)} == {"北辰科技园"}
