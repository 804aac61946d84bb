"""Rules of the thirty-seventh session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from tests.extractors.series_graphs import names_of, pairs_of, series_graph, stages_of

# -- persons and offices ----------------------------------------------------------------------------------------------


def test_a_title_serving_as_joint_leader_names_no_person() -> None:
    """由区委书记、区长任双组长: the titles serve as the group's joint leaders (任双 had been a person holding both)."""
    nodes, _ = series_graph("关于成立领导小组的通知\n来源：蜀山区人民政府办公室 2021-05-10\n成立蜀山区重点产业链链长制工作领导小组，"
                            "由区委书记、区长任双组长，区委副书记任第一副组长。副区长张明任常务副组长。\n")
    assert names_of(nodes, "Person") == {"张明"}, names_of(nodes, "Person")


def test_a_party_department_written_bare_after_its_standing_members_title() -> None:
    """区委常委、宣传部部长赵敏: the head of the district's 区委宣传部 (the office had been lost: 部长 needs its body)."""
    nodes, edges = series_graph("链长制工作方案\n来源：蜀山区人民政府办公室 2021-05-10\n区委常委、宣传部部长赵敏，区委常委、组织部部长"
                                "李俊参加会议。\n")
    offices = pairs_of(edges, "HOLDS_OFFICE")
    assert ("Person:赵敏", "Organization:蜀山区委宣传部") in offices, offices
    assert ("Person:李俊", "Organization:蜀山区委组织部") in offices, offices
    assert "Organization:宣传部" not in nodes


# -- names ------------------------------------------------------------------------------------------------------------


# -- chains -----------------------------------------------------------------------------------------------------------


# -- policies ---------------------------------------------------------------------------------------------------------


# -- stages -----------------------------------------------------------------------------------------------------------


# -- indicators -------------------------------------------------------------------------------------------------------


def _targets(text: str) -> dict[str, dict]:
    """The SETS_TARGET properties of ``text``'s graph, by indicator."""
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {e.target.removeprefix("Indicator:"): e.properties for e in edges if e.type.value == "SETS_TARGET"}


# -- documents --------------------------------------------------------------------------------------------------------


def test_a_zhejiang_surname() -> None:
    """市政协主席楼春燕: 楼 is a surname (the person had been missed)."""
    nodes, _ = series_graph("义乌市政府工作报告\n来源：义乌市人民政府办公室 发布日期：2021-03-02\n市政协主席楼春燕出席会议。\n")
    assert "Person:楼春燕" in nodes, names_of(nodes, "Person")


# -- relations --------------------------------------------------------------------------------------------------------


