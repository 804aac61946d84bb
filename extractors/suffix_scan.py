"""Regex matches without trying every start position: :class:`LazySuffixPattern` for
``[chars]{lo,hi}?(?:suffix|…)``, :class:`AnchoredPattern` for a pattern whose matches hold a literal,
:class:`StartCharsPattern` for one whose matches start with a few characters.

Python's ``re`` runs such a pattern (a lazy run of name characters, then one of a few
literal suffixes) from every position of the text, and from each one tries up to ``hi``
lengths. :class:`LazySuffixPattern` finds where the suffixes occur first (``str.find``), and
starts the pattern only where its match must start, so ``finditer`` gives the same matches.

Why it is the same: a match starting at ``s`` ends its run at the first suffix position ``q``
with ``s + lo <= q <= s + hi`` and ``text[s:q]`` all name characters. So a suffix position
``q`` can be reached from the starts ``max(pos, run(q), q - hi) .. q - lo``, where ``pos`` is
where the search goes on and ``run(q)`` the start of the run of name characters ending at ``q``.
That lower end does not decrease with ``q``, so the first ``q`` with a non-empty range gives
the leftmost start, and the pattern matched there ends its run at that same ``q``.

Example:
    >>> p = LazySuffixPattern("\\u4e00-\\u9fff", 2, 40, ["规划", "方案"])
    >>> [m.group() for m in p.finditer("编制北辰区规划和实施方案，规划")]
    ['编制北辰区规划', '和实施方案']
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class LiteralMatch:
    """One occurrence of a dictionary word, read as a regex match is read (``start()``, ``end()``, ``group()``):
    what :meth:`extractors.patterns.NamePatterns.suffix_matches` gives for the matches of a word alternation."""

    __slots__ = ("_start", "_end", "_word")

    def __init__(self, start: int, end: int, word: str) -> None:
        self._start, self._end, self._word = start, end, word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, index: int = 0) -> str:
        """The word (a match of a word alternation has only group 0)."""
        if index:
            raise IndexError("no such group")
        return self._word


class LazySuffixPattern:
    """``re.compile(f"[{chars}]{{{lo},{hi}}}?(?:{'|'.join(suffixes)})")``, searched faster.

    Args:
        chars: the body of a character class (as written between ``[`` and ``]``).
        lo: the fewest name characters before a suffix (at least 1).
        hi: the most name characters before a suffix.
        suffixes: literal suffixes, tried in this order at a position (as the alternation is).
    """

    def __init__(self, chars: str, lo: int, hi: int, suffixes: list[str]) -> None:
        self.lo, self.hi = lo, hi
        self.pattern = re.compile(f"[{chars}]{{{lo},{hi}}}?(?:" + "|".join(map(re.escape, suffixes)) + ")")
        self._back = re.compile(f"[{chars}]{{0,{hi}}}")  # run before a position, on the reversed text
        words = [s for s in suffixes if s]
        #: Only suffixes without another suffix at their start: the others add no position.
        self._firsts = sorted({s for s in words if not any(t != s and s.startswith(t) for t in words)})

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of :attr:`pattern` in ``text``, as ``pattern.finditer(text)`` gives them."""
        if not self._firsts:
            yield from self.pattern.finditer(text)  # an empty suffix: no positions to start from
            return
        back, reverse, size, pos = self._back.match, text[::-1], len(text), 0
        for q in self._positions(text):
            if q < pos + self.lo:
                continue
            run_start = size - back(reverse, size - q).end()  # q less the name characters before it (at most hi)
            start = max(pos, run_start)
            if start > q - self.lo:
                continue
            hit = self.pattern.match(text, start)
            if hit is not None:
                yield hit
                pos = hit.end()

    def _positions(self, text: str) -> list[int]:
        """Every position where a suffix starts, overlapping ones included, in order."""
        found: set[int] = set()
        for word in self._firsts:
            at = text.find(word)
            while at >= 0:
                found.add(at)
                at = text.find(word, at + 1)
        return sorted(found)


class AnchoredPattern:
    """A compiled pattern each of whose matches holds ``literal`` at most ``reach`` characters after its
    start (河长制: 长制 one or two characters in); ``finditer`` tries starts only near the literal.

    Why it is the same: ``finditer`` goes on from ``pos`` with the leftmost start ``s >= pos`` at which
    the pattern matches. That match holds the literal at some ``q`` in ``[s, s + reach]``; every start
    before ``s`` from ``pos`` fails, and the starts are tried in order, occurrence by occurrence, so the
    first start that matches is ``s`` (a start that failed once fails again and is not retried).

    Args:
        pattern: the compiled pattern (its matches are never empty).
        literal: a string every match holds.
        reach: the most characters from a match's start to the literal in it.

    Example:
        >>> p = AnchoredPattern(re.compile("[甲乙]{1,2}长制"), "长制", 2)
        >>> [m.group() for m in p.finditer("推行甲乙长制和乙长制")]
        ['甲乙长制', '乙长制']
    """

    def __init__(self, pattern: re.Pattern[str], literal: str, reach: int) -> None:
        self.pattern, self.literal, self.reach = pattern, literal, reach

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of :attr:`pattern` in ``text``, as ``pattern.finditer(text)`` gives them."""
        match, pos, tried = self.pattern.match, 0, 0
        at = text.find(self.literal)
        while at >= 0:
            for start in range(max(pos, tried, at - self.reach), at + 1):
                hit = match(text, start)
                if hit is not None:
                    yield hit
                    pos = hit.end()
                    break
            else:
                tried = at + 1  # every start up to the literal failed
            at = text.find(self.literal, at + 1)


class StartCharsPattern:
    """A compiled pattern whose matches all start with one of ``chars`` (我区 rules: 等, an adverb or a
    verb); ``finditer`` tries the pattern only where such a character stands, found in C.

    Why it is the same: ``finditer`` goes on from ``pos`` with the leftmost start at which the pattern
    matches, and a match (never empty) cannot start on another character.

    With ``at_start`` the pattern is also tried at the text's start (a ``^`` alternative: ``(?:^|[。\\n])…``).

    Args:
        pattern: the compiled pattern (its matches are never empty and start with one of ``chars``,
            or at the text's start when ``at_start``).
        chars: the characters a match can start with.
        at_start: also try the pattern at position 0.

    Example:
        >>> p = StartCharsPattern(re.compile("(?:已|均)*落户我区"), "已均落")
        >>> [m.group() for m in p.finditer("均已落户我区，落户我区")]
        ['均已落户我区', '落户我区']
    """

    def __init__(self, pattern: re.Pattern[str], chars: str, *, at_start: bool = False) -> None:
        self.pattern, self.at_start = pattern, at_start
        self._starts = re.compile("[" + re.escape(chars) + "]")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of :attr:`pattern` in ``text``, as ``pattern.finditer(text)`` gives them."""
        match, pos = self.pattern.match, 0
        if self.at_start and (hit := match(text, 0)) is not None:
            yield hit
            pos = hit.end()
        for start in self._starts.finditer(text):
            if start.start() >= pos and (hit := match(text, start.start())) is not None:
                yield hit
                pos = hit.end()
