"""Rules from the seventeenth session's series probes: a step before or of the works that 完成 completes is no
completed project (东丽区); a zone's block named like a county is no county (萧山区)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text


def _stages(sentence: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text(f"东丽区重点项目建设情况\n\n{sentence}\n", doc_id="r"))
    return {(s.project, s.stage.value) for s in ex.stages}


@pytest.mark.parametrize("sentence", [
    "曙光二期完成规划审批。",  # approvals, a site study, a project's approval: the works are still to come
    "东丽医院迁址新建项目完成选址论证。",
    "天津钢管高端油井管智能化改造项目完成立项。",
    "海信家电空调智能制造基地扩建项目完成规划报建。",
])
def test_a_step_before_the_works_completes_nothing(sentence: str) -> None:
    assert not {stage for _, stage in _stages(sentence)} & {"completed", "in_operation"}


def test_a_step_of_the_works_done_before_the_verb_completes_nothing() -> None:
    found = _stages("天津滨海国际机场三期改扩建工程T3航站楼桩基施工全部完成，正在进行主体结构施工。")
    assert found == {("天津滨海国际机场三期改扩建工程", "under_construction")}
    assert ("津塘公路改造提升工程", "completed") in _stages("津塘公路改造提升工程全部完成。")  # the works themselves


def test_a_zones_block_named_like_a_county_is_no_county() -> None:
    # 萧山区: 市北区块 of 萧山经开区 had made Qingdao's 市北区 the place of the project
    ex = extract(document_from_text("萧山区重点项目建设情况\n\n长川科技集成电路装备产业化基地位于萧山经开区市北区块。\n",
                                    doc_id="r"))
    assert "市北区" not in {m.name for m in ex.mentions}
    assert ("长川科技集成电路装备产业化基地", "萧山经开区") in {
        (r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}
