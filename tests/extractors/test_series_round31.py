"""Rules of the thirty-first session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import names_of, series_graph, stages_of


def test_planning_before_natural_resources_is_inside_the_bodys_name() -> None:
    """区规划自然资源分局 (规划 with no 和): 规划 is a stop word before a name, not inside this body's."""
    nodes, _ = series_graph("北京市大兴区工程建设项目审批改革\n\n区规划自然资源分局负责用地审批。北京市规划自然资源委员会印发通知。"
                            "天津市规划和自然资源局北辰分局批复方案。\n")
    organizations = names_of(nodes, "Organization")
    assert {"大兴区规划自然资源分局", "北京市规划自然资源委员会", "天津市规划和自然资源局北辰分局"} <= organizations, organizations
    assert "自然资源分局" not in organizations and "大兴区自然资源分局" not in organizations, organizations


def test_modern_after_a_city_is_inside_a_park_name() -> None:
    """成都现代交通产业功能区, 天津现代服务业集聚区: 现代 after the city opens no name; after a verb it still stops one."""
    nodes, _ = series_graph("成都市新都区产业功能区建设\n\n成都现代交通产业功能区建设加快推进。推进天津现代服务业集聚区发展。"
                            "积极建设现代农业产业园。\n")
    parks = names_of(nodes, "Park")
    assert {"成都现代交通产业功能区", "天津现代服务业集聚区"} <= parks, parks
    assert not [name for name in parks if name.startswith("建设")], parks


def test_a_bureau_written_in_short_joins_its_full_name_under_the_city() -> None:
    """区科委 beside 北京市大兴区科学技术委员会, 北辰区文旅局 beside 天津市北辰区文化和旅游局: one body each (a core of two
    characters left after the district, 科委, is read too)."""
    daxing = names_of(series_graph("大兴区科技创新工作\n\n北京市大兴区科学技术委员会召开会议。区科委负责项目申报。\n")[0],
                      "Organization")
    assert "北京市大兴区科学技术委员会" in daxing and "大兴区科委" not in daxing, daxing
    beichen = names_of(series_graph("北辰区文化旅游工作\n\n天津市北辰区文化和旅游局、北辰区文旅局联合举办活动。\n")[0],
                       "Organization")
    assert "天津市北辰区文化和旅游局" in beichen and "北辰区文旅局" not in beichen, beichen


def test_a_byline_on_the_source_line_is_no_part_of_the_publisher() -> None:
    """来源：长江日报 记者 王晓丹 通讯员 张一鸣 (the spaces are gone in ingest): the paper publishes; the reporters are
    persons, not part of an Organization's name."""
    nodes, edges = series_graph("东西湖区重大项目集中开工\n\n来源：长江日报 记者 王晓丹 通讯员 张一鸣　2025-04-18 09:32\n\n"
                                "4月17日，东西湖区举行重大项目集中开工活动。\n")
    assert names_of(nodes, "Organization") == {"长江日报"}
    assert {"王晓丹", "张一鸣"} <= names_of(nodes, "Person")
    assert [target for _, kind, target in edges if kind == "ISSUED_BY"] == ["Organization:长江日报"]


def test_a_governments_portal_on_the_source_line_is_the_government() -> None:
    """来源：无锡市惠山区人民政府门户网站: the website is no Organization; the government publishes."""
    nodes, edges = series_graph("惠山区政府工作报告（摘要）\n\n来源：无锡市惠山区人民政府门户网站 发布时间：2021-01-22\n\n"
                                "过去一年，惠山区全区上下攻坚克难。\n")
    assert names_of(nodes, "Organization") == {"无锡市惠山区人民政府"}
    assert {target for _, kind, target in edges if kind == "ISSUED_BY"} == {"Organization:无锡市惠山区人民政府"}


def test_a_verb_or_time_word_before_a_measure_is_no_part_of_its_name() -> None:
    """全区确定地区生产总值增长6%, 科技城内已集聚规模以上工业企业486家, 目前月产能…: the measure is named without them,
    so the year's target joins 地区生产总值."""
    nodes, edges = series_graph("龙岗区调研宝龙科技城\n\n今年是“十四五”规划收官之年，全区确定地区生产总值增长6%、规上工业增加值增长7%的"
                                "目标任务。截至2024年底，科技城内已集聚规模以上工业企业486家。目前月产能稳定在4万片。"
                                "园区现有规模以上工业企业120家。\n")
    indicators = names_of(nodes, "Indicator")
    assert {"地区生产总值", "规模以上工业企业", "月产能", "规模以上工业增加值"} <= indicators, indicators
    assert not [name for name in indicators if name.startswith(("确定", "科技城", "目前", "现有"))], indicators


def test_a_universitys_campus_city_in_brackets_is_part_of_its_name() -> None:
    """香港中文大学（深圳） is another university than 香港中文大学; 支持X建设Y学院: 建设 after the university is the verb."""
    nodes, edges = series_graph("龙岗区科教合作\n\n龙岗区科技创新局与香港中文大学（深圳）签署合作协议。支持香港中文大学(深圳)建设理工学院。"
                                "哈尔滨工业大学（深圳）与龙岗区开展合作。\n")
    organizations = names_of(nodes, "Organization")
    assert {"香港中文大学(深圳)", "哈尔滨工业大学(深圳)"} <= organizations, organizations
    assert not {"香港中文大学", "哈尔滨工业大学"} & organizations, organizations
    assert not [name for name in organizations if "建设" in name], organizations
    assert ("Organization:香港中文大学(深圳)", "COOPERATES_WITH", "Organization:龙岗区科技创新局") in edges


def test_a_roads_or_a_valleys_phase_is_no_firms_works() -> None:
    """清平高速二期, 天安云谷二期: an expressway and a park's complex, no firm named 清平高速 or 天安云谷 (SMC二期 still is
    SMC's)."""
    nodes, edges = series_graph("龙岗区政府工作报告\n\n加快丹平快速路二期北延段、清平高速二期、坂澜大道改造工程等项目建设。"
                                "坂雪岗科技城加快建设，天安云谷二期主体竣工。推动SMC二期投产。\n")
    assert names_of(nodes, "Enterprise") == {"SMC"}
    assert {"清平高速二期", "天安云谷二期"} <= names_of(nodes, "Project")
    assert [pair for pair in edges if pair[1] == "DEVELOPS"] == [("Enterprise:SMC", "DEVELOPS", "Project:SMC二期")]


def test_together_with_before_a_district_firms_short_form_is_no_part_of_it() -> None:
    """街道联合区城投集团: 联合 (together with) before 区城投集团, not a firm's inner word (联合重工)."""
    nodes, _ = series_graph("龙岗区城市更新\n\n深圳市龙岗区城市建设投资集团有限公司（以下简称“区城投集团”）负责建设。"
                            "街道联合区城投集团在岗头社区改造提升旧工业区12个。\n")
    assert names_of(nodes, "Enterprise") == {"深圳市龙岗区城市建设投资集团有限公司"}


def test_an_end_urged_on_for_a_counted_list_of_projects_is_no_end_reached() -> None:
    """推动A、B等25个项目竣工投产 (a work report's tasks): the works are under way, as 推动A、B等项目竣工投产 was."""
    stages = stages_of("惠山区政府工作报告\n\n三、2021年重点工作\n\n推动康宁达生物单抗药物二期、锡华轨交装备产业园一期等25个项目"
                     "竣工投产。推动惠山高铁新城综合体、洛社智能装备产业园一期等十个重点项目建成投产。\n")
    assert stages["康宁达生物单抗药物二期"] == stages["锡华轨交装备产业园一期"] == "under_construction", stages
    assert stages["洛社智能装备产业园一期"] == "under_construction", stages


def test_an_appendix_line_naming_projects_that_start_stages_the_table_under_it() -> None:
    """附：…集中开工重点项目（部分） above a project table: its rows start, as under a caption ending in 一览表."""
    stages = stages_of("龙岗区重大项目集中开工\n\n6月28日，龙岗区重大项目集中开工活动举行。\n"
                     "附：龙岗区2023年第二批集中开工重点项目（部分）\n序号\t项目名称\t建设单位\t建设地点\t总投资（亿元）\n"
                     "1\t恒擎汽车电子总部及研发中心\t深圳市恒擎汽车电子有限公司\t宝龙街道\t12.8\n"
                     "2\t大运新城综合交通枢纽工程\t深圳市龙岗区建筑工务署\t龙城街道\t16.3\n")
    assert stages["恒擎汽车电子总部及研发中心"] == stages["大运新城综合交通枢纽"] == "starting", stages


def test_a_public_works_bureau_builds_its_table_rows() -> None:
    """建设单位 深圳市龙岗区建筑工务署 (a public-works bureau) and 龙岗区规划土地监察局 are bodies; the bureau builds its rows."""
    nodes, edges = series_graph("龙岗区重大项目\n\n龙岗区规划土地监察局参加会议。\n序号\t项目名称\t建设单位\t建设地点\t总投资（亿元）\n"
                                "1\t大运新城综合交通枢纽工程\t深圳市龙岗区建筑工务署\t龙城街道\t16.3\n")
    assert {"深圳市龙岗区建筑工务署", "龙岗区规划土地监察局"} <= names_of(nodes, "Organization")
    assert ("Organization:深圳市龙岗区建筑工务署", "DEVELOPS", "Project:大运新城综合交通枢纽") in edges


def test_a_visited_projects_line_is_the_project() -> None:
    """察看了鑫源汽车零部件二期项目生产线: 了 glued to the name (了鑫源) is the verb's, and the line is the project's (its stage
    and place go to 鑫源汽车零部件二期)."""
    nodes, edges = series_graph("东西湖区领导调研\n\n在走马岭汽车零部件产业园，黄志坚察看了鑫源汽车零部件二期项目生产线。"
                                "该项目去年10月竣工投产。\n")
    assert names_of(nodes, "Project") == {"鑫源汽车零部件二期"}
    assert ("Project:鑫源汽车零部件二期", "LOCATED_IN", "Park:走马岭汽车零部件产业园") in edges


def test_a_milestone_completed_on_the_way_is_no_completion() -> None:
    """完成洞通, 完成封顶: a milestone of works still under way, not the works completed."""
    stages = stages_of("东西湖区重大项目进展\n\n轨道交通6号线二期完成洞通，计划年内通车试运营；吴家山站综合体完成封顶。\n")
    assert stages["轨道交通6号线二期"] == stages["吴家山站综合体"] == "under_construction", stages


def test_new_urban_jobs_and_a_fall_to_a_level_are_measures() -> None:
    """新增城镇就业 (城镇新增就业 written the other way round) and PM2.5年均浓度下降至39微克/立方米 set indicators."""
    nodes, _ = series_graph("东西湖区政府工作报告\n\n过去五年，累计新增城镇就业7.8万人。PM2.5年均浓度下降至39微克/立方米。\n")
    assert {"新增城镇就业", "PM2.5年均浓度"} <= names_of(nodes, "Indicator")


def test_a_past_periods_average_growth_is_not_the_years_growth() -> None:
    """2020年，…按可比价计算增长4.1%; “十三五”时期，…年均增长6.3%: the year's growth is 4.1 (the period's average had
    replaced it); “十四五”时期…年均增长6%左右 is a goal for 2025, though the paragraph opens with 2020年."""
    _, edges = extract_graph([document_from_text(
        "惠山区政府工作报告\n\n2020年，全年实现地区生产总值1203.6亿元，按可比价计算增长4.1%。“十三五”时期，全区地区生产总值"
        "年均增长6.3%。“十四五”时期，地区生产总值年均增长6%左右。\n", doc_id="t")])
    gdp = next(e.properties for e in edges if e.type.value == "SETS_TARGET" and e.target == "Indicator:地区生产总值")
    assert (gdp["growth"], gdp["growth_target"], gdp["growth_target_year"]) == ("4.1", "6左右", 2025), gdp


def test_a_park_opening_a_later_segment_is_in_no_town_of_the_segments_before() -> None:
    """…；钱桥街道与…签约…；无锡（惠山）生命科技产业园与…签约高端医疗器械华东总部项目: the park is another party, not in
    钱桥街道; the project it signs is still in the park."""
    nodes, edges = series_graph(
        "惠山区重大项目签约\n\n签约仪式上，惠山经济开发区管理委员会与上海翎翔航空科技有限公司签订投资协议；钱桥街道与无锡惠宇氢能"
        "科技有限公司签约惠宇氢能装备产业园二期；无锡（惠山）生命科技产业园与苏州瑞康医疗器械集团有限公司签约高端医疗器械华东"
        "总部项目。\n")
    assert ("Project:惠宇氢能装备产业园二期", "LOCATED_IN", "Town:钱桥街道") in edges
    assert ("Park:无锡(惠山)生命科技产业园", "LOCATED_IN", "Town:钱桥街道") not in edges
    assert ("Project:高端医疗器械华东总部项目", "LOCATED_IN", "Park:无锡(惠山)生命科技产业园") in edges


def test_a_firms_short_form_before_a_science_city_is_the_areas_name() -> None:
    """深圳市坂雪岗置业有限公司 is named after its area: 坂雪岗 before 科技城 in another document is the area, no mention of
    the firm (its alias 坂雪岗 had taken the area's mentions)."""
    nodes, edges = extract_graph([
        document_from_text("龙岗区重大项目\n\n序号\t项目名称\t建设单位\t建设地点\n"
                           "1\t雪象社区城市更新单元项目\t深圳市坂雪岗置业有限公司\t坂田街道\n", doc_id="a"),
        document_from_text("龙岗区工作报告\n\n支持华为发挥链主作用，带动上下游配套企业向坂雪岗科技城集聚。\n", doc_id="b")])
    firm = next(n for n in nodes if n.id == "Enterprise:深圳市坂雪岗置业有限公司")
    assert "坂雪岗" not in firm.aliases and firm.docs == ["a"], firm


def test_the_villages_listed_after_a_towns_first_village_are_in_that_town() -> None:
    """柏泉街道茅庙集村、水月庵村等村: 水月庵村 (no village the gazetteer lists) is in 柏泉街道 as 茅庙集村 is."""
    _, edges = series_graph("东西湖区乡村振兴\n\n带动柏泉街道茅庙集村、水月庵村等村集体年均增收30万元以上。\n")
    assert {("Village:茅庙集村", "PART_OF", "Town:柏泉街道"), ("Village:水月庵村", "PART_OF", "Town:柏泉街道")} <= edges


def test_more_district_bodies_and_a_speech_verb_before_a_base() -> None:
    """区住房和城市更新局 (更新局 is no 新局, a new situation), 区投资推广和企业服务中心, 区妇幼保健院 are bodies; 抢抓X建设机遇
    opens no name."""
    nodes, _ = series_graph("东西湖区调研\n\n东西湖区要抢抓国家网安基地建设机遇。区住房和城市更新局负责规划审批。"
                            "区妇幼保健院整体搬迁。区投资推广和企业服务中心参加。\n")
    assert {"东西湖区住房和城市更新局", "东西湖区妇幼保健院", "东西湖区投资推广和企业服务中心"} <= names_of(nodes, "Organization")
    assert not [nid for nid in nodes if "抢抓" in nid], sorted(nodes)


def test_category_rows_inside_an_indicator_table_keep_it_one_table() -> None:
    """一、经济发展 / 二、创新驱动 between the rows of a plan's indicator table are its categories, no headings: every
    row sets its indicator (the rows had been cut from their header; one had made Indicator [6])."""
    _, edges = extract_graph([document_from_text(
        "包河区“十四五”规划纲要\n\n表1 包河区“十四五”时期经济社会发展主要指标\n序号\t指标\t单位\t2020年\t2025年\t年均增长\t属性\n"
        "一、经济发展\n1\t地区生产总值\t亿元\t1142.6\t1650\t7.5%左右\t预期性\n"
        "2\t规模以上工业增加值\t亿元\t238.4\t350\t8%\t预期性\n二、民生福祉\n"
        "3\t城镇新增就业人数\t万人\t—\t[6]\t—\t预期性\n注：[ ]内为五年累计数。\n", doc_id="t")])
    targets = {e.target: e.properties for e in edges if e.type.value == "SETS_TARGET"}
    assert set(targets) == {"Indicator:地区生产总值", "Indicator:规模以上工业增加值", "Indicator:城镇新增就业人数"}, targets
    assert (targets["Indicator:地区生产总值"]["baseline"], targets["Indicator:地区生产总值"]["target_value"]) == ("1142.6", "1650")
    assert targets["Indicator:城镇新增就业人数"]["field"] == "二、民生福祉"


def test_a_city_leader_in_a_districts_news_is_the_districts_citys() -> None:
    """市委常委、副市长赵立群 in a 包河区 news item: 合肥市's, not 肥城市 (a Shandong city read inside 合肥城市规划展示馆)."""
    _, edges = series_graph("包河区智能网联汽车产业园开园\n\n来源：合肥日报 2025-05-01\n\n包河区举行开园仪式。市委常委、副市长赵立群，"
                            "区委书记叶国华出席活动。活动在合肥城市规划展示馆举行。\n")
    assert ("Person:赵立群", "HOLDS_OFFICE", "Region:合肥市") in edges
    assert not [edge for edge in edges if "肥城市" in edge[2]], edges


def test_a_leader_in_charge_of_projects_is_no_part_of_their_names() -> None:
    """区长陈晓东包抓X产业园、…；副区长赵敏包抓…: 包抓 (a leader in charge of projects) ends the person and opens the works."""
    nodes, _ = series_graph("长安区重点项目\n\n严格落实区级领导包抓重点项目制度，区长陈晓东包抓星河卫星互联网终端产业园、常宁宫沉浸式文旅街区等5个"
                            "项目；副区长赵敏包抓韦曲老城片区城市更新、长安区医院迁建等项目。\n")
    assert names_of(nodes, "Person") == {"陈晓东", "赵敏"}
    assert "星河卫星互联网终端产业园" in names_of(nodes, "Park")
    assert not [nid for nid in nodes if "包抓" in nid], sorted(nodes)


def test_a_national_base_written_in_short_after_its_committee_is_the_park() -> None:
    """西安国家民用航天产业基地管委会 names the base: 航天基地 is that Park (it had been Project 航天基地), and a table row
    placed in it is LOCATED_IN it."""
    nodes, edges = series_graph(
        "长安区重点项目\n\n签约仪式在西安国家民用航天产业基地管委会举行。航天基地作为国家级航天产业基地，已聚集航天企业200余家。\n"
        "序号\t项目名称\t建设单位\t建设地点\n1\t星河卫星终端产业园二期\t西安星河卫星科技有限公司\t航天基地\n")
    assert "西安国家民用航天产业基地" in names_of(nodes, "Park") and "航天基地" not in names_of(nodes, "Project")
    assert ("Project:星河卫星终端产业园二期", "LOCATED_IN", "Park:西安国家民用航天产业基地") in edges


def test_a_firm_investing_in_a_line_of_products_builds_that_project() -> None:
    """X公司投资12.6亿元建设液体火箭发动机精密零部件智能制造项目 (twelve characters before the facility word), …封装测试项目:
    the works a firm of the sentence builds, with DEVELOPS (no project had been found)."""
    _, edges = series_graph("长安区招商引资签约\n\n西安天工精密机械有限公司投资12.6亿元建设液体火箭发动机精密零部件智能制造项目，"
                            "达产后年产值30亿元。中科芯航（西安）半导体有限公司投资28亿元，在郭杜街道长安创新产业园建设第三代半导体"
                            "功率器件封装测试项目。\n")
    assert {("Enterprise:西安天工精密机械有限公司", "DEVELOPS", "Project:液体火箭发动机精密零部件智能制造项目"),
            ("Enterprise:中科芯航(西安)半导体有限公司", "DEVELOPS", "Project:第三代半导体功率器件封装测试项目")} <= edges


def test_registered_firms_short_forms_listed_as_projects_are_the_firms() -> None:
    """其中中科芯航、星河卫星等23个项目…: the items are the firms the text registers (ONTOLOGY rule 15), not Projects their
    firms develop."""
    nodes, edges = series_graph("长安区招商引资\n\n中科芯航（西安）半导体有限公司投资28亿元建设封装测试项目。西安星河卫星科技有限公司签约落户。"
                                "2020年以来，长安区累计签约招商项目76个，其中中科芯航、星河卫星等23个项目通过“以商招商”引进。\n")
    assert not {"中科芯航", "星河卫星"} & names_of(nodes, "Project"), names_of(nodes, "Project")
    assert "中科芯航" in nodes["Enterprise:中科芯航(西安)半导体有限公司"].aliases


def test_a_towns_projects_name_no_works_of_the_town() -> None:
    """航天基地、郭杜街道、韦曲街道项目推进较快: the projects in two towns, no Project 郭杜街道 or 韦曲街道."""
    nodes, _ = series_graph("长安区重点项目建设进展情况的通报\n\n郭杜街道、韦曲街道、子午街道加快推进项目建设。\n"
                            "从督查情况看，航天基地、郭杜街道、韦曲街道项目推进较快。\n")
    assert not [name for name in names_of(nodes, "Project") if name.endswith("街道")], names_of(nodes, "Project")


def test_a_goal_carries_over_to_the_next_clause_of_its_sentence() -> None:
    """X二期项目计划于2025年9月开工，2027年6月建成投产: both steps are goals (it had been in operation); …计划于2022年开工，
    已于2024年建成投产 tells a step taken."""
    stages = stages_of("章丘区环评公示\n\n百脉新能源二期项目计划于2025年9月开工，2027年6月建成投产，投产后可实现年销售收入40亿元。\n"
                     "明泉新材料一期项目计划于2022年开工，已于2024年3月建成投产。\n")
    assert stages.get("百脉新能源二期") is None, stages
    assert stages["明泉新材料一期"] == "in_operation", stages


def test_a_level_risen_from_and_a_sub_goal_under_a_goal_year() -> None:
    """本地配套率由2022年的18%提高到40%: the level it rises from is the baseline (the measure had been missed); 其中，… after
    到2025年，… shares its year (2023, the document's, had been given)."""
    _, edges = extract_graph([document_from_text(
        "章丘区产业链链长制工作方案\n\n发布日期：2023-03-01\n\n到2025年，全区重点产业链营业收入突破2200亿元。其中，新能源汽车及"
        "零部件产业链营业收入达到1000亿元，本地配套率由2022年的18%提高到40%。\n", doc_id="t")])
    targets = {e.target: e.properties for e in edges if e.type.value == "SETS_TARGET"}
    assert targets["Indicator:新能源汽车及零部件产业链营业收入"]["target_year"] == 2025, targets
    rate = targets["Indicator:本地配套率"]
    assert (rate["baseline"], rate["baseline_year"], rate["target_value"], rate["target_year"]) == ("18", 2022, "40", 2025)


def test_a_short_form_another_document_declares_names_the_firm() -> None:
    """智驰汽车, declared in a plan (以下简称“智驰汽车”), written alone in a later news item that registers the firm under
    two names (renamed): the firm, not a second Enterprise 智驰汽车 that the cooperation lands on (the firm is named as
    converted, 股份有限公司, since the thirty-sixth session)."""
    nodes, edges = extract_graph([
        document_from_text("包河区“十四五”规划\n\n以链主企业安徽智驰新能源汽车科技有限公司（以下简称“智驰汽车”）为龙头，"
                           "打造智能网联新能源汽车产业集群。\n", doc_id="a"),
        document_from_text("包河区智能网联汽车产业园开园\n\n2024年，安徽智驰新能源汽车科技有限公司完成股份制改造，更名为安徽智驰"
                           "新能源汽车科技股份有限公司。合肥云图数字科技股份有限公司与智驰汽车签署战略合作协议。"
                           "来自合肥工业大学的专家学者和智驰汽车、星驰动力、云图科技等企业负责人进行了交流。\n", doc_id="b")])
    ids = {n.id for n in nodes}
    assert "Enterprise:智驰汽车" not in ids, sorted(ids)
    assert any(e.type.value == "COOPERATES_WITH" and "Enterprise:安徽智驰新能源汽车科技股份有限公司" in (e.source, e.target)
               for e in edges)
    assert "Enterprise:安徽智驰新能源汽车科技有限公司" not in ids


def test_a_ceremony_held_at_a_projects_site_gives_it_no_stage() -> None:
    """…集中开工暨重点产业项目签约仪式在宝龙街道鹏芯微12英寸晶圆制造项目（二期）现场举行: the site is the venue; the
    ceremony's 签约 is no stage of it (it had been signed)."""
    stages = stages_of("龙岗区重大项目集中开工\n\n6月28日上午，龙岗区2023年第二批重大项目集中开工暨重点产业项目签约仪式在宝龙街道"
                       "鹏芯微12英寸晶圆制造项目（二期）现场举行。\n")
    assert not [stage for stage in stages.values() if stage], stages
