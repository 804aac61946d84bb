"""Rules from the twentieth session's series probes (璧山区, 海沧区, 静海区): one project written differently from
year to year, by its firm's two-character brand (荣泰铝板带项目), with a place of the texts inside it (弗迪电池璧山基地二期)
or with one more word after its place (唐官屯冷链物流中心, 唐官屯农产品冷链物流中心)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from kg.project_forms import firm_brands, merge_project_forms
from schema import Label, Node

JINGHAI = [
    ("a", "静海区2021年重点建设项目计划\n"
          "序号\t项目名称\t建设单位\t建设地点\t进展情况\n"
          "1\t荣泰新材料年产5万吨高性能铝合金板带项目\t天津荣泰新材料科技有限公司\t静海经开区\t前期手续办理\n"
          "2\t唐官屯农产品冷链物流中心项目\t天津静海农业发展集团有限公司\t唐官屯镇\t已完成规划设计\n"),
    ("b", "静海区开展重点项目观摩活动\n"
          "在静海经开区，荣泰铝合金板带项目于今年4月开工建设。在唐官屯镇，唐官屯冷链物流中心一期冷库已建成。\n"),
    ("c", "2023年静海区政府工作报告\n荣泰铝板带项目主体厂房封顶，唐官屯农产品冷链物流中心一期投入运营。\n"),
]
BISHAN = [
    ("a", "璧山区集中签约开工\n开工的12个项目中，重庆弗迪电池有限公司动力电池生产基地二期项目总投资60亿元，位于璧山高新区。\n"),
    ("b", "璧山区2022年重点建设项目计划\n序号\t项目名称\t所在镇街\t年度目标\n1\t弗迪电池璧山基地二期\t青杠街道\t续建\n"),
    ("c", "2023年璧山区政府工作报告\n弗迪电池二期建成投产。\n"),
]


def _extract(text: str):  # noqa: ANN202 (an Extraction)
    return extract(document_from_text(text, doc_id="t"))


def _stages(text: str) -> set[tuple[str, str]]:
    return {(s.project, s.stage.value) for s in _extract(text).stages}


def _chains(text: str) -> set[tuple[str, str]]:
    return {(r.source.name, r.target.name) for r in _extract(text).relations if r.type.value == "IN_CHAIN"}


def _projects(series: list[tuple[str, str]]) -> dict[str, Node]:
    nodes, _ = extract_graph([document_from_text(text, doc_id=doc_id) for doc_id, text in series])
    return {node.name: node for node in nodes if node.label == Label.PROJECT}


def test_a_project_opening_with_its_firms_brand_is_the_firms_project_of_other_years() -> None:
    projects = _projects(JINGHAI)
    plates = projects["荣泰新材料年产5万吨高性能铝合金板带项目"]
    assert {"荣泰铝合金板带项目", "荣泰铝板带项目"} <= set(plates.aliases)
    assert plates.docs == ["a", "b", "c"]


def test_a_place_after_the_firm_is_no_part_of_what_tells_its_projects_apart() -> None:
    projects = _projects(BISHAN)
    base = projects["重庆弗迪电池有限公司动力电池生产基地二期"]
    assert {"弗迪电池璧山基地二期", "弗迪电池二期"} <= set(base.aliases)
    assert base.docs == ["a", "b", "c"]


def test_a_word_more_after_the_place_is_the_same_works() -> None:
    projects = _projects(JINGHAI)
    assert "唐官屯冷链物流中心一期" in projects["唐官屯农产品冷链物流中心一期"].aliases
    assert "唐官屯农产品冷链物流中心" in projects  # the whole centre stays apart from its first phase


@pytest.mark.parametrize("names", [
    {"北京十一学校", "北京十一学校天津实验学校"},  # a school and its branch: the words come after the head
    {"北辰区污水处理厂", "北辰区第二污水处理厂"},  # an order tells two plants apart
    {"双街镇冷链物流中心", "双街镇冷链物流中心二期"},  # a phase is its own project (docs/quality.md)
])
def test_names_of_one_place_that_tell_two_works_apart_stay_apart(names: set[str]) -> None:
    places = {"北京": "北京市", "北京市": "北京市", "北辰区": "北辰区", "北辰": "北辰区", "双街镇": "双街镇", "双街": "双街镇"}
    assert merge_project_forms(names, {}, places) == {}


def test_a_brand_two_firms_open_with_or_a_place_tells_no_firm() -> None:
    forms = {"士兰集科": {"厦门士兰集科微电子有限公司"}, "士兰微": {"杭州士兰微电子股份有限公司"},
             "青山工业": {"重庆青山工业有限责任公司"}, "特宝生物": {"厦门特宝生物工程股份有限公司"}}
    assert firm_brands(forms, [], ["青山", "青山镇"]) == {"特宝": "厦门特宝生物工程股份有限公司"}


def test_a_bare_economic_zone_word_is_the_districts_economic_development_zone_the_text_names() -> None:
    text = ("静海区开展重点项目观摩活动\n在天津静海经济开发区，凯诺斯二期项目进展顺利。"
            "经开区负责人表示，将全力保障项目建设。静海经开区获批省级高新区。\n")
    nodes, _ = extract_graph([document_from_text(text, doc_id="t")])
    parks = {node.name: node for node in nodes if node.label == Label.PARK}
    assert set(parks) == {"天津静海经济开发区"}  # no 静海经济技术开发区 made up from the bare word
    assert {"经开区", "静海经开区"} <= set(parks["天津静海经济开发区"].aliases)


@pytest.mark.parametrize(("sentence", "stage"), [
    # what is done so far, measured: the works go on (施工 gives them), or no stage; never completed
    ("正在加快建设的璧山至铜梁轨道交通工程已完成全线桥梁桩基施工的60%。", "under_construction"),
    ("璧南河综合治理二期工程完成河道清淤及堤防加固4.8公里。", None),
    # a headline's sprint to the end is no end yet: the works are under way
    ("海沧生物医药港：特宝生物二期项目冲刺竣工", "under_construction"),
    # the works done, with a size in the project's name
    ("天津友发钢管集团智能化热镀锌钢管生产线项目已完成年产10万吨生产线建设。", "completed"),
])
def test_a_share_of_the_works_done_or_a_sprint_to_the_end_completes_nothing(sentence: str, stage: str | None) -> None:
    from extractors.stages import stage_of

    assert (stage_of(sentence) and stage_of(sentence).value) == stage


HAICANG_PLAN = ("2023年工作安排\n"
                "生物医药产业以生物医药港为核心，依托厦门特宝生物工程股份有限公司、厦门万泰沧海生物技术有限公司，"
                "打造千亿级产业集群；集成电路产业依托厦门士兰集科微电子有限公司、厦门云天半导体科技有限公司，"
                "做强特色工艺和先进封装；港口物流产业依托海沧港区和远海码头，发展智慧物流。\n")


def test_an_industry_opening_its_sentence_part_takes_the_firms_that_part_relies_on() -> None:
    chains = _chains(HAICANG_PLAN)
    assert {("厦门特宝生物工程股份有限公司", "生物医药"), ("厦门万泰沧海生物技术有限公司", "生物医药"),
            ("厦门士兰集科微电子有限公司", "集成电路"), ("厦门云天半导体科技有限公司", "集成电路")} <= chains
    assert not {(firm, chain) for firm, chain in chains if "士兰" in firm and chain == "生物医药"}  # not across the ；
    assert ("海沧港区和远海码头", "港口物流") in chains  # the chain as written, not 现代物流 of its 物流


SIGNING_NEWS = ("璧山区2021年第二季度重大项目集中签约暨开工活动举行\n"
                "签约的18个项目中，重庆青山工业有限责任公司新能源汽车电驱动系统产业化项目计划总投资25亿元。\n"
                "智能装备领域，重庆宏钢数控机床有限公司高端数控机床生产基地项目总投资6.2亿元。\n"
                "开工的12个项目中，重庆弗迪电池有限公司动力电池生产基地二期项目总投资60亿元，计划2022年底建成投产。\n"
                "社会民生方面，璧山区人民医院新院区建设项目位于璧泉街道，总投资18亿元。\n"
                "与此同时，成渝中线高铁璧山站站前广场项目完成选址。\n")


def test_a_groups_lead_stages_the_projects_of_its_paragraph_and_of_those_going_on_by_field() -> None:
    ex = _extract(SIGNING_NEWS)
    stages = {(s.project, s.stage.value) for s in ex.stages}
    assert {("重庆青山工业有限责任公司新能源汽车电驱动系统产业化项目", "signed"),
            ("重庆宏钢数控机床有限公司高端数控机床生产基地", "signed"),
            ("重庆弗迪电池有限公司动力电池生产基地二期", "starting"), ("璧山区人民医院新院区建设项目", "starting")} <= stages
    assert not [s for s in ex.stages if "站前广场" in s.project and s.stage.value == "starting"]  # 与此同时: not the group


@pytest.mark.parametrize(("sentence", "name"), [
    ("北辰至宝坻高速公路开工建设。", "北辰至宝坻高速公路"),
    ("加快建设天津至北京城际铁路。", "天津至北京城际铁路"),
    ("正在加快建设的璧山至铜梁轨道交通工程已完成全线桥梁桩基施工的60%。", "璧山至铜梁轨道交通工程"),
])
def test_a_route_is_named_from_the_place_it_leaves(sentence: str, name: str) -> None:
    ex = _extract("重点项目建设情况\n" + sentence)
    assert name in [m.name for m in ex.mentions if m.label == Label.PROJECT]


def test_a_plots_side_is_no_start_of_a_route() -> None:
    ex = _extract("规划许可批前公示\n地块东至京津公路，西至规划路。")
    assert not [m for m in ex.mentions if m.name.startswith("东至")]


GROUPED_TABLE = ("宝坻区2022年重点建设项目安排\n现将部分重点项目列示如下:\n"
                 "一、续建项目\n"
                 "序号\t项目名称\t建设单位\t总投资(亿元)\t建设地点\n"
                 "1\t润通精密铸造智能工厂\t天津润通精密机械有限公司\t6\t九园工业园区\n"
                 "二、新开工项目\n"
                 "序号\t项目名称\t建设单位\t总投资(亿元)\t建设地点\n"
                 "2\t星宇传感MEMS传感器产业化项目\t天津星宇传感科技有限公司\t3.2\t周良街道\n"
                 "三、前期项目\n"
                 "序号\t项目名称\t建设单位\t总投资(亿元)\t建设地点\n"
                 "3\t黄庄镇稻蟹共生现代农业产业园\t黄庄镇人民政府\t1.8\t黄庄镇\n")


def test_a_group_line_over_a_table_of_its_own_stages_its_rows() -> None:
    stages = _stages(GROUPED_TABLE)
    assert {("润通精密铸造智能工厂", "under_construction"), ("星宇传感MEMS传感器产业化项目", "starting")} <= stages


@pytest.mark.parametrize(("sentence", "stage"), [
    ("大唐庄镇的华能渔光互补光伏电站自去年6月并网以来运行平稳。", "in_operation"),  # a plant on the grid runs
    ("开展燃煤锅炉改并网、老旧管网改造升级等工程。", None),  # boilers joined to a network: no plant running
    ("中科锂能动力电池生产基地项目签约落户宝坻经开区，当年完成供地。", "signed"),  # land supplied completes nothing
    ("该项目由成都天芯微电子科技有限公司投资建设。", None),  # who builds it, not that it is being built
])
def test_grid_land_and_builders(sentence: str, stage: str | None) -> None:
    from extractors.stages import stage_of

    assert (stage_of(sentence) and stage_of(sentence).value) == stage


def test_a_firm_named_after_the_zone_it_opens_with_has_no_short_form_inside_the_zone() -> None:
    from extractors.short_names import short_forms

    assert not [f for f in short_forms("天津京津中关村科技城发展有限公司") if "京津中关村科技城".startswith(f)]
    assert "一汽解放" in short_forms("一汽解放青岛汽车有限公司")  # a city inside the brand is no zone it opens with


def test_a_towns_everyday_short_form_is_the_town_only_in_a_list_of_places() -> None:
    text = ("郫都区2023年政府工作报告\n郫筒街道、犀浦街道、合作街道协同发展。"
            "区政府与中国电信股份有限公司成都分公司合作共建算力中心。推动郫筒、合作等街道有机更新。")
    ex = _extract(text)
    shorts = [m.start for m in ex.mentions if m.label == Label.TOWN and m.text == "合作"]
    assert shorts == [text.index("合作等街道")]  # not the verb of …成都分公司合作共建


def test_the_firm_leading_a_cluster_is_in_that_cluster_only() -> None:
    text = ("2021年宝坻区政府工作报告\n培育以天津中科锂能新能源科技有限公司为龙头的电池产业集群、"
            "以天津润通精密机械有限公司为龙头的高端装备产业集群。\n")
    assert _chains(text) == {("天津中科锂能新能源科技有限公司", "电池"), ("天津润通精密机械有限公司", "高端装备")}  # as written


def test_zones_named_as_an_investment_zone_a_port_of_an_industry_or_a_science_park() -> None:
    text = ("2023年海沧区政府工作报告\n位于新阳街道的海沧生物医药港全年实现产值326亿元。"
            "海沧台商投资区与台湾新竹科学园区举办产业对接会。\n")
    nodes, edges = extract_graph([document_from_text(text, doc_id="t")])
    parks = {node.name for node in nodes if node.label == Label.PARK}
    assert {"海沧生物医药港", "海沧台商投资区", "台湾新竹科学园区"} <= parks
    assert ("Park:台湾新竹科学园区", "Park:海沧台商投资区") in {(e.source, e.target) for e in edges
                                                       if e.type.value == "COOPERATES_WITH"}


def test_a_project_after_its_place_still_opens_its_sentence() -> None:
    text = "宝坻区重点项目巡礼\n九园工业园区的润通精密铸造智能工厂，去年底已竣工投产，今年上半年产值18亿元。\n"
    assert ("润通精密铸造智能工厂", "in_operation") in _stages(text)


PIDU_PLAN = ("成都市郫都区重点产业链“链长制”工作方案\n"
             "重点发展电子信息、食品饮料(川菜)、数字经济、生物医药四条重点产业链。\n"
             "序号\t产业链\t链长\t牵头部门\t链主企业\t主要承载地\n"
             "1\t食品饮料(川菜)\t王海涛\t区农业农村局\t四川丹丹郫县豆瓣集团股份有限公司、四川蜀厨食品有限公司\t中国川菜产业园\n"
             "2.做优食品饮料产业。推动川菜产业园扩区提质，加快四川蜀厨食品有限公司预制菜中央厨房项目建设。\n")


def test_a_chain_written_with_a_gloss_or_as_a_headings_task_is_a_chain() -> None:
    ex = _extract(PIDU_PLAN)
    chains = [m for m in ex.mentions if m.label == Label.INDUSTRY_CHAIN and m.name == "食品饮料"]
    rules = {m.rule for m in chains}
    assert rules >= {"chain.counted", "table.chain"} and rules & {"chain.heading", "taxonomy"}, rules  # (the heading's
    # 食品饮料 is found by the taxonomy since it holds the chain, the thirty-sixth session)
    members = {r.source.name for r in ex.relations if r.type.value == "IN_CHAIN" and r.target.name == "食品饮料"}
    assert {"四川丹丹郫县豆瓣集团股份有限公司", "四川蜀厨食品有限公司"} <= members


@pytest.mark.parametrize(("sentence", "partners"), [
    # an investment's signing is no cooperation (ANNOTATION.md rule 30)
    ("在签约环节，成都蓉数科技有限公司与郫都区人民政府签署投资协议，蓉数智算中心项目总投资35亿元。", set()),
    ("一汽解放青岛汽车有限公司与青岛经开区签约新能源商用车智能工厂项目，总投资52亿元。", set()),
    # a signing the next clause tells a cooperation, one with a university, or a cooperation agreement, is one
    ("南京汤山文旅集团有限公司与云栖酒店管理(上海)有限公司签约，合作建设汤山云栖温泉度假酒店项目。",
     {("南京汤山文旅集团有限公司", "云栖酒店管理(上海)有限公司")}),
    ("加加食品集团股份有限公司与宁乡经开区签订战略合作协议，双方将深化合作。", {("加加食品集团股份有限公司", "宁乡经开区")}),
    ("华为技术有限公司与北京大学签约。", {("华为技术有限公司", "北京大学")}),
])
def test_an_investments_signing_is_no_cooperation(sentence: str, partners: set[tuple[str, str]]) -> None:
    ex = _extract("重大项目集中签约\n" + sentence)
    found = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "COOPERATES_WITH"}
    assert {tuple(sorted(pair)) for pair in found} == {tuple(sorted(pair)) for pair in partners}
