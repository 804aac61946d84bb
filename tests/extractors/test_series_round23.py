"""Rules from the twenty-third session: verbs of meetings before a name, rivers written with a town's short
form, and the series probes of 江宁区, 北仑区 and 武清区."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import pairs_of, series_graph


def test_a_meeting_convened_on_projects_names_no_project() -> None:
    nodes, _ = series_graph("包河区重点项目推进会召开\n\n3月12日，包河区召开重点项目推进会。"
                      "区长王伟主持召开高新区建设推进会，听取天津新松机器人项目汇报。\n")
    assert not [n for n in nodes if "召开" in n or "主持" in n or "听取" in n]
    assert "Project:天津新松机器人项目" in nodes


def test_a_river_written_with_a_towns_short_form_is_no_town() -> None:
    river, _ = series_graph("包河区水环境治理\n\n包河区加快南淝河沿线综合整治。\n")
    assert "Town:淝河镇" not in river
    _, edges = series_graph("包河区水环境治理\n\n包河区加快南淝河沿线综合整治。淝河镇完成农村人居环境整治。\n")
    assert ("Town:淝河镇", "PART_OF", "Region:包河区") in edges


def test_a_short_form_in_bare_brackets_is_the_firms_alias() -> None:
    nodes, edges = series_graph("包河区项目\n\n安徽智驭汽车电子有限公司（安徽智驭）新建年产50万套智能座舱项目，安徽智驭计划年内投产。"
                          "中国石油化工股份有限公司（中石化）与包河区签约，中石化将建设加氢站。"
                          "华为技术有限公司（深圳）参加，深圳代表团到访。\n")
    assert nodes["Enterprise:安徽智驭汽车电子有限公司"].aliases == ["安徽智驭"]
    assert nodes["Enterprise:中国石油化工股份有限公司"].aliases == ["中石化"]
    assert not nodes["Enterprise:华为技术有限公司"].aliases
    assert ("Enterprise:安徽智驭汽车电子有限公司", "DEVELOPS", "Project:年产50万套智能座舱项目") in edges


def _targets(text: str) -> dict[str, dict[str, object]]:
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {e.target: e.properties for e in edges if e.type.value == "SETS_TARGET"}


def test_a_target_table_of_three_years_keeps_each_years_value() -> None:
    targets = _targets("北仑区产业规划\n\n序号\t指标名称\t单位\t2020年\t2025年\t2027年\t属性\n"
                       "4\t新材料产业链产值\t亿元\t935\t1300\t1600\t预期性\n"
                       "7\t单位工业增加值能耗下降\t%\t—\t【15】\t—\t约束性\n")
    assert targets["Indicator:新材料产业链产值"] == {
        "unit": "亿元", "baseline": "935", "baseline_year": 2020, "target_value": "1300", "target_year": 2025,
        "later_target": "1600", "later_target_year": 2027, "nature": "预期性"}
    energy = targets["Indicator:单位工业增加值能耗下降"]
    assert (energy["target_value"], energy["target_year"], energy["cumulative"]) == ("15", 2025, True)
    assert "later_target" not in energy and "baseline" not in energy


def test_a_half_years_table_keeps_the_years_goal_beside_the_growth() -> None:
    targets = _targets("北仑区上半年计划执行情况的报告\n来源：北仑区人大常委会  2023-08-30\n\n上半年主要指标完成情况\n\n"
                       "指标名称\t单位\t1-6月完成\t同比增长（%）\t全年目标（%）\n"
                       "地区生产总值\t亿元\t1356.8\t6.9\t6.5\n固定资产投资\t—\t—\t12.4\t10\n")
    gdp = targets["Indicator:地区生产总值"]
    assert (gdp["baseline"], gdp["growth"], gdp["period"]) == ("1356.8", "6.9", "1-6月")
    assert (gdp["growth_target"], gdp["growth_target_year"]) == ("6.5", 2023)
    assert "target_value" not in gdp
    assert targets["Indicator:固定资产投资"]["growth_target"] == "10"


def test_words_of_the_clause_before_a_body_or_firm_are_no_part_of_its_name() -> None:
    nodes, _ = series_graph("江宁开发区智能电网产业链\n\n完整清单由区重大项目建设指挥部办公室另行印发。"
                      "开发区现有国家级企业技术中心7家。近年来，开发区以南瑞集团、国电南自两家链主企业为核心。"
                      "江宁开发区正加快布局储能、虚拟电厂等新赛道。开发区建设局负责实施。\n")
    assert not [n for n in nodes if any(w in n for w in ("清单", "现有", "以南", "布局"))]
    assert "Enterprise:南瑞集团" in nodes
    assert not [n for n in nodes if n.startswith("Organization:") and n.endswith("指挥部")]
    assert "Organization:区重大项目建设指挥部办公室" in nodes


def test_a_task_force_after_ziyou_keeps_its_whole_name() -> None:
    nodes, _ = series_graph("天津市通知\n\n中国（天津）自由贸易试验区工作领导小组印发通知。区经济发展工作领导小组召开会议。\n")
    assert {"Organization:自由贸易试验区工作领导小组", "Organization:区经济发展工作领导小组"} <= set(nodes)


_IDEOGRAPHIC_TABLE = ("武清区王庆坨镇2023年工作总结\n\n主要项目情况如下：\n"
                      "序号\u3000项目名称\u3000\u3000\u3000\u3000建设单位\u3000\u3000\u3000\u3000总投资（亿元）\u3000进展情况\n"
                      "4\u3000\u3000王庆坨自行车电动车产业园标准厂房\u3000天津王庆坨建设投资有限公司\u3000\u3000\u3000\u30004.8\u3000\u3000已竣工\n"
                      "5\u3000\u3000王庆坨镇污水处理厂提标改造工程\u3000\u3000天津武清水务投资有限公司\u3000\u30000.9\u3000\u3000已竣工\n"
                      "王庆坨中学教学楼改扩建工程竣工投用，新增学位600个。\n")


def test_one_ideographic_space_between_cells_parts_them() -> None:
    nodes, edges = series_graph(_IDEOGRAPHIC_TABLE)
    assert not [n for n in nodes if n.endswith("标准厂房天津王庆坨建设投资有限公司")]
    assert ("Enterprise:天津王庆坨建设投资有限公司", "DEVELOPS", "Project:王庆坨自行车电动车产业园标准厂房") in edges
    assert ("Enterprise:天津武清水务投资有限公司", "DEVELOPS", "Project:王庆坨镇污水处理厂提标改造工程") in edges


def test_a_company_named_after_a_town_develops_no_works_named_after_it() -> None:
    _, edges = series_graph(_IDEOGRAPHIC_TABLE)
    owned = {target for source, kind, target in edges
             if source == "Enterprise:天津王庆坨建设投资有限公司" and kind == "DEVELOPS"}
    assert owned == {"Project:王庆坨自行车电动车产业园标准厂房"}


def test_a_heading_counting_its_items_ends_after_them() -> None:
    text = ("北仑区重大项目集中签约\n\n本次签约的项目具体如下：\n\n一、集成电路产业链（1个）\n\n"
            "宁波甬芯半导体装备有限公司投资建设的半导体湿法清洗设备生产基地项目，总投资10.5亿元。\n\n"
            "二、港航物流产业链（1个）\n\n宁波港晟供应链管理有限公司投资建设的保税区国际冷链物流中心项目，总投资11亿元。\n\n"
            "近年来，拓普集团、中芯集成电路（宁波）有限公司等龙头企业担任链主企业。\n\n"
            "附：集中签约项目一览表\n\n序号\t项目名称\t投资方\t总投资（亿元）\n"
            "1\t半导体湿法清洗设备生产基地项目\t宁波甬芯半导体装备有限公司\t10.5\n")
    document = document_from_text(text, doc_id="t")
    logistics = next(s for s in document.sections if s.path[-1].startswith("二、港航物流产业链"))
    assert document.text[logistics.start:logistics.end].rstrip().endswith("总投资11亿元。")
    assert not [s for s in document.sections if s.path[0].startswith("二、") and s.kind == "table"]
    _, edges = series_graph(text)
    assert ("Enterprise:中芯集成电路(宁波)有限公司", "IN_CHAIN", "IndustryChain:港航物流") not in edges
    assert ("Enterprise:宁波甬芯半导体装备有限公司", "IN_CHAIN", "IndustryChain:港航物流") not in edges


def test_a_bonded_zone_is_a_park_and_a_column_tag_no_part_of_a_name() -> None:
    nodes, edges = series_graph("北仑区港航物流\n\n项目跟踪丨瑞能时代储能电池项目：从签约到投产\n"
                          "推进保税区国际冷链物流中心、梅山港区集装箱智慧物流中心等项目，宁波港晟供应链管理有限公司"
                          "投资建设的保税区国际冷链物流中心项目落户宁波保税区。\n推进梅山港区6至10号集装箱码头工程建设。\n")
    assert {"Park:宁波保税区", "Project:瑞能时代储能电池项目", "Project:梅山港区6至10号集装箱码头"} <= set(nodes)
    assert not [n for n in nodes if "丨" in n or n == "Project:10号集装箱码头"]
    assert ("Project:保税区国际冷链物流中心", "LOCATED_IN", "Park:宁波保税区") in edges


def test_firms_a_park_counts_among_its_holdings_take_none_of_its_chains() -> None:
    _, edges = series_graph("武清区园区\n\n天津京滨工业园规划面积22平方公里，已聚集京东、顺丰、宝能等企业300余家，"
                      "正围绕新能源、智能装备、现代物流三大主导产业，建设产业承接示范区。\n")
    assert not [e for e in edges if e[1] == "IN_CHAIN" and e[0].startswith("Enterprise:")]


def test_a_figure_of_the_town_a_sentence_refers_back_to_is_that_towns() -> None:
    targets = _targets("武清区项目跟踪\n来源：武清区融媒体中心  2023-12-22\n\n大王古庄镇党委书记张振华介绍，近年来，大王古庄镇依托"
                       "天津京滨工业园，聚焦新能源等产业，全镇规模以上工业总产值同比增长14.6%。\n")
    assert targets["Indicator:规模以上工业总产值"]["scope"] == "大王古庄镇"
    assert targets["Indicator:规模以上工业总产值"]["target_value"] == "14.6"  # a scoped figure alone is kept


def test_a_village_name_is_not_cut_to_another_villages_and_a_village_is_no_towns_short_form() -> None:
    nodes, _ = series_graph("武清区王庆坨镇工作总结\n\n后辛庄村党支部书记杨桂芬组织发展设施农业。"
                      "完成前进村、南蔡村等6个村人居环境提升。完成东升村、后辛庄村、北小庄村4个村人居环境整治提升。\n")
    assert {"Village:后辛庄村", "Village:南蔡村"} <= set(nodes)
    assert not {"Village:辛庄村", "Town:下伍旗镇", "Town:南蔡村镇"} & set(nodes)


def test_a_phase_named_after_a_group_is_the_groups_not_a_subsidiarys_sharing_its_first_characters() -> None:
    _, edges = series_graph("江宁区报告\n\n南瑞集团有限公司总部位于江宁。南京南瑞继保电气有限公司发展迅速。"
                      "南瑞集团智能电网装备产业基地二期开工，南瑞继保柔性直流控制保护系统成功应用于特高压工程。\n")
    developers = {s for s, kind, t in edges if kind == "DEVELOPS" and t == "Project:南瑞集团智能电网装备产业基地二期"}
    assert developers == {"Enterprise:南瑞集团有限公司"}


def test_a_brand_shared_with_a_subsidiary_the_text_introduces_is_the_parents() -> None:
    nodes, edges = series_graph("武清区项目\n\n武清区人民政府与北京瑞能时代新能源科技股份有限公司举行签约仪式。瑞能时代董事长周立群出席。"
                          "该项目由瑞能时代在武清注册成立的全资子公司天津瑞能时代储能科技有限公司投资建设。\n")
    assert nodes["Enterprise:北京瑞能时代新能源科技股份有限公司"].aliases == ["瑞能时代"]
    assert ("Enterprise:天津瑞能时代储能科技有限公司", "SUBSIDIARY_OF", "Enterprise:北京瑞能时代新能源科技股份有限公司") in edges


def test_a_short_form_a_subsidiary_declares_stays_its_own() -> None:
    nodes, _ = series_graph("包河区报道\n\n华骐汽车集团有限公司（以下简称“华骐集团”）正在寻找基地。华骐集团控股子公司华骐汽车股份有限公司"
                      "（以下简称“华骐汽车”）在包河区落户。华骐汽车旗下企业加快发展，华骐汽车总裁王毅介绍。\n")
    assert "华骐汽车" not in nodes["Enterprise:华骐汽车集团有限公司"].aliases
    assert "华骐汽车" in nodes["Enterprise:华骐汽车股份有限公司"].aliases


def test_subsidiaries_held_registered_or_belonging_elsewhere() -> None:
    _, edges = series_graph("江宁区智能电网\n\n南瑞集团有限公司是国家电网有限公司直属单位，其控股的国电南瑞科技股份有限公司营业收入超过500亿元。"
                      "国电南京自动化股份有限公司则是中国华电集团有限公司旗下的电力自动化企业。\n")
    assert ("Enterprise:国电南瑞科技股份有限公司", "SUBSIDIARY_OF", "Enterprise:南瑞集团有限公司") in edges
    assert ("Enterprise:国电南京自动化股份有限公司", "SUBSIDIARY_OF", "Enterprise:中国华电集团有限公司") in edges


def test_a_project_tables_content_cell_saying_where_places_the_row() -> None:
    _, edges = series_graph("2025年江宁区重点项目计划\n\n序号\t项目名称\t建设单位\t建设内容\t总投资（亿元）\n"
                      "1\t宁翔汽车零部件智能制造基地\t南京宁翔汽车零部件有限公司\t在禄口街道空港开发区内建设一体化压铸车身结构件生产线\t12.0\n"
                      "2\t康维医疗高端医疗器械产业化项目\t南京康维医疗器械有限公司\t在淳化街道新建植介入类医疗器械洁净生产车间\t6.5\n"
                      "3\t芯耀半导体先进封装测试基地一期\t南京芯耀半导体科技有限公司\t在江宁开发区建设先进封装测试厂房\t30.0\n")
    placed = pairs_of(edges, "LOCATED_IN")
    assert ("Project:宁翔汽车零部件智能制造基地", "Town:禄口街道") in placed
    assert ("Project:康维医疗高端医疗器械产业化项目", "Town:淳化街道") in placed
    assert not [t for s, t in placed if s == "Project:芯耀半导体先进封装测试基地一期"]  # (江宁 of a zone: no district)


def test_materials_listed_as_projects_are_no_firms() -> None:
    nodes, _ = series_graph("北仑区新材料\n\n在柴桥街道柴桥临港产业园布局碳纤维复合材料、金属新材料等项目。"
                      "推动精雕数控、长信科技等项目建设。\n")
    assert not {"Enterprise:碳纤维复合材料", "Enterprise:金属新材料"} & set(nodes)
    assert {"Enterprise:精雕数控", "Enterprise:长信科技"} <= set(nodes)


def test_a_time_word_opens_no_indicators_name_and_last_year_dates_its_figure() -> None:
    targets = _targets("北仑区报告\n来源：北仑区人大常委会  2023-08-30\n\n北仑拥有宁波舟山港核心港区，去年集装箱吞吐量突破"
                       "2200万标准箱。上半年民生支出98.6亿元。地区生产总值比上年增长5.2%。\n")
    assert "Indicator:去年集装箱吞吐量" not in targets and "Indicator:上半年民生支出" not in targets
    assert targets["Indicator:集装箱吞吐量"] == {"unit": "万标准箱", "baseline": "2200", "baseline_year": 2022}
    assert targets["Indicator:民生支出"]["period"] == "上半年"
    assert targets["Indicator:地区生产总值"].get("baseline_year", targets["Indicator:地区生产总值"].get("target_year")) == 2023


def test_a_county_in_brackets_stays_in_a_parks_name() -> None:
    nodes, _ = series_graph("北仑区集成电路\n\n项目选址小港街道宁波（北仑）集成电路产业园，建设8英寸特种工艺晶圆生产线。\n")
    assert "Park:宁波(北仑)集成电路产业园" in nodes and "Park:集成电路产业园" not in nodes


def test_a_peoples_congress_standing_committee_written_short_is_one_body() -> None:
    nodes, edges = series_graph("北仑区上半年计划执行情况的报告\n来源：北仑区人大常委会  2023-08-30\n\n"
                          "——2023年8月25日在北仑区第十八届人民代表大会常务委员会第十五次会议上\n\n主任、各位副主任、各位委员：\n")
    body = "Organization:北仑区人民代表大会常务委员会"
    assert "北仑区人大常委会" in nodes[body].aliases and "Organization:北仑区人大常委会" not in nodes
    assert ("Document:t", "ISSUED_BY", body) in edges


def test_persons_with_a_companys_or_a_villages_title() -> None:
    nodes, _ = series_graph("武清区王庆坨镇\n\n东升村党支部书记、村委会主任刘长顺带领村民成立合作社。"
                      "南京南瑞继保电气有限公司行政总监周立群回忆。书记刘长期坚持调研。\n")
    assert {"Person:刘长顺", "Person:周立群"} <= set(nodes)
    assert not [n for n in nodes if n.startswith("Person:刘长") and n != "Person:刘长顺"]


def test_works_in_common_words_after_their_company_keep_its_name_as_with_xiangmu() -> None:
    nodes, edges = series_graph("武清区\n\n其中，瑞能时代储能电池项目一期、天津康立德生物医药有限公司创新药生产基地、京东武清智能物流园二期等项目"
                          "投资额均超过5亿元。当天，天津康立德生物医药有限公司创新药生产基地项目在武清开发区同步开工。\n")
    works = "Project:天津康立德生物医药有限公司创新药生产基地"
    assert works in nodes and "Project:创新药生产基地" not in nodes
    assert ("Enterprise:天津康立德生物医药有限公司", "DEVELOPS", works) in edges


def test_a_brand_opening_with_ji_after_a_comma_keeps_it_when_the_text_names_it_after_its_city() -> None:
    nodes, _ = series_graph("即墨区报道\n\n青岛即发集团控股有限公司落户即墨。今年以来，即发集团新上智能工厂项目。一条高速，即津雄高速，全线通车。\n")
    assert nodes["Enterprise:青岛即发集团控股有限公司"].aliases == ["即发集团"]
    assert "Project:津雄高速" in nodes


def test_an_annex_table_of_fields_and_host_parks_chains_the_parks() -> None:
    text = ("武清区关于支持智能科技产业高质量发展的若干措施\n\n附则\n\n第十四条　本措施由区工业和信息化局负责解释。\n\n"
            "附件：武清区智能科技产业重点支持领域目录\n"
            "序号\u3000领域\u3000\u3000\u3000\u3000重点方向\u3000\u3000\u3000\u3000主要承载园区\n"
            "1\u3000\u3000集成电路\u3000\u3000\u3000芯片设计、封装测试\u3000\u3000\u3000京津科技谷\n"
            "2\u3000\u3000智能装备\u3000\u3000\u3000工业机器人\u3000\u3000\u3000天津京滨工业园\n")
    document = document_from_text(text, doc_id="t")
    assert [s.path for s in document.sections if s.kind == "table"] == [("表",)]
    _, edges = series_graph(text)
    assert {("Park:京津科技谷", "IN_CHAIN", "IndustryChain:集成电路"),
            ("Park:天津京滨工业园", "IN_CHAIN", "IndustryChain:智能装备")} <= edges


def test_the_districts_short_form_is_the_district_not_its_namesake_street() -> None:
    nodes, edges = series_graph("广州市南沙区\n\n南沙集成电路产业园位于南沙街道。南沙区加快建设南沙港铁路。\n")
    assert {"Park:南沙集成电路产业园", "Project:南沙港铁路", "Town:南沙街道"} <= set(nodes)
    assert "南沙" not in nodes["Town:南沙街道"].aliases
    assert not {"Park:集成电路产业园", "Project:港铁路"} & set(nodes)


def test_a_city_written_short_before_its_committees_title_holds_the_office() -> None:
    _, edges = series_graph("苏州工业园区党工委全会召开\n\n苏州市委常委、园区党工委书记周立峰出席会议。太仓校区建设加快。\n")
    assert ("Person:周立峰", "HOLDS_OFFICE", "Region:苏州市") in edges
    assert ("Person:周立峰", "HOLDS_OFFICE", "Region:太仓市") not in edges


def test_a_document_number_names_nothing_and_a_verb_opens_no_project() -> None:
    nodes, _ = series_graph("郑州航空港经济综合实验区重点项目红黑榜通报\n郑港项目办〔2024〕17号\n\n"
                      "各办事处：现将5月份情况通报如下。6月底前解决郑州航空港区第一人民医院二期资金缺口。\n")
    assert not [n for n in nodes if "郑港" in n]
    assert "Project:郑州航空港区第一人民医院二期" in nodes and not [n for n in nodes if "解决" in n]


def test_a_progress_cell_stages_its_row() -> None:
    _, edges = extract_graph([document_from_text(
        "航空港区重点项目进度\n\n序号\t项目名称\t责任单位\t形象进度\n1\t比亚迪郑州基地二期\t滨河办事处\t主体结构封顶\n"
        "2\t华锐光电新型显示项目\t新港办事处\t未开工\n3\t临空生物医药园三期\t张庄镇\t方案设计\n", doc_id="t")])
    stages = {e.target: e.properties.get("stage") for e in edges if e.type.value == "MENTIONS" and e.source == "Document:t"}
    assert stages["Project:比亚迪郑州基地二期"] == "under_construction"
    assert stages["Project:华锐光电新型显示项目"] == "planned"


def test_a_carriers_table_places_and_develops_its_rows() -> None:
    _, edges = series_graph("苏州工业园区投资指南\n\n序号\t载体名称\t所在区域\t建筑面积（万平方米）\t主导方向\t运营主体\n"
                      "1\t苏州人工智能产业园\t金鸡湖街道\t60\t人工智能\t苏州工业园区科技发展有限公司\n"
                      "2\t苏州医疗器械产业园\t娄葑街道\t40\t医疗器械\t苏州工业园区生物产业发展有限公司\n")
    assert {("Enterprise:苏州工业园区科技发展有限公司", "DEVELOPS", "Park:苏州人工智能产业园"),
            ("Park:苏州医疗器械产业园", "LOCATED_IN", "Town:娄葑街道")} <= edges


def test_a_firm_tables_place_column_headed_with_two_kinds_of_place() -> None:
    _, edges = series_graph("广州市南沙区产业链重点企业名录\n\n序号\t企业名称\t所属产业链\t所在园区/镇街\t主要产品\n"
                      "1\t广东芯聚能半导体有限公司\t集成电路\t东涌镇\t车规级功率模块\n")
    assert ("Enterprise:广东芯聚能半导体有限公司", "LOCATED_IN", "Town:东涌镇") in edges
    assert ("Enterprise:广东芯聚能半导体有限公司", "IN_CHAIN", "IndustryChain:集成电路") in edges


def test_a_phase_of_works_named_after_a_town_invents_no_firm() -> None:
    nodes, edges = series_graph("广州市南沙区\n\n加快横沥岛尖二期建设。SMC二期竣工。\n")
    assert "Enterprise:横沥岛尖" not in nodes and "Project:横沥岛尖二期" in nodes
    assert ("Enterprise:SMC", "DEVELOPS", "Project:SMC二期") in edges


def test_a_brand_holding_a_function_character_keeps_it() -> None:
    nodes, _ = series_graph("广州市南沙区企业名录\n\n序号\t企业名称\t所属产业链\n1\t云从科技集团股份有限公司\t人工智能\n"
                      "园区与华为技术有限公司合作，并与中兴通讯股份有限公司签约。竞得人：广州云从人工智能技术有限公司\n"
                      "备注：竞得人为云从科技集团股份有限公司全资子公司。\n")
    assert {"Enterprise:云从科技集团股份有限公司", "Enterprise:华为技术有限公司", "Enterprise:中兴通讯股份有限公司",
            "Enterprise:广州云从人工智能技术有限公司"} <= set(nodes)
    assert not [n for n in nodes if n.startswith(("Enterprise:科技集团", "Enterprise:与", "Enterprise:并与"))]


def test_a_press_conferences_spokesperson_is_a_person_and_ranked_lists_name_no_project() -> None:
    nodes, _ = series_graph("航空港区新闻发布会\n\n主持人、新闻发言人刘敏：各位记者朋友，大家好。"
                      "黑榜项目要限期整改，红榜项目给予通报表扬。加快培育新兴产业项目。\n")
    assert "Person:刘敏" in nodes
    assert not {"Project:黑榜项目", "Project:红榜项目", "Project:新兴产业项目"} & set(nodes)


def test_a_numbered_heading_naming_an_industry_chains_its_paragraphs_firms() -> None:
    _, edges = series_graph("苏州工业园区投资指南\n\n二、主导产业\n\n（三）生物医药。园区把生物医药作为“一号产业”，集聚企业2300余家。"
                      "信达生物制药（苏州）有限公司、基石药业（苏州）有限公司等创新型企业加快发展。\n\n"
                      "（一）轨道交通。建成地铁7号线二期、黄埔有轨电车1号线。\n")
    assert ("Enterprise:信达生物制药(苏州)有限公司", "IN_CHAIN", "IndustryChain:生物医药") in edges
    assert not [e for e in edges if e[1] == "IN_CHAIN" and e[2] == "IndustryChain:轨道交通"]


def test_an_events_name_is_no_chain_of_its_sentence() -> None:
    _, edges = series_graph("苏州工业园区年中工作会议\n\n推进中新苏州工业园区开发集团股份有限公司在金鸡湖商务区办好第十五届中国生物医药产业发展大会。\n")
    assert not [e for e in edges if e[1] == "IN_CHAIN"]


def test_works_two_firms_develop_together_are_both_theirs() -> None:
    _, edges = series_graph("苏州工业园区\n\n桑田科学岛医疗器械产业园由中新苏州工业园区开发集团股份有限公司（简称“中新集团”）与"
                      "苏州工业园区生物产业发展有限公司合作开发，预计2026年建成投用。\n")
    park = "Park:桑田科学岛医疗器械产业园"
    assert {("Enterprise:中新苏州工业园区开发集团股份有限公司", "DEVELOPS", park),
            ("Enterprise:苏州工业园区生物产业发展有限公司", "DEVELOPS", park)} <= edges


def test_a_brand_holding_de_after_its_city_keeps_it() -> None:
    nodes, _ = series_graph("苏州工业园区\n\n集聚博世汽车部件（苏州）有限公司、苏州绿的谐波传动科技股份有限公司等骨干企业。"
                      "苏州市的科沃斯机器人股份有限公司加快发展。\n")
    assert {"Enterprise:苏州绿的谐波传动科技股份有限公司", "Enterprise:科沃斯机器人股份有限公司"} <= set(nodes)
    assert "Enterprise:谐波传动科技股份有限公司" not in nodes


def test_a_signing_tables_investor_and_landing_columns() -> None:
    _, edges = series_graph("北仑区集中签约\n\n附：集中签约项目一览表\n\n序号\t项目名称\t投资方\t总投资（亿元）\t落户区块\n"
                      "1\t保税区国际冷链物流中心项目\t宁波港晟供应链管理有限公司\t11\t宁波保税区\n")
    assert ("Enterprise:宁波港晟供应链管理有限公司", "DEVELOPS", "Project:保税区国际冷链物流中心") in edges
    assert ("Project:保税区国际冷链物流中心", "LOCATED_IN", "Park:宁波保税区") in edges


def test_a_figure_or_a_part_completed_completes_no_project() -> None:
    _, edges = extract_graph([document_from_text(
        "北仑区规划\n来源：北仑区发展和改革局  2021-05-10\n\n2020年，宁波舟山港北仑港区共完成集装箱吞吐量1860万标准箱。"
        "梅山港区集装箱码头工程完成水工结构。穿山港区1号集装箱码头二期完成建设。北仑客运中心完成旅客发送量120万人次。\n",
        doc_id="t")])
    stages = {e.target: e.properties.get("stage") for e in edges if e.type.value == "MENTIONS" and e.source == "Document:t"}
    assert stages.get("Project:宁波舟山港北仑港") != "completed"
    assert stages.get("Project:梅山港区集装箱码头工程") != "completed" and stages.get("Project:梅山港区集装箱码头") != "completed"
    assert stages["Project:穿山港区1号集装箱码头二期"] == "completed"
    assert stages.get("Project:北仑客运中心") != "completed"
