"""Rules of the forty-second session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import names_of, pairs_of, series_graph, stages_of

# -- names -------------------------------------------------------------------------------------------------------------


def test_verbs_of_investing_and_affecting_before_a_firm_are_no_part_of_it() -> None:
    """影响X有限公司, 引荐X有限公司, 领投X有限公司, 参股X股份有限公司, 注销X有限公司, 城投持有X有限公司: the firm's name opens
    after the verb (each had been a firm's name with the verb in front)."""
    nodes, _ = series_graph("汉阳国投集团年度报告\n来源：武汉汉阳国有资本投资运营集团有限公司 2024-04-29\n尚有46亩土地未完成清表交付，影响兰州建投"
                            "环保科技有限公司按期开工。东南汽车引荐苏州汇驰汽车电子有限公司落户。基金领投武汉联影智融医疗科技有限公司B轮融资"
                            "1.5亿元；参股武汉精测电子集团股份有限公司子公司。集团注销武汉鹦鹉洲物业管理有限公司。汉阳城投持有武汉市汉阳市政"
                            "工程有限公司51%股权。\n")
    assert names_of(nodes, "Enterprise") >= {"兰州建投环保科技有限公司", "苏州汇驰汽车电子有限公司", "武汉联影智融医疗科技有限公司",
                                             "武汉精测电子集团股份有限公司", "武汉鹦鹉洲物业管理有限公司",
                                             "武汉市汉阳市政工程有限公司"}, names_of(nodes, "Enterprise")
    assert not [n for n in names_of(nodes, "Enterprise") if n.startswith(("影响", "引荐", "领投", "参股", "注销"))
                or "持有" in n], names_of(nodes, "Enterprise")


def test_words_of_sourcing_pairing_and_explaining_open_no_name() -> None:
    """数据来源于国家统计局X调查队, 副县长Y挂钩Z项目三期, “一园”就是X大学科技园: the body, the works and the park open after
    the verb (each had been a name holding it)."""
    nodes, _ = series_graph("莱山区统计公报\n来源：烟台市莱山区统计局 2024-03-28\n价格数据来源于国家统计局莱山调查队。常务副县长黄敏挂钩天垣光电AMOLED"
                            "模组项目三期。安宁区构建“一园多基地”的体系，“一园”就是安宁区大学科技园。\n")
    assert "国家统计局莱山调查队" in names_of(nodes, "Organization"), names_of(nodes, "Organization")
    assert "安宁区大学科技园" in names_of(nodes, "Park"), names_of(nodes, "Park")
    assert not [n for n in nodes if "来源于" in n or "挂钩" in n or "就是" in n], nodes.keys()


def test_from_each_and_once_open_no_name() -> None:
    """该线路自上海示范区线（青浦）引出, 召开一次党政主要领导联席会议, 四镇各自园区: no park 线路自上海示范区 (a line named after a zone
    runs on), no 一次 in the meeting's name, no park 四镇各自园区 (all three had been names)."""
    nodes, _ = series_graph("嘉善县规划\n来源：嘉善县人民政府 2021-04-06\n该线路自上海示范区线（青浦）引出。每半年召开一次党政主要领导联席会议。"
                            "西塘、干窑、陶庄、天凝四镇各自园区由管委会统一规划。\n")
    assert not names_of(nodes, "Park"), names_of(nodes, "Park")
    assert "党政主要领导联席会议" in names_of(nodes, "Organization"), names_of(nodes, "Organization")


def test_a_body_setting_up_a_channel() -> None:
    """支持中国（浙江）知识产权保护中心滨江分中心开设…通道: the body is named whole (保护中心滨江分中心开设…通道 had been works)."""
    nodes, _ = series_graph("滨江区建议答复\n来源：杭州市滨江区经济和信息化局 2024-06-18\n三是加强知识产权保护。支持中国（浙江）知识产权保护中心滨江"
                            "分中心开设集成电路布图设计快速审查通道。\n")
    assert "中国(浙江)知识产权保护中心滨江分中心" in names_of(nodes, "Organization"), names_of(nodes, "Organization")
    assert not [n for n in nodes if "开设" in n], nodes.keys()


def test_a_body_joining_a_firm_and_a_town_after_yi() -> None:
    """区金融服务中心联合X有限公司设立基金 (联合 after a body is the verb) and 以扬子洲镇、罗家镇为重点 (以 before a town the
    gazetteer lacks): the firm and the town without them (区金融服务中心联合… had been one firm, 以扬子洲镇 a town)."""
    nodes, _ = series_graph("青山湖区政府工作报告\n来源：南昌市青山湖区人民政府 2023-01-10\n以扬子洲镇、罗家镇为重点，打造都市现代农业示范带。区金融"
                            "服务中心联合杭州高新金融投资控股集团有限公司设立科创母基金。\n")
    assert "杭州高新金融投资控股集团有限公司" in names_of(nodes, "Enterprise"), names_of(nodes, "Enterprise")
    assert "扬子洲镇" in names_of(nodes, "Town") and not [n for n in nodes if "以扬子洲镇" in n or "联合杭州" in n], nodes.keys()


def test_a_leaders_name_before_how_often_he_acts() -> None:
    """副区长邵雯每月召开调度会: the deputy is 邵雯 (邵雯每 before)."""
    nodes, _ = series_graph("汉阳区民生实事通报\n来源：武汉市汉阳区人民政府 2025-01-16\n副区长邵雯每月召开民生实事调度会，协调解决问题47个。\n")
    assert names_of(nodes, "Person") == {"邵雯"}, names_of(nodes, "Person")


def test_professors_founders_and_section_heads_are_people() -> None:
    """X大学教授Y告诉记者, 宇树科技创始人Z告诉记者, 新闻发布处处长W: people (教授, 创始人 and 处长 had been no titles);
    the professor holds office at the university."""
    nodes, edges = series_graph("安宁区科技成果转化新闻\n来源：兰州日报 2024-09-26\n公司总经理、西北师范大学教授李志强告诉记者。宇树科技创始人王兴兴"
                                "告诉记者，公司今年出货量有望突破2万台。主持人：武汉市人民政府新闻办公室新闻发布处处长　余晓静\n")
    assert {"李志强", "王兴兴", "余晓静"} <= names_of(nodes, "Person"), names_of(nodes, "Person")
    assert ("Person:李志强", "Organization:西北师范大学") in pairs_of(edges, "HOLDS_OFFICE"), edges


def test_a_districts_trade_and_innovation_zones() -> None:
    """X商贸区位于A街道、B街道 and X投资区: parks (商贸区 and 投资区 had ended no park's name)."""
    nodes, _ = series_graph("鼓楼区楼宇经济报告\n来源：南京市鼓楼区商务局 2024-02-06\n江东商贸区位于江东街道、凤凰街道，重点发展商贸商务和现代金融。"
                            "3家企业集体落户青口投资区。\n")
    assert {"江东商贸区", "青口投资区"} <= names_of(nodes, "Park"), names_of(nodes, "Park")


def test_works_of_two_parts_joined_by_yu() -> None:
    """加快安宁区桃林保护与桃文化公园项目建设: one works (桃文化公园项目 had been a second one, the name cut at 与)."""
    nodes, _ = series_graph("安宁区黄河流域生态保护方案\n来源：兰州市安宁区人民政府办公室 2022-06-15\n加快安宁区桃林保护与桃文化公园项目建设，保护"
                            "传统桃园2600亩。\n")
    assert names_of(nodes, "Project") == {"安宁区桃林保护与桃文化公园项目"}, names_of(nodes, "Project")


def test_a_leasing_firm_and_a_limited_partnership() -> None:
    """汇鼎融资租赁（江苏）有限公司 (租赁 a trade's word inside it) and X股权投资基金（有限合伙）: firms (neither had been found);
    租赁 before a firm named from its place stays a verb (租赁天津宏达机械有限公司厂房)."""
    nodes, _ = series_graph("鼓楼区政策兑现公示\n来源：南京市鼓楼区人民政府办公室 2024-07-15\n汇鼎融资租赁（江苏）有限公司同步落户。南京紫金鼓楼科创"
                            "股权投资基金（有限合伙）由鼓楼高新区发起设立。企业租赁天津宏达机械有限公司厂房。\n")
    assert names_of(nodes, "Enterprise") == {"汇鼎融资租赁(江苏)有限公司", "南京紫金鼓楼科创股权投资基金(有限合伙)",
                                             "天津宏达机械有限公司"}, names_of(nodes, "Enterprise")


# -- documents ---------------------------------------------------------------------------------------------------------


def _document(text: str) -> tuple[dict, set[tuple[str, str]]]:
    nodes, edges = series_graph(text, doc_id="d")
    return nodes["Document:d"].properties, pairs_of(edges, "ISSUED_BY")


def test_two_inspection_offices_under_the_title_and_in_the_signature() -> None:
    """中共X区委督查室 and X区人民政府督查室 on two lines under a bulletin's title, its number below, and both signing on one
    line above the date: both issue it, on the signature's date (a 督查室 had been no body's line: no issuer, no date)."""
    doc, issued = _document("关于2023年第三季度全区优化营商环境专项督查情况的通报\n\n中共兰州市安宁区委督查室\n兰州市安宁区人民政府督查室\n\n"
                            "安督通〔2023〕9号\n\n各街道党工委、办事处：\n现将督查情况通报如下。\n请各单位认真整改。\n\n"
                            "中共兰州市安宁区委督查室　兰州市安宁区人民政府督查室\n2023年9月28日\n")
    assert doc["date"] == "2023-09-28" and doc["doc_number"] == "安督通〔2023〕9号", doc
    assert issued == {("Document:d", "Organization:中共兰州市安宁区委督查室"),
                      ("Document:d", "Organization:兰州市安宁区人民政府督查室")}, issued


def test_a_drafters_and_a_compilers_field() -> None:
    """来源：X人民政府 编制单位：X发展和改革局 发布日期：… and 编印：X投资促进局 发布时间：…: the drafter and the compiler issue
    their documents, on those dates (编制单位 had been glued to the source's body, 编印 had ended the header)."""
    doc, issued = _document("嘉善县十四五规划纲要（第五章）\n来源：嘉善县人民政府　编制单位：嘉善县发展和改革局　发布日期：2021年4月6日\n\n第五章　"
                            "建设示范区嘉善片区\n嘉善县要率先探索区域一体化的制度路径。\n")
    assert doc["date"] == "2021-04-06" and doc["publisher"] == "嘉善县发展和改革局", doc
    assert ("Document:d", "Organization:嘉善县发展和改革局") in issued, issued
    doc, issued = _document("青山湖区重点产业链招商推介手册（2024年版）\n编印：南昌市青山湖区投资促进局\n发布时间：2024年4月18日\n\n第一部分  区情概况"
                            "\n青山湖区位于南昌市主城区东部。\n")
    assert doc["date"] == "2024-04-18" and issued == {("Document:d", "Organization:南昌市青山湖区投资促进局")}, (doc, issued)


def test_a_stamped_body_and_its_number_with_the_date() -> None:
    """X领导小组办公室（X局代章） under the title, then 善亩均办〔2024〕2号　2024年4月12日 on one line: the office issues it, with
    that number and date (the stamp had ended the header: no issuer, and the number line a section)."""
    nodes, edges = series_graph("嘉善县2023年度工业企业亩均效益综合评价报告\n嘉善县工业企业亩均效益综合评价工作领导小组办公室（嘉善县经济和信息化局代章）"
                                "\n善亩均办〔2024〕2号　　2024年4月12日\n\n一、评价范围\n全县共有1862家工业企业参加评价。\n", doc_id="d")
    doc = nodes["Document:d"].properties
    assert doc["date"] == "2024-04-12" and doc["doc_number"] == "善亩均办〔2024〕2号", doc
    assert ("Document:d", "Organization:嘉善县工业企业亩均效益综合评价工作领导小组办公室") in pairs_of(edges, "ISSUED_BY")
    assert not [n for n in nodes if n.startswith("Section:") and "2号" in n], [n for n in nodes if "Section" in n]


def test_a_zones_two_bodies_under_a_summarys_title() -> None:
    """X开发区党工委、管委会 then the date under a zone's annual summary: its 党工委 issues it on that date (the line had
    ended the header: dated by the title's year)."""
    doc, issued = _document("山东莱山经济开发区管理委员会2024年工作总结和2025年工作打算\n山东莱山经济开发区党工委、管委会\n2025年1月10日\n\n"
                            "2024年，开发区坚持以项目建设为主抓手，各项工作取得明显成效。\n")
    assert doc["date"] == "2025-01-10" and ("Document:d", "Organization:山东莱山经济开发区党工委") in issued, (doc, issued)


def test_a_brochures_parts_are_its_chapters() -> None:
    """第三部分  重点推介项目 (its spaces gone) heads the table below it: the chain of 第二部分's last section reaches none of its
    rows (第X部分 had been no heading, every row in the chain before)."""
    nodes, edges = series_graph("青山湖区招商推介手册\n来源：南昌市青山湖区投资促进局 2024-04-18\n第二部分  重点产业链\n六、现代商贸物流产业链\n"
                                "顺丰速运有限公司在塘山镇建设分拨中心。\n第三部分  重点推介项目\n序号\t项目名称\t选址\t投资额（亿元）\t合作方式\n"
                                "1\t针织服装功能性面料研发生产基地\t昌东针织服装产业园\t15\t独资或合资\n")
    assert "针织服装功能性面料研发生产基地" in names_of(nodes, "Project"), names_of(nodes, "Project")
    assert not [p for p in pairs_of(edges, "IN_CHAIN") if p[0] == "Project:针织服装功能性面料研发生产基地"], pairs_of(edges, "IN_CHAIN")
    assert [n for n in nodes if n.startswith("Section:") and "第三部分 重点推介项目" in n], [n for n in nodes if "Section" in n]


# -- zones and places --------------------------------------------------------------------------------------------------


def test_a_bare_zone_is_the_zone_written_in_full() -> None:
    """A zone's summary names 山东莱山经济开发区 in full and a firm 烟台莱山经开区建设发展有限公司: bare 开发区 and its 党工委 are
    that zone's (a made-up 莱山经济技术开发区 and its 党工委 had been made)."""
    nodes, _ = series_graph("山东莱山经济开发区管理委员会2024年工作总结\n来源：烟台市莱山区人民政府 2025-01-10\n2024年，开发区党工委、管委会坚持以项目"
                            "建设为主抓手。园区二期厂房由烟台莱山经开区建设发展有限公司负责代建。开发区将以争创国家级经济技术开发区为目标。\n")
    assert "山东莱山经济开发区" in names_of(nodes, "Park") and "莱山经济技术开发区" not in names_of(nodes, "Park"), names_of(nodes, "Park")
    assert "山东莱山经济开发区党工委" in names_of(nodes, "Organization"), names_of(nodes, "Organization")


def test_a_city_short_form_and_a_road_named_after_a_city() -> None:
    """南昌 in a text about a district of 南昌市 is no 南昌县, and 北京东路 no 北京市 (both had been regions)."""
    nodes, _ = series_graph("青山湖区招商推介手册\n来源：南昌市青山湖区投资促进局 2024-04-18\n青山湖区位于南昌市主城区东部，距南昌昌北国际机场40分钟"
                            "车程。地址：南昌市青山湖区北京东路2009号。\n")
    assert {"青山湖区", "南昌市"} <= names_of(nodes, "Region") and not {"南昌县", "北京市"} & names_of(nodes, "Region"), nodes


def test_a_table_cells_two_towns_before_a_park() -> None:
    """大湖乡、洋里乡食用菌产业园 in a table's name cell: the park keeps both towns (、洋里乡食用菌产业园 had been its name)."""
    nodes, _ = series_graph("闽侯县2024年县重点项目推进计划表\n来源：闽侯县人民政府 2024-02-20\n序号\t项目名称\t所在乡镇\t总投资（亿元）\t建设阶段\t"
                            "业主单位\n5\t大湖乡、洋里乡食用菌产业园\t大湖乡、洋里乡\t2.6\t续建\t闽侯县农业农村局\n")
    assert "大湖乡、洋里乡食用菌产业园" in names_of(nodes, "Park") and not [n for n in nodes if ":、" in n], nodes.keys()


# -- chains ------------------------------------------------------------------------------------------------------------


def test_a_qualified_chain_written_again_in_its_text() -> None:
    """海洋生物医药、海洋牧场两条重点产业链, then 海洋生物医药领域 with a firm: its chain is 海洋生物医药 (生物医药 before: the
    qualifier only counted before 产业)."""
    _, edges = series_graph("莱山区海洋经济发展规划\n来源：烟台市莱山区人民政府 2021-11-26\n由区级领导担任海洋生物医药、海洋牧场两条重点产业链"
                            "链长。加强与韩国在海洋食品、海洋生物医药领域的经贸往来，支持烟台正海生物科技股份有限公司拓展沿线市场。\n")
    chains = {t for s, t in pairs_of(edges, "IN_CHAIN") if s == "Enterprise:烟台正海生物科技股份有限公司"}
    assert chains == {"IndustryChain:海洋生物医药"}, chains


def test_a_task_headings_verb_and_a_provinces_list_name_no_chain() -> None:
    """五、稳妥发展海洋新能源 under 主要任务 heads 海洋新能源 (its verb had been in the chain's name), and 入选全省制造业产业链
    链主企业 names no chain (制造业 had been one, with the firm its 链主)."""
    nodes, _ = series_graph("莱山区海洋经济发展规划\n来源：烟台市莱山区人民政府 2021-11-26\n第三章 发展现代海洋产业\n五、稳妥发展海洋新能源\n推动国家电投集团山东"
                            "新能源有限公司设立海上风电运维服务中心。江西恒昌针织集团有限公司入选全省制造业产业链“链主”企业。\n")
    assert names_of(nodes, "IndustryChain") == {"海洋新能源"}, names_of(nodes, "IndustryChain")


def test_areas_counted_before_an_industry_platform_are_no_chains() -> None:
    """加快建设荆溪片区、甘蔗片区两个万亩产业平台: two areas, no chains (both had been chains of the zone)."""
    nodes, _ = series_graph("闽侯县签约新闻\n来源：闽侯县人民政府 2025-03-20\n开发区正在加快建设荆溪片区、甘蔗片区两个万亩产业平台，已储备净地3200亩。\n")
    assert not names_of(nodes, "IndustryChain"), names_of(nodes, "IndustryChain")


def test_a_firm_taking_on_a_chains_leading_role() -> None:
    """由X担任视觉智能产业链链主企业: X leads 视觉智能 (担任 had opened no chain's name)."""
    _, edges = series_graph("滨江区数字经济规划\n来源：杭州市滨江区人民政府 2021-09-16\n由杭州海康威视数字技术股份有限公司担任视觉智能产业链链主企业，"
                            "带动浙江宇视科技有限公司协同发展。\n")
    assert ("Enterprise:杭州海康威视数字技术股份有限公司", "IndustryChain:视觉智能") in pairs_of(edges, "IN_CHAIN"), edges


def test_a_firm_set_as_leader_under_its_chains_heading() -> None:
    """二、电子信息产业链 over 以X为链主，围绕新型显示、LED照明招引配套企业: X leads 电子信息, and the directions after 围绕 are
    no chains of X (X had been in 新型显示, with no role)."""
    _, edges = series_graph("青山湖区招商推介手册\n来源：南昌市青山湖区投资促进局 2024-04-18\n二、电子信息产业链\n（二）链主企业\n以江西华昌光电"
                            "科技股份有限公司为链主，围绕新型显示、LED照明招引配套企业。\n")
    chains = {t for s, t in pairs_of(edges, "IN_CHAIN") if s == "Enterprise:江西华昌光电科技股份有限公司"}
    assert chains == {"IndustryChain:电子信息"}, chains


# -- developers --------------------------------------------------------------------------------------------------------


def test_a_signing_lists_works_each_built_by_its_firm() -> None:
    """A投资6亿元建设X生产项目，落户P；B投资3.5亿元建设Y总部基地；C投资4.2亿元实施Z扩产项目，选址Q: each firm develops its works
    (the second and third had not been found, and Q had been the first works' place too)."""
    _, edges = series_graph("青山湖区集中开工签约新闻\n来源：青山湖区融媒体中心 2025-03-06\n其余签约项目还包括：苏州汇川纺织机械有限公司投资6亿元"
                            "建设智能针织横机生产项目，落户京东镇；江西织梦电子商务有限公司投资3.5亿元建设直播电商总部基地；南昌仁和中药饮片有限"
                            "公司投资4.2亿元实施中药配方颗粒扩产项目，选址青山湖生物医药产业园。\n")
    assert {("Enterprise:江西织梦电子商务有限公司", "Project:直播电商总部基地"),
            ("Enterprise:南昌仁和中药饮片有限公司", "Project:中药配方颗粒扩产项目")} <= pairs_of(edges, "DEVELOPS"), edges
    assert ("Project:智能针织横机生产项目", "Park:青山湖生物医药产业园") not in pairs_of(edges, "LOCATED_IN"), edges


def test_an_address_between_a_place_and_what_stands_there() -> None:
    """走进位于兰州市安宁区万新北路的X: X is in 安宁区 (the road between the place and 的 had hidden it)."""
    _, edges = series_graph("安宁区科技成果转化新闻\n来源：兰州日报 2024-09-26\n金秋时节，走进位于兰州市安宁区万新北路的兰州交通大学国家大学科技园，"
                            "实验室里灯火通明。\n")
    assert ("Park:兰州交通大学国家大学科技园", "Region:安宁区") in pairs_of(edges, "LOCATED_IN"), edges


def test_a_signing_tables_last_column_of_towns() -> None:
    """序号 | 项目名称 | 投资方 | 总投资 | 落地乡镇（园区）: each row's works are in its town and park (the column had not been read:
    seven of ten signed works had no place)."""
    _, edges = series_graph("闽侯县招商签约新闻\n来源：闽侯县人民政府 2025-03-20\n序号\t项目名称\t投资方\t总投资（亿元）\t落地乡镇（园区）\n2\t卓能储能"
                            "二期项目\t福建卓能储能科技有限公司\t68.0\t白沙镇\n")
    assert ("Project:卓能储能二期", "Town:白沙镇") in pairs_of(edges, "LOCATED_IN"), edges


def test_a_body_setting_up_a_unit_in_a_place_is_not_there() -> None:
    """X在莱山设立Y中心: Y is in 莱山区, X need not be (X had been located there too)."""
    _, edges = series_graph("莱山区海洋经济规划\n来源：烟台市莱山区人民政府 2021-11-26\n推动国家电投集团山东新能源有限公司在莱山设立海上风电运维服务"
                            "中心，项目计划总投资3亿元。\n")
    assert pairs_of(edges, "LOCATED_IN") == {("Project:海上风电运维服务中心", "Region:莱山区")}, edges


def test_a_groups_firm_builds_the_works_the_sentence_opens_with() -> None:
    """Y一期于…封顶，…，预计…投产，项目由A集团有限公司全资子公司B有限公司投资建设: B develops Y一期 (项目 had been read
    only right after the works, and A's 全资子公司 before B had hidden B)."""
    _, edges = series_graph("莱山经济开发区工作总结\n来源：烟台市莱山区人民政府 2025-01-10\n绿叶制药海洋创新药研发及产业化基地一期于2024年4月主体"
                            "封顶，年底完成设备安装调试，预计2025年6月正式投产，项目由绿叶制药集团有限公司全资子公司山东绿叶制药有限公司投资"
                            "建设，一期总投资18亿元。\n")
    assert ("Enterprise:山东绿叶制药有限公司", "Project:绿叶制药海洋创新药研发及产业化基地一期") in pairs_of(edges, "DEVELOPS"), edges


def test_a_box_items_title_then_who_builds_it() -> None:
    """1. X工程：由Y负责实施, （三）X二期：由Y建设运营: Y develops X (the colon after the item's title had hidden the works)."""
    _, edges = series_graph("滨江区数字经济规划\n来源：杭州市滨江区人民政府 2021-09-16\n1. supOS工业互联网平台推广工程：由浙江中控技术股份有限公司负责"
                            "实施，总投资3.5亿元。\n（三）城市大脑滨江平台二期：由杭州市滨江区数据资源管理局建设运营，已竣工。\n")
    assert pairs_of(edges, "DEVELOPS") == {("Enterprise:浙江中控技术股份有限公司", "Project:supOS工业互联网平台推广工程"),
                                           ("Organization:杭州市滨江区数据资源管理局", "Project:城市大脑滨江平台二期")}, edges


def test_works_a_signing_names_are_signed() -> None:
    """Under 二、集中签约项目, 签约项目中，X投资20亿元建设Y and X计划投资8亿元在P建设Z: Y and Z are signed (the build verb's plan
    wording had made them planned)."""
    stages = stages_of("青山湖区重大项目集中开工暨签约活动\n来源：青山湖区融媒体中心 2025-03-06\n二、集中签约项目（12个，总投资92.3亿元）\n签约"
                       "项目中，广东领航新能源科技有限公司投资20亿元建设动力电池精密结构件生产基地，项目落户京东智能制造产业园。\n深圳市"
                       "迈瑞智能物流有限公司计划投资8亿元在塘山镇建设智能仓储装备研发制造基地。\n")
    assert stages == {"动力电池精密结构件生产基地": "signed", "智能仓储装备研发制造基地": "signed"}, stages


def test_who_builds_and_runs_the_works_is_no_stage() -> None:
    """X由Y负责建设运营，…预计年底前交付使用: under construction (建设运营 had put the works in operation), and a firm named
    …投资运营有限公司 after 由 gives none either."""
    stages = stages_of("鼓楼区领导调研新闻\n来源：鼓楼区融媒体中心 2025-03-14\n幕府芯谷二期由南京幕府科技园发展有限公司负责建设运营，去年4月开工，"
                       "目前研发楼已结构封顶，预计年底前交付使用。宁河国际冷链物流中心由宁河区国有资本投资运营有限公司投资建设。\n")
    assert stages.get("幕府芯谷二期") == "under_construction" and stages.get("宁河国际冷链物流中心") != "in_operation", stages


# -- indicators --------------------------------------------------------------------------------------------------------


def _targets(text: str) -> dict[str, dict]:
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {e.target.removeprefix("Indicator:"): e.properties for e in edges if e.type.value == "SETS_TARGET"}


def test_a_measure_with_a_note_on_what_it_counts() -> None:
    """全年固定资产投资（不含农户）比上年增长7.1%: the district's 固定资产投资 (the note had hidden the measure)."""
    targets = _targets("2023年莱山区统计公报\n来源：烟台市莱山区统计局 2024-03-28\n全年固定资产投资（不含农户）比上年增长7.1%。\n")
    assert targets.get("固定资产投资", {}).get("baseline") == "7.1", targets


def test_a_deadline_and_a_condition_of_support_are_no_measure() -> None:
    """年底前过夜游客占比达到33%以上 is 过夜游客占比 (年底前 had opened its name); 固定资产投资（不含土地）达到1亿元以上且按期投产的，
    给予补助 is a condition of support, no target."""
    targets = _targets("临潼区文旅工作要点\n来源：临潼区文化和旅游体育局 2024-02-20\n力争年底前过夜游客占比达到33%以上。对新引进的制造业项目，固定"
                       "资产投资（不含土地）达到1亿元以上且按期投产的，按设备投资额的5%给予补助。\n")
    assert set(targets) == {"过夜游客占比"}, targets


def test_a_conjunction_a_verb_and_a_range_before_a_measure() -> None:
    """…，但亩均税收达到58.9万元, 集团获得银行授信总额820亿元 and 在上海、合肥等地流片量占比达到72%: 亩均税收, 银行授信总额 and
    流片量占比 (但, 集团获得 and 地 had been part of the names); 对税收5000万元至1亿元的楼宇 names a class of buildings, no
    measure."""
    targets = _targets("嘉善县亩均效益评价报告\n来源：嘉善县经济和信息化局 2024-04-12\n生命健康产业链企业数量较少，但亩均税收达到58.9万元。集团"
                       "获得银行授信总额820亿元。对税收5000万元至1亿元的23幢“准亿元楼宇”建立培育库。芯片设计企业在上海、合肥等地流片量占比"
                       "达到72%。\n")
    assert set(targets) == {"亩均税收", "银行授信总额", "流片量占比"}, targets


def test_a_bulletins_values_after_wei_and_shares_after_their_measure() -> None:
    """常住人口城镇化率为88.7%, 人均地区生产总值为18.6万元: values (为 had read as no verb);
    X增长24.7%，占全部投资比重为23.6% and 全区民营经济实现增加值318亿元，占地区生产总值比重达到61.2%: the shares of X and of
    民营经济增加值 (占…比重 alone before); 公司营业收入分别为… is one firm's, no measure."""
    targets = _targets("2023年莱山区统计公报\n来源：烟台市莱山区统计局 2024-03-28\n按常住人口计算，全年人均地区生产总值为18.6万元，比上年增长5.8%。"
                       "常住人口城镇化率为88.7%。高技术产业投资增长24.7%，占全部投资比重为23.6%。全区民营经济"
                       "实现增加值318亿元，占地区生产总值比重达到61.2%。招股书显示，2021年至2023年，公司营业收入分别为3.12亿元、4.56亿元。\n")
    assert targets["常住人口城镇化率"].get("baseline") == "88.7" and targets["人均地区生产总值"].get("baseline") == "18.6", targets
    assert {"高技术产业投资占全部投资比重", "民营经济增加值占地区生产总值比重"} <= set(targets), targets
    assert not [n for n in targets if n.startswith(("占", "公司"))], targets


def test_a_parks_figures_go_on_through_its_sentences_clauses() -> None:
    """X开发区全年实现A…；完成B增长14.2%；实现C16.3亿元，增长10.1%: B and C are the park's too, and the district's own C keeps
    its value without the park's growth (it had taken 10.1, and B had been the district's); a clause after another town
    (…；朱沱镇受…影响，货物吞吐量…) is not carried."""
    _, edges = extract_graph([document_from_text(
        "2023年莱山区统计公报\n来源：烟台市莱山区统计局 2024-03-28\n全年一般公共预算收入48.6亿元。莱山经济开发区全年实现规模以上工业总产值"
        "512.6亿元，增长9.4%；完成固定资产投资增长14.2%；实现一般公共预算收入16.3亿元，增长10.1%。\n", doc_id="t")])
    found = {(e.target.removeprefix("Indicator:"), e.properties.get("scope")): e.properties for e in edges
             if e.type.value == "SETS_TARGET"}
    assert ("固定资产投资", "莱山经济开发区") in found and "growth" not in found[("一般公共预算收入", None)], found


def test_a_targets_nature_in_prose() -> None:
    """主要预期目标是：地区生产总值增长7%左右… gives its targets the nature 预期性, and 森林覆盖率达到17.5%（约束性） 约束性
    (prose had given none)."""
    targets = _targets("青山湖区政府工作报告\n来源：南昌市青山湖区人民政府 2023-01-10\n全区经济社会发展的主要预期目标是：地区生产总值增长7%左右；"
                       "城镇调查失业率控制在5.5%以内。到2025年，森林覆盖率达到17.5%（约束性）。\n")
    assert {n: t.get("nature") for n, t in targets.items()} == {"地区生产总值": "预期性", "城镇调查失业率": "预期性",
                                                                "森林覆盖率": "约束性"}, targets


def test_a_note_of_another_years_level_dates_only_itself() -> None:
    """到2025年，A力争突破1600亿元（2020年为1026.7亿元），B达到2200亿元，C达到72%: B and C are 2025's targets (the note's
    2020 had dated them, and made them levels reached)."""
    targets = _targets("闽侯县县域经济分析\n来源：闽侯县统计局 2023-07-20\n到2025年全县地区生产总值力争突破1600亿元（2020年为1026.7亿元），规模"
                       "以上工业总产值达到2200亿元，常住人口城镇化率达到72%。\n")
    assert {n: (t.get("target_value"), t.get("target_year")) for n, t in targets.items()} == {
        "地区生产总值": ("1600", 2025), "规模以上工业总产值": ("2200", 2025), "常住人口城镇化率": ("72", 2025)}, targets


def test_a_value_reached_against_the_years_goal() -> None:
    """全年城镇新增就业2.86万人，完成年度目标2.6万人的110% in a report on 2024: 2.86 reached and 2.6 the year's target (the
    goal had been lost)."""
    targets = _targets("关于2024年民生实事项目推进情况的通报\n来源：武汉市汉阳区人民政府 2025-01-16\n全年城镇新增就业2.86万人，完成年度目标2.6万人"
                       "的110%。\n")
    found = targets["城镇新增就业"]
    assert (found.get("baseline"), found.get("target_value"), found.get("target_year")) == ("2.86", "2.6", 2024), found


# -- policies and projects ---------------------------------------------------------------------------------------------


def test_a_quoted_system_and_a_campaign_written_two_ways() -> None:
    """坚持“链长制”工作机制 names 链长制 (链长制工作机制 before), and “凤凰行动” beside “凤凰行动”计划 is one policy (two before)."""
    nodes, _ = series_graph("滨江区上市企业新闻\n来源：杭州日报 2023-08-22\n四、政策加码：“凤凰行动”双轮驱动\n滨江深入实施浙江省“凤凰行动”计划。坚持"
                            "“链长制”工作机制，由区级领导担任链长。\n")
    assert names_of(nodes, "Policy") == {"凤凰行动计划", "链长制"}, names_of(nodes, "Policy")


def test_campaigns_of_cultivation_and_clean_up_after_their_verb() -> None:
    """实施蓝色海湾整治行动, 实施“鲲鹏”企业培育行动, 深入实施“雏鹰—小巨人—单项冠军”梯度培育工程: campaigns (整治行动 and 培育…
    had been no campaigns' heads, and 培育 a stop word inside them); 开展“两打两清”等专项打击整治行动 names a kind, no campaign."""
    nodes, _ = series_graph("莱山区海洋经济发展情况\n来源：烟台市莱山区人民政府 2021-11-26\n全面推行湾长制，实施蓝色海湾整治行动。深入实施“雏鹰—"
                            "小巨人—单项冠军”梯度培育工程。\n一、实施“鲲鹏”企业培育行动\n积极开展“两打两清”等专项打击整治行动。\n")
    assert names_of(nodes, "Policy") == {"湾长制", "蓝色海湾整治行动", "雏鹰—小巨人—单项冠军梯度培育工程", "鲲鹏企业培育行动"}, \
        names_of(nodes, "Policy")


def test_a_kind_of_projects_heading_its_items_is_no_project() -> None:
    """（一）城市更新项目 over 1.X项目 items: no project named 城市更新项目 (it had been one, and across texts had taken the
    first item's name as its alias); 汉阳城更公司 and 汉阳城投 are firms written short, no works named 汉阳城."""
    nodes, _ = series_graph("汉阳国投集团年度报告\n来源：武汉汉阳国有资本投资运营集团有限公司 2024-04-29\n二、重点项目建设\n（一）城市更新项目\n"
                            "1.汉阳古城显正街历史文化街区保护更新项目。由汉阳城更公司作为实施主体，总投资38.6亿元。汉阳城投投资建设江堤还建房项目。\n")
    assert names_of(nodes, "Project") == {"汉阳古城显正街历史文化街区保护更新项目", "江堤还建房项目"}, names_of(nodes, "Project")


# -- sections and parents ----------------------------------------------------------------------------------------------


def test_a_table_of_subsidiaries_with_their_short_forms() -> None:
    """A group's annual report with a 子公司全称 | 简称 | 持股比例 table: each row's firm is the group's subsidiary and its 简称
    an alias (neither had been read)."""
    nodes, edges = series_graph("武汉汉阳国有资本投资运营集团有限公司2023年年度报告（摘要）\n发布日期：2024年4月29日\n\n第二节 主要子公司情况\n"
                                "主要一级子公司如下：\n子公司全称\t简称\t持股比例\t主营业务\n武汉汉阳城市建设投资发展有限公司\t汉阳城投\t100%\t"
                                "基础设施建设\n武汉汉阳水务环境有限公司\t汉阳水务\t100%\t排水管网\n\n汉阳城投持有武汉市汉阳市政工程有限公司51%股权。\n")
    group = "Enterprise:武汉汉阳国有资本投资运营集团有限公司"
    assert {("Enterprise:武汉汉阳城市建设投资发展有限公司", group), ("Enterprise:武汉汉阳水务环境有限公司", group)} <= \
        pairs_of(edges, "SUBSIDIARY_OF"), edges
    assert "汉阳城投" in nodes["Enterprise:武汉汉阳城市建设投资发展有限公司"].aliases


def test_a_numbered_items_sentence_of_two_clauses_heads_nothing() -> None:
    """5.十里店街道、区医保局要立即开展作风整顿，10月10日前向区委督查室报送整改情况。: a list's item, no section heading (its
    town had been the place of every body named under it)."""
    nodes, edges = series_graph("关于全区优化营商环境专项督查情况的通报\n来源：兰州市安宁区人民政府 2023-09-28\n三、整改要求\n"
                                "5.十里店街道、区医保局要立即开展作风整顿，10月10日前向区委督查室报送整改情况。\n", doc_id="d")
    assert not [n for n in nodes if n.startswith("Section:") and "整改情况" in n], [n for n in nodes if "Section" in n]
    assert not [p for p in pairs_of(edges, "LOCATED_IN") if p[1] == "Town:十里店街道"], edges


def test_a_parent_written_as_an_apposition() -> None:
    """——X有限公司，Y控股子公司，主营…; X（x），Y旗下…平台，…; X（简称“x”），同为Y旗下子公司: X is Y's subsidiary (none had
    been read)."""
    _, edges = series_graph("滨江区上市企业新闻\n来源：杭州日报 2023-08-22\n浙江大华技术股份有限公司（大华股份）是安防龙头。杭州海康威视数字技术"
                            "股份有限公司（海康威视）加快发展。\n——杭州华橙网络科技有限公司，大华股份控股子公司，主营消费级智能摄像头；\n——杭州海康"
                            "汽车软件有限公司（海康汽车技术），海康威视旗下汽车电子业务平台，正筹备科创板申报；\n2. 杭州海康机器人股份有限公司（简称"
                            "“海康机器人”），同为海康威视旗下子公司，已提交上市申请。\n")
    hik = "Enterprise:杭州海康威视数字技术股份有限公司"
    assert pairs_of(edges, "SUBSIDIARY_OF") == {("Enterprise:杭州华橙网络科技有限公司", "Enterprise:浙江大华技术股份有限公司"),
                                                ("Enterprise:杭州海康汽车软件有限公司", hik),
                                                ("Enterprise:杭州海康机器人股份有限公司", hik)}, edges


# -- the review's mends ------------------------------------------------------------------------------------------------


def test_words_that_look_like_this_sessions_rules_but_are_not() -> None:
    """The session's rules stay within their wordings: 线上/线下 after a park (no line), 城投用 (no firm), 企业租赁X有限公司
    (租赁 a verb), 高等教育振兴行动 (高等 no list), 赴上海路演 (no road), 第一次全国…普查领导小组 (第一次 part of it)."""
    nodes, _ = series_graph("北辰区新闻\n来源：北辰区人民政府 2023-05-01\n张江科学城线上招商活动与宁波高新区线下活动同步举办。园区企业租赁鑫源科技"
                            "有限公司厂房。实施高等教育振兴行动。组织企业赴上海路演推介。成立区第一次全国自然灾害综合风险普查领导小组。\n")
    assert {"张江科学城", "宁波高新技术产业开发区"} <= names_of(nodes, "Park"), names_of(nodes, "Park")
    assert names_of(nodes, "Enterprise") == {"鑫源科技有限公司"}, names_of(nodes, "Enterprise")
    assert "高等教育振兴行动" in names_of(nodes, "Policy") and "上海市" in names_of(nodes, "Region"), nodes.keys()
    assert "北辰区第一次全国自然灾害综合风险普查领导小组" in names_of(nodes, "Organization"), names_of(nodes, "Organization")


def test_a_figure_of_the_whole_area_ends_a_parks_scope() -> None:
    """开发区全年实现A…；全区完成B…；实现C…: C is the district's again (the park's scope had been carried past 全区)."""
    _, edges = extract_graph([document_from_text(
        "北辰区统计公报\n来源：北辰区统计局 2024-03-20\n北辰经济技术开发区全年实现规模以上工业产值100亿元；全区完成固定资产投资50亿元；实现"
        "税收收入10亿元。\n", doc_id="t")])
    scopes = {e.target.removeprefix("Indicator:"): e.properties.get("scope") for e in edges if e.type.value == "SETS_TARGET"}
    assert scopes.get("税收收入", "missing") is None, scopes


def test_a_constraint_of_another_clause_and_a_task_of_signing() -> None:
    """…能耗下降完成市下达的约束性任务；城镇调查失业率控制在5%以内 in a sentence of expected targets: 预期性 (约束性 is the
    other clause's); under 三、强化招商签约, 建设X工程 is planned (no signing's item)."""
    targets = _targets("北辰区政府工作报告\n来源：北辰区人民政府 2024-01-10\n主要预期目标如下：地区生产总值增长6%左右；单位GDP能耗下降完成市"
                       "下达的约束性任务；城镇调查失业率控制在5%以内。\n")
    assert targets["城镇调查失业率"].get("nature") == "预期性", targets
    stages = stages_of("北辰区工作要点\n来源：北辰区人民政府 2024-02-10\n三、强化招商签约\n建设东湖大道改造工程。\n")
    assert stages == {"东湖大道": "planned"}, stages


def test_an_addressee_line_and_a_subsidiaries_column_after_a_number() -> None:
    """各镇人民政府、区直各局 under a title is no publisher; a 序号 | 子公司全称 | … table with a category row inside is read
    by its column."""
    doc, _ = _document("关于做好安全生产工作的通知\n各镇人民政府、区直各局\n现将有关事项通知如下。\n")
    assert doc.get("publisher") is None, doc
    _, edges = series_graph("武汉汉阳国有资本投资运营集团有限公司2023年年度报告\n发布日期：2024年4月29日\n\n主要一级子公司如下：\n序号\t子公司全称\t"
                            "简称\t持股比例\n1\t武汉汉阳城市建设投资发展有限公司\t汉阳城投\t100%\n全资子公司\n2\t武汉汉阳水务环境有限公司\t汉阳水务"
                            "\t100%\n")
    assert len(pairs_of(edges, "SUBSIDIARY_OF")) == 2, edges

