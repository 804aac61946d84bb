"""Leftmost-longest dictionary matching over raw text (no regex alternation).

A regex with thousands of literal alternatives is slow in Python's ``re``.
This matcher lets one compiled character class of the keys' first
characters (followed by one of their second characters) jump to the candidate
positions (in C), checks the two-character prefix there, and only then looks
up the key lengths that exist for that first character.

Example:
    >>> m = DictMatcher({"双街镇": "T", "双街": "t", "北辰区": "R"})
    >>> [(s, e, p) for s, e, p in m.finditer("双街镇在北辰区")]
    [(0, 3, 'T'), (4, 7, 'R')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from typing import Generic, TypeVar

from extractors.pair_gate import PairGate

P = TypeVar("P")


class DictMatcher(Generic[P]):
    """Find non-overlapping occurrences of dictionary keys, longest first at each position."""

    def __init__(self, entries: Mapping[str, P]) -> None:
        self._entries: dict[str, P] = {k: v for k, v in entries.items() if k}
        lengths: dict[str, set[int]] = {}
        for key in self._entries:
            lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {c: sorted(ls, reverse=True) for c, ls in lengths.items()}
        self._gate = PairGate(self._entries)

    @cached_property
    def _fallback(self) -> tuple[re.Pattern[str], set[str], set[str]]:
        """For :meth:`_scan` (text beyond the BMP): the candidate pattern, the keys' two-character
        prefixes (a one-character key passes alone) and their one-character keys."""
        heads = {key[:2] for key in self._entries} | {k for k in self._entries if len(k) == 1}
        short = {k[0] for k in self._entries if len(k) == 1}
        return _candidates(self._entries, short), heads, short

    def __len__(self) -> int:
        return len(self._entries)

    def finditer(self, text: str, accept: Callable[[str, int, int], bool] | None = None) -> Iterator[tuple[int, int, P]]:
        """Yield ``(start, end, payload)``; ``accept(text, start, end)`` may veto a match."""
        if not self._entries:
            return
        starts = self._gate.positions(text)
        if starts is None:
            yield from self._scan(text, accept)
            return
        lengths, entries, after = self._lengths, self._entries, 0
        for i in starts:  # each passes the two-character test of _scan; a match skips those it covers
            if i < after:
                continue
            for length in lengths[text[i]]:
                key = text[i:i + length]
                if len(key) == length and key in entries and (accept is None or accept(text, i, i + length)):
                    yield i, i + length, entries[key]
                    after = i + length
                    break

    def _scan(self, text: str, accept: Callable[[str, int, int], bool] | None) -> Iterator[tuple[int, int, P]]:
        """:meth:`finditer` finding the candidate positions with ``re``, one at a time."""
        first, heads, short = self._fallback
        search, lengths, entries = first.search, self._lengths, self._entries
        hit = search(text)
        while hit is not None:
            i = hit.start()
            step = 1
            if text[i:i + 2] in heads or text[i] in short:
                for length in lengths[text[i]]:
                    key = text[i:i + length]
                    if len(key) == length and key in entries and (accept is None or accept(text, i, i + length)):
                        yield i, i + length, entries[key]
                        step = length
                        break
            hit = search(text, i + step)


def _candidates(entries: dict[str, object], short: set[str]) -> re.Pattern[str]:
    """Where a key may start (``entries`` not empty): a first character of a key, followed (when no
    key is a single character) by a second character of some key. Found in C, so only these
    positions are looked at in Python."""
    first = "[" + re.escape("".join(sorted({k[0] for k in entries}))) + "]"
    if short:
        return re.compile(first)
    return re.compile(first + "(?=[" + re.escape("".join(sorted({k[1] for k in entries}))) + "])")


class OrderedWords:
    """A list of words, and which of them can occur in a short text, in list order.

    ``present(window)`` gives the words (duplicates and order kept) whose first character occurs in
    ``window``: a loop that searches each word in the window, or in a part of it, skips the others
    without a search, since they cannot be found there.

    Example:
        >>> OrderedWords(["以上", "年", "上年", "以"]).present("上年以来")
        ['以上', '年', '上年', '以']
        >>> OrderedWords(["以上", "年", "上年"]).present("年末")
        ['年']
    """

    def __init__(self, words: list[str]) -> None:
        self.words = list(words)
        self._by_first: dict[str, list[int]] = {}
        for i, word in enumerate(self.words):
            self._by_first.setdefault(word[:1], []).append(i)

    def present(self, window: str) -> list[str]:
        """The words whose first character is in ``window`` (an empty word always), in list order."""
        picked = [i for ch in {*window, ""} for i in self._by_first.get(ch, ())]
        return [self.words[i] for i in sorted(picked)]
