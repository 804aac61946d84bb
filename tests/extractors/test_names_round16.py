"""Names found in the sixteenth session's series probes (three texts each about 西青区, 宁乡市, 黄埔区 and 武清区
over three years): the kinds of supplier a district wants are no firms; a ranking, an effort and a distance
are no parts of names."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text


def _names(sentence: str, title: str = "黄埔区2023年政府工作报告") -> set[tuple[str, str]]:
    ex = extract(document_from_text(f"{title}\n\n{sentence}\n", doc_id="r"))
    return {(m.label.value, m.name) for m in ex.mentions}


@pytest.mark.parametrize(("sentence", "found", "not_found"), [
    # 黄埔区 and 武清区: a list of products before 等…配套企业 names the suppliers wanted; a counted list names firms
    ("引进一批电池、电驱、汽车电子等核心零部件配套企业。", set(),
     {("Enterprise", "电驱"), ("Enterprise", "汽车电子")}),
    ("重点引进车身结构件、汽车电子等配套企业。", set(), {("Enterprise", "汽车电子")}),
    ("小鹏汽车带动宁德时代、汇川技术等12家配套企业落户知识城。", {("Enterprise", "宁德时代")}, set()),
    # 西青区 and 黄埔区: a ranking verb, an effort's 力度 and 抓, a zone's key projects, a road apart
    ("西青经开区综合发展水平位列全国国家级经开区第27位。", {("Park", "西青经开区")},
     {("Park", "水平位列全国国家级经开区")}),
    ("以更大力度抓项目、扩投资。", set(), {("Project", "更大力度抓项目")}),
    ("加快推进知识城、科学城重大项目建设。", set(), {("Project", "科学城重大项目")}),
    ("粤芯四期选址与粤芯三期一路之隔。", {("Project", "粤芯三期")}, {("Project", "粤芯三期一路")}),
    # 昆山市: a rail line named by a letter and a number, in a sentence about rail transport (not a workshop's line)
    ("6月24日，苏州轨道交通S1线正式开通运营。", {("Project", "轨道交通S1线")}, set()),
    ("产品通过认证，A3线生产车间投产。", set(), {("Project", "A3线")}),
    # 宁乡市, 江宁区, 昆山市: departments listed before 等部门要…项目用地 are no projects
    ("市自然资源局、市发展和改革局等部门要优先保障项目用地。", {("Organization", "广州市自然资源局")},
     {("Project", "市自然资源局")}),
    ("区自然资源和规划、生态环境、住房和城乡建设等部门要开辟项目审批绿色通道。", set(), {("Project", "区自然资源")}),
])
def test_names_of_the_series_probes(sentence: str, found: set[tuple[str, str]],
                                    not_found: set[tuple[str, str]]) -> None:
    names = _names(sentence)
    assert found <= names
    assert not names & not_found


def test_a_bare_zone_is_the_districts_zone_its_committee_names() -> None:
    # 江宁区: the district's zone is named only by its committee; the city's airport zone had taken the bare 开发区
    text = ("江宁区重大项目集中签约\n\n签约仪式在江宁经济技术开发区管委会举行。南京翔宇航空科技有限公司项目落户南京空港经济开发区。"
            "江宁开发区党工委书记表示，开发区将对签约项目实行专班推进机制。\n")
    ex = extract(document_from_text(text, doc_id="j"))
    assert {m.name for m in ex.mentions if m.rule == "zone.bare"} == {"江宁经济技术开发区"}


def test_a_bare_zone_beside_the_districts_high_tech_zone_is_its_economic_zone() -> None:
    # 昆山市: 开发区 in a table of a text naming 昆山开发区 and 昆山高新区 is 昆山开发区, not the high-tech zone;
    # 肥东县 (an older probe): two zones of the county's and two of the city's name none
    from extractors.bare_zones import own_zone

    assert own_zone("开发区", ["昆山市", "苏州市"], ["昆山开发区", "昆山高新区"]) == "昆山开发区"
    assert own_zone("开发区", ["江宁区", "南京市"], ["南京空港经济开发区", "江宁开发区", "江宁经济技术开发区"]) == "江宁经济技术开发区"
    assert own_zone("开发区", ["肥东县", "合肥市"], ["肥东新城开发区", "肥东经济开发区", "合肥经济技术开发区",
                                               "合肥高新技术产业开发区"]) == "肥东经济技术开发区"
