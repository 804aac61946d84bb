"""Where a company name starts: after a verb and its particle (变更为), with the words of its own name
(联合集团), and not inside a park or project named after it."""

from __future__ import annotations

import pytest

from schema import Label
from tests.extractors.test_names import names

COMPANIES = {Label.ENTERPRISE}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 变更|为: 为 is the verb's particle, not the tail of a word 更为 the segmenter cut
        ("公司经营主体变更为浙江海亮集团股份有限公司，注册资本同步增加。", {("Enterprise", "浙江海亮集团股份有限公司")}),
        ("项目建设单位调整为成都兴城投资集团有限公司。", {("Enterprise", "成都兴城投资集团有限公司")}),
        ("原运营方更名为苏州吴中文旅发展集团有限公司。", {("Enterprise", "苏州吴中文旅发展集团有限公司")}),
        # a one-character piece of a word the segmenter cut stays in the name (睿智|能 -> 智能)
        ("宁睿智能电网有限公司落户大碶街道。", {("Enterprise", "宁睿智能电网有限公司")}),
    ],
)
def test_a_verb_particle_starts_no_company_name(text: str, expected: set) -> None:
    assert names(text, COMPANIES) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 联合 inside a company's name is a word of it; a park written after the company is the park alone
        ("武汉光谷联合集团有限公司江夏产业园项目已完成主体结构施工。",
         {("Enterprise", "武汉光谷联合集团有限公司"), ("Park", "江夏产业园")}),
        ("重庆华宇集团有限公司璧山高新产业园已有20家企业入驻。",
         {("Enterprise", "重庆华宇集团有限公司"), ("Park", "璧山高新产业园")}),
        ("推动苏州工业园区股份有限公司吴中科技园建设。",
         {("Enterprise", "苏州工业园区股份有限公司"), ("Park", "吴中科技园")}),
        # 联合 as the verb before a company opens no name (002)
        ("在天津市人才办统筹指导下,联合天士力医药集团、华北集团等引领行业创新的企业。",
         {("Enterprise", "天士力医药集团"), ("Enterprise", "华北集团")}),
        # a project written after its company keeps it (synthetic NOTES rule 10); 现代 of a company is no verb
        ("浙江柯美印染集团有限公司年产3亿米高端面料智能化技改项目竣工投产。",
         {("Enterprise", "浙江柯美印染集团有限公司"), ("Project", "浙江柯美印染集团有限公司年产3亿米高端面料智能化技改")}),
        # nothing proper after the company: the park is named by it (京东集团智能产业园 stays whole)
        ("京东集团智能产业园正式开园。", {("Park", "京东集团智能产业园")}),
        ("现代汽车集团在顺德区投资建设新能源汽车产业园。",
         {("Enterprise", "现代汽车集团"), ("Park", "新能源汽车产业园")}),
    ],
)
def test_a_company_and_the_park_after_it(text: str, expected: set) -> None:
    assert names(text, {Label.ENTERPRISE, Label.PARK, Label.PROJECT}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county's short form in a company's name, cut by the segmenter into stop words (郫|都, 新|都, 于|都, 从化)
        ("成都郫都国有资本投资运营集团有限公司与区政府签订战略合作协议。", {("Enterprise", "成都郫都国有资本投资运营集团有限公司")}),
        ("成都新都工业投资集团有限公司增资扩股。", {("Enterprise", "成都新都工业投资集团有限公司")}),
        ("江西于都红色旅游集团有限公司正式揭牌。", {("Enterprise", "江西于都红色旅游集团有限公司")}),
        ("广州从化城市更新有限公司成立。", {("Enterprise", "广州从化城市更新有限公司")}),
        # a county named before a verb stays out of the company after it
        ("支持郫都区国有企业与成都兴城投资集团有限公司合作。", {("Enterprise", "成都兴城投资集团有限公司")}),
    ],
)
def test_a_county_short_form_inside_a_company_name(text: str, expected: set) -> None:
    assert names(text, COMPANIES) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 承建/代建/牵头 are verbs between a builder and its works: the company and the works, no works made of both
        ("中国建筑第八工程局有限公司上海分公司承建吴中区文化中心工程。",
         {("Enterprise", "中国建筑第八工程局有限公司上海分公司"), ("Project", "吴中区文化中心")}),
        ("中国建筑第八工程局有限公司上海分公司承建嘉定新城体育中心等项目。",
         {("Enterprise", "中国建筑第八工程局有限公司上海分公司"), ("Project", "嘉定新城体育中心")}),
        ("中铁十八局集团有限公司承建苏州轨道交通6号线。",
         {("Enterprise", "中铁十八局集团有限公司"), ("Project", "苏州轨道交通6号线")}),
        ("江夏城投集团有限公司代建江夏区中医医院迁建项目。",
         {("Enterprise", "江夏城投集团有限公司"), ("Project", "江夏区中医医院迁建项目")}),
        # the branch alone, when no works follows
        ("项目施工单位为中国建筑第八工程局有限公司上海分公司。", {("Enterprise", "中国建筑第八工程局有限公司上海分公司")}),
    ],
)
def test_a_builder_and_its_works(text: str, expected: set) -> None:
    assert names(text, {Label.ENTERPRISE, Label.PARK, Label.PROJECT}) == expected
