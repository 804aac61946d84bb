"""Rules from the twenty-third session: verbs of meetings before a name, rivers written with a town's short
form, and the series probes of 江宁区, 北仑区 and 武清区."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from schema import Node


def _graph(text: str) -> tuple[dict[str, Node], set[tuple[str, str, str]]]:
    nodes, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {n.id: n for n in nodes}, {(e.source, e.type.value, e.target) for e in edges if e.type.value != "MENTIONS"}


def test_a_meeting_convened_on_projects_names_no_project() -> None:
    nodes, _ = _graph("包河区重点项目推进会召开\n\n3月12日，包河区召开重点项目推进会。"
                      "区长王伟主持召开高新区建设推进会，听取天津新松机器人项目汇报。\n")
    assert not [n for n in nodes if "召开" in n or "主持" in n or "听取" in n]
    assert "Project:天津新松机器人项目" in nodes


def test_a_river_written_with_a_towns_short_form_is_no_town() -> None:
    river, _ = _graph("包河区水环境治理\n\n包河区加快南淝河沿线综合整治。\n")
    assert "Town:淝河镇" not in river
    _, edges = _graph("包河区水环境治理\n\n包河区加快南淝河沿线综合整治。淝河镇完成农村人居环境整治。\n")
    assert ("Town:淝河镇", "PART_OF", "Region:包河区") in edges


def test_a_short_form_in_bare_brackets_is_the_firms_alias() -> None:
    nodes, edges = _graph("包河区项目\n\n安徽智驭汽车电子有限公司（安徽智驭）新建年产50万套智能座舱项目，安徽智驭计划年内投产。"
                          "中国石油化工股份有限公司（中石化）与包河区签约，中石化将建设加氢站。"
                          "华为技术有限公司（深圳）参加，深圳代表团到访。\n")
    assert nodes["Enterprise:安徽智驭汽车电子有限公司"].aliases == ["安徽智驭"]
    assert nodes["Enterprise:中国石油化工股份有限公司"].aliases == ["中石化"]
    assert not nodes["Enterprise:华为技术有限公司"].aliases
    assert ("Enterprise:安徽智驭汽车电子有限公司", "DEVELOPS", "Project:年产50万套智能座舱项目") in edges
