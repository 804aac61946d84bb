"""Rules from the twenty-sixth session: the earlier reviews' open items and the session's series probes."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import pairs_of, series_graph


def test_a_projects_owner_named_by_its_role_develops_it() -> None:
    _, edges = series_graph(
        "招标公告汇总\n\n本招标项目璧山区来凤街道璧青路南延伸段道路工程（一期）已由重庆市璧山区发展和改革委员会以璧山发改投"
        "〔2024〕186号文件批准建设，项目业主为重庆市璧山区城市建设发展集团有限公司，建设资金来自地方政府专项债券资金。"
        "本招标项目重庆璧山高新区新能源汽车零部件产业园标准厂房（三期）工程已备案，招标人为重庆璧山高新技术产业开发区"
        "开发投资有限公司，建设资金来源为企业自筹。\n")
    assert ("Enterprise:重庆市璧山区城市建设发展集团有限公司", "DEVELOPS", "Project:璧青路南延伸段") in edges
    assert ("Enterprise:重庆璧山高新技术产业开发区开发投资有限公司", "DEVELOPS",
            "Park:重庆璧山高新区新能源汽车零部件产业园") in edges
    assert not [e for e in edges if e[1] == "DEVELOPS" and e[0].endswith("发展和改革委员会")]


def test_the_owner_of_works_written_before_the_sentence_develops_them_not_the_routes_ends() -> None:
    _, edges = series_graph(
        "区长信箱回复\n\n您反映的路段属于浦乌路快速化改造工程（二期）的施工范围。该工程北起新锦湖路，南至江北大道，全长约4.6"
        "公里，建设单位为南京江北新区建设投资集团有限公司，施工总承包单位为中铁十局集团有限公司。\n")
    developed = pairs_of(edges, "DEVELOPS")
    assert developed == {("Enterprise:南京江北新区建设投资集团有限公司", "Project:浦乌路")}


def test_works_built_by_their_owner_or_agent_after_by() -> None:
    _, edges = series_graph(
        "征收决定公告\n\n其中浦珠北路拓宽改造工程由南京江北新区建设投资集团有限公司（以下简称“江北建投”）作为项目业主建设，"
        "道路红线由现状24米拓宽至50米。城南河片区旧城区改建项目由南京江北新区城市更新建设发展有限公司负责实施。"
        "天润城九年一贯制学校项目由南京江北新区公用资产投资发展集团有限公司代建，施工单位为中建八局第三建设有限公司。\n")
    developed = pairs_of(edges, "DEVELOPS")
    assert developed == {("Enterprise:南京江北新区建设投资集团有限公司", "Project:浦珠北路"),
                         ("Enterprise:南京江北新区城市更新建设发展有限公司", "Project:城南河片区旧城区改建项目"),
                         ("Enterprise:南京江北新区公用资产投资发展集团有限公司", "Project:天润城九年一贯制学校")}


def test_a_party_that_is_the_projects_owner_develops_it() -> None:
    _, edges = series_graph("项目简介\n\n星河智造产业园二期项目位于王台镇，青岛星河实业发展有限公司为该项目的建设单位。\n")
    assert ("Enterprise:青岛星河实业发展有限公司", "DEVELOPS", "Project:星河智造产业园二期") in edges


def test_a_numbered_company_keeps_its_number() -> None:
    nodes, edges = series_graph(
        "包河区纳税50强\n\n序号\t企业名称\t所属行业\t所在街道\n10\t中铁四局集团有限公司\t建筑业\t芜湖路街道\n"
        "11\t中铁四局集团第一工程有限公司\t建筑业\t芜湖路街道\n\n"
        "项目由中交第一航务工程局有限公司承建，河南省第一建筑工程集团有限责任公司施工。项目总承包单位中建三局第一建设工程"
        "有限责任公司项目经理介绍进度。该公司成为全省第一家上市的科技有限公司。\n")
    assert {"Enterprise:中铁四局集团有限公司", "Enterprise:中铁四局集团第一工程有限公司", "Enterprise:中交第一航务工程局有限公司",
            "Enterprise:河南省第一建筑工程集团有限责任公司", "Enterprise:中建三局第一建设工程有限责任公司"} <= set(nodes)
    assert nodes["Enterprise:中铁四局集团有限公司"].aliases == []
    assert not [n for n in nodes if n in ("Enterprise:工程有限公司", "Enterprise:航务工程局有限公司") or "第一家" in n]
    assert ("Enterprise:中铁四局集团第一工程有限公司", "LOCATED_IN", "Town:芜湖路街道") in edges


def test_a_road_a_street_is_named_after_is_no_street() -> None:
    nodes, edges = series_graph("金水区新闻\n\n金水区庙李村城中村改造安置房项目位于东风路与文化路交叉口东北角，丹尼斯大卫城位于花园路商圈。"
                                "经八路街道、花园路街道召开推进会。\n")
    assert {"Town:经八路街道", "Town:花园路街道"} <= set(nodes)
    assert "Town:东风路街道" not in nodes and "Town:文化路街道" not in nodes
    assert nodes["Town:花园路街道"].aliases == []
    assert not [e for e in edges if e[0] == "Project:丹尼斯大卫城" and e[1] == "LOCATED_IN"]


def test_a_county_name_that_is_an_everyday_word_needs_its_city_before_it() -> None:
    nodes, _ = series_graph("金水区新闻\n\n河南省第一建筑工程集团有限责任公司承建。产品已在郑州、洛阳、开封等地落地应用。建议在丰产路、经八路等老城区挖掘存量空间。\n")
    assert "Region:老城区" not in nodes
    nodes, edges = series_graph("洛阳新闻\n\n洛阳市老城区召开会议。老城区将推进老旧小区改造。\n")
    assert ("Region:老城区", "PART_OF", "Region:洛阳市") in edges


def test_a_meetings_verbs_and_a_leaders_visit_open_no_name() -> None:
    nodes, edges = series_graph(
        "金水区新闻\n\n会议要求区发展和改革委员会牵头推进。要用好郑州大学等高校资源。周立强详细询问项目进展。"
        "区人大常委会副主任王志刚带领城乡建设环境保护工作委员会视察。\n")
    assert {"Organization:金水区发展和改革委员会", "Organization:郑州大学", "Person:王志刚",
            "Organization:城乡建设环境保护工作委员会"} <= set(nodes)
    assert not [n for n in nodes if any(w in n for w in ("要求", "用好", "询问", "带领"))]
    assert [e for e in edges if e[0] == "Person:王志刚" and e[1] == "HOLDS_OFFICE"]


def test_a_function_word_after_a_title_is_no_person() -> None:
    nodes, _ = series_graph("金水区新闻\n\n会议深入学习习近平总书记关于城市工作的重要论述。各街道办事处主任和部分区人大代表参加视察。"
                            "区长关云飞主持会议。\n")
    assert not [n for n in nodes if n.startswith(("Person:关于", "Person:和"))]
    assert "Person:关云飞" in nodes


def _targets(text: str) -> dict[str, dict[str, object]]:
    """The properties of each SETS_TARGET edge of ``text``'s graph, by indicator."""
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {e.target.split(":", 1)[1]: e.properties for e in edges if e.type.value == "SETS_TARGET"}


def test_a_year_end_meetings_estimated_results_are_this_years_and_its_targets_next_years() -> None:
    targets = _targets(
        "贵安新区召开党工委（扩大）会议 总结2024年工作 部署2025年重点任务\n来源：贵安新区融媒体中心  2024-12-26\n\n"
        "会议指出，2024年，新区奋力推动经济社会发展取得新成效。全年预计实现地区生产总值415亿元、增长8.6%，"
        "规模以上工业增加值增长14.2%，固定资产投资增长9.1%。\n"
        "会议强调，做好明年工作意义重大。明年主要预期目标是：地区生产总值增长9%左右，规模以上工业增加值增长12%以上，"
        "固定资产投资增长8%。\n")
    assert targets["地区生产总值"] == {"baseline": "415", "baseline_year": 2024, "growth_target": "9左右",
                                    "growth_target_year": 2025, "unit": "亿元"}
    assert targets["固定资产投资"]["baseline"] == "9.1" and targets["固定资产投资"]["baseline_year"] == 2024
    assert targets["固定资产投资"]["target_value"] == "8" and targets["固定资产投资"]["target_year"] == 2025


def test_an_estimate_early_in_the_year_stays_a_goal() -> None:
    targets = _targets("区政府工作报告\n来源：区政府办公室  2024-03-01\n\n全年预计实现地区生产总值415亿元。\n")
    assert targets["地区生产总值"]["target_value"] == "415" and targets["地区生产总值"]["target_year"] == 2024


def test_a_phase_written_after_the_works_word_is_part_of_the_name() -> None:
    nodes, edges = series_graph("西海岸新区项目\n\n海湾化学烯烃及衍生物一体化项目二期由青岛海湾化学股份有限公司投资建设。"
                                "项目三期间将同步完善配套。\n")
    assert "Project:海湾化学烯烃及衍生物一体化项目二期" in nodes
    assert "Project:海湾化学烯烃及衍生物一体化项目" not in nodes
    assert ("Enterprise:青岛海湾化学股份有限公司", "DEVELOPS", "Project:海湾化学烯烃及衍生物一体化项目二期") in edges


def test_a_branch_belongs_to_the_company_it_is_registered_under_or_set_up_by() -> None:
    nodes, edges = series_graph(
        "双流区国企改革\n\n成都空港兴城建设管理有限公司（以下简称“兴城建管公司”）下设东升分公司、九江分公司、彭镇分公司三家分公司。"
        "成都空港兴城城市运营有限公司西航港分公司负责运营，中国电信股份有限公司贵州分公司参与建设。\n")
    assert {("Enterprise:东升分公司", "SUBSIDIARY_OF", "Enterprise:成都空港兴城建设管理有限公司"),
            ("Enterprise:成都空港兴城城市运营有限公司西航港分公司", "SUBSIDIARY_OF", "Enterprise:成都空港兴城城市运营有限公司"),
            ("Enterprise:中国电信股份有限公司贵州分公司", "SUBSIDIARY_OF", "Enterprise:中国电信股份有限公司")} <= edges
    assert not [n for n in nodes if "下设" in n]


def test_an_item_whose_clause_names_its_own_town_is_in_that_town_only() -> None:
    _, edges = series_graph(
        "黄岛区重点项目\n\n王台镇重点发展新能源汽车零部件，泊里镇、琅琊镇发展临港产业，张家楼街道建设藏马山田园综合体二期。\n"
        "薛家岛街道金沙滩片区城市更新项目、长江路街道香江路老旧小区改造工程、张家楼街道藏马山田园综合体二期等项目均已进场施工。\n")
    placed = {t for s, kind, t in edges if s == "Project:藏马山田园综合体二期" and kind == "LOCATED_IN"}
    assert placed == {"Town:张家楼街道"}


def test_a_bodys_title_without_its_body_is_the_body_of_the_titled_person_before_it() -> None:
    nodes, edges = series_graph(
        "金水区人大新闻\n\n区人大常委会主任张建伟主持会议，副主任李红霞、王志刚、陈淑芬及委员共26人出席会议。委员马丽建议加快改造。"
        "区住房和城乡建设局党组书记李俊峰在回应时表示将抓好落实。贵州大学副校长李明德、星河算力公司董事长张建国共同揭牌。"
        "区委书记周立新出席会议，区政协主席程晓燕等出席。\n")
    body = "Organization:金水区人大常委会"
    assert {("Person:李红霞", "HOLDS_OFFICE", body), ("Person:王志刚", "HOLDS_OFFICE", body),
            ("Person:陈淑芬", "HOLDS_OFFICE", body),
            ("Person:李俊峰", "HOLDS_OFFICE", "Organization:金水区住房和城乡建设局"),
            ("Person:李明德", "HOLDS_OFFICE", "Organization:贵州大学")} <= edges
    assert {"Person:马丽", "Person:张建国"} <= set(nodes) and "Person:马丽建" not in nodes
    assert not [e for e in edges if e[0] in ("Person:张建国", "Person:程晓燕") and e[2] in (body, "Organization:贵州大学")]


def test_a_state_level_new_area_is_a_region_and_its_towns_are_its_counties() -> None:
    nodes, edges = series_graph("贵安新区召开党工委会议\n\n12月25日，贵安新区召开党工委（扩大）会议，部署明年重点任务。\n")
    assert ("Region:贵安新区", "PART_OF", "Region:贵阳市") in edges
    assert "admin_code" not in nodes["Region:贵安新区"].properties
    nodes, edges = series_graph("西海岸新区重点项目\n\n西海岸新区薛家岛街道、王台镇、泊里镇集中开工项目32个。青岛市黄岛区统筹推进。\n")
    assert ("Region:西海岸新区", "PART_OF", "Region:青岛市") in edges
    assert {("Town:薛家岛街道", "PART_OF", "Region:黄岛区"), ("Town:王台镇", "PART_OF", "Region:黄岛区")} <= edges
    nodes, edges = series_graph("北辰区协同发展\n\n积极服务雄安新区建设。发挥北辰区连接京津、对接雄安的区位优势，协同安国、昌黎等京津冀区县。\n")
    assert nodes["Region:雄安新区"].aliases == ["雄安"] and "Region:安国市" in nodes


def test_a_counted_chain_list_ends_before_its_deng_and_opens_after_its_area() -> None:
    nodes, _ = series_graph("西海岸新区产业\n\n海洋装备、集成电路、新能源汽车、新型显示、绿色石化等五条产业链产值均突破百亿元。"
                            "带动新区海洋装备、集成电路、新能源汽车三条产业链新增产值200亿元。\n")
    assert {"IndustryChain:绿色石化", "IndustryChain:海洋装备"} <= set(nodes)
    assert not [n for n in nodes if n in ("IndustryChain:绿色石化等", "IndustryChain:新区海洋装备")]


def test_countries_listed_before_deng_guojia_are_no_firms() -> None:
    nodes, edges = series_graph("西海岸新区开放\n\n青岛国际经济合作区与德国、日本、韩国等国家新设合作项目46个。\n")
    assert not [n for n in nodes if n.split(":", 1)[1] in ("德国", "日本", "韩国")]
    assert not [e for e in edges if e[1] == "COOPERATES_WITH"]


def test_names_opening_with_a_stop_words_character_the_segmenter_cut() -> None:
    nodes, _ = series_graph("南山区新闻\n\n后海中心区建设加快，深圳前海华储国际贸易有限公司落户。北京以岭药业有限公司签约。"
                            "前三季度北京大兴国际机场临空经济区实现收入120亿元。会前海关人员到场。\n")
    assert {"Enterprise:深圳前海华储国际贸易有限公司", "Enterprise:北京以岭药业有限公司",
            "Park:北京大兴国际机场临空经济区"} <= set(nodes)
    assert not [n for n in nodes if n.split(":", 1)[1].startswith(("海", "岭", "三季度"))]


def test_towns_listed_before_deng_jiezhen_are_towns() -> None:
    nodes, _ = series_graph("浦东新区项目\n\n周浦镇、唐镇、惠南镇等街镇承接产业项目23个。\n")
    assert not [n for n in nodes if n.startswith("Enterprise:")]


def test_a_bare_zone_word_after_deng_ge_or_a_quote_names_no_zone() -> None:
    nodes, _ = series_graph("浦东新区签约\n\n张江科学城、临港新片区、金桥、外高桥等开发区和相关街镇负责同志参加。他希望各街镇和开发区落实"
                            "“一项目一专班”，形成“开发区引领、街镇协同”的格局。\n")
    assert not [n for n in nodes if n.startswith("Park:") and n.endswith("开发区")]


def test_a_numbered_item_with_its_fields_in_one_line_is_a_row() -> None:
    _, edges = series_graph(
        "雄安新区容东片区基础设施项目\n\n二、容东片区在建项目\n"
        "1.容东片区综合管廊三期工程。建设单位：中国雄安集团基础建设有限公司；施工单位：中铁十八局集团有限公司；"
        "建设地点：容城县容城镇；计划竣工时间：2025年8月。\n"
        "2.容东片区南部雨水泵站及调蓄池工程。建设单位：中国雄安集团生态建设投资有限公司；建设地点：容城县容城镇南部。\n")
    assert {("Enterprise:中国雄安集团基础建设有限公司", "DEVELOPS", "Project:容东片区综合管廊三期"),
            ("Enterprise:中国雄安集团生态建设投资有限公司", "DEVELOPS", "Project:容东片区南部雨水泵站及调蓄池工程"),
            ("Project:容东片区南部雨水泵站及调蓄池工程", "LOCATED_IN", "Town:容城镇")} <= edges
    assert not [e for e in edges if e[0] == "Enterprise:中铁十八局集团有限公司" and e[1] == "DEVELOPS"]


def test_list_items_ending_in_a_count_or_de_are_no_firms() -> None:
    nodes, _ = series_graph("大兴区生物医药基地\n\n北京国际医药创新公园、医疗器械产业园和中日创新合作示范区分别集聚了4家、5家和2家企业。"
                            "为临空区和生物医药基地的186家重点企业配备服务管家。美的、格兰仕、海信家电等企业入选。\n")
    assert not [n for n in nodes if n.endswith(("4家", "基地的"))]
    assert "Enterprise:美的" in nodes


def test_a_beijing_town_listed_by_its_area_office_is_found_as_written() -> None:
    _, edges = series_graph("大兴区医疗\n\n北京天坛医院大兴院区项目位于西红门镇，总投资约42亿元。统筹推进瀛海镇、亦庄镇等北部地区城市更新。\n")
    assert {("Town:西红门镇", "PART_OF", "Region:大兴区"), ("Town:瀛海镇", "PART_OF", "Region:大兴区"),
            ("Project:北京天坛医院大兴院区", "LOCATED_IN", "Town:西红门镇")} <= edges


def test_a_bulletins_figure_after_its_abbreviation_and_a_growth_like_for_like() -> None:
    targets = _targets("2024年双流区国民经济和社会发展统计公报\n来源：双流区统计局  2025-03-20\n\n"
                       "初步核算，全年实现地区生产总值（GDP）1236.5亿元，按不变价格计算，比上年增长6.3%。"
                       "全年实现一般公共预算收入98.6亿元，同口径增长4.2%。\n")
    assert targets["地区生产总值"] == {"unit": "亿元", "baseline": "1236.5", "baseline_year": 2024, "growth": "6.3"}
    assert targets["一般公共预算收入"]["growth"] == "4.2"


def test_a_new_areas_bodies_written_xinqu_take_its_name() -> None:
    nodes, edges = series_graph("贵安新区召开党工委会议\n\n贵安新区召开党工委（扩大）会议。新区投资促进局局长吴海涛主持签约仪式，"
                                "新区大数据发展管理局、新区财政局参加。新区管理委员会部署任务。\n")
    assert {"Organization:贵安新区投资促进局", "Organization:贵安新区大数据发展管理局", "Organization:贵安新区财政局",
            "Organization:贵安新区管理委员会"} <= set(nodes)
    assert ("Person:吴海涛", "HOLDS_OFFICE", "Organization:贵安新区投资促进局") in edges


def test_a_town_opening_a_parks_name_leads_no_segment() -> None:
    _, edges = series_graph(
        "浦东新区专项资金公示\n\n从区域分布看，张江镇、唐镇共有项目11个；金桥经济技术开发区及金桥镇项目4个；外高桥保税区项目3个；"
        "临港新片区及惠南镇、祝桥镇等南部区域项目8个。西丽湖国际科教城位于西丽街道。\n")
    assert not [e for e in edges if e[1] == "LOCATED_IN" and e[2] == "Town:金桥镇" and "临港" in e[0]]
    assert ("Park:临港新片区", "LOCATED_IN", "Town:金桥镇") not in edges


def test_a_science_and_education_city_and_a_new_section_area_are_parks() -> None:
    nodes, _ = series_graph("南山区新闻\n\n西丽湖国际科教城加快建设。深圳与上海临港新片区签约。\n")
    assert {"Park:西丽湖国际科教城", "Park:上海临港新片区"} <= set(nodes)


def test_a_table_of_projects_by_area_and_a_first_unit_project_keeps_its_name() -> None:
    _, edges = series_graph("浦东新区专项资金公示\n\n序号\t项目名称\t申报单位\t所在片区\t扶持金额（万元）\n"
                            "1\t机器人关节模组首台（套）项目\t上海星河机器人有限公司\t临港新片区\t300\n")
    assert ("Enterprise:上海星河机器人有限公司", "DEVELOPS", "Project:机器人关节模组首台(套)项目") in edges
    assert ("Project:机器人关节模组首台(套)项目", "LOCATED_IN", "Park:临港新片区") in edges


def test_pairs_that_sign_each_their_own_agreement() -> None:
    _, edges = series_graph(
        "大兴区协同发展\n\n此外，北京新航城控股有限公司与廊坊临空经济区投资开发有限公司、北京大兴国际机场综合保税区管理有限公司"
        "与天津港保税区投资有限公司分别签署了项目合作协议。\n")
    pairs = pairs_of(edges, "COOPERATES_WITH")
    assert pairs == {("Enterprise:北京新航城控股有限公司", "Enterprise:廊坊临空经济区投资开发有限公司"),
                     ("Enterprise:北京大兴国际机场综合保税区管理有限公司", "Enterprise:天津港保税区投资有限公司")}


def test_a_quoted_lab_of_two_fields_is_one_body() -> None:
    nodes, _ = series_graph("贵安新区新闻\n\n贵州大学与贵州贵安算力科技有限公司共建的“智能算力与大模型应用联合实验室”正式揭牌。\n")
    assert "Organization:智能算力与大模型应用联合实验室" in nodes and "Organization:大模型应用联合实验室" not in nodes


def test_a_short_name_declared_in_a_firm_tables_column_is_the_firms_of_the_row() -> None:
    nodes, edges = series_graph(
        "南山区上市企业\n\n序号\t企业名称\t股票简称\t股票代码\t上市板块\n6\t深圳市华瑞通信技术股份有限公司\t华瑞通信\t6188\t港交所主板\n\n"
        "华瑞通信是国内领先的光通信模块供应商，旗下深圳华瑞光电子有限公司、华瑞通信（香港）有限公司分别负责芯片封装和国际销售。\n")
    assert nodes["Enterprise:深圳市华瑞通信技术股份有限公司"].aliases == ["华瑞通信"]
    assert nodes["Enterprise:华瑞通信(香港)有限公司"].aliases == []
    parent = "Enterprise:深圳市华瑞通信技术股份有限公司"
    assert {("Enterprise:深圳华瑞光电子有限公司", "SUBSIDIARY_OF", parent),
            ("Enterprise:华瑞通信(香港)有限公司", "SUBSIDIARY_OF", parent)} <= edges


def test_a_stock_short_name_declared_later_in_the_listing_sentence_is_the_listed_firms() -> None:
    nodes, edges = series_graph(
        "吴中区新闻\n\n苏州灵犀智能机器人股份有限公司正式在上海证券交易所科创板挂牌上市，股票简称“灵犀智能”，股票代码688712。"
        "灵犀智能旗下有苏州灵犀精密传动有限公司、灵犀智能（深圳）有限公司。\n")
    assert nodes["Enterprise:苏州灵犀智能机器人股份有限公司"].aliases == ["灵犀智能"]
    assert nodes["Enterprise:灵犀智能(深圳)有限公司"].aliases == []
    assert ("Enterprise:灵犀智能(深圳)有限公司", "SUBSIDIARY_OF", "Enterprise:苏州灵犀智能机器人股份有限公司") in edges


def test_a_new_areas_towns_are_its_member_counties_without_their_short_forms() -> None:
    nodes, edges = series_graph("两江新区新闻\n\n两江新区鱼嘴镇、龙兴镇、复盛镇和水土街道、礼嘉街道加快推进重点项目。"
                                "滨海大道北延工程开工。\n")
    assert {("Town:鱼嘴镇", "PART_OF", "Region:江北区"), ("Town:龙兴镇", "PART_OF", "Region:渝北区"),
            ("Town:水土街道", "PART_OF", "Region:北碚区"), ("Town:礼嘉街道", "PART_OF", "Region:渝北区")} <= edges
    assert not [n for n in nodes if n.startswith("Town:") and nodes[n].aliases]


def test_a_table_of_firms_by_chain_without_places_puts_each_firm_in_its_chain() -> None:
    _, edges = series_graph("东湖高新区瞪羚企业\n\n序号\t企业名称\t所属产业\t2024年营收（亿元）\n"
                            "1\t武汉锐科光纤激光技术股份有限公司\t光电子信息\t35.2\n2\t武汉联影医疗科技有限公司\t生物医药\t28.1\n")
    assert {("Enterprise:武汉锐科光纤激光技术股份有限公司", "IN_CHAIN", "IndustryChain:光电子信息"),
            ("Enterprise:武汉联影医疗科技有限公司", "IN_CHAIN", "IndustryChain:生物医药")} <= edges


def test_a_biology_or_science_island_is_a_park() -> None:
    nodes, _ = series_graph("黄埔区新闻\n\n广州国际生物岛加快建设，新增企业30家。昆山桑田科学岛建设提速。\n")
    assert {"Park:广州国际生物岛", "Park:昆山桑田科学岛"} <= set(nodes)


def test_a_town_the_gazetteer_lacks_written_as_a_tables_cell_is_a_town() -> None:
    _, edges = series_graph("包河区纳税50强\n\n序号\t企业名称\t所属行业\t所在街道\n1\t合肥建工集团有限公司\t建筑业\t宁国路街道\n")
    assert ("Enterprise:合肥建工集团有限公司", "LOCATED_IN", "Town:宁国路街道") in edges
    assert not [e for e in edges if e[0].startswith("Town:所")]


def test_an_items_owner_named_in_the_sentence_after_its_title_develops_it() -> None:
    _, edges = series_graph(
        "两江新区重大项目集中开工\n\n一、龙兴新城主会场\n"
        "1. 两江新区智能网联汽车零部件产业园一期项目。建设单位为重庆两江新区龙兴工业园建设投资有限公司，总投资28.5亿元。\n"
        "2. 龙兴新城人才公寓（二期）。建设单位为重庆两江新区城市建设投资集团有限公司，总投资9.2亿元。\n")
    developed = pairs_of(edges, "DEVELOPS")
    assert ("Enterprise:重庆两江新区龙兴工业园建设投资有限公司", "Project:两江新区智能网联汽车零部件产业园一期") in developed
    assert not [t for s, t in developed if t == "Park:龙兴新城"]


def test_a_panels_generation_is_inside_the_works_name_and_more_titles() -> None:
    nodes, edges = series_graph("两江新区新闻\n\n京东方第6代柔性AMOLED生产线技改扩能项目开工。项目经理王强、现场指挥长李明到场。"
                                "湖北省科技厅副厅长孙丽华出席。\n")
    assert "Project:京东方第6代柔性AMOLED生产线技改扩能项目" in nodes
    assert not [n for n in nodes if n.startswith("Project:代")]
    assert {"Person:王强", "Person:李明"} <= set(nodes)
    assert ("Person:孙丽华", "HOLDS_OFFICE", "Organization:湖北省科技厅") in edges


def test_a_researcher_and_an_academician_are_titles_and_he_before_a_word_is_no_surname() -> None:
    nodes, edges = series_graph("黄埔区生物岛\n\n广州实验室副主任、研究员陈晓东介绍情况。生物岛实验室主任、中国科学院院士徐涛表示，"
                                "将引进院士、研究员和海外高层次人才。\n")
    assert {("Person:陈晓东", "HOLDS_OFFICE", "Organization:广州实验室"),
            ("Person:徐涛", "HOLDS_OFFICE", "Organization:生物岛实验室")} <= edges
    assert "Person:和海外" not in nodes


def test_a_groups_news_writing_itself_jituan_means_the_group_it_names() -> None:
    nodes, edges = series_graph(
        "融控集团新闻\n\n青岛西海岸新区融合控股集团有限公司（以下简称“融控集团”）召开年度工作会议。融控集团全年完成投资120亿元。"
        "城市建设方面，集团下属青岛融控城市建设集团有限公司全年承建项目68个。集团全资子公司青岛融控新能源投资有限公司"
        "投资建设分布式光伏项目。\n")
    parent = "Enterprise:青岛西海岸新区融合控股集团有限公司"
    assert {("Enterprise:青岛融控城市建设集团有限公司", "SUBSIDIARY_OF", parent),
            ("Enterprise:青岛融控新能源投资有限公司", "SUBSIDIARY_OF", parent)} <= edges
    assert "Enterprise:集团" not in nodes
