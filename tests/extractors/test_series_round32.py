"""Rules of the thirty-second session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import names_of, pairs_of, series_graph, stages_of


def test_a_phase_in_brackets_before_xiangmu_stays_in_the_works_name() -> None:
    """华强电子产业基地（一期）项目 is the first phase, not the whole base (it had lost its phase); a park's bracketed
    phase (鲁能智慧产业园项目（一期）) is works, as 鲁能智慧产业园一期 is, with its stage."""
    stages = stages_of("章丘区重点项目建设情况\n\n华强电子产业基地（一期）项目已于2022年竣工。华强电子产业基地二期项目今年开工。"
                       "鲁能智慧产业园项目（一期）今年开工。\n")
    assert stages == {"华强电子产业基地(一期)": "completed", "华强电子产业基地二期": "starting",
                      "鲁能智慧产业园项目(一期)": "starting"}, stages


def test_a_firms_works_with_a_bracketed_phase_is_that_phase_not_the_whole() -> None:
    """鹏芯微12英寸晶圆制造项目（二期） in one text and 鹏芯微二期 in another are one phase; the base named without a
    phase stays another project (the phase in brackets had been read as a note and merged into the base)."""
    texts = ["龙岗区2023年重大项目集中开工\n\n深圳鹏芯微电子股份有限公司（以下简称鹏芯微）投资建设鹏芯微12英寸晶圆制造基地。"
             "鹏芯微12英寸晶圆制造项目（二期）今年开工。\n",
             "龙岗区重大项目调研\n\n鹏芯微二期主体结构封顶。\n"]
    nodes, _ = extract_graph([document_from_text(text, doc_id=f"d{i}") for i, text in enumerate(texts)])
    projects = [{n.name, *n.aliases} for n in nodes if n.label.value == "Project"]
    assert {"鹏芯微12英寸晶圆制造项目(二期)", "鹏芯微二期"} in [names & {"鹏芯微12英寸晶圆制造项目(二期)", "鹏芯微二期"}
                                                           for names in projects], projects
    assert {"鹏芯微12英寸晶圆制造基地"} in projects, projects


def test_a_table_rows_bracketed_phase_stays_in_its_name() -> None:
    """哈尔滨深圳产业园区科创总部项目（二期） in a key-projects table is the second phase, built by its 建设单位; the note
    after a phase (（一期）EPC总承包) still goes."""
    nodes, edges = series_graph("松北区2023年重点项目计划\n\n序号\t项目名称\t建设单位\t建设地点\n"
                                "1\t深哈科创总部项目（二期）\t深圳（哈尔滨）产业园投资开发有限公司\t松北区\n"
                                "2\t龙睿生物疫苗产业化基地（一期）EPC总承包\t黑龙江龙睿生物科技有限公司\t松北区\n")
    projects = names_of(nodes, "Project")
    assert projects == {"深哈科创总部项目(二期)", "龙睿生物疫苗产业化基地(一期)"}, projects
    assert ("Enterprise:深圳(哈尔滨)产业园投资开发有限公司", "DEVELOPS", "Project:深哈科创总部项目(二期)") in edges


def test_leaders_given_projects_open_the_list_after_the_verb() -> None:
    """区委书记周海波、区长韩立东分别牵头包联X、Y等项目 and 县长赵立新带头分包X: the leaders and the verb are no part of
    the first project's name."""
    nodes, _ = series_graph("松北区重点项目\n\n区委书记周海波、区长韩立东分别牵头包联深哈产业园科创总部、工大智能机器人产业基地二期"
                            "等10个产业项目。县长赵立新带头分包正元智算算力中心二期。\n")
    assert {"深哈产业园科创总部", "工大智能机器人产业基地二期", "正元智算算力中心二期"} <= names_of(nodes, "Project")
    assert not [name for name in names_of(nodes, "Project") if "长" in name], names_of(nodes, "Project")
    assert {"周海波", "韩立东", "赵立新"} <= names_of(nodes, "Person")


def test_the_closing_request_of_a_work_report_names_the_cppcc_not_a_request() -> None:
    """…请予审议，并请县政协委员和其他列席人员提出意见: the county's 政协, not an Organization 请县政协."""
    nodes, _ = series_graph("正定县政府工作报告\n\n现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员"
                            "提出意见。\n")
    organizations = names_of(nodes, "Organization")
    assert "正定县政协" in organizations and not [name for name in organizations if name.startswith("请")], organizations


def test_a_street_opening_with_a_towns_short_form_is_a_town_of_its_own() -> None:
    """金华园街道 (not in the gazetteer) is no 金华镇 written short; 宾阳街道、金华园街道、世纪城街道 are three streets; 前洲等镇
    and 鸬鸟两镇 are no towns."""
    nodes, edges = series_graph("观山湖区重点项目\n\n项目位于金华园街道。宾阳街道、金华园街道、世纪城街道社区服务提升。"
                                "金华镇新建学校。玉祁、前洲等镇加快发展。径山、鸬鸟两镇要严守生态保护红线。\n")
    towns = names_of(nodes, "Town")
    assert {"金华园街道", "宾阳街道", "世纪城街道", "金华镇"} <= towns, towns
    assert not [name for name in towns if "等" in name or "两" in name], towns


def test_a_county_listed_after_another_of_its_city_is_that_citys() -> None:
    """与深圳市福田区、南山区开展对口合作 in a text about 松北区 (黑龙江省, whose 鹤岗市 has a 南山区 too): 深圳市's."""
    nodes, edges = series_graph("松北区对口合作\n\n黑龙江省哈尔滨市松北区地处黑龙江省会哈尔滨市北部。松北区与深圳市福田区、南山区"
                                "开展对口合作，共建飞地园区。\n")
    assert ("Region:南山区", "PART_OF", "Region:深圳市") in edges, edges
    assert nodes["Region:南山区"].properties["admin_code"] == "440305"


def test_a_pilot_zone_and_its_area_are_parks_and_a_headlines_conjunction_no_name() -> None:
    """中国（黑龙江）自由贸易试验区哈尔滨片区 and 马桥人工智能创新试验区 are parks (试验区 as a weak suffix: no bare
    designation such as 国家级综合改革试验区); …集中开工暨招商引资项目签约活动 names no project 暨招商引资项目."""
    nodes, _ = series_graph("松北区工作\n\n中国（黑龙江）自由贸易试验区哈尔滨片区新设企业4120户。马桥人工智能创新试验区集聚企业"
                            "120家。争创国家级综合改革试验区。观山湖区举行重大项目集中开工暨招商引资项目签约活动。\n")
    assert names_of(nodes, "Park") == {"中国(黑龙江)自由贸易试验区哈尔滨片区", "马桥人工智能创新试验区"}, names_of(nodes, "Park")
    assert not [name for name in names_of(nodes, "Project") if name.startswith("暨")], names_of(nodes, "Project")


def test_a_notes_definition_names_the_zone_and_its_short_form_once() -> None:
    """表中“武进国家高新区”指武进国家高新技术产业开发区，“西太湖科技产业园”指常州西太湖科技产业园: 指 (means) opens no name
    (Parks 表中武进国家高新区指… had been made); each short form is its zone's alias."""
    nodes, _ = series_graph("武进区重点项目\n\n（一）表中“武进国家高新区”指武进国家高新技术产业开发区，“西太湖科技产业园”指常州西太湖"
                            "科技产业园。\n")
    parks = {n.name: set(n.aliases) for n in nodes.values() if n.label.value == "Park"}
    assert parks == {"武进国家高新技术产业开发区": {"武进国家高新区"}, "常州西太湖科技产业园": {"西太湖科技产业园"}}, parks


def test_works_inside_a_park_written_after_it_lie_in_it() -> None:
    """西太湖科技产业园内烯望新材项目: 内 (inside) is no part of the project's name, and the project lies in the park."""
    nodes, edges = series_graph("武进区重点项目\n\n常州西太湖科技产业园内烯望新材项目完成土地摘牌。\n")
    assert "Project:烯望新材项目" in nodes, sorted(nodes)
    assert ("Project:烯望新材项目", "LOCATED_IN", "Park:常州西太湖科技产业园") in edges, edges


def test_a_zone_written_with_and_without_guojia_or_qu_is_one_park() -> None:
    """武进国家高新技术产业开发区 (001) and 武进高新区 (a later text: no expansion without 国家); 紫竹国家高新区 and 上海紫竹
    高新技术产业开发区; 晋江集成电路产业园 and …产业园区: one park each."""
    texts = ["武进区工作报告\n\n武进国家高新技术产业开发区排名上升5位。晋江集成电路产业园区新增企业10家。\n",
             "武进区新闻\n\n武进高新区要围绕新能源汽车发展。晋江集成电路产业园获批省级园区。紫竹国家高新区营业收入突破1000亿元。\n",
             "闵行区新闻\n\n上海紫竹高新技术产业开发区新增企业20家。\n"]
    nodes, _ = extract_graph([document_from_text(text, doc_id=f"d{i}") for i, text in enumerate(texts)])
    parks = {n.name for n in nodes if n.label.value == "Park"}
    assert parks == {"武进国家高新技术产业开发区", "晋江集成电路产业园区", "上海紫竹高新技术产业开发区"}, parks


def _targets(text: str) -> dict[str, dict[str, object]]:
    """The SETS_TARGET properties of the document's indicators, by indicator name."""
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {e.target.removeprefix("Indicator:"): dict(e.properties) for e in edges if e.type.value == "SETS_TARGET"}


def test_words_before_a_measure_that_are_no_part_of_its_name() -> None:
    """预期地区生产总值增长5.5%左右, 围绕地区生产总值突破3000亿元目标, “十四五”末地区生产总值: the measure is 地区生产总值
    (a goal's word, a verb, the period's end); 人均预期寿命 keeps its 预期."""
    targets = _targets("武进区2025年经济工作\n\n2025年，武进区预期地区生产总值增长5.5%左右，一般公共预算收入增长3%。"
                       "围绕地区生产总值突破3000亿元目标，加快项目建设。到2025年，户籍人口人均预期寿命提高到82.19岁。\n")
    assert set(targets) == {"地区生产总值", "一般公共预算收入", "户籍人口人均预期寿命"}, targets
    assert targets["地区生产总值"]["growth_target"] == "5.5左右", targets
    end = _targets("晋江市经济工作\n\n力争“十四五”末地区生产总值突破3800亿元。\n")
    assert set(end) == {"地区生产总值"}, end


def test_a_measure_with_its_goal_word_after_it_keeps_its_target() -> None:
    """地区生产总值预期增长5.5%左右: 预期 between the measure and its verb is a goal's word, as 力争 is."""
    targets = _targets("闵行区2025年经济工作\n\n2025年全区主要预期目标是：地区生产总值预期增长5.5%左右，工业投资增长8%。\n")
    assert targets["地区生产总值"]["target_value"] == "5.5左右", targets


def test_an_end_dated_after_the_notice_is_to_come() -> None:
    """龙睿…一期于2023年6月竣工 in a notice of 2023-03-10: planned, not completed; 于2022年10月竣工 in it is done."""
    stages = stages_of("松北区2023年重点项目计划\n来源：松北区人民政府 2023-03-10\n\n龙睿生物疫苗产业化基地一期于2023年6月竣工，"
                       "下半年投产。华强电子产业基地二期已于2022年10月竣工投产。\n")
    assert stages == {"龙睿生物疫苗产业化基地一期": "planned", "华强电子产业基地二期": "in_operation"}, stages


def test_a_step_or_the_years_share_of_the_works_done_completes_no_project() -> None:
    """钢结构吊装完成, 设备安装完成, 完成年度任务: steps of the works and the year's share of them, no completed works."""
    stages = stages_of("武进区重点项目进展\n\n瑞泰二期压铸车间钢结构吊装完成。华盛储能二期设备安装完成。"
                       "地铁2号线一期松北段完成年度任务。\n")
    assert "completed" not in stages.values(), stages


def _leaders(text: str) -> set[tuple[str, str]]:
    """(firm, chain) of the IN_CHAIN relationships with role 链主."""
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {(e.source.removeprefix("Enterprise:"), e.target.removeprefix("IndustryChain:")) for e in edges
            if e.type.value == "IN_CHAIN" and e.properties.get("role") == "链主"}


def test_the_leading_firm_of_a_chain_is_in_it_with_its_role() -> None:
    """链主企业 as written in five series: the firm before (作为/是/成为…的链主), after (依托链主企业E), opening the next
    clause, driving a chain after it (发挥E链主企业作用，带动C产业链), and pairs (E1、E2分别作为C1产业链和C2产业链链主企业)."""
    leaders = _leaders(
        "产业链工作\n\n河北正元智算科技有限公司、石家庄恒越电子材料有限公司、江苏中创锂能科技有限公司是重点企业。"
        "正元智算、恒越电子分别作为算力产业链和电子材料产业链链主企业，带动上下游配套企业集聚。"
        "中创锂能的电池总产能达到30GWh，成为全区新能源产业链的“链主”。"
        "运动鞋服产业链依托链主企业安踏体育用品集团有限公司，加快建设安踏一体化产业园二期。"
        "作为泉州市集成电路产业链的“链主”企业，福建省晋华集成电路有限公司已带动40余家企业落户。"
        "发挥上海电气集团股份有限公司链主企业作用，带动高端装备产业链上下游企业集聚。\n")
    assert leaders == {("河北正元智算科技有限公司", "算力"), ("石家庄恒越电子材料有限公司", "电子材料"),
                       ("江苏中创锂能科技有限公司", "新能源"), ("安踏体育用品集团有限公司", "运动鞋服"),
                       ("福建省晋华集成电路有限公司", "集成电路"), ("上海电气集团股份有限公司", "高端装备")}, leaders


def test_firms_listed_after_the_leaders_word_lead_the_chain_of_the_clause_before() -> None:
    """新型储能产业链由区长陈建华担任链长，链主企业E1、E2…: both firms lead 新型储能, not the sentence's other chain."""
    leaders = _leaders("武进区产业链工作\n\n江苏中创锂能科技有限公司和江苏华盛储能技术有限公司是我区重点企业。"
                       "新能源汽车产业链由区委书记徐国栋担任链长，新型储能产业链由区长陈建华担任链长，链主企业中创锂能、"
                       "华盛储能要牵头梳理产业链配套清单。\n")
    assert leaders == {("江苏中创锂能科技有限公司", "新型储能"), ("江苏华盛储能技术有限公司", "新型储能")}, leaders


def test_a_notes_item_saying_what_a_firm_is_to_a_chain_sets_no_topic() -> None:
    """（四）烯望新材为西太湖石墨烯产业链重点培育企业。…: the chain is the firm's, not that of the notes and annex after."""
    _, edges = series_graph("武进区重点项目\n\n三、有关说明\n（四）常州烯望新材料科技有限公司为西太湖石墨烯产业链重点培育企业。"
                            "安康医疗高端介入器械产业化项目列入省级重大项目储备库。\n（五）常州轨道交通5号线一期工程由市级统筹建设。\n")
    chained = {source for source, relation, _ in edges if relation == "IN_CHAIN"}
    assert chained == {"Enterprise:常州烯望新材料科技有限公司"}, chained


def test_this_project_is_the_paragraphs_last_project_never_a_park() -> None:
    """该项目由X投资建设 after a sentence naming no project the rules read: X develops no park of the paragraph before
    (江苏中创锂能科技有限公司 had developed Park 常州创新园); the project of its own paragraph where there is one."""
    park = "武进区新闻\n\n中以常州创新园与以色列企业签订合作协议。\n作为本次活动的主会场，{}已于3月底建成投产。" \
           "该项目由江苏中创锂能科技有限公司投资120亿元建设。\n"
    developed = pairs_of(series_graph(park.format("二期项目"))[1], "DEVELOPS")
    assert not developed, developed
    developed = pairs_of(series_graph(park.format("瑞泰二期"))[1], "DEVELOPS")
    assert ("Enterprise:江苏中创锂能科技有限公司", "Project:瑞泰二期") in developed, developed


def test_a_firms_short_form_and_its_phase_are_its_works_where_the_segmenter_cut_them() -> None:
    """中创锂能二期 (中|创锂|能|二期: 能 had stopped the name) is the firm's second phase, with its stage, also where
    the form is repeated as a name of its own elsewhere in the text."""
    text = ("武进区新闻\n\n江苏中创锂能科技有限公司是我区龙头企业。推动中创锂能、瑞泰汽车等企业开展链式对接。"
            "作为本次活动的主会场，中创锂能二期项目已于3月底全面建成投产。\n")
    assert stages_of(text) == {"中创锂能二期": "in_operation"}, stages_of(text)
    _, edges = series_graph(text)
    assert ("Enterprise:江苏中创锂能科技有限公司", "DEVELOPS", "Project:中创锂能二期") in edges, edges


def test_a_past_start_before_the_works_gives_way_to_the_clauses_own_verb() -> None:
    """去年开工的X已完成主体结构封顶: under construction, not starting; 本次开工的X将建设…生产线 still starts."""
    stages = stages_of("观山湖区新闻\n\n去年开工的贵州金融城二期已完成主体结构封顶，预计今年底投入运营。"
                       "本次开工的长江计算服务器生产基地三期将建设液冷服务器生产线6条。\n")
    assert stages == {"贵州金融城二期": "under_construction", "长江计算服务器生产基地三期": "starting"}, stages


def test_a_firm_said_to_belong_to_another_or_to_have_it_as_its_parent_is_its_subsidiary() -> None:
    """X是Y所属企业 and X…，其母公司为Y: SUBSIDIARY_OF Y, as X是Y旗下子公司 was."""
    _, edges = series_graph("松北区新闻\n\n哈尔滨航天恒星数据系统科技有限公司是中国航天科技集团有限公司所属企业，近年来承担了多项任务。"
                            "常州烯望新材料科技有限公司为西太湖石墨烯产业链重点培育企业，其母公司为江苏烯望科技集团有限公司。\n")
    assert pairs_of(edges, "SUBSIDIARY_OF") == {
        ("Enterprise:哈尔滨航天恒星数据系统科技有限公司", "Enterprise:中国航天科技集团有限公司"),
        ("Enterprise:常州烯望新材料科技有限公司", "Enterprise:江苏烯望科技集团有限公司")}, pairs_of(edges, "SUBSIDIARY_OF")


def test_a_persons_several_offices_at_one_place_are_all_on_the_edge() -> None:
    """区长 in a 2021 report and 区委书记 in a 2025 news item, 区委副书记、区长 in one line: the one HOLDS_OFFICE edge keeps
    its first role and lists them all (``roles``), where the 2025 sentence had proved 区长 alone."""
    texts = ["武进区2021年政府工作报告\n\n武进区人民政府区长陈建华作报告。\n",
             "武进区新闻\n\n武进区委书记陈建华，区委副书记、区长周敏出席活动。\n"]
    _, edges = extract_graph([document_from_text(text, doc_id=f"d{i}") for i, text in enumerate(texts)])
    held = {e.source: dict(e.properties) for e in edges if e.type.value == "HOLDS_OFFICE"}
    assert held["Person:陈建华"]["roles"] == ["区长", "区委书记"], held
    assert set(held["Person:周敏"]["roles"]) == {"区委副书记", "区长"}, held


def test_later_phases_written_bare_after_the_first_are_projects_of_their_own() -> None:
    """X项目一期、二期已全部投产: the second phase is X二期 (no alias 二期), in operation too; it had been dropped."""
    nodes, _ = series_graph("正定县新闻\n\n恒越电子年产5万吨电子级环氧树脂项目一期、二期已全部投产。\n")
    assert stages_of("正定县新闻\n\n恒越电子年产5万吨电子级环氧树脂项目一期、二期已全部投产。\n") == {
        "恒越电子年产5万吨电子级环氧树脂项目一期": "in_operation", "恒越电子年产5万吨电子级环氧树脂二期": "in_operation"}
    assert not [n for n in nodes.values() if "二期" in n.aliases]


def test_every_firm_a_visit_lists_lies_where_the_visit_is() -> None:
    """在P，调研组走进A和B: B lies in P as A does (only A had)."""
    _, edges = series_graph("松北区新闻\n\n在哈尔滨科技创新城，调研组走进哈尔滨航天恒星数据系统科技有限公司和哈尔滨银河智造科技有限公司。\n")
    assert pairs_of(edges, "LOCATED_IN") >= {
        ("Enterprise:哈尔滨航天恒星数据系统科技有限公司", "Park:哈尔滨科技创新城"),
        ("Enterprise:哈尔滨银河智造科技有限公司", "Park:哈尔滨科技创新城")}, pairs_of(edges, "LOCATED_IN")


def test_an_industrys_name_is_no_firms_short_form() -> None:
    """常州安康医疗器械有限公司: 安康 after 常州 is the brand, not a second city, and 医疗器械 (an industry) no short form."""
    from extractors.short_names import short_forms

    assert short_forms("常州安康医疗器械有限公司", ["常州"])[0] == "安康医疗器械"
    nodes, _ = series_graph("武进区新闻\n\n常州安康医疗器械有限公司签约建设项目。加快医疗器械产业集聚。\n")
    assert nodes["Enterprise:常州安康医疗器械有限公司"].aliases == [], nodes["Enterprise:常州安康医疗器械有限公司"].aliases


def test_a_street_written_by_its_old_town_name_is_the_one_town() -> None:
    """诸福屯镇 (诸福屯街道 in the gazetteer) is one Town named as the texts write it, also where a text writes its short
    form 诸福屯 beside it: not 诸福屯镇 in one document and 诸福屯街道 in another (a 正定县 series)."""
    texts = ["正定县2021年政府工作报告\n\n推动诸福屯镇板材家具产业转型升级。\n",
             "正定县重点项目\n\n新城铺镇、诸福屯镇要结合产业基础谋划项目。诸福屯绿色家居产业园加快建设。\n"]
    nodes, _ = extract_graph([document_from_text(text, doc_id=f"d{i}") for i, text in enumerate(texts)])
    towns = {n.name: sorted(n.docs) for n in nodes if n.label.value == "Town" and "诸福屯" in n.name}
    assert towns == {"诸福屯镇": ["d0", "d1"]}, towns


def test_a_sino_israeli_parks_prefix_is_in_its_name() -> None:
    """中以常州创新园 (中以: China and Israel, a word the segmenter keeps whole) had been cut to 常州创新园; 中以创新园 is
    its short form."""
    nodes, _ = series_graph("武进区新闻\n\n中以常州创新园累计落户以色列企业和项目68个。中以创新园要深化合作。\n")
    parks = {n.name: set(n.aliases) for n in nodes.values() if n.label.value == "Park"}
    assert parks == {"中以常州创新园": {"中以创新园"}}, parks
