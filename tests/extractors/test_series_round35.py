"""Rules of the thirty-fifth session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import names_of, pairs_of, series_graph, stages_of

# -- chains and their leading firms -----------------------------------------------------------------------------------


def test_a_chains_leading_firm_named_after_its_chain_leads_it() -> None:
    """眼镜产业链链主企业瓯眼光学、锁具产业链链主企业瑞锁科技…等龙头企业: each firm is named without its role, and each leads
    the chain written before it, whatever the taxonomy holds (锁具 and 服装 are in none of its lists)."""
    nodes, edges = series_graph(
        "瓯海区经济和信息化局关于做好技改项目跟踪的通知\n来源：瓯海区经济和信息化局　发布日期：2023-05-10\n"
        "温州瑞锁智能科技股份有限公司、浙江森马服饰股份有限公司、浙江瓯眼光学科技有限公司获得补助。\n"
        "各街道要重点跟踪眼镜产业链链主企业瓯眼光学、锁具产业链链主企业瑞锁科技、服装产业链链主企业森马服饰等龙头企业技改项目"
        "实施情况。\n")
    assert not [n for n in names_of(nodes, "Enterprise") if "链主" in n]
    assert {"眼镜", "锁具", "服装"} <= names_of(nodes, "IndustryChain")
    assert ("Enterprise:温州瑞锁智能科技股份有限公司", "IN_CHAIN", "IndustryChain:锁具") in edges
    assert ("Enterprise:浙江森马服饰股份有限公司", "IN_CHAIN", "IndustryChain:服装") in edges
    assert ("Enterprise:温州瑞锁智能科技股份有限公司", "IN_CHAIN", "IndustryChain:眼镜") not in edges


def test_a_counted_list_of_chains_names_each_chain() -> None:
    """围绕花卉、数字经济、生物医药和大健康、新能源电池四条产业链 (a count, no 等) names 花卉 and 新能源电池, which is no
    新能源; 生命健康 is a chain of the taxonomy."""
    nodes, _ = series_graph("呈贡区政府工作报告\n来源：呈贡区人民政府 2022-02-10\n实施重点产业链链长制，围绕花卉、数字经济、"
                            "生物医药和大健康、新能源电池四条产业链精准招商。大力发展生命健康产业。\n")
    chains = names_of(nodes, "IndustryChain")
    assert {"花卉", "数字经济", "生物医药", "新能源电池", "生命健康"} <= chains
    assert "新能源" not in chains


# -- names ------------------------------------------------------------------------------------------------------------


def test_a_list_after_a_subject_and_its_adverb_holds_no_subject() -> None:
    """鸠江区人民政府分别与A、B等企业代表签订: the government signs with the firms (no Enterprise 鸠江区人民政府分别);
    生物医药和大健康产业依托云南白药、昆明医科大学等: the list opens after 依托."""
    nodes, edges = series_graph(
        "鸠江区集中签约\n来源：鸠江区融媒体中心 2025-03-18\n签约仪式上，鸠江区人民政府分别与埃夫特智能装备股份有限公司、"
        "安徽长鸿储能科技有限公司等企业代表签订投资合作协议。生物医药和大健康产业依托云南白药、昆明医科大学等龙头企业和科研院所，"
        "打造创新高地。\n")
    firms = names_of(nodes, "Enterprise")
    assert not [n for n in firms if "分别" in n or "依托" in n], firms
    assert ("Enterprise:安徽长鸿储能科技有限公司", "COOPERATES_WITH", "Organization:鸠江区人民政府") in edges


def test_words_before_a_name_that_open_no_name() -> None:
    """正是, 西靠 (and 东靠…), 年经 (2006年经…批准) and a 如 glued to the town a works' name opens with are no part of the
    names after them."""
    nodes, _ = series_graph(
        "鸠江经济开发区简介\n来源：鸠江经济开发区管委会 2021-04-01\n园区2006年经安徽省人民政府批准为省级开发区，西靠芜湖港朱家桥"
        "外贸码头。客商看中的正是白药集团的带动作用。部分项目推进缓慢，如沈巷镇年产30万吨绿色建材项目因用地指标未落实仍未开工。\n")
    names = names_of(nodes, "Organization") | names_of(nodes, "Project") | names_of(nodes, "Enterprise")
    assert "安徽省人民政府" in names
    assert "芜湖港朱家桥外贸码头" in names
    assert not [n for n in names if n.startswith(("年经", "西靠", "正是", "如沈巷"))], names


def test_a_brand_holding_he_keeps_it() -> None:
    """由日本丸和精工株式会社投资建设的丸和精密零部件(大连)有限公司: 丸和 is the brand (和 no conjunction there), and a
    株式会社 is a company."""
    nodes, _ = series_graph("金普新区项目投产\n来源：大连日报 2024-10-26\n由日本丸和精工株式会社投资建设的丸和精密零部件(大连)有限公司"
                            "新工厂同日投产。\n")
    firms = names_of(nodes, "Enterprise")
    assert "丸和精密零部件(大连)有限公司" in firms
    assert "日本丸和精工株式会社" in firms
    assert "精密零部件(大连)有限公司" not in firms


# -- parks and places -------------------------------------------------------------------------------------------------


def test_zones_named_as_gathering_areas_and_cooperation_zones_are_parks() -> None:
    """江北新兴产业集中区, 大连湾临海装备制造业聚集区, 中日(大连)地方发展合作示范区 and a 国家旅游度假区 are parks; 共同富裕
    示范区 (a province's programme) and descriptions (中医药现代化产业聚集区, 大科学装置集中区) are none."""
    nodes, _ = series_graph(
        "金普新区十四五规划\n来源：大连金普新区管委会 2021-04-12\n二期项目选址江北新兴产业集中区。以大连湾临海装备制造业聚集区为"
        "主要载体，发展高端装备。深化中日(大连)地方发展合作示范区建设。推动大连金石滩国家旅游度假区创建世界级旅游度假区。"
        "以高质量发展建设共同富裕示范区为引领，打造中医药现代化产业聚集区，建设大科学装置集中区。\n")
    parks = names_of(nodes, "Park")
    assert {"江北新兴产业集中区", "大连湾临海装备制造业聚集区", "中日(大连)地方发展合作示范区", "大连金石滩国家旅游度假区"} <= parks
    assert not {"共同富裕示范区", "中医药现代化产业聚集区", "大科学装置集中区"} & parks
    assert "大连金石滩国家旅游度假区" not in names_of(nodes, "Project")


def test_villages_written_after_their_town_and_de() -> None:
    """官陡街道的门楼社区、湾里街道的湾里村: villages of those towns, without 的; 城中村 is a kind of village, no name."""
    nodes, edges = series_graph("鸠江经济开发区简介\n来源：鸠江经济开发区管委会 2021-04-01\n园区用地分布在官陡街道的门楼社区，"
                                "湾里街道的湾里村、汪宕村。实施乌龙街道城中村改造项目6个。\n")
    villages = names_of(nodes, "Village")
    assert {"门楼社区", "湾里村", "汪宕村"} <= villages
    assert not [v for v in villages if v.startswith("的")] and "城中村" not in villages
    assert ("Village:门楼社区", "PART_OF", "Town:官陡街道") in edges


# -- stages -----------------------------------------------------------------------------------------------------------


def test_a_step_or_a_part_of_the_works_done_completes_no_project() -> None:
    """完成主要生产设备安装, 完成厂房建设, 完成首宗地块出让 and 跑道延长段已竣工 complete a step or a part of the works: the
    project is under way, not completed."""
    stages = stages_of(
        "呈贡区重点项目推进情况的通报\n来源：呈贡区人民政府办公室 2023-10-19\n云南白药大健康产业园二期完成主要生产设备安装，"
        "预计年底前竣工投产。中电科钻石飞机公司DA50系列总装线项目已完成厂房建设，首架飞机计划于10月总装下线。"
        "温州南站综合交通枢纽TOD项目完成首宗地块出让，南站站前广场改造提升工程竣工投用。\n")
    assert stages["云南白药大健康产业园二期"] == "under_construction"
    assert stages["中电科钻石飞机公司DA50系列总装线项目"] == "under_construction"
    assert stages["温州南站综合交通枢纽TOD项目"] != "completed"
    assert stages["南站站前广场改造提升工程"] == "in_operation"


def test_a_progress_cell_reads_its_clauses() -> None:
    """A progress cell's end to come (设备安装调试，预计12月竣工; 年内投产) is under way, a start to come (拟开工) starting,
    a part done (跑道延长段竣工) no completion, 设备调试 under way and 正在办理施工许可 planned."""
    stages = stages_of(
        "重点项目推进情况\n来源：呈贡区人民政府办公室 2023-10-19\n序号\t项目名称\t建设单位\t形象进度\n"
        "1\t昆明国际花卉拍卖交易中心二期\t云南斗南花卉产业集团有限公司\t设备安装调试，预计12月竣工\n"
        "2\t湾里通用机场改扩建工程\t芜湖市鸠江区交通运输局\t跑道延长段竣工\n"
        "3\t年产5GWh动力电池模组项目(二期)\t安徽鸠兴新能源科技有限公司\t设备调试\n"
        "4\t常宁宫文旅综合体二期\t常宁文旅集团\t拟开工\n"
        "5\t恒安高端生活用纸生产线项目\t恒安(中国)纸业有限公司\t年内投产\n"
        "6\t星河卫星终端产业园二期\t西安星河卫星科技有限公司\t已完成土地摘牌，正在办理施工许可，计划11月开工\n")
    assert stages["昆明国际花卉拍卖交易中心二期"] == "under_construction"
    assert stages.get("湾里通用机场改扩建工程") != "completed"
    assert stages["年产5GWh动力电池模组项目(二期)"] == "under_construction"
    assert stages["常宁宫文旅综合体二期"] == "starting"
    assert stages["恒安高端生活用纸生产线"] == "under_construction"
    assert stages["星河卫星终端产业园二期"] == "planned"


# -- documents, indicators and offices --------------------------------------------------------------------------------


def test_a_portals_information_source_is_the_publisher() -> None:
    """来源：<portal>　信息来源：<body>: the body is the publisher, and no 人民政府信息 is named (the field's label is no part
    of the portal's name)."""
    text = ("潘桥街道2021年工作总结和2022年工作思路\n来源：温州市瓯海区人民政府　信息来源：潘桥街道办事处　发布日期：2022-01-14\n"
            "全街道研发经费投入强度达到3.1%。\n")
    document = document_from_text(text, doc_id="t")
    assert document.publisher == "潘桥街道办事处"
    nodes, _ = series_graph(text)
    assert not [n for n in names_of(nodes, "Organization") if n.endswith("信息")]
    assert "研发经费投入强度" in names_of(nodes, "Indicator")  # 全街道 is the scope, no part of the measure


def test_a_circulated_notice_and_a_statistical_bulletin_have_their_kinds() -> None:
    """关于…的通报 is a notice and a 统计公报 a report, not news."""
    notice = document_from_text("呈贡区人民政府办公室关于2023年第三季度全区重点项目推进情况的通报\n来源：呈贡区人民政府办公室 "
                                "2023-10-19\n现将推进情况通报如下。\n", doc_id="t")
    bulletin = document_from_text("2023年金普新区(金州区)国民经济和社会发展统计公报(摘要)\n来源:大连金普新区统计局 "
                                  "2024-04-18\n全年地区生产总值2586.3亿元。\n", doc_id="t")
    assert (notice.kind, bulletin.kind) == ("notice", "report")


def test_a_head_surnamed_he_holds_the_office() -> None:
    """区委副书记、区长和磊: 和 is the surname (and 和海外人才 still no one)."""
    nodes, edges = series_graph("呈贡区举办招商推介会\n来源：昆明日报 2025-06-18\n区委副书记、区长和磊出席推介会。"
                                "会议邀请专家和海外人才参加。\n")
    assert ("Person:和磊", "HOLDS_OFFICE", "Region:呈贡区") in edges
    assert names_of(nodes, "Person") == {"和磊"}


def test_a_zones_bare_committee_after_its_party_committees_title() -> None:
    """金普新区党工委副书记、管委会主任刘振江: he holds both, the bare 管委会 being the zone's 管理委员会 (no alias 管委会)."""
    nodes, edges = series_graph("金普新区项目集中投产\n来源：大连日报 2024-10-26\n金普新区党工委副书记、管委会主任刘振江致辞。\n")
    assert ("Person:刘振江", "HOLDS_OFFICE", "Organization:金普新区党工委") in edges
    assert ("Person:刘振江", "HOLDS_OFFICE", "Organization:金普新区管理委员会") in edges
    assert "管委会" not in nodes["Organization:金普新区管理委员会"].aliases


def test_a_tables_row_and_the_prose_naming_its_company_are_one_project() -> None:
    """A table's row 年产10GWh储能电池项目(一期) built by 安徽长鸿储能科技有限公司 is the project the prose writes with the company
    first, and a brand opening a row (蓉芯功率半导体封测基地二期) is the company's: one node each, whatever the year."""
    nodes, _ = series_graph(
        "鸠江区重点项目建设情况报告\n来源：鸠江区人大常委会 2023-09-05\n位于二坝镇的安徽长鸿储能科技有限公司年产10GWh储能电池项目"
        "(一期)于今年4月开工。\n序号\t项目名称\t建设单位\t建设地点\t进展情况\n1\t年产10GWh储能电池项目(一期)\t安徽长鸿储能科技有限公司"
        "\t二坝镇\t主体施工\n2\t智能座舱零部件生产基地\t安徽博越汽车电子有限公司\t湾里街道\t设备安装\n")
    projects = names_of(nodes, "Project")
    assert "年产10GWh储能电池项目(一期)" not in projects
    assert nodes["Project:安徽长鸿储能科技有限公司年产10GWh储能电池项目(一期)"].aliases == ["年产10GWh储能电池项目(一期)"]
    assert "智能座舱零部件生产基地" in projects  # the company's only project: nothing to join


# -- chains and places in context -------------------------------------------------------------------------------------


def test_a_projects_own_chain_wins_over_the_news_titles() -> None:
    """Under a title naming the 生物医药 chain, a project named by another chain of the text is in that one (呈贡数字经济
    产业园二期, 昆明国际花卉拍卖交易中心二期), a project whose sentence names another chain is in none, the rest in the title's."""
    _, edges = series_graph(
        "呈贡区举办生物医药和大健康产业链招商推介会\n来源：昆明日报 2025-06-18\n推介会上，深圳市康远医疗器械有限公司投资15.5亿元的"
        "西南智能制造基地项目签约。云南白药大健康产业园二期已于2024年初全面投产；昆明国际花卉拍卖交易中心二期于2024年10月竣工投用；"
        "呈贡数字经济产业园二期于今年3月开工建设。滇英新材料年产5万吨锂电池正极材料项目二期已完成设备安装，届时全区新能源电池产业链"
        "产值将突破80亿元。呈贡区围绕花卉、数字经济、生物医药和大健康、新能源电池四条产业链精准招商。\n")
    chained = pairs_of(edges, "IN_CHAIN")
    assert ("Project:呈贡数字经济产业园二期", "IndustryChain:数字经济") in chained
    assert ("Project:昆明国际花卉拍卖交易中心二期", "IndustryChain:花卉") in chained
    assert ("Project:西南智能制造基地", "IndustryChain:生物医药") in chained
    assert not [c for p, c in chained if p.startswith("Project:滇英") and c == "IndustryChain:生物医药"]
    assert ("Project:呈贡数字经济产业园二期", "IndustryChain:生物医药") not in chained


def test_a_sentence_naming_its_own_park_leaves_the_paragraphs_park() -> None:
    """A paragraph led by 芜湖航空产业园 (its first sentence): the works of a sentence naming another park (落户芜湖低空经济产业园) are not placed
    in the paragraph's park."""
    _, edges = series_graph(
        "鸠江区集中签约\n来源：鸠江区融媒体中心 2025-03-18\n中电科钻石飞机DA50RG扩能项目建成后，将进一步提升芜湖航空产业园整机"
        "制造能力。安徽翔鹭低空科技有限公司eVTOL整机研发制造基地落户去年12月揭牌的芜湖低空经济产业园。\n")
    located = pairs_of(edges, "LOCATED_IN")
    assert ("Project:eVTOL整机研发制造基地", "Park:芜湖航空产业园") not in located


def test_a_firm_signing_for_its_works_develops_them() -> None:
    """X与P签约建设Y and P与X签约建设Y: the firm develops Y; not works whose name runs on (吴泾工业区|转型升级…项目), and not
    from an agreement about a park (签订低空经济产业园合作协议: the body's partner)."""
    _, edges = series_graph(
        "铜山区重大项目集中开工\n来源：徐州日报 2024-03-20\n上海华芯电子材料有限公司与铜山经开区签约建设高纯电子化学品项目，"
        "总投资22亿元；开发区与宁波均胜电子股份有限公司签约汽车电子零部件生产基地项目。上海闵行城市建设投资开发有限公司与吴泾镇"
        "签约吴泾工业区转型升级城市更新项目。\n")
    developed = pairs_of(edges, "DEVELOPS")
    assert ("Enterprise:上海华芯电子材料有限公司", "Project:高纯电子化学品项目") in developed
    assert ("Enterprise:宁波均胜电子股份有限公司", "Project:汽车电子零部件生产基地") in developed
    assert not [t for s, t in developed if s == "Enterprise:上海闵行城市建设投资开发有限公司"]


def test_a_level_word_or_a_road_after_a_place_name_is_no_place() -> None:
    """新建|区域性养老服务中心 names no 新建区 (南昌市); 龙城大街 is a road, no 龙城街道; 在吴圩镇投入运营 names no village."""
    nodes, _ = series_graph(
        "小店区政府工作报告\n来源：太原市小店区人民政府 2021-02-01\n新建区域性养老服务中心4个。龙城大街南延工程全线贯通。"
        "京东产地仓于9月在刘家堡乡投入运营。\n")
    assert not {"新建区", "南昌市"} & names_of(nodes, "Region")
    assert "龙城街道" not in names_of(nodes, "Town")
    assert "龙城大街南延工程" in names_of(nodes, "Project")
    assert not names_of(nodes, "Village")


def test_a_leading_group_roster_names_the_bureau_head() -> None:
    """江南区科学技术局局长罗文斌任办公室主任: 罗文斌 heads the bureau; 任 opens no body's name."""
    nodes, edges = series_graph("江南区科技创新规划\n来源：南宁市江南区人民政府 2025-03-20\n成立科技创新工作领导小组，办公室设在区"
                                "科技局，江南区科学技术局局长罗文斌任办公室主任。\n")
    assert not [n for n in names_of(nodes, "Organization") if "罗文斌" in n]
    assert ("Person:罗文斌", "HOLDS_OFFICE", "Organization:江南区科学技术局") in edges


def test_stages_of_the_same_year_and_of_opening_words() -> None:
    """当年签约、当年开工 starts; a hospital's 开诊 puts it in operation; 全线贯通 completes the works."""
    stages = stages_of("小店区委全会报告\n来源：中共太原市小店区委 2025-12-26\n山西国润生物医药有限公司疫苗冷链配送中心项目当年签约、"
                       "当年开工。小店区人民医院新院区正式开诊。龙城大街南延工程全线贯通。\n")
    assert stages["山西国润生物医药有限公司疫苗冷链配送中心"] == "starting"
    assert stages["小店区人民医院新院区"] == "in_operation"
    assert stages["龙城大街南延工程"] == "completed"


def test_chain_leaders_noted_in_brackets_lead_their_own_chains() -> None:
    """恒瑞智能（工程机械及关键零部件产业链链主企业）、…、中安应急（安全应急装备产业链链主企业）: each firm leads the chain of its
    own note (the chain as written), and no other chain of the list."""
    _, edges = series_graph(
        "铜山区优化营商环境若干措施\n来源：铜山区人民政府办公室 2023-04-10\n江苏恒瑞智能装备有限公司、江苏博瑞新能源科技有限公司、"
        "江苏中安应急装备有限公司获评。\n重点支持恒瑞智能（工程机械及关键零部件产业链链主企业）、博瑞新能源（新能源产业链链主企业）、"
        "中安应急（安全应急装备产业链链主企业）做大做强。\n")
    chained = pairs_of(edges, "IN_CHAIN")
    assert chained == {("Enterprise:江苏恒瑞智能装备有限公司", "IndustryChain:工程机械及关键零部件"),
                       ("Enterprise:江苏博瑞新能源科技有限公司", "IndustryChain:新能源"),
                       ("Enterprise:江苏中安应急装备有限公司", "IndustryChain:安全应急装备")}


def test_a_parks_declared_short_form_is_that_park_in_other_texts() -> None:
    """烟台福山高新技术产业区(以下简称“福山高新区”) in one text: 福山高新区 and a bare 高新区 in the others are that park, not an
    expanded 福山高新技术产业开发区 no text writes; its party committee written bare (高新区党工委) is the park's."""
    documents = [
        document_from_text("福山高新区简介\n来源：烟台福山高新技术产业区管委会 2022-06-15\n烟台福山高新技术产业区(以下简称“福山高新区”)"
                           "是省级高新技术产业开发区。福山高新区现有企业300余家，烟台福山高新技术产业区党工委书记姜春晖介绍。\n",
                           doc_id="d1"),
        document_from_text("孙维岳调研福山高新区\n来源：福山区融媒体中心 2023-03-08\n区委书记孙维岳带队深入福山高新区调研。高新区党工委"
                           "书记姜春晖陪同。\n", doc_id="d2"),
    ]
    nodes, _ = extract_graph(documents)
    parks = {n.name for n in nodes if n.label.value == "Park"}
    assert "烟台福山高新技术产业区" in parks and "福山高新技术产业开发区" not in parks
    assert not [n.name for n in nodes if n.label.value == "Organization" and n.name.startswith("福山高新技术产业开发区")]


def test_a_measure_named_after_fenbie_holds_no_fenbie() -> None:
    """A、B分别实现营业收入41.3亿元和38.6亿元: the measure is 营业收入, no 分别营业收入."""
    nodes, _ = series_graph("福山区上半年经济运行\n来源：福山区统计局 2025-07-28\n门楼新材料产业园、福山生物医药产业园分别实现营业收入"
                            "41.3亿元和38.6亿元。\n")
    assert names_of(nodes, "Indicator") == {"营业收入"}


def test_a_caption_announcing_part_of_a_list_stages_its_rows() -> None:
    """本次开工项目（部分）如下： stages the rows of the table under it, as 本次开工项目如下： does."""
    stages = stages_of("江南区项目集中开工\n来源：南宁日报 2023-06-16\n本次开工项目（部分）如下：\n\n序号\t项目名称\t建设单位\t建设地点\t"
                       "总投资（亿元）\n1\t金穗火龙果精深加工中心二期\t南宁金穗农业集团有限公司\t吴圩镇\t4.5\n")
    assert stages["金穗火龙果精深加工中心二期"] == "starting"


def test_name_openings_of_roads_connectives_and_partners() -> None:
    """104国道 keeps its number; 继 (after) and 投用 open no name; 中国—东盟 institutions keep 中国; 完整光伏产业链条 names the
    光伏 chain."""
    nodes, _ = series_graph(
        "铜山区重大项目集中开工\n来源：徐州日报 2024-03-20\n江苏博瑞新能源科技有限公司继10GW高效光伏组件项目于2022年底建成投产后，"
        "再投资建设二期。104国道铜山段改扩建工程建成通车。推进中国—东盟热带水果种质资源创新研究院落户吴圩镇。投用小店算力中心一期。"
        "全区着力打造完整光伏产业链条。\n")
    projects = names_of(nodes, "Project")
    assert "104国道铜山段" in projects and "小店算力中心一期" in projects
    assert not [p for p in projects if "继" in p or p.startswith(("国道", "投用"))], projects
    assert "中国—东盟热带水果种质资源创新研究院" in names_of(nodes, "Organization")
    assert names_of(nodes, "IndustryChain") == {"光伏"}


def test_a_provinces_regulation_is_not_the_state_councils() -> None:
    """《优化营商环境条例》 (the State Council's) and 《江苏省优化营商环境条例》 are two regulations."""
    nodes, _ = series_graph("铜山区优化营商环境若干措施\n来源：铜山区人民政府办公室 2023-04-10\n深入贯彻《优化营商环境条例》和"
                            "《江苏省优化营商环境条例》，制定本措施。\n")
    assert {"优化营商环境条例", "江苏省优化营商环境条例"} <= names_of(nodes, "Policy")


def test_festivals_leases_and_phases_of_works_holding_stop_words() -> None:
    """Quoted festivals after their villages (“稻田里的音乐节”…等节庆活动) are no works; 出租给 opens no name; a phase after
    works' words holding a stop word and 项目 (扬美古镇景区提升改造项目二期) keeps the name, not 扬美古镇 alone; 创成 (a
    rating won) opens no name."""
    nodes, _ = series_graph(
        "江南区乡村振兴工作报告\n来源：江南区人民政府 2022-12-20\n扬美古镇景区提升改造项目二期开工建设，新建游客服务中心；江西镇"
        "那廊村“稻田里的音乐节”、苏圩镇“沃柑文化旅游节”等节庆活动累计吸引游客20余万人次。苏圩镇振兴村股份经济合作社将闲置厂房"
        "出租给广西绿港果业。张集镇、黄集镇卫生院创成社区医院。\n")
    projects = names_of(nodes, "Project")
    assert "扬美古镇景区提升改造项目二期" in projects and "扬美古镇" not in projects
    assert not [p for p in projects if p.endswith("节") or "出租" in p or "创成" in p], projects


def test_a_park_inside_a_zone_written_short_is_the_one_written_in_full() -> None:
    """铜山经开区新能源产业园 in one text and 铜山经济技术开发区新能源产业园 in another's table are one park."""
    documents = [
        document_from_text("铜山区政府工作报告\n来源：铜山区人民政府 2021-02-01\n推动铜山经开区新能源产业园提档升级。\n", doc_id="d1"),
        document_from_text("铜山区集中开工\n来源：徐州日报 2024-03-20\n序号\t项目名称\t建设单位\t建设地点\n1\t高纯电子化学品项目\t"
                           "上海华芯电子材料有限公司\t铜山经济技术开发区新能源产业园\n", doc_id="d2"),
    ]
    nodes, _ = extract_graph(documents)
    parks = {n.name for n in nodes if n.label.value == "Park"}
    assert "铜山经济技术开发区新能源产业园" in parks and "铜山经开区新能源产业园" not in parks
