"""Golden tests of project stages (extractors/stages.py), on clauses and on the real corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.pipeline import extract
from extractors.stages import stage_mentions, stage_of
from kg.ingest import read_document
from schema import Label, Mention, Stage

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"

CLAUSES = [
    ("尽快启动爱旭科技、SMC二期建设", Stage.STARTING),
    ("推动西门子、SMC二期等项目竣工投产", Stage.UNDER_CONSTRUCTION),  # pushed on to its end: under way
    ("与投资方正式签约", Stage.SIGNED),
    ("项目主体结构封顶", Stage.UNDER_CONSTRUCTION),
    ("项目已全面建成", Stage.COMPLETED),
    ("新政务服务中心投入使用", Stage.IN_OPERATION),
    ("谋划储备一批重大项目", Stage.PLANNED),
    ("进一步提升发展质量", None),
    ("预计年底投产", None),
    ("项目正式落户开发区", Stage.SIGNED),
    ("启动前期工作", Stage.PLANNED),
    # a goal word far before the verb is no goal of it (较预计工期: than the planned schedule)
    ("较预计工期提前3个月建成投产", Stage.IN_OPERATION),
    # a goal word anywhere before the verb, a date between them or not
    ("华北新材料项目预计2024年6月底前竣工投产", None),
    ("力争于2025年底前全面建成投产", None),
    ("将于2023年底开工建设", None),
    ("有望在今年年底实现投产", None),
    ("较预计提前建成投产", Stage.IN_OPERATION),
    ("计划于2020年开工的一期已于2021年建成投产", Stage.IN_OPERATION),
    # design work is a plan, unless the clause gives another stage
    ("完成京滨高铁北辰站及周边重点区域城市方案设计", Stage.PLANNED),
    ("完成方案设计和施工图设计", Stage.PLANNED),
    ("开展方案设计", Stage.PLANNED),
    ("完成方案设计并正式开工", Stage.STARTING),
    ("开工建设并完成施工图设计", Stage.STARTING),
    ("完成设计方案、预计2025年6月全面开工", Stage.PLANNED),
    ("按照规划设计方案建成投用", Stage.IN_OPERATION),  # 投用: put into use (sixteenth session)
    ("优化设计方案后顺利通车", Stage.IN_OPERATION),
    # the steps before the works (the 芜湖市 and 成都天府国际生物城 probes)
    ("芜湖轨道交通1号线北延工程完成可研批复", Stage.PLANNED),
    ("已完成土地摘牌", Stage.PLANNED),
    ("完成可研批复并开工建设", Stage.STARTING),
    ("S224省道张浦段改扩建工程完成征地拆迁", Stage.PLANNED),
    # a works' end the plan makes sure of, or urges on to within the year, is not reached (the 张浦镇 probe)
    ("确保捷安特智能制造基地二期年内投产", None),
    ("确保年内建成投用", None),
    ("加快年内投产", None),
    ("年内建成投产", None),  # a deadline is a goal (the 鄞州区 and 双流区 probes)
    ("6月底前竣工投产", None),
    ("已于2023年底前建成投产", Stage.IN_OPERATION),
    ("推动项目竣工投产", Stage.UNDER_CONSTRUCTION),  # urged on to its end: under way (NOTES 14: the current stage)
    # the main structure done is under construction; what follows once it is done is no stage (the 长丰县 probe)
    ("主体完工", Stage.UNDER_CONSTRUCTION),
    ("主体工程竣工验收，正在进行设备调试", Stage.UNDER_CONSTRUCTION),
    ("建成后将形成年产5GW的生产能力", None),
    # 完成 a step of the works is no completed project (the 张浦镇 probe)
    ("昆山宏图新材料科技有限公司高性能复合材料项目完成设备安装", Stage.UNDER_CONSTRUCTION),
    ("完成投资12亿元", None),
    ("完成主体结构施工", Stage.UNDER_CONSTRUCTION),
    # 计划 before a date is a goal (the 肥东县 press-conference probe); 按计划, 原计划 are none
    ("龙兴大道东延工程计划10月底建成通车", None),
    ("按计划建成投产", Stage.IN_OPERATION),
    ("原计划10月建成，已于9月建成投产", Stage.IN_OPERATION),
]


@pytest.mark.parametrize(("clause", "stage"), CLAUSES, ids=[c[0] for c in CLAUSES])
def test_stage_of_clause(clause: str, stage: Stage | None) -> None:
    assert stage_of(clause) == stage


@pytest.mark.parametrize(("sentence", "project", "stage"), [
    # a goal word before the project governs the list it stands in
    ("力争江铜华北二期、精雕数控等20余个项目竣工投产。", "江铜华北二期", None),
    ("北辰有望借助京滨城际铁路北辰站与陆路港构成的“双枢纽”带动都市圈建设。", "京滨城际铁路北辰站", None),
    # an estimated cost is no goal
    ("预计总投资10亿元的光华国际学校建成投用。", "光华国际学校", Stage.IN_OPERATION),
    # urging a project on to its end (the 长沙经开区 probe's 2024 plan; 002's 加快地铁4号线竣工建设): under way, no end
    # reached (a goal word, 确保, gives none)
    ("加快湖南三安半导体二期投产。", "湖南三安半导体二期", Stage.UNDER_CONSTRUCTION),
    ("确保京东方星沙智造基地竣工。", "京东方星沙智造基地", None),
    ("加快地铁4号线竣工建设。", "地铁4号线", Stage.UNDER_CONSTRUCTION),
    ("比亚迪二期已建成投产。", "比亚迪二期", Stage.IN_OPERATION),
])
def test_stage_of_a_project_in_its_sentence(sentence: str, project: str, stage: Stage | None) -> None:
    start = sentence.index(project)
    mention = Mention(label=Label.PROJECT, text=project, name=project, start=start, end=start + len(project), rule="t")
    found = {s.stage for s in stage_mentions(sentence, [mention])}
    assert found == ({stage} if stage else set())


def _smc_stages(prefix: str) -> tuple[str | None, set[Stage]]:
    path = next(RAW.glob(f"{prefix}_*.txt"))
    doc = read_document(path, root=RAW)
    return doc.date, {s.stage for s in extract(doc).stages if s.project == "SMC二期"}


def test_corpus_001_smc_phase_two_is_starting() -> None:
    date, stages = _smc_stages("001")
    assert date == "2020-01-18"
    assert stages == {Stage.STARTING}


def test_corpus_003_smc_phase_two_is_pushed_on_to_its_end() -> None:
    """003's 2022 tasks: 推动西门子、SMC二期等项目竣工投产, the works under way (it had read as in operation)."""
    _, stages = _smc_stages("003")
    assert stages == {Stage.UNDER_CONSTRUCTION}


def test_the_clauses_after_a_back_reference_stage_the_project_named_before() -> None:
    """肥东县 probe: 该项目…上月已签约 and 该项目去年12月竣工，今年2月已正式投产 had staged no project."""
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    text = ("肥东县发布会\n\n二是推动华拓精密轴承产业基地尽快落地，该项目由华拓精密机械（合肥）有限公司投资，总投资30亿元，上月已签约。"
            "中科明远氢能装备制造项目进展顺利，该项目去年12月竣工，今年2月已正式投产。")
    stages = {(s.project, s.stage) for s in extract(document_from_text(text, doc_id="r")).stages
              if s.rule == "clause.back_reference"}
    assert stages == {("华拓精密轴承产业基地", Stage.SIGNED), ("中科明远氢能装备制造项目", Stage.IN_OPERATION)}


def test_a_years_work_plan_gives_its_projects_no_stage() -> None:
    """张浦镇 probe: 重点推进…项目开工建设 in the 2024 plan had replaced the 签约 the 2023 summary reports."""
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    text = ("昆山市张浦镇2023年工作总结和2024年工作计划\n\n一、2023年工作总结\n\n苏州瑞泰半导体装备有限公司晶圆清洗设备项目正式签约落户。\n\n"
            "二、2024年工作计划\n\n重点推进苏州瑞泰半导体装备有限公司晶圆清洗设备项目开工建设。\n")
    stages = [(s.project, s.stage) for s in extract(document_from_text(text, doc_id="m")).stages]
    assert stages == [("苏州瑞泰半导体装备有限公司晶圆清洗设备", Stage.SIGNED)]


@pytest.mark.parametrize(("sentence", "project", "stage"), [
    # the thirteenth session's probes (a zone's profile, a transport plan, a listed company's announcement)
    ("到2021年底，南大干线二期已完成工程量的72%。", "南大干线二期", "under_construction"),  # a share of the works: under way
    ("开展莲花山过江通道前期研究。", "莲花山过江通道", "planned"),
    ("公司拟在合肥新站高新区投资建设新型显示光学膜材料生产基地。", "新型显示光学膜材料生产基地", "planned"),  # intended: to be built (plan wording)
    ("蔚蓝动力新能源汽车电驱系统项目总投资32亿元，位于殷巷智能制造产业园，已于2024年12月竣工投产。",
     "蔚蓝动力新能源汽车电驱系统项目", "in_operation"),  # the later clauses of the sentence it opens
    ("紫金山实验室二期已完成土建工程，正在进行设备安装。", "紫金山实验室二期", "under_construction"),
    ("推动颐海国际复合调味料智能工厂项目建成投产、新希望乳业数字化工厂开工建设。", "颐海国际复合调味料智能工厂",
     Stage.UNDER_CONSTRUCTION),
])
def test_round13_stages(sentence: str, project: str, stage: str | None) -> None:
    from kg.ingest import document_from_text

    ex = extract(document_from_text("标题\n\n" + sentence + "\n", doc_id="s"))
    assert project in {m.name for m in ex.mentions}
    assert {s.stage.value for s in ex.stages if s.project == project} == ({stage} if stage else set())


def test_a_place_written_before_an_urged_project_keeps_the_urging_before_the_verb() -> None:
    """萧山区 series: 推动瓜沥七彩未来社区二期建成交付 (a task; 瓜沥 is the town's short form, apart from the name) had
    read as completed: it is under way; the same words without the urging are completed."""
    from kg.ingest import document_from_text

    text = ("萧山区2023年政府工作报告\n\n瓜沥镇、衙前镇加快发展。推动瓜沥七彩未来社区二期建成交付，新建未来社区10个。"
            "瓜沥七彩未来社区一期建成交付。\n")
    ex = extract(document_from_text(text, doc_id="x"))
    assert {"七彩未来社区一期", "七彩未来社区二期"} <= {m.name for m in ex.mentions if m.label == Label.PROJECT}
    assert {(s.project, s.stage) for s in ex.stages} == {("七彩未来社区一期", Stage.COMPLETED),
                                                       ("七彩未来社区二期", Stage.UNDER_CONSTRUCTION)}


@pytest.mark.parametrize(("sentence", "stage"), [
    ("三星电机车载多层陶瓷电容器扩产项目年底竣工。", None),  # by the year's end: a goal (a plan's sentence)
    ("三星电机车载多层陶瓷电容器扩产项目年底前竣工。", None),
    ("三星电机车载多层陶瓷电容器扩产项目于2022年底竣工。", "completed"),  # on a date: done
    ("截至年底，三星电机车载多层陶瓷电容器扩产项目已竣工。", "completed"),
])
def test_the_years_end_before_a_verb_is_a_deadline(sentence: str, stage: str | None) -> None:
    from kg.ingest import document_from_text

    ex = extract(document_from_text("标题\n\n" + sentence + "\n", doc_id="s"))
    project = "三星电机车载多层陶瓷电容器扩产项目"
    assert project in {m.name for m in ex.mentions}
    assert {s.stage.value for s in ex.stages if s.project == project} == ({stage} if stage else set())
