"""Rules from the twenty-second session: a park named after its brand and two industries
(大寺新能源汽车及储能产业园), and the series probes of 望城区, 即墨区 and 萧山区."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import series_graph


def test_a_park_of_two_industries_keeps_its_brand_and_both() -> None:
    nodes, edges = series_graph("西青区园区建设\n\n西青经济技术开发区下辖赛达工业园和大寺新能源汽车及储能产业园。"
                          "目前，大寺新能源汽车及储能产业园已集聚天津卓能电池科技有限公司等企业16家。"
                          "推动新能源汽车及储能产业发展。\n")
    park = "Park:大寺新能源汽车及储能产业园"
    assert park in nodes and "Park:储能产业园" not in nodes
    assert not [n for n in nodes if n.endswith("大寺新能源汽车")]
    assert (park, "PART_OF", "Park:西青经济技术开发区") in edges
    assert ("Enterprise:天津卓能电池科技有限公司", "LOCATED_IN", park) in edges


def test_a_group_investing_in_a_company_is_no_part_of_its_name() -> None:
    nodes, edges = series_graph("西青区2023年政府工作报告\n\n韩国晓星集团追加投资建设晓星化纤（天津）有限公司二期项目。\n")
    assert {"Enterprise:韩国晓星集团", "Enterprise:晓星化纤(天津)有限公司", "Project:晓星化纤(天津)有限公司二期"} <= set(nodes)
    assert not [n for n in nodes if "追加投资" in n]
    assert ("Enterprise:晓星化纤(天津)有限公司", "DEVELOPS", "Project:晓星化纤(天津)有限公司二期") in edges


def test_a_chain_is_named_as_written_unless_the_text_writes_its_taxonomy_name() -> None:
    nodes, _ = series_graph("望城区2023年统计公报\n\n全区重点发展的食品医药、有色金属精深加工、电子信息、智能装备制造等产业集群加快壮大。"
                      "做强文化旅游产业，做强高端装备产业。\n")
    chains = {n for n in nodes if n.startswith("IndustryChain:")}
    assert {"IndustryChain:食品医药", "IndustryChain:有色金属精深加工", "IndustryChain:文化旅游",
            "IndustryChain:高端装备"} <= chains
    assert not chains & {"IndustryChain:医药", "IndustryChain:现代医药", "IndustryChain:休闲旅游",
                         "IndustryChain:高端装备制造"}


def test_a_taxonomy_alias_takes_the_canonical_name_its_text_writes() -> None:
    nodes, _ = series_graph("北辰区规划\n\n做强高端装备制造产业。推动高端装备企业集聚。发展休闲旅游产业，做强旅游产业。\n")
    assert "高端装备" in nodes["IndustryChain:高端装备制造"].aliases
    assert "旅游" in nodes["IndustryChain:休闲旅游"].aliases


def test_a_list_verb_or_a_broad_class_alone_is_no_compound_chain() -> None:
    nodes, _ = series_graph("区报告\n\n制定高端装备制造、新一代信息技术等9条重点产业链工作方案。重点投向网络安全、大健康等领域。"
                      "围绕食品医药、电子信息四大主导产业强链补链。\n")
    chains = {n for n in nodes if n.startswith("IndustryChain:")}
    assert {"IndustryChain:高端装备制造", "IndustryChain:网络安全", "IndustryChain:食品医药"} <= chains
    assert not [n for n in chains if n.startswith(("IndustryChain:制定", "IndustryChain:投向"))]


def test_a_subsidiary_written_after_its_parents_suoshu_is_named_alone() -> None:
    nodes, edges = series_graph("望城区签约\n\n三一集团有限公司所属湖南三一智慧新能源设备有限公司投资9亿元建设风电智能装备生产基地。\n")
    firm = "Enterprise:湖南三一智慧新能源设备有限公司"
    assert firm in nodes and not [n for n in nodes if "所属" in n]
    assert (firm, "SUBSIDIARY_OF", "Enterprise:三一集团有限公司") in edges


def test_firms_in_general_working_with_a_list_of_universities_are_no_organization() -> None:
    nodes, edges = series_graph("即墨区若干措施\n\n支持企业与山东大学、中国海洋大学等高校院所共建研发机构。"
                          "鼓励企业加强与浙江大学、西湖大学等高校院所的产学研合作。\n")
    assert {"Organization:山东大学", "Organization:中国海洋大学", "Organization:浙江大学", "Organization:西湖大学"} <= set(nodes)
    assert not [n for n in nodes if n.startswith("Organization:企业")]


def test_places_before_dengdi_are_no_firms() -> None:
    nodes, _ = series_graph("施建华赴瓜沥、临浦、义桥等地调研重点企业\n\n6月9日，区长施建华赴瓜沥镇、临浦镇、义桥镇调研。\n")
    assert {"Town:瓜沥镇", "Town:临浦镇", "Town:义桥镇"} <= set(nodes)
    assert not [n for n in nodes if n.startswith("Enterprise:")]


def test_a_table_unit_the_vocabulary_lacks_is_no_indicator_name() -> None:
    nodes, _ = series_graph("萧山区规划\n\n表1 主要指标\n指标\t单位\t2020年\t2025年\t属性\n"
                      "智能制造产业增加值\t亿元\t412.5\t700\t预期性\n工业机器人密度\t台/万人\t168\t300\t预期性\n"
                      "规上工业亩均税收\t万元/亩\t31.2\t40\t预期性\n单位工业增加值能耗下降\t%\t—\t【16】\t约束性\n")
    assert {"Indicator:工业机器人密度", "Indicator:规模以上工业亩均税收", "Indicator:单位工业增加值能耗下降"} <= set(nodes)
    assert not [n for n in nodes if n.startswith("Indicator:") and "/" in n]


def test_two_fields_joined_by_yu_stay_inside_a_name() -> None:
    nodes, _ = series_graph("望城区统计公报\n\n湖南澳优食品与营养研究院有限公司、长沙旺旺食品有限公司等龙头企业产值增长。"
                      "湖南大学经济与贸易学院、中南大学冶金与环境学院等8家单位参加。区政府与中国科学院沈阳自动化研究所合作。\n")
    assert {"Enterprise:湖南澳优食品与营养研究院有限公司", "Organization:湖南大学经济与贸易学院",
            "Organization:中南大学冶金与环境学院", "Organization:中国科学院沈阳自动化研究所"} <= set(nodes)
    assert not {"Enterprise:营养研究院有限公司", "Organization:贸易学院", "Organization:环境学院"} & set(nodes)
    assert not [n for n in nodes if "政府与" in n]


def test_a_brand_opening_with_ji_after_its_city_or_a_full_stop_keeps_it() -> None:
    nodes, _ = series_graph("即墨区\n\n青岛即发集团股份有限公司是龙头企业。即发集团加快发展。一条高速即津雄高速。\n")
    assert "即发集团" in nodes["Enterprise:青岛即发集团股份有限公司"].aliases
    assert "Project:津雄高速" in nodes and not [n for n in nodes if n.startswith("Enterprise:发集团")]


def test_a_route_from_a_town_to_a_town_keeps_both() -> None:
    nodes, edges = series_graph("望城区项目\n\n推进乔口镇至靖港镇旅游公路建设。\n")
    road = "Project:乔口镇至靖港镇旅游公路"
    assert road in nodes and {(road, "LOCATED_IN", "Town:乔口镇"), (road, "LOCATED_IN", "Town:靖港镇")} <= edges


def test_a_village_before_cunban_is_the_village_alone() -> None:
    nodes, edges = series_graph("萧山区调研\n\n浙江航民股份有限公司由瓜沥镇航民村村办企业发展而来。航民股份是印染龙头企业。\n")
    assert ("Village:航民村", "PART_OF", "Town:瓜沥镇") in edges and "Village:航民村村" not in nodes
    assert "航民股份" in nodes["Enterprise:浙江航民股份有限公司"].aliases  # a province before a firm's brand


def test_run_in_chain_headings_chain_their_paragraph_and_a_parent_heading_is_none() -> None:
    nodes, edges = series_graph("即墨经济开发区简介\n\n三、主导产业及产业链\n\n（一）汽车产业链。园区已集聚一汽解放青岛汽车有限公司等整车企业。\n"
                          "（二）现代纺织服装产业链。园区内有青岛即发集团股份有限公司等骨干企业。\n")
    assert ("Enterprise:一汽解放青岛汽车有限公司", "IN_CHAIN", "IndustryChain:汽车") in edges
    assert ("Enterprise:青岛即发集团股份有限公司", "IN_CHAIN", "IndustryChain:现代纺织服装") in edges
    assert not [n for n in nodes if n.startswith("IndustryChain:主导")]


def test_a_profile_pages_figures_are_what_the_zone_has() -> None:
    text = ("青岛即墨经济开发区简介\n来源：青岛即墨经济开发区管理委员会  2024-03-15\n\n"
            "园区整车产能达到110万辆，本地配套率提高到38%。到2026年，整车产能达到150万辆。\n")
    nodes, edges = extract_graph([document_from_text(text, doc_id="t")])
    figures = [e.properties for e in edges if e.type.value == "SETS_TARGET" and e.target == "Indicator:整车产能"]
    assert figures and figures[0]["baseline"] == "110" and figures[0]["baseline_year"] == 2024
    assert figures[0]["target_value"] == "150" and figures[0]["target_year"] == 2026
    rate = [e.properties for e in edges if e.type.value == "SETS_TARGET" and e.target == "Indicator:本地配套率"]
    assert rate and rate[0]["baseline"] == "38" and "target_value" not in rate[0]


def test_works_beside_their_committee_are_a_zone_in_every_document(tmp_path) -> None:
    from kg.pipeline import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("望城区统计公报\n\n铜官循环经济工业基地完成规模以上工业总产值285.3亿元。\n",
                                           encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("望城区签约\n\n拥有国家级望城经济技术开发区和铜官循环经济工业基地两大产业平台。"
                                           "由区商务局、铜官循环经济工业基地管委会牵头。\n", encoding="utf-8")
    build(tmp_path / "in", tmp_path / "out", cache=False)
    nodes = (tmp_path / "out" / "nodes.jsonl").read_text(encoding="utf-8")
    assert '"id":"Park:铜官循环经济工业基地"' in nodes and "Project:铜官循环经济工业基地" not in nodes
    assert '"id":"Park:望城经济技术开发区"' in nodes and "Park:国家级望城经济技术开发区" not in nodes


def test_long_project_names_keep_a_series_an_integration_and_a_second_industry() -> None:
    nodes, edges = series_graph("望城区签约\n\n深圳市德方纳米科技股份有限公司签约德方纳米新型磷酸盐系正极材料项目，总投资60亿元。"
                          "湖南中科电气股份有限公司投资18亿元建设中科电气锂电负极材料一体化基地二期。"
                          "湖南九典制药股份有限公司投资10.5亿元建设九典制药创新药及高端制剂产业园。该企业系中芯国际子公司。\n")
    assert ("Enterprise:湖南中科电气股份有限公司", "DEVELOPS", "Project:中科电气锂电负极材料一体化基地二期") in edges
    assert ("Enterprise:湖南九典制药股份有限公司", "DEVELOPS", "Park:九典制药创新药及高端制剂产业园") in edges
    assert "Project:德方纳米新型磷酸盐系正极材料项目" in nodes
    assert not [n for n in nodes if "系中芯" in n]


def test_a_titles_edition_note_is_no_part_of_the_policy() -> None:
    nodes, edges = series_graph("双流区计划\n\n严格执行《成都市双流区重大项目全生命周期服务管理办法（试行）》，落实《某区投资管理办法（暂行）》"
                          "和《某区支持政策（2024年版）》。\n")
    for name in ("成都市双流区重大项目全生命周期服务管理办法", "某区投资管理办法", "某区支持政策"):
        assert ("Document:t", "CITES", f"Policy:{name}") in edges


def test_a_numbered_signing_list_is_no_run_of_headings() -> None:
    text = ("吴江区重大项目集中签约\n\n11月14日，吴江区重大项目集中签约活动举行。\n"
            "1.恒力集团有限公司投资36亿元，建设恒力（苏州）智能纺织产业园二期项目，落户盛泽镇；\n"
            "2.苏州桃源新材料科技有限公司投资4.3亿元，建设年产8万吨高性能锦纶切片项目，落户桃源镇。\n"
            "东华大学与吴江区签署合作协议。\n")
    document = document_from_text(text, doc_id="t")
    assert not document.sections
    _, edges = series_graph(text)
    assert not [e for e in edges if e[0] == "Organization:东华大学" and e[1] == "LOCATED_IN"]


def test_a_word_after_a_titled_name_is_no_third_character() -> None:
    nodes, edges = series_graph("包河区\n\n副区长刘洋多次到企业调研。华骐汽车董事长王毅告诉记者，项目进展顺利。区长陈晓东介绍情况。\n")
    assert {"Person:刘洋", "Person:王毅", "Person:陈晓东"} <= set(nodes)
    assert not {"Person:刘洋多", "Person:王毅告"} & set(nodes)
    assert ("Person:刘洋", "HOLDS_OFFICE", "Region:包河区") in edges


def test_a_signing_lists_items_of_one_sentence_are_signed() -> None:
    text = ("吴江区重大项目集中签约\n来源：吴江日报  2024-11-15\n\n活动现场，34个重大项目集中签约，总投资326.8亿元。\n"
            "1.恒力集团有限公司投资36亿元，建设恒力（苏州）智能纺织产业园二期项目，落户盛泽镇；\n"
            "2.苏州桃源新材料科技有限公司投资4.3亿元，建设年产8万吨高性能锦纶切片项目，落户桃源镇。\n")
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    stages = {e.target: e.properties.get("stage") for e in edges if e.type.value == "MENTIONS" and e.source == "Document:t"}
    assert stages["Project:恒力(苏州)智能纺织产业园二期"] == "signed"
    assert stages["Project:年产8万吨高性能锦纶切片项目"] == "signed"


def test_a_name_written_as_another_works_alias_is_that_works(tmp_path) -> None:
    from kg.pipeline import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "双流区2024年重点项目年度计划\n\n力争成都芯谷12英寸特色工艺晶圆制造项目年内签约落地。\n\n"
        "序号\t项目名称\t建设内容及规模\t总投资（亿元）\t业主单位\t所在镇街\n"
        "17\t成都芯谷12英寸特色工艺晶圆制造项目\t建设12英寸特色工艺晶圆生产线\t150\t成都双流产业投资集团有限公司\t西航港街道\n",
        encoding="utf-8")  # the table names it in full, the sentence after its park (成都芯谷 cut off as a place)
    (tmp_path / "in" / "b.txt").write_text("区长专访\n\n三是全力争取成都芯谷12英寸特色工艺晶圆制造项目落地。\n",
                                           encoding="utf-8")
    build(tmp_path / "in", tmp_path / "out", cache=False)
    projects = [line for line in (tmp_path / "out" / "nodes.jsonl").read_text(encoding="utf-8").splitlines()
                if '"label":"Project"' in line]
    assert len(projects) == 1 and "成都芯谷12英寸特色工艺晶圆制造项目" in projects[0]


def test_a_bracketed_zone_a_park_holds_is_named_without_han() -> None:
    nodes, _ = series_graph("双流区计划\n\n按区域分，四川双流经济开发区（含成都芯谷）安排项目41个。含山县经济开发区加快发展。\n")
    assert {"Park:成都芯谷", "Park:四川双流经济开发区", "Park:含山县经济开发区"} <= set(nodes)
    assert "Park:含成都芯谷" not in nodes


def test_a_year_opening_an_answer_dates_its_figures() -> None:
    text = ("专访双流区区长\n来源：川观新闻  2024-02-20\n\n问：2023年双流经济发展交出了一份怎样的答卷？\n"
            "答：2023年，面对复杂严峻的外部环境，经济运行稳中有进。全年实现地区生产总值1342.6亿元，同比增长6.8%；"
            "规模以上工业增加值增长9.1%。\n问：今年的目标是什么？\n答：今年全区规模以上工业增加值增长8%以上。\n")
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    figures = {e.target: e.properties for e in edges if e.type.value == "SETS_TARGET"}
    assert figures["Indicator:地区生产总值"]["baseline"] == "1342.6" and figures["Indicator:地区生产总值"]["baseline_year"] == 2023
    industry = figures["Indicator:规模以上工业增加值"]
    assert (industry["baseline"], industry["baseline_year"]) == ("9.1", 2023)
    assert (industry["target_value"], industry["target_year"]) == ("8以上", 2024)


def test_a_firms_investment_then_its_works_in_the_next_clause_is_a_develops() -> None:
    _, edges = series_graph("吴江区重大项目集中签约\n\n活动现场，34个重大项目集中签约。\n"
                      "1.恒力集团有限公司投资36亿元，建设恒力（苏州）智能纺织产业园二期项目，落户盛泽镇；\n"
                      "2.苏州桃源新材料科技有限公司投资4.3亿元，建设年产8万吨高性能锦纶切片项目，落户桃源镇。\n"
                      "华为公司投资10亿元，在南京设立研究所。\n")
    assert ("Enterprise:恒力集团有限公司", "DEVELOPS", "Project:恒力(苏州)智能纺织产业园二期") in edges
    assert ("Enterprise:苏州桃源新材料科技有限公司", "DEVELOPS", "Project:年产8万吨高性能锦纶切片项目") in edges


def test_a_middle_dot_joins_a_brand_and_a_name_but_not_a_quoted_slogan() -> None:
    nodes, edges = series_graph("吴江区签约\n\n华润置地（苏州）有限公司投资26亿元，建设华润万象汇·吴江太湖新城商业综合体项目，落户松陵街道。"
                          "湘江智谷·望城人工智能产业园项目已完成桩基施工。加快建设“湘江西岸明珠·省会北部新城”。\n")
    works = "Project:华润万象汇·吴江太湖新城商业综合体"
    assert works in nodes and "Park:湘江智谷·望城人工智能产业园" in nodes
    assert ("Enterprise:华润置地(苏州)有限公司", "DEVELOPS", works) in edges
    assert not [n for n in nodes if "湘江西岸明珠" in n]


def test_an_official_industry_category_is_named_whole() -> None:
    nodes, _ = series_graph("2024年1—9月吴江区经济运行情况\n\n计算机、通信和其他电子设备制造业产值628.9亿元，增长11.3%；"
                      "电气机械和器材制造业产值412.5亿元，增长8.7%。\n")
    assert {"Indicator:计算机、通信和其他电子设备制造业产值", "Indicator:电气机械和器材制造业产值"} <= set(nodes)
    assert not {"Indicator:其他电子设备制造业产值", "Indicator:器材制造业产值"} & set(nodes)


def test_verbs_glued_before_names_open_none() -> None:
    nodes, _ = series_graph("包河区\n\n包河区地处合肥滨湖科学城核心区。区长赴重庆华骐集团考察。项目经省政府批准。地铁线路设置义城站。"
                      "6.8平方公里纳入开发区。\n")
    assert {"Enterprise:重庆华骐集团", "Project:义城站"} <= set(nodes)
    assert not [n for n in nodes if any(w in n for w in ("地处", "赴重庆", "经省", "设置", "纳入"))]
