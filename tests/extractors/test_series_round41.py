"""Rules of the forty-first session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import names_of, pairs_of, series_graph, stages_of

#: The probe series kept in the repository (tests/series).
SERIES = Path(__file__).parents[1] / "series"

# -- names -------------------------------------------------------------------------------------------------------------


def test_verbs_and_conjunctions_before_a_firm_are_no_part_of_it() -> None:
    """借给X有限公司, 但X有限公司, 合作方X股份有限公司, 妥善化解X集团, 吸收合并X有限公司: the firm's name opens after the word
    (借给济南市长清区…有限公司 and the others had been names)."""
    nodes, edges = series_graph("长清区审计工作报告\n来源：长清区审计局 2023-08-29\n主要为借给济南市长清区城市建设投资集团有限公司（以下简称"
                                "长清城投）的项目周转资金。但济南云途信息科技有限公司等6家企业入驻不足一年。芷阳湖文旅综合体前期工作进展缓慢，"
                                "合作方西安曲江文化旅游股份有限公司尚未完成投资决策程序。妥善化解临潼文旅集团存量债务风险。区里推动沈阳经济"
                                "技术开发区开发集团有限公司吸收合并沈阳细河开发建设有限公司。以原沈阳铁西国有资产经营有限公司为基础组建集团。\n")
    assert names_of(nodes, "Enterprise") == {"济南市长清区城市建设投资集团有限公司", "济南云途信息科技有限公司",
                                             "西安曲江文化旅游股份有限公司", "临潼文旅集团", "沈阳经济技术开发区开发集团有限公司",
                                             "沈阳细河开发建设有限公司", "沈阳铁西国有资产经营有限公司"}, names_of(nodes, "Enterprise")
    assert "长清城投" in nodes["Enterprise:济南市长清区城市建设投资集团有限公司"].aliases


def test_words_before_a_body_are_no_part_of_it() -> None:
    """未经区政府…, 共向区纪委监委, 职能统一并入X管理委员会, 内设综合办公室, 对经区…领导小组认定的: the body opens after the
    verb, adverb or preposition (变更未经区政府, 区审计局共向区纪委监委, 对经区…领导小组 had been bodies)."""
    nodes, _ = series_graph("上虞区开发区整合提升方案\n来源：上虞区人民政府 2021-10-15\n11项变更未经区政府审核。区审计局共向区纪委监委移送问题线索"
                            "5件。撤销原浙江上虞经济开发区管理委员会，其职能统一并入杭州湾上虞经济技术开发区管理委员会。内设综合办公室、经济"
                            "发展局等5个职能机构。对经区产业建圈强链工作领导小组认定的链主企业给予奖励。\n")
    bodies = names_of(nodes, "Organization")
    assert {"上虞区纪委监委", "杭州湾上虞经济技术开发区管理委员会", "上虞区产业建圈强链工作领导小组"} <= bodies, bodies
    assert not [b for b in bodies if b.startswith(("变更", "职能", "内设", "对经")) or "共向" in b], bodies


def test_a_former_zone_and_a_town_after_zai_keep_the_towns_name() -> None:
    """由原章镇工业园区…整合而成 (原 glued to the town by the segmenter), 分布在章镇、丰惠 and 以上虞e游小镇为核心 (以上|虞): the zone
    is 章镇工业园区, the town 章镇镇, the park 上虞e游小镇 (原章镇工业园区, 在章镇 and 虞e游小镇 had been names)."""
    nodes, _ = series_graph("上虞区开发区整合提升方案\n来源：上虞区人民政府 2021-10-15\n章镇镇位于上虞区南部。工业功能区分布在章镇、丰惠、驿亭等"
                            "乡镇。新材料园由原章镇工业园区、汤浦工业功能区整合而成。数字经济园以上虞e游小镇为核心。\n")
    assert {"章镇工业园区", "上虞e游小镇"} <= names_of(nodes, "Park"), names_of(nodes, "Park")
    assert not [n for n in nodes if n.endswith(("原章镇工业园区", ":虞e游小镇", "在章镇"))], nodes.keys()
    assert "章镇镇" in names_of(nodes, "Town")


def test_a_brand_ending_with_shi_after_its_province() -> None:
    """浙江求是半导体设备有限公司: 求是 is the brand (半导体设备有限公司 had been the name, 求是 read as a fragment of 是)."""
    nodes, _ = series_graph("上虞区科技创新平台名单\n来源：上虞区科学技术局 2023-12-08\n协同浙江求是半导体设备有限公司、上虞中晶半导体材料有限公司等"
                            "配套企业。\n")
    assert names_of(nodes, "Enterprise") == {"浙江求是半导体设备有限公司", "上虞中晶半导体材料有限公司"}, nodes.keys()


def test_counts_before_works_and_people_name_nothing() -> None:
    """建设6条池窑拉丝生产线, 拟分三期实施, 选派126名区领导: counts of a kind, no names (条池窑拉丝生产线, 拟分三期 and 名区领导
    had been names); a yearly capacity before a production line stays in its name (年产5000吨…生产线, not 吨…)."""
    nodes, _ = series_graph("青白江区企业新闻\n来源：成都日报 2024-06-21\n2017年，公司建成年产5000吨连续玄武岩纤维生产线。二期将建设6条池窑拉丝生产线。"
                            "单元规划已获批复，拟分三期实施。全区选派126名区领导和部门负责人担任312家重点企业的首席服务官。\n")
    assert names_of(nodes, "Project") == {"年产5000吨连续玄武岩纤维生产线"}, names_of(nodes, "Project")
    assert not names_of(nodes, "Enterprise"), names_of(nodes, "Enterprise")


def test_works_named_for_what_they_do_to_a_place() -> None:
    """深村片区旧城镇改造项目, 吉利村旧村全面改造项目, 华清宫文化旅游景区提质升级工程: 改造, 全面, 提质, 升级 (stop words
    elsewhere) close the works' name after the area they work on (none of them had been found); 老旧小区和远年住房提升改造
    工程 stays a programme."""
    nodes, _ = series_graph("禅城区城市更新工作情况\n来源：禅城区人民政府 2023-03-16\n推进深村片区旧城镇改造项目。推进吉利村旧村全面改造项目"
                            "建设。华清宫文化旅游景区提质升级工程开工。实施老旧小区和远年住房提升改造工程。\n")
    assert names_of(nodes, "Project") == {"深村片区旧城镇改造项目", "吉利村旧村全面改造项目", "华清宫文化旅游景区提质升级工程"}, \
        names_of(nodes, "Project")


def test_a_numbered_items_xiangmu_is_its_own_works() -> None:
    """7．X改造项目。项目位于P…: the item's works are in P (the works had not been found, and 项目 had been read as the
    item before's park, 海口智造园, placing it in P)."""
    _, edges = series_graph("禅城区城市更新项目实施计划\n来源：禅城区人民政府 2023-03-16\n四、重点项目说明\n6．海口智造园。项目位于张槎街道海口村，"
                            "总投资18.6亿元。\n7．深村片区旧城镇改造项目。项目位于石湾镇街道深村社区，总投资约58亿元。\n")
    located = pairs_of(edges, "LOCATED_IN")
    assert ("Project:深村片区旧城镇改造项目", "Town:石湾镇街道") in located, located
    assert ("Park:海口智造园", "Town:石湾镇街道") not in located


def test_a_declared_short_form_glued_to_the_word_after_it() -> None:
    """X有限公司（以下简称长清城发）… 代建单位长清城发未按…: the short form is the company where the segmenter glued 未 to its
    last character (长清城 had been a project the company built)."""
    nodes, _ = series_graph("长清区审计工作报告\n来源：长清区审计局 2023-08-29\n委托济南长清城市发展集团有限公司（以下简称长清城发）代建，总投资12.6"
                            "亿元。代建单位长清城发未按合同约定设立项目专户。\n")
    assert not names_of(nodes, "Project"), names_of(nodes, "Project")
    assert nodes["Enterprise:济南长清城市发展集团有限公司"].aliases == ["长清城发"]


def test_people_counted_after_a_list_are_no_firms() -> None:
    """李建民、王浩、孟庆华等10人获评“长清区优秀民营企业家”: people, not three firms (the 企业 in 企业家 had been the list's head)."""
    nodes, _ = series_graph("长清区民营企业座谈会\n来源：长清融媒 2024-02-22\n山东鲁新智能装备股份有限公司等10家企业获评“长清区优秀民营企业”，李建民、"
                            "王浩、孟庆华等10人获评“长清区优秀民营企业家”。\n")
    assert names_of(nodes, "Enterprise") == {"山东鲁新智能装备股份有限公司"}, names_of(nodes, "Enterprise")


# -- documents ---------------------------------------------------------------------------------------------------------


def _document(text: str) -> tuple[dict, set[tuple[str, str]]]:
    nodes, edges = series_graph(text, doc_id="d")
    return nodes["Document:d"].properties, pairs_of(edges, "ISSUED_BY")


def test_bodies_and_a_month_on_a_line_under_the_title() -> None:
    """临潼区文化和旅游体育局  临潼区发展和改革委员会  2021年9月 under a plan's title, its number on the line after: both
    bodies issue it, in September 2021 (the month alone had made the line no header line: no date, no issuer, and the
    number a section)."""
    doc, issued = _document("西安市临潼区“十四五”文化和旅游融合发展规划（第五章 重点任务与重大项目）\n临潼区文化和旅游体育局  临潼区发展和改革"
                            "委员会  2021年9月\n临文旅发〔2021〕37号\n\n一、推进文旅融合\n临潼区是国家级旅游休闲城市，全区接待游客2126万人次。\n")
    assert doc["date"] == "2021-09" and doc["doc_number"] == "临文旅发〔2021〕37号", doc
    assert {("Document:d", "Organization:临潼区文化和旅游体育局"), ("Document:d", "Organization:临潼区发展和改革委员会")} <= issued


def test_a_byline_below_an_excerpts_chapter_line() -> None:
    """Title (节选), its chapter's line, then 长清区人民政府 2021年3月: the government issues the plan in March 2021, and
    the byline heads no section (it had been a section holding the chapter's sections, the plan undated)."""
    nodes, edges = series_graph("济南市长清区国民经济和社会发展第十四个五年规划纲要(节选)\n第五章 深化校城融合 高标准建设长清大学科技城\n长清区人民"
                                "政府 2021年3月\n\n长清大学城是全省规模最大的高校集聚区，现有高校13所，在校生超过20万人，要规划建设长清大学科技城。\n"
                                "第一节 优化空间布局\n推进长清大学科技城建设，打造全省创新高地，带动全区高质量发展。\n", doc_id="d")
    assert nodes["Document:d"].properties["date"] == "2021-03"
    assert ("Document:d", "Organization:长清区人民政府") in pairs_of(edges, "ISSUED_BY")
    assert not [n for n in nodes if n.startswith("Section:") and "2021年3月" in n], [n for n in nodes if "Section" in n]


def test_a_title_opening_with_its_issuer() -> None:
    """铁西区人民政府关于…工作情况的报告, with no header line naming a body: the government issues it."""
    _, issued = _document("铁西区人民政府关于推进老工业基地全面振兴工作情况的报告\n——2023年7月26日在沈阳市铁西区第十八届人民代表大会常务委员会"
                          "第十一次会议上\n\n主任、各位副主任、各位委员：\n我受区人民政府委托，向本次会议报告老工业基地全面振兴工作情况，请予审议。\n")
    assert ("Document:d", "Organization:铁西区人民政府") in issued, issued
    _, issued = _document("绍兴市上虞区科学技术局关于公布研究开发中心名单的通知\n\n各乡镇人民政府：\n现将名单予以公布。\n绍兴市上虞区科学技术局\n"
                          "绍兴市上虞区财政局\n2023年12月8日\n")  # the signature's bodies, not the title's one alone
    assert issued == {("Document:d", "Organization:绍兴市上虞区科学技术局"), ("Document:d", "Organization:绍兴市上虞区财政局")}, issued


# -- stages ------------------------------------------------------------------------------------------------------------


def test_works_said_to_lag_are_given_no_stage() -> None:
    """对A、B等推进滞后的项目…调度: works lagging behind, at whatever stage (推进 had made them under construction)."""
    stages = stages_of("临潼区人大常委会审议意见\n来源：临潼区人大常委会 2024-08-29\n对秦汉文化数字体验中心、芷阳湖文旅综合体等推进滞后的项目，"
                       "建议由区政府主要领导牵头专题调度。\n")
    assert stages == {"秦汉文化数字体验中心": None, "芷阳湖文旅综合体": None}, stages


# -- chains and firms --------------------------------------------------------------------------------------------------


def test_leaders_with_short_forms_paired_with_chains_in_turn() -> None:
    """E1（e1）、E2（e2）、E3（e3）分别作为A、B与C、D产业链的链主企业: each firm leads the chain in its place, and B与C is one
    chain (all three had led D: the short forms made six firms against four chains, B与C read as two)."""
    _, edges = series_graph("禅城区营商环境报告\n来源：禅城区人民政府 2025-01-20\n广东东鹏控股股份有限公司（东鹏控股）、佛山市国星光电股份有限"
                            "公司（国星光电）、佛山市海天调味食品股份有限公司（海天味业）分别作为陶瓷建材、半导体照明与新型显示、食品饮料产业链的"
                            "链主企业，牵头组建上下游协作配套联盟。\n")
    assert pairs_of(edges, "IN_CHAIN") == {
        ("Enterprise:广东东鹏控股股份有限公司", "IndustryChain:陶瓷建材"),
        ("Enterprise:佛山市国星光电股份有限公司", "IndustryChain:半导体照明与新型显示"),
        ("Enterprise:佛山市海天调味食品股份有限公司", "IndustryChain:食品饮料")}, pairs_of(edges, "IN_CHAIN")


def test_a_chain_list_item_of_ten_characters() -> None:
    """围绕智能制造装备、…、半导体照明与新型显示、…5条重点产业链: the item of ten characters is one chain (the list had not
    been read, 半导体 and 新型显示 found apart and 针织服装 not at all)."""
    nodes, _ = series_graph("禅城区营商环境报告\n来源：禅城区人民政府 2025-01-20\n全区围绕智能制造装备、陶瓷建材、半导体照明与新型显示、食品饮料、"
                            "针织服装5条重点产业链推进建圈强链。\n")
    assert names_of(nodes, "IndustryChain") == {"智能制造装备", "陶瓷建材", "半导体照明与新型显示", "食品饮料", "针织服装"}, \
        names_of(nodes, "IndustryChain")


def test_a_leaders_field_line_names_the_firm_not_what_it_does() -> None:
    """链主企业：X有限公司（x），专注…, 链主企业：Y分公司（简称“长城汽车重庆分公司”），为…基地，主要生产…: the firms are X
    (short form x) and Y (its nine-character short form declared), not the clauses after them nor X（x）."""
    nodes, _ = series_graph("永川区投资指南\n来源：永川区投资促进中心 2023-05-10\n（一）智能网联新能源汽车产业链\n链主企业：长城汽车股份有限公司"
                            "重庆分公司（简称“长城汽车重庆分公司”），为长城汽车股份有限公司在渝设立的整车生产基地，主要生产坦克、哈弗系列车型。\n"
                            "（二）数智科技产业链\n链主企业：重庆赛力智行科技有限公司（赛力智行），专注城市级自动驾驶运营服务。\n")
    firms = names_of(nodes, "Enterprise")
    assert firms == {"长城汽车股份有限公司重庆分公司", "长城汽车股份有限公司", "重庆赛力智行科技有限公司"}, firms
    assert "长城汽车重庆分公司" in nodes["Enterprise:长城汽车股份有限公司重庆分公司"].aliases
    assert "赛力智行" in nodes["Enterprise:重庆赛力智行科技有限公司"].aliases


def test_a_firms_chain_in_brackets_is_no_short_form() -> None:
    """一、智能制造产业链 / 四川一汽丰田汽车零部件有限公司（汽车零部件）: the bracket names the firm's chain, no short form of it
    (汽车零部件 had become its alias, matching every later mention of the industry)."""
    nodes, _ = series_graph("青白江区产业扶持政策\n来源：青白江区人民政府办公室 2022-08-19\n附件：链主企业名单\n一、智能制造产业链\n成都宏明双新轨道"
                            "交通装备有限公司（轨道交通装备）\n四川一汽丰田汽车零部件有限公司（汽车零部件）\n")
    assert nodes["Enterprise:四川一汽丰田汽车零部件有限公司"].aliases == []
    assert nodes["Enterprise:成都宏明双新轨道交通装备有限公司"].aliases == []


def test_a_rank_before_a_name_and_zhong_after_a_list_number() -> None:
    """第一名　X…项目, 第二名　中创新航…项目 (a contest's ranking) and 1．中创新航…项目: the rank is no part of the name and 中
    opens it (第一名厦门天马… had been names, 中 cut from 中创新航…)."""
    nodes, _ = series_graph("翔安区重大项目赛马比拼\n来源：翔安区融媒体中心 2024-07-20\n产业项目组：第一名　厦门天马光电子有限公司第8.6代新型显示面板"
                            "生产线项目，得分95.8分；第二名　中创新航厦门基地二期项目，得分94.1分。\n1．中创新航厦门基地二期项目。该项目位于翔安"
                            "新能源产业园。\n")
    assert names_of(nodes, "Project") == {"厦门天马光电子有限公司第8.6代新型显示面板生产线", "中创新航厦门基地二期"}, \
        names_of(nodes, "Project")
    assert names_of(nodes, "Enterprise") == {"厦门天马光电子有限公司"}


def test_a_bilateral_parks_zhong_and_partner() -> None:
    """沈阳中德高端装备制造产业园: 中德 (China and Germany) is in the park's name (德高端装备制造产业园 had been its name, 中 a
    stop word)."""
    nodes, _ = series_graph("铁西区振兴报告\n来源：铁西区人民政府 2023-07-26\n沈阳中德高端装备制造产业园是全区对外开放的主阵地。\n")
    assert names_of(nodes, "Park") == {"沈阳中德高端装备制造产业园"}, names_of(nodes, "Park")


def test_a_county_after_another_city_is_that_citys_zone() -> None:
    """绍兴滨海新区: not Tianjin's 滨海新区 (it had been, with 天津市 and its PART_OF)."""
    nodes, _ = series_graph("上虞区开发区整合提升方案\n来源：上虞区人民政府 2021-10-15\n推动杭州湾上虞经济技术开发区与绍兴滨海新区开展联动。\n")
    assert "Region:滨海新区" not in nodes and "Region:天津市" not in nodes, nodes.keys()


def test_the_yangtze_after_a_city_or_town_names_no_mayor() -> None:
    """重庆市长江经济带, 朱沱镇长江左岸: 市|长江 and 镇|长江, no 市长 江经济 nor 镇长 江左岸 (both had been people)."""
    nodes, _ = series_graph("永川区专项债券项目公告\n来源：永川区财政局 2024-06-10\n项目纳入《重庆市长江经济带生态环境保护“十四五”规划》重点项目库。"
                            "工程位于永川区朱沱镇长江左岸，新建泊位5个。\n")
    assert not names_of(nodes, "Person"), names_of(nodes, "Person")


# -- tables of projects ------------------------------------------------------------------------------------------------

_GROUPED_TABLES = ("禅城区城市更新年度计划\n来源：禅城区人民政府办公室 2023-03-16\n三、年度项目安排\n（一）续建项目（节选）\n"
                   "序号\t项目名称\t所在镇街\t改造主体\t改造面积（亩）\n1\t大富智造产业园（一期）\t张槎街道\t佛山市禅城区城市更新投资发展有限公司\t386\n"
                   "（二）计划新开工项目（节选）\n序号\t项目名称\t所在镇街\t改造主体\t改造面积（亩）\n"
                   "2\t吉利村旧村全面改造项目\t南庄镇\t佛山保利房地产开发有限公司\t265\n（三）前期推进项目（节选）\n"
                   "序号\t项目名称\t所在镇街\t实施主体\t改造面积（亩）\n3\t塔坡片区旧城更新项目\t祖庙街道\t佛山市禅城区城市更新投资发展有限公司\t73\n")


def test_tables_under_their_own_group_headings() -> None:
    """（一）续建项目 / table / （二）计划新开工项目 / table / …: each heading over a table of its own (the header again) closes
    the table above and stages the rows under it (the three tables had been one, under （一）, and no row had a stage)."""
    assert stages_of(_GROUPED_TABLES) == {"大富智造产业园(一期)": "under_construction", "吉利村旧村全面改造项目": "starting",
                                          "塔坡片区旧城更新项目": "planned"}, stages_of(_GROUPED_TABLES)
    nodes, _ = series_graph(_GROUPED_TABLES)
    sections = {n.removeprefix("Section:t / ") for n in nodes if n.startswith("Section:")}
    assert "三、年度项目安排 / (二)计划新开工项目(节选) / 表" in sections, sections


def test_a_renewal_tables_builder_and_stage_columns() -> None:
    """改造主体 (an urban-renewal table's builder) and 阶段 (a plan's stage column) are read as such (neither had been)."""
    _, edges = series_graph(_GROUPED_TABLES)
    assert ("Enterprise:佛山保利房地产开发有限公司", "Project:吉利村旧村全面改造项目") in pairs_of(edges, "DEVELOPS")
    text = ("临潼区文旅融合发展规划\n来源：临潼区文化和旅游体育局 2021-09-10\n附：重大项目一览表\n项目名称\t建设地点\t实施主体\t总投资（亿元）\t阶段\n"
            "秦汉文化数字体验中心\t秦陵街道\t陕西文投数字文化发展有限公司\t9.5\t已签约\n骊山北麓旅游环线公路\t斜口街道\t区交通运输局\t11.7\t在建\n")
    assert stages_of(text) == {"秦汉文化数字体验中心": "signed", "骊山北麓旅游环线公路": "under_construction"}, stages_of(text)


# -- bodies ------------------------------------------------------------------------------------------------------------


def test_bodies_written_with_yu_stationed_or_under_the_national_tax_administration() -> None:
    """区建设与交通局 (与 inside a department's name), 佛山海关驻禅城办事处 (stationed there), 国家税务总局佛山市禅城区税务局
    (its national administration first) and 秦始皇帝陵博物院 are one body each; 推行 and 统筹安排 are no part of works
    (交通局推行重点项目 and 区财政局统筹安排重点项目 had been works, 国家税务总局 and the bureau two bodies)."""
    nodes, _ = series_graph("禅城区营商环境报告\n来源：禅城区人民政府 2025-01-20\n区建设与交通局推行重点项目“容缺受理、并联审批”。区财政局统筹安排重点"
                            "项目建设资金。国家税务总局佛山市禅城区税务局落实减税降费政策。佛山海关驻禅城办事处推广两步申报。由秦始皇帝陵博物院"
                            "负责实施。深圳迈瑞生物医疗电子股份有限公司与禅城区卫生健康局签订合作协议。\n")
    assert names_of(nodes, "Organization") >= {"禅城区建设与交通局", "禅城区财政局", "国家税务总局佛山市禅城区税务局",
                                               "佛山海关驻禅城办事处", "秦始皇帝陵博物院", "禅城区卫生健康局"}, nodes.keys()
    assert not names_of(nodes, "Project"), names_of(nodes, "Project")


def test_a_bodys_usual_short_forms_are_the_body() -> None:
    """区工商联 is 区工商业联合会 and 区国资局 is the 国有资产监督管理局 (two bodies each before)."""
    nodes, _ = extract_graph([document_from_text("长清区审计工作报告\n来源：长清区审计局 2023-08-29\n延伸审计了长清区工商业联合会等单位。区工商联"
                                                 "主席赵国庆介绍情况。长清区国有资产监督管理局印发通知。区国资局局长周宏伟讲话。\n",
                                                 doc_id="t")])
    bodies = {n.name for n in nodes if n.label.value == "Organization"}
    assert {"长清区工商业联合会", "长清区国有资产监督管理局"} <= bodies and not [b for b in bodies if b.endswith(
        ("工商联", "国资局"))], bodies


# -- policies ----------------------------------------------------------------------------------------------------------


def test_one_plan_title_of_two_levels_is_two_policies() -> None:
    """《辽宁省国企改革三年行动实施方案》《沈阳市国企改革三年行动实施方案》: the province's and the city's own plans (they had
    been one policy, as two cities' 十四五 纲要 had been across the series)."""
    nodes, edges = series_graph("铁西区国企改革三年行动总结\n来源：沈阳市铁西区国有资产监督管理局 2022-12-28\n对照《辽宁省国企改革三年行动实施方案》"
                                "《沈阳市国企改革三年行动实施方案（2020—2022年）》，制定并组织实施《铁西区国企改革三年行动实施方案》。\n")
    assert names_of(nodes, "Policy") == {"辽宁省国企改革三年行动实施方案", "沈阳市国企改革三年行动实施方案",
                                         "铁西区国企改革三年行动实施方案"}, names_of(nodes, "Policy")


def test_a_mechanism_set_up_and_a_chain_after_a_verb() -> None:
    """建立健全链长制 names the mechanism 链长制 (it had been missed), and 实行新能源产业链 the chain 新能源 (实行新能源 had
    been its name)."""
    nodes, _ = series_graph("翔安区提案答复\n来源：翔安区工业和信息化局 2023-06-10\n三是建立健全链长制。我区实行新能源产业链“链长+链主+链办”工作机制。\n")
    assert "链长制" in names_of(nodes, "Policy"), names_of(nodes, "Policy")
    assert names_of(nodes, "IndustryChain") == {"新能源"}, names_of(nodes, "IndustryChain")


# -- indicators --------------------------------------------------------------------------------------------------------


def test_a_years_targets_beside_a_statistical_tables_values() -> None:
    """A quarter's statistical table gives 地区生产总值's value, and 主要预期目标为：地区生产总值增长6%左右，… its target for
    the year: the edge holds both (the sentence had been skipped for a name the table gives)."""
    _, edges = extract_graph([document_from_text(
        "2025年一季度永川区经济运行情况分析\n来源：永川区统计局 2025-04-20\n一、总体情况\n2025年，区政府工作报告确定的主要预期目标为：地区"
        "生产总值增长6%左右，社会消费品零售总额增长6%。\n附表：2025年一季度永川区主要经济指标\n指标\t单位\t绝对值\t同比增长（%）\n"
        "地区生产总值\t亿元\t318.72\t6.4\n社会消费品零售总额\t亿元\t156.43\t5.6\n", doc_id="t")])
    gdp = next(e.properties for e in edges if e.type.value == "SETS_TARGET" and e.target == "Indicator:地区生产总值")
    assert gdp.get("baseline") == "318.72" and gdp.get("growth_target") == "6左右", gdp


# -- subsidiaries and verbs --------------------------------------------------------------------------------------------


def test_a_parent_after_a_short_forms_note_and_after_mugongsi_wei() -> None:
    """X（以下简称“x”）系Y旗下全资子公司 and X是…企业，母公司为Y: X is Y's subsidiary (neither had been read: the note stood
    between X and 系, and 母公司为 needed 其 before it)."""
    _, edges = series_graph("临潼区文旅规划\n来源：临潼区文化和旅游体育局 2021-09-10\n陕西华清宫文化旅游有限公司（以下简称“华清宫公司”）系陕西旅游集团有限"
                            "公司旗下全资子公司。陕西德瑞新材料科技有限公司是临潼区引进的链主企业，母公司为浙江德瑞铝业集团股份有限公司。\n")
    assert pairs_of(edges, "SUBSIDIARY_OF") == {
        ("Enterprise:陕西华清宫文化旅游有限公司", "Enterprise:陕西旅游集团有限公司"),
        ("Enterprise:陕西德瑞新材料科技有限公司", "Enterprise:浙江德瑞铝业集团股份有限公司")}, pairs_of(edges, "SUBSIDIARY_OF")


def test_new_setting_up_and_carrying_out_open_no_works() -> None:
    """在新店街道新设储能变流器生产基地, 永川区实行重大项目“专员”服务制度: 新设 and 实行 are verbs, no part of works (新店街道
    新设… and 永川区实行重大项目 had been works)."""
    nodes, _ = series_graph("翔安区提案答复\n来源：翔安区工业和信息化局 2023-06-10\n科华数能科技股份有限公司去年在新店街道新设储能变流器生产基地。"
                            "永川区实行重大项目“专员”服务制度。\n")
    assert not [n for n in names_of(nodes, "Project") if "新设" in n or "实行" in n], names_of(nodes, "Project")


def test_revitalised_blocks_and_works_after_a_firms_legal_form() -> None:
    """东华里历史文化街区活化提升工程（二期）: 活化 closes the works' name as 改造 does (it had been found only in a table); in
    广东东鹏控股股份有限公司岩板…研发中心项目工地 the works open after the firm's legal form (股份有限公司岩板… had been their name,
    控股 a stop word)."""
    nodes, _ = series_graph("禅城区调研新闻\n来源：禅城发布 2025-03-12\n正在施工的东华里历史文化街区活化提升工程（二期）已完成街巷风貌整治。在广东东鹏控股"
                            "股份有限公司岩板智能制造与研发中心项目工地，陈敏洪听取了项目进展汇报。\n")
    assert names_of(nodes, "Project") == {"东华里历史文化街区活化提升工程(二期)", "岩板智能制造与研发中心项目"}, \
        names_of(nodes, "Project")
    assert "广东东鹏控股股份有限公司" in names_of(nodes, "Enterprise")


def test_a_table_place_with_a_bracket_inside_its_name() -> None:
    """A place cell 火炬（翔安）产业区 (a bracket inside the park's name, not closing the cell) places the row's works in the park
    (the cell had been read as 火炬 and （翔安）, neither a place)."""
    _, edges = series_graph("翔安区2025年重点项目投资计划\n发布日期：2025-02-21　发布机构：厦门市翔安区发展和改革局\n序号\t项目名称\t建设单位\t建设地点\t建设性质\n"
                            "4\t翔芯半导体12英寸功率半导体晶圆制造项目\t厦门翔芯半导体科技有限公司\t火炬（翔安）产业区\t续建\n")
    assert ("Project:翔芯半导体12英寸功率半导体晶圆制造项目", "Park:火炬(翔安)产业区") in pairs_of(edges, "LOCATED_IN"), edges


def test_a_bodys_name_written_whole_in_quotes() -> None:
    """建设“黄河流域生态保护与高质量发展研究院”: the quotes bound the institute's name, 与 inside it (发展研究院 had been its
    name)."""
    nodes, _ = series_graph("长清区规划\n来源：长清区人民政府 2021-03-10\n支持山东师范大学建设“黄河流域生态保护与高质量发展研究院”。\n")
    assert "黄河流域生态保护与高质量发展研究院" in names_of(nodes, "Organization"), names_of(nodes, "Organization")
