"""Plan wording stages a project ``planned`` (NOTES 14): a construction verb before it in its clause, a year after
the document's, or 将; what the text tells done, going on, urged on or reviewed keeps its stage."""

from __future__ import annotations

import pytest

from tests.extractors.series_graphs import stages_of as _stages


@pytest.mark.parametrize(("text", "project", "stage"), [
    # the verb before the project: to be built
    ("建成仓前街道文一西路延伸段，启动东西大道西延工程前期工作。", "仓前街道文一西路延伸段", "planned"),
    ("支持佛山顺科厨电科技有限公司建设顺科厨电智能工厂。", "顺科厨电智能工厂", "planned"),
    ("同步实施安亭北站站前广场、墨玉路下穿通道和安亭P+R停车场。", "墨玉路下穿通道", "planned"),
    ("柯美数码将投资6.8亿元建设柯美数码印花二期。", "柯美数码印花二期", "planned"),
    # what is told done, going on or urged on keeps its stage
    ("文二路快速化改造工程已建成通车。", "文二路", "in_operation"),
    ("加快建设武进区城市污水处理厂四期。", "武进区城市污水处理厂四期", "under_construction"),
    ("云南彩云花卉交易有限公司投资建设的彩云花卉数字化交易中心于2021年12月投入运营。", "彩云花卉数字化交易中心",
     "in_operation"),
    ("开工建设天津市第一中学西青学校。", "天津市第一中学西青学校", "starting"),
    # a builder's relative clause before the project: the later clauses tell how it went on
    ("今年6月，楚风汽车电子与武汉理工大学签约；其控股子公司武汉楚风智驾科技有限公司投资9亿元的楚风智驾域控制器生产基地"
     "落户园区东振村地块，目前正在进行厂房主体施工，预计2024年一季度投产。", "楚风智驾域控制器生产基地", "under_construction"),
])
def test_a_clause_stages_its_project(text: str, project: str, stage: str) -> None:
    assert _stages("某区2022年政府工作报告\n来源：某区人民政府  2022-01-10\n\n" + text + "\n")[project] == stage


def test_a_year_after_the_documents_is_planned_and_a_review_keeps_what_was_done() -> None:
    text = ("某区“十四五”规划\n来源：某区人民政府  2021-06-01\n\n第一章 发展基础\n\n建成地铁21号线。\n\n"
            "第二章 主要任务\n\n建成轨道交通6号线二期。2022年完成滆湖退圩还湖二期工程。\n")
    stages = _stages(text)
    assert stages["地铁21号线"] == "completed"
    assert stages["轨道交通6号线二期"] == "planned"
    assert stages["滆湖退圩还湖二期"] == "planned"


def test_each_lead_stages_its_own_projects_up_to_the_next_lead() -> None:
    stages = _stages("江宁区重大项目集中签约开工\n来源：江宁区人民政府  2023-02-16\n\n"
                     "签约项目中，南京禄智低空飞行器有限公司eVTOL总装项目落户禄口街道。开工项目中，宁睿智能电网产业园三期、"
                     "江宁区人民医院湖熟院区等项目备受关注。\n")
    assert stages["南京禄智低空飞行器有限公司eVTOL总装"] == "signed"
    assert stages["宁睿智能电网产业园三期"] == "starting" and stages["江宁区人民医院湖熟院区"] == "starting"
