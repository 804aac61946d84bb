"""A span of a text with one piece cut out, searched for words through one index of the whole text.

A rule that reads ``text[lo:a] + text[b:hi]`` (a clause without the mention it is about) builds and
searches that string once per mention: on a clause of thousands of mentions (one enumeration
sentence) that is quadratic. :class:`SplicedText` answers the same word searches by bisect over the
occurrences of each word in the whole text (found once, :class:`WordPositions`), reading characters
only where a word may run across the cut.

Example:
    >>> words = WordPositions("推进甲项目建设，乙")
    >>> clause = SplicedText("推进甲项目建设，乙", words, 0, 2, 5, 7)  # 推进 + 建设
    >>> clause.text(), clause.find("进建", 0), clause.find("建设", 0), clause.find("项目", 0)
    ('推进建设', 1, 2, -1)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator


class WordPositions:
    """Where each asked word starts in one text (overlapping occurrences too), found once per word."""

    def __init__(self, text: str) -> None:
        self.source = text
        self._starts: dict[str, list[int]] = {}

    def __call__(self, word: str) -> list[int]:
        """The sorted starts of ``word`` in the text."""
        starts = self._starts.get(word)
        if starts is None:
            starts, at = [], self.source.find(word)
            while at >= 0:
                starts.append(at)
                at = self.source.find(word, at + 1)
            self._starts[word] = starts
        return starts


class SplicedText:
    """``source[lo:cut_start] + source[cut_end:hi]`` without building it; positions are in that string."""

    def __init__(self, source: str, words: WordPositions, lo: int, cut_start: int, cut_end: int, hi: int) -> None:
        self.source, self.words = source, words
        self.lo, self.cut_start, self.cut_end, self.hi = lo, cut_start, cut_end, hi
        self.joint = cut_start - lo  # where the second piece starts
        self.length = self.joint + hi - cut_end

    def text(self) -> str:
        """The string itself (for tests and small pieces)."""
        return self.source[self.lo:self.cut_start] + self.source[self.cut_end:self.hi]

    def char(self, i: int) -> str:
        """The character at ``i`` ("" outside)."""
        if not 0 <= i < self.length:
            return ""
        return self.source[self.lo + i] if i < self.joint else self.source[self.cut_end + i - self.joint]

    def startswith(self, word: str, i: int) -> bool:
        """Whether ``word`` stands at ``i``."""
        return i >= 0 and i + len(word) <= self.length and all(self.char(i + k) == ch for k, ch in enumerate(word))

    def find(self, word: str, i: int) -> int:
        """The first start of ``word`` at or after ``i`` (-1 if none): ``self.text().find(word, i)``."""
        starts, n, i = self.words(word), len(word), max(i, 0)
        if i < self.joint:  # wholly in the first piece
            k = bisect_left(starts, self.lo + i)
            if k < len(starts) and starts[k] + n <= self.cut_start:
                return starts[k] - self.lo
        for s in range(max(i, self.joint - n + 1), self.joint):  # across the cut
            if self.startswith(word, s):
                return s
        k = bisect_left(starts, self.cut_end + max(i - self.joint, 0))  # wholly in the second piece
        if k < len(starts) and starts[k] + n <= self.hi:
            return starts[k] - self.cut_end + self.joint
        return -1

    def ends_before(self, word: str, end: int) -> Iterator[int]:
        """The starts of ``word`` whose end is at most ``end``, last first."""
        starts, n = self.words(word), len(word)
        top = min(self.hi - n, self.cut_end + end - self.joint - n)
        for k in range(bisect_right(starts, top) - 1, -1, -1):  # the second piece
            if starts[k] < self.cut_end:
                break
            yield starts[k] - self.cut_end + self.joint
        for s in range(min(self.joint - 1, end - n), max(self.joint - n, -1), -1):  # across the cut
            if self.startswith(word, s):
                yield s
        top = min(self.cut_start - n, self.lo + end - n)
        for k in range(bisect_right(starts, top) - 1, -1, -1):  # the first piece
            if starts[k] < self.lo:
                break
            yield starts[k] - self.lo
