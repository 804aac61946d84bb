"""Rules of the twenty-seventh session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from tests.extractors.series_graphs import pairs_of, series_graph


def test_a_company_set_up_with_anothers_money_is_its_subsidiary() -> None:
    _, edges = series_graph(
        "北辰区招商引资\n\n天津立达精密机械有限公司系江苏立达控股集团有限公司独资设立，主要生产汽车零部件。"
        "天津华宇新材料有限公司是由浙江华宇化工集团有限公司投资设立的高新技术企业。"
        "天津北辰城市建设有限公司是天津北辰投资集团有限公司成立的第一家平台企业。\n")
    subsidiaries = pairs_of(edges, "SUBSIDIARY_OF")
    assert subsidiaries == {("Enterprise:天津立达精密机械有限公司", "Enterprise:江苏立达控股集团有限公司"),
                            ("Enterprise:天津华宇新材料有限公司", "Enterprise:浙江华宇化工集团有限公司")}


def test_an_appointment_notice_names_its_persons_in_lists_and_after_the_name() -> None:
    nodes, edges = series_graph(
        "北辰区人民政府关于任免工作人员的通知\n\n经研究决定，任命：\n张建国为北辰区商务局局长；\n李红为北辰区教育局副局长。\n"
        "免去：\n王振宇的北辰区商务局局长职务。\n\n区人大常委会决定任命赵立新同志为北辰区副区长。"
        "经区委研究，孙浩同志担任北辰区科学技术局局长。这是全体同志任务艰巨的一年。\n")
    offices = pairs_of(edges, "HOLDS_OFFICE")
    assert offices == {("Person:张建国", "Organization:北辰区商务局"), ("Person:李红", "Organization:北辰区教育局"),
                       ("Person:赵立新", "Region:北辰区"), ("Person:孙浩", "Organization:北辰区科学技术局")}
    assert "Person:王振宇" in nodes  # named, and holding the office no longer
    assert not [n for n in nodes if n.startswith("Person:") and "同志" in n or n == "Person:全体"]


def test_a_name_before_tongzhi_or_yuanshi_is_a_person_and_a_role_or_a_crowd_is_none() -> None:
    nodes, _ = series_graph(
        "北辰区表彰大会\n\n会议由李明同志主持，王建华同志作工作报告。追授张国强同志优秀共产党员称号，请王芳同志发言。"
        "全体同志、广大同志、老同志要向他们学习，有关负责同志、主要领导同志出席。同志们！"
        "广州实验室由钟南山院士担任主任，引进张伯礼院士团队，中国工程院院士、两院院士出席。\n")
    persons = {n for n in nodes if n.startswith("Person:")}
    assert persons == {"Person:李明", "Person:王建华", "Person:张国强", "Person:王芳", "Person:钟南山", "Person:张伯礼"}


def test_a_name_taking_a_post_after_a_function_word_keeps_two_characters() -> None:
    nodes, _ = series_graph("北辰区防汛工作\n\n区防汛指挥部由王建华同志任总指挥，赵明和孙立同志任副总指挥。\n")
    persons = {n for n in nodes if n.startswith("Person:")}
    assert {"Person:王建华", "Person:孙立"} <= persons and "Person:和孙立" not in persons
