"""Rules of the thirty-sixth session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import names_of, pairs_of, series_graph, stages_of

# -- indicators -------------------------------------------------------------------------------------------------------


def _targets(text: str) -> dict[str, dict]:
    """The SETS_TARGET properties of ``text``'s graph, by indicator."""
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {e.target.removeprefix("Indicator:"): e.properties for e in edges if e.type.value == "SETS_TARGET"}


def test_a_level_risen_to_with_its_own_year() -> None:
    """由2016年的780亿元增加到2020年的1050亿元: 2020's level, reported in a 2021 report (the measure had been missed,
    the year between the verb and the value hiding the verb); a plan's 提升至2025年底的85% is 2025's goal."""
    report = _targets("某区2021年政府工作报告\n来源：某区人民政府 2021-02-01\n过去五年，全区地区生产总值由2016年的780亿元"
                      "增加到2020年的1050亿元，年均增长6.1%。\n")
    assert (report["地区生产总值"]["baseline"], report["地区生产总值"]["baseline_year"]) == ("1050", 2020), report
    assert "target_value" not in report["地区生产总值"]
    plan = _targets("某区“十四五”规划纲要\n来源：某区人民政府 2021-03-01\n“十四五”时期，常住人口城镇化率由2020年底的78%"
                    "提升至2025年底的85%。\n")
    rate = plan["常住人口城镇化率"]
    assert (rate["baseline"], rate["baseline_year"], rate["target_value"], rate["target_year"]) == ("78", 2020, "85", 2025)


def test_a_level_risen_from_now_in_a_goal() -> None:
    """本地配套率有望从目前的32%提高到45%以上: 从 opens the level risen from as 由 does, 有望 is a goal's word and 目前 (of
    the level now) dates nothing (the measure had been missed)."""
    rate = _targets("关于区人大代表建议的答复\n来源：萧山区经信局 2025-06-10\n本地配套率有望从目前的32%提高到45%以上。\n")["本地配套率"]
    assert (rate["baseline"], rate["target_value"]) == ("32", "45以上"), rate


def test_changes_listed_with_fenbie_after_values_listed_with_fenbie() -> None:
    """城镇和农村居民人均可支配收入分别达到72156元和43875元，分别增长4.0%和6.5%: the measure written in full (ANNOTATION.md
    rule 23) takes the last value and the last change (the changes had been lost)."""
    found = _targets("萧山区政府工作报告\n来源：萧山区人民政府 2025-02-01\n城镇和农村居民人均可支配收入分别达到72156元和43875元，"
                     "分别增长4.0%和6.5%。\n")["农村居民人均可支配收入"]
    assert (found["target_value"], found["growth"]) == ("43875", "6.5"), found


def test_a_level_risen_to_the_year_a_year_end_text_reports() -> None:
    """A December 2025 report's 由2020年的62.1亿元增加到2025年的81.5亿元: the year's result, no goal."""
    found = _targets("在区委全体会议上的报告\n来源：某区融媒体中心 发布日期：2025年12月29日\n一般公共预算收入由2020年的62.1亿元"
                     "增加到2025年的81.5亿元。\n")["一般公共预算收入"]
    assert (found["baseline"], found["baseline_year"]) == ("81.5", 2025) and "target_value" not in found, found


# -- places -----------------------------------------------------------------------------------------------------------


def test_a_county_whose_name_ends_as_a_parks_is_the_county() -> None:
    """长春市绿园区 (and 商丘市梁园区, 张家口市下花园区): the county of the gazetteer, holding its towns, not a Park found by
    the suffix 园区 (the gazetteer's zones listed as counties, 苏州工业园区, stay parks)."""
    nodes, edges = series_graph("长春市绿园区2023年国民经济和社会发展统计公报\n来源：长春市绿园区统计局 2024-04-12\n"
                                "全区辖正阳街道、西新镇等8个街道和3个镇。商丘市梁园区、苏州工业园区派员考察。\n")
    assert {"绿园区", "梁园区"} <= names_of(nodes, "Region")
    assert not {"长春市绿园区", "商丘市梁园区"} & names_of(nodes, "Park")
    assert ("Region:绿园区", "PART_OF", "Region:长春市") in edges
    assert ("Town:西新镇", "PART_OF", "Region:绿园区") in edges


def test_a_town_glued_to_the_next_word_and_written_before_one_item() -> None:
    """全年官渡镇冷链物流产业园、雁鸣湖镇生态农业示范园等18个项目新开工；中原绿色食品加工产业园一期…竣工投用: the segmenter glues
    镇 to 冷链 (官渡|镇冷链), yet the park is found in 官渡镇; 官渡镇 is that item's town, not the paragraph's (the
    中原 park's phase had been placed in it)."""
    nodes, edges = series_graph("中牟县计划执行情况报告\n来源：中牟县发改委 2021-12-01\n全年官渡镇冷链物流产业园、雁鸣湖镇生态"
                                "农业示范园等18个项目新开工；中原绿色食品加工产业园一期、姚家镇污水处理厂等22个项目竣工投用。\n")
    located = pairs_of(edges, "LOCATED_IN")
    assert ("Park:冷链物流产业园", "Town:官渡镇") in located, located
    assert ("Project:中原绿色食品加工产业园一期", "Town:官渡镇") not in located
    assert not [n for n in nodes if "全年" in n]


def test_a_place_before_de_is_the_next_items() -> None:
    """…；位于田横镇的田横岛海洋牧场综合体一期项目…；位于段泊岚镇的…: each town is the works' named after it, not the works'
    before the semicolon (the 海洋牧场 had been in 段泊岚镇 too)."""
    _, edges = series_graph("即墨区项目集中投产\n来源：即墨区融媒体中心 2025-06-18\n本次集中竣工投产的其他项目还包括：位于移风店镇的"
                            "智慧蔬菜产业园项目，总投资3亿元；位于田横镇的田横岛海洋牧场综合体一期项目，总投资5亿元；位于段泊岚镇的"
                            "恒泰绿色印染升级项目。\n")
    located = pairs_of(edges, "LOCATED_IN")
    assert ("Project:田横岛海洋牧场综合体一期", "Town:田横镇") in located
    assert ("Project:田横岛海洋牧场综合体一期", "Town:段泊岚镇") not in located
    assert not [p for p in located if p[1] == "Town:田横镇" and "蔬菜" in p[0]], located


def test_slogans_ending_in_cun_are_no_villages() -> None:
    """坚持产业兴村、文化铸村: a slogan's phrases (two Villages had been made); 新兴村、永兴村 stay villages."""
    nodes, _ = series_graph("相城区调研\n来源：相城日报 2025-04-09\n陆志刚指出，要坚持产业兴村、文化铸村，探索村企共建新路径。"
                            "合心镇新兴村、永兴村完成改造。\n")
    villages = names_of(nodes, "Village")
    assert not {"产业兴村", "文化铸村"} & villages, villages
    assert {"新兴村", "永兴村"} <= villages, villages


# -- parks and names ---------------------------------------------------------------------------------------------------


def test_parks_written_after_a_verb_or_as_an_honour() -> None:
    """编制长春西部新城…规划, 株洲高新区现辖河西示范园: the verb opens no park's name; 被认定为省级现代农业产业园,
    被评为省级文化产业示范园区: an honour, no Park."""
    nodes, _ = series_graph(
        "某区工作报告\n来源：某区人民政府 2023-02-01\n坚持规划引领，高标准编制长春西部新城控制性详细规划。"
        "株洲高新区现辖河西示范园、田心高科园等园区。合心现代农业产业园被认定为省级现代农业产业园。"
        "雁鸣湖文创园被评为省级文化产业示范园区。\n")
    parks = names_of(nodes, "Park")
    assert {"长春西部新城", "河西示范园", "合心现代农业产业园"} <= parks, parks
    assert not [p for p in parks if p.startswith(("编制", "评为", "省级")) or "现辖" in p], parks


def test_a_visits_clause_is_no_list_of_works() -> None:
    """周振宇、韩立军一行先后到海晟二期生产车间、芯澜半导体封测车间实地察看项目运营情况: leaders visiting, no three
    projects (a Project 周振宇 had been made)."""
    nodes, _ = series_graph("即墨区项目集中投产\n来源：即墨区融媒体中心 2025-06-18\n活动结束后，周振宇、韩立军一行先后到"
                            "海晟二期生产车间、芯澜半导体封测车间实地察看项目运营情况。\n")
    projects = names_of(nodes, "Project")
    assert not [p for p in projects if "周振宇" in p or "察看" in p or "一行" in p], projects


# -- documents and people ---------------------------------------------------------------------------------------------


def test_a_zone_written_short_bare_and_after_a_quoted_theme_is_one_park() -> None:
    """“链接长三角·智造新六合”南京六合经济开发区…; 六合经开区…; 开发区将…: one Park, 南京六合经济开发区 (the theme in quotes is
    no part of its name; the short and bare forms had made 六合经济技术开发区, a name no text writes)."""
    nodes, _ = series_graph(
        "六合经开区在沪举办投资环境推介会\n所属地区:江苏-南京市六合区 发布日期:2025年05月22日\n5月21日，“链接长三角·智造新六合”"
        "南京六合经济开发区2025年投资环境推介会在上海举行。经过30多年发展，六合经开区已形成新能源汽车零部件、新材料两大主导产业。"
        "会上，王海洋表示，开发区将聚焦新能源汽车零部件产业。\n")
    assert names_of(nodes, "Park") == {"南京六合经济开发区"}, names_of(nodes, "Park")
    assert {"六合经开区", "开发区"} <= set(nodes["Park:南京六合经济开发区"].aliases)


def test_a_zones_former_name_after_yuan() -> None:
    """由原中牟汽车产业集聚区整合提升而来: the zone is 中牟汽车产业集聚区 (原, former, had made a Park 原中牟汽车产业集聚区)."""
    nodes, _ = series_graph("中牟县经济运行情况\n来源：中牟县人民政府 2023-07-10\n县先进制造业开发区由原中牟汽车产业集聚区整合提升"
                            "而来。\n")
    parks = names_of(nodes, "Park")
    assert "中牟汽车产业集聚区" in parks and not [p for p in parks if p.startswith("原")], parks


def test_a_notices_policy_written_with_its_issuer_in_the_body() -> None:
    """株洲高新区（天元区）关于印发《Y》的通知, then 《株洲高新区（天元区）Y》 in the body: one Policy, Y (there had been two)."""
    nodes, _ = series_graph("株洲高新区（天元区）关于印发《支持先进制造业高质量发展若干政策措施》的通知\n来源：株洲高新区管委会 "
                            "2025-03-01\n《株洲高新区（天元区）支持先进制造业高质量发展若干政策措施》已经管委会党工委会议研究同意，"
                            "现印发给你们，请认真贯彻执行。\n")
    assert names_of(nodes, "Policy") == {"支持先进制造业高质量发展若干政策措施"}, names_of(nodes, "Policy")


def test_the_province_of_a_district_text_written_sheng() -> None:
    """获省政府通报表扬 in a text about 天元区: 湖南省人民政府, as 市政府 is 株洲市人民政府 (省政府 had been a node of its own)."""
    nodes, _ = series_graph("株洲高新区工作报告\n来源：株洲高新区管委会 2021-02-01\n株洲市天元区“放管服”改革经验获省政府通报表扬，"
                            "获市政府表彰。\n")
    bodies = names_of(nodes, "Organization")
    assert {"湖南省人民政府", "株洲市人民政府"} <= bodies and "省政府" not in bodies, bodies


def test_national_regional_strategies_written_without_zhanlue() -> None:
    """全面融入长三角一体化发展, 抢抓成渝地区双城经济圈建设机遇: Policies named as 京津冀协同发展 is (成渝地区双城 had been a
    Project); 长江经济带发展战略 is 长江经济带发展."""
    nodes, _ = series_graph("某区工作报告\n来源：某区人民政府 2021-02-01\n全面融入长三角一体化发展。抢抓成渝地区双城经济圈建设机遇。"
                            "主动融入长江经济带发展战略。\n")
    assert {"长三角一体化发展", "成渝地区双城经济圈建设", "长江经济带发展"} <= names_of(nodes, "Policy"), names_of(nodes, "Policy")
    assert not [n for n in names_of(nodes, "Project") if "成渝" in n]


def test_joint_publishers_of_a_statistical_bulletin() -> None:
    """来源：长春市绿园区统计局 国家统计局绿园调查队 (the space gone): two publishers, not one body glued of both."""
    nodes, edges = series_graph("长春市绿园区2023年国民经济和社会发展统计公报\n来源：长春市绿园区统计局 国家统计局绿园调查队 "
                                "发布日期：2024年04月12日\n全年地区生产总值增长5%。\n")
    assert ("Document:t", "ISSUED_BY", "Organization:长春市绿园区统计局") in edges
    assert ("Document:t", "ISSUED_BY", "Organization:国家统计局绿园调查队") in edges
    assert names_of(nodes, "Organization") == {"长春市绿园区统计局", "国家统计局绿园调查队"}


def test_two_authors_of_a_byline_whose_space_is_gone() -> None:
    """作者：朱婷 王一鸣 and 记者 孙晓雯 王鹏: two persons each (朱婷王 had been one); the one way the run parts."""
    nodes, _ = series_graph("相城区召开链长制推进会\n来源：相城发布 作者：朱婷 王一鸣 2023-03-16 18:42\n会议召开。\n"
                            "（记者 孙晓雯 王鹏）\n")
    assert {"朱婷", "王一鸣", "孙晓雯", "王鹏"} <= names_of(nodes, "Person"), names_of(nodes, "Person")
    assert "朱婷王" not in names_of(nodes, "Person")


def test_a_company_converted_to_a_joint_stock_one_is_one_node() -> None:
    """江苏龙池精密机械有限公司 (2021) and 江苏龙池精密机械股份有限公司 (2025, after 股份制改造): one company, named as
    converted, its short form and its project with it."""
    nodes, edges = extract_graph([
        document_from_text("龙池街道2021年工作总结\n来源：龙池街道办事处 2022-01-10\n江苏龙池精密机械有限公司新能源汽车电驱壳体"
                           "项目竣工投产。推动龙池精密启动股份制改造。\n", doc_id="a"),
        document_from_text("六合经开区推介会\n来源：六合发布 2025-05-10\n江苏龙池精密机械股份有限公司于2024年在北交所上市。\n",
                           doc_id="b")])
    firms = {n.name: n for n in nodes if n.label.value == "Enterprise"}
    assert set(firms) == {"江苏龙池精密机械股份有限公司"}, set(firms)
    assert {"江苏龙池精密机械有限公司", "龙池精密"} <= set(firms["江苏龙池精密机械股份有限公司"].aliases)


def test_a_project_built_by_a_groups_wholly_owned_subsidiary() -> None:
    """由A旗下全资子公司B投资建设: B builds it and is A's subsidiary (there had been no SUBSIDIARY_OF, and A built it too)."""
    _, edges = series_graph("即墨区新闻发布会\n来源：即墨区人民政府新闻办公室 2023-05-10\n芯澜功率半导体封测基地由上海澜芯微电子"
                            "集团有限公司旗下全资子公司青岛芯澜半导体科技有限公司投资建设，总投资50亿元。\n")
    assert ("Enterprise:青岛芯澜半导体科技有限公司", "SUBSIDIARY_OF", "Enterprise:上海澜芯微电子集团有限公司") in edges
    assert pairs_of(edges, "DEVELOPS") == {("Enterprise:青岛芯澜半导体科技有限公司", "Project:芯澜功率半导体封测基地")}


def test_a_firm_named_by_its_brand_and_gongsi() -> None:
    """长春博众汽车零部件有限公司, then 博众公司: one firm (a brand and 公司 alone is no registered name)."""
    nodes, _ = series_graph("绿园区调研\n来源：长春日报 2025-06-18\n孙立新走访长春博众汽车零部件有限公司。博众公司座椅骨架二期技改"
                            "项目新上激光焊接生产线4条。\n")
    assert names_of(nodes, "Enterprise") == {"长春博众汽车零部件有限公司"}
    assert "博众公司" in nodes["Enterprise:长春博众汽车零部件有限公司"].aliases


# -- stages ----------------------------------------------------------------------------------------------------------


def test_a_denied_stage_is_none() -> None:
    """华鲲新材项目配套220千伏变电站尚未建成, …征迁工作尚未完成: nothing is complete (both had been ``completed``)."""
    stages = stages_of("涪城区重点项目推进情况\n\n华鲲新材项目配套220千伏变电站尚未建成，用工缺口约800人。宁波至慈溪市域（郊）"
                       "铁路镇海段涉及庄市街道的征迁工作尚未完成。\n")
    assert stages["华鲲新材项目"] != "completed", stages
    assert stages["铁路镇海段"] != "completed", stages


def test_a_span_from_signing_to_start_is_a_start() -> None:
    """…项目从签约到开工仅用了98天: started (it had been ``signed``, the span's first end)."""
    stages = stages_of("萧山区重大项目集中开工\n\n恒晟化纤在益农镇投资建设的年产60万吨差别化功能性纤维项目从签约到开工仅用了98天。\n")
    assert stages["年产60万吨差别化功能性纤维项目"] == "starting", stages


def test_the_projects_among_a_signings_count_are_signed() -> None:
    """28个项目集中签约，总投资216亿元。其中：A投资25亿元建设X，…；B…在程桥片区建设Y项目: X and Y were signed (they had been
    ``planned`` from 建设); a project named as the site (拟选址Z) was not."""
    stages = stages_of("六合经开区推介会\n\n活动现场，28个项目集中签约，总投资216亿元。其中：上海卓睿汽车电子有限公司投资25亿元"
                       "建设智能座舱域控制器生产基地，落户新能源汽车零部件产业园；博思格（上海）新材料科技有限公司投资18亿元在程桥"
                       "片区建设隔膜涂覆材料项目，项目拟选址顺德机器人谷智造产业园二期。\n")
    assert stages["智能座舱域控制器生产基地"] == "signed", stages
    assert stages["隔膜涂覆材料项目"] == "signed", stages
    assert stages.get("顺德机器人谷智造产业园二期") != "signed", stages


def test_the_other_projects_a_lead_says_were_completed() -> None:
    """据悉，本次集中竣工投产的其他项目还包括：位于…的A项目…；位于田横镇的B项目…: each is in operation (B had no stage)."""
    stages = stages_of("即墨区项目集中投产\n\n本次活动共有12个项目集中竣工投产。\n据悉，本次集中竣工投产的其他项目还包括：位于移风店镇"
                       "的绿源智慧蔬菜基地项目，总投资3亿元；位于田横镇的田横岛海洋牧场综合体一期项目，总投资5亿元。\n")
    assert stages["田横岛海洋牧场综合体一期"] == "in_operation", stages


def test_a_tables_caption_marked_as_part_of_a_list() -> None:
    """附:萧山区2023年第二批重大项目集中开工项目表(部分): the caption's 集中开工 starts its rows (the note 部分 had hidden it)."""
    stages = stages_of("萧山区2023年第二批重大项目集中开工\n\n5月25日上午，萧山区重大项目集中开工活动举行。\n"
                       "附:萧山区2023年第二批重大项目集中开工项目表(部分)\n序号\t项目名称\t建设单位\t建设地点\t总投资(亿元)\n"
                       "1\t萧山区第一人民医院新院区\t萧山区卫生健康局\t宁围街道\t32\n")
    assert stages["萧山区第一人民医院新院区"] == "starting", stages


def test_a_progress_cells_start_with_works_since_and_a_start_awaited() -> None:
    """8月开工，正在进行桩基施工: under way (it had been starting); 完成施工招标，待开工: planned (施工 of 施工招标 is no works,
    and a start awaited none)."""
    stages = stages_of("涪城区2023年重点项目推进情况\n\n序号\t项目名称\t建设单位\t建设地点\t推进情况\n"
                       "1\t鑫达新能源年产5GWh动力电池电芯项目（二期）\t绵阳鑫达新能源科技有限公司\t石塘片区\t8月开工，正在进行桩基施工\n"
                       "2\t涪城区妇幼保健院迁建项目\t涪城区卫生健康局\t南山街道\t完成施工招标，待开工\n")
    assert stages["鑫达新能源年产5GWh动力电池电芯项目(二期)"] == "under_construction", stages
    assert stages["涪城区妇幼保健院迁建项目"] == "planned", stages


def test_a_progress_cells_end_with_works_going_on_and_an_end_at_work() -> None:
    """A 推进情况 column is the rows' progress: 主体竣工，设备安装 is under way (a part of the works done), 已建成运营 working."""
    stages = stages_of("相城区重点项目调研\n\n序号\t项目名称\t建设单位\t建设地点\t推进情况\n"
                       "1\t中汽创智华东研发总部\t中汽创智科技有限公司\t高铁新城\t主体竣工，设备安装\n"
                       "2\t望亭国际物流产业园冷链物流中心\t苏州望亭物流发展有限公司\t望亭镇\t已建成运营\n")
    assert stages["中汽创智华东研发总部"] == "under_construction", stages
    assert stages["望亭国际物流产业园冷链物流中心"] == "in_operation", stages


# -- chains -----------------------------------------------------------------------------------------------------------


def test_a_chain_of_several_words_before_its_leader() -> None:
    """作为智能车联网产业链的链主企业，E…; 先进材料产业链链主企业E…: the chain is all the words back to 作为 or the line's
    start (no chain had been named: 车联网 and 材料 alone are the words before 产业链); a qualifier or a place before it
    is none of it (入选福建省重点产业链链主企业名单, 江阴集成电路产业链链主)."""
    nodes, edges = series_graph(
        "相城区召开链长制推进会\n来源：相城发布 2023-03-16\n江苏骏驰智能汽车科技有限公司、苏州恒瑞泰新材料科技股份有限公司、"
        "江苏长电科技股份有限公司、盼盼食品集团有限公司参加会议。\n作为智能车联网产业链的链主企业，骏驰智能在会上作交流发言。\n"
        "先进材料产业链链主企业恒瑞泰新材也传来好消息。\n长电科技是江阴集成电路产业链链主企业。\n"
        "盼盼食品集团有限公司入选福建省重点产业链链主企业名单。\n")
    chained = pairs_of(edges, "IN_CHAIN")
    assert ("Enterprise:江苏骏驰智能汽车科技有限公司", "IndustryChain:智能车联网") in chained
    assert ("Enterprise:苏州恒瑞泰新材料科技股份有限公司", "IndustryChain:先进材料") in chained
    assert ("Enterprise:江苏长电科技股份有限公司", "IndustryChain:集成电路") in chained
    assert not {"福建省重点", "重点", "江阴集成电路", "车联网", "材料"} & names_of(nodes, "IndustryChain")


def test_advanced_materials_and_food_and_drink_are_chains() -> None:
    """围绕先进材料产业链，加快建设X项目；围绕食品饮料产业链，…: 先进材料 and 食品饮料 are chains of the taxonomy (neither had been
    named, and the clauses' works had no chain)."""
    nodes, edges = series_graph("涪城区委全会报告\n来源：涪城区融媒体中心 2021-12-30\n围绕电子信息产业链，支持九洲、长虹等链主企业"
                                "延链补链；围绕先进材料产业链，加快建设华鲲新材料年产3万吨锂电正极材料项目；围绕食品饮料产业链，支持"
                                "丰谷酒业做大做强。\n")
    assert {"电子信息", "先进材料", "食品饮料"} <= names_of(nodes, "IndustryChain")
    assert ("Project:华鲲新材料年产3万吨锂电正极材料项目", "IndustryChain:先进材料") in pairs_of(edges, "IN_CHAIN")

