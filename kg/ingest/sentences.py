"""Sentence spans: split on 。!? (and their full-width forms) and at line ends, never on ;.

Closing quotes and brackets after a terminator stay with the sentence
(``……可期。”`` ends after ``”``). Spans are trimmed of surrounding whitespace,
so ``text[span.start:span.end]`` is a clean sentence; a heading line is its own
sentence because it is its own line.

Example:
    >>> text = "一、总则\\n今年增长6.5%。明年“更好!”好;很好"
    >>> [text[s.start:s.end] for s in split_sentences(text)]
    ['一、总则', '今年增长6.5%。', '明年“更好!”', '好;很好']
"""

from __future__ import annotations

import re

from schema.document import Span

SENTENCE_RE = re.compile(r"[^\n。!?！？]*(?:[。!?！？]+[”’\"')）】》]*|\n|$)")
TRIM = " \t\r\n\u3000"


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of ``text[start:end]`` with absolute offsets, in order.

    Args:
        text: Normalised document text.
        start: First offset to cover.
        end: Offset to stop at (default: end of text).
    """
    stop = len(text) if end is None else end
    spans: list[Span] = []
    for match in SENTENCE_RE.finditer(text, start, stop):
        lo, hi = match.start(), match.end()
        while lo < hi and text[lo] in TRIM:
            lo += 1
        while hi > lo and text[hi - 1] in TRIM:
            hi -= 1
        if hi > lo:
            spans.append(Span(start=lo, end=hi))
    return spans
