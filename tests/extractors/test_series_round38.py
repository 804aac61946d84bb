"""Rules of the thirty-eighth session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from tests.extractors.series_graphs import names_of, pairs_of, series_graph, stages_of

# -- names ------------------------------------------------------------------------------------------------------------


def test_a_numbered_items_title_describing_one_project_is_its_name() -> None:
    """1.港城氢能液氢储运装备基地项目(三期)。由…投资建设，总投资30亿元: the listed project's title is its name, however common
    its words (no word of 港城氢能液氢储运装备基地 is a proper one to the dictionary: no project had been found); a
    numbered task's title is none."""
    nodes, edges = series_graph("重大项目集中签约\n来源：张家港日报 2025-03-06\n部分签约项目简介：\n1.港城氢能液氢储运装备基地项目(三期)。"
                                "由江苏港城氢能装备有限公司投资建设，总投资30亿元，选址张家港保税区氢能产业园。\n"
                                "2.液氢储运装备基地项目。总投资12亿元，选址塘桥镇。\n3.老旧小区改造提升项目。推进加装电梯。\n")
    assert {"港城氢能液氢储运装备基地项目(三期)", "液氢储运装备基地"} <= names_of(nodes, "Project"), names_of(nodes, "Project")
    assert "老旧小区改造提升项目" not in names_of(nodes, "Project")
    assert ("Enterprise:江苏港城氢能装备有限公司", "Project:港城氢能液氢储运装备基地项目(三期)") in pairs_of(edges, "DEVELOPS")


def test_an_integrated_demonstration_project_keeps_its_words_before_yitihua() -> None:
    """东华能源绿氢制储一体化示范项目: 一体化 before 示范项目 is inside the name (the walk had stopped at it, leaving 示范项目)."""
    nodes, _ = series_graph("重大项目集中签约\n来源：张家港日报 2025-03-06\n东华能源与张家港保税区签订绿氢制储一体化示范项目合作协议。"
                            "推进城乡一体化示范项目建设。\n")
    assert "绿氢制储一体化示范项目" in names_of(nodes, "Project"), names_of(nodes, "Project")
    assert not {n for n in names_of(nodes, "Project") if n.startswith("城乡")}


# -- chains -----------------------------------------------------------------------------------------------------------


def test_a_list_of_firms_each_named_leader_of_its_own_chain_pairs_each_with_its_chain() -> None:
    """明确襄大集团为生猪产业链链主企业、汉江智装为农机装备产业链链主企业: the firm before the first 链主 leads 生猪 only (it had led
    农机装备 too, the second firm's short form being unknown)."""
    _, edges = series_graph("新闻发布会\n来源：襄州区人民政府新闻办公室 2023-04-10\n区委、区政府主要领导担任产业链链长，明确湖北襄大农牧集团股份"
                            "有限公司为生猪产业链链主企业、汉江智装为农机装备产业链链主企业，由链主企业牵头开展上下游招商。\n")
    chains = pairs_of(edges, "IN_CHAIN")
    assert ("Enterprise:湖北襄大农牧集团股份有限公司", "IndustryChain:生猪") in chains, chains
    assert ("Enterprise:湖北襄大农牧集团股份有限公司", "IndustryChain:农机装备") not in chains


# -- places -----------------------------------------------------------------------------------------------------------


def test_the_built_up_area_is_no_county_named_chengqu() -> None:
    """距深圳中心城区约40公里 in a text naming 广东: 城区 is the built-up area (汕尾市城区, a county of 广东, had come in with
    汕尾市); written after its city it is the county."""
    text = "广东惠阳经济开发区简介\n来源：惠阳区人民政府 2021-05-10\n开发区地处粤港澳大湾区东岸，距深圳中心城区约40公里，推进郊区治理。\n"
    nodes, _ = series_graph(text)
    assert not {"Region:城区", "Region:郊区", "Region:汕尾市"} & set(nodes), sorted(nodes)
    nodes, _ = series_graph(text + "与汕尾市城区开展合作。\n")
    assert "Region:城区" in nodes, sorted(nodes)


# -- documents --------------------------------------------------------------------------------------------------------


def test_a_source_lines_date_and_byline_after_the_paper_leave_the_papers_name() -> None:
    """来源:惠州日报　2023年09月26日　记者 吴晓敏 (the spaces lost) is 惠州日报's (惠州日报2023年09月26日 had been a second
    publisher); 来源：花都融媒　记者：梁嘉欣 is 花都融媒's (融媒记者 had cut it to 花都)."""
    from kg.ingest import document_from_text

    paper = document_from_text("项目竣工投产\n来源:惠州日报　2023年09月26日　记者 吴晓敏 通讯员 惠阳宣\n正文。\n", doc_id="p")
    assert (paper.publisher, paper.date) == ("惠州日报", "2023-09-26")
    outlet = document_from_text("集中开工\n来源：花都融媒　记者：梁嘉欣　通讯员：花发改宣　发布日期：2025-02-19 17:42\n正文。\n",
                                doc_id="o")
    assert (outlet.publisher, outlet.date) == ("花都融媒", "2025-02-19")
    reporter = document_from_text("新闻\n来源：长江日报融媒记者王晓丹 2024-05-01\n正文。\n", doc_id="r")
    assert reporter.publisher == "长江日报"


def test_a_town_in_full_before_its_village_opening_like_a_hamlet() -> None:
    """宫灯产业以梅花镇屯头村为核心: 梅花镇 and its 屯头村 (屯 after a town's name had vetoed the town, leaving Town:以梅花镇
    and Village:镇屯头村)."""
    nodes, edges = series_graph("乡村振兴工作报告\n来源：藁城区人大常委会办公室 2023-10-26\n宫灯产业以梅花镇屯头村为核心，辐射带动"
                                "周边12个村。\n")
    assert names_of(nodes, "Town") == {"梅花镇"} and names_of(nodes, "Village") == {"屯头村"}, sorted(nodes)
    assert ("Village:屯头村", "Town:梅花镇") in pairs_of(edges, "PART_OF")


def test_a_one_character_village_after_its_lists_verb() -> None:
    """八里店镇要加快潞村、尹家圩村未来乡村建设: 潞村 (加快潞村 had been a village)."""
    nodes, _ = series_graph("区委全会报告\n来源：中共湖州市吴兴区委办公室 2023-12-29\n八里店镇要加快潞村、尹家圩村未来乡村建设。\n")
    assert {"潞村", "尹家圩村"} <= names_of(nodes, "Village") and "加快潞村" not in names_of(nodes, "Village"), sorted(nodes)


def test_a_build_verb_glued_to_the_town_a_works_name_opens_with() -> None:
    """新建康山街道中心幼儿园 (新|建康|山街道): the kindergarten of 康山街道 (新建 had been part of its name)."""
    nodes, _ = series_graph("街道工作总结\n来源：湖州市吴兴区人民政府康山街道办事处 2025-12-24\n新建康山街道中心幼儿园，新增学位360个。\n")
    assert "康山街道中心幼儿园" in names_of(nodes, "Project"), names_of(nodes, "Project")
    assert not {n for n in names_of(nodes, "Project") if n.startswith("新建")}


def test_a_firm_listed_by_its_short_form_after_its_registered_name_is_that_firm() -> None:
    """服务好德汇智能、恒瑞新能源等重点企业 after 浙江德汇智能装备有限公司: the firm (好德汇智能 had been a firm of its own; cut
    to 德汇智能, the list's item stayed one, taking every later 德汇智能 from the registered firm)."""
    nodes, _ = series_graph("街道工作总结\n来源：湖州市吴兴区人民政府康山街道办事处 2025-12-24\n浙江德汇智能装备有限公司年产5万台智能"
                            "物流装备项目二期竣工投产，德汇智能整体产值突破60亿元。办事处主任姚丽表示，将全力以赴服务好德汇智能、"
                            "恒瑞新能源等重点企业。\n")
    firms = names_of(nodes, "Enterprise")
    assert "浙江德汇智能装备有限公司" in firms and not {"德汇智能", "好德汇智能"} & firms, firms


def test_a_listed_street_whose_name_is_a_common_place_word() -> None:
    """全区辖…同安街道、东安街道、柏合街道…: 东安街道, though 东安 is a common word to the dictionary (a place's name, it had been
    no town's; the gazetteer lacks the street)."""
    nodes, edges = series_graph("统计公报\n来源：成都市龙泉驿区统计局 2022-04-18\n全区辖龙泉街道、大面街道、十陵街道、同安街道、东安街道、"
                                "柏合街道、西河街道7个街道和洪安镇、洛带镇、山泉镇3个镇。\n")
    assert "东安街道" in names_of(nodes, "Town"), names_of(nodes, "Town")
    assert ("Town:东安街道", "Region:龙泉驿区") in pairs_of(edges, "PART_OF")


# -- policies ---------------------------------------------------------------------------------------------------------


def test_a_strategy_after_guanche_luoshi_opens_after_the_verb() -> None:
    """深入贯彻落实成渝地区双城经济圈建设战略部署: the strategy (实成渝地区双城经济圈建设战略 had been a second policy, the
    window before 战略 cutting 落实)."""
    nodes, _ = series_graph("统计公报\n来源：成都市龙泉驿区统计局 2022-04-18\n全区上下深入贯彻落实成渝地区双城经济圈建设战略部署，"
                            "坚持以产业建圈强链为抓手。\n")
    assert names_of(nodes, "Policy") == {"成渝地区双城经济圈建设"}, names_of(nodes, "Policy")


# -- names opening with 和 ---------------------------------------------------------------------------------------------


def test_a_brand_opening_with_he_where_no_conjunction_stands() -> None:
    """、和泽医药mRNA疫苗基地, ，和泽医药生物药CDMO基地一期: 和 opens the brand after a mark or a verb (the works had been
    泽医药… or nothing); 电池和泽医药 keeps 和 a conjunction."""
    nodes, _ = series_graph("钱塘区2025年工作\n来源：杭州市钱塘区人民政府 2025-03-10\n推动芯启微晶圆二期、和泽医药mRNA疫苗基地等重大项目"
                            "建设。杭州默沙东持续增资，和泽医药生物药CDMO基地一期于2024年9月竣工投用。\n")
    works = names_of(nodes, "Project")
    assert {"和泽医药mRNA疫苗基地", "和泽医药生物药CDMO基地一期"} <= works, works
    assert not {w for w in works if w.startswith("泽")}


# -- tables -----------------------------------------------------------------------------------------------------------


def test_a_chain_map_under_its_caption_is_no_part_of_the_project_table_above() -> None:
    """附表：慈溪市智能家电产业链图谱 after a project table's last row: its rows (环节, 细分领域, 链主企业) are no projects (细分
    领域 and 智能电工、厨房电器 had been projects that the chain's leaders developed)."""
    nodes, edges = series_graph(
        "慈溪市智能家电产业链链长制工作方案\n来源：慈溪市人民政府办公室 2023-04-18\n序号\t项目名称\t建设单位\t建设地点\t建设内容\n"
        "1\t慈溪智能家电检测认证中心\t慈溪市家电产业发展有限公司\t宗汉街道\t建设检测实验室1.2万平方米\n附表：慈溪市智能家电产业链图谱\n"
        "环节\t细分领域\t链主企业\t重点配套企业\t主要承载平台\n中游\t智能电工、厨房电器\t公牛集团股份有限公司\t宁波舜利塑业有限公司\t"
        "观海卫工业园东区\n")
    assert names_of(nodes, "Project") == {"慈溪智能家电检测认证中心"}, names_of(nodes, "Project")
    assert not [p for p in pairs_of(edges, "DEVELOPS") if p[0] == "Enterprise:公牛集团股份有限公司"]


# -- chains -----------------------------------------------------------------------------------------------------------


def test_a_news_titles_chain_leaves_the_public_works_of_its_body() -> None:
    """鹏锂新能源二期项目竣工投产 惠阳新能源电池产业集群再添新动能: the hospital, the sewage plant and the intercity line the
    item lists are in no battery chain (all had been, by the title); the plant it reports on is."""
    _, edges = series_graph("鹏锂新能源二期项目竣工投产 惠阳新能源电池产业集群再添新动能\n来源：惠州日报 2023-09-26\n9月25日，鹏锂新能源"
                            "储能电池项目二期竣工投产。惠阳经开区污水处理厂扩建工程已于6月建成通水；惠阳区人民医院新院区项目主体结构已封顶；"
                            "深惠城际惠阳段已完成工可批复。\n")
    chained = {s for s, t in pairs_of(edges, "IN_CHAIN") if t == "IndustryChain:新能源电池"}
    assert any("鹏锂" in s for s in chained), chained
    assert not {s for s in chained if "医院" in s or "污水" in s or "城际" in s}, chained


def test_each_park_of_parallel_clauses_takes_only_its_own_clauses_chains() -> None:
    """张湾工业园主攻新能源和汽车零部件，双沟农产品加工园主攻农产品精深加工: 双沟's park is in neither of 张湾's chains (it had
    been in both)."""
    _, edges = series_graph("新闻发布会\n来源：襄州区人民政府新闻办公室 2023-04-12\n经开区“一区三园”格局已经形成，张湾工业园主攻新能源和"
                            "汽车零部件，双沟农产品加工园主攻农产品精深加工，今年新建标准化厂房15万平方米。\n")
    chains = pairs_of(edges, "IN_CHAIN")
    assert ("Park:张湾工业园", "IndustryChain:汽车零部件") in chains, chains
    assert not [p for p in chains if "双沟" in p[0]], chains


# -- phases and parks -------------------------------------------------------------------------------------------------


def test_a_later_phase_opening_a_clause_after_the_first_is_the_same_works() -> None:
    """X项目一期建成投产，二期于9月份开工建设; X一期已全面建成，…；二期工程于去年11月开工: each 二期 is X's second phase
    (no node had been made of it); a phase after another works named between is none of X's."""
    nodes, _ = series_graph("工作总结\n来源：慈溪市周巷镇人民政府 2022-01-12\n公牛集团股份有限公司年产3000万套智能电工产品扩产项目一期"
                            "建成投产，二期于9月份开工建设。周巷智能家电产业园一期已全面建成，32万平方米标准厂房吸引41家家电企业入驻；"
                            "二期工程于去年11月开工。月辉电器智能工厂一期投产，凯达厨电基地项目二期开工。\n")
    works = names_of(nodes, "Project")
    assert {"年产3000万套智能电工产品扩产二期", "周巷智能家电产业园二期"} <= works, works
    assert "月辉电器智能工厂二期" not in works


def test_a_small_firms_park_is_a_park() -> None:
    """观海卫家电小微企业园（二期）通过竣工验收: the park of small firms and its phase (neither had been found)."""
    nodes, _ = series_graph("工作总结\n来源：慈溪市观海卫镇人民政府 2022-01-12\n观海卫家电小微企业园（二期）通过竣工验收，已入驻企业23家。"
                            "全镇新建小微企业园2个。\n")
    assert "观海卫家电小微企业园(二期)" in names_of(nodes, "Project"), sorted(nodes)
    assert names_of(nodes, "Park") <= {"观海卫家电小微企业园"}, sorted(nodes)


def test_a_verb_before_the_place_a_park_name_opens_with_is_no_part_of_it() -> None:
    """将填补临江高新区…的空白: the park (填补临江高新技术产业开发区 had been one); 在临江街道临江高新区设立分会场: the park after
    its town (临江街道临江高新区 had been one name); 圆通速递华新智慧物流园二期 keeps its firm."""
    nodes, _ = series_graph("签约仪式\n来源：杭州市钱塘区人民政府 2023-05-19\n项目预计2025年建成，将填补临江高新区航空航天产业链关键环节的空白。"
                            "在临江街道临江高新区设立开工分会场。\n")
    parks = names_of(nodes, "Park")
    assert not {p for p in parks if p.startswith(("填补", "临江街道"))}, parks
    nodes, _ = series_graph("发布会\n来源：青浦区人民政府新闻办公室 2023-11-01\n华新镇圆通速递华新智慧物流园二期已于8月开工。\n")
    assert "圆通速递华新智慧物流园二期" in names_of(nodes, "Project"), names_of(nodes, "Project")


# -- stages -----------------------------------------------------------------------------------------------------------


def test_a_caption_ending_a_paragraph_stages_the_table_under_it() -> None:
    """…按节点推进。附:2023年一季度部分集中开工项目情况如下。 over a table: its rows start (they had no stage)."""
    stages = stages_of("新闻发布会\n来源：襄州区人民政府新闻办公室 2023-04-12\n今年一季度全区集中开工项目32个，确保开工项目全部按节点"
                       "推进。附:2023年一季度部分集中开工项目情况如下。\n序号\t项目名称\t建设单位\t建设地点\n1\t恒润新能源汽车轻量化底盘件"
                       "项目\t湖北恒润汽车零部件有限公司\t张湾工业园\n")
    assert stages.get("恒润新能源汽车轻量化底盘件项目") == "starting", stages


def test_a_tables_status_column_beats_a_caption_naming_signing_and_starting() -> None:
    """部分重点签约及开工项目一览 over rows whose 状态 is 签约 or 开工: each row its own (all had been starting)."""
    stages = stages_of("签约暨开工\n来源：成都日报 2023-06-27\n部分重点签约及开工项目一览\n序号\t项目名称\t建设单位\t状态\n"
                       "1\t吉利成都基地二期项目\t成都高原汽车工业有限公司\t开工\n2\t线控底盘系统研发及生产基地项目\t四川蓉驿智能底盘科技"
                       "有限公司\t签约\n")
    assert stages.get("吉利成都基地二期") == "starting" and stages.get("线控底盘系统研发及生产基地") == "signed", stages


def test_a_clause_going_on_with_a_projects_history_gives_its_later_stage() -> None:
    """吉利成都基地二期项目于2023年6月开工，去年9月竣工并正式投产: in operation (it had stayed starting); …落户…，于10月正式
    动工: starting (it had been signed); a goal in the clause after (预计…建成投产) gives nothing later."""
    stages = stages_of("调研\n来源：龙泉驿区融媒体中心 2025-04-22\n吉利成都基地二期项目于2023年6月开工，去年9月竣工并正式投产。"
                       "华芯微半导体12英寸晶圆制造项目（一期）落户花都经济开发区，于10月正式动工。"
                       "锐驰动力电池产业化项目二期于2024年3月开工，预计2025年底建成投产。\n")
    assert stages.get("吉利成都基地二期") == "in_operation", stages
    assert stages.get("华芯微半导体12英寸晶圆制造项目(一期)") == "starting", stages
    assert stages.get("锐驰动力电池产业化项目二期") == "starting", stages


def test_a_bare_later_phase_takes_its_first_phases_builder_and_place() -> None:
    """公牛集团…扩产项目一期建成投产，二期于9月份开工建设: 公牛 builds the second phase too; 周巷智能家电产业园一期…；二期工程…:
    the second phase is in 周巷镇 too (neither had a builder or a place)."""
    nodes, edges = series_graph("工作总结\n来源：慈溪市周巷镇人民政府 2022-01-12\n公牛集团股份有限公司年产3000万套智能电工产品扩产项目一期"
                                "建成投产，二期于9月份开工建设。总投资15.8亿元的周巷镇周巷智能家电产业园一期已全面建成；二期工程于去年11月"
                                "开工。\n")
    assert ("Enterprise:公牛集团股份有限公司", "Project:年产3000万套智能电工产品扩产二期") in pairs_of(edges, "DEVELOPS")
    assert ("Project:周巷智能家电产业园二期", "Town:周巷镇") in pairs_of(edges, "LOCATED_IN"), pairs_of(edges, "LOCATED_IN")


def test_a_town_written_as_one_items_attribute_scopes_no_paragraph() -> None:
    """罗志恒一行首先来到位于同安街道的锐驰新能源二期项目现场。…稳定与一汽大众成都基地等整车企业的配套关系: 同安街道 is that
    project's (the paragraph's other works had all been placed there)."""
    _, edges = series_graph("调研\n来源：龙泉驿区融媒体中心 2025-04-22\n罗志恒一行首先来到位于同安街道的锐驰新能源二期项目现场。去年11月，"
                            "项目首条10GWh生产线已建成投产，稳定与一汽大众成都基地等整车企业的配套关系。\n")
    located = pairs_of(edges, "LOCATED_IN")
    assert ("Project:锐驰新能源二期", "Town:同安街道") in located, located
    assert not [p for p in located if p[1] == "Town:同安街道" and "一汽" in p[0]], located


def test_a_papers_column_after_its_name_is_no_publisher() -> None:
    """来源:襄阳日报·襄州新闻 记者 杨帆: 襄阳日报 publishes (襄阳日报·襄州新闻 had been a second publisher)."""
    from kg.ingest import document_from_text

    doc = document_from_text("签约\n来源:襄阳日报·襄州新闻 记者 杨帆 通讯员 陈思 发布日期:2025年06月18日\n正文。\n", doc_id="x")
    assert (doc.publisher, doc.date) == ("襄阳日报", "2025-06-18")


def test_a_zones_committee_written_with_its_short_form_is_the_one_written_in_full() -> None:
    """惠阳经开区管委会 and 惠阳经济开发区管理委员会 of 广东惠阳经济开发区(以下简称“惠阳经开区”): one body (two had been made)."""
    nodes, _ = series_graph("开发区简介\n来源：惠州市惠阳区人民政府 2021-06-18\n广东惠阳经济开发区（以下简称“惠阳经开区”）由惠阳经济开发区"
                            "管理委员会统一规划、统一管理。惠阳区委、区政府和惠阳经开区管委会为企业提供服务。\n")
    bodies = {n for n in names_of(nodes, "Organization") if n.endswith("管理委员会")}
    assert len(bodies) == 1, bodies


def test_tou_yun_kai_xue_and_yan_shou_are_stage_verbs() -> None:
    """…项目已于2024年6月建成投运: in operation (建成 had made it completed); a school 秋季开学: in operation; a sewage
    plant's phase 通过省级验收: completed (neither had a stage)."""
    stages = stages_of("街道工作总结\n来源：湖州市吴兴区人民政府康山街道办事处 2025-12-24\n竹镇现代农业产业园绿色食品加工项目已于2024年6月"
                       "建成投运。吴兴区东部新城九年一贯制学校秋季开学。康山污水处理厂三期工程通过省级验收。\n")
    assert stages.get("竹镇现代农业产业园绿色食品加工项目") == "in_operation", stages
    assert stages.get("吴兴区东部新城九年一贯制学校") == "in_operation", stages
    assert stages.get("康山污水处理厂三期") == "completed", stages
