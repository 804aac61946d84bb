"""Tests of extractors.policy_links: policy issuers, drafters, the own title, reported targets."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text
from schema import Extraction, RelType


def run(text: str) -> Extraction:
    return extract(document_from_text(text, doc_id="t"))


def facts(ex: Extraction, rel: RelType) -> set[tuple[str, str]]:
    return {(r.source.name, r.target.name) for r in ex.relations if r.type == rel}


def test_policy_issued_by_the_body_that_prints_it() -> None:
    ex = run("日前，宜昌市夷陵区人民政府印发《夷陵区现代物流业发展三年行动计划》，提出加快建设物流枢纽。")
    assert ("夷陵区现代物流业发展三年行动计划", "宜昌市夷陵区人民政府") in facts(ex, RelType.ISSUED_BY)


def test_policy_issued_by_the_body_its_title_names() -> None:
    ex = run("认真落实《国务院办公厅关于加快发展保障性租赁住房的意见》，扩大租赁住房供给。")
    assert ("国务院办公厅关于加快发展保障性租赁住房的意见", "国务院办公厅") in facts(ex, RelType.ISSUED_BY)


def test_document_drafters_and_source_line() -> None:
    ex = run("为推动物流业发展，夷陵区商务局会同夷陵区交通运输局制定本方案。\n加快建设物流园区。\n(来源：三峡日报)")
    issued = facts(ex, RelType.ISSUED_BY)
    assert ("t", "夷陵区商务局") in issued
    assert ("t", "夷陵区交通运输局") in issued


def test_own_title_is_not_cited() -> None:
    ex = run("夷陵区物流业“十四五”发展规划\n第一章 总体要求\n全面落实《湖北省物流业发展规划》，加快发展。")
    cites = facts(ex, RelType.CITES)
    assert ("t", "湖北省物流业发展规划") in cites
    assert not any(target == "夷陵区物流业十四五发展规划" for _, target in cites)


def test_reported_target_goes_to_the_policy() -> None:
    ex = run("近日，宜昌市夷陵区人民政府印发《夷陵区现代物流业发展三年行动计划》。《计划》提出，到2025年，"
             "全区社会物流总额达到 800 亿元。")
    targets = facts(ex, RelType.SETS_TARGET)
    assert any(s == "夷陵区现代物流业发展三年行动计划" for s, _ in targets), targets
    assert not any(s == "t" for s, _ in targets)


def test_reported_policy_cites_what_it_names() -> None:
    ex = run("会议审议通过的《2021年黄冈市乡村振兴重点任务》强调，深入实施乡村振兴战略，持续推进河长制。")
    cites = facts(ex, RelType.CITES)
    assert ("2021年黄冈市乡村振兴重点任务", "乡村振兴战略") in cites
    assert ("2021年黄冈市乡村振兴重点任务", "河长制") in cites
