"""Resolution: canonical names, aliases, cross-document merging, order independence."""

from __future__ import annotations

import pytest

from kg.naming import enterprise_core, merge_short_forms
from kg.resolve import resolve
from schema import (
    DocumentFacts,
    EntityRef,
    EvidenceRecord,
    Label,
    Mention,
    RelationMention,
    RelType,
)
from schema.extraction import ZONE_LEAD_RULE


def _facts(doc: str, sentence: str) -> DocumentFacts:
    town = Mention(label=Label.TOWN, text="双街示范镇", name="双街镇", start=4, end=9, rule="gazetteer.town_short")
    proj = Mention(label=Label.PROJECT, text="花卉博览园", name="花卉博览园", start=12, end=17, rule="suffix")
    rel = RelationMention(type=RelType.LOCATED_IN, source=EntityRef(label=Label.PROJECT, name="花卉博览园"),
                          target=EntityRef(label=Label.TOWN, name="双街镇"), start=0, end=len(sentence), rule="context")
    ev = EvidenceRecord(section="(一)示范镇建设工程", sentence=sentence, start=0, end=len(sentence))
    return DocumentFacts(doc_id=doc, mentions=[town, proj], relations=[rel], evidence=[ev])


def test_same_fact_in_two_documents_is_one_edge_with_two_evidence() -> None:
    nodes, edges = resolve([_facts("002", "积极推进双街示范镇建设。"), _facts("004", "积极推进双街示范镇建设。")])
    located = [e for e in edges if e.type == RelType.LOCATED_IN]
    assert len(located) == 1
    assert [ev.doc for ev in located[0].evidence] == ["002", "004"]
    town = next(n for n in nodes if n.id == "Town:双街镇")
    assert town.aliases == ["双街示范镇"] and town.docs == ["002", "004"]


def test_resolution_does_not_depend_on_document_order() -> None:
    a, b = _facts("002", "句一。"), _facts("004", "句二。")
    assert resolve([a, b]) == resolve([b, a])


def test_mentions_edges_carry_counts() -> None:
    _, edges = resolve([_facts("002", "句。")])
    mentions = {e.target: e for e in edges if e.type == RelType.MENTIONS}
    assert mentions["Town:双街镇"].source == "Document:002"
    assert mentions["Town:双街镇"].properties["count"] == 1


def test_enterprise_short_forms_merge_into_the_fullest_form() -> None:
    assert enterprise_core("天津长荣科技集团股份有限公司") == "长荣"
    assert merge_short_forms(Label.ENTERPRISE, {"爱旭", "爱旭科技", "天士力"}) == {"爱旭": "爱旭科技"}
    assert merge_short_forms(Label.PROJECT, {"爱旭", "爱旭科技"}) == {}
    # a bare brand merges into the one group holding it (天士力医药集团 is what 002 calls 天士力 elsewhere) ...
    assert merge_short_forms(Label.ENTERPRISE, {"天士力", "天士力医药集团", "中新药业"}) == {"天士力": "天士力医药集团"}
    # ... but a group's subsidiary named by its line of business stays apart (the brand's own group, whose
    # core is the brand, is what the brand names)
    assert merge_short_forms(Label.ENTERPRISE, {"复星", "复星医药", "复星集团"}) == {"复星": "复星集团"}
    assert merge_short_forms(Label.ENTERPRISE, {"天士力", "天士力控股集团", "天士力医药集团"}) == {"天士力": "天士力控股集团"}
    # a registered name holding the brand comes first; two groups holding it merge nothing
    assert merge_short_forms(Label.ENTERPRISE, {"天锻", "天锻压力机有限公司", "天锻智能集团"}) == {"天锻": "天锻压力机有限公司"}
    assert merge_short_forms(Label.ENTERPRISE, {"天士力", "天士力医药集团", "天士力健康集团"}) == {}
    # a two-character brand, or one the group holds elsewhere than at its core's start, merges into no group:
    # a parent into its subsidiary, a company into another's group (found by a review on other districts' texts)
    groups = {"中铁十八局集团", "美的置业集团", "上海金山石化集团", "广东风华高新集团"}
    assert merge_short_forms(Label.ENTERPRISE, {"中铁", "美的", "金山", "东风"} | groups) == {}
    # a short form of a short form goes to the end (萧山区 series probe: 恒逸 and 恒逸集团 had stayed two nodes)
    assert merge_short_forms(Label.ENTERPRISE, {"恒逸", "恒逸集团", "浙江恒逸集团有限公司"}) == {
        "恒逸": "浙江恒逸集团有限公司", "恒逸集团": "浙江恒逸集团有限公司"}


def test_relation_endpoints_follow_merged_names() -> None:
    facts = DocumentFacts(
        doc_id="d",
        mentions=[Mention(label=Label.ENTERPRISE, text="爱旭", name="爱旭", start=0, end=2, rule="r"),
                  Mention(label=Label.ENTERPRISE, text="爱旭科技", name="爱旭科技", start=3, end=7, rule="r"),
                  Mention(label=Label.INDUSTRY_CHAIN, text="新能源", name="新能源", start=8, end=11, rule="r")],
        relations=[RelationMention(type=RelType.IN_CHAIN, source=EntityRef(label=Label.ENTERPRISE, name="爱旭"),
                                   target=EntityRef(label=Label.INDUSTRY_CHAIN, name="新能源"), start=0, end=11, rule="r")],
        evidence=[EvidenceRecord(section="", sentence="爱旭 爱旭科技 新能源", start=0, end=11)],
    )
    nodes, edges = resolve([facts])
    assert "Enterprise:爱旭" not in {n.id for n in nodes}
    assert any(e.source == "Enterprise:爱旭科技" and e.type == RelType.IN_CHAIN for e in edges)


def test_policy_variants_merge_into_the_most_used_form() -> None:
    counts = {"京津冀协同发展": 2, "京津冀协同发展战略": 5, "海河英才行动计划": 2, "天津市海河英才行动计划": 1,
              "北辰区新型城镇化十四五规划": 3, "北辰区新型城镇化十四五发展规划": 1, "乡村振兴战略": 1}
    mapping = merge_short_forms(Label.POLICY, set(counts), counts)
    assert mapping == {
        "京津冀协同发展战略": "京津冀协同发展",
        "天津市海河英才行动计划": "海河英才行动计划",
        "北辰区新型城镇化十四五发展规划": "北辰区新型城镇化十四五规划",
    }


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # a trade name merges into the one registered name holding its characters in order
        ({"华腾汽车", "湖南华腾新能源汽车有限公司"}, {"华腾汽车": "湖南华腾新能源汽车有限公司"}),
        # a 集团 merges only into a group, a subsidiary stays apart
        ({"金鹏集团", "山东金鹏控股集团有限公司", "济南金鹏物流有限公司"}, {"金鹏集团": "山东金鹏控股集团有限公司"}),
        ({"光华集团", "天津光华环保能源有限公司"}, {}),
        # two registered names holding the trade name: no merge
        ({"味坊", "四川味坊食品有限公司", "成都味坊物流有限公司"}, {}),
    ],
)
def test_round4_trade_names_merge(names: set[str], expected: dict[str, str]) -> None:
    assert merge_short_forms(Label.ENTERPRISE, names) == expected


def test_records_made_without_validation_equal_validated_ones(corpus_facts, monkeypatch) -> None:  # noqa: ANN001
    """Resolution makes its nodes, edges and evidence with kg.resolve._record: the same records as validation."""
    import kg.resolve

    def validated(cls, values, given):  # noqa: ANN001, ANN202
        return cls(**{name: values[name] for name in given})

    fast = resolve(corpus_facts)
    monkeypatch.setattr(kg.resolve, "_record", validated)
    slow = resolve(corpus_facts)
    assert fast == slow
    for fast_records, slow_records in zip(fast, slow):
        for a, b in zip(fast_records, slow_records):
            assert a.model_fields_set == b.model_fields_set and a.__dict__ == b.__dict__
            assert a.model_dump_json() == b.model_dump_json()
            for x, y in zip(getattr(a, "evidence", []), getattr(b, "evidence", [])):
                assert x.model_fields_set == y.model_fields_set and x == y


def test_reserved_property_of_a_mention_is_refused() -> None:
    m = Mention(label=Label.TOWN, text="双街", name="双街镇", start=0, end=2, rule="t", properties={"docs": "x"})
    with pytest.raises(ValueError, match="reserved"):
        resolve([DocumentFacts(doc_id="d", mentions=[m])])


def test_a_functional_zone_is_a_park_in_every_document() -> None:
    """One document finds 北仓运河文化村 as a zone (a Park by its heading), another as a project by its suffix:
    one Park node, and the other document's relations point to it."""
    zone = Mention(label=Label.PARK, text="北仓运河文化村", name="北仓运河文化村", start=2, end=9, rule=ZONE_LEAD_RULE)
    listed = Mention(label=Label.PROJECT, text="北仓运河文化村", name="北仓运河文化村", start=2, end=9, rule="suffix.Project")
    town = Mention(label=Label.TOWN, text="北仓", name="北仓镇", start=0, end=2, rule="gazetteer.town_short")
    rel = RelationMention(type=RelType.LOCATED_IN, source=EntityRef(label=Label.PROJECT, name="北仓运河文化村"),
                          target=EntityRef(label=Label.TOWN, name="北仓镇"), start=0, end=9, rule="context")
    ev = EvidenceRecord(section="", sentence="北仓运河文化村", start=0, end=9)
    nodes, edges = resolve([DocumentFacts(doc_id="004", mentions=[zone]),
                            DocumentFacts(doc_id="002", mentions=[town, listed], relations=[rel], evidence=[ev])])
    assert [n.id for n in nodes if n.name == "北仓运河文化村"] == ["Park:北仓运河文化村"]
    assert [(e.source, e.target) for e in edges if e.type == RelType.LOCATED_IN] == [("Park:北仓运河文化村", "Town:北仓镇")]
    alone, _ = resolve([DocumentFacts(doc_id="002", mentions=[town, listed], relations=[rel], evidence=[ev])])
    assert "Project:北仓运河文化村" in {n.id for n in alone}  # without the zone, the suffix decides


def test_a_zone_named_in_short_is_the_one_park_ending_with_its_name() -> None:
    """002 and 004 open a paragraph with 推进奶业小镇建设 (a zone); 002 also names 梦得奶业小镇 in full: one Park,
    the projects of the zone's paragraphs in it. With a second such Park, or the full name only in a document
    that does not name the zone (宁波东部新城 in another city's text), nothing merges."""
    zone = Mention(label=Label.PARK, text="奶业小镇", name="奶业小镇", start=2, end=6, rule=ZONE_LEAD_RULE)
    work = Mention(label=Label.PROJECT, text="奶牛公社", name="奶牛公社", start=10, end=14, rule="enum.Project")
    rel = RelationMention(type=RelType.LOCATED_IN, source=EntityRef(label=Label.PROJECT, name="奶牛公社"),
                          target=EntityRef(label=Label.PARK, name="奶业小镇"), start=0, end=14, rule="context")
    ev = EvidenceRecord(section="", sentence="推进奶业小镇建设。开发建设奶牛公社", start=0, end=14)
    short = DocumentFacts(doc_id="004", mentions=[zone, work], relations=[rel], evidence=[ev])

    def park(doc: str, *names: str) -> DocumentFacts:
        return DocumentFacts(doc_id=doc, mentions=[zone] + [Mention(label=Label.PARK, text=n, name=n, start=20,
                                                                    end=20 + len(n), rule="suffix.Park") for n in names])

    nodes, edges = resolve([short, park("002", "梦得奶业小镇")])
    full = next(n for n in nodes if n.label == Label.PARK)
    assert [n.id for n in nodes if n.label == Label.PARK] == ["Park:梦得奶业小镇"] and full.aliases == ["奶业小镇"]
    assert [(e.source, e.target) for e in edges if e.type == RelType.LOCATED_IN] == [("Project:奶牛公社", "Park:梦得奶业小镇")]
    two, _ = resolve([short, park("002", "梦得奶业小镇", "光明奶业小镇")])
    assert "Park:奶业小镇" in {n.id for n in two}
    elsewhere = DocumentFacts(doc_id="001", mentions=[Mention(label=Label.PARK, text="梦得奶业小镇", name="梦得奶业小镇",
                                                              start=0, end=6, rule="suffix.Park")])
    assert "Park:奶业小镇" in {n.id for n in resolve([short, elsewhere])[0]}


def test_mention_edges_carry_the_sentence_of_the_first_mention() -> None:
    """Every MENTIONS edge has the sentence of the entity's first mention in the document, also where a
    project and a zone of one name become one Park (the first mentions of the document change)."""
    def mention(label: Label, name: str, start: int, rule: str = "r") -> Mention:
        return Mention(label=label, text=name, name=name, start=start, end=start + len(name), rule=rule)

    sentences = [EvidenceRecord(section="s", sentence=f"句{i}", start=i * 10, end=i * 10 + 9) for i in range(3)]
    listed = DocumentFacts(doc_id="002", mentions=[mention(Label.PROJECT, "未来城", 0), mention(Label.PARK, "未来城", 10),
                                                   mention(Label.TOWN, "北仓镇", 20)], mention_evidence=sentences)
    zone = DocumentFacts(doc_id="004", mentions=[mention(Label.PARK, "未来城", 0, ZONE_LEAD_RULE)])
    _, edges = resolve([listed, zone])
    got = {e.target: [(ev.sentence, ev.rule) for ev in e.evidence] for e in edges
           if e.type == RelType.MENTIONS and e.source == "Document:002"}
    assert got == {"Park:未来城": [("句0", "mention.first")], "Town:北仓镇": [("句2", "mention.first")]}
    assert all(not e.evidence for e in edges if e.source == "Document:004")  # facts made without sentences


def test_a_first_mention_in_a_text_without_sentence_ends_gives_a_bounded_sentence() -> None:
    """A document written without sentence ends is one sentence: the MENTIONS evidence is cut around the name
    (the review of the diff: every edge had copied the whole text)."""
    from kg.extract import MENTION_CONTEXT, extract_facts
    from kg.ingest import document_from_text

    text = "北辰区" + "推进产业发展提升城市品质" * 200 + "加快双街镇花卉博览园建设" + "完善配套设施" * 200
    facts = extract_facts(document_from_text(text, doc_id="long"))
    assert facts.mention_evidence
    for m, ev in zip(facts.first_mentions(), facts.mention_evidence):
        assert ev.start <= m.start and m.end <= ev.end and ev.end - ev.start <= len(m.text) + 2 * MENTION_CONTEXT
        assert m.text in ev.sentence


def _mention(label: Label, name: str, start: int) -> Mention:
    return Mention(label=label, text=name, name=name, start=start, end=start + len(name), rule="t")


def test_a_park_with_and_without_its_towns_short_form_is_one_park() -> None:
    """s02: the heading's 光福镇|工艺美术特色小镇 (the town dropped) and the body's 光福工艺美术特色小镇 are one park,
    named the fuller way; a town's short form that a region shares (北辰 of 北辰区 and 北辰镇) opens no name."""
    facts = DocumentFacts(doc_id="s02", mentions=[
        _mention(Label.TOWN, "光福镇", 0), _mention(Label.PARK, "工艺美术特色小镇", 3),
        _mention(Label.PARK, "光福工艺美术特色小镇", 30), _mention(Label.PARK, "数字经济产业园", 60)])
    names = {n.name for n in resolve([facts])[0] if n.label == Label.PARK}
    assert names == {"光福工艺美术特色小镇", "数字经济产业园"}
    other = DocumentFacts(doc_id="d", mentions=[
        _mention(Label.REGION, "北辰区", 0), _mention(Label.TOWN, "北辰镇", 5), _mention(Label.PARK, "科技园", 10),
        _mention(Label.PARK, "北辰科技园", 20)])
    assert {n.name for n in resolve([other])[0] if n.label == Label.PARK} == {"科技园", "北辰科技园"}


def test_an_indicator_stated_as_a_level_and_as_growth_rates_keeps_both() -> None:
    from kg.extract import extract_facts
    from kg.ingest.assemble import document_from_text

    text = ("芜湖市2024年政府工作报告\n\n2024年主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n"
            "2023年，全市地区生产总值达到4741亿元，增长5.8%；固定资产投资增长4.1%。\n"
            "到2025年，全市地区生产总值增长7%。\n")
    _, edges = resolve([extract_facts(document_from_text(text, doc_id="wuhu"))])
    gdp = next(e for e in edges if e.type == RelType.SETS_TARGET and e.target == "Indicator:地区生产总值")
    assert len(gdp.evidence) == 3  # every statement stays readable
    # the level leads (4741 亿元 in 2023, with the growth written after it); the year's growth target is kept aside
    assert gdp.properties == {"unit": "亿元", "baseline": "4741", "baseline_year": 2023, "growth": "5.8",
                              "growth_target": "6.5左右", "growth_target_year": 2024}


def test_a_towns_or_parks_figure_is_scoped_and_the_whole_areas_figure_leads() -> None:
    """相城区 and 顺德区 probes: 相城经济技术开发区's 1012.3 had been stored as the district's 规模以上工业总产值."""
    from kg.extract import extract_facts
    from kg.ingest.assemble import document_from_text

    text = ("2023年苏州市相城区国民经济和社会发展统计公报\n\n一、工业\n"
            "分区域看，相城经济技术开发区实现规模以上工业总产值1012.3亿元，增长8.1%；黄埭镇完成规模以上工业总产值338.7亿元。\n"
            "全年全区规模以上工业总产值2268.40亿元，增长6.8%。\n")
    facts = extract_facts(document_from_text(text, doc_id="xc"))
    scopes = [r.properties.get("scope") for r in facts.relations
              if r.type == RelType.SETS_TARGET and r.target.name == "规模以上工业总产值"]
    assert scopes == ["相城经济技术开发区", "黄埭镇", None]
    _, edges = resolve([facts])
    output = next(e for e in edges if e.type == RelType.SETS_TARGET and e.target == "Indicator:规模以上工业总产值")
    assert output.properties == {"unit": "亿元", "baseline": "2268.40", "baseline_year": 2023, "growth": "6.8"}
    assert len(output.evidence) == 2  # the scoped sentence stays readable among the evidence


def test_another_years_reported_figure_adds_no_growth_or_period_to_the_first() -> None:
    from kg.figures import merge_figures

    kept: dict[str, object] = {"unit": "亿美元", "baseline": "1.8", "baseline_year": 2022}
    merge_figures(kept, {"unit": "亿美元", "baseline": "1.1", "baseline_year": 2023, "period": "1—5月", "growth": "21.3",
                         "nature": "预期性"})
    assert kept == {"unit": "亿美元", "baseline": "1.8", "baseline_year": 2022, "nature": "预期性"}


def test_a_zone_written_x_gaoxinqu_joins_the_full_name_its_committee_gives() -> None:
    """武汉东湖 probe: 东湖高新区 had become 东湖高新技术产业开发区, a name no text writes."""
    from kg.extract import extract_facts
    from kg.ingest.assemble import document_from_text

    text = ("武汉东湖新技术开发区管委会关于印发若干措施的通知\n\n推动东湖高新区光电子信息产业集群发展。\n\n"
            "武汉东湖新技术开发区管理委员会\n2024年4月10日\n")
    nodes, _ = resolve([extract_facts(document_from_text(text, doc_id="k"))])
    parks = [n for n in nodes if n.label == Label.PARK]
    assert [(n.name, n.aliases) for n in parks] == [("武汉东湖新技术开发区", ["东湖高新区"])]
    # without a full name in the texts, the general expansion stays
    nodes, _ = resolve([extract_facts(document_from_text("推动东湖高新区光电子信息产业集群发展。", doc_id="k"))])
    assert [n.name for n in nodes if n.label == Label.PARK] == ["东湖高新技术产业开发区"]


def test_a_high_tech_zone_joins_no_economic_zone_of_its_district() -> None:
    """惠山区 probe (fourteenth session): 惠山高新区 had joined 惠山经济开发区, another zone of the district."""
    from kg.extract import extract_facts
    from kg.ingest.assemble import document_from_text

    text = ("惠山区重点产业链工作方案\n\n各镇人民政府、街道办事处，惠山经济开发区管委会、惠山高新区管委会：\n"
            "引进远景科技集团在惠山高新区建设智能风机及储能系统生产基地。惠山经济开发区发展汽车零部件产业。\n")
    nodes, _ = resolve([extract_facts(document_from_text(text, doc_id="a"))])
    parks = {n.name: n.aliases for n in nodes if n.label == Label.PARK}
    assert "惠山经济开发区" in parks and "惠山高新区" not in parks["惠山经济开发区"]
    assert parks.get("惠山高新技术产业开发区") == ["惠山高新区"]


def test_a_parent_and_its_local_company_sharing_a_core_are_two_companies() -> None:
    """宝坻区 probe (fourteenth session): the Beijing parent that signed had become an alias of its Tianjin company."""
    from kg.extract import extract_facts
    from kg.ingest.assemble import document_from_text

    text = ("京津中关村科技城一个旗舰项目的四年成长记\n\n北京华腾智造科技股份有限公司与京津中关村科技城发展有限公司正式签约。"
            "华腾智造（天津）科技有限公司总经理周立新介绍，华腾智造一期已经投产。\n")
    nodes, _ = resolve([extract_facts(document_from_text(text, doc_id="g"))])
    firms = {n.name: n.aliases for n in nodes if n.label == Label.ENTERPRISE}
    assert {"北京华腾智造科技股份有限公司", "华腾智造(天津)科技有限公司"} <= set(firms)
    assert "北京华腾智造科技股份有限公司" not in firms["华腾智造(天津)科技有限公司"]


def test_a_bureau_written_in_short_is_the_bureau_the_text_names_in_full() -> None:
    """萧山区 probe: 区经信局 and 区发改局 had been nodes apart from the publishers named in full."""
    from kg.extract import extract_facts
    from kg.ingest.assemble import document_from_text

    text = ("《杭州市萧山区关于推动先进制造业高质量发展的若干政策》政策解读\n\n"
            "发布机构：杭州市萧山区经济和信息化局　杭州市萧山区发展和改革局\n发布日期：2024-04-22\n\n"
            "萧山区全力推进先进制造业发展。区经信局会同区发改局起草形成了《若干政策》。区经信局局长王建国介绍了有关情况。")
    nodes, _ = resolve([extract_facts(document_from_text(text, doc_id="o"))])
    bodies = {n.name: n.aliases for n in nodes if n.label == Label.ORGANIZATION}
    assert "区经信局" in bodies["杭州市萧山区经济和信息化局"] and "区发改局" in bodies["杭州市萧山区发展和改革局"]
    assert not [name for name in bodies if name.endswith(("经信局", "发改局"))]


def test_a_name_without_its_region_joins_the_regioned_form_only_where_that_region_is_named() -> None:
    """Joint probe build: 电子科技大学 of a 双流区 text had become an alias of 杭州电子科技大学 of a 萧山区 one."""
    from kg.extract import extract_facts
    from kg.ingest.assemble import document_from_text

    hangzhou = document_from_text("杭州市萧山区方案\n\n支持企业与杭州电子科技大学合作共建实验室。", doc_id="o")
    chengdu = document_from_text("成都市双流区方案\n\n推动区政府与电子科技大学开展合作。", doc_id="q")
    both = document_from_text("杭州市萧山区新闻\n\n电子科技大学与企业合作。杭州市领导出席。", doc_id="r")
    nodes, _ = resolve([extract_facts(hangzhou), extract_facts(chengdu)])
    assert {n.name for n in nodes if n.label == Label.ORGANIZATION} >= {"杭州电子科技大学", "电子科技大学"}
    # a document naming the region (杭州市) still joins them
    nodes, _ = resolve([extract_facts(hangzhou), extract_facts(both)])
    universities = {n.name: n.aliases for n in nodes if n.label == Label.ORGANIZATION and "科技大学" in n.name}
    assert universities == {"杭州电子科技大学": ["电子科技大学"]}


def test_a_zone_written_x_kaifaqu_or_x_gaoxinqu_in_another_years_text_joins_the_full_name() -> None:
    """武清区 and 宁乡市 series probes (sixteenth session): 武清开发区 was a park of its own beside 武清经济技术开发区,
    and 宁乡高新区 became 宁乡高新技术产业开发区 (no text's name) beside 宁乡高新技术产业园区."""
    from kg.extract import extract_facts
    from kg.ingest.assemble import document_from_text

    first = "2022年，康森生物疫苗产业化基地落户武清经济技术开发区，宁乡高新技术产业园区签约项目9个。"
    second = "2023年，武清开发区新增高新技术企业20家，宁乡高新区新签约项目5个。"
    nodes, _ = resolve([extract_facts(document_from_text(first, doc_id="a")),
                        extract_facts(document_from_text(second, doc_id="b"))])
    parks = {n.name: n.aliases for n in nodes if n.label == Label.PARK}
    assert parks == {"武清经济技术开发区": ["武清开发区"], "宁乡高新技术产业园区": ["宁乡高新区"]}


def _projects(*names: tuple[Label, str], doc: str = "d") -> DocumentFacts:
    mentions = [Mention(label=label, text=name, name=name, start=0, end=len(name), rule="t") for label, name in names]
    return DocumentFacts(doc_id=doc, mentions=mentions)


def _project_nodes(*facts: DocumentFacts) -> dict[str, list[str]]:
    nodes, _ = resolve(list(facts))
    return {n.name: n.aliases for n in nodes if n.label == Label.PROJECT}


def test_one_project_written_differently_from_year_to_year_is_one_node() -> None:
    """西青区, 武清区 and 黄埔区 series probes (sixteenth session): a project written in full one year and by its
    company's short form and phase the next, or with and without 项目 in one text, had been two or three nodes."""
    e, p = Label.ENTERPRISE, Label.PROJECT
    first = _projects((e, "天津力神电池股份有限公司"), (p, "力神电池新能源汽车动力电池二期"),
                      (e, "粤芯半导体技术股份有限公司"), (p, "粤芯半导体12英寸集成电路生产线二期"), doc="a")
    second = _projects((e, "力神电池"), (p, "力神电池二期"), (e, "粤芯"), (p, "粤芯二期"),
                       (p, "英利汽车零部件生产基地扩建项目"), (p, "英利汽车零部件生产基地扩建"), doc="b")
    assert _project_nodes(first, second) == {
        "力神电池新能源汽车动力电池二期": ["力神电池二期"], "粤芯半导体12英寸集成电路生产线二期": ["粤芯二期"],
        "英利汽车零部件生产基地扩建": ["英利汽车零部件生产基地扩建项目"]}


def _written(label: Label, text: str, name: str, doc: str) -> DocumentFacts:
    return DocumentFacts(doc_id=doc, mentions=[Mention(label=label, text=text, name=name, start=0, end=len(text),
                                                       rule="t")])


def test_a_project_opening_with_a_short_name_written_for_the_registered_firm_joins_its_other_names() -> None:
    """萧山区 series probe (seventeenth session): 万向一二三 is now a mention named 万向一二三股份有限公司
    (extractors/short_names.py), so no Enterprise key 万向一二三 told resolution whose the 2022 project was."""
    e, p = Label.ENTERPRISE, Label.PROJECT
    first = _projects((e, "万向一二三股份有限公司"), (p, "万向一二三股份有限公司年产20GWh新能源动力电池"), doc="a")
    second = _written(e, "万向一二三", "万向一二三股份有限公司", "b")
    second.mentions.append(Mention(label=p, text="万向一二三20GWh动力电池", name="万向一二三20GWh动力电池", start=6,
                                   end=20, rule="t"))
    assert _project_nodes(first, second) == {"万向一二三股份有限公司年产20GWh新能源动力电池": ["万向一二三20GWh动力电池"]}


def test_a_bare_brand_of_two_firms_joins_the_one_project_of_its_phase_that_opens_with_it() -> None:
    """西青区 series probe: 力神 is the brand of 天津力神电池股份有限公司 and of 天津力神新能源科技有限公司, so
    resolution keeps it apart; 力神二期 is still the one 二期 whose names open with 力神."""
    e, p = Label.ENTERPRISE, Label.PROJECT
    facts = _projects((e, "天津力神电池股份有限公司"), (e, "天津力神新能源科技有限公司"), (e, "力神"),
                      (p, "天津力神电池股份有限公司新能源汽车动力电池二期"), (p, "力神二期"))
    facts.mentions.append(Mention(label=e, text="力神电池", name="天津力神电池股份有限公司", start=0, end=4, rule="t"))
    facts.mentions.append(Mention(label=p, text="力神电池二期", name="力神电池二期", start=0, end=6, rule="t"))
    assert _project_nodes(facts) == {"天津力神电池股份有限公司新能源汽车动力电池二期": ["力神二期", "力神电池二期"]}


def test_projects_of_one_company_stay_apart_where_the_names_do_not_say_which_is_which() -> None:
    e, p = Label.ENTERPRISE, Label.PROJECT
    # two works of one phase: the company and phase alone names neither
    assert set(_project_nodes(_projects((e, "京东"), (p, "京东物流中心二期"), (p, "京东产业园二期"), (p, "京东二期")))) \
        == {"京东物流中心二期", "京东产业园二期", "京东二期"}
    # other phases are other projects; the company with 项目 is no phase of its data centre (002: 朝亚大数据)
    assert set(_project_nodes(_projects((e, "SMC"), (p, "SMC一期"), (p, "SMC二期")))) == {"SMC一期", "SMC二期"}
    assert _project_nodes(_projects((e, "朝亚大数据"), (p, "朝亚大数据项目"), (p, "朝亚大数据中心"))) == {
        "朝亚大数据中心": [], "朝亚大数据项目": []}


def test_a_rail_line_written_with_and_without_its_city_and_system_is_one_node() -> None:
    """龙岗区 and 嘉定区 series (eighteenth session): 深圳市城市轨道交通16号线 (a table), 深圳地铁16号线 and 16号线 had
    been three nodes, 轨道交通嘉闵线嘉定段 and 嘉闵线嘉定段 two; a line's part (二期, 一期) stays apart, and a line
    shorter than another's short form still joins its fullest form (广州地铁7号线西延顺德段)."""
    p = Label.PROJECT
    first = _projects((p, "深圳市城市轨道交通16号线"), (p, "轨道交通嘉闵线嘉定段"), (p, "广州地铁7号线西延顺德段"), doc="a")
    second = _projects((p, "深圳地铁16号线"), (p, "16号线"), (p, "16号线二期"), (p, "嘉闵线嘉定段"), (p, "地铁7号线西延顺德段"),
                       (p, "地铁4号线"), (p, "4号线"), (p, "生产线"), doc="b")
    assert _project_nodes(first, second) == {
        "深圳市城市轨道交通16号线": ["16号线", "深圳地铁16号线"], "16号线二期": [], "轨道交通嘉闵线嘉定段": ["嘉闵线嘉定段"],
        "广州地铁7号线西延顺德段": ["地铁7号线西延顺德段"], "地铁4号线": ["4号线"], "生产线": []}


def test_a_project_merged_by_company_and_phase_follows_its_merge_by_region() -> None:
    """嘉定区 series: 捷氢二期 joined 捷氢科技燃料电池电堆产业化基地二期 (one company, one phase), which joined
    上海捷氢科技燃料电池电堆产业化基地二期 (the same without its region); the first merge stopped halfway, so 捷氢二期
    and its 2024 stage and town were a node of its own."""
    from kg.extract import extract_facts
    from kg.ingest import document_from_text

    texts = {"a": "上海市嘉定区2022年重点产业链实施方案\n\n推进上海捷氢科技燃料电池电堆产业化基地二期项目前期工作，力争2023年开工。"
                  "发挥上海捷氢科技股份有限公司的链主作用。\n",
             "b": "上海市嘉定区2023年政府工作报告\n\n推动捷氢科技燃料电池电堆产业化基地二期开工建设。发挥重塑、捷氢链主作用。\n",
             "c": "上海市嘉定区2024年重点项目巡礼\n\n位于安亭镇的捷氢二期项目已于7月完成竣工验收。\n"}
    facts = [extract_facts(document_from_text(text, doc_id=doc)) for doc, text in texts.items()]
    projects = {name: aliases for name, aliases in _project_nodes(*facts).items() if "捷氢" in name}
    assert list(projects) == ["上海捷氢科技燃料电池电堆产业化基地二期"]
    assert {"捷氢二期", "捷氢科技燃料电池电堆产业化基地二期"} <= set(projects["上海捷氢科技燃料电池电堆产业化基地二期"])
