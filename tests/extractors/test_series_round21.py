"""Rules from the twenty-first session's series probes (西青区, 黄埔区, 东西湖区): an outline's own title
(…规划和二〇三五年远景目标纲要（节选）), a government written 区政府, places written short before 等片区 and
等旧村, and words that open no name or town."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import pairs_of, series_graph

PLAN = ("天津市西青区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（节选）\n\n天津市西青区人民政府\n\n"
        "第一章 发展基础\n\n根据《天津市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》编制。\n")


def test_an_outline_is_named_whole_and_not_cited_by_its_own_excerpt() -> None:
    nodes, edges = series_graph(PLAN)
    own = "Policy:天津市西青区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    cited = "Policy:天津市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    assert own in nodes and cited in nodes
    assert "Policy:天津市西青区国民经济和社会发展第十四个五年规划" not in nodes
    assert ("Document:t", "CITES", cited) in edges and ("Document:t", "CITES", own) not in edges


def test_a_bare_plan_keeps_its_long_range_half() -> None:
    nodes, _ = series_graph("黄埔区2023年工作\n\n落实广州市黄埔区国民经济和社会发展第十四个五年规划和2035年远景目标纲要，推进建设。\n")
    assert "Policy:广州市黄埔区国民经济和社会发展第十四个五年规划和2035年远景目标纲要" in nodes


def test_a_government_written_short_is_the_districts_and_cooperates() -> None:
    nodes, edges = series_graph("东西湖区2022年政府工作报告\n\n东西湖区人民政府\n\n"
                          "区政府与华中科技大学签署战略合作协议。市政府出台支持政策。建设数字政府、法治政府、服务型政府，城市政府要转变职能。\n")
    government = nodes["Organization:东西湖区人民政府"]
    assert "区政府" in government.aliases
    assert ("Organization:东西湖区人民政府", "COOPERATES_WITH", "Organization:华中科技大学") in edges
    assert "Organization:武汉市人民政府" in nodes
    assert not [n for n in nodes if n.endswith(("数字政府", "法治政府", "服务型政府", "城市政府"))]


def test_places_written_short_before_an_areas_or_villages_head_are_no_firms() -> None:
    nodes, _ = series_graph("东西湖区2022年政府工作报告\n\n实施吴家山、将军路、长青等片区老旧小区改造项目120个。"
                      "推进文冲、双沙、笔岗等旧村改造项目，支持华为、中兴等重点项目。\n")
    assert not {"Enterprise:吴家山", "Enterprise:长青", "Enterprise:文冲", "Enterprise:双沙"} & set(nodes)
    assert {"Town:吴家山街道", "Town:长青街道", "Enterprise:华为", "Enterprise:中兴"} <= set(nodes)


def test_label_words_and_urban_rural_open_no_park_or_town() -> None:
    nodes, _ = series_graph("西青区重大项目\n\n一汽丰田新能源车型导入项目，总投资45亿元，建设地点西青经济技术开发区；\n\n"
                          "西青经济技术开发区是国家级经济技术开发区，下辖赛达工业园、中北汽车产业园。\n\n"
                          "第六章 推进城乡融合和乡村振兴\n\n加快发展。\n")
    assert {"Park:西青经济技术开发区", "Park:赛达工业园", "Park:中北汽车产业园"} <= set(nodes)
    assert not [n for n in nodes if n.startswith(("Park:地点", "Park:下辖", "Town:推进"))]


def test_a_five_year_sum_in_brackets_is_a_rows_target() -> None:
    nodes, _ = series_graph("黄埔区“十四五”规划\n\n表1 黄埔区“十四五”时期经济社会发展主要指标\n"
                          "指标名称\t2020年\t2025年\t年均增长（%）\t属性\n"
                          "地区生产总值（亿元）\t3502\t5000\t7\t预期性\n"
                          "固定资产投资（亿元）\t1220\t〔7000〕\t—\t预期性\n"
                          "城镇新增就业人数（万人）\t—\t〔15〕\t—\t预期性\n注：〔〕内为五年累计数。\n")
    assert not [n for n in nodes if "〔" in n]
    assert {"Indicator:固定资产投资", "Indicator:城镇新增就业人数"} <= set(nodes)
    targets = {e.target: e for e in extract_graph([document_from_text(
        "黄埔区“十四五”规划\n\n指标名称\t2020年\t2025年\t年均增长（%）\t属性\n"
        "固定资产投资（亿元）\t1220\t〔7000〕\t—\t预期性\n", doc_id="t")])[1] if e.type.value == "SETS_TARGET"}
    row = targets["Indicator:固定资产投资"].properties
    assert (row["target_value"], row["baseline"], row["cumulative"]) == ("7000", "1220", True)


def test_a_build_site_field_in_an_items_sentence_places_the_item() -> None:
    _, edges = series_graph("西青区重大项目\n\n新材料：锐达新材料年产3万吨特种工程塑料项目，总投资12亿元，建设地点王稳庄镇；"
                      "冠丰化工电子级湿化学品二期，总投资6亿元，建设地点大寺镇。\n")
    assert ("Project:冠丰化工电子级湿化学品二期", "LOCATED_IN", "Town:大寺镇") in edges
    assert ("Project:锐达新材料年产3万吨特种工程塑料项目", "LOCATED_IN", "Town:王稳庄镇") in edges
    assert ("Project:冠丰化工电子级湿化学品二期", "LOCATED_IN", "Town:王稳庄镇") not in edges


def test_streets_the_gazetteer_names_by_their_office_and_a_segment_led_by_two_of_them() -> None:
    nodes, edges = series_graph("东西湖区2022年政府工作报告\n\n柏泉街道依托柏泉农场建设柏泉生态文化旅游区；"
                          "辛安渡街道、东山街道重点发展都市农业，建设东西湖区现代农业产业园。\n")
    assert {"Town:辛安渡街道", "Town:东山街道", "Town:柏泉街道"} <= set(nodes)
    assert ("Project:柏泉生态文化旅游区", "LOCATED_IN", "Town:柏泉街道") in edges
    assert ("Park:东西湖区现代农业产业园", "LOCATED_IN", "Town:柏泉街道") not in edges  # the next segment's towns lead it


def test_a_source_line_closing_with_a_month_names_the_publisher_without_it() -> None:
    text = "黄埔区新能源汽车项目投产\n来源：黄埔发布 2023年6月\n\n5月9日，凯瑞动力电池系统生产基地一期正式投产。\n"
    nodes, edges = series_graph(text)
    assert ("Document:t", "ISSUED_BY", "Organization:黄埔发布") in edges
    assert not [n for n in nodes if "2023年6月" in n]


def test_a_chain_opening_its_clause_holds_the_clauses_firms() -> None:
    _, edges = series_graph("黄埔区2023年政府工作报告\n\n引进广州小鹏汽车科技有限公司、广州凯瑞新能源科技有限公司、广州禾康生物科技有限公司。\n\n"
                      "集成电路产业重点支持粤芯半导体、芯研微电子扩产，新能源汽车产业依托小鹏汽车、凯瑞新能源打造“整车+核心零部件”集群，"
                      "生物医药产业重点推动百济神州、禾康生物加快成果转化。\n")
    chains = pairs_of(edges, "IN_CHAIN")
    assert ("Enterprise:广州禾康生物科技有限公司", "IndustryChain:生物医药") in chains
    assert ("Enterprise:广州禾康生物科技有限公司", "IndustryChain:集成电路") not in chains
    assert {("Enterprise:粤芯半导体", "IndustryChain:集成电路"),
            ("Enterprise:广州凯瑞新能源科技有限公司", "IndustryChain:新能源汽车")} <= chains


def test_parks_a_zone_governs_are_its_parts_and_a_kabushiki_kaisha_is_a_firm() -> None:
    nodes, edges = series_graph("西青区概况\n\n西青经济技术开发区是国家级经济技术开发区，下辖赛达工业园、中北汽车产业园，面积150平方公里。"
                          "与三菱商事株式会社签署合作协议。\n")
    assert {("Park:赛达工业园", "PART_OF", "Park:西青经济技术开发区"),
            ("Park:中北汽车产业园", "PART_OF", "Park:西青经济技术开发区")} <= edges
    assert "Enterprise:三菱商事株式会社" in nodes


def test_ceremony_verbs_and_classes_of_projects_name_no_project() -> None:
    nodes, _ = series_graph("东西湖区2022年工作\n\n先后在北京、深圳、上海举办临空港专场招商推介会。"
                      "2月20日，黄埔区在广州科学城举行集成电路产业项目签约仪式。该项目创下东西湖区食品类项目落地新纪录。\n")
    projects = [n for n in nodes if n.startswith("Project:")]
    assert not projects, projects
    assert "Region:上海市" in nodes


def test_a_sum_reached_by_a_goals_year_is_a_target() -> None:
    targets = {e.target: e.properties for e in extract_graph([document_from_text(
        "东西湖区十四五规划\n\n到2025年，人均预期寿命达到81.5岁，城镇新增就业累计达到10万人。"
        "截至2022年底，全区高新技术企业累计达到502家。\n", doc_id="t")])[1] if e.type.value == "SETS_TARGET"}
    jobs = targets["Indicator:城镇新增就业"]
    assert (jobs.get("target_value"), jobs.get("target_year"), "baseline" in jobs) == ("10", 2025, False)
    assert targets["Indicator:高新技术企业"]["baseline"] == "502"  # 截至…累计达到: a sum reported


def test_a_park_parted_by_and_before_the_verb_is_no_item_of_the_list_after_it() -> None:
    nodes, _ = series_graph("东西湖区新闻\n\n国家网络安全人才与创新基地已累计吸引奇安信、天琴网安、楚信安全等138家企业入驻。"
                      "大寺新能源汽车及储能产业园已集聚天津卓能电池科技有限公司、天津极光储能科技有限公司等企业。"
                      "以智能科技产业和现代服务业等新兴产业为特色。\n")
    firms = {n for n in nodes if n.startswith("Enterprise:")}
    assert {"Enterprise:奇安信", "Enterprise:天琴网安", "Enterprise:天津卓能电池科技有限公司"} <= firms
    assert not [f for f in firms if "基地" in f or "产业园" in f or f.endswith(("网络安全人才", "新能源汽车"))]
    assert "IndustryChain:智能科技" in nodes  # 以A和B等: A stays an item


def test_tables_written_with_bars_or_runs_of_spaces_are_read_and_a_bar_footer_still_dropped() -> None:
    from kg.ingest.normalize import normalise

    bars = ("西青区“十四五”规划\n\n专栏1 主要指标\n指标｜2020年｜2025年｜年均增长〔累计〕｜属性\n"
            "一般公共预算收入（亿元）｜62.3｜79.5｜5以上｜预期性\n"
            "细颗粒物（PM2.5）平均浓度（微克/立方米）｜51｜完成市下达任务｜—｜约束性\n")
    nodes, edges = series_graph(bars)
    assert {"Indicator:一般公共预算收入", "Indicator:细颗粒物(PM2.5)平均浓度"} <= set(nodes)
    assert not [n for n in nodes if "完成市下达任务" in n]
    spaced = ("东西湖区“十四五”规划\n\n表2 重点产业项目\n项目名称　　建设地点　　总投资（亿元）　　建设内容\n"
              "康沃生物医药产业园二期　　径河街道　　32　　建设生物药原液及制剂生产线\n"
              "森林覆盖率（%）  11.5  12.5  —  约束性\n")
    _, edges = series_graph(spaced)
    assert ("Project:康沃生物医药产业园二期", "LOCATED_IN", "Town:径河街道") in edges
    assert "关于我们" not in normalise("正文。\n关于我们|网站地图|网站帮助|版权声明\n")
    footer = "主办单位:天津市北辰区人民政府  版权所有  承办:天津市北辰区人民政府办公室"
    assert "\t" not in normalise("正文。\n" + footer)


def test_an_outlines_year_in_either_numerals_and_a_zones_level_inside_its_name_make_one_node() -> None:
    outline = "天津市西青区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    nodes, edges = extract_graph([
        document_from_text(outline + "（节选）\n\n天津市西青区人民政府\n\n第一章 发展基础\n\n"
                           "实施天津市西青区国民经济和社会发展第十四个五年规划和2035年远景目标纲要。\n", doc_id="a"),
        document_from_text("东西湖区2022年政府工作报告\n\n为加快建设武汉临空港国家级经济技术开发区而努力奋斗！"
                           "武汉临空港经济技术开发区新增企业120家。\n", doc_id="b")])
    by_id = {n.id: n for n in nodes}
    assert "天津市西青区国民经济和社会发展第十四个五年规划和2035年远景目标纲要" in by_id[f"Policy:{outline}"].aliases
    assert ("Document:a", "CITES", f"Policy:{outline}") not in {(e.source, e.type.value, e.target) for e in edges}
    assert "武汉临空港国家级经济技术开发区" in by_id["Park:武汉临空港经济技术开发区"].aliases
    assert "Park:武汉临空港国家级经济技术开发区" not in by_id
