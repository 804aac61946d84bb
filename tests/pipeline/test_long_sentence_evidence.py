"""Relation evidence in a sentence of thousands of characters is the part around the relation's names
(kg.extract.RELATION_CONTEXT); shorter sentences, all of the corpus', stay whole."""

from __future__ import annotations

from kg.extract import MENTION_CONTEXT, RELATION_CONTEXT, cut_evidence, extract_facts
from kg.ingest import document_from_text, read_document
from schema import Label
from tests.conftest import RAW
from tests.extractors.long_texts import REPEATED


def test_evidence_in_a_long_sentence_is_cut_around_the_names() -> None:
    piece = REPEATED.replace("。", "，") + "推动西门子、SMC二期等项目竣工投产，"
    document = document_from_text("北辰区" + piece * 30 + "。", doc_id="t")
    assert len(document.sentences) == 1 and len(document.text) > 3 * RELATION_CONTEXT
    facts = extract_facts(document)
    assert len(facts.relations) > 10
    for rel, ev in zip(facts.relations, facts.evidence):
        assert ev.sentence == document.text[ev.start:ev.end]
        assert ev.end - ev.start <= RELATION_CONTEXT, (rel, ev.end - ev.start)
        named = [ref.name for ref in (rel.source, rel.target) if ref.label != Label.DOCUMENT]
        assert any(name in ev.sentence for name in named), rel
    located = [ev for rel, ev in zip(facts.relations, facts.evidence) if rel.type.value == "LOCATED_IN"]
    assert located and all("京津医药谷" in ev.sentence and "双街镇" in ev.sentence for ev in located)
    assert max(ev.end - ev.start for ev in facts.evidence) <= len(piece) + 2 * MENTION_CONTEXT
    assert facts.stages and all(ev.end - ev.start <= RELATION_CONTEXT for ev in facts.stage_evidence)
    for stage, ev in zip(facts.stages, facts.stage_evidence):
        assert stage.project in ev.sentence and ev.sentence == document.text[ev.start:ev.end]


def test_names_far_apart_give_the_source_and_the_side_towards_the_target() -> None:
    """An enumeration under one chain: each item's IN_CHAIN evidence holds the item, at most
    RELATION_CONTEXT characters, reaching towards the chain named at the start."""
    items = "、".join(f"{town}{kind}产业园" for town in ("双街镇", "青光镇", "双口镇", "西堤头镇", "大张庄镇", "小淀镇")
                     for kind in ("生物医药", "医疗器械", "中药制剂", "医药物流", "生物制品", "药品研发") * 6)
    document = document_from_text(f"北辰区大力发展生物医药产业，重点建设{items}等园区。", doc_id="t")
    facts = extract_facts(document)
    chained = [(rel, ev) for rel, ev in zip(facts.relations, facts.evidence) if rel.type.value == "IN_CHAIN"]
    assert len(chained) > 20
    for rel, ev in chained:
        assert ev.end - ev.start <= RELATION_CONTEXT and rel.source.name in ev.sentence


def test_corpus_evidence_is_the_whole_sentence() -> None:
    for path in sorted(RAW.glob("*.txt")):
        document = read_document(path, root=RAW)
        facts = extract_facts(document)
        assert facts.evidence == [cut_evidence(document, r) for r in facts.relations]
