"""Rules from the twenty-fifth session's series probes and the earlier reviews' open items: works of several places
or things written under one tail."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import series_graph


def test_towns_listed_before_works_stay_towns() -> None:
    nodes, edges = series_graph("北辰区重点项目\n\n实施西堤头镇、双街镇、大张庄镇农村生活污水治理工程，总投资1.2亿元。\n"
                                "推进青光镇、天穆镇老旧小区改造提升工程。\n")
    assert {"Town:西堤头镇", "Town:双街镇", "Town:大张庄镇", "Town:青光镇", "Town:天穆镇"} <= set(nodes)
    assert not [n for n in nodes if n.startswith("Project:") and n.endswith("镇")]
    assert ("Project:大张庄镇农村生活污水治理工程", "LOCATED_IN", "Town:大张庄镇") in edges


def test_things_of_one_kind_share_the_works_named_after_the_last() -> None:
    nodes, _ = series_graph("北辰区生态建设\n\n实施永金引河、淀南引河治理工程和闸、泵站等节点改造工程，改善水生态环境。\n")
    assert {"Project:永金引河治理工程", "Project:淀南引河治理工程"} <= set(nodes)
    assert nodes["Project:永金引河治理工程"].aliases == ["永金引河"]
    assert "Project:永金引河" not in nodes


def test_verbs_and_connectives_before_a_name_open_no_name() -> None:
    nodes, _ = series_graph("嘉定区新闻\n\n同意南翔老街二期保护性更新项目由南翔镇会同上海南翔古镇文化旅游发展有限公司实施。"
                            "比如上海嘉拓动力电池系统有限公司为擎源配套电池包。专访上海国际汽车城（集团）有限公司董事长陈建华。"
                            "请区发展改革委根据会议意见修改完善后印发。主要用于嘉定新城、南翔镇等区域土地收储。"
                            "区审计局督促湖南恒驰电驱科技有限公司整改，支付施工单位湖南建工集团有限公司工程款，"
                            "追回圭塘河生态治理二期多付工程款。项目北临新桥东先进制造产业园。园区随佛山高新技术产业开发区发展。\n")
    assert {"Project:南翔老街二期保护性更新项目", "Enterprise:上海南翔古镇文化旅游发展有限公司", "Town:南翔镇",
            "Enterprise:上海嘉拓动力电池系统有限公司", "Enterprise:上海国际汽车城(集团)有限公司",
            "Organization:嘉定区发展改革委", "Park:嘉定新城", "Enterprise:湖南恒驰电驱科技有限公司",
            "Enterprise:湖南建工集团有限公司", "Project:圭塘河生态治理二期", "Park:新桥东先进制造产业园",
            "Park:佛山高新技术产业开发区"} <= set(nodes)
    glue = ("会同", "比如", "访", "请", "用于", "督促", "支付", "追回", "北临", "随", "同意")
    assert not [n for n in nodes if n.split(":", 1)[1].startswith(glue)]


def test_a_fund_joining_a_firm_and_investing_in_a_firm_is_no_part_of_its_name() -> None:
    nodes, _ = series_graph("宝安区新闻\n\n引导基金联合深圳市创新投资集团有限公司（简称“深创投”）设立产业基金，首期已投资驰远动力、"
                            "深圳市汇能储能科技股份有限公司等7家企业。深圳市驰远动力系统股份有限公司（股票简称“驰远动力”）在深交所主板上市。\n")
    assert nodes["Enterprise:深圳市创新投资集团有限公司"].aliases == ["深创投"]
    assert nodes["Enterprise:深圳市驰远动力系统股份有限公司"].aliases == ["驰远动力"]
    assert not [n for n in nodes if "投资驰远" in n or "基金联合" in n or n == "Enterprise:驰远动力"]


def test_a_short_form_declared_with_its_stock_code_is_the_firms_alias() -> None:
    nodes, edges = series_graph("宝安区新闻\n\n深圳市芯感微电子股份有限公司（以下简称“芯感微”，股票代码：301678）正式登陆深交所创业板。"
                                "芯感微总部位于燕罗街道。\n")
    assert nodes["Enterprise:深圳市芯感微电子股份有限公司"].aliases == ["芯感微"]


def test_a_county_short_form_that_is_a_verb_opens_no_company() -> None:
    nodes, _ = series_graph("嘉定区新闻\n\n项目由外冈镇会同上海嘉定新城发展有限公司实施；区经委会同区财政局统筹，区管委会同区财政局研究。\n")
    assert {"Enterprise:上海嘉定新城发展有限公司", "Organization:嘉定区经委", "Organization:嘉定区财政局"} <= set(nodes)
    assert not [n for n in nodes if "会同" in n]


def test_community_joint_stock_companies_are_enterprises() -> None:
    nodes, edges = series_graph("宝安区城市更新\n\n石岩湖智造谷由宝安产投集团与深圳市石岩股份合作公司合作开发。"
                                "由深圳市华润置地城市更新有限公司与深圳市壆岗股份合作公司合作申报。\n")
    assert {"Enterprise:深圳市石岩股份合作公司", "Enterprise:深圳市壆岗股份合作公司"} <= set(nodes)
    assert ("Enterprise:深圳市华润置地城市更新有限公司", "COOPERATES_WITH", "Enterprise:深圳市壆岗股份合作公司") in edges
    assert not [e for e in edges if e[1] == "COOPERATES_WITH" and e[2] == "Region:深圳市"]


def test_district_bodies_of_shanghai_and_shenzhen_are_found() -> None:
    nodes, _ = series_graph("嘉定区新闻\n\n区经委牵头，区建设管理委要抓好道路建设，区投资推广署、区政协、区生态环境局参加。"
                            "自觉接受人民政协的民主监督。\n")
    assert {"Organization:嘉定区经委", "Organization:嘉定区建设管理委", "Organization:嘉定区投资推广署",
            "Organization:嘉定区政协", "Organization:嘉定区生态环境局"} <= set(nodes)
    assert "Organization:人民政协" not in nodes


def test_a_road_named_after_a_park_is_no_park() -> None:
    nodes, _ = series_graph("园区简介\n\n地址：佛山市顺德区大良街道新城路38号。\n")
    assert not [n for n in nodes if n.startswith("Park:")]


def test_a_route_from_a_citys_station_keeps_its_station() -> None:
    nodes, _ = series_graph("高陵区经济运行\n\n交通运输投资增长15.3%，西安北至高陵城际轨道交通工程加快推进。\n")
    assert "Project:西安北至高陵城际轨道交通工程" in nodes


def test_a_project_lists_undertaking_unit_develops_its_project() -> None:
    _, edges = series_graph("顺德区科技计划项目立项名单公示\n\n序号\t项目名称\t承担单位\t所属镇街\t资助金额(万元)\n"
                            "1\t面向变频家电的高效永磁同步电机控制芯片研发及产业化\t广东美的制冷设备有限公司\t北滘镇\t200\n"
                            "2\t家用燃气热水器全预混低氮燃烧关键技术研究\t广东万和新电气股份有限公司\t容桂街道\t150\n")
    assert ("Enterprise:广东美的制冷设备有限公司", "DEVELOPS", "Project:面向变频家电的高效永磁同步电机控制芯片研发及产业化") in edges
    assert ("Enterprise:广东万和新电气股份有限公司", "DEVELOPS", "Project:家用燃气热水器全预混低氮燃烧关键技术研究") in edges


_ONE_SPACE_TABLE = ("雨花区重点项目建设督查通报\n\n序号 项目名称 建设单位 所在街镇（园区） 年度计划投资（亿元） 完成率 主要问题 责任单位\n"
                    "1 跳马智慧农业产业园一期 长沙跳马田园综合体开发有限公司 跳马镇 3.20 16.9% 企业融资未到位，主体工程停工 跳马镇、区农业农村局\n"
                    "2 高铁会展新城会展配套酒店项目 湖南华亿会展置业有限公司 黎托街道 5.60 23.6% 桩基施工未完成 长沙高铁会展新城建设指挥部\n"
                    "各责任单位要于10月底前将整改方案报区重点项目建设指挥部办公室。\n")


def test_a_table_whose_cells_one_space_parts_is_read_as_a_table() -> None:
    nodes, edges = series_graph(_ONE_SPACE_TABLE)
    assert ("Enterprise:长沙跳马田园综合体开发有限公司", "DEVELOPS", "Project:跳马智慧农业产业园一期") in edges
    assert ("Project:跳马智慧农业产业园一期", "LOCATED_IN", "Town:跳马镇") in edges
    assert ("Enterprise:湖南华亿会展置业有限公司", "DEVELOPS", "Project:高铁会展新城会展配套酒店") in edges
    assert "Organization:长沙高铁会展新城建设指挥部" in nodes
    assert not [n for n in nodes if "桩基" in n or "报区" in n or "整改方案" in n or "\t" in n]


def test_a_function_word_the_segmenter_glued_to_a_town_opens_no_park() -> None:
    nodes, _ = series_graph("顺德高新区简介\n\n园区东翼为北滘智能制造产业园，西翼为容桂智能家电产业园。\n")
    assert "Park:北滘智能制造产业园" in nodes
    assert not [n for n in nodes if "为北" in n or n.startswith("Park:滘")]


def test_a_towns_share_of_a_list_and_a_schools_phase_are_no_names() -> None:
    nodes, edges = series_graph("顺德区新闻\n\n从分布看，伦教街道、勒流街道、乐从镇各有项目入选。推进君兰中学二期建设。\n")
    assert not [n for n in nodes if "各有" in n]
    assert "Enterprise:君兰中学" not in nodes
    assert not [e for e in edges if e[1] == "DEVELOPS" and e[2] == "Project:君兰中学二期"]


def test_urban_renewal_units_of_a_plan_notice_are_projects_of_their_applicants() -> None:
    nodes, edges = series_graph("宝安区城市更新单元计划公示\n\n序号\t更新单元名称\t所在街道\t申报主体\t拆除用地面积（平方米）\n"
                                "1\t松岗街道潭头第二工业区更新单元\t松岗街道\t深圳市星河智汇产业发展有限公司\t132450.0\n")
    units = [n for n in nodes if n.startswith("Project:") and n.endswith("潭头第二工业区更新单元")]
    assert len(units) == 1
    assert ("Enterprise:深圳市星河智汇产业发展有限公司", "DEVELOPS", units[0]) in edges
    assert (units[0], "LOCATED_IN", "Town:松岗街道") in edges
    assert not [n for n in nodes if n.startswith("Park:")]


def test_a_short_form_glued_to_a_function_word_is_no_works() -> None:
    nodes, _ = series_graph("雨花区审计工作报告\n\n长沙市雨花城市建设投资集团有限公司（以下简称“雨花城投”）负责实施。"
                            "三是雨花城投为长沙跳马田园综合体开发有限公司提供担保1.5亿元。\n")
    assert "Enterprise:长沙跳马田园综合体开发有限公司" in nodes
    assert not [n for n in nodes if n.startswith("Project:雨花城") or "城投为" in n]


def test_a_zone_word_before_a_city_opens_no_title_and_a_governments_title_is_its_regions() -> None:
    nodes, edges = series_graph("雨花区招商推介会\n\n湖南自贸试验区长沙片区雨花区块位于雨花经济开发区。"
                                "长沙市人民政府副市长邱文彬出席推介会并致辞。\n")
    assert not [n for n in nodes if n.startswith("Person:") and n != "Person:邱文彬"]
    assert ("Person:邱文彬", "HOLDS_OFFICE", "Region:长沙市") in edges
    assert not [e for e in edges if e[0] == "Person:邱文彬" and e[2] != "Region:长沙市"]


def test_a_meeting_headline_cites_the_plan_it_reviews_not_itself() -> None:
    nodes, _ = series_graph("区政府召开第五十七次常务会议 审议嘉定新城建设三年行动计划和2024年重大工程项目清单等事项\n"
                            "来源：上海市嘉定区人民政府  2024-03-15\n\n会议原则同意《行动计划》。\n")
    assert "Policy:嘉定新城建设三年行动计划" in nodes
    assert not [n for n in nodes if n.startswith("Policy:") and ("召开" in n or "审议" in n)]


def test_works_built_by_a_firm_whose_short_form_is_declared_in_between() -> None:
    _, edges = series_graph("宝安区工业上楼\n\n其中，燕罗智能制造产业园一期位于燕罗街道塘下涌社区，由深圳市宝安区产业投资集团有限公司"
                            "（以下简称“宝安产投集团”）投资建设，总投资约46亿元；福海信息港二期由深圳市宝安城市建设发展集团有限公司"
                            "（简称“宝安城发集团”）投资建设，重点承接超高清视频显示企业。\n")
    assert ("Enterprise:深圳市宝安区产业投资集团有限公司", "DEVELOPS", "Project:燕罗智能制造产业园一期") in edges
    assert ("Enterprise:深圳市宝安城市建设发展集团有限公司", "DEVELOPS", "Project:福海信息港二期") in edges


def test_works_on_a_common_facility_keep_their_town() -> None:
    nodes, edges = series_graph("嘉定区新闻\n\n推进华亭镇敬老院新建工程。重点推进嘉闵高架北延伸、安亭枢纽站综合改造等项目。\n")
    assert ("Project:华亭镇敬老院新建工程", "LOCATED_IN", "Town:华亭镇") in edges
    assert ("Project:安亭枢纽站综合改造", "LOCATED_IN", "Town:安亭镇") in edges
    assert not {"Project:敬老院新建工程", "Project:枢纽站综合改造"} & set(nodes)


def test_a_counted_list_of_key_areas_names_parks() -> None:
    nodes, _ = series_graph("嘉定区新闻\n\n聚焦远香湖中央活动区、嘉宝智慧湾未来城市实践区、嘉定新城站TOD综合开发项目三个重点片区。\n")
    assert {"Park:远香湖中央活动区", "Park:嘉宝智慧湾未来城市实践区"} <= set(nodes)


def test_a_short_form_one_document_declares_names_the_firm_in_the_others() -> None:
    audit = document_from_text("雨花区审计工作报告\n\n长沙市雨花城市建设投资集团有限公司（以下简称“雨花城投”）、"
                               "长沙雨花产业投资集团有限公司（以下简称“雨花产投”）负责实施。\n", doc_id="a")
    circular = document_from_text("雨花区督查通报\n\n区财政局要会同雨花城投、雨花产投做好项目资金调度。\n", doc_id="b")
    nodes, _ = extract_graph([audit, circular])
    docs = {n.id: n.docs for n in nodes}
    assert docs["Enterprise:长沙市雨花城市建设投资集团有限公司"] == ["a", "b"]
    assert docs["Enterprise:长沙雨花产业投资集团有限公司"] == ["a", "b"]


def test_a_budgets_arranged_spending_is_the_spending_lines_target() -> None:
    nodes, edges = series_graph("嘉定区预算执行情况报告\n\n2023年，教育支出68.4亿元，区级一般公共预算支出完成372.5亿元。\n"
                                "2024年，区级一般公共预算支出安排386.0亿元，增长3.6%；二是安排教育支出71.2亿元。\n")
    assert {"Indicator:教育支出", "Indicator:区级一般公共预算支出"} <= set(nodes)
    assert not [n for n in nodes if n.startswith("Indicator:安排")]
    _, full = extract_graph([document_from_text("嘉定区预算执行情况报告\n来源：上海市嘉定区财政局  2024-01-12\n\n"
                                                "2023年，区级一般公共预算支出完成372.5亿元。\n"
                                                "2024年，区级一般公共预算支出安排386.0亿元，增长3.6%。\n", doc_id="t")])
    target = next(e for e in full if e.type.value == "SETS_TARGET" and e.target == "Indicator:区级一般公共预算支出")
    assert (target.properties["baseline"], target.properties["target_value"], target.properties["target_year"]) == \
        ("372.5", "386.0", 2024)


def test_a_chain_of_a_clause_naming_its_own_firms_is_not_the_firms_before() -> None:
    _, edges = series_graph("顺德区科技计划\n\n美的、格兰仕、万和、海信家电等龙头企业围绕变频驱动、固态微波等环节牵头承担核心技术攻关项目，"
                            "库卡、博智林、伊之密等装备企业聚焦工业机器人控制器、建筑机器人、大型压铸装备开展攻关。\n")
    chained = {e[0] for e in edges if e[1] == "IN_CHAIN" and e[2] == "IndustryChain:机器人"}
    assert "Enterprise:库卡" in chained
    assert not chained & {"Enterprise:美的", "Enterprise:格兰仕", "Enterprise:万和", "Enterprise:海信家电"}


def test_a_bureau_building_somewhere_is_not_located_there() -> None:
    _, edges = series_graph("宝安区政协提案答复\n\n对此，区住房和建设局已在燕罗智能制造产业园周边规划建设保障性租赁住房约4600套。"
                            "粤港澳大湾区国家技术创新中心在广州科学城启用。\n")
    assert not [e for e in edges if e[0] == "Organization:宝安区住房和建设局" and e[1] == "LOCATED_IN"]
    assert ("Organization:粤港澳大湾区国家技术创新中心", "LOCATED_IN", "Park:广州科学城") in edges


def test_a_districts_service_bodies_are_found_with_their_place_and_no_verb() -> None:
    nodes, _ = series_graph("长沙市雨花区审计工作报告\n\n区机关事务服务中心将合同拆分，区房屋征收和补偿事务中心、区委督查室、区政府督查室、"
                            "长沙海关参加，问题线索移交区纪委监委。新政务服务中心投入使用。\n")
    assert {"Organization:雨花区机关事务服务中心", "Organization:雨花区房屋征收和补偿事务中心",
            "Organization:雨花区委督查室", "Organization:雨花区政府督查室", "Organization:长沙海关",
            "Organization:雨花区纪委监委"} <= set(nodes)
    assert not [n for n in nodes if "移交" in n or "新政务服务中心" in n]


def test_a_found_or_halted_institution_and_a_works_quantity_are_no_names() -> None:
    nodes, _ = series_graph("雨花区审计工作报告\n\n发现长沙市雨花区福寿康养老服务中心虚报人数，已暂停福寿康养老服务中心补贴。"
                            "圭塘河生态治理二期工程多计工程量，拖欠工程款。\n")
    assert not [n for n in nodes if "发现" in n or "暂停" in n or n == "Project:多计工程"]


def test_a_government_service_centre_written_short_is_one_body() -> None:
    nodes, _ = series_graph("广州市南沙区营商环境\n\n南沙区政务服务中心设立企业服务专区。在南沙区政务中心办理开办业务。\n")
    assert nodes["Organization:南沙区政务服务中心"].aliases == ["南沙区政务中心"]


def test_a_growth_written_as_a_level_rows_target_is_its_growth_target() -> None:
    text = ("北滘镇工作总结\n来源：北滘镇人民政府  2024-01-10\n\n二、2024年主要目标\n序号\t指标名称\t2023年完成\t2024年目标\t属性\n"
            "1\t地区生产总值（亿元）\t1016.3\t增长5.5%左右\t预期性\n2\t固定资产投资（亿元）\t186.7\t200\t预期性\n")
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    gdp = next(e.properties for e in edges if e.type.value == "SETS_TARGET" and e.target == "Indicator:地区生产总值")
    assert (gdp["unit"], gdp["baseline"], gdp["growth_target"], gdp["growth_target_year"]) == ("亿元", "1016.3", "5.5左右", 2024)
    assert "target_value" not in gdp


def test_titles_won_with_a_note_in_brackets_are_honours() -> None:
    nodes, _ = series_graph("顺德高新区简介\n\n园区先后获评国家新型工业化产业示范基地（智能家电）、国家火炬顺德家用电器特色产业基地和"
                            "广东省知识产权示范园区。\n")
    assert not [n for n in nodes if n.startswith(("Park:", "Project:")) and not n.startswith("Park:顺德高新")]


def test_a_titles_year_and_an_addresss_road_open_no_name() -> None:
    nodes, _ = series_graph("关于2024年度顺德区科技计划项目（核心技术攻关方向）拟立项名单的公示\n"
                            "来源：佛山市顺德区经济和科技促进局  2024-06-18\n\n"
                            "通讯地址：佛山市顺德区大良街道德和社区德民路区行政服务中心7楼。\n")
    assert "Organization:顺德区行政服务中心" in nodes
    assert not [n for n in nodes if "年度" in n or "德民路" in n]


def test_a_two_character_contact_before_the_phones_field_is_a_person() -> None:
    nodes, _ = series_graph("鄞州区招商推介项目\n\n联系单位：东吴镇人民政府　联系人：徐伟　电话：0574-88481203\n"
                            "联系单位：姜山镇人民政府　联系人：张立伟　电话：0574-88312058\n")
    assert {"Person:徐伟", "Person:张立伟"} <= set(nodes)


_SERVICE_TABLE = ("余杭区首席服务官名单\n\n序号\u3000首席服务官\u3000职务\u3000结对企业\u3000所在镇街（平台）\n"
                  "1\u3000陈立群\u3000区委副书记、区长\u3000阿里巴巴（中国）有限公司\u3000五常街道（未来科技城）\n"
                  "2\u3000王建平\u3000区委常委、常务副区长\u3000杭州瑞普康生物制药股份有限公司\u3000仁和街道（余杭经济技术开发区）\n"
                  "\n三、中标结果\n标段\u3000供应商名称\u3000供应商地址\u3000中标（成交）金额（元）\n"
                  "标段一（良渚新城片区）\u3000杭州良运市政园林工程有限公司\u3000浙江省杭州市余杭区良渚街道古墩路1899号\u30005,872,430.00\n"
                  "标段二（勾庄、杜城片区）\u3000浙江通衢道路养护有限公司\u3000浙江省杭州市余杭区仁和街道獐山路55号\u30004,915,600.00\n")


def test_a_table_whose_cells_one_ideographic_space_parts_is_read_as_a_table() -> None:
    nodes, _ = series_graph(_SERVICE_TABLE)
    assert {"Enterprise:阿里巴巴(中国)有限公司", "Enterprise:杭州瑞普康生物制药股份有限公司", "Person:陈立群", "Person:王建平",
            "Enterprise:杭州良运市政园林工程有限公司", "Enterprise:浙江通衢道路养护有限公司"} <= set(nodes)
    assert not [n for n in nodes if "区长" in n or "标段" in n or n.startswith("Enterprise:台")]


def test_a_numbered_rows_cells_holding_spaces_keep_the_row_apart() -> None:
    text = ("滨海新区河湖长制公告\n\n序号 河湖名称 流经区域 区级河湖长 责任单位\n"
            "1 海河（滨海新区段） 新河街道、大沽街道 区委常委、常务副区长 王晓东 区水务局、区生态环境局\n"
            "2 蓟运河（滨海新区段） 汉沽街道、寨上街道 副区长 李国强 区水务局、区农业农村委员会\n")
    lines = document_from_text(text, doc_id="t").text.split("\n")
    assert [line.split("\t")[0] for line in lines if line[:1].isdigit()] == ["1", "2"]


def test_a_class_of_projects_in_a_title_and_words_of_a_notice_open_no_name() -> None:
    nodes, _ = series_graph("宁波市鄞州区招商项目\n\n自公告发布之日起六十日内向南京市人民政府申请行政复议，取得南京江北新区管理委员会批复。"
                            "项目靠近南京江北新材料科技园，导致新锦湖路施工延期。请问这所学校何时开工？\n")
    assert {"Region:鄞州区", "Organization:南京市人民政府", "Organization:南京江北新区管理委员会",
            "Park:南京江北新材料科技园", "Project:新锦湖路"} <= set(nodes)
    assert not [n for n in nodes if n.split(":", 1)[1].startswith(("宁波市鄞州区招商", "自公告", "取得", "靠近", "导致", "请问"))]


def test_the_zones_of_a_region_are_no_park() -> None:
    nodes, _ = series_graph("滨海新区开发区考核评价\n\n天津市开发区考核评价结果出炉，滨海新区参评开发区多项指标位居全市开发区首位，"
                            "天津经济技术开发区位列第一。\n")
    parks = [n for n in nodes if n.startswith("Park:")]
    assert "Park:天津经济技术开发区" in parks
    assert not [p for p in parks if p in ("Park:天津市开发区", "Park:滨海新区开发区") or "参评" in p or "位居" in p]
    assert not [n for n in nodes if "滨海新经济" in n or any("滨海新经济" in a for a in nodes[n].aliases)]


def test_a_company_with_a_bracketed_group_and_its_works_after_it() -> None:
    nodes, edges = series_graph("天津市滨海新区新闻\n\n东疆综合保税区新增企业86家。天津港（集团）有限公司北疆港区C段智能化集装箱码头二期"
                                "工程开工建设。推进海洋石油工程股份有限公司（海油工程）天津智能化制造基地二期建设。\n")
    assert ("Enterprise:天津港(集团)有限公司", "DEVELOPS", "Project:北疆港区C段智能化集装箱码头") in edges
    assert ("Enterprise:海洋石油工程股份有限公司", "DEVELOPS", "Project:天津智能化制造基地二期") in edges
    assert not [n for n in nodes if n.split(":", 1)[1].startswith(("有限公司", "(集团)"))]


def test_a_district_before_its_town_gives_no_title() -> None:
    nodes, edges = series_graph("南京江北新区公告\n\n征收范围涉及浦口区顶山街道和六合区长芦街道。\n")
    assert not [n for n in nodes if n.startswith("Person:")]


def test_two_parties_joined_by_yu_and_a_river_named_after_a_town() -> None:
    nodes, edges = series_graph("天津市滨海新区政府工作报告\n\n推进天津港与河北港口集团有限公司在集装箱航线方面协作。"
                                "北塘排水河综合治理工程、独流减河宽河槽湿地生态修复工程二期相继完工。\n")
    assert "Enterprise:河北港口集团有限公司" in nodes
    assert not [n for n in nodes if "与河北" in n]
    assert not [e for e in edges if e[1] == "LOCATED_IN" and e[2] == "Town:北塘街道"]


def test_a_research_and_innovation_park_and_a_software_park_are_parks() -> None:
    nodes, edges = series_graph("南京江北新区外资签约\n\n美国安瑞生物科学公司在南京江北新区产业技术研创园建设凯斯勒智能装备华东制造基地。"
                                "厦门软件园新增企业120家。\n")
    assert {"Park:南京江北新区产业技术研创园", "Park:厦门软件园"} <= set(nodes)
    assert ("Project:凯斯勒智能装备华东制造基地", "LOCATED_IN", "Park:南京江北新区产业技术研创园") in edges


def test_a_colleges_two_fields_and_a_likeness_of_a_zone() -> None:
    nodes, _ = series_graph("厦门市集美区校地合作\n\n集美大学海洋装备与智能航运研究院选址杏林湾。依托厦门理工学院电气工程与自动化学院开展攻关。"
                            "楼宇经济被称为垂直的开发区。推进锐驰智能装备与东风汽车集团有限公司合作。\n")
    assert {"Organization:集美大学海洋装备与智能航运研究院", "Organization:厦门理工学院电气工程与自动化学院",
            "Enterprise:东风汽车集团有限公司"} <= set(nodes)
    assert not [n for n in nodes if n.startswith("Park:")]


def test_a_slogan_and_small_firms_clusters_are_no_names() -> None:
    nodes, _ = series_graph("宁波市鄞州区委全会\n\n要坚持大抓项目、抓大项目。特别是姜山镇和鄞州工业园区的小微企业集聚区隐患较为集中。\n")
    assert "Park:鄞州工业园区" in nodes
    assert not [n for n in nodes if "抓大" in n or "小微企业" in n]


def test_villages_of_a_list_whose_name_ends_like_a_word_are_villages() -> None:
    nodes, _ = series_graph("武汉市江夏区高标准农田建设项目\n\n项目涉及长咀村、洪北村、金水闸村，烟墩村、稻香村，浮山村、胡家村。"
                            "在舒安街道海洋村、团山村发展莲藕种植，帮扶贫困山村。\n")
    assert {"Village:洪北村", "Village:稻香村", "Village:胡家村", "Village:团山村"} <= set(nodes)
    assert "Village:贫困山村" not in nodes


def test_a_buildings_table_places_and_develops_its_buildings() -> None:
    nodes, edges = series_graph("武侯区楼宇经济发展报告\n\n序号\t楼宇名称\t所在街道\t运营单位\t入驻率\n"
                                "1\t佳灵国际大厦\t红牌楼街道\t四川佳灵置业集团有限公司\t92%\n"
                                "2\t高升桥商务大厦\t浆洗街街道\t成都高升桥资产管理有限公司\t88%\n"
                                "\n亩均效益评价结果\n序号\t企业名称\t所在街镇/园区\t评价类别\n1\t合肥晶合精密模具有限公司\t包河经济开发区\tA\n")
    assert ("Enterprise:四川佳灵置业集团有限公司", "DEVELOPS", "Project:佳灵国际大厦") in edges
    assert ("Project:高升桥商务大厦", "LOCATED_IN", "Town:浆洗街街道") in edges
    assert not [n for n in nodes if "所在" in n]


def test_a_reward_condition_is_no_target_and_a_basin_no_mention_of_its_town() -> None:
    nodes, _ = series_graph("包河区数字经济政策\n来源：合肥市包河区人民政府  2024-03-01\n\n"
                            "第五条 对营业收入首次达到5000万元的，给予一次性奖励50万元。\n"
                            "力争到2025年，全区数字经济核心产业营业收入达到500亿元。\n")
    assert [n for n in nodes if n.startswith("Indicator:")] == ["Indicator:数字经济核心产业营业收入"]
    town, _ = series_graph("厦门市集美区新闻\n\n后溪镇推进后溪流域治理。\n")
    assert town["Town:后溪镇"].aliases == []


def test_a_bureaus_branch_in_a_region_is_one_body() -> None:
    nodes, _ = series_graph("南京江北新区公告\n\n报南京市规划和自然资源局江北新区分局审批。杭州市萧山区经济和信息化局杭州市萧山区发展和改革局联合发文。\n")
    assert {"Organization:南京市规划和自然资源局江北新区分局", "Organization:杭州市萧山区经济和信息化局",
            "Organization:杭州市萧山区发展和改革局"} <= set(nodes)
    assert "Organization:江北新区分局" not in nodes


def test_a_features_verbs_open_no_name_and_its_reporter_is_no_byline() -> None:
    nodes, _ = series_graph("武汉市江夏区新闻\n\n村委会主任陈光明一边带着记者查看油茶基地，一边介绍。"
                            "近年来涌现出厦门建霖健康家居股份有限公司等龙头企业。（记者 孙悦 杨帆）\n")
    assert {"Person:陈光明", "Enterprise:厦门建霖健康家居股份有限公司", "Person:孙悦", "Person:杨帆"} <= set(nodes)
    assert not [n for n in nodes if "查看" in n or "涌现" in n]
