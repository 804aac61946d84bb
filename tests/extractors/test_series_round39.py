"""Rules of the thirty-ninth session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from tests.extractors.series_graphs import names_of, pairs_of, series_graph, stages_of

# -- chains -----------------------------------------------------------------------------------------------------------


def test_each_leader_clause_drives_its_own_chain() -> None:
    """以A为链主，带动C1产业链…；以B为链主，做强C2产业链: A leads C1 and B leads C2, a chain the taxonomy does not hold
    (B had led C1, the one chain written as C产业链 before its 链主, and A none)."""
    _, edges = series_graph("宁河区政府工作报告\n来源：宁河区人民政府 2022-01-17\n发挥链主企业引领作用，以天津津宁重工机械有限公司为"
                            "链主，带动高端装备制造产业链上下游配套；以天津昊远新材料科技股份有限公司为链主，做强碳纤维及复合材料产业链。\n")
    chains = pairs_of(edges, "IN_CHAIN")
    assert ("Enterprise:天津津宁重工机械有限公司", "IndustryChain:高端装备制造") in chains, chains
    assert ("Enterprise:天津昊远新材料科技股份有限公司", "IndustryChain:碳纤维及复合材料") in chains, chains
    assert ("Enterprise:天津昊远新材料科技股份有限公司", "IndustryChain:高端装备制造") not in chains


def test_a_streets_chain_is_the_industry() -> None:
    """成为街道生物医药产业链的链主企业: the chain is 生物医药, the street's (街道生物医药 had been a chain of its own)."""
    nodes, edges = series_graph("夏庄街道2024年工作总结\n来源：夏庄街道办事处 2025-01-09\n青岛康立泰药业有限公司全年实现产值12.6亿元，"
                                "成为街道生物医药产业链的链主企业。\n")
    assert names_of(nodes, "IndustryChain") == {"生物医药"}, names_of(nodes, "IndustryChain")
    assert ("Enterprise:青岛康立泰药业有限公司", "IndustryChain:生物医药") in pairs_of(edges, "IN_CHAIN")


def test_joint_builders_develop_the_works_and_leave_its_chain_to_it() -> None:
    """Y项目开工，总投资11.2亿元，由A与B共同投资建设，重点发展航空物流…: both develop Y, past the clause of its cost (none had);
    Y由A和B共同投资建设，发展现代物流产业: Y is in the chain, neither builder (both had been)."""
    _, edges = series_graph("城阳区重点项目集中开工\n来源：城阳区融媒体中心 2021-03-16\n流亭街道分会场，青岛空港国际物流产业园一期项目"
                            "开工，总投资11.2亿元，由青岛城发物流集团有限公司与顺丰控股股份有限公司共同投资建设，重点发展航空物流和跨境电商。"
                            "天津宁河国际冷链物流中心由天津食品集团和宁河区国有资本投资运营有限公司共同投资建设，发展现代物流产业。\n")
    develops = pairs_of(edges, "DEVELOPS")
    assert {("Enterprise:青岛城发物流集团有限公司", "Project:青岛空港国际物流产业园一期"),
            ("Enterprise:顺丰控股股份有限公司", "Project:青岛空港国际物流产业园一期")} <= develops, develops
    chained = {source for source, _ in pairs_of(edges, "IN_CHAIN")}
    assert not {s for s in chained if s.startswith("Enterprise:")}, chained
    assert "Project:天津宁河国际冷链物流中心" in chained, chained


def test_fan_semiconductors_is_one_chain() -> None:
    """泛半导体产业…依托A、B等企业: the chain is 泛半导体 as written (半导体 had been read inside it, a chain the text never
    names)."""
    nodes, edges = series_graph("柯桥区十五五规划建议\n来源：柯桥区委 2025-12-30\n泛半导体产业以柯桥经济技术开发区为主平台，依托绍兴晶越光电"
                                "科技有限公司、浙江芯源微电子有限公司等企业，推动晶越光电功率半导体外延片项目全面达产。\n")
    assert "半导体" not in names_of(nodes, "IndustryChain"), names_of(nodes, "IndustryChain")
    assert ("Enterprise:绍兴晶越光电科技有限公司", "IndustryChain:泛半导体") in pairs_of(edges, "IN_CHAIN"), edges


def test_a_chain_joined_by_ji_inside_a_list_is_one() -> None:
    """围绕智能装备、消费品、新材料、汽车摩托车及零部件、绿色能源五大重点产业链: 汽车摩托车及零部件 is one chain (汽车摩托车 and 零部件
    had been two); 和 before the last item still parts it from the one before (绿色化工和影视文化)."""
    nodes, _ = series_graph("江津区政策\n来源：江津区人民政府办公室 2022-05-26\n围绕智能装备、消费品、新材料、汽车摩托车及零部件、绿色能源"
                            "五大重点产业链，聚焦智能家电、集成电路、绿色化工和影视文化等重点产业链。\n")
    chains = names_of(nodes, "IndustryChain")
    assert {"汽车摩托车及零部件", "绿色化工", "影视文化"} <= chains and not {"汽车摩托车", "零部件"} & chains, chains


def test_a_bonded_zone_written_short_is_the_zone_and_its_committee_one_body() -> None:
    """江津综保区 of 重庆江津综合保税区 (no park had been found for it, and its 管委会 had been a body of its own); a rank
    among the city's bonded zones (居全市综保区第4位) names none."""
    nodes, edges = series_graph("重庆江津综合保税区管理委员会2023年工作总结\n来源：江津综保区管委会 2024-01-22\n重庆江津综合保税区位于江津区"
                                "双福街道。\n2023年，江津综保区管委会在区委、区政府的坚强领导下推进工作，进出口总额居全市综保区第4位。江津综保区位列A类。综保区"
                                "管委会主任陈晓岚牵头建立机制。\n")
    assert names_of(nodes, "Park") == {"重庆江津综合保税区"} and "江津综保区" in nodes["Park:重庆江津综合保税区"].aliases
    body = "Organization:重庆江津综合保税区管理委员会"
    assert ("Person:陈晓岚", body) in pairs_of(edges, "HOLDS_OFFICE") and ("Document:t", body) in pairs_of(edges, "ISSUED_BY")


# -- places -----------------------------------------------------------------------------------------------------------


def test_a_town_a_numbered_task_names_after_its_first_clause_scopes_nothing() -> None:
    """2.做强食品加工产业链，支持好想你…，推进薛店镇休闲食品产业集群发展；…围绕比亚迪郑州基地…: the town is one clause's object,
    the item (taken as a heading, and as its paragraph's lead) no town's section; a task item opening with its town
    still scopes its works."""
    text = ("新郑市2022年国民经济和社会发展计划执行情况的报告\n来源：新郑市人大常委会 2023-01-12\n（二）推动产业提质\n"
            "2.做强食品加工产业链，支持好想你建设数字化工厂，推进薛店镇休闲食品产业集群发展；做大汽车零部件产业链，围绕"
            "比亚迪郑州基地引进配套企业10家以上；培育新材料产业链，推动河南辰宇新材料科技有限公司与中国建材集团合作建设高性能"
            "纤维中试基地。\n3.龙湖镇加快建设泰山村民宿集群项目。\n")
    _, edges = series_graph(text)
    located = pairs_of(edges, "LOCATED_IN")
    assert not {pair for pair in located if pair[1] == "Town:薛店镇"}, located
    assert ("Project:泰山村民宿集群项目", "Town:龙湖镇") in located, located


def test_a_brand_opening_with_hao_after_a_verb_keeps_it() -> None:
    """支持好想你健康食品股份有限公司建设…: 好想你 is the brand, a word to the dictionary (the verb's 好 of 服务好|德汇智能 had been
    cut from it, leaving 想你健康食品股份有限公司)."""
    nodes, _ = series_graph("乡村振兴看新郑\n来源：郑州日报 2021-09-23\n支持好想你健康食品股份有限公司建设红枣精深加工基地，"
                            "服务好德汇智能、恒瑞新能源等重点企业。\n")
    assert {"好想你健康食品股份有限公司", "德汇智能"} <= names_of(nodes, "Enterprise"), names_of(nodes, "Enterprise")


# -- documents --------------------------------------------------------------------------------------------------------


def test_a_tables_caption_without_a_number_names_the_table_not_a_section() -> None:
    """主要经济指标完成情况表 above its TAB table, after an indented paragraph: the table's title (it had been a section at
    the top, the report's later sections all under it); a year's summary and next year's plan is a report."""
    from kg.ingest import document_from_text

    doc = document_from_text("重庆江津综合保税区管理委员会2023年工作总结和2024年工作计划\n来源：江津综保区管委会 2024-01-22\n"
                             "一、2023年工作完成情况\n（一）主要经济指标稳中有进\n　　全年实现进出口总额312.6亿元，同比增长8.4%，"
                             "规模以上工业总产值186.3亿元。\n\n主要经济指标完成情况表\n指标名称\t单位\t2023年目标\t2023年完成\n"
                             "进出口总额\t亿元\t300\t312.6\n\n（二）招商引资成效明显\n　　新签约项目12个。\n二、存在的问题\n"
                             "　　一是产业结构较为单一。\n", doc_id="t")
    paths = [s.path for s in doc.sections]
    assert ("一、2023年工作完成情况", "(一)主要经济指标稳中有进", "主要经济指标完成情况表") in paths, paths
    assert ("一、2023年工作完成情况", "(二)招商引资成效明显") in paths and ("二、存在的问题",) in paths, paths
    assert doc.kind == "report"


def test_a_news_subheading_listing_fields_before_its_slogan_is_a_section() -> None:
    """新材料、生物医药项目“添后劲” between two paragraphs: a subheading (its 、 had made it none, and the chain of the
    subheading before, 新能源, had gone to the firms under it)."""
    nodes, edges = series_graph("新北区重大项目集中签约开工\n来源：常州日报 2024-03-28\n新能源领域项目“唱主角”\n新能源领域，常州欣源新材料"
                                "科技有限公司投资12亿元建设锂电池隔膜涂覆材料项目，总投资较大。\n新材料、生物医药项目“添后劲”\n"
                                "常州千红生化制药股份有限公司投资6亿元建设千红制药小核酸药物产业化项目，预计明年投产。\n")
    assert "Section:t / 新材料、生物医药项目“添后劲”" in nodes, sorted(n for n in nodes if n.startswith("Section"))
    assert ("Project:千红制药小核酸药物产业化项目", "IndustryChain:新能源") not in pairs_of(edges, "IN_CHAIN")


# -- people -----------------------------------------------------------------------------------------------------------


def test_a_chain_leaders_title_after_the_offices_names_the_officer() -> None:
    """区委书记、现代纺织产业链总链长周建新, 区委副书记、区长、产业链链长何晓东: the district's two leaders, a chain's title between
    their offices and their names (neither had been found)."""
    _, edges = series_graph("柯桥现代纺织产业链链长制推进会召开\n来源：柯桥日报 2024-04-18\n柯桥区召开现代纺织产业链链长制推进会。区委书记、"
                            "现代纺织产业链总链长周建新出席会议并讲话，区委副书记、区长、产业链链长何晓东主持会议。\n")
    offices = pairs_of(edges, "HOLDS_OFFICE")
    assert {("Person:周建新", "Region:柯桥区"), ("Person:何晓东", "Region:柯桥区")} <= offices, offices


def test_a_count_or_a_verb_after_a_town_is_no_village() -> None:
    """龙虎塘街道、新桥街道两个社区体育公园 (Village 两个社区 had been made), 春江街道推进魏村闸以西… (Village 推进魏村); a village
    whose name is a verb's (罗溪镇发展村) is still one."""
    nodes, _ = series_graph("新北区政府工作报告\n来源：常州国家高新区(新北区)门户网站 2022-01-20\n春江街道推进魏村闸以西滨江岸线生态修复。"
                            "建成龙虎塘街道、新桥街道两个社区体育公园。薛家镇新建村、罗溪镇发展村开展试点。\n")
    villages = names_of(nodes, "Village")
    assert not {"两个社区", "推进魏村"} & villages and {"新建村", "发展村"} <= villages, villages


def test_a_mountains_foot_and_a_rivers_bank_are_no_counties_nor_persons() -> None:
    """崂山北麓 (崂山区 had come in by its short form), 江津区西部长江南岸 (部长 had read 江南岸 as a person; 南岸 is a county of
    重庆 too); a school named with the zone it stands in is no park (北京市第八十中学京津合作示范区学校)."""
    nodes, _ = series_graph("城阳区统计公报\n来源：青岛市城阳区统计局 2023-03-24\n白沙工业园位于江津区西部长江南岸，是重庆江津工业园区之一。"
                            "夏庄街道发挥山区资源优势，依托崂山北麓生态资源。北京市第八十中学京津合作示范区学校已投入使用。\n")
    assert not {"Region:崂山区", "Region:南岸区", "Person:江南岸"} & set(nodes), sorted(nodes)
    assert not {n for n in names_of(nodes, "Park") if "中学" in n}, names_of(nodes, "Park")


def test_a_towns_short_form_ending_like_a_sea_is_the_water() -> None:
    """七里海 of 七里海镇 in 七里海湿地生态保护修复工程, 七里海国家湿地公园: the wetland (the works had been put in the town, and
    七里海 made the town's alias)."""
    nodes, edges = series_graph("宁河区政府工作报告\n来源：宁河区人民政府 2022-01-17\n宁河区七里海镇推进河蟹养殖。\n七里海湿地生态保护修复"
                                "工程全面实施。推动七里海国家湿地公园游客服务中心建成开放。\n")
    assert not {pair for pair in pairs_of(edges, "LOCATED_IN") if pair[1] == "Town:七里海镇"}, pairs_of(edges, "LOCATED_IN")
    assert "七里海" not in nodes["Town:七里海镇"].aliases


# -- names ------------------------------------------------------------------------------------------------------------


def test_a_parks_former_name_a_verb_and_a_firms_kind_open_no_name() -> None:
    """宁河现代产业区原名天津宁河经济开发区 (one park had been made of the clause), 享受京津合作示范区的政策 (享受 had been the
    park's), 汽车电子企业北京精益汽车电子有限公司 (the firm's kind had been its name's)."""
    nodes, _ = series_graph("宁河现代产业区简介\n来源：宁河区人民政府 2025-03-18\n天津宁河现代产业区位于宁河区中南部。宁河现代产业区"
                            "原名天津宁河经济开发区，始建于1992年。企业还能享受京津合作示范区的政策。北京亦庄的汽车电子企业北京精益汽车"
                            "电子有限公司在协作园租赁标准厂房。\n")
    assert names_of(nodes, "Park") == {"天津宁河现代产业区", "天津宁河经济开发区", "京津合作示范区"}, names_of(nodes, "Park")
    assert names_of(nodes, "Enterprise") == {"北京精益汽车电子有限公司"}, names_of(nodes, "Enterprise")


def test_a_notices_verb_and_a_glued_word_open_no_name() -> None:
    """拟认定浙江恒泰经编科技有限公司等26家企业 (认定 had opened the firm's name), 支持海利得以马桥经编产业园为依托 (得以, a word
    the segmenter made of the brand's last character, had opened the park's), 全年开行西部陆海新通道铁海联运班列."""
    nodes, _ = series_graph("专精特新企业公示\n来源：海宁市经济和信息化局 2024-09-13\n拟认定浙江恒泰经编科技有限公司等26家企业为专精特新"
                            "中小企业。支持海利得以马桥经编产业园为依托，做强车用安全气囊丝。全年开行西部陆海新通道铁海联运班列428列。\n")
    assert names_of(nodes, "Enterprise") == {"浙江恒泰经编科技有限公司"}, names_of(nodes, "Enterprise")
    assert names_of(nodes, "Park") == {"马桥经编产业园"}, names_of(nodes, "Park")
    assert not {n for n in names_of(nodes, "Project") if n.startswith("开行")}, names_of(nodes, "Project")


def test_a_review_before_a_report_ends_a_bureaus_name() -> None:
    """经所在镇（街道）和区发改局审核后报区政府同意: 区发改局 and 区政府 (one body 柯桥区发改局审核后报区人民政府 had been made)."""
    nodes, _ = series_graph("柯桥区重点项目\n来源：柯桥区人民政府 2022-03-04\n年度执行中确需调整的项目，由业主单位提出申请，经所在镇（街道）"
                            "和区发改局审核后报区政府同意。\n")
    assert names_of(nodes, "Organization") == {"柯桥区人民政府", "柯桥区发改局"}, names_of(nodes, "Organization")


def test_works_a_firm_invests_a_sum_in_are_named_and_joint_investors_develop() -> None:
    """好想你投资8.5亿元建设的好想你红枣产业园二期 (no word of it is proper to the dictionary: it had been missed); 由A与B共同
    投资的孟庄红枣小镇项目: both develop it (neither had)."""
    _, edges = series_graph("新郑乡村振兴\n来源：郑州日报 2021-09-23\n好想你健康食品股份有限公司是龙头。在孟庄镇，好想你投资8.5亿元建设的"
                            "好想你红枣产业园二期正在加快建设。同样在孟庄镇，由新郑市投资集团有限公司与好想你健康食品股份有限公司共同投资"
                            "的孟庄红枣小镇项目已完成规划设计。\n")
    develops = pairs_of(edges, "DEVELOPS")
    assert {("Enterprise:好想你健康食品股份有限公司", "Project:好想你红枣产业园二期"),
            ("Enterprise:好想你健康食品股份有限公司", "Project:孟庄红枣小镇"),
            ("Enterprise:新郑市投资集团有限公司", "Project:孟庄红枣小镇")} <= develops, develops


def test_project_before_a_phase_is_no_part_of_the_works_name() -> None:
    """康立泰创新药产业化基地项目一期 is 康立泰创新药产业化基地一期 (NOTES rule 10: the works named, 项目 taken off), as
    written kept as an alias; works named by no suffix keep it (辰宇碳纤维复合材料项目一期)."""
    nodes, _ = series_graph("城阳区工作总结\n来源：夏庄街道办事处 2025-01-09\n康立泰创新药产业化基地项目一期竣工投产，二期完成主体施工。"
                            "确保辰宇碳纤维复合材料项目一期投产。\n")
    assert {"康立泰创新药产业化基地一期", "辰宇碳纤维复合材料项目一期"} <= names_of(nodes, "Project"), names_of(nodes, "Project")
    assert "康立泰创新药产业化基地项目一期" in nodes["Project:康立泰创新药产业化基地一期"].aliases


def test_a_plan_period_in_quotes_names_no_project() -> None:
    """要谋深谋实“十五五”重大项目: the works of a period (a Project had been made of it, the verb glued)."""
    nodes, _ = series_graph("项目观摩\n来源：新郑发布 2025-07-08\n要谋深谋实“十五五”重大项目，全力争取更多项目纳入规划。\n")
    assert not names_of(nodes, "Project"), names_of(nodes, "Project")


# -- policies ---------------------------------------------------------------------------------------------------------


def test_a_numbered_column_of_key_works_is_no_programme() -> None:
    """专栏4　港产城融合重点工程 above a works table names no policy (4港产城融合重点工程 had been one); a numbered column titled
    as a programme (专栏5　临空产业链提升工程) is one, without its number."""
    nodes, _ = series_graph("临空经济区规划\n来源：黄陂区人民政府 2022-09-16\n第二节 临空产业\n专栏4　港产城融合重点工程\n"
                            "序号\t项目名称\t建设内容\t总投资（亿元）\n1\t天河航空物流园二期\t新建仓库\t20\n\n专栏5　临空产业链提升工程\n"
                            "推进产业链招商。\n")
    assert names_of(nodes, "Policy") == {"临空产业链提升工程", "临空经济区规划"}, names_of(nodes, "Policy")


def test_the_year_a_strategy_began_is_no_part_of_its_name() -> None:
    """2014年京津冀协同发展战略实施以来: the strategy is 京津冀协同发展 (2014年京津冀协同发展战略 had been a policy of its own)."""
    nodes, edges = series_graph("北京企业集中签约\n来源：天津日报 2024-05-21\n据介绍，2014年京津冀协同发展战略实施以来，宁河区累计引进"
                                "北京项目612个。\n")
    assert names_of(nodes, "Policy") == {"京津冀协同发展"}, names_of(nodes, "Policy")
    assert ("Document:t", "Policy:京津冀协同发展") in pairs_of(edges, "CITES")


def test_a_parks_name_or_a_common_word_opening_works_names_no_builder() -> None:
    """宁河现代产业区220千伏输变电工程 (the park's platform firm, core 宁河现代产业区, had developed it) and 机场北连接线 (湖北机场
    集团, core 机场, had): the works' place and a common word, no firm's short form."""
    _, edges = series_graph("临空经济区规划\n来源：黄陂区人民政府 2022-09-16\n湖北机场集团有限公司负责机场运营。实施黄陂大道快速化改造工程、"
                            "机场北连接线工程。天津宁河现代产业区投资发展集团有限公司负责园区运营。推进天津宁河现代产业区220千伏输变电工程"
                            "建设。\n")
    assert not pairs_of(edges, "DEVELOPS"), pairs_of(edges, "DEVELOPS")


def test_a_grid_branch_registered_under_its_company_is_one_firm() -> None:
    """由国网湖北省电力有限公司武汉供电公司投资建设的…: the branch is one firm, its company's (武汉供电公司 had been a firm of its
    own, building the works)."""
    nodes, edges = series_graph("黄陂在建项目\n来源：长江日报 2025-10-15\n由国网湖北省电力有限公司武汉供电公司投资建设的220千伏天河输变电"
                                "工程今年6月竣工投运。\n")
    branch = "Enterprise:国网湖北省电力有限公司武汉供电公司"
    assert "Enterprise:武汉供电公司" not in nodes and (branch, "Enterprise:国网湖北省电力有限公司") in pairs_of(edges, "SUBSIDIARY_OF")
    assert (branch, "Project:220千伏天河输变电工程") in pairs_of(edges, "DEVELOPS"), edges


def test_a_cooperation_after_a_semicolon_is_its_segments_leaders() -> None:
    """…；新材料产业链以河南辰宇新材料科技有限公司为龙头，与郑州大学签订战略合作协议: 辰宇 cooperates with 郑州大学 (the sentence's
    first firm, 好想你 of the segment before the ；, had)."""
    _, edges = series_graph("新郑市计划执行报告\n来源：新郑市人大常委会 2023-01-12\n食品加工产业链以好想你健康食品股份有限公司为龙头，好想你"
                            "与江南大学共建红枣精深加工联合实验室；新材料产业链以河南辰宇新材料科技有限公司为龙头，与郑州大学签订战略合作"
                            "协议，共建新郑碳纤维复合材料研究院。\n")
    assert pairs_of(edges, "COOPERATES_WITH") == {("Enterprise:好想你健康食品股份有限公司", "Organization:江南大学"),
                                                  ("Enterprise:河南辰宇新材料科技有限公司", "Organization:郑州大学")}, edges


def test_signed_agreements_between_bodies_and_with_a_groups_firm_are_cooperations() -> None:
    """Two governments signing a framework agreement (no firm, so no investment's signing), a firm with a group's firm
    (与上汽集团旗下华域…签署: 华域 signs), a bureau with an exchange (上海技术交易所, cut to 上海市 before), a district with
    three bodies, one of them a centre the names rules took for works; a firm signing with a district is still none."""
    _, edges = series_graph("海宁长三角合作签约\n来源：海宁日报 2025-06-18\n活动中，海宁市人民政府与上海市闵行区人民政府签署《关于深化长三角"
                            "一体化高质量发展战略合作框架协议》。浙江中驰汽车部件有限公司与上汽集团旗下华域汽车系统股份有限公司签署战略合作"
                            "协议。此外，海宁市科技局与上海技术交易所签订战略合作协议。北京京能清洁能源电力股份有限公司与宁河区签订框架"
                            "协议。宁河区还与北京大学前沿交叉学科研究院、中国农业大学、北京中关村科技创业服务中心签署合作协议。\n")
    pairs = {frozenset(pair) for pair in pairs_of(edges, "COOPERATES_WITH")}
    assert {frozenset(("Organization:海宁市人民政府", "Organization:上海市闵行区人民政府")),
            frozenset(("Enterprise:浙江中驰汽车部件有限公司", "Enterprise:华域汽车系统股份有限公司")),
            frozenset(("Organization:海宁市科技局", "Organization:上海技术交易所")),
            frozenset(("Region:宁河区", "Organization:中国农业大学"))} <= pairs, pairs
    assert not {p for p in pairs if "Enterprise:北京京能清洁能源电力股份有限公司" in p or "Region:上海市" in p}, pairs


def test_a_group_written_by_its_words_initials_is_the_registered_group() -> None:
    """首创集团 of 北京首都创业集团有限公司: one firm (the short name had been a firm of its own, and the subsidiary's parent
    the registered name only)."""
    nodes, _ = series_graph("京津合作示范区签约\n来源：天津日报 2024-05-21\n京津合作示范区由北京首都创业集团有限公司所属首创京津合作示范区"
                            "投资开发有限公司负责一级开发和运营。首创集团副总经理刘子健表示，首创集团将继续加大投入。\n")
    assert "Enterprise:首创集团" not in nodes and "首创集团" in nodes["Enterprise:北京首都创业集团有限公司"].aliases


def test_a_parent_written_before_another_firm_is_that_firms() -> None:
    """康立泰药业是国药集团旗下国药控股青岛有限公司的战略合作企业: 国药控股青岛 is 国药集团's (康立泰 had been too)."""
    _, edges = series_graph("重点项目集中开工\n来源：城阳区融媒体中心 2021-03-16\n青岛康立泰药业有限公司创新药产业化基地开工。据介绍，"
                            "康立泰药业是国药集团旗下国药控股青岛有限公司的战略合作企业。\n")
    assert pairs_of(edges, "SUBSIDIARY_OF") == {("Enterprise:国药控股青岛有限公司", "Enterprise:国药集团")}, edges


# -- tables -----------------------------------------------------------------------------------------------------------


def test_a_signing_tables_kind_column_and_a_plans_progress_column_stage_the_rows() -> None:
    """类型 (签约/开工) of a 集中签约开工 table and 2025年进度安排 (在建) of a key-project table stage their rows (the signed
    rows had been planned, from 投资…建设, and the plan's none)."""
    stages = stages_of("新北区重大项目集中签约开工\n来源：常州日报 2024-03-28\n活动现场集中签约、开工项目18个。\n"
                       "序号\t项目名称\t投资主体\t总投资（亿元）\t建设地点\t类型\n"
                       "1\t天合光能新一代N型TOPCon电池及组件项目\t天合光能股份有限公司\t45\t罗溪镇\t签约\n"
                       "2\t新誉轨道交通装备智能制造基地\t新誉集团有限公司\t22\t龙虎塘街道\t开工\n\n2025年重点项目\n"
                       "序号\t项目名称\t建设单位\t总投资（亿元）\t建设内容\t2025年进度安排\n"
                       "1\t瑞康生物疫苗产业化基地二期\t天津瑞康生物科技有限公司\t12\t新建疫苗车间\t在建\n")
    assert stages.get("天合光能新一代N型TOPCon电池及组件项目") == "signed", stages
    assert stages.get("新誉轨道交通装备智能制造基地") == "starting", stages
    assert stages.get("瑞康生物疫苗产业化基地二期") == "under_construction", stages


# -- firms ------------------------------------------------------------------------------------------------------------


def test_a_parents_short_name_before_its_subsidiary_is_no_alias_of_it() -> None:
    """星宇股份全资子公司常州星宇智能科技有限公司: two firms, the second the first's subsidiary (星宇股份, sharing the brand, had
    been the subsidiary's alias, and its 链主 role and its project the subsidiary's)."""
    nodes, edges = series_graph("新北区重大项目集中签约\n来源：常州日报 2024-03-28\n汽车核心零部件方面，星宇股份全资子公司常州星宇智能"
                                "科技有限公司投资18亿元建设智能车灯电子模组项目，落户薛家镇。\n")
    assert {"星宇股份", "常州星宇智能科技有限公司"} <= names_of(nodes, "Enterprise"), names_of(nodes, "Enterprise")
    assert ("Enterprise:常州星宇智能科技有限公司", "Enterprise:星宇股份") in pairs_of(edges, "SUBSIDIARY_OF")


# -- stages -----------------------------------------------------------------------------------------------------------


def test_projects_listed_after_a_count_started_start() -> None:
    """白沙工业园还集中开工了3个项目，总投资19.8亿元：A（…）、B（…）、C（…）: each starts (none had a stage)."""
    stages = stages_of("竣工投产\n来源：江津日报 2025-09-28\n当天，白沙工业园还集中开工了3个项目，总投资19.8亿元：重庆嘉润聚合材料有限公司"
                       "年产5万吨尼龙弹性体项目（总投资8.5亿元）、白沙工业园化工新材料集中区污水处理厂二期扩建工程（总投资3.3亿元）、"
                       "白沙港区疏港公路（总投资8亿元）。\n")
    assert set(stages.values()) == {"starting"} and len(stages) == 3, stages


def test_a_step_of_the_works_done_completes_no_project() -> None:
    """已完成机房装修, 完成一期设备安装, 完成主线桥梁施工, 完成设备调试, 已完成鲁台村、西河村一带老旧房屋征收: a step of the works done,
    no completed project (each had been completed; the last one's 、 had cut the clause before its object); 推动A竣工投产、B
    开工建设 still gives each item its own verb, and 已完成建设 completes its works."""
    stages = stages_of("临空经济区在建项目\n来源：长江日报 2025-10-15\n位于祁家湾街道的中国移动（湖北）临空数据中心二期已完成机房装修，"
                       "预计11月投入运营。在前川街道，前川老城区有机更新一期工程已完成鲁台村、西河村一带老旧房屋征收，涉及居民1260户。"
                       "宏达高科家纺智能制造示范项目完成一期设备安装。京港澳高速郭店互通立交改造工程完成主线桥梁施工。河南雪兔食品有限"
                       "公司中央厨房项目完成设备调试，即将投产。郑许市域铁路新郑段已完成建设。推动华川机器人二期项目竣工投产、锦程新材料"
                       "项目开工建设。\n")
    assert not {name for name, stage in stages.items() if stage == "completed"} - {"郑许市域铁路新郑段"}, stages
    assert stages.get("宏达高科家纺智能制造示范项目") == "under_construction", stages
    assert stages.get("郑许市域铁路新郑段") == "completed", stages
    assert stages.get("锦程新材料项目") == "starting", stages
