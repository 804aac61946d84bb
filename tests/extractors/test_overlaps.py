"""Golden tests of kg_overlaps: longest wins, and place prefixes of park and project names (rule 8)."""

from __future__ import annotations

import pytest

from extractors.overlaps import resolve_overlaps
from extractors.pipeline import extract
from kg.ingest import document_from_text
from schema import Label, Mention
from schema.extraction import ZONE_LEAD_RULE

LABELS = {Label.PARK, Label.PROJECT, Label.TOWN, Label.VILLAGE, Label.ORGANIZATION, Label.REGION}


def found(text: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text(text, doc_id="golden"))
    return {(m.label.value, m.name) for m in ex.mentions if m.label in LABELS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town written in full before a name is the place; the name drops it when the rest has a
        # proper element (ANNOTATION.md rule 8) and keeps it when the rest is generic
        ("黄埔区九佛街道知城国际学校开工。", {("Region", "黄埔区"), ("Town", "九佛街道"), ("Project", "知城国际学校")}),
        ("璧山区建成丁家街道现代农业产业园。",
         {("Region", "璧山区"), ("Town", "丁家街道"), ("Park", "丁家街道现代农业产业园")}),
        # a short town form is dropped only when the rest starts with a proper element
        # a name led by 中国 is a brand of its own: the town before it is its place (s31)
        ("郫都区建设安德镇中国川菜产业园。", {("Region", "郫都区"), ("Town", "安德镇"), ("Park", "中国川菜产业园")}),
        ("北辰区加快西堤头曙光水镇建设。", {("Region", "北辰区"), ("Town", "西堤头镇"), ("Project", "曙光水镇")}),
        ("北辰区加快双口梦得奶业小镇建设。", {("Region", "北辰区"), ("Town", "双口镇"), ("Park", "梦得奶业小镇")}),
        ("北辰区建设双街实力小镇。", {("Region", "北辰区"), ("Town", "双街镇"), ("Park", "双街实力小镇")}),
        # the longest mention wins over names inside it
        ("北辰区人民政府发布通知。", {("Organization", "北辰区人民政府")}),
    ],
)
def test_overlaps_golden(text: str, expected: set[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_resolve_overlaps_keeps_longest_and_text_order() -> None:
    ms = [Mention(label=Label.REGION, text="北辰区", name="北辰区", start=0, end=3, rule="g"),
          Mention(label=Label.ORGANIZATION, text="北辰区人民政府", name="北辰区人民政府", start=0, end=7, rule="s"),
          Mention(label=Label.TOWN, text="双街镇", name="双街镇", start=8, end=11, rule="g")]
    assert [m.name for m in resolve_overlaps(ms)] == ["北辰区人民政府", "双街镇"]


def towns(text: str) -> set[str]:
    ex = extract(document_from_text(text, doc_id="golden"))
    return {m.name for m in ex.mentions if m.label == Label.TOWN}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town short form that is a company's trade name names the company, not the town
        ("北辰区天津双街智能装备有限公司开工。双街智能装备将扩大产能。", set()),
        # the same text using the short form as a town keeps it
        ("北辰区推进双街、西堤头两个示范镇建设，天津双街智能装备有限公司开工。", {"双街镇", "西堤头镇"}),
    ],
)
def test_trade_name_is_not_a_town(text: str, expected: set[str]) -> None:
    assert towns(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 长岭|居 after a town written in full is a place inside that town, not a second town: the park keeps its
        # whole name and is in the town written before it
        ("广州市黄埔区永和街道长岭居新型显示产业园开园。", {("Park", "长岭居新型显示产业园", "永和街道")}),
        # alone, the short form in front is its place, as 南翔站 is 南翔镇's (居 is no coined first character)
        ("广州市黄埔区建设长岭居新型显示产业园。", {("Park", "长岭居新型显示产业园", "长岭街道")}),
        ("宁波市北仑区梅山街道推进梅山湾沙滩公园二期。", {("Project", "梅山湾沙滩公园二期", "梅山街道")}),
    ],
)
def test_a_town_short_form_inside_another_place_name(text: str, expected: set[tuple[str, str, str]]) -> None:
    ex = extract(document_from_text(text, doc_id="t"))
    placed = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}
    hosts = {(m.label.value, m.name) for m in ex.mentions if m.label in (Label.PARK, Label.PROJECT)}
    assert hosts == {(label, name) for label, name, _ in expected}
    assert placed == {(name, town) for _, name, town in expected}
    assert {m.name for m in ex.mentions if m.label == Label.TOWN} == {town for *_, town in expected}


@pytest.mark.parametrize(
    ("text", "project"),
    [
        # a project with a name of its own after its company drops the company
        ("开工项目中，南京宁睿智能电网科技有限公司宁睿智能电网产业园三期开工。", "宁睿智能电网产业园三期"),
        # a product after the company keeps the company in the name
        ("签约项目中，南京麒麟航空发动机部件有限公司航空发动机叶片、江苏汤泉康养产业发展有限公司汤山国际康养社区和"
         "南京禄智低空飞行器有限公司eVTOL总装等项目分别落户。",
         "南京麒麟航空发动机部件有限公司航空发动机叶片|汤山国际康养社区|南京禄智低空飞行器有限公司eVTOL总装"),
    ],
)
def test_company_before_project_name(text: str, project: str) -> None:
    ex = extract(document_from_text(text, doc_id="golden"))
    assert {m.name for m in ex.mentions if m.label == Label.PROJECT} == set(project.split("|"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short town form naming a planning cluster is no town (ANNOTATION.md rule 4)
        ("武清区规划梅厂-大良组团和大碱厂组团。", {("Region", "武清区")}),
        # 环外/环内 locate a park, they are no part of its name
        ("北辰区借助环外生物医药产业园资源优势。", {("Region", "北辰区"), ("Park", "生物医药产业园")}),
        # a village written between its town and a name (…镇王家堡生态度假区): the town, the village and the name
        ("北辰区推进双街镇王家堡生态度假区建设。",
         {("Region", "北辰区"), ("Town", "双街镇"), ("Village", "王家堡村"), ("Project", "王家堡生态度假区")}),
    ],
)
def test_round4_clusters_and_village_prefixes(text: str, expected: set[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 科创/文创 are no proper element: the short town form stays in the name
        ("北辰区打造双街科创小镇。", {("Region", "北辰区"), ("Town", "双街镇"), ("Park", "双街科创小镇")}),
        # 产城(融合) ends no project name
        ("打造天津西部新区产城融合的示范区。", {("Region", "天津市")}),
    ],
)
def test_round4_planning_words(text: str, expected: set[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 连接线 and activity endings (综合整治, 综合改造 …) make project names
        ("推进冀南物流港连接线建设。", {("Project", "冀南物流港连接线")}),
        # a stop word inside a town name (前黄镇) does not cut the town off the name
        ("武进区推进前黄镇南河综合整治。", {("Region", "武进区"), ("Town", "前黄镇"), ("Project", "南河综合整治")}),
        # a station named by its town keeps the town (南翔站)
        ("嘉定区实施南翔站综合改造。", {("Region", "嘉定区"), ("Town", "南翔镇"), ("Project", "南翔站综合改造")}),
        # a 人民医院 acting as a body is an organisation
        ("依托深圳市南山区人民医院,共建临床中心。", {("Organization", "深圳市南山区人民医院")}),
    ],
)
def test_round4_project_endings_and_places(text: str, expected: set[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_round4_land_parcels_are_no_projects() -> None:
    """Roads naming land parcels (…道、…等地块挂牌出让) are no projects."""
    assert ("Project", "金华道") not in found("加快金华道、银河时代南等地块挂牌出让。")
    assert ("Project", "金华道") in found("加快金华道建设。")


def test_round4_names_cut_out_of_slogans() -> None:
    """A name cut out of a quoted phrase that goes on (“一城两港多节点”) is part of a slogan."""
    assert not [x for x in found("塑造“一城两港多节点”的发展格局。") if x[0] == "Project"]


_ZONES = """北辰区新型城镇化规划
三、重点功能区建设工程

推进北仓运河文化村建设。打造运河文化带、仓廩文化园和运河博物馆。

完善曙光水镇建设。继续完善曙光水镇项目的精品生产功能。
"""


def test_a_paragraph_subject_under_a_heading_of_functional_zones_is_a_park() -> None:
    """ANNOTATION.md rule 10: the items of 重点功能区建设工程 are Parks unless the text calls them 项目."""
    ex = extract(document_from_text(_ZONES, doc_id="zones"))
    labels = {m.name: (m.label, m.rule) for m in ex.mentions if m.label in (Label.PARK, Label.PROJECT)}
    assert labels["北仓运河文化村"] == (Label.PARK, ZONE_LEAD_RULE)
    assert labels["仓廩文化园"][0] == Label.PROJECT  # named inside the paragraph, not its subject
    assert labels["曙光水镇"][0] == Label.PROJECT  # 曙光水镇项目
    elsewhere = extract(document_from_text(_ZONES.replace("重点功能区", "重点镇"), doc_id="towns"))
    assert {m.label for m in elsewhere.mentions if m.name == "北仓运河文化村"} == {Label.PROJECT}
    road = extract(document_from_text("三、重点功能区建设工程\n\n推进浑南大道快速路建设。完善周边配套。\n", doc_id="road"))
    assert {(m.label, m.name) for m in road.mentions if m.label in (Label.PARK, Label.PROJECT)} \
        == {(Label.PROJECT, "浑南大道快速路")}  # a road opening the paragraph stays a project (a review's probe)


def test_a_zone_no_rule_named_opening_its_paragraph_is_a_park_with_the_works_listed_in_it() -> None:
    """推进奶业小镇建设 under 重点功能区建设工程: 奶业 is a common word, so no name rule finds the zone; the
    opening names it, and the works listed in its paragraph are in it. A kind of zone (美丽乡村), a title or
    slogan, a resort, a coordination or a village is no Park (a review's probes)."""
    text = ("三、重点功能区建设工程\n\n推进奶业小镇建设。以奶业为中心，开发建设奶牛公社、奶牛粮仓等产业项目。\n\n"
            "推进美丽乡村建设。完善村庄设施。\n\n加快推进特色小镇建设。完善功能。\n\n推进城市更新片区建设。完善功能。\n\n"
            "推进全国文明城建设。完善功能。\n\n推进团泊湖度假村建设。建设温泉酒店。\n\n推进中心城区和新城建设。完善功能。\n\n"
            "推进辛口镇第六埠村建设。实施村庄道路硬化。\n")
    ex = extract(document_from_text(text, doc_id="zones"))
    parks = {(m.name, m.rule) for m in ex.mentions if m.label == Label.PARK}
    assert parks == {("奶业小镇", ZONE_LEAD_RULE)}
    located = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}
    assert located == {("奶牛公社", "奶业小镇"), ("奶牛粮仓", "奶业小镇")}
    elsewhere = extract(document_from_text(text.replace("重点功能区", "重点镇"), doc_id="towns"))
    assert not [m for m in elsewhere.mentions if m.label == Label.PARK]



def _zone_document(lines: int):
    """A plan whose functional-zone chapter opens ``lines`` paragraphs with a zone (推进…小镇建设。), each
    paragraph also naming a project, and the :class:`Mention` of every project."""
    words = ["奶业", "花卉", "田园", "水乡", "运河", "科创", "康养", "湿地", "林海", "智造", "物流", "文旅"]
    body = [f"推进{words[i // 12 % 12]}{words[i % 12]}小镇建设。配套建设第{i}号泵站工程。" for i in range(lines)]
    text = "\n".join(["北辰区重点功能区建设规划", "第一章 重点功能区建设", *body]) + "\n"
    document = document_from_text(text, doc_id="zones")
    projects, at = [], 0
    while (at := document.text.find("泵站工程", at + 1)) >= 0:
        start = document.text.rfind("第", 0, at)
        projects.append(Mention(label=Label.PROJECT, text=document.text[start:at + 4], name=document.text[start:at + 4],
                                start=start, end=at + 4, rule="suffix.Project"))
    return document, projects


def test_zone_leads_on_a_long_plan_finds_every_zone() -> None:
    """A plan of 8,000 zone paragraphs (the review that made zone_leads linear timed it: 20 s of a 2 MB plan's
    27 s before, 0.2 s after; benchmarks/PROFILE.md): every zone found, none named twice."""
    from extractors.zone_leads import zone_leads

    document, projects = _zone_document(8_000)
    parks = [m for m in zone_leads(projects, document.text, document) if m.label == Label.PARK]
    assert len(parks) > 4_000 and len({(m.start, m.end) for m in parks}) == len(parks)
    assert all(document.text[m.start:m.end] == m.name for m in parks)


def _enterprises_and_projects(text: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text(text, doc_id="plan"))
    return {(m.label.value, m.name) for m in ex.mentions if m.label in (Label.ENTERPRISE, Label.PROJECT)}


def test_a_company_name_ends_where_the_company_before_it_ends() -> None:
    """由A有限公司投资建设B…: A and B are two names (the walk left from B stopped only at a clause mark);
    a branch keeps its parent company in its name."""
    got = _enterprises_and_projects("由天津恒通智能装备制造有限公司投资建设天津恒通智能装备制造有限公司总部基地项目。"
                                    "中国石油天然气股份有限公司天津销售分公司开业。")
    assert ("Enterprise", "天津恒通智能装备制造有限公司") in got
    assert ("Enterprise", "中国石油天然气股份有限公司天津销售分公司") in got
    assert not any("投资建设" in name for _, name in got)


def test_company_led_projects_of_a_long_plan_keep_their_companies() -> None:
    """300 projects each led by its full company name (the owners are looked up by start, not scanned for
    each project): every company and every project is found."""
    words = ["华瑞", "恒通", "中科", "新创", "鑫达", "博远", "瑞丰", "汇金", "康泰", "宏图"]
    trades = ["新材料科技", "智能装备制造", "生物医药", "现代物流", "电子信息技术", "精细化工"]
    firms = [f"天津{a}{b}{t}有限公司" for a in words for b in words if a != b for t in trades][:300]
    text = "北辰区重点项目。\n" + "".join(f"{i + 1}. {firm}研发中心建设项目总投资5亿元。\n" for i, firm in enumerate(firms))
    got = _enterprises_and_projects(text)
    assert {("Enterprise", firm) for firm in firms} <= got
    assert {("Project", f"{firm}研发中心建设") for firm in firms} <= got


@pytest.mark.parametrize("text", ["长乐区潭头镇文石村完成整村提升，文石村海滨度假项目开工建设。",
                                  "北辰区加快西堤头曙光水镇建设。"])
def test_a_place_before_a_name_is_mentioned_once(text: str) -> None:
    """The place at the start of a project name is kept with the project and was kept again on its own:
    one mention per span, label and name (a document's MENTIONS count counts it once)."""
    spans = [(m.start, m.end, m.label, m.name) for m in extract(document_from_text(text, doc_id="t")).mentions]
    assert len(spans) == len(set(spans))
    assert any(label in (Label.TOWN, Label.VILLAGE) for _, _, label, _ in spans)
