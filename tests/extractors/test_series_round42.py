"""Rules of the forty-second session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import names_of, pairs_of, series_graph, stages_of

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


# -- developers --------------------------------------------------------------------------------------------------------


def test_a_box_items_title_then_who_builds_it() -> None:
    """1. X工程：由Y负责实施, （三）X二期：由Y建设运营: Y develops X (the colon after the item's title had hidden the works)."""
    _, edges = series_graph("滨江区数字经济规划\n来源：杭州市滨江区人民政府 2021-09-16\n1. supOS工业互联网平台推广工程：由浙江中控技术股份有限公司负责"
                            "实施，总投资3.5亿元。\n（三）城市大脑滨江平台二期：由杭州市滨江区数据资源管理局建设运营，已竣工。\n")
    assert pairs_of(edges, "DEVELOPS") == {("Enterprise:浙江中控技术股份有限公司", "Project:supOS工业互联网平台推广工程"),
                                           ("Organization:杭州市滨江区数据资源管理局", "Project:城市大脑滨江平台二期")}, edges


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


# -- policies and projects ---------------------------------------------------------------------------------------------


def test_a_quoted_system_and_a_campaign_written_two_ways() -> None:
    """坚持“链长制”工作机制 names 链长制 (链长制工作机制 before), and “凤凰行动” beside “凤凰行动”计划 is one policy (two before)."""
    nodes, _ = series_graph("滨江区上市企业新闻\n来源：杭州日报 2023-08-22\n四、政策加码：“凤凰行动”双轮驱动\n滨江深入实施浙江省“凤凰行动”计划。坚持"
                            "“链长制”工作机制，由区级领导担任链长。\n")
    assert names_of(nodes, "Policy") == {"凤凰行动计划", "链长制"}, names_of(nodes, "Policy")
