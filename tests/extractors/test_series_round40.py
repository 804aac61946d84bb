"""Rules of the fortieth session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import names_of, pairs_of, series_graph, stages_of

#: The probe series kept in the repository (tests/series).
SERIES = Path(__file__).parents[1] / "series"

# -- names -------------------------------------------------------------------------------------------------------------


def test_a_company_after_another_and_lianhe_is_its_own() -> None:
    """由A集团有限公司联合B股份有限公司C分公司共同投资建设: A and B's branch both develop the works (联合 had been read
    inside one name, 集团有限公司联合中国电信…, and A was lost)."""
    nodes, edges = series_graph("龙华区2024年计划报告\n来源：龙华区发展和改革局 2024-01-09\n九龙山数字城智算中心一期由深圳市龙华建设"
                                "发展集团有限公司联合中国电信股份有限公司深圳分公司共同投资建设，总投资28亿元。\n")
    assert names_of(nodes, "Enterprise") >= {"深圳市龙华建设发展集团有限公司", "中国电信股份有限公司深圳分公司"}, nodes
    assert not [n for n in names_of(nodes, "Enterprise") if "联合" in n]
    assert {("Enterprise:深圳市龙华建设发展集团有限公司", "Project:九龙山数字城智算中心一期"),
            ("Enterprise:中国电信股份有限公司深圳分公司", "Project:九龙山数字城智算中心一期")} <= pairs_of(edges, "DEVELOPS")


def test_a_town_before_a_firm_named_with_its_city_is_no_part_of_it() -> None:
    """在平沙镇珠海高景太阳能科技有限公司二期厂区: the firm is 珠海高景…有限公司, in 平沙镇 (平沙镇珠海高景… had been its name)."""
    nodes, edges = series_graph("金湾区重大项目集中竣工投产\n来源：金湾区融媒体中心 2025-06-18\n6月18日上午，金湾区2025年第二季度重大项目集中"
                                "竣工投产活动在平沙镇珠海高景太阳能科技有限公司二期厂区举行。\n")
    assert names_of(nodes, "Enterprise") == {"珠海高景太阳能科技有限公司"}, names_of(nodes, "Enterprise")
    assert ("Enterprise:珠海高景太阳能科技有限公司", "Town:平沙镇") in pairs_of(edges, "LOCATED_IN")


def test_firms_listed_inside_their_park_open_after_it() -> None:
    """园区内甬矽电子、容百科技两家企业: 甬矽电子 is the firm, in the park (园区内甬矽电子 had been one)."""
    nodes, edges = series_graph("余姚市统计公报\n来源：余姚市统计局 2024-03-29\n中意宁波生态园实现规上工业总产值428.3亿元。园区内甬矽电子、"
                                "容百科技两家企业合计产值超过300亿元。\n")
    assert names_of(nodes, "Enterprise") == {"甬矽电子", "容百科技"}, names_of(nodes, "Enterprise")
    assert ("Enterprise:甬矽电子", "Park:中意宁波生态园") in pairs_of(edges, "LOCATED_IN")


def test_verbs_the_segmenter_cut_or_joined_open_no_name() -> None:
    """邀请|到|区政府, 可|达|横琴…, 联合开发|金湾…二期: the verb is no part of the body, zone or works after it (今天我们邀请到区人民
    政府, 达横琴粤澳深度合作区 and 联合开发金湾华发智造产业园二期 had been names)."""
    nodes, _ = series_graph("金湾区新闻发布会\n来源：金湾区融媒体中心 2025-06-18\n今天我们邀请到区政府有关负责同志介绍情况。机场东路与鹤港高速相连，"
                            "30分钟可达横琴粤澳深度合作区。珠海华发实业股份有限公司与珠海市金湾区投资控股有限公司签订合作协议，双方将联合开发"
                            "金湾华发智造产业园二期。\n")
    names = {n.removeprefix(n.split(":")[0] + ":") for n in nodes}
    assert {"横琴粤澳深度合作区", "金湾华发智造产业园二期"} <= names, names
    assert not {n for n in names if n.startswith(("今天", "达", "联合"))}, names


def test_a_towns_short_form_opening_a_zone_or_works_stays_in_its_name() -> None:
    """滨江商务区 (商务区 alone names nothing) and 七都大桥北汊桥改建工程 (七|都 cut by the segmenter) keep the town's short
    form (商务区 and 大桥北汊桥改建工程 had been their names)."""
    nodes, _ = series_graph("鹿城区2024年政府工作报告\n来源：鹿城区人民政府 2024-01-11\n加快滨江商务区开发。七都大桥北汊桥改建工程开工。滨江"
                            "街道、七都街道全年完成投资10亿元。\n")
    assert names_of(nodes, "Park") == {"滨江商务区"} and names_of(nodes, "Project") == {"七都大桥北汊桥改建工程"}, nodes.keys()


def test_a_campus_in_brackets_is_part_of_the_works() -> None:
    """深圳市第二儿童医院（龙华院区）项目开工: one works, the campus built (the hospital and 龙华院区 had been two)."""
    nodes, _ = series_graph("龙华区计划报告\n来源：龙华区发展和改革局 2024-01-09\n深圳市第二儿童医院（龙华院区）项目开工。推进深圳市第二"
                            "儿童医院（龙华院区）主体结构施工。\n")
    assert names_of(nodes, "Project") == {"深圳市第二儿童医院(龙华院区)"}, names_of(nodes, "Project")


def test_a_brand_in_brackets_after_a_firm_is_its_short_form() -> None:
    """X股份有限公司（安凯客车）: the brand in brackets is X's short form though not all its characters are X's (安凯客车 had
    been no alias, and the brand a firm of its own)."""
    nodes, _ = series_graph("瑶海区观摩\n来源：瑶海区融媒体中心 2025-04-09\n安徽安凯汽车股份有限公司（安凯客车）作为链主企业，带动配套企业"
                            "落户。安凯客车新能源客车智能化技术改造项目进展顺利。\n")
    assert nodes["Enterprise:安徽安凯汽车股份有限公司"].aliases == ["安凯客车"], nodes["Enterprise:安徽安凯汽车股份有限公司"]


def test_works_pointed_at_are_no_names() -> None:
    """温江这批项目 and 当地2.3万亩花木基地 point at works, they name none (both had been projects)."""
    nodes, _ = series_graph("温江区乡村振兴工作报告\n来源：温江区农业农村局 2023-01-16\n温江这批项目投资大、带动强。当地2.3万亩花木基地带动"
                            "农民增收。\n")
    assert not names_of(nodes, "Project"), names_of(nodes, "Project")


def test_a_task_force_named_with_its_year() -> None:
    """成立2024年重大项目推进领导小组: the body's name holds its year (年重大项目推进领导小组 had been it)."""
    nodes, _ = series_graph("栖霞区重大项目投资计划的通知\n来源：栖霞区人民政府 2024-02-20\n区政府成立2024年重大项目推进领导小组，由区长宋明远"
                            "任组长。\n")
    assert "2024年重大项目推进领导小组" in names_of(nodes, "Organization"), names_of(nodes, "Organization")


# -- documents and policies --------------------------------------------------------------------------------------------


def test_a_joint_notice_is_issued_by_each_body() -> None:
    """A B关于印发《P》的通知, signed by A over B: the document and P are issued by both (only B, the last, had been)."""
    _, edges = series_graph("深圳市龙华区工业和信息化局 深圳市龙华区财政局关于印发《深圳市龙华区关于支持专精特新中小企业高质量发展的若干"
                            "措施》的通知\n\n各街道办事处，区直各有关单位：\n《深圳市龙华区关于支持专精特新中小企业高质量发展的若干措施》已经区政府"
                            "同意，现印发给你们，请认真贯彻执行。\n深圳市龙华区工业和信息化局\n深圳市龙华区财政局\n2023年6月12日\n"
                            "第一条 对首次认定的国家级专精特新“小巨人”企业给予一次性奖励。\n")
    issued = pairs_of(edges, "ISSUED_BY")
    policy = "Policy:深圳市龙华区关于支持专精特新中小企业高质量发展的若干措施"
    for body in ("Organization:深圳市龙华区工业和信息化局", "Organization:深圳市龙华区财政局"):
        assert ("Document:t", body) in issued, issued
        assert (policy, body) in issued, issued


def test_a_notice_signed_over_a_stamp_line() -> None:
    """X局\\n（Y办公室代章）\\n2025年7月10日 at a notice's end: X publishes it on that date (the stamp line had hidden both)."""
    _, edges = series_graph("关于2025年1—6月全区重大建设项目推进情况的通报\n鹿发改〔2025〕47号\n\n各街道、镇，区政府各部门：\n现将有关情况"
                            "通报如下：全区共安排重大建设项目72个。\n\n温州市鹿城区发展和改革局\n（鹿城区重点建设项目办公室代章）\n2025年7月10日\n")
    assert ("Document:t", "Organization:温州市鹿城区发展和改革局") in pairs_of(edges, "ISSUED_BY"), edges


def test_a_heading_naming_its_items_after_a_colon_is_its_own_line() -> None:
    """（二）两轴：A、B on a line of its own is no sentence the next line goes on (凤阳路更新轴长江东路 had been a works)."""
    nodes, _ = series_graph("瑶海区城市更新行动实施方案\n来源：瑶海区人民政府 2023-06-16\n二、更新格局\n（二）两轴：长江东路城市发展轴、"
                            "铜陵路—凤阳路更新轴\n长江东路沿线实施“街区焕新”工程，结合地铁2号线推进沿街立面改造。\n")
    assert not [n for n in names_of(nodes, "Project") if "更新轴" in n], names_of(nodes, "Project")


# -- chains ------------------------------------------------------------------------------------------------------------


def test_a_chain_is_named_without_its_quality_or_its_district() -> None:
    """做强标志性产业链 names no chain (标志性 had been one, given to the firms under it); 作为鹿城区眼镜产业链的链主企业: the
    chain is 眼镜 (鹿城区眼镜 had been one); 链长和链主企业 names no person (和链主 had been one)."""
    nodes, edges = series_graph("鹿城区2024年政府工作报告\n来源：鹿城区人民政府 2024-01-11\n1. 做强标志性产业链。聚焦时尚鞋服、智能锁具、眼镜、"
                                "新能源四大主导产业。支持康奈集团有限公司牵头组建鞋革产业创新联合体。\n此外，作为鹿城区眼镜产业链的链主企业，"
                                "温州明视光学有限公司投资6.8亿元的智能眼镜研发生产基地项目签约落户。\n发挥链长和链主企业作用，开展以链招商。\n")
    assert names_of(nodes, "IndustryChain") == {"时尚鞋服", "智能锁具", "眼镜", "新能源"}, names_of(nodes, "IndustryChain")
    assert ("Enterprise:温州明视光学有限公司", "IndustryChain:眼镜") in pairs_of(edges, "IN_CHAIN")
    assert not names_of(nodes, "Person"), names_of(nodes, "Person")


def _leaders(text: str) -> set[tuple[str, str]]:
    """The (firm, chain) pairs of ``text``'s IN_CHAIN relationships with role 链主."""
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {(e.source, e.target) for e in edges if e.type.value == "IN_CHAIN" and e.properties.get("role") == "链主"}


def test_firms_named_leaders_by_a_designation_verb() -> None:
    """A、B被确定为C产业链链主企业, E担纲C2产业链链主: each firm leads its chain (role 链主 had been missing)."""
    leaders = _leaders("金湾区政府工作报告\n来源：金湾区人民政府 2023-01-12\n珠海冠宇电池股份有限公司、珠海高景太阳能科技有限公司被确定为"
                       "新能源产业链链主企业，英诺赛科（珠海）科技有限公司担纲集成电路产业链链主。\n")
    assert leaders == {("Enterprise:珠海冠宇电池股份有限公司", "IndustryChain:新能源"),
                       ("Enterprise:珠海高景太阳能科技有限公司", "IndustryChain:新能源"),
                       ("Enterprise:英诺赛科(珠海)科技有限公司", "IndustryChain:集成电路")}, leaders


def test_leaders_listed_before_a_firm_with_its_short_form_noted() -> None:
    """以A、B（b）为链主: A leads the chain too (only B, whose note's short form stood right before 为, had)."""
    leaders = _leaders("龙华区计划报告\n来源：龙华区发展和改革局 2024-01-09\n富士康工业互联网股份有限公司（以下简称工业富联）牵头建设的"
                       "灯塔工厂二期封顶。\n智能终端产业链以工业富联、深圳传音控股股份有限公司（传音控股）为链主，带动上下游配套企业120余家。\n")
    assert leaders == {("Enterprise:富士康工业互联网股份有限公司", "IndustryChain:智能终端"),
                       ("Enterprise:深圳传音控股股份有限公司", "IndustryChain:智能终端")}, leaders


# -- lists of projects -------------------------------------------------------------------------------------------------


def test_a_list_items_fields_after_its_clauses() -> None:
    """N．X，总投资…，建设单位：A，建设地点：B。 under 三、部分开工项目一览: A builds X, X is in B, X starts (the fields had been
    read by no rule, each item had been a heading cut at its first field, and 运营 inside A's name, 建设 inside 建设单位
    had staged X in operation or under construction)."""
    text = ("温江区2024年一季度重大项目集中开工\n来源：温江区融媒体中心 2024-03-15\n3月15日，温江区2024年一季度重大项目集中开工仪式"
            "举行。\n三、部分开工项目一览\n7．温江区人民医院新院区，总投资14.3亿元，建设单位：成都市温江区卫生健康局，建设地点：公平街道。\n"
            "8．鲁家滩片区城市有机更新项目，总投资21.6亿元，建设单位：成都兴蓉西城市运营集团有限公司，建设地点：柳城街道。\n")
    nodes, edges = series_graph(text)
    assert {("Organization:成都市温江区卫生健康局", "Project:温江区人民医院新院区"),
            ("Enterprise:成都兴蓉西城市运营集团有限公司", "Project:鲁家滩片区城市有机更新")} <= pairs_of(edges, "DEVELOPS")
    assert {("Project:温江区人民医院新院区", "Town:公平街道"),
            ("Project:鲁家滩片区城市有机更新", "Town:柳城街道")} <= pairs_of(edges, "LOCATED_IN")
    assert [n.name for n in nodes.values() if n.label.value == "Section"] == ["t / 三、部分开工项目一览"]
    assert stages_of(text) == {"温江区人民医院新院区": "starting", "鲁家滩片区城市有机更新": "starting"}, stages_of(text)


def test_a_signing_lists_items_name_their_signer_and_site() -> None:
    """N.X，签约方：A，落户地：B，总投资…: A builds X in B, and a firm's supplier (A配套企业) builds nothing."""
    _, edges = series_graph("栖霞区一季度重大项目集中签约\n来源：栖霞区融媒体中心 2025-03-18\n【相关链接】本次集中签约部分项目一览\n"
                            "1.无人机整机研发制造项目，签约方：南京天翼低空科技有限公司，落户地：八卦洲街道，总投资6亿元，低空经济产业链。\n"
                            "2.偏光片用光学膜项目，签约方：南京京东方显示技术有限公司配套企业，落户地：龙潭街道，总投资15亿元。\n")
    develops = pairs_of(edges, "DEVELOPS")
    assert ("Enterprise:南京天翼低空科技有限公司", "Project:无人机整机研发制造项目") in develops, develops
    assert not [p for p in develops if p[1] == "Project:偏光片用光学膜项目"], develops


def test_a_table_rows_builder_over_a_firm_the_works_name_opens_with() -> None:
    """A project table's row naming Y's builder B: the firm whose short form Y's name opens with builds nothing (东部新中心
    万象汇 had been 东部新中心公司's beside 华润置地's)."""
    _, edges = series_graph("瑶海区城市更新行动实施方案\n来源：瑶海区人民政府 2023-06-16\n合肥东部新中心建设投资有限公司（以下简称东部新中心"
                            "公司）负责片区开发。\n序号\t项目名称\t建设单位\t总投资（亿元）\t建设阶段\n1\t东部新中心万象汇\t华润置地（合肥）有限公司\t18"
                            "\t主体封顶\n")
    builders = {s for s, t in pairs_of(edges, "DEVELOPS") if t == "Project:东部新中心万象汇"}
    assert builders == {"Enterprise:华润置地(合肥)有限公司"}, builders


# -- builders and firms ------------------------------------------------------------------------------------------------


def test_a_firm_answering_for_a_parks_building_develops_it() -> None:
    """P开发建设和招商运营由X具体负责, P由X负责一级开发: X develops P (neither had been read)."""
    _, edges = series_graph("珠海航空产业园简介\n来源：珠海航空产业园管理委员会 2024-03-18\n珠海航空产业园开发建设和招商运营由珠海航空城"
                            "发展集团有限公司（简称“航空城集团”）具体负责。金湾低空经济产业园由珠海航空城发展集团有限公司负责一级开发。\n")
    assert {("Enterprise:珠海航空城发展集团有限公司", "Park:珠海航空产业园"),
            ("Enterprise:珠海航空城发展集团有限公司", "Park:金湾低空经济产业园")} <= pairs_of(edges, "DEVELOPS"), edges


def test_a_rail_lines_phase_names_no_firm() -> None:
    """珠机城际二期: an intercity line's phase, no firm 珠机城际 building it (one had been made)."""
    nodes, edges = series_graph("金湾区政府工作报告\n来源：金湾区人民政府 2023-01-12\n配合推进珠机城际二期、鹤港高速二期建设。\n")
    assert not names_of(nodes, "Enterprise") and not pairs_of(edges, "DEVELOPS"), names_of(nodes, "Enterprise")


def test_a_subsidiary_after_a_dash() -> None:
    """X全资子公司——Y: Y is X's (the dash had hidden it)."""
    _, edges = series_graph("鹿城区新闻\n来源：鹿城区融媒体中心 2024-03-27\n此外，杭州海康威视数字技术股份有限公司全资子公司——杭州海康智能"
                            "科技有限公司将投资建设智慧城市感知中心。\n")
    assert ("Enterprise:杭州海康智能科技有限公司", "Enterprise:杭州海康威视数字技术股份有限公司") in pairs_of(edges, "SUBSIDIARY_OF")


def test_a_campus_signing_an_agreement_is_a_body() -> None:
    """X大学Y校区与Z有限公司签订产学研合作协议: the campus is a body cooperating with Z (it had been a project, signed)."""
    nodes, edges = series_graph("金湾区政府工作报告\n来源：金湾区人民政府 2023-01-12\n遵义医科大学珠海校区与珠海联邦制药股份有限公司签订产学研"
                                "合作协议。\n")
    assert "Organization:遵义医科大学珠海校区" in nodes, nodes
    assert ("Enterprise:珠海联邦制药股份有限公司", "Organization:遵义医科大学珠海校区") in pairs_of(edges, "COOPERATES_WITH")


# -- parks -------------------------------------------------------------------------------------------------------------


def test_parks_named_as_a_development_garden_or_a_science_park_zone() -> None:
    """…开发园 and …农业科技园区 end a park's name (温江海峡两岸科技产业开发园, 成都温江国家农业科技园区 had been missed, and their
    declared short forms with them)."""
    nodes, _ = series_graph("温江区规划\n来源：温江区人民政府 2021-11-10\n温江海峡两岸科技产业开发园（以下简称海科园）重点发展电子信息产业。"
                            "成都温江国家农业科技园区（农科园）建设加快。\n")
    assert names_of(nodes, "Park") == {"温江海峡两岸科技产业开发园", "成都温江国家农业科技园区"}, names_of(nodes, "Park")
    assert nodes["Park:温江海峡两岸科技产业开发园"].aliases == ["海科园"]


def test_a_medical_city_is_a_park_and_its_bare_head_the_park() -> None:
    """成都医学城 is a park, and 医学城 written bare is it, not the short form of 成都医学城投资发展集团有限公司 (the firm had
    cooperated with 四川大学 and built 药明康德's centre)."""
    nodes, edges = series_graph("温江区规划\n来源：温江区人民政府 2021-11-10\n成都医学城是温江区的主要产业园区。成都医学城投资发展集团有限公司"
                                "负责开发建设。无锡药明康德新药开发股份有限公司在医学城投资建设西南研发中心。医学城与四川大学签署合作协议。\n")
    assert nodes["Park:成都医学城"].aliases == ["医学城"], nodes.get("Park:成都医学城")
    assert ("Organization:四川大学", "Park:成都医学城") in pairs_of(edges, "COOPERATES_WITH"), edges
    assert {s for s, t in pairs_of(edges, "DEVELOPS") if t == "Project:西南研发中心"} == {"Enterprise:无锡药明康德新药开发股份有限公司"}


def test_a_parks_own_text_writes_itself_bare() -> None:
    """In a text whose title names one park, 园区 written bare is that park: a firm registered in it is in it, a firm
    signing with it cooperates with it (neither had been read)."""
    _, edges = series_graph("珠海航空产业园简介\n来源：珠海航空产业园管理委员会 2024-03-18\n2009年，中航通用飞机有限责任公司在园区注册成立，"
                            "总部落户金湾。2023年，园区与中国商用飞机有限责任公司就大飞机零部件配套签订合作备忘录。\n")
    assert ("Enterprise:中航通用飞机有限责任公司", "Park:珠海航空产业园") in pairs_of(edges, "LOCATED_IN"), edges
    assert ("Enterprise:中国商用飞机有限责任公司", "Park:珠海航空产业园") in pairs_of(edges, "COOPERATES_WITH"), edges


def test_a_bare_zone_joins_no_zone_of_another_kind() -> None:
    """黄陂's bare 开发区 (黄陂经济技术开发区, written by no text) is not 新郑高新技术产业开发区, which 新郑's text also writes bare
    as 开发区 (it had become its alias: another kind of zone, another district). The two series texts, built together."""
    docs = [document_from_text((SERIES / name).read_text(encoding="utf-8"), doc_id=name.replace("/", "_"))
            for name in ("39-xinzheng/01.txt", "39-huangpi/02.txt")]
    nodes, _ = extract_graph(docs)
    host = next(n for n in nodes if n.id == "Park:新郑高新技术产业开发区")
    assert "开发区" in host.aliases and not [a for a in host.aliases if "黄陂" in a], host.aliases


# -- stages ------------------------------------------------------------------------------------------------------------


def test_steps_done_and_works_to_come_finish_no_project() -> None:
    """已完成全部车站主体结构 and 试车台主体已经完工 are steps of the works, 还将有A、B相继竣工或开工 works to come: no project is
    completed or starting by them (S3线 had been completed, A and B starting)."""
    stages = stages_of("鹿城区重大建设项目推进情况的通报\n来源：鹿城区发展和改革局 2025-07-10\n温州市域铁路S3线一期鹿城段已完成全部车站"
                       "主体结构，正在进行轨道铺设。\n在三灶镇，摩天宇三期扩建项目正在施工，目前发动机试车台主体已经完工，维修车间进入机电"
                       "安装阶段。\n据了解，今年下半年，金湾区还将有摩天宇三期扩建、金湾华发智造产业园二期等一批项目相继竣工或开工。\n")
    assert stages.get("温州市域铁路S3线一期鹿城段") is None, stages
    assert stages.get("摩天宇三期扩建") == "under_construction", stages
    assert stages.get("金湾华发智造产业园二期") is None, stages


def test_a_start_first_scheduled_is_no_start() -> None:
    """X原定3月开工，至今尚未取得施工许可: X has not started (it had been starting); 比原定工期提前竣工 is done."""
    stages = stages_of("鹿城区重大建设项目推进情况的通报\n来源：鹿城区发展和改革局 2025-07-10\n新中凯智能门锁整机生产项目原定3月开工，"
                       "至今尚未取得施工许可。康奈智造中心比原定工期提前3个月竣工。\n")
    assert stages.get("新中凯智能门锁整机生产项目") is None and stages.get("康奈智造中心") == "completed", stages


def test_this_project_stages_no_phase_named_after_it() -> None:
    """X二期…。该项目由A投资45亿元建设…。其中，X三期…: 该项目 is X二期, its clauses stage no X三期 (under construction had
    been given it)."""
    stages = stages_of("金湾区12个重大项目集中竣工投产\n来源：金湾区融媒体中心 2025-06-18\n在红旗镇，英诺赛科二期项目正式竣工投产。该项目由"
                       "英诺赛科（珠海）科技有限公司投资45亿元建设，主要生产8英寸硅基氮化镓芯片。其中，英诺赛科三期项目计划总投资80亿元，"
                       "正在开展环评和能评等前期工作。\n")
    assert stages.get("英诺赛科二期") == "in_operation" and stages.get("英诺赛科三期") != "under_construction", stages


# -- indicators --------------------------------------------------------------------------------------------------------


def test_a_share_after_its_measures_clause_is_that_measures() -> None:
    """X达到942亿元，占GDP比重提升至31.2%: the share is X占GDP比重's (占GDP比重 had been an indicator of its own)."""
    nodes, _ = series_graph("龙华区计划报告\n来源：龙华区发展和改革局 2024-01-09\n2023年，数字经济核心产业增加值达到942亿元，占GDP比重"
                            "提升至31.2%。\n")
    assert names_of(nodes, "Indicator") == {"数字经济核心产业增加值", "数字经济核心产业增加值占GDP比重"}, names_of(nodes, "Indicator")


def test_a_year_end_summarys_review_reports_results() -> None:
    """Values under 一、2024年主要工作成效 in a December 2024 summary are the year's results (baseline), those under its
    plan for 2025 targets (达到/提高到 had made the results 2024's targets)."""
    _, edges = extract_graph([document_from_text(
        "泗门镇2024年工作总结和2025年工作思路\n中共余姚市泗门镇委员会　余姚市泗门镇人民政府\n2024年12月20日\n一、2024年主要工作成效\n"
        "全镇村集体经济总收入达到1.38亿元，亩均税收提高到36.8万元。\n二、2025年工作思路\n力争规上工业总产值达到326亿元。\n",
        doc_id="t")])
    values = {e.target: e.properties for e in edges if e.type.value == "SETS_TARGET"}
    assert values["Indicator:村集体经济总收入"].get("baseline") == "1.38", values
    assert values["Indicator:亩均税收"].get("baseline_year") == 2024 and "target_value" not in values["Indicator:亩均税收"]
    assert values["Indicator:规模以上工业总产值"].get("target_value") == "326", values


def test_a_table_value_noted_as_a_sum_is_a_value() -> None:
    """A row's value cell 1.9（累计） is its value (the row had been an indicator named 1.9(累计), its name the field of
    the rows after it)."""
    nodes, _ = series_graph("莱西市十四五规划纲要实施情况中期评估报告\n来源：莱西市发展和改革局 2023-08-29\n表1 主要指标完成情况\n"
                            "指标名称\t单位\t2020年基数\t2022年实际\t2025年目标\t属性\t评估结论\n地区生产总值\t亿元\t800\t900\t1000\t预期性\t符合进度\n"
                            "城镇新增就业人数\t万人\t—\t1.9（累计）\t3.5（累计）\t预期性\t达到进度\n森林覆盖率\t%\t14.6\t15.3\t16\t约束性\t符合进度\n")
    assert names_of(nodes, "Indicator") == {"地区生产总值", "城镇新增就业人数", "森林覆盖率"}, names_of(nodes, "Indicator")


# -- people and places -------------------------------------------------------------------------------------------------


def test_a_towns_own_party_secretary_holds_office_in_its_committee() -> None:
    """镇党委书记X in a town's own summary: X holds office in the town's party committee, written in full in the header
    (none had been found: 镇 names no region); 镇长Y names no body (the town's government is not written), so no office."""
    _, edges = series_graph("泗门镇2024年工作总结\n中共余姚市泗门镇委员会　余姚市泗门镇人民政府\n2024年12月20日\n镇党委书记邵建平表示，2025年"
                            "全镇上下要以更加饱满的精神状态投入工作。镇长朱立群在会上就重点工作作了具体部署。\n")
    offices = pairs_of(edges, "HOLDS_OFFICE")
    assert offices == {("Person:邵建平", "Organization:中共余姚市泗门镇委员会")}, offices  # (泗门镇党委 written in full)


def test_a_firm_buying_in_a_place_is_not_there() -> None:
    """X已在P采购…: X buys in P, it is not located there (it had been, as if it built there)."""
    _, edges = series_graph("莱西新闻\n来源：莱西市融媒体中心 2024-11-08\n今年9月，莱西市与烟台市莱阳市签署新能源汽车零部件配套合作协议，"
                            "青岛鲁泰新能源汽车有限公司已在莱阳采购汽车线束等零部件，年采购额超过8亿元。\n")
    assert not [p for p in pairs_of(edges, "LOCATED_IN") if p[0].startswith("Enterprise:")], pairs_of(edges, "LOCATED_IN")


def test_a_towns_party_committee_and_bureaus_written_short_are_one_body() -> None:
    """中共X镇委员会 and X镇党委 are one body, as are 区住房城乡建设局 and 区教体局 with the bureaus written in full (two
    bodies each before)."""
    nodes, _ = series_graph("泗门镇2024年工作总结\n中共余姚市泗门镇委员会　余姚市泗门镇人民政府\n2024年12月20日\n泗门镇党委、政府团结"
                            "带领全镇干部群众奋力拼搏。\n")
    assert "泗门镇党委" in nodes["Organization:中共余姚市泗门镇委员会"].aliases, names_of(nodes, "Organization")
    nodes, _ = series_graph("方庙街道2024年工作总结\n来源：瑶海区方庙街道办事处 2024-12-27\n瑶海区住房和城乡建设局、区住房城乡建设局、"
                            "瑶海区教育体育局和区教体局参加会议。\n")
    bureaus = {n for n in names_of(nodes, "Organization") if n.endswith("局")}
    assert bureaus == {"瑶海区住房和城乡建设局", "瑶海区教育体育局"}, bureaus


def test_the_central_banks_branch_is_a_body() -> None:
    """中国人民银行余姚市支行 is a state body, not a firm (a 支行 had made it one)."""
    nodes, _ = series_graph("余姚市统计公报\n来源：余姚市统计局 2024-03-29\n金融数据来自中国人民银行余姚市支行；专利数据来自市市场监督管理局。\n")
    assert "Organization:中国人民银行余姚市支行" in nodes and not names_of(nodes, "Enterprise"), nodes.keys()
