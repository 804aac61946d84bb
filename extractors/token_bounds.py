"""Token boundaries and gazetteer place spans of one doc, for the name rules.

Built once per doc from :func:`extractors.base.token_offsets` (no ``Token``
objects); every lookup is a set membership or a bisect.

Example:
    >>> import spacy
    >>> doc = spacy.blank("en")("ab cd")
    >>> bounds = TokenBounds(doc)
    >>> bounds.token_start(4), bounds.is_end(2), bounds.words_in(0, 5)
    (3, True, [3, 2, 0])
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable

from spacy.tokens import Doc

from extractors.base import text_of, token_offsets

_SPACE = re.compile(r"\s")


class TokenBounds:
    """Token start/end lookups over a doc's jieba tokens.

    A whitespace character after a token counts as a one-character token of its own.
    """

    def __init__(self, doc: Doc) -> None:
        self.places: list[tuple[int, int]] = []  # gazetteer place spans (proper elements of names)
        self.town_forms: frozenset[str] = frozenset()  # the names and short forms of the text's towns
        self._town_lengths: list[int] = []
        self.place_starts: set[int] = set()
        self.place_end_at: dict[int, int] = {}
        self._longest_place = 0
        text = text_of(doc)
        starts, ends, spaces = token_offsets(doc)
        self.starts = sorted({*starts, *(end for end, space in zip(ends, spaces) if space)})
        self.ends: set[int] = {len(text), *ends}
        self.ends.update(m.end() for m in _SPACE.finditer(text))

    def set_places(self, spans: Iterable[tuple[int, int]]) -> None:
        """Remember the gazetteer place spans, sorted, for the lookups below."""
        self.places = sorted(spans)
        self.place_starts = {s for s, _ in self.places}
        self.place_ends = {e for _, e in self.places}
        self.place_end_at = dict(self.places)  # where the (longest) place starting at a position ends
        self._longest_place = max((e - s for s, e in self.places), default=0)

    def cut_at(self, positions: Iterable[int]) -> None:
        """Make each of ``positions`` a token boundary where a token runs across it (官渡|镇冷链|物流: the segmenter glued
        a town's last character to the word after it; cut at the town's end, 镇|冷链)."""
        for pos in positions:
            if pos not in self.ends:
                self.ends.add(pos)
                insort(self.starts, pos)

    def place_within(self, start: int, end: int) -> bool:
        """A place lies wholly inside ``[start, end)``."""
        i = bisect_left(self.places, (start,))
        while i < len(self.places) and self.places[i][0] < end:
            if self.places[i][1] <= end:
                return True
            i += 1
        return False

    def place_around(self, start: int, end: int) -> bool:
        """A place holds all of ``[start, end)``."""
        i = bisect_left(self.places, (start - self._longest_place,))
        while i < len(self.places) and self.places[i][0] <= start:
            if end <= self.places[i][1]:
                return True
            i += 1
        return False

    def place_overlaps(self, start: int, end: int) -> bool:
        """A place shares a character with ``[start, end)``."""
        i = bisect_left(self.places, (start - self._longest_place,))
        while i < len(self.places) and self.places[i][0] < end:
            if start < self.places[i][1]:
                return True
            i += 1
        return False

    def token_start(self, pos: int) -> int:
        return self.starts[bisect_right(self.starts, pos) - 1] if pos >= 0 else 0

    def is_end(self, pos: int) -> bool:
        return pos in self.ends

    def words_in(self, start: int, end: int) -> list[int]:
        """Start offsets of the tokens lying wholly inside ``[start, end)``, last first."""
        i = bisect_right(self.starts, end - 1) - 1
        out = []
        while i >= 0 and self.starts[i] >= start and end > start:
            out.append(self.starts[i])
            i -= 1
        return out

    def set_towns(self, forms: Iterable[str]) -> None:
        """Remember the names and short forms of the text's towns, for :meth:`cut_town`."""
        self.town_forms = frozenset(forms)
        self._town_lengths = sorted({len(form) for form in self.town_forms})

    def cut_town(self, prefix: str, start: int) -> bool:
        """A town of the text (:attr:`town_forms`) opens ``prefix`` at ``start``, cut by the segmenter (铜|官窑古镇 in a
        text naming 铜官街道), so the gazetteer found no place there."""
        return any(prefix[:n] in self.town_forms and not self.is_end(start + n)
                   for n in self._town_lengths if n <= len(prefix))
