"""Works named only by what they are, built by a company the sentence names (extractors/built_works.py): the
synthetic passages' sentences (s09, s22, s23) and sentences where no company builds them."""

from __future__ import annotations

import pytest

from tests.extractors.test_names import names


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("济南三涧溪农业发展有限公司成立于2018年。村党委书记张晓东说，下一步三涧溪农业将与山东农业大学合作建设大葱良种繁育基地。",
         "大葱良种繁育基地"),
        ("沈阳北方微纳装备股份有限公司落户浑南。北方微纳则与东北大学合作，在科技城建设刻蚀装备中试线。", "刻蚀装备中试线"),
        ("云南彩云花卉交易有限公司投资建设交易中心；彩云花卉还与云南省农业科学院合作，在七甸街道建设新品种繁育基地。",
         "新品种繁育基地"),
    ],
)
def test_works_a_named_company_builds_are_projects(text: str, project: str) -> None:
    assert ("Project", project) in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "支持企业建设智能工厂，鼓励龙头企业建设中试线。",  # no company of the text
        "沈阳北方微纳装备股份有限公司落户浑南。全区将建设刻蚀装备中试线。",  # the company is not in the sentence
        "北方微纳则与东北大学合作，在科技城建设刻蚀装备中试线。",  # no full name: 北方微纳 is no known company
    ],
)
def test_works_no_named_company_builds_are_no_projects(text: str) -> None:
    assert not {name for label, name in names(text) if label == "Project" and name.endswith(("工厂", "中试线"))}


def test_the_company_cooperating_builds_what_the_next_clause_builds() -> None:
    """s22: X与Y合作，在Z建设W — X develops W; Y cooperates with X (and does not develop W)."""
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    ex = extract(document_from_text("沈阳北方微纳装备股份有限公司落户浑南。北方微纳则与东北大学合作，在科技城建设刻蚀装备中试线。",
                                    doc_id="t"))
    got = {(r.type.value, r.source.name, r.target.name) for r in ex.relations}
    assert ("DEVELOPS", "沈阳北方微纳装备股份有限公司", "刻蚀装备中试线") in got
    assert ("COOPERATES_WITH", "沈阳北方微纳装备股份有限公司", "东北大学") in got
    assert ("DEVELOPS", "东北大学", "刻蚀装备中试线") not in got
