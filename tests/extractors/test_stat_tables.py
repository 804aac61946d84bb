"""Statistical tables (指标 / 单位 / 1—10月 / 同比增长(%)): every row is an indicator with its reported value, growth,
period and year (the 顺德区 monthly brief and the 江宁开发区 profile of the thirteenth session)."""

from __future__ import annotations

from extractors.pipeline import extract
from extractors.stat_tables import read_stat_table
from kg.ingest import document_from_text

BRIEF = """2023年1—10月顺德区经济运行简况
来源：佛山市顺德区统计局　发布日期：2023年11月24日

　　1—10月，全区经济运行总体平稳。
　　附表：1—10月全区主要经济指标
指标\t单位\t1—10月\t同比增长(%)
规模以上工业增加值\t亿元\t2076.35\t5.2
　其中：先进制造业增加值\t亿元\t1301.87\t6.4
固定资产投资\t—\t—\t8.9
　　　　房地产开发投资\t—\t—\t-9.7
居民消费价格指数(CPI)\t%\t100.3\t0.3
　　注：本表增长速度按可比价计算。
"""

PROFILE = """南京江宁经济技术开发区简介

　　开发区坚持创新驱动，经济保持平稳增长。
指标名称\t单位\t2024年完成\t同比增长（%）
实际使用外资\t亿美元\t6.8\t2.1
高新技术企业数\t家\t1680\t11.2
"""


def _targets(text: str) -> dict[str, dict[str, object]]:
    ex = extract(document_from_text(text, doc_id="s"))
    return {r.target.name: r.properties for r in ex.relations
            if r.type.value == "SETS_TARGET" and r.rule == "indicator.stat_table"}


def test_each_row_reports_its_value_growth_period_and_the_titles_year() -> None:
    found = _targets(BRIEF)
    assert found["规模以上工业增加值"] == {"unit": "亿元", "baseline": "2076.35", "growth": "5.2",
                                          "period": "1—10月", "baseline_year": 2023}
    assert found["先进制造业增加值"]["baseline"] == "1301.87"  # 其中： opens the row, not the name
    assert found["房地产开发投资"] == {"growth": "-9.7", "period": "1—10月", "baseline_year": 2023}  # no level given
    assert found["居民消费价格指数(CPI)"]["unit"] == "%"
    assert "注" not in "".join(found)


def test_a_value_columns_year_dates_the_rows() -> None:
    found = _targets(PROFILE)
    assert found["实际使用外资"] == {"unit": "亿美元", "baseline": "6.8", "growth": "2.1", "baseline_year": 2024}
    assert found["高新技术企业数"]["baseline"] == "1680"


def test_a_table_without_a_growth_column_or_names_is_no_statistical_table() -> None:
    document = document_from_text("标题\n\n说明文字。\n项目名称\t建设单位\t建设地点\n某某大厦\t某公司\t某街道\n", doc_id="p")
    assert all(read_stat_table(t, document.text) == [] for t in document.tables)
    plan = document_from_text("规划\n\n指标\t单位\t2020年\t2025年\t属性\n常住人口\t万人\t90\t105\t预期性\n", doc_id="q")
    assert not [r for r in extract(plan).relations if r.rule == "indicator.stat_table"]  # a plan table's row


REPORT = """关于西青区2023年计划执行情况与2024年计划草案的报告

　　2024年主要预期目标如下。
指标名称\t单位\t2023年完成\t2024年目标
地区生产总值增速\t%\t4.8\t5左右
城镇居民人均可支配收入\t万元\t5.26\t与经济增长同步
城镇登记失业率\t%\t3.2\t4以内
国家高新技术企业数量\t家\t1056\t1150
"""


def test_a_plan_reports_table_gives_each_row_the_year_done_and_the_goal() -> None:
    # B (西青区's plan execution report): no nature and no growth column, a column done and one of the goal
    found = _targets(REPORT)
    assert found["地区生产总值"] == {"unit": "%", "baseline": "4.8", "baseline_year": 2023, "change": "增长",
                                    "target_value": "5左右", "target_year": 2024}  # 增速 in % is the measure's growth
    assert found["城镇居民人均可支配收入"] == {"unit": "万元", "baseline": "5.26", "baseline_year": 2023}  # a goal in words
    assert found["城镇登记失业率"]["target_value"] == "4以内"
    assert found["国家高新技术企业数量"]["target_value"] == "1150"
