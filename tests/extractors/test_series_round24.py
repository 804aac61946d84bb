"""Rules from the twenty-fourth session's series probes (西青区, 璧山区, 高陵区, 长乐区): personnel notices, tender
and approval notices written as field blocks, a 专精特新 list, a cooperation signing of two districts."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import series_graph


def _offices(text: str) -> set[tuple[str, str, str]]:
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {(e.source, e.target, role) for e in edges if e.type.value == "HOLDS_OFFICE"
            for role in ([e.properties["role"]] if isinstance(e.properties["role"], str) else e.properties["role"])}


def test_personnel_verbs_open_no_bodys_name() -> None:
    nodes, _ = series_graph("璧山区管理干部任前公示\n\n1.周志强，男，1976年10月生，现任区发展和改革委员会党组副书记、副主任，"
                      "拟任区发展和改革委员会党组书记、主任。\n2.罗家俊，现任青杠街道党工委副书记，拟任璧城街道党工委书记。\n"
                      "3.王海涛，现任区财政局党组副书记，拟任重庆市璧山区城市建设发展集团有限公司党委书记、董事长。\n"
                      "4.吴国华，拟免去其七塘镇党委书记职务。\n")
    assert not [n for n in nodes if not n.startswith("Section:") and any(v in n for v in ("现任", "拟任", "拟免去", "免去其"))]
    assert {"Organization:璧城街道党工委", "Organization:青杠街道党工委",
            "Enterprise:重庆市璧山区城市建设发展集团有限公司"} <= set(nodes)


def test_a_recommended_or_supplied_firm_keeps_its_own_name() -> None:
    nodes, _ = series_graph("专精特新名单公示\n\n拟推荐重庆瑞驰锂电新材料科技有限公司等23家企业为专精特新中小企业。"
                      "康元光电的背光模组已批量配套京东方、惠科等面板企业，产品配套比亚迪、长城汽车等整车企业。"
                      "一汽丰田是由中国第一汽车股份有限公司与丰田汽车公司共同出资设立的合资企业。\n")
    assert {"Enterprise:重庆瑞驰锂电新材料科技有限公司", "Enterprise:京东方", "Enterprise:比亚迪",
            "Enterprise:中国第一汽车股份有限公司"} <= set(nodes)
    assert not [n for n in nodes if "推荐" in n or "配套" in n or n == "Enterprise:汽车股份有限公司"]


def test_supporting_works_keep_their_word() -> None:
    nodes, _ = series_graph("璧山区重点项目\n\n推进吉利汽车零部件配套产业园建设，打造新型显示配套产业园。\n")
    assert {"Park:吉利汽车零部件配套产业园", "Park:新型显示配套产业园"} <= set(nodes)


def test_a_tender_notices_own_words_and_its_short_form_note_open_no_name() -> None:
    nodes, _ = series_graph("璧山区建设工程招标公告\n\n本招标项目重庆璧山高新区新能源汽车零部件产业园标准厂房工程已由区发展改革委备案，"
                      "招标人为重庆市璧山区城市建设发展集团有限公司（以下简称璧山城发集团），"
                      "招标代理机构为重庆中咨工程管理有限公司，联系人：杨工，电话：023-68705532。\n")
    assert not [n for n in nodes if "招标项目" in n or "简称" in n]
    assert nodes["Enterprise:重庆市璧山区城市建设发展集团有限公司"].aliases == ["璧山城发集团"]
    assert "Person:杨工" not in nodes


def test_a_firm_tables_street_and_town_column_places_its_firms() -> None:
    _, edges = series_graph("璧山区专精特新中小企业名单公示\n\n序号\t企业名称\t所属街镇/园区\t所属领域\n"
                      "1\t重庆正兴农业机械有限公司\t正兴镇\t农机装备\n2\t重庆璧泰精密模具有限公司\t璧泉街道\t汽车零部件\n")
    assert ("Enterprise:重庆正兴农业机械有限公司", "LOCATED_IN", "Town:正兴镇") in edges
    assert ("Enterprise:重庆璧泰精密模具有限公司", "LOCATED_IN", "Town:璧泉街道") in edges


_APPROVALS = ("福州市长乐区发展和改革局关于政府投资项目可行性研究报告批复结果的公示\n\n"
              "一、政府投资项目可行性研究报告批复情况\n\n（一）\n项目名称：长乐区航城街道琴江片区城市更新改造项目（一期）\n"
              "项目单位：福州市长乐区城市建设投资集团有限公司\n建设地点：长乐区航城街道琴江村、洋屿村\n"
              "总投资：48650万元\n\n（二）\n项目名称：长乐区金峰至江田农村公路提级改造工程\n项目单位：福州市长乐区交通运输局\n"
              "建设地点：长乐区金峰镇、古槐镇、江田镇\n总投资：9800万元\n")


def test_numbered_field_blocks_of_an_approval_notice_are_records() -> None:
    _, edges = series_graph(_APPROVALS)
    assert ("Enterprise:福州市长乐区城市建设投资集团有限公司", "DEVELOPS", "Project:琴江片区城市更新改造项目(一期)") in edges
    assert ("Organization:福州市长乐区交通运输局", "DEVELOPS", "Project:长乐区金峰至江田农村公路提级改造工程") in edges
    assert {("Project:长乐区金峰至江田农村公路提级改造工程", "LOCATED_IN", f"Town:{town}")
            for town in ("金峰镇", "古槐镇", "江田镇")} <= edges


def test_a_heading_naming_works_in_a_town_places_no_company() -> None:
    _, edges = series_graph(_APPROVALS)
    assert not [e for e in edges if e[0].startswith("Enterprise:") and e[1] == "LOCATED_IN"]


def test_agreements_in_title_marks_are_policies() -> None:
    nodes, edges = series_graph("高陵区与吴江区东西部协作签约\n\n双方签署了《东西部协作战略合作框架协议》，"
                          "两区开发区签署《吴江·高陵产业合作园共建协议》。\n")
    assert {"Policy:东西部协作战略合作框架协议", "Policy:吴江·高陵产业合作园共建协议"} <= set(nodes)
    assert ("Document:t", "CITES", "Policy:吴江·高陵产业合作园共建协议") in edges


def test_a_bare_title_is_the_region_written_with_a_title_before_it() -> None:
    offices = _offices("高陵区与吴江区东西部协作签约\n\n吴江区委副书记、区长李明华率吴江区党政代表团来高考察对接，"
                       "高陵区委书记张建峰主持会议，区委副书记、区长王丽萍介绍高陵区经济社会发展情况。"
                       "吴江区副区长顾晓燕；高陵区委常委、常务副区长赵卫东，区政府副区长孙鹏出席活动。吴江区代表团参观了吴江区展馆。\n")
    assert {("Person:李明华", "Region:吴江区", "区长"), ("Person:王丽萍", "Region:高陵区", "区长"),
            ("Person:赵卫东", "Region:高陵区", "常务副区长"), ("Person:孙鹏", "Region:高陵区", "副区长"),
            ("Person:顾晓燕", "Region:吴江区", "副区长")} <= offices
    assert not [o for o in offices if o[0] in ("Person:王丽萍", "Person:赵卫东", "Person:孙鹏") and o[1] == "Region:吴江区"]


def test_a_visited_region_is_no_officials_region() -> None:
    offices = _offices("北辰区新闻\n\n北辰区代表团赴吴江区考察，副区长王勇表示将深化合作。北辰区将加快发展。北辰区招商引资。\n")
    assert ("Person:王勇", "Region:北辰区", "副区长") in offices


def test_bodies_written_in_short_with_委_or_办_and_in_full() -> None:
    nodes, _ = series_graph("西青区工作要点\n\n（责任单位：区卫生健康委员会、区住房和城乡建设委、区农业农村委、区合作交流办、区委人才办）。"
                      "区委政法委员会、区商务委员会参加。\n")
    assert {"Organization:西青区卫生健康委员会", "Organization:西青区住房和城乡建设委", "Organization:西青区农业农村委",
            "Organization:西青区合作交流办", "Organization:西青区委人才办", "Organization:西青区委政法委员会",
            "Organization:西青区商务委员会"} <= set(nodes)


def test_a_personnel_notices_biographies_name_persons_and_their_posts_now() -> None:
    offices = _offices("璧山区管理干部任前公示\n来源：中共重庆市璧山区委组织部  2024-07-26\n\n一、拟任职人选\n\n"
                       "1.周志强，男，1976年10月生，汉族，重庆合川人，在职研究生学历，现任区发展和改革委员会党组副书记、副主任，"
                       "拟任区发展和改革委员会党组书记、主任。\n\n"
                       "2.黄明远，男，1978年9月生，汉族，大学学历，现任璧山高新区管委会副主任，拟任来凤街道党工委书记。\n\n"
                       "3.杨帆，男，1985年8月生，汉族，大学学历。\n")
    assert ("Person:周志强", "Organization:璧山区发展和改革委员会", "党组副书记") in offices
    assert ("Person:黄明远", "Organization:璧山高新区管理委员会", "副主任") in offices
    assert not [o for o in offices if o[2] in ("党组书记", "主任", "书记")]  # posts proposed are held by no one yet
    nodes, _ = series_graph("璧山区管理干部任前公示\n\n3.杨帆，男，1985年8月生，汉族，大学学历。\n")
    assert "Person:杨帆" in nodes


def _issued(text: str) -> set[tuple[str, str]]:
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {(e.source, e.target) for e in edges if e.type.value == "ISSUED_BY" and e.source.startswith("Policy:")}


def test_a_notice_issues_the_titles_it_hands_out_not_those_it_cites() -> None:
    issued = _issued("西安市高陵区人民政府办公室关于印发高陵区2024年城市更新项目计划的通知\n\n各街道办事处，区级各部门：\n"
                     "为深入实施城市更新行动，根据《西安市城市更新办法》《西安市2024年城市更新工作要点》有关要求，结合我区实际，"
                     "区住房和城乡建设局编制了《高陵区2024年城市更新项目计划》，经区政府同意，现印发给你们，请认真贯彻执行。\n")
    office = "Organization:西安市高陵区人民政府办公室"
    assert ("Policy:高陵区2024年城市更新项目计划", office) in issued
    assert not {("Policy:西安市城市更新办法", office), ("Policy:西安市2024年城市更新工作要点", office)} & issued
    together = _issued("天津市北辰区人民政府办公室关于印发北辰区京津冀协同发展十四五规划等专项规划的通知\n\n各镇人民政府：\n"
                       "《北辰区京津冀协同发展十四五规划》《北辰区社会信用体系建设十四五规划》已经区人民政府同意，现印发给你们。\n")
    assert {("Policy:北辰区京津冀协同发展十四五规划", "Organization:天津市北辰区人民政府办公室"),
            ("Policy:北辰区社会信用体系建设十四五规划", "Organization:天津市北辰区人民政府办公室")} <= together


def test_a_committee_written_in_short_and_in_full_is_one_body() -> None:
    nodes, _ = series_graph("西青区工作要点\n\n（责任单位：区卫生健康委、区住房和城乡建设委、区委政法委）。"
                      "区卫生健康委员会、区住房和城乡建设委员会、区委政法委员会负责。\n")
    assert {"Organization:西青区卫生健康委员会", "Organization:西青区住房和城乡建设委员会",
            "Organization:西青区委政法委员会"} <= set(nodes)
    assert "区卫生健康委" in nodes["Organization:西青区卫生健康委员会"].aliases
    assert "Organization:西青区卫生健康委" not in nodes


def test_a_company_belonging_to_or_set_up_by_another_is_its_subsidiary() -> None:
    _, edges = series_graph("西青区新闻\n\n天津立中车轮有限公司隶属于立中四通轻合金集团股份有限公司，是国内领先的车轮制造企业。"
                      "天津润泰精密模具有限公司由浙江润泰模具集团有限公司投资设立。该项目由天津北辰城市建设有限公司建设。\n")
    assert {("Enterprise:天津立中车轮有限公司", "SUBSIDIARY_OF", "Enterprise:立中四通轻合金集团股份有限公司"),
            ("Enterprise:天津润泰精密模具有限公司", "SUBSIDIARY_OF", "Enterprise:浙江润泰模具集团有限公司")} <= edges
    assert not [e for e in edges if e[1] == "SUBSIDIARY_OF" and "北辰城市建设" in e[0] + e[2]]


def test_a_trading_centre_is_a_body_and_a_tenders_staff_no_works() -> None:
    nodes, _ = series_graph("璧山区招标公告\n\n（2）拟派工程总承包项目经理须具备一级注册建造师。开标地点为璧山区公共资源交易中心开标三室。"
                      "依托重庆璧山区中小企业服务中心开展服务。\n")
    assert {"Organization:璧山区公共资源交易中心", "Organization:重庆璧山区中小企业服务中心"} <= set(nodes)
    assert not [n for n in nodes if n.startswith("Project:")]


def test_works_generic_without_their_village_keep_it() -> None:
    nodes, edges = series_graph("高陵区城市更新项目计划\n\n序号\t项目名称\t所在街道\t实施主体\n"
                          "1\t米家崖村城中村改造项目\t泾渭街道\t西安泾渭新城建设发展集团有限公司\n"
                          "2\t贾蔡村城中村改造项目\t张卜街道\t张卜街道办事处\n")
    assert {"Project:米家崖村城中村改造项目", "Project:贾蔡村城中村改造项目"} <= set(nodes)
    assert "Project:城中村改造项目" not in nodes
    assert ("Organization:张卜街道办事处", "DEVELOPS", "Project:贾蔡村城中村改造项目") in edges


def test_a_plans_infrastructure_heading_reviews_no_past_work() -> None:
    _, edges = extract_graph([document_from_text(
        "西青区2024年工作要点\n来源：天津市西青区人民政府办公室  2024-02-26\n\n"
        "7.加快基础设施建设。实施津涞公路拓宽改造，建成中北污水处理厂三期扩建工程和精武镇再生水厂。\n", doc_id="t")])
    stages = {e.target: e.properties.get("stage") for e in edges if e.type.value == "MENTIONS" and e.source == "Document:t"}
    assert stages["Project:中北污水处理厂三期扩建工程"] == stages["Project:精武镇再生水厂"] == "planned"


def test_what_stands_at_a_house_number_or_after_按_is_no_works_name() -> None:
    nodes, _ = series_graph("长乐区公示\n\n道路按二级公路标准建设。地址：长乐区郑和中路268号区行政服务中心。"
                      "合肥市包河区徽州大道4899号包河区政务中心。\n")
    assert not [n for n in nodes if n.startswith("Project:") and ("号" in n or n.startswith("Project:按"))]


def _measures(text: str) -> set[str]:
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {e.target for e in edges if e.type.value == "SETS_TARGET"}


def test_an_applicants_conditions_and_a_share_in_growth_are_no_measures() -> None:
    measures = _measures("璧山区专精特新公示\n\n申报企业须从事特定细分市场时间达到2年以上，上年度研发费用总额不低于100万元"
                         "且占营业收入总额比重不低于3%，主营业务收入占营业收入总额比重不低于70%。全区粮食播种面积不低于24万亩。\n")
    assert measures == {"Indicator:粮食播种面积"}
    measures = _measures("2024年1-8月高陵区经济运行简况\n来源：西安市高陵区统计局  2024-09-23\n\n"
                         "1-8月，全区规模以上工业总产值1286.4亿元，同比增长9.2%。其中，汽车制造业完成产值782.6亿元，"
                         "拉动全区规上工业产值增长7.4个百分点。\n")
    assert measures == {"Indicator:规模以上工业总产值"}


def test_a_signers_works_in_the_next_clause_are_its_own() -> None:
    _, edges = series_graph("高陵区与吴江区签约\n\n三是吴江康力精密机械有限公司投资3.5亿元，在高陵装备工业园建设电梯核心部件西北生产基地项目；"
                      "五是苏州禾润农业发展有限公司与张卜街道签约，投资2.1亿元建设高陵蔬菜冷链物流中心项目。\n")
    assert {("Enterprise:吴江康力精密机械有限公司", "DEVELOPS", "Project:电梯核心部件西北生产基地"),
            ("Enterprise:苏州禾润农业发展有限公司", "DEVELOPS", "Project:高陵蔬菜冷链物流中心"),
            ("Project:电梯核心部件西北生产基地", "LOCATED_IN", "Park:高陵装备工业园")} <= edges


def test_a_trade_word_written_short_after_a_brand_is_the_firms_short_form() -> None:
    nodes, _ = series_graph("长乐区公示\n\n福建恒锦新材料科技有限公司年产20万吨差别化锦纶项目备案。该项目由恒锦新材投资建设，恒锦新材计划年内投产。\n")
    assert nodes["Enterprise:福建恒锦新材料科技有限公司"].aliases == ["恒锦新材"]


def test_two_firms_building_a_joint_venture_both_develop_it() -> None:
    _, edges = series_graph("长乐区推介会\n\n上海东方航空物流股份有限公司（东航物流）与福建海丝航空物流有限公司合资建设福州长乐国际机场航空货运枢纽项目。"
                      "广州港集团有限公司与中远海运港口有限公司合资建设的南沙港区国际通用码头二期工程加快推进。\n")
    assert {("Enterprise:上海东方航空物流股份有限公司", "DEVELOPS", "Project:福州长乐国际机场航空货运枢纽"),
            ("Enterprise:福建海丝航空物流有限公司", "DEVELOPS", "Project:福州长乐国际机场航空货运枢纽"),
            ("Enterprise:上海东方航空物流股份有限公司", "COOPERATES_WITH", "Enterprise:福建海丝航空物流有限公司"),
            ("Enterprise:广州港集团有限公司", "DEVELOPS", "Project:南沙港区国际通用码头二期"),
            ("Enterprise:中远海运港口有限公司", "DEVELOPS", "Project:南沙港区国际通用码头二期")} <= edges


def test_a_firm_and_works_both_named_after_a_town_are_not_owner_and_works() -> None:
    _, edges = series_graph("长乐区松下镇乡村振兴\n\n2022年，松下镇以首祉村为主体，与福建松下海洋食品有限公司成立合作社。"
                      "示范片区重点建设松下海洋文化研学基地。\n")
    assert not [e for e in edges if e[1] == "DEVELOPS"]


def test_a_park_and_its_verb_before_a_capacity_name_no_project() -> None:
    nodes, edges = series_graph("高陵区签约\n\n二是苏州盛泽新材料科技有限公司投资5.8亿元，在西安泾河工业园建设年产3万吨功能性差别化纤维项目，"
                          "分两期实施。支持广东穗氢能源科技有限公司在黄埔港片区建设年产5万套燃料电池电堆项目。\n")
    assert {"Project:年产3万吨功能性差别化纤维项目", "Project:年产5万套燃料电池电堆项目"} <= set(nodes)
    assert not [n for n in nodes if n.startswith("Project:") and ("建设年产" in n or n == "Project:黄埔港")]
    assert {("Enterprise:苏州盛泽新材料科技有限公司", "DEVELOPS", "Project:年产3万吨功能性差别化纤维项目"),
            ("Project:年产3万吨功能性差别化纤维项目", "LOCATED_IN", "Park:西安泾河工业园")} <= edges


def test_a_federation_of_cooperatives_is_a_partner_body() -> None:
    _, edges = series_graph("高陵区签约\n\n高陵区农业农村局与吴江区供销合作社联合社签订消费帮扶协议。\n")
    assert ("Organization:吴江区供销合作社联合社", "COOPERATES_WITH", "Organization:高陵区农业农村局") in edges


def test_a_short_form_declared_once_is_still_the_names_alias() -> None:
    nodes, _ = series_graph("长乐区推介会\n\n上海东方航空物流股份有限公司（东航物流）与福建海丝航空物流有限公司合作。"
                      "中国建筑第八工程局有限公司（以下简称“中建八局”）承建。\n")
    assert nodes["Enterprise:上海东方航空物流股份有限公司"].aliases == ["东航物流"]
    assert nodes["Enterprise:中国建筑第八工程局有限公司"].aliases == ["中建八局"]
