"""Leftmost-longest dictionary matching over raw text (no regex alternation).

A regex with thousands of literal alternatives is slow in Python's ``re``;
this scans once and looks up only the lengths that exist for each first
character.

Example:
    >>> m = DictMatcher({"双街镇": "T", "双街": "t", "北辰区": "R"})
    >>> [(s, e, p) for s, e, p in m.finditer("双街镇在北辰区")]
    [(0, 3, 'T'), (4, 7, 'R')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Generic, TypeVar

P = TypeVar("P")


class DictMatcher(Generic[P]):
    """Find non-overlapping occurrences of dictionary keys, longest first at each position."""

    def __init__(self, entries: Mapping[str, P]) -> None:
        self._entries: dict[str, P] = {k: v for k, v in entries.items() if k}
        lengths: dict[str, set[int]] = {}
        for key in self._entries:
            lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {c: sorted(ls, reverse=True) for c, ls in lengths.items()}

    def __len__(self) -> int:
        return len(self._entries)

    def finditer(self, text: str, accept: Callable[[str, int, int], bool] | None = None) -> Iterator[tuple[int, int, P]]:
        """Yield ``(start, end, payload)``; ``accept(text, start, end)`` may veto a match."""
        i, n, lengths, entries = 0, len(text), self._lengths, self._entries
        while i < n:
            for length in lengths.get(text[i], ()):
                key = text[i:i + length]
                if key in entries and (accept is None or accept(text, i, i + length)):
                    yield i, i + length, entries[key]
                    i += length
                    break
            else:
                i += 1
