"""Rules of the thirty-sixth session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph

# -- indicators -------------------------------------------------------------------------------------------------------


def _targets(text: str) -> dict[str, dict]:
    """The SETS_TARGET properties of ``text``'s graph, by indicator."""
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {e.target.removeprefix("Indicator:"): e.properties for e in edges if e.type.value == "SETS_TARGET"}


def test_a_level_risen_to_with_its_own_year() -> None:
    """由2016年的780亿元增加到2020年的1050亿元: 2020's level, reported in a 2021 report (the measure had been missed,
    the year between the verb and the value hiding the verb); a plan's 提升至2025年底的85% is 2025's goal."""
    report = _targets("某区2021年政府工作报告\n来源：某区人民政府 2021-02-01\n过去五年，全区地区生产总值由2016年的780亿元"
                      "增加到2020年的1050亿元，年均增长6.1%。\n")
    assert (report["地区生产总值"]["baseline"], report["地区生产总值"]["baseline_year"]) == ("1050", 2020), report
    assert "target_value" not in report["地区生产总值"]
    plan = _targets("某区“十四五”规划纲要\n来源：某区人民政府 2021-03-01\n“十四五”时期，常住人口城镇化率由2020年底的78%"
                    "提升至2025年底的85%。\n")
    rate = plan["常住人口城镇化率"]
    assert (rate["baseline"], rate["baseline_year"], rate["target_value"], rate["target_year"]) == ("78", 2020, "85", 2025)


def test_a_level_risen_to_the_year_a_year_end_text_reports() -> None:
    """A December 2025 report's 由2020年的62.1亿元增加到2025年的81.5亿元: the year's result, no goal."""
    found = _targets("在区委全体会议上的报告\n来源：某区融媒体中心 发布日期：2025年12月29日\n一般公共预算收入由2020年的62.1亿元"
                     "增加到2025年的81.5亿元。\n")["一般公共预算收入"]
    assert (found["baseline"], found["baseline_year"]) == ("81.5", 2025) and "target_value" not in found, found
