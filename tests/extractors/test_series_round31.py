"""Rules of the thirty-first session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import names_of, series_graph


def _stages(text: str) -> dict[str, str | None]:
    """The stage the document's MENTIONS give each project of ``text``."""
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {e.target.removeprefix("Project:"): e.properties.get("stage") for e in edges
            if e.type.value == "MENTIONS" and e.source == "Document:t" and e.target.startswith("Project:")}


def test_planning_before_natural_resources_is_inside_the_bodys_name() -> None:
    """区规划自然资源分局 (规划 with no 和): 规划 is a stop word before a name, not inside this body's."""
    nodes, _ = series_graph("北京市大兴区工程建设项目审批改革\n\n区规划自然资源分局负责用地审批。北京市规划自然资源委员会印发通知。"
                            "天津市规划和自然资源局北辰分局批复方案。\n")
    organizations = names_of(nodes, "Organization")
    assert {"大兴区规划自然资源分局", "北京市规划自然资源委员会", "天津市规划和自然资源局北辰分局"} <= organizations, organizations
    assert "自然资源分局" not in organizations and "大兴区自然资源分局" not in organizations, organizations


def test_a_bureau_written_in_short_joins_its_full_name_under_the_city() -> None:
    """区科委 beside 北京市大兴区科学技术委员会, 北辰区文旅局 beside 天津市北辰区文化和旅游局: one body each (a core of two
    characters left after the district, 科委, is read too)."""
    daxing = names_of(series_graph("大兴区科技创新工作\n\n北京市大兴区科学技术委员会召开会议。区科委负责项目申报。\n")[0],
                      "Organization")
    assert "北京市大兴区科学技术委员会" in daxing and "大兴区科委" not in daxing, daxing
    beichen = names_of(series_graph("北辰区文化旅游工作\n\n天津市北辰区文化和旅游局、北辰区文旅局联合举办活动。\n")[0],
                       "Organization")
    assert "天津市北辰区文化和旅游局" in beichen and "北辰区文旅局" not in beichen, beichen


def test_a_byline_on_the_source_line_is_no_part_of_the_publisher() -> None:
    """来源：长江日报 记者 王晓丹 通讯员 张一鸣 (the spaces are gone in ingest): the paper publishes; the reporters are
    persons, not part of an Organization's name."""
    nodes, edges = series_graph("东西湖区重大项目集中开工\n\n来源：长江日报 记者 王晓丹 通讯员 张一鸣　2025-04-18 09:32\n\n"
                                "4月17日，东西湖区举行重大项目集中开工活动。\n")
    assert names_of(nodes, "Organization") == {"长江日报"}
    assert {"王晓丹", "张一鸣"} <= names_of(nodes, "Person")
    assert [target for _, kind, target in edges if kind == "ISSUED_BY"] == ["Organization:长江日报"]


def test_a_governments_portal_on_the_source_line_is_the_government() -> None:
    """来源：无锡市惠山区人民政府门户网站: the website is no Organization; the government publishes."""
    nodes, edges = series_graph("惠山区政府工作报告（摘要）\n\n来源：无锡市惠山区人民政府门户网站 发布时间：2021-01-22\n\n"
                                "过去一年，惠山区全区上下攻坚克难。\n")
    assert names_of(nodes, "Organization") == {"无锡市惠山区人民政府"}
    assert {target for _, kind, target in edges if kind == "ISSUED_BY"} == {"Organization:无锡市惠山区人民政府"}


def test_a_public_works_bureau_builds_its_table_rows() -> None:
    """建设单位 深圳市龙岗区建筑工务署 (a public-works bureau) and 龙岗区规划土地监察局 are bodies; the bureau builds its rows."""
    nodes, edges = series_graph("龙岗区重大项目\n\n龙岗区规划土地监察局参加会议。\n序号\t项目名称\t建设单位\t建设地点\t总投资（亿元）\n"
                                "1\t大运新城综合交通枢纽工程\t深圳市龙岗区建筑工务署\t龙城街道\t16.3\n")
    assert {"深圳市龙岗区建筑工务署", "龙岗区规划土地监察局"} <= names_of(nodes, "Organization")
    assert ("Organization:深圳市龙岗区建筑工务署", "DEVELOPS", "Project:大运新城综合交通枢纽") in edges
