"""Positions of a set of marks (clause punctuation) in one text, answered by bisect.

``max(text.rfind(c, 0, pos) for c in marks)`` reads the text back to its start for every mark
that is missing before ``pos``, once per query; with one query per mention that is quadratic in
the length of a document. :class:`MarkIndex` finds the marks once and answers each query with a
bisect (same results).

Example:
    >>> marks = MarkIndex("甲，乙。丙", "，。")
    >>> marks.last_before(3), marks.first_from(2), marks.first_from(4), marks.last_before(1)
    (1, 3, -1, -1)
"""

from __future__ import annotations

import re
from bisect import bisect_left


class MarkIndex:
    """Sorted offsets of the characters of ``marks`` in ``text``."""

    def __init__(self, text: str, marks: str) -> None:
        self.text = text
        self.positions = [m.start() for m in re.finditer("[" + re.escape(marks) + "]", text)] if marks else []

    def last_before(self, pos: int, floor: int = 0) -> int:
        """The last mark in ``[floor, pos)`` (-1 if none): ``max(text.rfind(c, floor, pos) for c in marks)``."""
        i = bisect_left(self.positions, pos) - 1
        return self.positions[i] if i >= 0 and self.positions[i] >= floor else -1

    def first_from(self, pos: int) -> int:
        """The first mark at or after ``pos`` (-1 if none): the least ``text.find(c, pos)`` found."""
        i = bisect_left(self.positions, pos)
        return self.positions[i] if i < len(self.positions) else -1
