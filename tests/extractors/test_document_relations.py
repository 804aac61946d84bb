"""Tests of kg_document_relations: CITES and ISSUED_BY, on short texts and the corpus."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy

from extractors.base import init_doc
from extractors.document_relations import DocumentRelations
from extractors.pipeline import extract
from extractors.policies import PolicyRuler
from kg.ingest import read_document
from schema import Document, Extraction, Label, Part, RelType

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
NLP = spacy.blank("zh")


@lru_cache(maxsize=None)
def corpus(prefix: str) -> Document:
    return read_document(next(RAW.glob(f"{prefix}_*.txt")), root=RAW)


@lru_cache(maxsize=None)
def extracted(prefix: str) -> Extraction:
    return extract(corpus(prefix))


def facts(extraction: Extraction, rel: RelType) -> set[tuple[str, str, str]]:
    return {(r.source.label.value, r.source.name, r.target.name) for r in extraction.relations
            if r.type == rel}


def test_document_relations_parts_cite_and_are_issued() -> None:
    text = ("发布机构:武进区人民政府办公室\n关于印发两个规划的通知\n"
            "武进区河湖治理“十四五”规划\n落实河长制,执行《武进区水污染防治条例》。\n"
            "武进区交通“十四五”规划\n建设四好农村路。")
    first = text.index("武进区河湖治理")
    second = text.index("武进区交通")
    document = Document(doc_id="n", source_file="n", sha256="", text=text,
                        publisher="武进区人民政府办公室", body_start=text.index("关于"),
                        parts=(Part(title="武进区河湖治理“十四五”规划", start=first, end=second),
                               Part(title="武进区交通“十四五”规划", start=second, end=len(text))))
    doc = DocumentRelations()(PolicyRuler()(init_doc(NLP.make_doc(text), document)))
    cites = {(r.source.name, r.target.name) for r in doc._.kg_relations if r.type == RelType.CITES}
    assert ("武进区河湖治理十四五规划", "河长制") in cites
    assert ("武进区河湖治理十四五规划", "武进区水污染防治条例") in cites
    assert ("n", "武进区交通十四五规划") in cites
    assert not any(source == target for source, target in cites)
    assert not any(s == "武进区交通十四五规划" and t == "河长制" for s, t in cites)
    issued = {(r.source.name, r.target.name) for r in doc._.kg_relations if r.type == RelType.ISSUED_BY}
    assert issued == {("n", "武进区人民政府办公室"), ("武进区河湖治理十四五规划", "武进区人民政府办公室"),
                      ("武进区交通十四五规划", "武进区人民政府办公室")}
    orgs = [m for m in doc._.kg_mentions if m.label == Label.ORGANIZATION]
    assert [text[m.start:m.end] for m in orgs] == ["武进区人民政府办公室"]


def test_document_relations_corpus_002_cites_its_four_plans() -> None:
    doc_id = corpus("002").doc_id
    cites = facts(extracted("002"), RelType.CITES)
    for plan in ("北辰区京津冀协同发展十四五规划", "北辰区社会信用体系建设十四五规划",
                 "北辰区人口发展和高质量公共服务体系建设十四五规划", "北辰区新型城镇化十四五规划"):
        assert ("Document", doc_id, plan) in cites
        assert ("Policy", plan, "天津市北辰区人民政府办公室") in facts(extracted("002"), RelType.ISSUED_BY)
    assert ("Policy", "北辰区人口发展和高质量公共服务体系建设十四五规划", "天津市人口发展十四五规划") in cites


def test_document_relations_corpus_004_issued_by_the_drafters() -> None:
    doc_id = corpus("004").doc_id
    issued = facts(extracted("004"), RelType.ISSUED_BY)
    assert ("Document", doc_id, "北辰区发展和改革委员会") in issued
    assert ("Document", doc_id, "天津理工大学") in issued
    assert ("Document", doc_id, "天津市国土空间发展战略") in facts(extracted("004"), RelType.CITES)


def test_document_relations_corpus_evidence_slices_exactly() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        document = corpus(prefix)
        for r in extracted(prefix).relations:
            if r.type in (RelType.CITES, RelType.ISSUED_BY):
                sentence = document.text[r.start:r.end]
                assert sentence and sentence == sentence.strip(), (prefix, r)
            if r.type == RelType.CITES:
                assert any(m.label == Label.POLICY and m.name == r.target.name
                           and r.start <= m.start and m.end <= r.end
                           for m in extracted(prefix).mentions), (prefix, r)


def test_a_publisher_written_with_an_abbreviated_body_is_issued_by_the_body_it_names() -> None:
    # H (松山湖's news): 来源：…管委会 made a second node …管委会 beside the …管理委员会 the names rule gives
    from kg.ingest import document_from_text

    ex = extract(document_from_text("松山湖企业入选名单\n来源：东莞松山湖高新区管委会　　发布时间：2024-09-27 16:42\n\n"
                                    "近日，松山湖功能区共有25家企业入选。\n", doc_id="h"))
    assert facts(ex, RelType.ISSUED_BY) == {("Document", "h", "东莞松山湖高新区管理委员会")}
