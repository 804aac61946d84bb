"""Rules of the thirty-third session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import names_of, series_graph, stages_of


def test_this_zone_or_park_built_by_a_firm_is_the_paragraphs_last_park() -> None:
    """该示范区由X投资建设 and 该园由X作为龙头企业牵头建设: X develops the park the sentence before named (the zone's word
    and the lead firm's role had been read by no rule)."""
    _, edges = series_graph("正定县乡村振兴工作综述\n\n观摩组察看塔元庄同福乡村振兴示范区运营情况。该示范区由河北同福农业开发有限公司"
                            "投资建设，一期、二期已全部建成。\n新城铺镇规划建设预制菜产业园。该园由河北正味食品有限公司作为龙头企业"
                            "牵头建设，规划占地500亩。\n")
    assert ("Enterprise:河北同福农业开发有限公司", "DEVELOPS", "Park:塔元庄同福乡村振兴示范区") in edges
    assert ("Enterprise:河北正味食品有限公司", "DEVELOPS", "Park:预制菜产业园") in edges


def test_a_groups_own_firm_after_by_is_the_builder_not_the_group() -> None:
    """该示范区由同福集团旗下河北同福农业开发有限公司投资建设: the group's firm develops the zone (the group's name
    between 由 and the firm had hidden the 该示范区由 before it); the group develops nothing."""
    _, edges = series_graph("正定县观摩活动\n\n观摩组察看塔元庄同福乡村振兴示范区运营情况。该示范区由同福集团旗下河北同福农业"
                            "开发有限公司投资建设，一期、二期已全部建成。\n")
    assert ("Enterprise:河北同福农业开发有限公司", "DEVELOPS", "Park:塔元庄同福乡村振兴示范区") in edges
    assert ("Enterprise:河北同福农业开发有限公司", "SUBSIDIARY_OF", "Enterprise:同福集团") in edges
    assert not [edge for edge in edges if edge[0] == "Enterprise:同福集团" and edge[1] == "DEVELOPS"], edges


def test_a_renamed_company_is_one_firm_under_its_new_name() -> None:
    """X（原Y） and Y正式更名为X: one Enterprise named X with Y among its aliases, and Y's relations are X's (the old
    name had been a second firm)."""
    nodes, edges = series_graph("江阴市企业动态\n\n江苏海达新能源科技股份有限公司（原江阴海达橡塑股份有限公司）今年完成更名。"
                                "2024年，江苏华宏科技股份有限公司正式更名为江苏华宏智能装备股份有限公司。江苏华宏科技股份有限公司"
                                "在华士镇投资建设智能装备产业园项目。\n")
    firms = {node.name: set(node.aliases) for node in nodes.values() if node.label.value == "Enterprise"}
    assert firms == {"江苏海达新能源科技股份有限公司": {"江阴海达橡塑股份有限公司"},
                     "江苏华宏智能装备股份有限公司": {"江苏华宏科技股份有限公司"}}, firms
    assert ("Enterprise:江苏华宏智能装备股份有限公司", "DEVELOPS", "Park:智能装备产业园") in edges, edges


def test_a_former_name_another_document_writes_is_the_renamed_firm() -> None:
    """A 2021 item writes 江阴海达橡塑股份有限公司, a 2025 one 江苏海达新能源科技股份有限公司（原江阴海达橡塑股份有限公司）:
    one firm, under its new name, building the 2021 item's project."""
    texts = ["江阴市上市公司\n\n江阴海达橡塑股份有限公司在周庄镇投资建设年产10万吨密封件项目。\n",
             "江阴市企业动态\n\n江苏海达新能源科技股份有限公司（原江阴海达橡塑股份有限公司）今年完成更名。\n"]
    nodes, edges = extract_graph([document_from_text(text, doc_id=f"d{i}") for i, text in enumerate(texts)])
    firms = {node.name: set(node.aliases) for node in nodes if node.label.value == "Enterprise"}
    assert firms == {"江苏海达新能源科技股份有限公司": {"江阴海达橡塑股份有限公司"}}, firms
    assert ("Enterprise:江苏海达新能源科技股份有限公司", "Project:年产10万吨密封件项目") in {
        (edge.source, edge.target) for edge in edges if edge.type.value == "DEVELOPS"}


def test_one_former_name_two_firms_claim_joins_neither() -> None:
    """Two texts each writing a third's registered name as its former one: the third stays its own firm."""
    texts = ["企业动态\n\n甲乙新材料股份有限公司（原丙丁化工有限公司）今年完成更名。\n",
             "企业动态\n\n戊己科技股份有限公司（原丙丁化工有限公司）今年完成更名。\n",
             "企业动态\n\n丙丁化工有限公司在周庄镇投资建设年产10万吨涂料项目。\n"]
    nodes, _ = extract_graph([document_from_text(text, doc_id=f"d{i}") for i, text in enumerate(texts)])
    assert "丙丁化工有限公司" in {node.name for node in nodes if node.label.value == "Enterprise"}


def test_a_universitys_park_phase_is_not_another_universitys() -> None:
    """湖南大学科技园二期 and 湖南师范大学大学科技园二期 are two projects (师范 before 大学 names another university; the
    first had become the second's alias, with its stages); 唐官屯冷链物流中心 still joins 唐官屯农产品冷链物流中心."""
    texts = ["湖南省长沙市岳麓区重点项目\n\n湖南大学科技园二期项目完成主体结构封顶。湖南师范大学大学科技园二期项目今年开工。\n",
             "静海区重点项目\n\n唐官屯镇加快建设。唐官屯冷链物流中心今年开工。唐官屯农产品冷链物流中心已竣工。\n"]
    nodes, _ = extract_graph([document_from_text(text, doc_id=f"d{i}") for i, text in enumerate(texts)])
    projects = {node.name: set(node.aliases) for node in nodes if node.label.value == "Project"}
    assert {"湖南大学科技园二期", "湖南师范大学大学科技园二期"} <= set(projects), projects
    assert not [alias for alias in projects["湖南师范大学大学科技园二期"] if alias.startswith("湖南大学")], projects
    assert projects.get("唐官屯农产品冷链物流中心") == {"唐官屯冷链物流中心"}, projects


def test_a_place_and_a_direction_before_a_head_is_no_short_form_of_works() -> None:
    """广州东部中心 (a positioning of the district) is not 广州东部交通枢纽中心 written short."""
    texts = ["增城区政府工作报告\n\n增城加快建设广州东部中心。推动广州东部交通枢纽中心动工建设。\n"]
    nodes, _ = extract_graph([document_from_text(text, doc_id=f"d{i}") for i, text in enumerate(texts)])
    hub = next(node for node in nodes if node.name == "广州东部交通枢纽中心")
    assert "广州东部中心" not in hub.aliases, hub


def test_a_common_word_after_a_title_names_no_one() -> None:
    """县长|项目工程, 书记|项目 and 由区长任链长: no Person 项目工, 项目 or 任链 (a surname's character opening a common
    word, and the chain's leader being a role, not a name)."""
    nodes, _ = series_graph("镇海区重点工程推进情况\n\n全区纳入省市县长项目工程的项目共15个。绿色石化产业链由区委副书记、区长任链长。"
                                "新塘镇全面推行书记项目制度。副区长高峰出席。\n")
    assert names_of(nodes, "Person") == {"高峰"}, names_of(nodes, "Person")


def test_a_county_level_citys_mayor_is_its_own() -> None:
    """市委常委、常务副市长刘海峰 and 江阴市委副书记、市长陈卫东 in a 江阴市 text: 江阴市's offices (they had gone to its
    prefecture 无锡市)."""
    _, edges = series_graph("江阴板块再添新成员\n\n江阴市委副书记、市长陈卫东，副市长顾建华出席上市仪式。市委常委、常务副市长"
                                "刘海峰在全市上市工作推进会上指出，要加快企业上市步伐。\n")
    offices = {(source, target) for source, kind, target in edges if kind == "HOLDS_OFFICE"}
    assert offices == {("Person:陈卫东", "Region:江阴市"), ("Person:顾建华", "Region:江阴市"),
                       ("Person:刘海峰", "Region:江阴市")}, offices


def test_titles_of_two_bodies_split_by_a_comma_are_the_next_names() -> None:
    """沈阳市委常委、浑南区委书记，沈阳高新区党工委书记周立新: his offices in 沈阳市 and 浑南区 too (the titles before the
    comma had been dropped); 区长张三，副区长李四 still gives each his own."""
    _, edges = series_graph("浑南区招商推介会\n\n沈阳市委常委、浑南区委书记，沈阳高新区党工委书记周立新出席并致辞。区长张三，"
                            "副区长李四出席。\n")
    offices = {(source, target) for source, kind, target in edges if kind == "HOLDS_OFFICE"}
    assert {("Person:周立新", "Region:沈阳市"), ("Person:周立新", "Region:浑南区"),
            ("Person:周立新", "Organization:沈阳高新区党工委")} <= offices, offices
    assert ("Person:张三", "Region:浑南区") in offices and ("Person:李四", "Region:浑南区") in offices, offices


def test_firms_listed_as_leaders_of_the_chain_they_drive() -> None:
    """A、B、C分别作为链主企业牵引C1产业链 after a list of the district's chains: the three firms lead C1 (they had gone
    to every other chain of the sentence, and the first, with its short form in brackets, to none); 以E为链主企业，…
    打造C产业链 and C方面，以E为链主企业 name E C's leader; a 链主培育企业 is one being raised to it."""
    _, edges = series_graph(
        "浑南区招商推介会\n\n全区已形成集成电路装备、机器人及智能制造、工业软件、生物医药等主导产业链，沈阳芯源微电子设备股份有限公司"
        "（以下简称“芯源微”）、拓荆科技股份有限公司、沈阳富创精密设备股份有限公司分别作为链主企业牵引集成电路装备产业链上下游"
        "协同发展。\n检验检测方面，以湖南湘检集团有限公司为链主企业，科技城打造检测认证服务平台。\n以广州锦兴服饰集团有限公司"
        "为链主企业，全力打造牛仔服装产业链。\n宁波金发新材料有限公司是我区绿色石化产业链链主培育企业。\n")
    chained = {(source.split(":")[1], target.split(":")[1]) for source, kind, target in edges if kind == "IN_CHAIN"}
    assert chained == {("沈阳芯源微电子设备股份有限公司", "集成电路装备"), ("拓荆科技股份有限公司", "集成电路装备"),
                       ("沈阳富创精密设备股份有限公司", "集成电路装备"), ("湖南湘检集团有限公司", "检验检测"),
                       ("广州锦兴服饰集团有限公司", "牛仔服装"), ("宁波金发新材料有限公司", "绿色石化")}, chained


def test_the_role_of_a_firm_raised_to_lead_its_chain() -> None:
    """链主培育企业: IN_CHAIN with role 链主培育, not 链主."""
    nodes, edges = extract_graph([document_from_text("镇海区绿色石化\n\n宁波金发新材料有限公司是我区绿色石化产业链链主培育企业。"
                                                     "镇海炼化有限公司是我区绿色石化产业链链主企业。\n", doc_id="d")])
    roles = {edge.source: edge.properties.get("role") for edge in edges if edge.type.value == "IN_CHAIN"}
    assert roles == {"Enterprise:宁波金发新材料有限公司": "链主培育", "Enterprise:镇海炼化有限公司": "链主"}, roles


def test_a_round_target_in_an_indicator_tables_first_row_is_no_year() -> None:
    """指标名称 | 2020年 | 2025年 | 属性, then …产值（亿元） | 1386.5 | 2000 | 预期性: the first row is a row (2000 had been
    read as a year's column, the row lost and every row's target year 2000)."""
    _, edges = extract_graph([document_from_text(
        "镇海区绿色石化产业链发展规划\n\n表1 主要指标\n指标名称\t2020年\t2025年\t属性\n"
        "绿色石化产业链规上工业产值（亿元）\t1386.5\t2000\t预期性\n化工新材料产值占比（%）\t21.6\t35\t预期性\n", doc_id="d")])
    targets = {edge.target: (edge.properties.get("target_value"), edge.properties.get("target_year"))
               for edge in edges if edge.type.value == "SETS_TARGET"}
    assert targets == {"Indicator:绿色石化产业链规上工业产值": ("2000", 2025), "Indicator:化工新材料产值占比": ("35", 2025)}, targets


def test_dashed_goals_under_their_lead_take_its_year() -> None:
    """到2025年，…。具体目标如下：\\n——产业规模。…突破2000亿元 \\n——绿色安全。…较2020年下降15%: the goals of 2025 (they had
    taken the document's year, 2021)."""
    _, edges = extract_graph([document_from_text(
        "镇海区绿色石化产业链发展规划\n2021-06-01\n到2025年，绿色石化产业链综合实力显著增强。具体目标如下：\n"
        "——产业规模。绿色石化产业链规上工业产值突破2000亿元。\n——绿色安全。单位工业增加值能耗较2020年下降15%。\n"
        "2021年，全区地区生产总值增长8%。\n", doc_id="d")])
    years = {edge.target: edge.properties.get("target_year") for edge in edges if edge.type.value == "SETS_TARGET"}
    assert years["Indicator:绿色石化产业链规上工业产值"] == 2025 and years["Indicator:单位工业增加值能耗"] == 2025, years


def test_towns_listed_before_their_count_and_shared_suffix() -> None:
    """派潭、正果、小楼三镇 and 朱昌、百花湖两镇: 小楼镇 and 百花湖镇 (the count had been read into a Town 小楼三镇)."""
    nodes, _ = series_graph("增城区乡村振兴\n\n推动派潭、正果、小楼三镇生态旅游提质。\n")
    assert names_of(nodes, "Town") == {"派潭镇", "正果镇", "小楼镇"}, names_of(nodes, "Town")
    nodes, _ = series_graph("观山湖区乡村振兴\n\n朱昌、百花湖两镇加快发展。\n")
    assert names_of(nodes, "Town") == {"朱昌镇", "百花湖镇"}, names_of(nodes, "Town")


def test_a_listed_street_of_four_characters_keeps_them_all() -> None:
    """浑河站西街道、浑河站东街道: the street the gazetteer lacks is 浑河站西街道, not 站西街道; a verb before a known
    street (依托乔司街道) opens no name."""
    nodes, _ = series_graph("浑南区\n\n浑河站西街道、浑河站东街道加快发展。\n")
    assert names_of(nodes, "Town") == {"浑河站西街道", "浑河站东街道"}, names_of(nodes, "Town")
    nodes, _ = series_graph("临平区\n\n临平街道、东湖街道提升品质，依托乔司街道、星桥街道发展服装产业。\n")
    assert names_of(nodes, "Town") == {"临平街道", "东湖街道", "乔司街道", "星桥街道"}, names_of(nodes, "Town")


def test_a_river_or_canal_named_before_its_banks_is_no_town() -> None:
    """运河沿线游步道, 沿增江两岸: the water, not 运河街道 or 增江街道 (a town named after it)."""
    nodes, _ = series_graph("增城区\n\n实施增江两岸综合治理工程。\n")
    assert "增江街道" not in names_of(nodes, "Town"), names_of(nodes, "Town")
    nodes, _ = series_graph("临平区\n\n运河沿线游步道全线贯通。\n")
    assert "运河街道" not in names_of(nodes, "Town"), names_of(nodes, "Town")


def test_what_a_firm_is_to_another_is_no_part_of_its_name() -> None:
    """广汽本田核心供应商广州凯立汽车座椅有限公司: the supplier is 广州凯立汽车座椅有限公司, and 广汽本田 no alias of it;
    a body named for suppliers (…解决方案供应商联盟) keeps its name."""
    nodes, _ = series_graph("增城区重大项目签约\n\n广汽本田核心供应商广州凯立汽车座椅有限公司投资8亿元建设智能座椅生产基地。"
                            "智能制造系统解决方案供应商联盟北辰分盟成立。\n")
    firms = {node.name: set(node.aliases) for node in nodes.values() if node.label.value == "Enterprise"}
    assert firms == {"广州凯立汽车座椅有限公司": set()}, firms
    assert "智能制造系统解决方案供应商联盟北辰分盟" in names_of(nodes, "Organization")


def test_a_lead_and_a_joining_verb_in_a_list_of_firms_name_none() -> None:
    """由湖南大学牵头、联合中联重科股份有限公司等12家企业共同组建: no Enterprise 湖南大学牵头 nor 联合中联重科股份有限公司."""
    nodes, _ = series_graph("岳麓区\n\n2021年4月，由湖南大学牵头、联合中联重科股份有限公司等12家企业共同组建的岳麓山工业创新中心揭牌运营。\n")
    assert names_of(nodes, "Enterprise") == {"中联重科股份有限公司"}, names_of(nodes, "Enterprise")


def test_a_preposition_before_a_town_the_gazetteer_lacks_is_no_part_of_it() -> None:
    """投资8亿元在石滩镇麻车村建设: 石滩镇, not 在石滩镇, in a text about another district."""
    nodes, _ = series_graph("岳麓区\n\n凯立公司投资8亿元在石滩镇麻车村建设智能座椅生产基地。\n")
    assert names_of(nodes, "Town") == {"石滩镇"}, names_of(nodes, "Town")


def test_each_listed_firm_after_its_own_parent() -> None:
    """老板电器旗下X、春风动力控股子公司Y: X of 老板电器 and Y of 春风动力; 春风动力 is no subsidiary of 老板电器 (the list had
    run on over the second parent)."""
    _, edges = series_graph("临平区\n\n推动老板电器旗下杭州名气电器有限公司、春风动力控股子公司浙江春风凯特摩托车有限公司做大做强。"
                            "杭州老板电器股份有限公司、浙江春风动力股份有限公司是龙头企业。\n")
    owned = {(source.split(":")[1], target.split(":")[1]) for source, kind, target in edges if kind == "SUBSIDIARY_OF"}
    assert owned == {("杭州名气电器有限公司", "杭州老板电器股份有限公司"),
                     ("浙江春风凯特摩托车有限公司", "浙江春风动力股份有限公司")}, owned


def test_a_plans_groups_of_projects_by_stage_stage_their_items() -> None:
    """续建项目11个，包括A、B等；新开工项目9个，包括C等；前期项目8个，包括D等: A and B under construction, C starting, D
    planned (the items had no stage)."""
    stages = stages_of("岳麓区重点项目建设情况\n\n今年全区共安排重点项目28个。其中：续建项目11个，包括湖南大学科技园二期、"
                       "麓山南路片区有机更新等；新开工项目9个，包括阜埠河路西延线等；前期项目8个，包括湖南师范大学大学科技园二期等。\n")
    assert stages == {"湖南大学科技园二期": "under_construction", "麓山南路片区有机更新": "under_construction",
                      "阜埠河路西延线": "starting", "湖南师范大学大学科技园二期": "planned"}, stages


def test_a_caption_naming_a_list_of_signed_projects_stages_its_rows() -> None:
    """签约项目（部分）一览 above a table: its rows are signed (the caption, without 表, had staged none)."""
    stages = stages_of("增城区重大项目集中签约\n\n签约项目（部分）一览\n序号\t项目名称\t投资方\t落户地点\t总投资（亿元）\n"
                       "1\t鼎芯半导体封装测试基地\t广州鼎芯微电子有限公司\t增城经济技术开发区\t35\n"
                       "2\t增城丝苗米全产业链加工中心\t广州增益农业发展有限公司\t石滩镇\t6\n")
    assert stages == {"鼎芯半导体封装测试基地": "signed", "增城丝苗米全产业链加工中心": "signed"}, stages


def test_a_boxs_numbered_items_are_its_own_and_take_no_chain_from_above() -> None:
    """专栏4-1 “十四五”重点产业项目 after (三)现代农业, then 1.… 2.…: the items are the box's (they had closed it and
    become the (三) item's, so a motorbike plant was IN_CHAIN 现代农业), and the box keeps its number."""
    text = ("临平区“十四五”规划\n\n五、提升现代服务业发展能级\n（三）现代农业。做优塘栖枇杷等特色农业。\n"
            "专栏4-1 “十四五”重点产业项目\n1.春风动力年产15万台摩托车扩能项目：建设单位为浙江春风动力股份有限公司，位于临平经开区。\n"
            "2.西奥电梯智能制造基地：建设单位为杭州西奥电梯有限公司。\n六、强化政策和要素保障\n")
    document = document_from_text(text, doc_id="d")
    paths = [section.path_str for section in document.sections]
    assert "五、提升现代服务业发展能级 / (三)现代农业 / 专栏4-1 “十四五”重点产业项目 / 2.西奥电梯智能制造基地" in paths, paths
    _, edges = extract_graph([document])
    assert not [edge for edge in edges if edge.type.value == "IN_CHAIN" and edge.target == "IndustryChain:现代农业"
                and edge.source != "IndustryChain:现代农业"], edges


def test_a_street_after_a_park_in_an_address_is_the_street() -> None:
    """澄锐精密二期项目位于江阴临港经济开发区申港街道: the park and the street 申港街道 (港 of its name had closed a weak
    Project 江阴临港经济开发区申港), and the works lie in the street."""
    nodes, edges = series_graph("江阴市\n\n澄锐精密二期项目位于江阴临港经济开发区申港街道，总投资约18亿元。\n")
    assert names_of(nodes, "Park") == {"江阴临港经济开发区"} and "申港街道" in names_of(nodes, "Town"), nodes.keys()
    assert ("Project:澄锐精密二期", "LOCATED_IN", "Town:申港街道") in edges, edges


def test_a_short_form_with_its_trade_words_contracted() -> None:
    """兴澄特钢 of 江阴兴澄特种钢铁有限公司 (特钢 of 特种钢铁) is the firm: its place and its phase's builder (the form,
    in all three texts of a 江阴市 series, had named nothing)."""
    _, edges = series_graph("江阴市\n\n江阴兴澄特种钢铁有限公司是中信特钢最大的生产基地。兴澄特钢位于夏港街道。兴澄特钢二期项目开工。\n")
    assert {("Enterprise:江阴兴澄特种钢铁有限公司", "LOCATED_IN", "Town:夏港街道"),
            ("Enterprise:江阴兴澄特种钢铁有限公司", "DEVELOPS", "Project:兴澄特钢二期")} <= edges, edges


def test_firms_listed_after_a_list_of_chains_are_in_none_of_them() -> None:
    """形成了A、B、C、D四大主导产业，拥有X、Y等龙头企业: which firm is in which chain the sentence does not say (each had
    been put in all four); the park is in all four, and X、Y等企业…发展A及B产业 still puts X and Y in A and B."""
    _, edges = series_graph("江阴市\n\n近年来，临港开发区形成了特钢新材料、化工新材料、高端装备、现代物流四大主导产业，拥有江阴兴澄特种钢铁有限公司、"
                            "江苏澄星磷化工股份有限公司等龙头企业。\n")
    chained = {(source, target) for source, kind, target in edges if kind == "IN_CHAIN"}
    assert not [pair for pair in chained if pair[0].startswith("Enterprise:")], chained
    assert len([pair for pair in chained if pair[0].startswith("Park:")]) == 4, chained
    _, edges = series_graph("北辰区\n\n发挥天津甲乙科技有限公司、天津丙丁电子有限公司等企业先发优势，积极发展电子信息、人工智能及"
                            "工业互联网产业。\n")
    chained = {(source, target) for source, kind, target in edges if kind == "IN_CHAIN"}
    assert ("Enterprise:天津甲乙科技有限公司", "IndustryChain:人工智能") in chained, chained


def test_goals_and_schedules_are_no_stage_reached() -> None:
    """确保A年内封顶、B开工，C竣工投产 (C to be in operation: planned; …，推动D竣工投产 still under way); an item's schedule
    after the document's date (X：…2023年开工，2025年投产 in 2021) is planned; 完成站前工程 and 完成货物吞吐量 complete
    nothing, and a clause of another subject gives the sentence's first works no stage."""
    stages = stages_of("江阴市政府工作报告\n来源：江阴市人民政府 2021-01-10\n确保长电微电子项目一期年内主体结构封顶，双良新能源装备智能制造产业园一期竣工投产，"
                       "推动锡华轨交装备产业园一期竣工投产。\n3.金发新材料PDH二期：新建60万吨/年丙烷脱氢装置，2023年开工，2025年投产。\n"
                       "南沿江城际铁路江阴段完成站前工程。\n江阴港完成货物吞吐量3.1亿吨，江苏江阴港港口集团股份有限公司与"
                       "上海国际港务（集团）股份有限公司签署战略合作协议。\n")
    assert stages.get("双良新能源装备智能制造产业园一期") == "planned" and stages.get("金发新材料PDH二期") == "planned", stages
    assert stages.get("锡华轨交装备产业园一期") == "under_construction", stages
    assert stages.get("南沿江城际铁路江阴段") is None and stages.get("江阴港") is None, stages


def test_progress_words_of_zhejiang_notices() -> None:
    """实验楼主体结构已全部结顶 (结顶: 封顶) is under construction; 已于2024年交付使用 in operation."""
    stages = stages_of("镇海区重点工程推进情况\n来源：镇海区人民政府 2025-03-01\n甬江实验室一期实验楼主体结构已全部结顶。天安云谷三期已于2024年6月交付使用。\n")
    assert stages == {"甬江实验室一期": "under_construction", "天安云谷三期": "in_operation"}, stages


def test_a_zones_body_written_with_its_short_form_is_the_body() -> None:
    """宁波石化经济技术开发区（以下简称“宁波石化区”） and its 管委会 written both ways: one Organization (two series had two)."""
    nodes, _ = extract_graph([document_from_text(
        "镇海区绿色石化\n\n宁波石化经济技术开发区（以下简称“宁波石化区”）规划面积56平方公里。宁波石化经济技术开发区管委会主任王建峰出席。"
        "由区经信局和宁波石化区管委会组成服务专班。\n", doc_id="d")])
    bodies = {node.name: set(node.aliases) for node in nodes if node.label.value == "Organization" and "委员会" in node.name}
    assert list(bodies) == ["宁波石化经济技术开发区管理委员会"] and "宁波石化区管委会" in bodies["宁波石化经济技术开发区管理委员会"], bodies


def test_a_box_after_a_box_closes_it_with_its_items() -> None:
    """专栏4-1 with items 1. 2., then 专栏4-2 with its own 1.: two boxes side by side, each with its items (the second is
    no item of the first's), and the next (四) closes them."""
    document = document_from_text("规划\n\n五、提升能级\n（三）现代农业。做优特色农业。\n专栏4-1 重点产业项目\n1.甲项目：位于临平。\n"
                                  "2.乙项目：位于临平。\n专栏4-2 重点基础设施项目\n1.丙工程：位于临平。\n（四）现代服务业。做强服务业。\n", doc_id="d")
    paths = [section.path_str for section in document.sections]
    assert paths[-3:] == ["五、提升能级 / (三)现代农业 / 专栏4-2 重点基础设施项目",
                          "五、提升能级 / (三)现代农业 / 专栏4-2 重点基础设施项目 / 1.丙工程", "五、提升能级 / (四)现代服务业"], paths


def test_a_former_name_of_any_legal_form_joins() -> None:
    """A former name ending 有限责任公司 another text writes is the renamed firm too (the first version read only names
    ending 有限公司 or 股份公司)."""
    texts = ["江阴市\n\n江阴澄星实业有限责任公司在临港街道投资建设年产5万吨电子级磷酸项目。\n",
             "江阴市企业动态\n\n江苏澄星磷化工股份有限公司（原江阴澄星实业有限责任公司）今年完成更名。\n"]
    nodes, _ = extract_graph([document_from_text(text, doc_id=f"d{i}") for i, text in enumerate(texts)])
    firms = {node.name: set(node.aliases) for node in nodes if node.label.value == "Enterprise"}
    assert firms == {"江苏澄星磷化工股份有限公司": {"江阴澄星实业有限责任公司"}}, firms
