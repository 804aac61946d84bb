"""Relations found in the thirteenth session's probe texts (a groundbreaking ceremony's news, a zone's profile)."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text


def _relations(sentence: str, kind: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text("标题\n\n" + sentence + "\n", doc_id="r"))
    return {(r.source.name, r.target.name) for r in ex.relations if r.type.value == kind}


def test_a_parents_wholly_owned_subsidiary_written_after_it() -> None:
    found = _relations("该项目由隆基绿能科技股份有限公司全资子公司西安隆基乐叶光伏科技有限公司投资建设。", "SUBSIDIARY_OF")
    assert found == {("西安隆基乐叶光伏科技有限公司", "隆基绿能科技股份有限公司")}  # not 基绿能… (由隆|基 cut)


def test_a_subsidiary_list_ends_where_以及_opens_another_group() -> None:
    found = _relations("南瑞集团旗下国电南瑞科技股份有限公司、南京南瑞继保电气有限公司以及国电南京自动化股份有限公司、"
                       "西门子电力自动化有限公司等120余家企业。", "SUBSIDIARY_OF")
    assert found == {("国电南瑞科技股份有限公司", "南瑞集团"), ("南京南瑞继保电气有限公司", "南瑞集团")}


REPORT = """成都市郫都区政府工作报告

全区与德阳市什邡市签订成德同城化发展合作协议，深化与四川大学华西医院合作。
犀浦街道加快建设国家大学科技园。新建望丛祠公园、犀浦生态湿地公园2个。
三道堰街道推进青杠树村、东林村川西林盘保护修复。安德街道依托中国川菜产业城建设安德川菜小镇。
"""


def test_towns_are_named_as_the_text_writes_them_and_a_common_word_is_no_town() -> None:
    ex = extract(document_from_text(REPORT, doc_id="ab"))
    towns = {m.name for m in ex.mentions if m.label.value == "Town"}
    assert {"犀浦街道", "三道堰街道", "安德街道"} <= towns
    assert not towns & {"合作街道", "犀浦镇", "三道堰镇", "安德镇"}  # 合作 of 签订…合作协议; the towns' names before
    found = {(r.type.value, r.source.name, r.target.name) for r in ex.relations}
    assert ("LOCATED_IN", "犀浦生态湿地公园", "犀浦街道") in found
    assert ("LOCATED_IN", "安德川菜小镇", "安德街道") in found
    assert ("PART_OF", "青杠树村", "三道堰街道") in found  # the gazetteer's 三道堰镇


def test_towns_the_gazetteer_lacks_written_in_a_list_or_before_their_villages() -> None:
    # 历城区 and 金水区 probes: 遥墙街道, 临港街道 and 西营镇 (new or renamed since the gazetteer's data) were missed
    text = ("济南市历城区城市更新实施方案\n\n推进遥墙街道遥墙村、临港街道宅科村搬迁安置。西营镇、柳埠街道重点实施传统村落保护利用。"
            "建设宜居宜业和美乡村，打造特色小镇。\n（责任单位：遥墙街道、临港街道办事处）\n")
    ex = extract(document_from_text(text, doc_id="z"))
    towns = [m.name for m in ex.mentions if m.label.value == "Town"]
    assert {"遥墙街道", "临港街道", "西营镇", "柳埠街道"} == set(towns)  # not 和美乡 (乡村), 特色小镇
    assert towns.count("遥墙街道") == 2  # its other occurrence too
    found = {(r.type.value, r.source.name, r.target.name) for r in ex.relations}
    assert {("PART_OF", "宅科村", "临港街道"), ("PART_OF", "遥墙街道", "历城区")} <= found


def test_a_project_written_without_its_owner_in_front_is_the_one_written_in_full() -> None:
    # 瑞光新材 probe: the short form had been a second project, and the only one placed in the zone
    text = ("苏州瑞光新材料科技股份有限公司关于对外投资的公告\n\n"
            "公司拟投资建设瑞光新材合肥新型显示光学膜材料生产基地，项目计划总投资约18.6亿元。\n"
            "公司拟在合肥新站高新区投资建设新型显示光学膜材料生产基地。\n")
    ex = extract(document_from_text(text, doc_id="w"))
    projects = {(m.name, m.text) for m in ex.mentions if m.label.value == "Project"}
    assert projects == {("瑞光新材合肥新型显示光学膜材料生产基地", "瑞光新材合肥新型显示光学膜材料生产基地"),
                        ("瑞光新材合肥新型显示光学膜材料生产基地", "新型显示光学膜材料生产基地")}
    located = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}
    assert ("瑞光新材合肥新型显示光学膜材料生产基地", "合肥新站高新区") in located


def test_a_builder_under_a_towns_heading_is_not_located_there_and_a_facilitys_phase_has_no_owner() -> None:
    # 历城区 probe: the builders of 王舍人片区 had been placed in 王舍人街道, and 华山片区安置房 made a company
    text = ("济南市历城区城市更新实施方案\n\n6.推进王舍人片区改造\n"
            "王舍人街道东站片区由济南城市建设集团有限公司与济南历城控股集团有限公司合作实施，10月开工建设济南东站片区安置房一期。\n"
            "加快华山片区安置房二期建设。\n")
    ex = extract(document_from_text(text, doc_id="z"))
    found = {(r.type.value, r.source.name, r.target.name) for r in ex.relations}
    assert not {f for f in found if f[0] == "LOCATED_IN" and f[1].endswith("有限公司")}
    assert not {m.name for m in ex.mentions if m.label.value == "Enterprise"} & {"济南东站片区安置房", "华山片区安置房"}


def test_cooperation_in_fields_with_each_party_listed_and_with_a_county_after_its_city() -> None:
    # 金水区 and 高陵区 probes: none of these cooperations had been read
    text = ("西安市高陵区重大项目集中开工暨签约活动\n\n推动金水区与长宁区在总部经济、人工智能、工业互联网等领域开展合作。"
            "西安市高陵区与咸阳市三原县签订泾河流域生态保护协作协议。高陵区人民政府分别与比亚迪汽车工业有限公司、"
            "陕西延长石油(集团)有限责任公司等企业签订投资合作协议。\n")
    ex = extract(document_from_text(text, doc_id="x"))
    found = {frozenset((r.source.name, r.target.name)) for r in ex.relations if r.type.value == "COOPERATES_WITH"}
    assert found == {frozenset(p) for p in [("金水区", "长宁区"), ("高陵区", "三原县"),
                                            ("高陵区人民政府", "比亚迪汽车工业有限公司"),
                                            ("高陵区人民政府", "陕西延长石油(集团)有限责任公司")]}


def test_a_parks_numbered_item_places_the_park_from_its_body() -> None:
    # 江宁 probe: the zone's sub-parks, each an item head, had no place
    text = ("南京江宁经济技术开发区简介\n\n开发区按照“一区多园”模式，形成以下功能板块：\n"
            "3.九龙湖国际企业总部园。位于东山街道九龙湖片区，集聚总部型企业48家。\n"
            "6.殷巷智能制造产业园。位于秣陵街道殷巷社区，重点承载新能源汽车零部件项目。\n")
    ex = extract(document_from_text(text, doc_id="t"))
    located = {(r.source.name, r.target.name) for r in ex.relations if r.rule == "list.item_place"}
    assert located == {("九龙湖国际企业总部园", "东山街道"), ("殷巷智能制造产业园", "秣陵街道")}
