"""Sentence spans on the corpus and on arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest import document_from_text
from kg.ingest.sentences import split_sentences
from schema.document import Document


def test_sentences_slice_clean_text(corpus: dict[str, Document]) -> None:
    for doc in corpus.values():
        previous_end = 0
        for span in doc.sentences:
            sentence = doc.text[span.start : span.end]
            assert sentence and sentence == sentence.strip()
            assert "\n" not in sentence
            assert span.start >= previous_end
            previous_end = span.end


def test_sentences_cover_the_body(corpus: dict[str, Document]) -> None:
    for doc in corpus.values():
        covered = sum(s.end - s.start for s in doc.sentences)
        body = sum(1 for ch in doc.text if not ch.isspace())
        assert covered >= body * 0.99


def test_split_rules() -> None:
    text = "地区生产总值增长6.5%;一般公共预算收入增长5%。他说:“好!”\n第一章 总则"
    spans = [text[s.start : s.end] for s in split_sentences(text)]
    assert spans == ["地区生产总值增长6.5%;一般公共预算收入增长5%。", "他说:“好!”", "第一章 总则"]


def test_headings_are_their_own_sentences(corpus: dict[str, Document]) -> None:
    doc = corpus["004"]
    starts = {s.start: s.end for s in doc.sentences}
    for sec in doc.sections:
        if sec.kind in ("chapter", "section", "item") and sec.heading_end - sec.heading_start < 40:
            assert starts.get(sec.heading_start) == sec.heading_end, sec.path_str


def test_sentence_at(corpus: dict[str, Document]) -> None:
    doc = corpus["004"]
    offset = doc.text.index("1号供热站")
    span = doc.sentence_at(offset)
    assert span is not None and "1号供热站" in doc.text[span.start : span.end]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_document_from_any_text_has_offsets_in_range(text: str) -> None:
    doc = document_from_text(text, doc_id="h")
    size = len(doc.text)
    for span in doc.sentences:
        assert 0 <= span.start < span.end <= size
        assert doc.text[span.start : span.end].strip() == doc.text[span.start : span.end]
    for sec in doc.sections:
        assert 0 <= sec.start <= sec.heading_start <= sec.heading_end <= sec.end <= size
    for table in doc.tables:
        assert all(doc.text[c.start : c.end] == c.text for c in table.cells)


STRUCTURED = st.lists(
    st.sampled_from([
        "第一章 总则", "第二节发展基础", "一、指导思想", "(一)示范镇建设工程", "1.加快完善市政设施建设", "专栏 科技创新提升工程",
        "名词解释", "目录", "第一章\t总则\t- 1 -", "表1 指标表", "90.96", "105", "预期性", "常住人口数量(万人)",
        "北辰区推进双街示范镇建设,完成1号供热站等工程。", "一是推动项目建设。二是优化服务。", "发展基础", "图1-1 区位图",
        "今年北辰区将继续提速城市开发建设,加快推动北辰活力区、天津农垦智慧生态新城开发建设", "",
    ]),
    max_size=40,
).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(STRUCTURED)
def test_sectioner_on_document_like_text(text: str) -> None:
    doc = document_from_text(text, doc_id="s")
    for sec in doc.sections:
        assert 0 <= sec.start <= sec.heading_start <= sec.heading_end <= sec.end <= len(doc.text)
        assert sec.path and all(sec.path)
    for span in doc.sentences:
        assert doc.text[span.start : span.end]
