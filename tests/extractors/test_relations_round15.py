"""Relations of the fifteenth session's probe texts: what a place lies next to is not in it, and the parties of a
project notice (建设单位, 环评机构) are not where the project is unless the town names them."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text


def _located(text: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text(text, doc_id="r"))
    return {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}


def test_a_work_a_place_lies_next_to_is_not_in_it() -> None:
    located = _located("西青区产业用地出让\n\n中北工业园地块紧邻地铁7号线，交通条件便利；精武镇工业园内建设智能装备产业园。\n")
    assert ("地铁7号线", "中北工业园") not in located


NOTICE = """天津市北辰区生态环境局关于建设项目环境影响评价文件受理情况的公示

（一）双口镇郝堡村20兆瓦渔光互补光伏发电项目
建设地点：双口镇郝堡村
建设单位：国家电投集团天津清洁能源有限公司（国家电力投资集团有限公司下属企业）
环评机构：天津众环联创环境科技有限公司
项目概况：利用鱼塘水面建设光伏组件。

（二）双口镇农产品冷链物流中心项目
建设地点：双口镇
建设单位：天津双口城乡发展有限公司
项目概况：新建冷库2万平方米。
"""


def test_a_notices_parties_are_not_in_the_projects_town_unless_it_names_them() -> None:
    located = _located(NOTICE)
    assert not located & {("国家电投集团天津清洁能源有限公司", "双口镇"), ("国家电力投资集团有限公司", "双口镇"),
                          ("天津众环联创环境科技有限公司", "双口镇")}
    assert ("天津双口城乡发展有限公司", "双口镇") in located


def test_a_park_written_after_its_zone_and_a_city_is_a_park_of_its_own_in_the_zone() -> None:
    # M (北辰区's impact-assessment notice): the address had been one park's name
    ex = extract(document_from_text("北辰区建设项目环评公示\n\n建设地点：天津市北辰区北辰经济技术开发区天津医药医疗器械工业园"
                                    "京福公路东侧。\n废水排入北辰经济技术开发区医药医疗器械工业园污水处理厂。\n", doc_id="m"))
    parks = {m.name for m in ex.mentions if m.label.value == "Park"}
    assert {"北辰经济技术开发区", "天津医药医疗器械工业园"} <= parks
    assert ("天津医药医疗器械工业园", "北辰经济技术开发区") in {
        (r.source.name, r.target.name) for r in ex.relations if r.type.value == "PART_OF"}
    assert not any(m.name.startswith("排入") for m in ex.mentions)


def test_a_town_renamed_a_street_is_the_texts_town_though_another_county_has_a_street_of_that_name() -> None:
    # T (郫都区's permits): the gazetteer knows 安德镇 of 郫都区 and 安德街道 of another county
    ex = extract(document_from_text("成都市郫都区住房和城乡建设局公示\n\n项目位于郫都区安德街道中国川菜产业园蜀安路88号。"
                                    "安龙村农业研学基地建设。\n", doc_id="t"))
    parts = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "PART_OF"}
    assert {("安德街道", "郫都区"), ("安龙村", "安德街道")} <= parts
    assert not any(m.name == "安德镇" for m in ex.mentions)


def test_the_towns_of_a_zone_the_gazetteer_lists_as_a_county_are_in_its_city() -> None:
    # R (济南高新区's work summary): the zone had been a Region beside the Park of the same name
    ex = extract(document_from_text("济南高新技术产业开发区管理委员会2023年工作总结\n\n济南高新技术产业开发区孙村街道、"
                                    "舜华路街道加快发展。\n", doc_id="r"))
    parts = {(r.source.name, r.target.label.value, r.target.name) for r in ex.relations if r.type.value == "PART_OF"}
    assert ("孙村街道", "Region", "济南市") in parts
    assert not any(target == "济南高新技术产业开发区" and label == "Region" for _, label, target in parts)


LAND = """西青区国有建设用地使用权挂牌出让结果公示

位于精武镇学府工业区的地块，将由天津芯研微电子科技有限公司建设功率半导体封装测试基地，总投资5.2亿元。
大寺镇西青汽车工业区的地块，天津华鼎精密传动科技有限公司将用于建设精密减速器智能制造项目。
中北镇中北工业园地块由天津康瑞医疗器械有限公司竞得，拟建设高端医用耗材及体外诊断试剂生产基地。
"""


def test_the_works_a_bidder_will_build_on_its_land_are_projects_it_develops_not_under_construction_yet() -> None:
    # N (西青区's land auctions): works named only by what they are, built by a company the sentence names
    ex = extract(document_from_text(LAND, doc_id="n"))
    projects = {m.name for m in ex.mentions if m.label.value == "Project"}
    assert {"功率半导体封装测试基地", "精密减速器智能制造项目", "高端医用耗材及体外诊断试剂生产基地"} <= projects
    built = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "DEVELOPS"}
    assert {("天津芯研微电子科技有限公司", "功率半导体封装测试基地"),
            ("天津华鼎精密传动科技有限公司", "精密减速器智能制造项目")} <= built
    assert not any(s.stage.value == "under_construction" for s in ex.stages)


def test_a_news_report_appended_to_a_bureaus_notice_does_not_issue_it() -> None:
    # N (西青区's land auctions): the page appends the district media centre's report under the bureau's notice
    notice = ("天津市规划和自然资源局西青分局国有建设用地使用权挂牌出让结果公示\n发布机构：天津市规划和自然资源局西青分局\n"
              "成文日期：2024-09-26\n\n" + "经天津市西青区人民政府批准，现将挂牌出让结果公示如下。" * 12 +
              "\n\n相关报道\n\n西青区6宗产业用地集中成交\n来源：西青区融媒体中心　记者 孙悦　2024-09-27\n"
              "日前，西青区6宗产业用地集中成交。\n")
    ex = extract(document_from_text(notice, doc_id="n"))
    issuers = {r.target.name for r in ex.relations if r.type.value == "ISSUED_BY" and r.source.label.value == "Document"}
    assert issuers == {"天津市规划和自然资源局西青分局"}


def test_each_ordinal_sentence_naming_a_chain_leads_the_paragraph_up_to_the_next() -> None:
    # R (济南高新区's plan): 一是…二是…三是… in one paragraph; everything had taken the first sentence's chain
    ex = extract(document_from_text("济南高新区管委会2024年工作计划\n\n（一）壮大主导产业\n一是做强新一代信息技术产业。"
                                    "支持浪潮集团建设浪潮智能终端产业园，推动齐鲁软件园三期开工建设。二是做大生物医药产业。"
                                    "加快济南药谷三期建设，推动齐鲁制药创新药产业化基地投产。\n", doc_id="r"))
    chained = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "IN_CHAIN"}
    assert {("齐鲁软件园三期", "新一代信息技术"), ("济南药谷三期", "生物医药"), ("齐鲁制药创新药产业化基地", "生物医药")} <= chained
    assert ("济南药谷三期", "新一代信息技术") not in chained


def test_a_community_before_a_facilitys_name_or_of_a_kind_is_no_village() -> None:
    # P (包河区's speech) and T (郫都区's permits)
    ex = extract(document_from_text("在包河区委全会上的讲话\n\n方兴社区嵩山路社区卫生服务中心改扩建工程竣工。菁蓉镇双创社区人才公寓建成。"
                                    "临湖镇湖桥社区开展活动。\n", doc_id="p"))
    villages = {m.name for m in ex.mentions if m.label.value == "Village"}
    assert not villages & {"嵩山路社区", "双创社区"}
    assert "湖桥社区" in villages
