"""Rules of the thirty-seventh session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import names_of, pairs_of, series_graph, stages_of

# -- persons and offices ----------------------------------------------------------------------------------------------


def test_a_title_serving_as_joint_leader_names_no_person() -> None:
    """由区委书记、区长任双组长: the titles serve as the group's joint leaders (任双 had been a person holding both)."""
    nodes, _ = series_graph("关于成立领导小组的通知\n来源：蜀山区人民政府办公室 2021-05-10\n成立蜀山区重点产业链链长制工作领导小组，"
                            "由区委书记、区长任双组长，区委副书记任第一副组长。副区长张明任常务副组长。\n")
    assert names_of(nodes, "Person") == {"张明"}, names_of(nodes, "Person")


def test_a_party_department_written_bare_after_its_standing_members_title() -> None:
    """区委常委、宣传部部长赵敏: the head of the district's 区委宣传部 (the office had been lost: 部长 needs its body)."""
    nodes, edges = series_graph("链长制工作方案\n来源：蜀山区人民政府办公室 2021-05-10\n区委常委、宣传部部长赵敏，区委常委、组织部部长"
                                "李俊参加会议。\n")
    offices = pairs_of(edges, "HOLDS_OFFICE")
    assert ("Person:赵敏", "Organization:蜀山区委宣传部") in offices, offices
    assert ("Person:李俊", "Organization:蜀山区委组织部") in offices, offices
    assert "Organization:宣传部" not in nodes


# -- names ------------------------------------------------------------------------------------------------------------


def test_a_universitys_affiliated_hospital_is_an_organization() -> None:
    """联合安徽医科大学第二附属医院开展义诊: an institution (it had been a weak Project, 医院 being a works' suffix); a
    hospital's new campus stays works."""
    nodes, _ = series_graph("街道工作总结\n来源：笔架山街道办事处 2025-12-26\n联合安徽医科大学第二附属医院开展义诊活动12场。"
                            "蜀山区中心医院新院区项目开工建设。\n")
    assert "Organization:安徽医科大学第二附属医院" in nodes and "Project:安徽医科大学第二附属医院" not in nodes
    assert "Project:蜀山区中心医院新院区" in nodes, names_of(nodes, "Project")


def test_a_bare_project_after_a_conjunction_ends_no_name() -> None:
    """确保配套的汶水路西延工程与项目同步建成: the road's works, then the projects in general (the name had run on to
    汶水路西延工程与项目)."""
    nodes, _ = series_graph("调研新闻\n来源：蜀山区融媒体中心 2023-03-09\n要求加快推进南岗镇桃花村地块征迁收尾，确保配套的汶水路西延工程与"
                            "项目同步建成。\n")
    assert "汶水路西延工程" in names_of(nodes, "Project"), names_of(nodes, "Project")
    assert "汶水路西延工程与项目" not in names_of(nodes, "Project")


def test_roads_written_as_an_address_are_no_projects() -> None:
    """位于…湖光路与长江西路交口, 落户辖区湖光路: where a site is, no road being built (both roads had been Projects
    located in the park; 辖区湖光路 a signed one)."""
    nodes, _ = series_graph("链长制工作方案\n来源：蜀山区人民政府办公室 2021-05-10\n一期项目总投资12.5亿元，位于蜀山经济开发区湖光路与"
                            "长江西路交口。协助企业将华东区域总部落户辖区湖光路。加快建设方兴大道西延工程。\n")
    assert names_of(nodes, "Project") == {"方兴大道西延工程"}, names_of(nodes, "Project")


def test_a_firms_kind_and_area_written_before_its_name() -> None:
    """辖区企业合肥星河数字科技有限公司, 村属企业江苏长江润发集团有限公司, 园区内锦鸿新能源、东丽纤维等企业: the firms' names open
    after the words saying what and where they are (辖区企业…, 村属企业… and 园区内锦鸿新能源 had been firms of their own)."""
    nodes, _ = series_graph("街道工作总结\n来源：笔架山街道办事处 2025-12-26\n辖区企业合肥星河数字科技有限公司在科创中心设立动漫研发"
                            "工作室。南通高新区聚焦新能源产业，园区内锦鸿新能源、东丽纤维等企业加快扩产。长江村村属企业江苏长江润发集团"
                            "有限公司加快发展。\n")
    assert {"合肥星河数字科技有限公司", "锦鸿新能源", "东丽纤维", "江苏长江润发集团有限公司"} <= names_of(nodes, "Enterprise"), \
        names_of(nodes, "Enterprise")
    assert not {n for n in names_of(nodes, "Enterprise") if n.startswith(("辖区", "园区", "企业", "村属"))}


# -- chains -----------------------------------------------------------------------------------------------------------


def test_a_verb_or_an_area_before_a_chain_is_no_part_of_it() -> None:
    """紧扣节能环保、新一代信息技术两条重点产业链; 汇报了园区节能环保产业集聚发展情况: the chain is 节能环保 (紧扣节能环保 and
    园区节能环保 had been chains of their own)."""
    nodes, _ = series_graph("街道工作总结\n来源：笔架山街道办事处 2025-12-26\n紧扣节能环保、新一代信息技术两条重点产业链，开展以商招商。"
                            "经开区管委会主任吴国庆汇报了园区节能环保产业集聚发展情况。\n")
    assert names_of(nodes, "IndustryChain") == {"节能环保", "新一代信息技术"}, names_of(nodes, "IndustryChain")


# -- policies ---------------------------------------------------------------------------------------------------------


def test_a_run_of_quoted_mechanisms_names_each() -> None:
    """深入开展“林长制”“河长制”工作: two mechanisms (河长制, the run's last, had been lost before 工作)."""
    nodes, _ = series_graph("街道工作总结\n来源：笔架山街道办事处 2025-12-26\n深入开展“林长制”“河长制”工作。\n")
    assert {"林长制", "河长制"} <= names_of(nodes, "Policy"), names_of(nodes, "Policy")


# -- stages -----------------------------------------------------------------------------------------------------------


def test_a_progress_column_headed_with_its_period() -> None:
    """A key-project table's 一季度形象进度 or 2025年进展 column: its cells stage the rows (the column had been read as no
    stage column, its header not one of the vocabulary's words)."""
    stages = stages_of("2023年重点项目一季度推进情况的通报\n来源：通州区发展和改革委员会 发布日期：2023-04-21\n"
                       "序号\t项目名称\t建设单位\t一季度形象进度\n1\t锦绣家纺智慧工厂技术改造项目\t江苏锦绣家纺集团有限公司\t已竣工投产\n"
                       "2\t海通智能高端数控机床产业园二期\t江苏海通智能装备股份有限公司\t3月18日开工，桩基施工\n")
    assert stages.get("锦绣家纺智慧工厂技术改造项目") == "in_operation", stages
    assert stages.get("海通智能高端数控机床产业园二期") == "under_construction", stages


def test_a_paper_step_completed_completes_no_project() -> None:
    """北沿江高铁通州段完成选线论证 (and 完成初步设计, 完成施工图设计): a step on paper, no completed line."""
    stages = stages_of("通州区政府工作报告\n来源：通州区人民政府办公室 发布日期：2021-01-18\n北沿江高铁通州段完成选线论证，"
                       "通州湾疏港铁路完成初步设计。\n")
    assert "completed" not in stages.values(), stages


# -- indicators -------------------------------------------------------------------------------------------------------


def _targets(text: str) -> dict[str, dict]:
    """The SETS_TARGET properties of ``text``'s graph, by indicator."""
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {e.target.removeprefix("Indicator:"): e.properties for e in edges if e.type.value == "SETS_TARGET"}


def test_a_cited_titles_years_date_no_value() -> None:
    """深入实施《…三年行动计划（2024—2026年）》，一季度全市实现地区生产总值716.5亿元 in a 2025 news item: 2025's value (it had
    been dated 2026, the title's last year)."""
    gdp = _targets("常熟新能源汽车产业集群再添力量\n来源：常熟日报 2025-04-22\n今年以来，常熟深入实施《常熟市推进新能源汽车产业"
                   "高质量发展三年行动计划（2024—2026年）》，一季度全市实现地区生产总值716.5亿元，同比增长6.1%。\n")["地区生产总值"]
    assert (gdp.get("baseline"), gdp.get("baseline_year")) == ("716.5", 2025), gdp


# -- documents --------------------------------------------------------------------------------------------------------


def test_a_reports_occasion_line_with_its_speaker() -> None:
    """——2023年1月10日在…会议上 常熟市发展和改革委员会主任 沈建华 (the line's spaces gone): the report's date and its
    publisher (the document had been dated by its title's year, 2022, with no publisher)."""
    document = document_from_text("关于常熟市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n——2023年1月10日在常熟市"
                                  "第十七届人民代表大会第三次会议上　常熟市发展和改革委员会主任　沈建华\n各位代表：\n现将报告如下。\n",
                                  doc_id="t")
    assert (document.date, document.publisher) == ("2023-01-10", "常熟市发展和改革委员会"), (document.date, document.publisher)


def test_a_body_and_a_date_on_the_line_under_the_title() -> None:
    """丽水市莲都区农业农村局　2023年12月20日 and a bulletin's 统计局 国家统计局…调查队 2025年3月28日: the publishers and the
    date (the line had been read as the body's first heading, the document dated by its title's year)."""
    report = document_from_text("莲都区2023年乡村振兴工作报告\n丽水市莲都区农业农村局　2023年12月20日\n一、主要成效\n全年…。\n",
                                doc_id="t")
    assert (report.date, report.publisher) == ("2023-12-20", "丽水市莲都区农业农村局"), (report.date, report.publisher)
    assert report.sections[0].path == ("一、主要成效",), report.sections[0].path
    nodes, edges = series_graph("武汉市蔡甸区2024年国民经济和社会发展统计公报\n武汉市蔡甸区统计局 国家统计局蔡甸调查队 2025年3月28日"
                                "\n一、综合\n全年…。\n")
    assert {("Document:t", "Organization:武汉市蔡甸区统计局"), ("Document:t", "Organization:国家统计局蔡甸调查队")} \
        <= pairs_of(edges, "ISSUED_BY"), pairs_of(edges, "ISSUED_BY")


def test_a_zhejiang_surname() -> None:
    """市政协主席楼春燕: 楼 is a surname (the person had been missed)."""
    nodes, _ = series_graph("义乌市政府工作报告\n来源：义乌市人民政府办公室 发布日期：2021-03-02\n市政协主席楼春燕出席会议。\n")
    assert "Person:楼春燕" in nodes, names_of(nodes, "Person")


def test_a_countys_short_form_far_from_its_city_is_no_place() -> None:
    """保税区形成了江海联运… and “江海联运枢纽…” in a 张家港市 text: 江海 is the river and the sea, no 江海区 of 江门市 (its
    city and province never named; the short form written twice had made it a county the text is about)."""
    nodes, _ = series_graph("张家港保税区概况\n来源：张家港保税区管理委员会 发布日期：2021-07-16\n张家港保税区位于张家港市。保税区形成了"
                            "江海联运、江海河中转的综合枢纽功能。要牢牢把握“江海联运枢纽、化工新材料基地”两大定位。\n")
    assert "Region:江海区" not in nodes, names_of(nodes, "Region")


# -- relations --------------------------------------------------------------------------------------------------------


def test_the_body_a_firm_signs_with_builds_nothing() -> None:
    """南通恒科半导体材料有限公司与兴仁镇人民政府签订协议，投资28亿元建设Y: the firm builds Y, the town's government hosts it (the
    government had been Y's developer, the firm none)."""
    _, edges = series_graph("集中签约\n来源：通州日报 2025-03-28\n南通恒科半导体材料有限公司与兴仁镇人民政府签订协议，投资28亿元建设"
                            "8英寸碳化硅衬底及外延片项目。\n")
    assert pairs_of(edges, "DEVELOPS") == {("Enterprise:南通恒科半导体材料有限公司", "Project:8英寸碳化硅衬底及外延片项目")}, \
        pairs_of(edges, "DEVELOPS")


def test_a_firm_investing_in_a_place_builds_there() -> None:
    """A计划在常福新城投资35亿元，建设Y; B在永安街道投资12亿元建设Z; 玉贤街道引进C，投资6.5亿元建设W: the works are in the
    place and the firms build them (only the investors had been located in the places, and A and C built nothing)."""
    _, edges = series_graph("招商引资签约\n来源：蔡甸融媒 发布日期：2023-06-20\n武汉华曜新能源科技有限公司计划在常福新城投资35亿元，建设"
                            "年产10GWh动力电池PACK及储能系统项目。华新水泥股份有限公司在永安街道投资12亿元建设华新蔡甸绿色建材产业园。"
                            "玉贤街道引进武汉智睿都市工业有限公司，投资6.5亿元建设玉贤都市工业园。\n")
    located = pairs_of(edges, "LOCATED_IN")
    assert {("Project:年产10GWh动力电池PACK及储能系统项目", "Park:常福新城"),
            ("Park:华新蔡甸绿色建材产业园", "Town:永安街道")} <= located, located
    assert {("Enterprise:武汉华曜新能源科技有限公司", "Project:年产10GWh动力电池PACK及储能系统项目"),
            ("Enterprise:武汉智睿都市工业有限公司", "Park:玉贤都市工业园")} <= pairs_of(edges, "DEVELOPS"), pairs_of(edges, "DEVELOPS")


def test_the_whole_years_goal_after_a_period_named() -> None:
    """扎实做好“十四五”规划收官和“十五五”规划编制工作，确保完成全年地区生产总值增长6%左右 in a July 2025 text: 2025's goal, not
    2030's (the period named before 全年 had dated it)."""
    gdp = _targets("福山区上半年经济运行情况\n来源：福山区统计局 发布日期：2025-07-20\n下一步，全区要扎实做好“十四五”规划收官和“十五五”"
                   "规划编制工作，确保完成全年地区生产总值增长6%左右的目标。\n")["地区生产总值"]
    assert gdp.get("target_year") == 2025, gdp


def test_a_news_subheads_chain_stays_with_its_event() -> None:
    """【集中开工】海通智能三期开工 高端装备集群再扩容, then a vaccine plant and a 预制菜 park: the subhead tells one item's start,
    not the chain of what follows it (both had been put in 高端装备)."""
    _, edges = series_graph("通州区一季度重大项目集中签约暨开竣工活动举行\n来源：通州日报 2025-03-28\n【集中开工】海通智能三期开工 "
                            "高端装备集群再扩容\n同时开工的还有南通盛瑞生物医药有限公司疫苗产业化二期、刘桥镇预制菜产业园等项目。\n")
    chained = {s for s, t in pairs_of(edges, "IN_CHAIN") if t == "IndustryChain:高端装备"}
    assert not {s for s in chained if "疫苗" in s or "预制菜" in s}, chained


def test_a_paragraph_of_other_news_under_a_chains_title() -> None:
    """另悉，位于东南街道的常熟市第一人民医院东南分院…，昆承湖科创中心二期主体工程已经封顶 under a 新能源汽车 title: other news,
    none of it in the title's chain (the hospital and the science centre had been)."""
    _, edges = series_graph("虞悦新能源二期项目竣工投产 常熟新能源汽车产业链再添力量\n来源：常熟日报 2025-04-22\n江苏虞悦新能源汽车有限公司"
                            "年产10万辆新能源乘用车二期项目竣工投产。\n另悉，昆承湖科创中心二期主体工程已经封顶，204国道常熟段改扩建工程"
                            "预计年内建成通车。\n")
    chained = {s for s, t in pairs_of(edges, "IN_CHAIN")}
    assert not {s for s in chained if "昆承湖" in s or "204国道" in s}, chained


def test_a_places_phase_is_no_firms() -> None:
    """碧湖区块二期, 古堰画乡二期提升工程: an area's and a scenic place's works, no firm 碧湖区块 or 古堰画乡 building them; 一期征迁完成
    (land cleared) completes no works."""
    nodes, edges = series_graph("莲都区乡村振兴工作报告\n来源：莲都区人民政府 2023-12-20\n加快推进碧湖区块二期建设，古堰画乡二期提升工程"
                                "开工，双江湖区块一期征迁完成。\n")
    assert not names_of(nodes, "Enterprise") and not pairs_of(edges, "DEVELOPS"), names_of(nodes, "Enterprise")
    assert stages_of("莲都区乡村振兴工作报告\n来源：莲都区人民政府 2023-12-20\n双江湖区块一期征迁完成。\n").get("双江湖区块一期") \
        != "completed"


def test_a_shanghai_firm_is_not_read_as_a_haidian_one() -> None:
    """支持上海淀湖新材料科技股份有限公司…: the firm opens with 上海 (the segmenter's 上|海淀 had cut it to 海淀湖…)."""
    nodes, _ = series_graph("青浦区示范区建设规划\n来源：上海市青浦区发展和改革委员会 2021-03-01\n支持上海淀湖新材料科技股份有限公司建设研发"
                            "中心。上海淀源北斗导航技术有限公司作为链主企业，牵头组建产业联盟。\n")
    assert {"上海淀湖新材料科技股份有限公司", "上海淀源北斗导航技术有限公司"} <= names_of(nodes, "Enterprise"), \
        names_of(nodes, "Enterprise")
    assert not {n for n in names_of(nodes, "Enterprise") if n.startswith("海淀")}


def test_a_reports_closing_words_and_a_parks_distances_name_nothing() -> None:
    """虚心听取市政协的意见, 园区距沪通铁路常熟站约15公里, 11个项目列入苏州市级重点项目: the city's 政协, a station, and a class of
    projects (虚心听取市政协, 园区距沪通铁路常熟站 and 苏州市级重点项目 had been names)."""
    nodes, _ = series_graph("常熟市计划执行情况的报告\n来源：常熟市发展和改革委员会 2023-01-10\n自觉接受市人大的监督，虚心听取市政协的意见"
                            "和建议。园区距沪通铁路常熟站约15公里。丰田研发中心三期等11个项目列入苏州市级重点项目。\n")
    assert "Organization:常熟市政协" in nodes and not {n for n in nodes if "听取" in n}, list(nodes)
    assert names_of(nodes, "Project") == {"丰田研发中心三期", "沪通铁路常熟站"}, names_of(nodes, "Project")


def test_vehicles_and_their_core_parts_and_the_third_generation_of_semiconductors() -> None:
    """汽车及核心零部件产业链 is one chain (零部件 had been its chain), and 第三代半导体产业链 one of its own (半导体 had been)."""
    nodes, _ = series_graph("常熟高新区概况\n来源：常熟高新技术产业开发区管理委员会 2021-06-18\n虞悦汽车作为汽车及核心零部件产业链的链主企业，"
                            "带动配套企业集聚。通州区加快培育第三代半导体产业链。\n")
    assert {"汽车及核心零部件", "第三代半导体"} <= names_of(nodes, "IndustryChain"), names_of(nodes, "IndustryChain")
    assert not {"零部件", "半导体"} & names_of(nodes, "IndustryChain")


# -- the eighth series' second round ----------------------------------------------------------------------------------


def test_a_list_of_communities() -> None:
    """在清溪社区、湖光社区、笔架山社区、金桂社区推行…: four communities, the villages of a 街道 (none had been found; 在 and a
    kind of community such as 未来社区 open or make none)."""
    nodes, _ = series_graph("笔架山街道2025年工作总结\n来源：笔架山街道办事处 发布日期：2025-12-26\n在清溪社区、湖光社区、笔架山社区、"
                            "金桂社区推行“网格+楼栋长”工作模式。推进未来社区、完整社区建设。\n")
    assert names_of(nodes, "Village") == {"清溪社区", "湖光社区", "笔架山社区", "金桂社区"}, names_of(nodes, "Village")


def test_a_chain_resting_on_its_leader_and_a_chain_opening_the_sentence() -> None:
    """处州白莲产业链以浙江莲城白莲股份有限公司为链主企业 (a chain the dictionary does not know, after a mark) and 半导体产业是…
    标志性产业链，E作为链主企业: each firm leads its chain (the first had no chain, the second no role)."""
    _, edges = series_graph("莲都区乡村振兴工作报告\n来源：莲都区农业农村局 2023-12-20\n其中，处州白莲产业链以浙江莲城白莲股份有限公司为"
                            "链主企业，带动老竹畲族镇发展。半导体产业是全市重点培育的标志性产业链，浙江晶芯半导体科技有限公司作为链主企业，"
                            "要发挥好龙头带动作用。\n")
    assert {("Enterprise:浙江莲城白莲股份有限公司", "IndustryChain:处州白莲"),
            ("Enterprise:浙江晶芯半导体科技有限公司", "IndustryChain:半导体")} <= pairs_of(edges, "IN_CHAIN")
    _, all_edges = extract_graph([document_from_text(
        "莲都区乡村振兴工作报告\n来源：莲都区农业农村局 2023-12-20\n半导体产业是全市重点培育的标志性产业链，浙江晶芯半导体科技有限公司"
        "作为链主企业，要发挥好龙头带动作用。\n", doc_id="t")])
    assert [e.properties.get("role") for e in all_edges if e.type.value == "IN_CHAIN"] == ["链主"]


def test_a_chain_tables_leaders_column() -> None:
    """A 链长制 table's 链主企业 column: its firms lead the row's chain (role 链主, which had been left out), and the project
    table's header right after it ends it (序号 项目名称 … had been read as one of its rows)."""
    text = ("关于印发《蜀山区重点产业链“链长制”工作方案》的通知\n来源：蜀山区人民政府办公室 2021-06-18\n"
            "序号\t产业链\t链长\t链主企业\t主要承载区域\n1\t节能环保\t区长刘晓明\t合肥蓝盾环境科技股份有限公司\t蜀山经济开发区\n"
            "序号\t项目名称\t建设单位\t建设地点\t总投资（亿元）\n1\t蓝盾环境智能环保装备产业园一期\t合肥蓝盾环境科技股份有限公司\t"
            "蜀山经济开发区\t12.5\n")
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    chained = {(e.source, e.target): e.properties.get("role") for e in edges if e.type.value == "IN_CHAIN"}
    assert chained.get(("Enterprise:合肥蓝盾环境科技股份有限公司", "IndustryChain:节能环保")) == "链主", chained
    assert not [t for _, t in chained if t == "IndustryChain:项目名称"], chained


def test_a_metro_lines_western_extension_and_a_new_science_district() -> None:
    """轨道交通17号线西延伸 (the segmenter's 线西|延伸) is works of their own, as 北延伸 is; 双江湖科教新区 is a park (the first
    had been found only in a table, the second never)."""
    nodes, _ = series_graph("青浦区新闻发布会\n来源：青浦区人民政府新闻办公室 2023-11-01\n轨道交通17号线西延伸于今年6月开工建设。"
                            "启动双江湖科教新区开发建设。\n")
    assert "Project:轨道交通17号线西延伸" in nodes and "Park:双江湖科教新区" in nodes, list(nodes)


def test_a_year_end_summarys_results_and_next_years_goals() -> None:
    """A December 2025 street summary's 全年完成税收收入28.6亿元…，完成年度目标的104%；全年新增城镇就业2150人: the year's results
    (they had been goals), beside next year's goals (力争明年税收收入突破30亿元)."""
    found = _targets("笔架山街道2025年工作总结\n来源：笔架山街道办事处 发布日期：2025-12-26\n全年完成税收收入28.6亿元，同比增长7.3%，"
                     "完成年度目标的104%；全年新增城镇就业2150人。力争明年税收收入突破30亿元。\n")
    assert (found["新增城镇就业"].get("baseline"), found["新增城镇就业"].get("baseline_year")) == ("2150", 2025), found
    tax = found["税收收入"]
    assert (tax.get("baseline"), tax.get("target_value"), tax.get("target_year")) == ("28.6", "30", 2026), tax


def test_a_summary_of_the_year_before() -> None:
    """碧湖镇2021年工作总结和2022年工作思路, published in January 2022: its values naming no year are 2021's results (they had
    been 2022's goals); a goal's words (确保全年…) keep a value the year ahead's."""
    found = _targets("碧湖镇2021年工作总结和2022年工作思路\n来源：碧湖镇人民政府 发布日期：2022-01-12\n一年来，全镇经济社会保持稳中有进"
                     "的良好态势。全年完成固定资产投资18.6亿元，同比增长21.3%。确保全年实现地区生产总值增长6%。\n")
    assert (found["固定资产投资"].get("baseline"), found["固定资产投资"].get("baseline_year")) == ("18.6", 2021), found
    assert found["地区生产总值"].get("target_year") == 2022, found


def test_a_task_headings_verb_and_a_clauses_verb_open_no_park() -> None:
    """二、做强西虹桥商务区 (the segmenter's 做|强西) and …与元荡生态岸线共同构成示范区“蓝色珠链”: the park 西虹桥商务区, and no
    park 元荡生态岸线共同构成示范区 (both had been parks)."""
    nodes, _ = series_graph("青浦区规划\n来源：上海市青浦区发展和改革委员会 2021-03-12\n二、做强西虹桥商务区\n加快西虹桥商务区建设。\n"
                            "淀山湖岸线生态修复二期工程将修复岸线6.2公里，与元荡生态岸线共同构成示范区“蓝色珠链”的重要组成部分。\n")
    assert names_of(nodes, "Park") == {"西虹桥商务区"}, names_of(nodes, "Park")


def test_an_ethnic_township_written_without_its_people() -> None:
    """老竹镇 and 丽新乡 in a 莲都区 text: the gazetteer's 老竹畲族镇 and 丽新畲族乡 (they had been missed)."""
    nodes, _ = series_graph("莲都区乡村振兴工作报告\n来源：丽水市莲都区农业农村局 2023-12-20\n莲都区老竹镇建设白莲基地，丽新乡发展茶叶。\n")
    assert {"老竹畲族镇", "丽新畲族乡"} <= names_of(nodes, "Town"), names_of(nodes, "Town")


def test_a_foreign_invested_firms_name_after_a_glued_preposition() -> None:
    """由晓星(张家港)碳纤维有限公司投资建设 (the segmenter's 由晓星): the whole registered name (碳纤维有限公司 had been a firm
    building the project)."""
    nodes, _ = series_graph("张家港市集中签约\n来源：张家港日报 发布日期：2025-03-06\n晓星碳纤维增资扩产项目由晓星(张家港)碳纤维有限公司"
                            "投资建设。\n")
    assert "晓星(张家港)碳纤维有限公司" in names_of(nodes, "Enterprise"), names_of(nodes, "Enterprise")
    assert "碳纤维有限公司" not in names_of(nodes, "Enterprise")


def test_a_short_form_declared_by_a_run_in_sentence() -> None:
    """江苏扬子江国际化学工业园。简称扬子江化工园，是…: the park's short form, and a 化工园 a park's name (the later 扬子江化工园
    had been no mention)."""
    nodes, _ = series_graph("张家港保税区概况\n来源：张家港保税区管理委员会 发布日期：2021-07-16\n(二)江苏扬子江国际化学工业园。简称"
                            "扬子江化工园，是江苏省首批认定的化工园区。江苏瑞澄新材料有限公司与扬子江化工园签订补充协议。\n")
    park = nodes["Park:江苏扬子江国际化学工业园"]
    assert "扬子江化工园" in park.aliases and "Park:扬子江化工园" not in nodes, names_of(nodes, "Park")


def test_a_thing_located_in_a_list_of_towns() -> None:
    """九真山风景区位于索河街道、玉贤街道境内; 汉蔡高速蔡甸段位于蔡甸街道和奓山街道; …，位于蔡甸区大集街道、奓山街道境内: each
    town holds it (only the first had)."""
    _, edges = series_graph("蔡甸区规划\n来源：蔡甸区人民政府 发布日期：2021-04-16\n九真山风景区位于索河街道、玉贤街道境内，是国家4A级旅游景区。"
                            "汉蔡高速蔡甸段位于蔡甸街道和奓山街道。中法武汉生态示范城规划面积39平方公里，位于蔡甸区大集街道、奓山街道境内。\n")
    assert {("Project:九真山风景区", "Town:玉贤街道"), ("Project:汉蔡高速蔡甸段", "Town:奓山街道")} <= pairs_of(edges, "LOCATED_IN")
    assert {t for s, t in pairs_of(edges, "LOCATED_IN") if "中法" in s} == {"Town:大集街道", "Town:奓山街道"}


def test_a_governments_press_office_written_short() -> None:
    """青浦区人民政府新闻办公室举行新闻发布会…由区政府新闻办主任陆一鸣主持: one office (青浦区政府新闻办 had been a second)."""
    nodes, edges = series_graph("青浦区新闻发布会\n来源：青浦区融媒体中心 发布日期：2023-11-01\n10月31日下午，青浦区人民政府新闻办公室举行"
                                "新闻发布会。发布会由区政府新闻办主任陆一鸣主持。\n")
    assert "Organization:青浦区人民政府新闻办公室" in nodes and "Organization:青浦区政府新闻办" not in nodes, list(nodes)
    assert ("Person:陆一鸣", "Organization:青浦区人民政府新闻办公室") in pairs_of(edges, "HOLDS_OFFICE")
