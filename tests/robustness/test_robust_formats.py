"""Every supported format and encoding, written for real in tmp_path, read back into a Document."""

from __future__ import annotations

import codecs
from pathlib import Path

import docx
import pytest
from pdfmaker import make_pdf

from kg.ingest import read_document

TEXT = (
    "北辰区新型城镇化规划\n发布日期:2021年05月20日\n第一章 总体要求\n一、发展目标\n"
    "全区城镇常住人口由 86.4 万人增加到 86.8 万人，完成 1 号供热站等工程建设。\n"
)
EXPECTED_SENTENCE = "全区城镇常住人口由86.4万人增加到86.8万人,完成1号供热站等工程建设。"


def _check(doc_text: str) -> None:
    assert EXPECTED_SENTENCE in doc_text


@pytest.mark.parametrize(
    ("encoding", "data", "detected"),
    [
        ("utf-8", TEXT.encode("utf-8"), "utf-8"),
        ("utf-8 BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        ("gb18030", TEXT.encode("gb18030"), "gb18030"),
        ("gbk", TEXT.encode("gbk"), "gb18030"),
        ("utf-16 BOM", TEXT.encode("utf-16"), "utf-16"),
        ("utf-16-be BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        ("utf-8 CRLF", TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ],
)
def test_text_encodings(tmp_path: Path, encoding: str, data: bytes, detected: str) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(data)
    doc = read_document(path, root=tmp_path)
    assert doc.encoding == detected, encoding
    assert doc.doc_id == "plan" and doc.format == "txt"
    assert doc.title == "北辰区新型城镇化规划" and doc.date == "2021-05-20"
    assert [s.path_str for s in doc.sections] == ["第一章 总体要求", "第一章 总体要求 / 一、发展目标"]
    _check(doc.text)


def test_encoding_detected_from_bytes_not_name(tmp_path: Path) -> None:
    path = tmp_path / "utf8_named.txt"
    path.write_bytes(TEXT.encode("gbk"))
    assert read_document(path).encoding == "gb18030"


def test_truncated_utf8_keeps_the_document(tmp_path: Path) -> None:
    data = TEXT.encode("utf-8") + "北辰".encode("utf-8")[:4]  # cut in the middle of 辰
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.encoding == "utf-8"
    assert doc.text.endswith("北")
    _check(doc.text)


HTML = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>北辰区新型城镇化规划_天津市北辰区人民政府</title>
<meta name="PubDate" content="2021-12-31 10:00">
<script>var nav = "菜单脚本";</script><style>.x{{color:red}}</style></head>
<body><nav><a href="/">首页</a> | <a href="/zw">政务公开</a></nav>
<div class="breadcrumb">位置:首页--政务公开</div>
<div id="content"><h1>北辰区新型城镇化规划</h1>
<h2>第一章 总体要求</h2><p>全区城镇常住人口由 86.4 万人增加到 86.8 万人，<b>完成</b> 1 号供热站等工程建设。</p>
<table><tr><td>指标</td><td>2020</td><td>2025</td><td>属性</td></tr>
<tr><td>常住人口数量(万人)</td><td>90.96</td><td>105</td><td>预期性</td></tr></table>
<p>二段内容。</p></div>
<footer>版权所有 天津市北辰区人民政府 津ICP备12345号</footer></body></html>"""


@pytest.mark.parametrize(("suffix", "charset"), [(".html", "utf-8"), (".htm", "gbk")])
def test_html_page(tmp_path: Path, suffix: str, charset: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_bytes(HTML.format(charset=charset).encode(charset))
    doc = read_document(path)
    assert doc.format == "html"
    assert doc.title == "北辰区新型城镇化规划"
    assert doc.date == "2021-12-31"
    _check(doc.text)
    for junk in ("菜单脚本", "color:red", "首页", "版权所有", "ICP"):
        assert junk not in doc.text
    assert "第一章 总体要求" in [s.path_str for s in doc.sections]
    (table,) = doc.tables
    assert [c.text for c in table.cells][4:] == ["常住人口数量(万人)", "90.96", "105", "预期性"]


def test_html_meta_published_time(tmp_path: Path) -> None:
    page = ('<html><head><meta property="article:published_time" content="2020-01-18T15:24:00+08:00">'
            "<title>北辰区区长专访</title></head><body><article><p>正文第一段,北辰区将加快建设。</p></article></body></html>")
    path = tmp_path / "news.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert (doc.title, doc.date) == ("北辰区区长专访", "2020-01-18")


def test_docx_paragraphs_headings_tables(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("北辰区人口发展规划", level=0)
    document.add_heading("规划背景", level=1)
    document.add_paragraph("全区城镇常住人口由 86.4 万人增加到 86.8 万人，完成 1 号供热站等工程建设。")
    document.add_heading("发展目标", level=2)
    table = document.add_table(rows=2, cols=4)
    for r, row in enumerate([["指标", "2020", "2025", "属性"], ["常住人口数量(万人)", "90.96", "105", "预期性"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("表后的段落。")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    doc = read_document(path)
    assert doc.format == "docx"
    assert doc.title == "北辰区人口发展规划"
    _check(doc.text)
    assert [s.path_str for s in doc.sections if s.kind != "table"] == ["规划背景", "规划背景 / 发展目标"]
    (tab,) = doc.tables
    assert [c.text for c in tab.cells] == ["指标", "2020", "2025", "属性", "常住人口数量(万人)", "90.96", "105", "预期性"]
    assert tab.section_path == ("规划背景", "发展目标")


def test_pdf_with_text_layer(tmp_path: Path) -> None:
    pages = [
        ["北辰区新型城镇化规划文本", "第一章 总体要求", "“十三五”期间,全区城镇常住人口由86.4万人增加到86.8万人,北辰区建成融创半湾半岛、金侨宸公馆",
         "等一批高端居住区。北辰区推进双街示范镇建设,统筹推进教育、文化、医疗等基本公共服务设施", "- 1 -"],
        ["北辰区新型城镇化规划文本", "建设,完成1号供热站等工程建设。", "第二章 重点任务", "加快建设绿地全球贸易港。", "- 2 -"],
    ]
    path = tmp_path / "plan.pdf"
    path.write_bytes(make_pdf(pages))
    doc = read_document(path)
    assert doc.format == "pdf"
    assert "规划文本" not in doc.text and "- 1 -" not in doc.text  # running header and page numbers
    assert "金侨宸公馆等一批高端居住区。" in doc.text  # wrapped line joined
    assert "基本公共服务设施建设,完成1号供热站等工程建设。" in doc.text  # joined across the page break
    assert [s.path_str for s in doc.sections] == ["第一章 总体要求", "第二章 重点任务"]
