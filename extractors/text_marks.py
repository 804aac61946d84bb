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
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Generic, TypeVar

import numpy as np

#: A name's short form the text declares right after it: (以下简称“生物城”), (简称"管委会"), a listed firm's (股票简称“驰远
#: 动力”), also with its stock code after it (以下简称“芯感微”，股票代码：301678); group 1 the short form.
SAID_SHORT = re.compile(r"[(（](?:以下)?(?:股票|证券)?简称[:：]?[“\"]?([^)）”\"，,；;]{2,12})[”\"]?(?:[，,；;][^)）]{1,20})?[)）]")
#: A document number's year and number (郑港项目办〔2024〕17号, 武清政发[2023]9号), found first; then the issuer's short
#: words before it (2 to 12 characters), which name nothing.
_DOC_NUMBER_TAIL = re.compile(r"[〔\[［(（]\d{4}[〕\]］)）]\d+号")
_ISSUER_MAX = 12


@lru_cache(maxsize=4)  # the gazetteer and the names component both ask, per text
def doc_number_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the document numbers written in ``text``.

    Example:
        >>> text = "现将情况通报如下（郑港项目办〔2024〕17号）。"
        >>> [text[s:e] for s, e in doc_number_spans(text)]
        ['郑港项目办〔2024〕17号']
    """
    spans = []
    for hit in _DOC_NUMBER_TAIL.finditer(text) if "号" in text else ():
        start = hit.start()
        while start > max(0, hit.start() - _ISSUER_MAX) and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        if hit.start() - start >= 2:
            spans.append((start, hit.end()))
    return tuple(spans)


def after_last_mark(text: str, marks: str, floor: int, pos: int) -> int:
    """Where the text after the last of ``marks`` in ``text[floor:pos]`` opens, else ``floor``: a clause's or a
    sentence's opening, looked for back to ``floor`` only (a bounded look-back keeps a scan linear).

    Example:
        >>> after_last_mark("甲，乙。丙丁", "，。", 0, 5), after_last_mark("甲乙丙", "，。", 1, 3)
        (4, 1)
    """
    return max(floor - 1, *(text.rfind(ch, floor, pos) for ch in marks)) + 1


def inside_any(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of ``spans`` (a short list)."""
    return any(lo <= start and end <= hi for lo, hi in spans)


#: A short form in bare brackets right after a name (安徽智驭汽车电子有限公司（安徽智驭）); group 1 the short form, one only
#: where :func:`said_short` finds its characters in the name.
BARE_SHORT = re.compile(r"[(（]([\u4e00-\u9fffA-Za-z]{2,8})[)）]")
#: A short form declared by the sentence after a name, without brackets (江苏扬子江国际化学工业园。简称扬子江化工园，是…); one
#: only where :func:`said_short` finds its characters in the name.
_RUN_IN_SHORT = re.compile(r"[。，,]简称[“\"]?([\u4e00-\u9fffA-Za-z]{2,8}?)[”\"]?(?=[，,。；;])")
#: A short note in brackets (（大兴片区）).
_NOTE = re.compile(r"[(（][^()（）\n]{1,10}[)）]")


def said_short(text: str, end: int, name: str) -> re.Match[str] | None:
    """The short form declared right after ``name`` ending at ``end``: (以下简称“生物城”), or bare brackets or a run-in
    sentence (。简称扬子江化工园，) holding some of the name's characters in their order (（安徽智驭）, （中石化） of
    中国石油化工股份有限公司), not the whole name; group 1 the short form.

    Example:
        >>> said_short("安徽智驭汽车电子有限公司（安徽智驭）新建", 12, "安徽智驭汽车电子有限公司").group(1)
        '安徽智驭'
        >>> said_short("华为技术有限公司（深圳）", 8, "华为技术有限公司") is None
        True
    """
    said = SAID_SHORT.match(text, end)
    if said is not None:
        return said
    note = _NOTE.match(text, end)  # 临空经济区（大兴片区）（以下简称“临空经济区”）: a note before the declaration
    if note is not None and (said := SAID_SHORT.match(text, note.end())) is not None:
        return said
    bare = BARE_SHORT.match(text, end) or _RUN_IN_SHORT.match(text, end)
    return bare if bare is not None and _abbreviates(bare.group(1), name) and not _industry(bare.group(1)) else None


def _industry(short: str) -> bool:
    """A firm's industry in brackets after its name (四川一汽丰田汽车零部件有限公司（汽车零部件）, a list of 链主企业 by
    chain), no short form of it."""
    from extractors.chains import chain_terms

    return short in chain_terms()


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short``'s characters are ``name``'s, in their order, and ``short`` is shorter; or ``short`` (three to
    six characters) opens with two characters a company's ``name`` holds together, its brand (安凯客车 of 安徽安凯汽车股份
    有限公司)."""
    rest = iter(name)
    return len(short) < len(name) and (all(ch in rest for ch in short)
                                       or name.endswith("公司") and 3 <= len(short) <= 6 and short[:2] in name)

T = TypeVar("T")


def first_ending(words: Sequence[str], every: tuple[str, ...], text: str, end: int) -> str | None:
    """The first of ``words`` that ``text[:end]`` ends with (None if none); ``every`` holds the same words,
    asked first in one ``endswith`` call (most positions end with none of them).

    Example:
        >>> words = ["产业链", "链"]
        >>> first_ending(words, tuple(words), "补齐产业链", 5), first_ending(words, tuple(words), "补齐", 2)
        ('产业链', None)
    """
    if not text.endswith(every, 0, end):
        return None
    return next((w for w in words if text.endswith(w, 0, end)), None)


def mark_positions(text: str, marks: str) -> list[int]:
    """The offsets of the characters of ``marks`` in ``text``, in order (compared as code points in numpy:
    three times faster than a regex's matches).

    Example:
        >>> mark_positions("甲，乙。丙，", "，。")
        [1, 3, 5]
    """
    if not marks or not text:
        return []
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    hit = codes == ord(marks[0])
    for mark in marks[1:]:
        hit |= codes == ord(mark)
    return np.flatnonzero(hit).tolist()


class MarkIndex:
    """Sorted offsets of the characters of ``marks`` in ``text``."""

    def __init__(self, text: str, marks: str) -> None:
        self.text = text
        self.positions = mark_positions(text, marks)

    def last_before(self, pos: int, floor: int = 0) -> int:
        """The last mark in ``[floor, pos)`` (-1 if none): ``max(text.rfind(c, floor, pos) for c in marks)``."""
        i = bisect_left(self.positions, pos) - 1
        return self.positions[i] if i >= 0 and self.positions[i] >= floor else -1

    def first_from(self, pos: int) -> int:
        """The first mark at or after ``pos`` (-1 if none): the least ``text.find(c, pos)`` found."""
        i = bisect_left(self.positions, pos)
        return self.positions[i] if i < len(self.positions) else -1


class SpansByStart:
    """Spans kept in their given order, with the spans starting in a range found by bisect.

    A loop over all spans that only acts on those starting in a short window visits just these,
    in the same order (the order can matter when the loop narrows its own window).

    Example:
        >>> spans = SpansByStart([(12, 14), (3, 5), (10, 15)])
        >>> spans.starting_in(10, 20)
        [(12, 14), (10, 15)]
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self._order = sorted(range(len(self.spans)), key=lambda i: self.spans[i][0])
        self._starts = [self.spans[i][0] for i in self._order]

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans with ``lo <= start < hi``, in their given order."""
        a, b = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        return [self.spans[i] for i in sorted(self._order[a:b])]


class Covered:
    """Whether a position lies in any of some spans: ``any(lo <= pos < hi for lo, hi in spans)`` by a
    bisect over the spans' union (the plain test reads every span, once per position asked about).

    Example:
        >>> covered = Covered([(5, 8), (0, 3), (2, 4), (9, 9)])
        >>> [covered.holds(pos) for pos in (0, 3, 4, 7, 8, 9)]
        [True, True, False, True, False, False]
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        union: list[list[int]] = []
        for lo, hi in sorted(span for span in spans if span[0] < span[1]):  # an empty span holds nothing
            if union and lo <= union[-1][1]:
                union[-1][1] = max(union[-1][1], hi)
            else:
                union.append([lo, hi])
        self._starts = [lo for lo, _ in union]
        self._ends = [hi for _, hi in union]

    def holds(self, pos: int) -> bool:
        """Whether some span has ``lo <= pos < hi``."""
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


class ScopesAt(Generic[T]):
    """The scopes ``(lo, hi, value)`` holding a position, in their given order:
    ``[x for x in scopes if x[0] <= pos < x[1]]`` by a bisect (the plain list reads every scope per
    position). The boundaries cut the text in intervals whose holding scopes do not change; each
    interval lists them once (nested scopes, as of headings and paragraphs, hold a few each).

    Example:
        >>> at = ScopesAt([(0, 10, "a"), (2, 5, "b"), (4, 4, "c")])
        >>> [[v for _, _, v in at(pos)] for pos in (0, 4, 5, 10)]
        [['a'], ['a', 'b'], ['a'], []]
    """

    def __init__(self, scopes: list[tuple[int, int, T]]) -> None:
        self.scopes = scopes
        self._bounds = sorted({lo for lo, _, _ in scopes} | {hi for _, hi, _ in scopes})
        self._holding: list[list[int]] = [[] for _ in self._bounds]
        for i, (lo, hi, _) in enumerate(scopes):
            for k in range(bisect_left(self._bounds, lo), bisect_left(self._bounds, hi)):
                self._holding[k].append(i)

    def __call__(self, pos: int) -> list[tuple[int, int, T]]:
        k = bisect_right(self._bounds, pos) - 1
        return [self.scopes[i] for i in self._holding[k]] if k >= 0 else []


class TakenSpans:
    """Spans taken one by one in a text, asked whether a new span overlaps any of them.

    ``any(x.start < end and start < x.end for x in taken)`` reads every span taken so far, once per
    question: quadratic in a document with many. A non-empty span overlaps a taken one exactly when
    it holds a character that one covers, so the covered characters are marked (a bytearray as long
    as the text) and a question reads only the span's own characters. Spans must not be empty.

    Example:
        >>> taken = TakenSpans(10)
        >>> taken.add(2, 4)
        >>> taken.overlaps(0, 2), taken.overlaps(3, 6), taken.overlaps(4, 9)
        (False, True, False)
    """

    def __init__(self, length: int) -> None:
        self._covered = bytearray(length)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a taken span."""
        return self._covered.find(1, start, end) >= 0

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)``."""
        self._covered[start:end] = b"\x01" * (end - start)


class WordHits:
    """Every occurrence (overlapping ones too) of a set of words in one text, for questions by span.

    ``inside(lo, hi)`` answers as ``re.search("|".join(words), text[lo:hi]) is not None`` (words without
    regex marks), which copies and reads the slice: once per item of a long clause, quadratic.

    Example:
        >>> hits = WordHits("在新区建设和建成", ("建设", "建成", "在"))
        >>> hits.inside(1, 4), hits.inside(1, 5), hits.inside(0, 1), hits.inside(6, 7)
        (False, True, True, False)
    """

    def __init__(self, text: str, words: tuple[str, ...]) -> None:
        ends: dict[int, int] = {}
        for word in words:
            at = text.find(word)
            while at >= 0:
                ends[at] = min(ends.get(at, at + len(word)), at + len(word))
                at = text.find(word, at + 1)
        self.starts = sorted(ends)
        self.ends = [ends[at] for at in self.starts]

    def inside(self, lo: int, hi: int) -> bool:
        """Whether a word occurs wholly inside ``[lo, hi)`` (only words ending past ``hi`` are passed over)."""
        return self.first_inside(lo, hi) >= 0

    def first_inside(self, lo: int, hi: int) -> int:
        """Where the first word wholly inside ``[lo, hi)`` starts; -1 if none."""
        i = bisect_left(self.starts, lo)
        while i < len(self.starts) and self.starts[i] < hi:
            if self.ends[i] <= hi:
                return self.starts[i]
            i += 1
        return -1


#: Verbs a clause opens with: the clause after a comma that starts so is no list item.
_CLAUSE_VERBS = ("推进", "推动", "加快", "建设", "打造", "围绕", "依托", "实施", "开展", "发展", "完善", "提升", "积极")


def comma_list_start(text: str, clause: int, deng: int, marks: MarkIndex) -> int:
    """Where a list ending at ``deng`` starts when a comma stands for its last 、 (A、B、C，D等): a last
    item alone after a comma whose clause is itself a list of three or more short items.

    Example:
        >>> text = "开发建设奶业研究院、奶牛公社、奶牛粮仓，奶业科普馆等产业项目"
        >>> clause = text.index("，") + 1
        >>> text[comma_list_start(text, clause, text.index("等"), MarkIndex(text, "，。"))]
        '开'
    """
    if clause < 2 or text[clause - 1] not in "，," or "、" in text[clause:deng] or deng - clause > 10 \
            or text.startswith(_CLAUSE_VERBS, clause):
        return clause
    before = marks.last_before(clause - 1) + 1
    if "等" in text[before:clause]:  # a list of its own (…、工业互联网等领域，推进X等项目建设)
        return clause
    parts = text[before:clause - 1].split("、")
    if len(parts) >= 3 and all(2 <= len(p) <= 10 for p in parts[1:]) and len(parts[0]) <= 16:
        return before
    return clause


def unanchored(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (written ``^…$``, no ``|`` outside a group, no look-around) without its anchors.

    ``unanchored(p).fullmatch(text, start, end)`` answers as ``p.match(text[start:end])`` wherever
    ``text[start:end]`` holds no line break (inside a clause), without copying the slice, and it stops
    where the text stops fitting: a long gap costs no more than its fitting start.

    Example:
        >>> gap = re.compile(r"^(?:已|将)*落户$")
        >>> bool(unanchored(gap).fullmatch("甲已将落户乙", 1, 5)), bool(unanchored(gap).fullmatch("甲已将落户乙", 0, 5))
        (True, False)
    """
    body = pattern.pattern
    if not (body.startswith("^") and body.endswith("$") and not body.endswith("\\$")) or "(?<" in body:
        raise ValueError(f"not a ^…$ pattern without look-behind: {body}")
    depth, escaped, in_class = 0, False, False
    for ch in body:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            raise ValueError(f"a top-level alternative: {body}")
    return re.compile(body[1:-1], pattern.flags)
