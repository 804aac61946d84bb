"""Rules of the thirty-fourth session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import names_of, pairs_of, series_graph, stages_of

# -- places ---------------------------------------------------------------------------------------------------------


def test_a_village_written_after_its_town_is_in_that_town() -> None:
    """位于紫蓬镇聚星村: 聚星村 is in 紫蓬镇, whatever town the gazetteer lists for a village of that name (it had gone
    to 铭传乡, a town no text names)."""
    nodes, edges = series_graph("肥西县集中开工\n来源：肥西县融媒体中心 2025-03-20\n此次开工的紫蓬山旅游度假区康养综合体项目"
                                "位于紫蓬镇聚星村，总投资9.6亿元。\n")
    assert ("Village:聚星村", "PART_OF", "Town:紫蓬镇") in edges
    assert not [e for e in edges if e[0] == "Village:聚星村" and e[2] != "Town:紫蓬镇"], edges
    assert "铭传乡" not in names_of(nodes, "Town")


def test_a_lake_or_river_named_like_a_place_is_no_place() -> None:
    """巢湖十年禁渔 is the lake, 锦江滨水空间 the river, and 永安湖 no 永安镇 cut short: no 巢湖市, no 锦江区, and the
    park works keep the lake's name."""
    nodes, _ = series_graph("双流区重点项目计划\n来源：成都市双流区人民政府 2023-02-21\n实施锦江滨水空间及游客服务中心建设。"
                            "永安湖城市森林公园提升工程由成都市双流区城乡建设投资集团有限公司建设，位于永安镇。\n")
    assert "锦江区" not in names_of(nodes, "Region")
    assert "永安湖城市森林公园提升工程" in names_of(nodes, "Project")
    nodes, _ = series_graph("三河镇2023年工作总结\n来源：肥西县三河镇人民政府 2024-01-10\n巢湖十年禁渔退捕工作持续巩固。\n")
    assert "巢湖市" not in names_of(nodes, "Region")


# -- stages ---------------------------------------------------------------------------------------------------------


def test_this_projects_first_phase_is_the_first_phase() -> None:
    """X二期开工。该项目由…投资建设，一期已于2024年6月竣工投产: the clause about 一期 stages X一期, not X二期 (the second
    phase had been in operation the day it started)."""
    stages = stages_of("肥西县集中开工\n来源：肥西县融媒体中心 2025-03-20\n在三河镇，鑫拓精密动力电池结构件项目二期当天同步开工。"
                       "该项目由安徽鑫拓精密结构件有限公司投资建设，一期已于2024年6月竣工投产。去年鑫拓精密动力电池结构件项目一期"
                       "建成。\n")
    assert stages["鑫拓精密动力电池结构件项目二期"] == "starting"
    assert stages["鑫拓精密动力电池结构件项目一期"] == "in_operation"


def test_a_plan_tables_category_column_and_a_signing_list_stage_their_rows() -> None:
    """A 项目类别 column (续建, 新开工, 前期) stages its rows; a table under 主要签约项目如下： or under a caption with a blank
    line below it is signed; a 签约单位 column develops the row's project."""
    stages = stages_of("双流区2023年重点项目计划\n来源：成都市双流区人民政府办公室 2023-02-21\n序号\t项目名称\t建设单位\t项目类别\n"
                       "1\t蓉芯微电子功率半导体封装测试基地项目\t四川蓉芯微电子科技有限公司\t续建\n"
                       "2\t京睿显示模组生产基地项目\t四川京睿光电科技有限公司\t新开工\n")
    assert stages["蓉芯微电子功率半导体封装测试基地"] == "under_construction"
    assert stages["京睿显示模组生产基地"] == "starting"
    text = ("东西湖区招商推介会\n来源：长江日报 2023-05-19\n主要签约项目如下：\n序号\t项目名称\t投资方\t总投资(亿元)\n"
            "1\t瑞康生物医药产业园二期\t湖北瑞康生物医药有限公司\t18\n\n附：集中签约项目（部分）\n\n序号\t项目名称\t签约单位\t"
            "总投资（亿元）\n1\t恒远动力固态电池中试线项目\t合肥恒远动力电池有限公司\t15.0\n")
    stages = stages_of(text)
    assert stages["瑞康生物医药产业园二期"] == "signed"
    assert stages["恒远动力固态电池中试线"] == "signed"
    _, edges = series_graph(text)
    assert ("Enterprise:合肥恒远动力电池有限公司", "DEVELOPS", "Project:恒远动力固态电池中试线") in edges


# -- indicators -----------------------------------------------------------------------------------------------------


def test_an_indicator_tables_remarks_column_is_no_next_rows_field() -> None:
    """A mid-term evaluation's table ends each row with its assessment (评估结论): the next row no longer takes it as its
    field, nor the first row the header's word."""
    text = ("长安区十四五规划中期评估报告\n来源：长安区发展和改革委员会 2023-11-10\n序号\t指标名称\t单位\t2020年基期值\t"
            "2025年目标值\t指标属性\t评估结论\n1\t地区生产总值\t亿元\t887.6\t1300\t预期性\t符合进度\n"
            "2\t固定资产投资年均增长\t%\t—\t7\t预期性\t滞后\n")
    nodes, _ = extract_graph([document_from_text(text, doc_id="t")])
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    fields = {e.target: e.properties.get("field") for e in edges if e.type.value == "SETS_TARGET"}
    assert fields == {"Indicator:地区生产总值": None, "Indicator:固定资产投资年均增长": None}, fields


def test_a_round_milestone_before_the_figure_leaves_the_figure_its_measures() -> None:
    """地区生产总值突破千亿大关，达到1006.3亿元，增长10.2%: the level and its growth are the measure's (the milestone
    written in words had cut the figure off its measure)."""
    _, edges = extract_graph([document_from_text(
        "肥西县政府工作报告\n来源：肥西县人民政府 2022-01-20\n一、2021年工作回顾\n全县地区生产总值突破千亿大关，达到1006.3亿元，"
        "增长10.2%，成为全省首个地区生产总值超千亿元的县。\n", doc_id="t")])
    props = next(e.properties for e in edges if e.type.value == "SETS_TARGET" and e.target == "Indicator:地区生产总值")
    assert (props.get("baseline"), props.get("growth"), props.get("unit")) == ("1006.3", "10.2", "亿元"), props


# -- chains ---------------------------------------------------------------------------------------------------------


def test_a_list_of_chains_names_each_chain() -> None:
    """聚焦A、B、…等重点产业链 names every item a chain, the taxonomy's or not (绿色化工 and 影视文化 had been lost), and
    打造的千亿级产业链 names none (的千亿级 had been a chain)."""
    nodes, _ = series_graph("青岛西海岸新区2021年计划执行情况\n来源：青岛西海岸新区发展和改革局 2022-01-10\n全面推行产业链“链长制”，"
                            "聚焦智能家电、集成电路、新能源汽车、绿色化工、海洋装备、影视文化等重点产业链，由区级领导担任链长。"
                            "新能源汽车产业链是新区“十四五”期间重点打造的千亿级产业链之一。\n")
    chains = names_of(nodes, "IndustryChain")
    assert {"智能家电", "集成电路", "新能源汽车", "绿色化工", "海洋装备", "影视文化"} <= chains, chains
    assert not [c for c in chains if "千亿" in c or c.startswith("的")], chains


def test_chain_leaders_listed_before_a_list_of_chains_lead_none_of_them() -> None:
    """发挥A、B等链主企业带动作用，围绕W、X、Y、Z等重点产业链: which firm leads which chain the sentence does not say (each
    had been put in all four)."""
    _, edges = series_graph("双流区集中开工\n来源：双流发布 2025-03-28\n发挥蓉芯半导体、京睿光电等链主企业带动作用，围绕功率半导体、"
                            "新型显示、生物医药、航空维修等重点产业链精准招引配套企业。\n")
    assert not pairs_of(edges, "IN_CHAIN"), edges


def test_a_chain_word_in_a_name_is_no_chain_of_the_paragraph() -> None:
    """瑞康生物医药产业园二期 names no chain 瑞康生物医药, and 华口智能制造产业园 leading a paragraph puts its firms in no
    chain 智能制造 (no text sets it)."""
    _, edges = series_graph("顺德区村改项目集中动工\n来源：佛山日报 2023-03-28\n在容桂街道分会场，华口智能制造产业园一期已完成主体"
                            "结构封顶，二期同步开工。改造后将重点承接海信家电、万和新电气、万家乐等链主企业的配套项目。\n"
                            "大健康领域，湖北瑞康生物医药有限公司将追加投资建设瑞康生物医药产业园二期。\n")
    chains = {target for _, target in pairs_of(edges, "IN_CHAIN")}
    assert "IndustryChain:瑞康生物医药" not in chains and "IndustryChain:智能制造" not in {
        t for s, t in pairs_of(edges, "IN_CHAIN") if s.startswith("Enterprise:")}, edges


def test_leaders_of_the_one_chain_a_chain_leader_sentence_names() -> None:
    """航天产业链实行链长制，…明确E（以下简称“X”）为链主企业 and 担任文化旅游产业链链长，E1、E2为链主企业: the firms lead the
    sentence's one chain (航天, no taxonomy word, had been no chain; no firm had its role)."""
    _, edges = extract_graph([document_from_text(
        "长安区链长制工作\n来源：长安区发展和改革委员会 2023-11-10\n航天产业链实行链长制，由区委书记陈立新任链长，明确陕西天衡"
        "航天动力科技有限公司（以下简称“天衡动力”）为链主企业。\n我区全面推行重点产业链“链长制”，由区委副书记、区长赵建军担任"
        "文化旅游产业链链长，西安常宁文化旅游发展集团有限公司、陕西终南山旅游开发有限公司为链主企业。\n", doc_id="t")])
    led = {(e.source, e.target) for e in edges if e.type.value == "IN_CHAIN" and e.properties.get("role") == "链主"}
    assert led == {("Enterprise:陕西天衡航天动力科技有限公司", "IndustryChain:航天"),
                   ("Enterprise:西安常宁文化旅游发展集团有限公司", "IndustryChain:文化旅游"),
                   ("Enterprise:陕西终南山旅游开发有限公司", "IndustryChain:文化旅游")}, led


# -- people and bodies ----------------------------------------------------------------------------------------------


def test_a_towns_party_secretary_and_a_cppcc_chair_hold_their_bodies() -> None:
    """紫蓬镇党委书记吴静 holds 紫蓬镇党委 (a mention too); 区政协主席马玉兰 holds the district's 政协 (政协主席 is one
    word for the segmenter); a 镇长 names no body: no edge."""
    nodes, edges = series_graph("长安区项目观摩\n来源：长安区融媒体中心 2025-04-10\n区委书记陈立新，区政协主席马玉兰等区级领导参加"
                                "观摩。\n")
    assert ("Person:马玉兰", "HOLDS_OFFICE", "Organization:长安区政协") in edges, edges
    nodes, edges = series_graph("肥西县集中开工\n来源：肥西县融媒体中心 2025-03-20\n紫蓬镇党委书记吴静介绍，项目进展顺利。"
                                "三河镇镇长王明出席。\n")
    assert ("Person:吴静", "HOLDS_OFFICE", "Organization:紫蓬镇党委") in edges, edges
    assert not [e for e in edges if e[0] == "Person:王明" and e[1] == "HOLDS_OFFICE"], edges


def test_a_bylines_title_and_name_apart_give_the_publishers_office() -> None:
    """青岛西海岸新区发展和改革局局长 王立新 on a report's byline: he heads the publisher (the space, and the segmenter's
    局|局长, had left him without his office)."""
    _, edges = series_graph("关于青岛西海岸新区2021年计划执行情况的报告\n来源：青岛西海岸新区发展和改革局 2022-01-10\n"
                            "青岛西海岸新区发展和改革局局长 王立新\n各位代表：\n")
    assert ("Person:王立新", "HOLDS_OFFICE", "Organization:青岛西海岸新区发展和改革局") in edges, edges


def test_the_speakers_body_opening_a_sentence_is_no_partner() -> None:
    """三河镇党委书记吴海涛介绍，镇里引入A，与B合资成立C: A and B cooperate, not the committee of the speaker's title."""
    _, edges = series_graph("三河古镇文旅\n来源：肥西县融媒体中心 2023-10-10\n三河镇党委书记吴海涛介绍，镇里引入安徽巢湖文旅集团"
                            "有限公司，与肥西县文化旅游投资有限公司合资成立三河古镇旅游运营管理有限公司。\n")
    coop = pairs_of(edges, "COOPERATES_WITH")
    assert ("Enterprise:安徽巢湖文旅集团有限公司", "Enterprise:肥西县文化旅游投资有限公司") in coop, coop
    assert not [pair for pair in coop if "Organization:三河镇党委" in pair], coop


# -- names ----------------------------------------------------------------------------------------------------------


def test_verbs_and_descriptions_before_a_name_are_no_part_of_it() -> None:
    """奋力谱写, 盘活, 紧盯, 您提出, 搬迁至, 来自, 获, 镇属国企 before a name open none (奋力谱写临空港经开区 had been a
    park, 整体搬迁至华口智能制造产业园一期 a project, 北滘镇属国企佛山市…有限公司 a firm)."""
    nodes, _ = series_graph("顺德区新闻\n来源：佛山日报 2023-03-28\n项目由北滘镇属国企佛山市顺德区北滘投资发展有限公司投资建设。"
                            "华鹏热能2024年整体搬迁至华口智能制造产业园一期。公司核心团队来自哈尔滨工业大学。奋力谱写临空港经开区"
                            "高质量发展新篇章。盘活三河镇工业集中区闲置土地120亩。三河配套产业园规划获县政府批复。\n")
    names = {n.split(":", 1)[1] for n in nodes}
    assert {"佛山市顺德区北滘投资发展有限公司", "华口智能制造产业园一期", "哈尔滨工业大学", "三河镇工业集中区"} <= names, names
    assert not [n for n in names if n.startswith(("北滘镇属", "整体搬迁", "公司核心", "奋力", "盘活", "获"))], names


def test_zone_words_and_their_committees_written_short() -> None:
    """中德生态园, 长安大学城 and 广东工业设计城 are parks; 中德生态园管委 is the zone's 管理委员会 (北辰区城管委 no zone's);
    国家级临空港经开区 is the district's 武汉临空港经济技术开发区."""
    nodes, _ = series_graph("青岛西海岸新区调研\n来源：青岛西海岸新区融媒体中心 2023-09-10\n调研组来到位于中德生态园的海尔卡奥斯"
                            "工业互联网生态园二期项目现场。长安大学城聚集了15所高校。中德生态园管委为成员单位。北辰区城管委负责。\n")
    assert {"中德生态园", "长安大学城"} <= names_of(nodes, "Park")
    assert "中德生态园管理委员会" in names_of(nodes, "Organization")
    assert not [n for n in names_of(nodes, "Organization") if "城管" in n]
    nodes, _ = series_graph("东西湖区招商推介会\n来源：长江日报 2023-05-19\n武汉临空港经济技术开发区(东西湖区)推介会在深圳举行。"
                            "东西湖区是国家级临空港经开区所在地。\n")
    assert names_of(nodes, "Park") == {"武汉临空港经济技术开发区"}, names_of(nodes, "Park")


def test_a_park_named_by_its_village_keeps_it() -> None:
    """乐从镇劳村家居智造产业园: the park is 劳村家居智造产业园 in 乐从镇 (家居智造产业园 alone would join every town's)."""
    nodes, edges = series_graph("顺德区村改项目\n来源：佛山日报 2023-03-28\n乐从镇劳村家居智造产业园、伦教街道荔村智能装备产业园"
                                "同日动工。\n")
    assert {"劳村家居智造产业园", "荔村智能装备产业园"} <= names_of(nodes, "Park"), names_of(nodes, "Park")
    assert ("Park:劳村家居智造产业园", "LOCATED_IN", "Town:乐从镇") in edges


def test_a_sentence_opening_with_by_builder_tells_the_works_just_named() -> None:
    """一是X项目。项目由Y投资建设: Y develops X; 由A与B共建的C opens no such sentence (A and B build C, not the works
    before); X项目负责人 names no works."""
    nodes, edges = series_graph("长安区提案答复\n来源：长安区文化和旅游体育局 2022-07-10\n一是常宁宫文旅综合体项目。项目由西安常宁"
                                "文化旅游发展集团有限公司投资建设，位于子午街道常宁宫片区。港中大三期项目开工。由龙岗区科技创新局与"
                                "香港中文大学共建的大运智能机器人创新中心揭牌运营。蓉芯微电子项目负责人向记者展示了进度表。\n")
    assert ("Enterprise:西安常宁文化旅游发展集团有限公司", "DEVELOPS", "Project:常宁宫文旅综合体") in edges, edges
    assert not [e for e in edges if e[2] == "Project:港中大三期" and e[0].startswith("Organization:")], edges
    assert "蓉芯微电子项目" not in names_of(nodes, "Project") and "蓉芯微电子" not in names_of(nodes, "Project")


# -- a second look ----------------------------------------------------------------------------------------------------


def test_projects_listed_after_a_count_that_started_together_start() -> None:
    """此次有6个…项目集中开工，包括A、B、C等: each item starts (none had a stage); a goal's count (计划…开工，包括…) stages
    nothing."""
    stages = stages_of("肥西县集中开工\n来源：肥西县融媒体中心 2025-03-20\n此次有6个城市更新和公共服务项目集中开工，包括派河生态"
                       "廊道三期工程、肥西县第三中学扩建工程等，总投资21.4亿元。计划年内有5个项目开工，包括甲乙产业园二期项目等。\n")
    assert stages["派河生态廊道三期"] == "starting" and stages["肥西县第三中学扩建工程"] == "starting", stages
    assert stages.get("甲乙产业园二期") is None, stages


def test_works_a_firm_builds_are_named_and_staged_by_their_own_clause() -> None:
    """X有限公司投资建设的空港国际冷链物流枢纽项目正式开工: the works are named though their words are common, and start;
    该项目…，与已建成运营的Y形成联动 gives them no stage of Y's."""
    text = ("双流区集中开工\n来源：双流发布 2025-03-28\n在空港商务区分会场，四川空港物流发展有限公司投资建设的空港国际冷链物流"
            "枢纽项目正式开工。该项目总投资15亿元，与已建成运营的空港国际物流园二期形成联动。\n")
    assert stages_of(text)["空港国际冷链物流枢纽"] == "starting"
    _, edges = series_graph(text)
    assert ("Enterprise:四川空港物流发展有限公司", "DEVELOPS", "Project:空港国际冷链物流枢纽") in edges


def test_this_campus_and_a_phase_after_the_works_words() -> None:
    """该院区…已于今年1月竣工 stages the 院区 named before; 三河古镇保护开发二期项目 keeps its town and its phase (古镇保护
    开发 had taken the 二期 and the 三期 both)."""
    stages = stages_of("长安区观摩\n来源：长安区融媒体中心 2025-04-10\n观摩团还察看了长安区医院郭杜院区项目。该院区总投资9.1亿元，"
                       "已于今年1月竣工。\n")
    assert stages["长安区医院郭杜院区"] == "completed", stages
    nodes, _ = series_graph("三河镇2023年工作总结\n来源：肥西县三河镇人民政府 2024-01-10\n三河古镇保护开发二期项目完成投资3.2"
                            "亿元。\n")
    assert "三河古镇保护开发二期" in names_of(nodes, "Project"), names_of(nodes, "Project")


def test_villages_listed_after_their_town() -> None:
    """覆盖泊里镇西寺村、大庄村等12个村: 西寺村 (not 镇西寺村) and 大庄村 are both 泊里镇's (大庄村 had gone to the
    gazetteer's 胶南街道)."""
    nodes, edges = series_graph("黄岛区调研\n来源：青岛西海岸新区融媒体中心 2023-09-10\n在青岛市黄岛区泊里镇，该产业园覆盖泊里镇"
                                "西寺村、大庄村等12个村。\n")
    assert {("Village:西寺村", "Town:泊里镇"), ("Village:大庄村", "Town:泊里镇")} <= pairs_of(edges, "PART_OF"), edges
    assert "镇西寺村" not in names_of(nodes, "Village")


def test_a_county_named_like_another_is_the_one_the_text_places() -> None:
    """西安市长安区 (not 石家庄市's 长安区): its streets are found (子午街道, 鸣犊街道 had been none), and 子午峪, a valley,
    keeps its name in the works (not 峪田园综合体)."""
    nodes, _ = series_graph("西安市长安区观摩\n来源：西安市长安区融媒体中心 2025-04-10\n鸣犊街道、杨庄街道被列为黄旗单位。子午街道"
                            "加快建设子午峪田园综合体。\n")
    assert {"鸣犊街道", "杨庄街道", "子午街道"} <= names_of(nodes, "Town"), names_of(nodes, "Town")
    assert not [n for n in names_of(nodes, "Project") if n.startswith("峪")], names_of(nodes, "Project")


def test_a_body_joining_the_next_in_a_list_is_no_part_of_its_name() -> None:
    """区教育局、区文旅局联合西安电子科技大学、陕西师范大学等8所高校: 区文旅局 and 西安电子科技大学 are two bodies (one
    Organization had held both)."""
    nodes, _ = series_graph("长安区十四五中期评估\n来源：长安区发展和改革委员会 2023-11-10\n5月，区教育局、区文旅局联合西安电子科技"
                            "大学、陕西师范大学等8所高校发起成立联盟。\n")
    bodies = names_of(nodes, "Organization")
    assert {"长安区文旅局", "西安电子科技大学", "陕西师范大学"} <= bodies and not [b for b in bodies if "联合" in b], bodies


def test_a_parks_service_centre_and_an_enforcement_brigade_are_bodies() -> None:
    """成都芯谷管理服务中心 and …综合行政执法大队 are Organizations (the first had been a Project planned by the sentence's
    works, the second no node)."""
    nodes, _ = series_graph("双流区2023年重点项目计划\n来源：成都市双流区人民政府办公室 2023-02-21\n由西航港街道和成都芯谷管理服务"
                            "中心负责前期工作。我局委托成都市双流生态环境保护综合行政执法大队负责监督检查工作。\n")
    assert {"成都芯谷管理服务中心", "成都市双流生态环境保护综合行政执法大队"} <= names_of(nodes, "Organization")
    assert "成都芯谷管理服务中心" not in names_of(nodes, "Project")


def test_a_named_hospitals_or_schools_branch_is_a_body() -> None:
    """肥西县人民医院三河分院 and 合肥一中滨湖分校 are bodies of their own (the branch had been cut to its parent); 名校办分校、
    名医院建分院, a policy's words, names none."""
    nodes, _ = series_graph("三河镇2023年工作总结\n来源：肥西县三河镇人民政府 2024-01-10\n三河镇卫生院升格为肥西县人民医院三河分院。"
                            "合肥一中滨湖分校开学。推动名校办分校、名医院建分院。\n")
    bodies = names_of(nodes, "Organization")
    assert {"肥西县人民医院三河分院", "合肥一中滨湖分校"} <= bodies, bodies
    assert not [b for b in bodies if b.startswith("名")], bodies
