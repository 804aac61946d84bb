"""Golden tests of kg_gazetteer (after kg_overlaps): regions, towns and villages."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text
from schema import Label

PLACE_LABELS = {Label.REGION, Label.TOWN, Label.VILLAGE}


def places(text: str) -> set[tuple[str, str]]:
    """``(label, name)`` of every place mention the pipeline finds in ``text``."""
    ex = extract(document_from_text(text, doc_id="golden"))
    return {(m.label.value, m.name) for m in ex.mentions if m.label in PLACE_LABELS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county name found once in China needs no city next to it; its short form then counts
        ("吸引更多企业落户北辰区。积极推进双街示范镇建设,北辰坚持创新。",
         {("Region", "北辰区"), ("Town", "双街镇")}),
        # other counties of the focus county's city by short form
        ("北辰区与滨海、津南、东丽协同发展。",
         {("Region", "北辰区"), ("Region", "滨海新区"), ("Region", "津南区"), ("Region", "东丽区")}),
        # a list of county short forms anywhere in the country
        ("帮助正宁、华池、丁青、兴隆实现稳定脱贫。",
         {("Region", "正宁县"), ("Region", "华池县"), ("Region", "丁青县"), ("Region", "兴隆县")}),
        # a short form may not cut a word: 湘江西岸 is not 江西
        ("望城区打造湘江西岸百里文旅走廊。", {("Region", "望城区")}),
        # a 街道 is a town, never a road project
        ("江夏区郑店街道建设光谷南大道。", {("Region", "江夏区"), ("Town", "郑店街道")}),
        # zones listed at town level are not towns (宁波市北仑区保税区 as written is a Park's name: rule 10)
        ("宁波市北仑区内，保税区加快发展。", {("Region", "宁波市"), ("Region", "北仑区")}),
        # an everyday word that is also a county's short form is not a region
        ("和平发展是天津市北辰区的主题。", {("Region", "天津市"), ("Region", "北辰区")}),
    ],
)
def test_places_golden(text: str, expected: set[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no county in the text: the one county holding two of its full town names is the focus
        ("推进木渎镇和光福镇的老街改造,完成香山街道环境整治。",
         {("Town", "木渎镇"), ("Town", "光福镇"), ("Town", "香山街道")}),
        # one town name found in several counties gives no focus
        ("推进梅山街道的道路改造。", set()),
    ],
)
def test_round4_county_of_towns(text: str, expected: set[tuple[str, str]]) -> None:
    assert places(text) == expected


def test_round4_own_district() -> None:
    """我区 names the district the text is about (ANNOTATION.md rule 6)."""
    ex = extract(document_from_text("《武清区十四五规划》提出,多家央企相继落户我区。", doc_id="own"))
    assert [(m.name, m.text) for m in ex.mentions if m.label == Label.REGION and m.text == "我区"] == [("武清区", "我区")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county written only by its short form, three times, is the text's county (its towns by short form too)
        ("与大兴区开展合作。人才扎根武清、服务武清,打造“活力武清”。推动大良镇建设,加快大良发展。",
         {("Region", "大兴区"), ("Region", "武清区"), ("Town", "大良镇")}),
        # twice is not enough to outrank a county written in full
        ("与大兴区开展合作。人才扎根武清、服务武清。", {("Region", "大兴区")}),
    ],
)
def test_round5_short_form_focus(text: str, expected: set[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the villages of other counties the text names are not matched (广大村民, 周边村镇, 创新社区 are words),
        # nor a town of another county without its county's name before it (新城镇人口)
        ("北辰区与滨海新区、西青区协同发展。北辰区广大村民参与整治,探索创新社区精细化管理,新城镇人口集聚能力提升。",
         {("Region", "北辰区"), ("Region", "滨海新区"), ("Region", "西青区")}),
        # a village name of two characters must not cut a word, also in the county the text is about
        ("西青区周边村镇整治。", {("Region", "西青区")}),
        # … also after a sentence ending in ！ (ASCII ! once normalised)
        ("北辰区与滨海新区开展合作！新城镇人口持续增长。", {("Region", "北辰区"), ("Region", "滨海新区")}),
        # a town of another county after its county's name is still one
        ("北辰区与滨海新区新城镇开展合作。", {("Region", "北辰区"), ("Region", "滨海新区"), ("Town", "新城镇")}),
        # a county name that is an everyday word (站前区 of 营口市: the area before a station) is a place only
        # where the text names its city or province, even if it is found once in the country ...
        ("北辰区完成京滨高铁北辰站站前区综合开发。", {("Region", "北辰区")}),
        # ... unlike a county whose name is no everyday word, near or far (a review's probes) ...
        ("北辰区与大兴区开展合作。", {("Region", "北辰区"), ("Region", "大兴区")}),
        ("郫都区学习借鉴浦东新区改革经验，持续优化郫都区营商环境。", {("Region", "郫都区"), ("Region", "浦东新区")}),
        ("呈贡区与嘉定区深化东西部协作，呈贡区选派干部赴嘉定区挂职锻炼。", {("Region", "呈贡区"), ("Region", "嘉定区")}),
        ("沈河区推进沈阳站站前区综合改造提升。", {("Region", "沈河区")}),
        # ... and a county again once they are named, in full or short
        ("北辰区与辽宁省营口市站前区开展合作。",
         {("Region", "北辰区"), ("Region", "辽宁省"), ("Region", "营口市"), ("Region", "站前区")}),
        ("北辰区与营口站前区开展合作。", {("Region", "北辰区"), ("Region", "站前区")}),
        # a county name found in several cities is the one whose city is written, also in short right before
        # it (长春朝阳区), and none without its city
        ("北辰区与长春朝阳区开展合作。", {("Region", "北辰区"), ("Region", "朝阳区")}),
        ("北辰区与朝阳区开展合作。", {("Region", "北辰区")}),
        # a city's short form counts only right before the county: 东营 in 广东营商 names no city
        ("北辰区借鉴广东营商环境改革经验，加强海河口区域生态治理。", {("Region", "北辰区"), ("Region", "广东省")}),
        # a province's short form inside a quoted coinage, after its first word, is part of a name ...
        ("北辰区推动“梦天津”、花卉博览园等项目落地。", {("Region", "北辰区")}),
        # ... one opening the quotes, or quoted alone, is the place
        ("北辰区推动“北京研发”向“北辰转化”集聚。", {("Region", "北辰区"), ("Region", "北京市")}),
        ("北辰区推动“天津”品牌建设。", {("Region", "北辰区"), ("Region", "天津市")}),
        # ... and so is each place quotes pair or list
        ("廊坊市安次区打造“北京—廊坊—天津”科技创新走廊。",
         {("Region", "北京市"), ("Region", "天津市"), ("Region", "廊坊市"), ("Region", "安次区")}),
        ("武清区启动“大美天津·活力武清”主题宣传活动。", {("Region", "天津市"), ("Region", "武清区")}),
        # the villages of the county the text is about are
        ("北辰区西堤头镇赵庄子村完成改造。", {("Region", "北辰区"), ("Town", "西堤头镇"), ("Village", "赵庄子村")}),
    ],
)
def test_places_of_the_other_counties_a_text_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert places(text) == expected


def test_every_word_county_is_a_county_found_once() -> None:
    """A name of three characters found more than once already needs its city: listing it would change nothing (one
    of two characters needs its city or its province only: 城区, 郊区 are listed to need the city right before them)."""
    from extractors.gazetteer import word_counties
    from extractors.gazetteer_data import load_gazetteer

    counties = load_gazetteer().counties
    assert word_counties() and all(len(counties.get(name, ())) == 1 or len(name) == 2 and name in counties
                                   for name in word_counties())


@pytest.mark.parametrize(("text", "expected"), [
    # tenth session, from a town's rural report in 砀山县's wording: 振兴 (the short form of 振兴区, 丹东市) written
    # four times in 乡村振兴 makes no focus county where neither 丹东 nor 辽宁 is named
    ("良梨镇乡村振兴工作总结\n统筹推进产业振兴、人才振兴、组织振兴。全面贯彻乡村振兴战略。", set()),
    # a zone listed as a county of the focus county's city has no short form (产业园 of 宿州马鞍山现代产业园区)
    ("砀山县良梨镇。建设良梨镇现代农业产业园。产业园规划面积3.5万亩。",
     {("Region", "砀山县"), ("Town", "良梨镇")}),
    # a county of two characters counts, a whole word, where its city or province is named
    ("安徽省宿州市萧县龙城镇加快发展。", {("Region", "安徽省"), ("Region", "宿州市"), ("Region", "萧县"),
                                           ("Town", "龙城镇")}),
    ("萧县龙城镇加快发展。", set()),
    # …and 和县 only right after its city (市和县两级: 和 is "and")
    ("安徽省各市和县两级政府。", {("Region", "安徽省")}),
    ("安徽省马鞍山市和县加快发展。", {("Region", "安徽省"), ("Region", "马鞍山市"), ("Region", "和县")}),
])
def test_county_names_that_are_words_or_two_characters(text: str, expected: set[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(("text", "city"), [
    # 合肥市 notice probe: 我市 is the city the text is about (a city's notice) …
    ("合肥市人民政府办公室关于印发《若干措施》的通知\n此前我市出台的政策与本措施不一致的,以本措施为准。", "合肥市"),
    # … a district's city, and a county-level city itself
    ("北辰区\n我市出台政策,我区积极落实。", "天津市"),
    ("安国市\n我市出台政策。安国市积极落实。", "安国市"),
])
def test_wo_shi_is_the_city_the_text_is_about(text: str, city: str) -> None:
    ex = extract(document_from_text(text, doc_id="own"))
    assert [m.name for m in ex.mentions if m.text == "我市"] == [city]


def test_the_county_the_title_names_in_full_leads_a_lakes_short_form() -> None:
    # E (新吴区's manufacturing plan): 太湖, written five times in park names, is 太湖县's short form too; the
    # title's 无锡市新吴区 leads, so 新吴区's 街道 are towns and the lake names no county
    text = ("无锡市新吴区“十四五”先进制造业发展规划\n\n主动融入太湖湾科技创新带建设。太湖国际科技园位于新安街道。"
            "太湖国际科技园北区在旺庄街道。太湖国际科技园集聚企业。支持太湖国际科技园发展。\n")
    found = places(text)
    assert {("Town", "新安街道"), ("Town", "旺庄街道")} <= found
    assert ("Region", "太湖县") not in found
