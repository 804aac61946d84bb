"""Hospitals and schools: Projects while built, Organizations when acting as bodies (extractors.institutions)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from schema import Label
from tests.extractors.test_names import corpus, names

BODIES = {Label.PROJECT, Label.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # partners, honours, ranks, a leading role: the institution itself
        ("与北京中日友好医院、北京人民解放军总医院建立远程医疗协作。",
         {("Organization", "北京中日友好医院"), ("Organization", "北京人民解放军总医院")}),
        ("苏州湾实验小学荣获全国文明校园称号。", {("Organization", "苏州湾实验小学")}),
        ("推动吴江区第一人民医院与复旦大学附属中山医院开展合作。",
         {("Organization", "吴江区第一人民医院"), ("Organization", "复旦大学附属中山医院")}),
        ("江夏区第一中学荣获全国文明校园称号。", {("Organization", "江夏区第一中学")}),
        ("建立以北辰中医医院为龙头的中医药服务体系。", {("Organization", "北辰中医医院")}),
        # what it provides, what relies on it (the 西青区 series probe, sixteenth session)
        ("由天津医科大学总医院提供技术支持。", {("Organization", "天津医科大学总医院")}),
        ("依托霍元甲文武学校发展文旅产业。", {("Organization", "霍元甲文武学校")}),
        # being built: the works
        ("建成光华国际学校、盛景星级酒店等一批高端配套项目。",
         {("Project", "光华国际学校"), ("Project", "盛景星级酒店")}),
        ("加快吴江区中医医院迁建，年内完成主体结构。", {("Project", "吴江区中医医院")}),
        ("新城实验小学、滨湖中学相继建成投用。", {("Project", "新城实验小学"), ("Project", "滨湖中学")}),
        ("中牟县第二人民医院投入使用。", {("Project", "中牟县第二人民医院")}),
        ("郫都区投资2亿元建设郫都区第三人民医院。", {("Project", "郫都区第三人民医院")}),
        # neither, or both: the label of the suffix stays
        ("江宁区人民医院湖熟院区开工建设。", {("Project", "江宁区人民医院湖熟院区")}),  # the campus is named (院区)
        ("石井街道依托深圳市坪山区人民医院，与坪康生物制药有限公司开展临床合作。",
         {("Organization", "深圳市坪山区人民医院"), ("Enterprise", "坪康生物制药有限公司")}),
        ("朱宪彝纪念医院落户北辰。", {("Project", "朱宪彝纪念医院")}),
        # a goal of the body, not works: 建设成为 after the name
        ("力争把龙华区人民医院建设成为三甲医院。", {("Organization", "龙华区人民医院")}),
        ("区卫健委重点支持吴中区人民医院，与苏州大学附属第二医院开展合作。",  # (区卫健委: the district's, rule 17)
         {("Organization", "吴中区卫健委"), ("Organization", "吴中区人民医院"), ("Organization", "苏州大学附属第二医院")}),
    ],
)
def test_hospitals_and_schools(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_one_label_per_document_and_name() -> None:
    """A name built in one sentence and acting in another keeps its suffix's label everywhere in the text."""
    text = "新建松陵中学，新增学位1500个。松陵中学荣获省级文明校园称号。"
    assert names(text, BODIES) == {("Project", "松陵中学")}


def test_corpus_hospitals_act_and_schools_are_built() -> None:
    labels = {(m.name, m.rule): m.label for prefix in ("002", "004") for m in extract(corpus(prefix)).mentions}
    by_name = {name: label for (name, _), label in labels.items()}
    assert by_name["北辰医院"] == by_name["北辰中医院"] == by_name["南仓中学"] == Label.ORGANIZATION
    assert by_name["光华国际学校"] == by_name["北京十一学校天津实验学校"] == Label.PROJECT
    assert any(rule == "name.institution" for _, rule in labels)


def test_first_numbers_an_institution_not_a_batch() -> None:
    """第一 is part of a hospital's or school's name (as 第二 is) but still no name word in 第一批."""
    assert names("区卫健委与苏州大学附属第一医院开展合作。") == {("Organization", "区卫健委"),
                                                          ("Organization", "苏州大学附属第一医院")}
    assert names("武昌区启动武汉市第一医院迁建。", BODIES) == {("Project", "武汉市第一医院")}
    assert names("吴江区第一批重点项目集中开工。", BODIES) == set()


def test_with_after_a_body_ends_its_name() -> None:
    """同 (with) after a hospital's name joins it to its partner (the institution rule reads 同 as 与);
    同 inside a company's name (中国同辐) stays."""
    assert names("江岸区支持武汉儿童医院同华中科技大学开展科研协作。") == {
        ("Organization", "武汉儿童医院"), ("Organization", "华中科技大学")}
    assert ("Enterprise", "中国同辐股份有限公司") in names("中国同辐股份有限公司在江宁区投资建设同位素产业园。")
