"""A registered company written again by its short name (extractors/short_names.py), on sentences of the
probes: the short name is a mention of the registered firm, and the relations of its sentence are the firm's."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from extractors.short_names import RULE, distinctive, short_forms
from kg.ingest import document_from_text
from schema import Extraction


def _extract(text: str) -> Extraction:
    return extract(document_from_text(f"区重点项目建设情况\n\n{text}\n", doc_id="s"))


def _short(text: str) -> list[tuple[str, str]]:
    """(text, name) of each short-name mention."""
    return [(m.text, m.name) for m in _extract(text).mentions if m.rule == RULE]


@pytest.mark.parametrize(("text", "expected"), [
    # 西青区 2021: the report registers both firms, then leans on their short names
    ("天津一汽丰田汽车有限公司新能源汽车产能提升项目启动前期工作。天津力神电池股份有限公司二期项目开工。"
     "依托一汽丰田、力神电池，延伸汽车及新能源汽车产业链。",
     [("一汽丰田", "天津一汽丰田汽车有限公司"), ("力神电池", "天津力神电池股份有限公司")]),
    # 武清区 2024: a town's firm quoted by its brand
    ("天津富士达自行车有限公司二期项目去年7月开工。届时富士达在王庆坨镇的电动自行车年产能将达到200万辆。",
     [("富士达", "天津富士达自行车有限公司")]),
    # a foreign firm's name with its Chinese seat in brackets
    ("诺和诺德(中国)制药有限公司天津工厂由此成为诺和诺德全球最大的胰岛素生产基地之一。",
     [("诺和诺德", "诺和诺德(中国)制药有限公司")]),
])
def test_a_short_name_is_the_registered_firm(text: str, expected: list[tuple[str, str]]) -> None:
    assert _short(text) == expected


def test_the_short_names_sentence_gives_the_firms_relations() -> None:
    # the fifteenth session's 北辰区 probe: SMC在北辰的累计投资 places the firm, not a bare SMC
    ex = _extract("SMC（天津）制造有限公司气动元件智能工厂三期项目总投资20亿元。"
                  "SMC三期建成后，SMC在北辰区的累计投资将超过80亿元。")
    located = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}
    assert ("SMC(天津)制造有限公司", "北辰区") in located
    shorts = [m for m in ex.mentions if m.rule == RULE]
    assert [m.text for m in shorts] == ["SMC"]  # the second: SMC三期 is a phase, no mention of the firm
    assert shorts[0].start > min(m.start for m in ex.mentions if m.text == "SMC三期")


@pytest.mark.parametrize("text", [
    # a place's name opening a firm's name is no short name of it (the 宝坻 probe)
    "北京中关村协同发展投资有限公司共同出资组建。二是看中‘中关村’这块牌子，研发留在北京。",
    # nor a phrase (历城 and 昆山 probes) or a new town's name (相城 probe)
    "济南历城城市更新发展有限公司负责实施。深入实施城市更新行动。",
    "苏州高铁新城国有资产控股(集团)有限公司投资建设。推动苏州相城经济技术开发区与苏州高铁新城联动发展。",
    # the outlet's phase is no mention of the firm that runs it (武清区 2022)
    "天津佛罗伦萨小镇商业管理有限公司投资建设。佛罗伦萨小镇三期于5月1日开业迎客。",
    # a branch's name gives no short name of its parent
    "中国石油化工股份有限公司天津分公司完成检修。石化企业加快转型。",
])
def test_no_short_name(text: str) -> None:
    assert _short(text) == []


def test_a_short_form_two_firms_share_names_neither() -> None:
    text = ("中芯国际集成电路制造(天津)有限公司与中芯国际集成电路制造(北京)有限公司签约。"
            "以中芯国际为链主，引进配套企业10家。")
    assert _short(text) == []


def test_short_forms() -> None:
    assert short_forms("天津力神电池股份有限公司") == ["力神电池", "力神电池股份有限公司"]
    assert short_forms("昆山联滔电子有限公司", ["昆山"]) == ["联滔电子", "联滔电子有限公司"]
    assert short_forms("中芯国际集成电路制造(天津)有限公司")[:1] == ["中芯国际"]  # not 中芯国, no word
    assert "海光信息" in short_forms("海光信息技术股份有限公司")  # 信息技术 is 信息|技术
    assert "铁建重工" in short_forms("中国铁建重工集团股份有限公司")
    assert short_forms("苏州市轨道交通集团有限公司") == []
    assert short_forms("长沙经开区管委会") == []
    assert "经开区" not in short_forms("长沙经开区投资控股有限公司")  # the zone (test_relations_round11)


def test_distinctive() -> None:
    assert [distinctive(f) for f in ("国科微", "SMC", "阿里巴巴", "百济神州", "新城", "中关村", "韩家墅", "阳澄湖")] == \
        [True, True, True, True, False, False, False, False]


def test_a_firm_said_to_be_a_subsidiary_is_no_item_of_the_chain_heading() -> None:
    # synthetic gold s37: under 石化新材料 / 高端化工新材料, 甬兴石化是…的核心子公司 says whose firm it is
    text = ("一、高端化工新材料\n推动浙江甬兴石化有限公司120万吨/年乙烯项目建设。"
            "甬兴石化是中国甬兴控股集团有限公司的核心子公司。")
    ex = extract(document_from_text(f"第一节 做强石化新材料产业链\n{text}\n", doc_id="s"))
    assert ("甬兴石化", "浙江甬兴石化有限公司") in [(m.text, m.name) for m in ex.mentions if m.rule == RULE]
    assert not [r for r in ex.relations if r.type.value == "IN_CHAIN" and r.source.label.value == "Enterprise"]
