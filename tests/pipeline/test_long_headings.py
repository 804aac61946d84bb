"""Section look-ups in a document of thousands of headings answer as ``Document.section_at`` does.

The indicator and zone rules ask for the section at an offset through
:func:`schema.document.lazy_section_finder` (bisect over the section bounds) instead of
``section_at`` (every section read per question); the reference is ``section_at``.
"""

from __future__ import annotations

from pathlib import Path

from kg.ingest import document_from_text
from schema.document import lazy_section_finder

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
_MARKERS = ("{n}、", "（{n}）", "{i}. ", "第{n}章 ", "{i}.{j} ")
_NUMERALS = "一二三四五六七八九十"


def headings_text() -> str:
    """Short headings of every kind, most with no sentence under them, from the corpus' sentences."""
    sentences = [s + "。" for p in sorted(RAW.glob("*.txt")) for s in p.read_text(encoding="utf-8").split("。")
                 if len(s.strip()) > 12 and "\n" not in s.strip()]
    lines = []
    for k in range(3000):
        marker = _MARKERS[k * 7 % len(_MARKERS)].format(n=_NUMERALS[k % 10], i=k % 10 + 1, j=k % 7 + 1)
        sentence = sentences[k * 31 % len(sentences)].strip()
        lines.append(marker + sentence[:6 + k % 8].rstrip("，、。"))
        if k % 3 == 0:
            lines.append(sentence)
    return "\n".join(lines) + "\n"


def test_lazy_section_finder_equals_section_at_on_thousands_of_headings() -> None:
    document = document_from_text(headings_text(), doc_id="headings")
    find = lazy_section_finder(document)
    edges = {b + d for s in document.sections for b in (s.start, s.end) for d in (-1, 0, 1)}
    offsets = sorted({*range(0, len(document.text) + 2, 97), *(o for o in edges if o >= 0)})
    for offset in offsets:
        assert find(offset) == document.section_at(offset), offset
    assert len(document.sections) > 1000 and max(len(s.path) for s in document.sections) >= 3
