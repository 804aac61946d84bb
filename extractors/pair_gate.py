"""Where a dictionary key may start: its first two characters, looked up for a whole text at once.

:class:`extractors.matching.DictMatcher` looks at a position only when the two characters there
are the first two of some key (or the one character is a key). Testing that per position in
Python, or finding the positions one ``re`` match at a time, costs more than the lookups it
saves; here numpy maps every character of the text to its rank among the keys' first (second)
characters and reads a table of the two-character prefixes, so Python sees only the positions
that pass. :func:`occurrence_lists` finds many names in one text the same way.

Example:
    >>> gate = PairGate({"双街镇", "北辰区", "镇"})
    >>> gate.positions("在双街镇和北辰")
    [1, 3, 5]
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from extractors.name_words import occurrences

_BMP = 0x10000


class PairGate:
    """Positions of a text where a key's two-character prefix, or a one-character key, starts.

    Args:
        keys: the dictionary's keys (empty keys are ignored).
    """

    def __init__(self, keys: Iterable[str]) -> None:
        heads = {k[:2] for k in keys if k}
        pairs = _codes("".join(h for h in heads if len(h) == 2)).reshape(-1, 2)
        singles = _codes("".join(h for h in heads if len(h) == 1))
        self.usable = not (pairs >= _BMP).any() and not (singles >= _BMP).any()
        if not self.usable:
            pairs, singles = pairs[:0], singles[:0]
        firsts, seconds = np.unique(pairs[:, 0]), np.unique(pairs[:, 1])
        self._first, self._second = _ranks(firsts), _ranks(seconds)
        self._width = len(seconds) + 1
        self._table = np.zeros((len(firsts) + 1) * self._width, dtype=bool)
        self._table[self._first[pairs[:, 0]].astype(np.int64) * self._width + self._second[pairs[:, 1]]] = True
        self._single = np.zeros(_BMP, dtype=bool)
        self._single[singles] = True

    def positions(self, text: str) -> list[int] | None:
        """Sorted start positions that pass; None if the text has a character beyond the BMP
        (the caller then scans as before)."""
        codes = _codes(text)
        if not len(codes):
            return []
        if not self.usable or int(codes.max()) >= _BMP:
            return None
        rows = self._first[codes[:-1]].astype(np.int64)
        passing = np.zeros(len(codes), dtype=bool)
        passing[:-1] = self._table[rows * self._width + self._second[codes[1:]]]
        passing |= self._single[codes]
        return np.flatnonzero(passing).tolist()


def _codes(text: str) -> np.ndarray:
    """The code points of ``text`` (lone surrogates included)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _ranks(codes: np.ndarray) -> np.ndarray:
    """A lookup over the BMP: 1 + the index of a code point in ``codes``, 0 for the others."""
    table = np.zeros(_BMP, dtype=np.int32)
    table[codes] = np.arange(1, len(codes) + 1, dtype=np.int32)
    return table


def occurrence_lists(surfaces: Iterable[str], text: str) -> dict[str, list[tuple[int, int]]]:
    """For each surface, what :func:`extractors.name_words.occurrences` gives: ``(start, end)`` of
    its non-overlapping occurrences in ``text``, left to right.

    All surfaces at once: the positions where one of their two-character prefixes starts come from
    a :class:`PairGate`, and from each one the text is read along a trie of the surfaces (one step
    per character that some surface still matches), so a position costs at most the longest
    surface, however many surfaces share its prefix (``str.find`` would read the whole text once
    per surface; comparing every surface of the prefix, positions times surfaces).

    Args:
        surfaces: non-empty strings.
        text: the text to search.

    Returns:
        A list per distinct surface (empty if it does not occur).

    Example:
        >>> occurrence_lists(["aa", "ab"], "aaab aa")
        {'aa': [(0, 2), (5, 7)], 'ab': [(2, 4)]}
    """
    by_head: dict[str, list[str]] = {}
    for surface in dict.fromkeys(surfaces):
        by_head.setdefault(surface[:2], []).append(surface)
    found: dict[str, list[tuple[int, int]]] = {s: [] for group in by_head.values() for s in group}
    starts = PairGate(by_head).positions(text) if all(len(s) > 1 for s in found) else None
    if starts is None:
        return {s: list(occurrences(s, text)) for s in found}
    trie, longest = _trie(found), max(map(len, found), default=0)
    after = dict.fromkeys(found, 0)  # where the next occurrence of a surface may start
    for i in starts:
        window = text[i:i + longest]
        for n in _prefix_lengths(trie, window):
            surface = window[:n]
            if i >= after[surface]:
                found[surface].append((i, i + n))
                after[surface] = i + n
    return found


def _trie(surfaces: Iterable[str]) -> dict[str, dict]:
    """Nested dicts, one level per character; a node where a surface ends has the key ``""`` (which
    no character of a text is).

    Example:
        >>> _trie(["ab", "a"])
        {'a': {'b': {'': {}}, '': {}}}
    """
    root: dict[str, dict] = {}
    for surface in surfaces:
        node = root
        for ch in surface:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _prefix_lengths(trie: dict[str, dict], window: str) -> list[int]:
    """The lengths of the surfaces of ``trie`` that ``window`` starts with, shortest first.

    Example:
        >>> _prefix_lengths(_trie(["ab", "abc", "b"]), "abcd")
        [2, 3]
    """
    out: list[int] = []
    node = trie
    for n, ch in enumerate(window, 1):
        child = node.get(ch)
        if child is None:
            break
        if "" in child:
            out.append(n)
        node = child
    return out
