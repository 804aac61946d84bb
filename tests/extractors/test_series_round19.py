"""Rules from the nineteenth session's series probes (东西湖区, 新吴区): a firm named after its zone is not the zone
(临空港), works on a road are the road (机场路快速化改造工程), a venue gets no stage, a zone written without its city
is the zone the text names with it, and a zone only written bare is the one other texts name."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.extract import extract_facts
from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from kg.project_forms import merge_project_forms
from kg.resolve import resolve
from schema import Label, RelType


def _extract(text: str, doc_id: str = "t"):  # noqa: ANN202 (an Extraction)
    return extract(document_from_text(text, doc_id=doc_id))


ZONE_FIRM = ("东西湖区2022年重点建设项目计划\n\n"
             "序号\t项目名称\t建设单位\t建设地点\t建设性质\n"
             "1\t金银湖数字经济产业园\t武汉临空港科技投资有限公司\t金银湖街道\t新开工\n"
             "2\t临空港大道快速化改造工程\t武汉东西湖城市建设投资集团有限公司\t径河街道\t新开工\n"
             "依托临空港经开区与孝感临空经济区合作。\n")


def test_a_firms_short_form_that_names_its_zone_there_is_no_mention_of_the_firm() -> None:
    ex = _extract(ZONE_FIRM)
    assert not [m for m in ex.mentions if m.rule == "short_name.registered"]  # 临空港 is the zone's, and the road's
    developers = {(r.source.name, r.target.name) for r in ex.relations if r.type == RelType.DEVELOPS}
    assert ("武汉临空港科技投资有限公司", "临空港大道快速化改造工程") not in developers  # named after the road
    assert ("武汉东西湖城市建设投资集团有限公司", "临空港大道快速化改造工程") in developers


def test_a_short_form_written_only_on_its_own_still_names_the_firm() -> None:
    text = "武汉临空港科技投资有限公司负责建设。临空港科技投资公司表示，年内完工。\n临空港科技投资将加快进度。"
    ex = _extract(text)
    assert [m.name for m in ex.mentions if m.rule == "short_name.registered"]


@pytest.mark.parametrize(("sentence", "stage"), [
    ("规划实施机场路快速化改造工程。", "planned"),
    ("随着机场路快速化改造工程全面开工，交通更便捷。", "starting"),
])
def test_a_roads_word_before_works_on_the_road_names_the_road(sentence: str, stage: str) -> None:
    ex = _extract(sentence)
    assert [m.name for m in ex.mentions if m.label == Label.PROJECT] == ["机场路"]
    assert [(s.project, s.stage.value) for s in ex.stages] == [("机场路", stage)]


def test_a_road_word_without_works_after_it_is_still_no_name() -> None:
    ex = _extract("利用好陆路港，走好机场路。")
    assert not [m for m in ex.mentions if m.label == Label.PROJECT]


def test_works_on_a_road_resolve_to_the_road_the_texts_name() -> None:
    names = {"临空港大道快速化改造工程", "临空港大道", "金洲大道快速化改造工程"}
    assert merge_project_forms(names, {}) == {"临空港大道快速化改造工程": "临空港大道"}  # 金洲大道 is never named alone


def test_a_venue_gets_no_stage_but_a_project_holding_its_own_ceremony_does() -> None:
    ex = _extract("2024年一季度重点项目集中开工活动在径河街道星宇新能源动力电池PACK生产基地举行。"
                  "签约仪式在无锡太湖国际博览中心举行。在科学城分会场，视源股份交互智能显示研发总部项目举行开工仪式。")
    assert [(s.project, s.stage.value) for s in ex.stages] == [("视源股份交互智能显示研发总部项目", "starting")]


def test_a_zone_written_without_its_city_is_the_zone_the_text_names() -> None:
    ex = _extract("智能装备和航空物流项目落户空港经开区\n先导智能项目正式签约落户无锡空港经开区。顺丰航空有限公司与空港经开区签约。")
    parks = [(m.text, m.name) for m in ex.mentions if m.label == Label.PARK]
    assert parks.count(("空港经开区", "无锡空港经开区")) == 2 and ("无锡空港经开区", "无锡空港经开区") in parks


def test_a_generic_park_word_after_a_named_park_is_no_repeat() -> None:
    ex = _extract("北辰区\n北辰产业园区加快发展。推动产业园区提质增效。")
    assert [m.text for m in ex.mentions if m.label == Label.PARK] == ["北辰产业园区"]


def test_a_zone_only_written_bare_is_the_one_other_texts_name() -> None:
    named = extract_facts(document_from_text(
        "无锡市新吴区链长制工作方案\n\n新吴区加快发展。无锡高新区要发挥引领作用。推动高新区与江南大学合作。", doc_id="a"))
    bare = extract_facts(document_from_text("2023年无锡市新吴区政府工作报告\n\n新吴区经济平稳增长。推动高新区高质量发展。", doc_id="b"))
    assert {m.rule for m in bare.mentions if m.label == Label.PARK} == {"zone.bare_district"}
    nodes, _ = resolve([named, bare])
    parks = {n.name: n.docs for n in nodes if n.label == Label.PARK}
    assert parks == {"无锡高新技术产业开发区": ["a", "b"]}


def test_a_project_opening_with_a_short_form_another_text_registers_is_that_firms() -> None:
    text = "2023年政府工作报告\n\n新洁能功率半导体封测基地项目竣工投产，透平叶片航空发动机叶片精锻生产线投入使用。"
    ex = extract(document_from_text(text, doc_id="b"),
                 known_firms={"新洁能": "无锡新洁能股份有限公司", "透平叶片": "无锡透平叶片有限公司"})
    developers = {(r.source.name, r.target.name) for r in ex.relations if r.type == RelType.DEVELOPS}
    assert developers == {("无锡新洁能股份有限公司", "新洁能功率半导体封测基地"),
                          ("无锡透平叶片有限公司", "透平叶片航空发动机叶片精锻生产线")}


def test_a_firms_phase_written_by_its_short_form_is_the_phase_its_registering_text_names() -> None:
    plan = ("东西湖区2022年重点建设项目计划\n\n序号\t项目名称\t建设单位\t建设地点\t建设性质\n"
            "1\t周黑鸭食品工业园三期\t周黑鸭食品股份有限公司\t走马岭街道\t续建\n")
    report = "东西湖区2023年政府工作报告\n\n食品产业提质扩能，周黑鸭三期建成投产。\n"
    nodes, edges = extract_graph([document_from_text(plan, doc_id="a"), document_from_text(report, doc_id="b")])
    projects = {n.name: n.docs for n in nodes if n.label == Label.PROJECT}
    assert projects == {"周黑鸭食品工业园三期": ["a", "b"]}
    assert ("Enterprise:周黑鸭食品股份有限公司", "Project:周黑鸭食品工业园三期") in {
        (e.source, e.target) for e in edges if e.type == RelType.DEVELOPS}


def test_the_brand_before_a_registered_names_city_is_its_short_form() -> None:
    from extractors.short_names import short_forms

    assert "中金数据" in short_forms("中金数据(武汉)超算技术有限公司", ["武汉"])
    assert short_forms("城市建设(武汉)有限公司", ["武汉"]) == []  # a phrase of two common words is no brand
    plan = ("东西湖区2022年重点建设项目计划\n\n序号\t项目名称\t建设单位\t建设地点\t建设性质\n"
            "2\t中金数据武汉超算中心\t中金数据（武汉）超算技术有限公司\t径河街道\t续建\n"
            "确保中金数据超算中心一期年内建成投产。\n")
    report = "东西湖区2023年政府工作报告\n\n中金数据武汉超算中心一期建成投用。\n"
    nodes, _ = extract_graph([document_from_text(plan, doc_id="a"), document_from_text(report, doc_id="b")])
    phases = {n.name: n.docs for n in nodes if n.label == Label.PROJECT and n.name.endswith("一期")}
    assert phases == {"中金数据武汉超算中心一期": ["a", "b"]}


@pytest.mark.parametrize(("sentence", "names"), [
    ("加快谋划华虹无锡集成电路研发和制造基地二期项目。", ["华虹无锡集成电路研发和制造基地二期"]),
    ("推动比亚迪动力电池研发及生产基地建设。", ["比亚迪动力电池研发及生产基地"]),
    ("建设新能源汽车研发与生产基地。", []),  # a kind of works: no name before the pair
])
def test_two_activities_paired_before_a_facility_are_one_name(sentence: str, names: list[str]) -> None:
    assert [m.name for m in _extract(sentence).mentions if m.label == Label.PROJECT] == names


def test_a_phase_in_brackets_is_the_phase_written_plain() -> None:
    names = {"华虹无锡集成电路研发和制造基地(二期)", "华虹无锡集成电路研发和制造基地二期", "京雄高速公路(一期)"}
    assert merge_project_forms(names, {}) == {"华虹无锡集成电路研发和制造基地(二期)": "华虹无锡集成电路研发和制造基地二期"}


def test_works_of_the_districts_institution_written_qu_x_are_named_with_the_district() -> None:
    ex = _extract("东西湖区2023年政府工作报告\n\n东西湖区经济平稳增长。区人民医院迁建工程上半年开工，区城市更新加快推进。")
    assert {m.name for m in ex.mentions if m.label == Label.PROJECT} == {"东西湖区人民医院"}
    assert [(s.project, s.stage.value) for s in ex.stages] == [("东西湖区人民医院", "starting")]


def test_names_with_and_without_a_city_inside_them_are_one() -> None:
    from kg.project_forms import inner_city_forms

    names = {"京东(无锡)亚洲一号智能物流园", "京东亚洲一号无锡智能物流园", "无锡高新区", "高新区", "麒麟软件总部基地"}
    assert inner_city_forms(names, ["无锡市"]) == {"京东(无锡)亚洲一号智能物流园": "京东亚洲一号无锡智能物流园"}
    assert inner_city_forms({"麒麟软件天津总部基地", "麒麟软件总部基地"}, ["天津市"]) == {
        "麒麟软件总部基地": "麒麟软件天津总部基地"}
    assert inner_city_forms({"麒麟软件天津总部基地", "麒麟软件总部基地"}, []) == {}  # no city of the texts


@pytest.mark.parametrize(("sentence", "stages"), [
    # a step of the works done is no completed project; the later clause says what it is
    ("海力士二厂技术升级项目主体工程已于今年1月完工，目前正在进行设备安装调试，预计年底前建成投产。",
     {("海力士二厂技术升级项目", "under_construction")}),
    ("粤芯三期加快建设，主厂房完成封顶。", {("粤芯三期", "under_construction")}),
    # a later clause going further than the first one's stage
    ("阿斯利康吸入气雾剂生产线项目于去年11月正式开工，目前厂房主体结构施工过半。",
     {("阿斯利康吸入气雾剂生产线", "starting"), ("阿斯利康吸入气雾剂生产线", "under_construction")}),
    # a part of a sentence after a semicolon opens like a sentence
    ("产业园主体完工；阿斯利康吸入气雾剂生产线项目于去年11月正式开工，目前厂房主体结构施工过半。",
     {("阿斯利康吸入气雾剂生产线", "starting"), ("阿斯利康吸入气雾剂生产线", "under_construction")}),
    # a clause about one phase gives the whole project no stage
    ("中金数据武汉超算中心项目分两期建设，其中一期已于2022年底投入运营，二期此次集中开工。", set()),
])
def test_stages_of_a_projects_later_clauses(sentence: str, stages: set[tuple[str, str]]) -> None:
    ex = _extract(sentence)
    assert {(s.project, s.stage.value) for s in ex.stages if s.project != "产业园"} == stages


def test_a_position_word_the_segmenter_cut_out_of_a_firms_name_stays_in_it() -> None:
    ex = _extract("无锡华润上华科技有限公司是华润微电子有限公司的全资子公司。")
    assert [m.name for m in ex.mentions if m.label == Label.ENTERPRISE] == ["无锡华润上华科技有限公司", "华润微电子有限公司"]
    assert [(r.source.name, r.target.name) for r in ex.relations if r.type == RelType.SUBSIDIARY_OF] == [
        ("无锡华润上华科技有限公司", "华润微电子有限公司")]


def test_a_goal_verb_opens_no_indicator_name() -> None:
    ex = _extract("2023年政府工作报告\n\n支持链主企业增资扩产，争取集成电路产业规模突破2000亿元。\n")
    assert [m.name for m in ex.mentions if m.label == Label.INDICATOR] == ["集成电路产业规模"]


def test_a_far_countys_short_form_written_often_is_no_focus_of_a_text_naming_its_own() -> None:
    text = ("西海岸新区重大项目集中签约开工\n\n黄岛区委书记出席活动。黄岛区加快发展。青岛琅琊台集团股份有限公司签约琅琊镇琅琊台文化旅游"
            "综合体项目，将依托琅琊台景区建设。琅琊镇、辛安街道、灵山卫街道项目同步开工。")
    ex = _extract(text)
    regions = {m.name for m in ex.mentions if m.label == Label.REGION}
    towns = {m.name for m in ex.mentions if m.label == Label.TOWN}
    assert "琅琊区" not in regions and "琅琊镇" in towns


def test_a_county_name_inside_a_towns_words_is_no_county() -> None:
    ex = _extract("南海区\n串联里水镇和顺、里水城区与广州白云区。2023年昆山市重点项目开工。")
    assert {m.name for m in ex.mentions if m.label == Label.REGION} >= {"南海区", "白云区", "昆山市"}
    assert "水城区" not in {m.name for m in ex.mentions}


def test_a_firm_named_after_its_park_has_no_short_form_of_the_park() -> None:
    from extractors.short_names import short_forms

    assert "中德生态园" not in short_forms("青岛中德生态园发展有限公司")


def test_a_hyphen_between_chinese_characters_is_inside_the_name() -> None:
    ex = _extract("9月，一汽-大众华南基地扩能工程竣工投产。一汽-大众汽车有限公司佛山分公司投资。")
    assert {m.name for m in ex.mentions} >= {"一汽-大众华南基地扩能工程", "一汽-大众汽车有限公司佛山分公司"}


def test_he_right_before_a_roads_suffix_is_in_the_roads_name() -> None:
    ex = _extract("里水分会场，里和路快速化改造工程正式动工。加快道路和路网建设。")
    assert [m.name for m in ex.mentions if m.label == Label.PROJECT] == ["里和路"]


def test_items_before_a_kind_of_place_are_places_not_firms() -> None:
    ex = _extract("南海区\n推动大沥、九江、里水等镇家居企业开展数字化改造。")
    assert not [m for m in ex.mentions if m.label == Label.ENTERPRISE]
    assert {m.name for m in ex.mentions if m.label == Label.TOWN} == {"大沥镇", "九江镇", "里水镇"}


def test_a_project_tables_town_and_progress_columns() -> None:
    text = ("南海区2023年重点项目建设综述\n\n附表：南海区2023年部分重点项目进展\n"
            "序号\t项目名称\t所在镇（街道）\t建设单位\t年度进展\n"
            "1\t坚美铝业智能制造基地\t大沥镇\t广东坚美铝型材厂（集团）有限公司\t8月开工\n"
            "2\t里和路快速化改造\t里水镇\t佛山市南海城市建设投资有限公司\t12月28日全线通车\n")
    ex = _extract(text)
    placed = {(r.source.name, r.target.name) for r in ex.relations if r.type == RelType.LOCATED_IN}
    assert placed >= {("坚美铝业智能制造基地", "大沥镇"), ("里和路快速化改造", "里水镇")}
    assert ("坚美铝业智能制造基地", "starting") in {(s.project, s.stage.value) for s in ex.stages}


def test_a_verb_after_a_titled_name_is_not_its_third_character() -> None:
    ex = _extract("黄岛区委书记周安宣布项目开工。")
    assert [m.name for m in ex.mentions if m.label == Label.PERSON] == ["周安"]


@pytest.mark.parametrize("name", ["仙湖氢谷", "无锡国际生命科学创新园"])
def test_park_suffixes_of_the_round(name: str) -> None:
    ex = _extract(f"南海区\n加快建设{name}，打造产业高地。")
    assert name in {m.name for m in ex.mentions if m.label == Label.PARK}


@pytest.mark.parametrize(("sentence", "stages"), [
    ("琅琊台文旅综合体一期开门纳客。", {("琅琊台文旅综合体一期", "in_operation")}),
    ("金能二期两套聚丙烯装置一次开车成功。", {("金能二期", "in_operation")}),
    ("加快推进京津塘高速与九园公路互通立交工程建设。", {("京津塘高速", "under_construction"), ("九园公路", "under_construction")}),
    ("广东芯聚能半导体有限公司投资建设的芯聚能二期总投资25亿元。", set()),  # who builds it, no stage
    ("由天津静海城投集团投资建设的团泊新城智慧停车场已完成80%工程量，预计6月底前投用。",
     {("团泊新城智慧停车场", "under_construction")}),
])
def test_stage_words_of_the_round(sentence: str, stages: set[tuple[str, str]]) -> None:
    assert {(s.project, s.stage.value) for s in _extract(sentence).stages} == stages


def test_a_manner_word_glued_to_a_verb_opens_no_name_and_joint_issuers_issue_together() -> None:
    ex = _extract("全面落实中共无锡市委办公室、无锡市人民政府办公室印发的《无锡市重点产业链链长制实施方案》。")
    issuers = {r.target.name for r in ex.relations if r.type == RelType.ISSUED_BY}
    assert issuers == {"中共无锡市委办公室", "无锡市人民政府办公室"}
