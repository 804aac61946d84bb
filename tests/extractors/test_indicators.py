"""Golden tests of kg_indicators: flattened tables, sentences, and the real corpus."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import spacy

from extractors.base import init_doc
from extractors.indicator_tables import TableVocab, read_table
from extractors.indicators import IndicatorFinder
from kg.ingest import document_from_text, read_document
from schema import Cell, Document, Label, RelationMention, RelType, Table

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
NLP = spacy.blank("zh")


@lru_cache(maxsize=1)
def finder() -> IndicatorFinder:
    return IndicatorFinder()


def targets(document: Document) -> list[RelationMention]:
    doc = finder()(init_doc(NLP.make_doc(document.text), document))
    return [r for r in doc._.kg_relations if r.type == RelType.SETS_TARGET]


@lru_cache(maxsize=None)
def corpus(prefix: str) -> Document:
    return read_document(next(RAW.glob(f"{prefix}_*.txt")), root=RAW)


def table_of(lines: list[str]) -> tuple[str, Table]:
    """A table flattened one cell per line, with exact offsets."""
    cells, at = [], 0
    for line in lines:
        cells.append(Cell(text=line, start=at, end=at + len(line)))
        at += len(line) + 1
    return "\n".join(lines), Table(start=0, end=at - 1, cells=tuple(cells))


POPULATION = ["领域", "序号", "2020", "2025", "属性", "人口", "发展", "1", "常住人口数量(万人)", "90.96",
              "105", "预期性", "2", "常住人口城镇化率%", "90.4", "91.80", "预期", "就业", "创业", "3",
              "新增就业人数(万人)", "【9.8】", "10", "预期性"]
URBAN = ["指标", "类别", "序号", "指 标", "单位", "“十三五”", "基期情况", "“十四五”", "发展目标", "性质",
         "2020", "2025", "城镇化水平", "1", "居民人均可支配收入增长", "%", "-", "与经济增长", "基本同步",
         "预期性", "2", "PM2.5", "年均浓度", "μg/m³", "49", "43", "约束性"]
#: A 单位 column holding units the vocabulary lacks, and a five-year sum in 〔〕 (the 番禺区 and 历城区 probes).
UNITS = ["序号", "指标名称", "单位", "2020年", "2025年", "属性", "1", "既有住宅加装电梯", "部", "96", "120", "预期性",
         "2", "道路交通事故万车死亡率", "人/万车", "1.6", "〔1.4〕", "约束性"]
#: A category column before the names and a yearly growth column after the years (the 滨海新区 series probe).
GROWTH = ["类别", "指标", "2020年", "2025年", "年均增长(%)", "属性", "经济发展", "地区生产总值(亿元)", "5731", "—", "6左右",
          "预期性", "创新驱动", "每万人口高价值发明专利拥有量(件)", "12.6", "22", "—", "预期性"]
CREDIT = ["维度", "指标", "2025年目标", "属性", "信用", "监管", "严重失信事件发生率", "≦0.01%", "约束性",
          "信息化基础", "信用信息归集数量", "1000万条", "预期性"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (POPULATION, [
            ("常住人口数量", {"unit": "万人", "baseline_year": 2020, "baseline": "90.96", "target_year": 2025,
                        "target_value": "105", "nature": "预期性", "field": "人口发展"}),
            ("常住人口城镇化率", {"unit": "%", "baseline_year": 2020, "baseline": "90.4", "target_year": 2025,
                          "target_value": "91.80", "nature": "预期性", "field": "人口发展"}),
            ("新增就业人数", {"unit": "万人", "baseline_year": 2020, "baseline": "9.8", "target_year": 2025,
                        "target_value": "10", "nature": "预期性", "field": "就业创业", "cumulative": True}),
        ]),
        (URBAN, [
            ("居民人均可支配收入增长", {"unit": "%", "target_year": 2025, "target_value": "与经济增长基本同步",
                             "nature": "预期性", "field": "城镇化水平"}),
            ("PM2.5年均浓度", {"unit": "μg/m³", "baseline_year": 2020, "baseline": "49", "target_year": 2025,
                           "target_value": "43", "nature": "约束性", "field": "城镇化水平"}),
        ]),
        (UNITS, [
            ("既有住宅加装电梯", {"unit": "部", "baseline_year": 2020, "baseline": "96", "target_year": 2025,
                          "target_value": "120", "nature": "预期性"}),
            ("道路交通事故万车死亡率", {"unit": "人/万车", "baseline_year": 2020, "baseline": "1.6", "target_year": 2025,
                             "target_value": "1.4", "nature": "约束性", "cumulative": True}),
        ]),
        (GROWTH, [
            ("地区生产总值", {"unit": "亿元", "baseline_year": 2020, "baseline": "5731", "target_year": 2025,
                        "nature": "预期性", "field": "经济发展", "growth_target": "6左右", "growth_target_year": 2025}),
            ("每万人口高价值发明专利拥有量", {"unit": "件", "baseline_year": 2020, "baseline": "12.6", "target_year": 2025,
                               "target_value": "22", "nature": "预期性", "field": "创新驱动"}),
        ]),
        (CREDIT, [
            ("严重失信事件发生率", {"unit": "%", "target_year": 2025, "target_value": "≦0.01", "nature": "约束性",
                           "field": "信用监管"}),
            ("信用信息归集数量", {"unit": "万条", "target_year": 2025, "target_value": "1000", "nature": "预期性",
                          "field": "信息化基础"}),
        ]),
    ],
)
def test_indicators_table_rows(lines: list[str], expected: list[tuple[str, dict]]) -> None:
    text, table = table_of(lines)
    rows = read_table(table, TableVocab.default())
    assert [(r.name, r.properties()) for r in rows] == expected
    for row in rows:
        assert text[row.name_start:row.name_end].replace("\n", "").replace(" ", "").startswith(row.name)


def test_indicators_table_sets_target_from_document_with_row_evidence() -> None:
    text, table = table_of(POPULATION)
    document = Document(doc_id="t", source_file="t", sha256="", text=text, tables=(table,))
    found = targets(document)
    first = found[0]
    assert (first.source.label, first.source.name, first.target.name) == (Label.DOCUMENT, "t", "常住人口数量")
    assert text[first.start:first.end] == "\n".join(POPULATION[5:12])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022年全区主要预期目标是:地区生产总值增长6.5%,一般公共预算收入增长5%。",
         [("地区生产总值", "6.5", "%", 2022), ("一般公共预算收入", "5", "%", 2022)]),
        ("到2025年,国家高新技术企业达到530家,累计新增就业10万人。",
         [("国家高新技术企业", "530", "家", 2025), ("新增就业", "10", "万人", 2025)]),
        ("到2025年,常住人口达10.7万人。", [("常住人口", "10.7", "万人", 2025)]),
        ("引进首都项目100个以上,建设3所社区微型养老院。", []),
        # round 2: qualifying words stay, scopes go, numbers inside a name stay, 力争 before the verb
        ("到2025年,城镇居民人均可支配收入达到9万元。", [("城镇居民人均可支配收入", "9", "万元", 2025)]),
        ("到2025年,全县高原夏菜种植面积达到50万亩。", [("高原夏菜种植面积", "50", "万亩", 2025)]),
        ("到2025年,轨道交通站点600米覆盖率达到60%。", [("轨道交通站点600米覆盖率", "60", "%", 2025)]),
        ("2023年全年地区生产总值力争增长7.5%。", [("地区生产总值", "7.5", "%", 2023)]),
        ("2023年,12英寸晶圆月产能将达到4万片。", []),
        # ninth session: a verb that compares inside the name stays in it (002: 地表水达到或好于Ⅲ类水体比例)
        ("到2025年,地表水达到或好于Ⅲ类水体比例达到50%。", [("地表水达到或好于Ⅲ类水体比例", "50", "%", 2025)]),
        ("到2025年,出境水质达到或优于Ⅳ类比例达到90%。", [("出境水质达到或优于Ⅳ类比例", "90", "%", 2025)]),
        # tenth session, from a chain plan in 即墨区's wording: a chain's size, an output, an intensity, the
        # count of industrial firms; a count of the things measured opens no name
        ("到2026年,全区四条重点产业链规模突破1500亿元,规上工业企业达到120家。",
         [("重点产业链规模", "1500", "亿元", 2026), ("规模以上工业企业", "120", "家", 2026)]),  # 规上: written short
        ("到2026年,整车产量达到30万辆,全社会研发经费投入强度达到3%。",
         [("整车产量", "30", "万辆", 2026), ("全社会研发经费投入强度", "3", "%", 2026)]),
        ("到2025年,粮食播种面积稳定在100万亩,单位地区生产总值能耗下降3%。",
         [("粮食播种面积", "100", "万亩", 2025), ("单位地区生产总值能耗", "3", "%", 2025)]),
        # several things measured one by one (…两条产业链规模分别…) are no one measure's name
        ("到2026年,新能源汽车、高端装备两条产业链规模分别突破500亿元和300亿元。", []),
        # a floor is a target (不低于, 不少于)
        ("到2025年,公共领域新增车辆中新能源汽车比例不低于90%。", [("公共领域新增车辆中新能源汽车比例", "90", "%", 2025)]),
    ],
)
def test_indicators_sentences(text: str, expected: list[tuple[str, str, str, int]]) -> None:
    found = targets(document_from_text(text, doc_id="s"))
    got = [(r.target.name, r.properties.get("target_value"), r.properties["unit"],
            r.properties.get("target_year")) for r in found]
    assert got == expected


def test_indicators_corpus_002_resident_population() -> None:
    found = [r for r in targets(corpus("002")) if r.target.name == "常住人口数量"]
    sources = {(r.source.label, r.source.name) for r in found}
    assert (Label.DOCUMENT, corpus("002").doc_id) in sources
    assert (Label.POLICY, "北辰区人口发展和高质量公共服务体系建设十四五规划") in sources
    props = found[0].properties
    assert (props["baseline_year"], props["baseline"], props["target_year"], props["target_value"],
            props["unit"], props["nature"]) == (2020, "90.96", 2025, "105", "万人", "预期性")


def test_indicators_corpus_003_gdp_growth() -> None:
    gdp = [r for r in targets(corpus("003")) if r.target.name == "地区生产总值"]
    assert [(r.properties["target_value"], r.properties["unit"], r.properties["target_year"])
            for r in gdp] == [("6.5", "%", 2022)]


def test_indicators_corpus_004_table_uses_2019_base_year() -> None:
    rows = {r.target.name: r.properties for r in targets(corpus("004")) if r.rule == "indicator.table_row"}
    assert rows["市政道路长度"]["baseline_year"] == 2019
    assert rows["市政道路长度"]["unit"] == "公里"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_indicators_corpus_evidence_slices_exactly(prefix: str) -> None:
    document = corpus(prefix)
    doc = finder()(init_doc(NLP.make_doc(document.text), document))
    for m in doc._.kg_mentions:
        assert document.text[m.start:m.end] == m.text
    for r in doc._.kg_relations:
        assert 0 <= r.start < r.end <= len(document.text)
        if r.rule == "indicator.sentence":
            assert r.target.name in document.text[r.start:r.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure written right before its number needs no verb; a capacity stays out
        ("2023年,全县蔬菜外销量40万吨,实现蔬菜产值9.5亿元。", [("蔬菜外销量", "40", "万吨"), ("蔬菜产值", "9.5", "亿元")]),
        ("2023年,该厂年产能30万吨。", []),
        # a stop word inside a vocabulary head does not cut it; 合计 stands before the verb
        # 以内 is kept with the value, as 以上 and 左右 are (控制在5.5%以内: 5.5以内)
        ("到2025年,PM2.5年均浓度控制在30微克/立方米以内。", [("PM2.5年均浓度", "30以内", "微克/立方米")]),
        # a counted set of towns, a market and an old town scope the indicator
        ("到2025年,三镇建成区常住人口合计达到20万人。", [("建成区常住人口", "20", "万人")]),
        ("2023年,周庄古镇接待游客500万人次。", [("接待游客", "500", "万人次")]),
        ("2023年,花木市场交易量达到30亿枝。", [("交易量", "30", "亿枝")]),
    ],
)
def test_round4_indicator_sentences(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = targets(document_from_text(text, doc_id="s"))
    got = [(r.target.name, r.properties.get("target_value") or r.properties.get("baseline"), r.properties["unit"])
           for r in found]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a qualitative target tying a measure to growth (ANNOTATION rule 23: qualitative targets count)
        ("2024年主要预期目标是:城乡居民人均可支配收入与经济增长同步,财政收入稳步增长。",
         [("城乡居民人均可支配收入", "与经济增长同步", 2024)]),
        ("到2030年,全县居民人均可支配收入增长与地区生产总值增长基本同步。",
         [("居民人均可支配收入", "与地区生产总值增长基本同步", 2030)]),
        ("收入分配与经济发展同步推进。", []),
    ],
)
def test_round5_indicator_in_step(text: str, expected: list[tuple[str, str, int]]) -> None:
    found = targets(document_from_text(text, doc_id="s"))
    assert [(r.target.name, r.properties["target_value"], r.properties.get("target_year")) for r in found] == expected


def test_round5_indicator_value_with_a_space_before_its_unit() -> None:
    text = "到2026年,全区软件业务收入占地区生产总值比重提高到 8 % 以上。"
    found = targets(document_from_text(text, doc_id="s"))
    assert [(r.target.name, r.properties["target_value"], r.properties["unit"]) for r in found] == [
        ("软件业务收入占地区生产总值比重", "8以上", "%")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb before the verb is skipped; 城镇 is no town scope; only the full conjunct is named (rule 23)
        ("到2025年,常住人口和户籍人口城镇化率均提高2个百分点。", [("户籍人口城镇化率", "2", "个百分点")]),
        # 均 inside a name stays (人均)
        ("到2025年,农村居民人均可支配收入增长7%。", [("农村居民人均可支配收入", "7", "%")]),
    ],
)
def test_round5_indicator_adverb_and_urban_rate(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = targets(document_from_text(text, doc_id="s"))
    assert [(r.target.name, r.properties["target_value"], r.properties["unit"]) for r in found] == expected


def test_round5_table_row_with_a_written_target() -> None:
    lines = ["指标", "2020年", "2025年", "属性", "公共交通出行分担率(%)", "45", "55", "预期性",
             "单位工业增加值用水量下降(%)", "—", "完成省下达任务", "约束性"]
    _, table = table_of(lines)
    rows = read_table(table, TableVocab.default())
    assert [(r.name, r.properties().get("target_value")) for r in rows] == [
        ("公共交通出行分担率", "55"), ("单位工业增加值用水量下降", "完成省下达任务")]


def test_a_plan_s_period_dates_its_goals_not_what_it_reports() -> None:
    """In a “十四五” plan, a value without a year is a 2025 goal, but a reported one (累计达到) keeps the
    document's year."""
    from extractors.pipeline import extract

    text = ("北辰区科技创新“十四五”规划\n2021年9月1日\n第一章 发展基础\n一、发展现状\n"
            "目前,全区国家级高新技术企业累计达到442家。\n第二章 发展目标\n国家级高新技术企业达到600家。\n")
    document = document_from_text(text, doc_id="plan")
    found = [r.properties for r in extract(document).relations if r.type == RelType.SETS_TARGET]
    assert {p.get("baseline_year") for p in found if "baseline" in p} == {2021}
    assert {p.get("target_year") for p in found if "target_value" in p} == {2025}


@pytest.mark.parametrize(("sentence", "baseline", "target"), [
    ("目前,全区国家级高新技术企业达到442家。", "442", None),
    ("截至目前,全区国家级高新技术企业达到442家,力争“十四五”时期国家级高新技术企业达到600家。", "442", "600"),
])
def test_reported_values_and_goals_in_one_plan(sentence: str, baseline: str, target: str | None) -> None:
    """目前/现有 report a value; a goal word after a past marker makes the next value a goal again."""
    from extractors.pipeline import extract

    text = f"北辰区科技创新“十四五”规划\n2021年9月1日\n第一章 发展基础\n一、发展现状\n{sentence}\n"
    found = [r.properties for r in extract(document_from_text(text, doc_id="plan")).relations
             if r.type == RelType.SETS_TARGET]
    assert {p.get("baseline") for p in found} - {None} == {baseline}
    assert {p.get("target_value") for p in found} - {None} == ({target} if target else set())


def test_a_project_s_expected_output_is_no_indicator() -> None:
    """昆山市 probe: 项目达产后可实现年产值120亿元 is one project's figure (NOTES 15), the town's output is a measure."""
    from extractors.pipeline import extract

    text = "昆山市\n项目达产后可实现年产值120亿元，投产后年营业收入50亿元。全镇规上工业总产值达到612亿元。"
    names = {m.name for m in extract(document_from_text(text, doc_id="n")).mentions if m.label == Label.INDICATOR}
    assert names == {"规模以上工业总产值"}  # written 规上…, named in full (its alias)


def _values(text: str) -> dict[str, tuple[str, str]]:
    found = targets(document_from_text("2023年某区国民经济和社会发展统计公报\n\n" + text, doc_id="bulletin"))
    return {r.target.name: (r.properties["baseline"], r.properties["unit"]) for r in found}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2023年，规模以上工业增加值、社会消费品零售总额分别增长10.5%和8.2%。",
     {"规模以上工业增加值": ("10.5", "%"), "社会消费品零售总额": ("8.2", "%")}),
    ("全年一般公共预算收入、固定资产投资和进出口总额分别增长5%、6%和7%。",
     {"一般公共预算收入": ("5", "%"), "固定资产投资": ("6", "%"), "进出口总额": ("7", "%")}),
    # one value after 均 is each measure's
    ("常住人口城镇化率和户籍人口城镇化率均提高1个百分点。",
     {"常住人口城镇化率": ("1", "个百分点"), "户籍人口城镇化率": ("1", "个百分点")}),
    # coordinated ellipsis: only the conjunct written in full (ANNOTATION 23), with its own value
    ("城镇和农村居民人均可支配收入分别达到65000元和32000元。", {"农村居民人均可支配收入": ("32000", "元")}),
    ("实现常住人口和户籍人口城镇化率均提高1个百分点以上。", {"户籍人口城镇化率": ("1以上", "个百分点")}),
])
def test_measures_listed_before_respective_values_pair_off(sentence: str, expected: dict[str, tuple[str, str]]) -> None:
    assert _values(sentence) == expected


BULLETIN = ("2023年苏州市相城区国民经济和社会发展统计公报\n\n苏州市相城区统计局\n2024年3月15日\n\n一、综合\n\n"
            "初步核算，全年实现地区生产总值1186.52亿元，按可比价格计算，比上年增长6.1%。"
            "全年规模以上工业增加值比上年增长7.4%。全年实现进出口总额98.6亿美元，比上年下降4.3%。"
            "年末金融机构本外币存款余额2350亿元。\n")


def test_a_bulletins_figures_are_reported_for_its_year_with_the_growth_after_them() -> None:
    found = {r.target.name: r.properties for r in targets(document_from_text(BULLETIN, doc_id="bulletin"))}
    assert found == {
        "地区生产总值": {"unit": "亿元", "baseline": "1186.52", "baseline_year": 2023, "growth": "6.1"},
        "规模以上工业增加值": {"unit": "%", "change": "增长", "baseline": "7.4", "baseline_year": 2023},
        "进出口总额": {"unit": "亿美元", "baseline": "98.6", "baseline_year": 2023, "growth": "-4.3"},
        "年末金融机构本外币存款余额": {"unit": "亿元", "baseline": "2350", "baseline_year": 2023},
    }


def test_a_year_compared_with_does_not_date_the_figure() -> None:
    text = "截至2020年末，全区实现地区生产总值620亿元，是2015年的1.2倍，年均增长2.5%，人均地区生产总值达到1.1万美元。"
    found = {r.target.name: r.properties for r in targets(document_from_text(text, doc_id="s"))}
    assert found["人均地区生产总值"] == {"unit": "万美元", "baseline": "1.1", "baseline_year": 2020}


def test_a_generic_measure_takes_the_subject_achieving_it() -> None:
    """相城区 bulletin: the industry's and the services' 营业收入 had been one Indicator (NOTES 15: no generic heads)."""
    text = (BULLETIN.split("一、综合")[0] + "规模以上工业企业实现营业收入2315.6亿元，实现利润总额128.3亿元。"
            "全年规模以上服务业实现营业收入612.7亿元。全区实现地区生产总值1186.52亿元。")
    found = [(r.target.name, r.properties["baseline"]) for r in targets(document_from_text(text, doc_id="b"))]
    assert found == [("规模以上工业企业营业收入", "2315.6"), ("规模以上工业企业利润总额", "128.3"),
                     ("规模以上服务业营业收入", "612.7"), ("地区生产总值", "1186.52")]


def test_research_and_development_measures_keep_their_and() -> None:
    """相城区 and 武汉东湖 probes: 与 had cut 研究与试验发展 (D)经费支出…, 试验发展经费投入强度)."""
    text = ("2023年某区国民经济和社会发展统计公报\n\n全年全社会研究与试验发展(R&D)经费支出占地区生产总值比重达3.52%。"
            "研究与试验发展经费投入强度达到4.5%。")
    found = [r.target.name for r in targets(document_from_text(text, doc_id="b"))]
    assert found == ["全社会研究与试验发展(R&D)经费支出占地区生产总值比重", "研究与试验发展经费投入强度"]


def test_falls_levels_held_and_years_compared_with() -> None:
    """Rural-plan, interpretation and press-conference probes: 减少, 保持 and 较2023年下降 had read no indicator, and an
    elided 巩固率 alone had been one."""
    text = ("某区方案\n\n化肥使用量减少2%，农药使用量减少1.5%。规模以上工业单位增加值能耗较2023年下降8%。"
            "农村生活垃圾分类处理率保持100%。义务教育入学率、巩固率保持100%。")
    found = {r.target.name: r.properties for r in targets(document_from_text(text, doc_id="p"))}
    assert found == {
        "化肥使用量": {"unit": "%", "change": "减少", "target_value": "2"},
        "农药使用量": {"unit": "%", "change": "减少", "target_value": "1.5"},
        "规模以上工业单位增加值能耗": {"unit": "%", "change": "下降", "target_value": "8"},
        "农村生活垃圾分类处理率": {"unit": "%", "target_value": "100"},
        "义务教育入学率": {"unit": "%", "target_value": "100"},  # the conjunct written in full (ANNOTATION 23)
    }  # 义务教育入学率、巩固率保持100%: the elided 巩固率 alone is no name


def test_round13_a_statistics_brief_reports_its_periods_figures_and_restates_a_goal() -> None:
    # 顺德区 probe: kilowatt-hours, the parts of fixed-asset investment, 以内, 天 and a brief's periods were missed
    text = ("2023年1—10月顺德区经济运行简况\n\n1—10月，全社会用电量246.7亿千瓦时，增长6.9%。\n"
            "分领域看，工业投资增长27.5%，房地产开发投资下降9.7%。\n确保完成地区生产总值增长6%左右的预期目标。\n"
            "城镇调查失业率控制在5.5%以内。空气质量优良天数达到298天。\n")
    found = {r.target.name: r.properties for r in _extract_text(text) if r.source.label == Label.DOCUMENT}
    assert found["全社会用电量"] == {"unit": "亿千瓦时", "baseline": "246.7", "baseline_year": 2023, "period": "1—10月",
                                  "growth": "6.9"}
    assert found["房地产开发投资"]["change"] == "下降" and found["工业投资"]["baseline"] == "27.5"
    assert found["地区生产总值"]["target_value"] == "6左右"  # a goal the brief restates (…左右的预期目标)
    assert found["城镇调查失业率"]["baseline"] == "5.5以内"
    assert found["空气质量优良天数"]["unit"] == "天"


def _extract_text(text: str) -> list[RelationMention]:
    from extractors.pipeline import extract

    return [r for r in extract(document_from_text(text, doc_id="y")).relations if r.type == RelType.SETS_TARGET]


def test_round13_one_projects_money_and_output_are_no_indicators() -> None:
    # 瑞光新材 and 高陵区 probes (ANNOTATION 23): a project's fixed-asset investment and its tax per mu were indicators
    text = ("关于对外投资的公告\n\n项目计划总投资约18.6亿元，其中固定资产投资约15.3亿元。\n"
            "3.项目一期达产后，年销售收入不低于15亿元，亩均税收不低于50万元；\n2023年，全区完成固定资产投资500亿元。\n")
    found = {r.target.name: r.properties for r in _extract_text(text) if r.source.label == Label.DOCUMENT}
    assert found == {"固定资产投资": {"unit": "亿元", "target_value": "500", "target_year": 2023}}  # the district's only


def test_round13_a_measure_written_with_规上_is_named_in_full() -> None:
    text = "2023年1—10月顺德区经济运行简况\n\n1—10月，全区规上工业总产值7628.41亿元，增长4.6%。\n"
    ex = {r.target.name: r.properties for r in _extract_text(text)}
    assert ex["规模以上工业总产值"]["baseline"] == "7628.41"


def test_round13_a_parks_figure_written_before_its_parent_in_brackets() -> None:
    # 顺德区 probe: 顺德高新区(佛山国家高新区顺德园)规上工业总产值 had made the indicator 园)规上工业总产值
    text = "2023年1—10月顺德区经济运行简况\n\n顺德高新区(佛山国家高新区顺德园)规上工业总产值增长7.2%。\n"
    ex = {r.target.name: r.properties for r in _extract_text(text)}
    assert set(ex) == {"规模以上工业总产值"} and ex["规模以上工业总产值"]["scope"] == "顺德高新区"
