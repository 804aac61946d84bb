"""Stages found in the sixteenth session's series probes (three texts each about 西青区, 宁乡市, 黄埔区 and 武清区
over three years): the words a later year's text says a project runs with, and a part of the works done."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text


def _stages(sentence: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text(f"西青区重大项目竣工投产\n\n{sentence}\n", doc_id="r"))
    return {(s.project, s.stage.value) for s in ex.stages}


@pytest.mark.parametrize(("sentence", "project", "stage"), [
    ("西青医院新院区同日正式投用，新增床位800张。", "西青医院新院区", "in_operation"),
    ("宁乡市人民医院新院区9月正式启用。", "宁乡市人民医院新院区", "in_operation"),
    ("粤芯半导体12英寸集成电路生产线二期实现满产运行。", "粤芯半导体12英寸集成电路生产线二期", "in_operation"),
    # 江宁区, 昆山市, 滨海新区: full output, a trial run, a tunnel or track through (half the track laid is no end)
    ("德普电气扩产项目全面达产。", "德普电气扩产项目", "in_operation"),
    ("科森科技新能源汽车精密结构件项目6月起进入试生产阶段。", "科森科技新能源汽车精密结构件项目", "in_operation"),
    ("地铁B1线一期工程实现全线洞通。", "地铁B1线一期", "under_construction"),
    ("Z4线一期工程铺轨完成过半。", "Z4线一期", "under_construction"),
    # 昆山市: the project is its clause's topic, the next clause says how far it is
    ("位于玉山镇的市中医医院迁建工程，主体结构已于6月全面封顶，目前正在进行机电安装。", "市中医医院迁建工程",
     "under_construction"),
])
def test_stages_of_the_series_probes(sentence: str, project: str, stage: str | None) -> None:
    assert (project, stage) in _stages(sentence)


def test_a_project_that_is_a_verbs_object_takes_no_stage_from_the_next_clause() -> None:
    # the corpus's 依托北辰文化遗产保护中心，推进大运河保护与开发 and 落实…“8421”工程，建成…体系 stage nothing
    assert not _stages("依托北辰文化遗产保护中心，推进大运河保护与开发。")
    assert not _stages("支持阿里巴巴（中国）有限公司与县农业农村局共建安吉数字乡村服务中心，建设白茶产业大脑。")


def test_a_part_of_the_works_done_is_no_project_and_completes_none() -> None:
    # 宁乡市: 完成路基工程的70% had made the Project 路基工程, completed, and the road's works completed with it
    sentence = "319国道改线工程完成路基工程的70%，预计2024年底建成。"
    ex = extract(document_from_text(f"宁乡市重点项目建设综述\n\n{sentence}\n", doc_id="r"))
    assert not [m for m in ex.mentions if m.name == "路基工程"]
    assert not [s for s in ex.stages if s.stage.value == "completed"]


def _developers(sentence: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text(f"长沙县人民政府工作报告\n\n{sentence}\n", doc_id="r"))
    return {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "DEVELOPS"}


@pytest.mark.parametrize(("sentence", "developer", "project"), [
    # 长沙县: the group's name inside a phase's base is the group's, whether the text names it in full or not
    ("三一集团智联重卡二期建成投产。", "三一集团", "三一集团智联重卡二期"),
    ("三一集团有限公司加快推进。三一集团智联重卡二期建成投产。", "三一集团有限公司", "三一集团智联重卡二期"),
    ("SMC二期竣工投产。", "SMC", "SMC二期"),
    # 黄埔区, 滨海新区: a brand and its works before the phase make no firm
    ("乐金显示OLED模组二期实现量产。", None, "乐金显示OLED模组二期"),
    ("天津港北疆港区C段二期开工建设。", None, "天津港北疆港区C段二期"),
])
def test_the_firm_of_a_phase_is_its_brand_or_group(sentence: str, developer: str | None, project: str) -> None:
    built = {d for d, p in _developers(sentence) if p == project}
    assert built == ({developer} if developer else set())


def test_firms_leading_a_chain_whose_output_is_counted_anchor_it() -> None:
    # 长沙县: 中联重科 is one dictionary word (a brand), and the chain named in the indicator's name had been lost
    ex = extract(document_from_text("长沙县人民政府工作报告\n\n以三一、中联重科、铁建重工、山河智能为龙头的工程机械产业集群"
                                    "产值突破1500亿元。\n", doc_id="c"))
    chained = {r.source.name for r in ex.relations if r.type.value == "IN_CHAIN" and r.target.name == "工程机械"}
    assert chained == {"三一", "中联重科", "铁建重工", "山河智能"}
    assert "工程机械产业集群产值" in {m.name for m in ex.mentions if m.label.value == "Indicator"}


def test_a_firm_signing_an_agreement_for_works_develops_them() -> None:
    # 宁乡市 and 长沙县: X与P签订Y项目投资协议 had given Y no developer
    found = _developers("广东华耀电器集团有限公司与宁乡经开区签订华耀智能厨电产业园项目投资协议。")
    assert ("广东华耀电器集团有限公司", "华耀智能厨电产业园") in found
    assert not _developers("广东华耀电器集团有限公司与宁乡经开区签订战略合作协议，共建华耀智能厨电产业园。") \
        & {("广东华耀电器集团有限公司", "宁乡经开区")}
