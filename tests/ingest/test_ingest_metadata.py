"""Golden header metadata of the five corpus files."""

from __future__ import annotations

import pytest

from schema.document import Document

GOLDEN = {
    "000": dict(title="天津北辰区:双轮驱动建设宜居宜业北部新城", date="2025-09-03", region="天津-北辰区",
                publisher=None, author=None, doc_number=None, kind="news"),
    "001": dict(title="北辰区区长王宝雨:知重负重砥砺奋进开创高质量发展新局面", date="2020-01-18", publisher="津云",
                author="赵颖妍", region=None, doc_number=None, kind="interview"),
    "002": dict(title="天津市北辰区人民政府办公室关于印发北辰区京津冀协同发展“十四五”规划等专项规划的通知",
                date="2021-12-31", publisher="天津市北辰区人民政府办公室", doc_number="北辰政办发〔2021〕14号",
                index_number="11120113569347543T/2022-00001", region=None, kind="notice"),
    "003": dict(title="2022年主要工作", date="2022", publisher=None, doc_number=None, kind="report"),
    "004": dict(title="北辰区新型城镇化“十四五”发展规划", date="2021-05", publisher="北辰区发展和改革委员会",
                doc_number=None, kind="plan"),
}


@pytest.mark.parametrize("key", sorted(GOLDEN))
def test_metadata_golden(corpus: dict[str, Document], key: str) -> None:
    doc = corpus[key]
    for field, expected in GOLDEN[key].items():
        assert getattr(doc, field) == expected, field


@pytest.mark.parametrize(
    ("key", "body_opens"),
    [("000", "天津北辰区立足新发展阶段"), ("001", "内容提要:"), ("002", "天津市北辰区人民政府办公室关于印发"),
     ("003", "六是着力改善民生服务水平"), ("004", "序言")],
)
def test_body_start_after_header(corpus: dict[str, Document], key: str, body_opens: str) -> None:
    doc = corpus[key]
    assert doc.text[doc.body_start :].startswith(body_opens)


def test_doc_ids_and_hashes(corpus: dict[str, Document]) -> None:
    assert corpus["002"].doc_id == "002_34b45a5f1536be31"
    assert corpus["002"].source_file == "002_34b45a5f1536be31.txt"
    assert all(len(d.sha256) == 64 for d in corpus.values())
    assert len({d.sha256 for d in corpus.values()}) == 5


@pytest.mark.parametrize(("line", "publisher", "author"), [
    # a news page writes the date (and the time) after the source on one line; normalising drops the space
    ("来源:南京市江宁区人民政府 2024-05-12", "南京市江宁区人民政府", None),
    ("来源:北辰区人民政府 2024年5月12日 10:30", "北辰区人民政府", None),
    ("作者:王晓燕 2024-05-12 发布时间:2024-05-12", None, "王晓燕"),
])
def test_a_date_after_the_source_is_no_part_of_its_name(line: str, publisher: str | None, author: str | None) -> None:
    from kg.ingest import document_from_text

    doc = document_from_text(f"江宁开发区举行重点项目集中签约仪式\n{line}\n5月10日上午,签约仪式举行。", doc_id="n")
    assert (doc.publisher, doc.author, doc.date) == (publisher, author, "2024-05-12")
