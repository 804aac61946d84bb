"""The chains of an item's sentence (``rel_chains._sentence_chains``), read once per sentence.

``_sentence_chains`` lists every chain of the item's sentence, counts their names and tries each chain
of the item's clause as a sibling list item: per item, all the chains of the sentence. In one
enumeration sentence of thousands of items that is quadratic. :class:`SentenceChains` gives the same
chains from what a sentence and a chain hold whatever the item is, found once:

- the chains of the sentence that are no enumeration head (``_descriptive``), and their names counted;
  per item only the chains it excludes (inside it; nested ones it builds) are taken off the count;
- per chain, whether it is a list item of its own whatever the item (a target verb before it in its
  clause, or another item in its part of the list): such a chain is never a sibling item; any other
  chain is one unless the item stands in its part of the list or no 、 parts them, which only chains
  near the item (between the 、 before it and the 、 after it) can be.

Of each name the first chain that is no sibling item is the answer ``specific_chains`` keeps; when none is left,
a chain opening the item's clause as its topic (生物医药产业重点推动百济神州、禾康生物…) is; only then are the
sentence's chains listed, as before (the chains of neighbouring clauses). ``tests/extractors/test_long_sentences.py`` compares with ``_sentence_chains``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from extractors import rel_chains
from extractors.rel_chain_scopes import specific_chains
from extractors.rel_context import RelContext
from schema import Label, Mention


#: What follows a chain that is its clause's topic: 产业 or 产业链, then a verb or a subject (重点推动, 依托, 要).
_TOPIC = re.compile(r"(?:产业链|产业|行业)(?:方面|上)?[，,]?(?:重点|要|将|以|依托|围绕|推动|支持|加快|培育|引进|聚焦|做强|做大|着力|加速|积极)")


class SentenceChains:
    """``_sentence_chains(ctx, chains, m)`` for every item ``m``, by what is found once per sentence."""

    def __init__(self, ctx: RelContext, chains: list[Mention]) -> None:
        self.ctx, self.chains = ctx, chains
        self.starts = [c.start for c in chains]
        self.longest = max((c.end - c.start for c in chains), default=0)
        self.kept = [not rel_chains._descriptive(ctx, c) for c in chains]
        self.nested = [bool(c.properties.get("nested")) for c in chains]
        self._names: dict[tuple[int, int], tuple[Counter[str], Counter[str]]] = {}
        self._free: dict[tuple[int, int], dict[str, list[int]]] = {}  # per clause and name: never sibling items

    def of(self, m: Mention) -> list[Mention]:
        """The chains of the item's sentence the item takes (``_sentence_chains``)."""
        span = self.ctx.sentence(m.start)
        lo, hi = bisect_left(self.starts, span.start), bisect_left(self.starts, span.end)
        names = self._found_names(m, lo, hi)
        if len(names) > rel_chains._MAX_SENTENCE_CHAINS:  # too many for one sentence: its ；-part's, if fewer
            part_lo, part_hi = self._part(span.start, span.end, m.start)
            lo, hi = bisect_left(self.starts, part_lo), bisect_left(self.starts, part_hi)
            names = self._found_names(m, lo, hi)
        here = self.ctx.clause(m.start)
        if not names or len(names) > rel_chains._MAX_SENTENCE_CHAINS or len(names) >= 3 and (
                self.chains[hi - 1].end < m.start or self._listed_after(lo, hi, here[1])) and self._listed_firm(m):
            return []  # 形成了A、B、C三大产业，拥有X、Y等企业 (发挥X、Y等链主企业作用，围绕A、B、C…): which firm is in which
            # chain, the sentence does not say
        first = self._first_free(m, names, lo, hi, here)
        for i, c in self._near_items(m, lo, hi, here):
            if c.name in names and (c.name not in first or i < first[c.name]) \
                    and not rel_chains._sibling_item(self.ctx, c, m, here):
                first[c.name] = i
        if first:
            return specific_chains([self.chains[i] for i in sorted(first.values())])
        if (topic := self._topic(m, names, lo, hi, here)) is not None:
            return [topic]
        found = [self.chains[i] for i in range(lo, hi) if self._found(m, i)]
        return rel_chains._near_chains(self.ctx, found, m, here)

    def _listed_after(self, lo: int, hi: int, end: int) -> bool:
        """The firm's clause (ending at ``end``) names its firms chain leaders and the first chain of the sentence (its
        chains ``lo``-``hi``) stands after it, in a clause listing three chains or more (发挥X、Y等链主企业带动作用，围绕
        A、B、C等重点产业链: each leads one chain, the sentence does not say which; not …等企业先发优势，发展A、B及C产业)."""
        if self.chains[lo].start < end or "链主" not in self.ctx.text[self.ctx.clause(end - 1)[0]:end]:
            return False
        clause = self.ctx.clause(self.chains[lo].start)
        return len({c.name for c in self.chains[lo:hi] if c.start < clause[1]}) >= 3

    def _listed_firm(self, m: Mention) -> bool:
        """``m`` is a firm listed with another (X、Y)."""
        text, firms = self.ctx.text, {Label.ENTERPRISE}
        if m.label != Label.ENTERPRISE:
            return False
        before = self.ctx.last_within(max(0, m.start - 40), m.start - 1, firms, refs=True) if m.start else None
        after = self.ctx.first_within(m.end + 1, m.end + 40, firms, refs=True)
        return (text[m.start - 1:m.start] == "、" and before is not None and before.end == m.start - 1) \
            or (text[m.end:m.end + 1] == "、" and after is not None and after.start == m.end + 1)

    def _part(self, start: int, end: int, pos: int) -> tuple[int, int]:
        """The part of the sentence ``start``-``end`` between the ；before ``pos`` and the one after it."""
        text = self.ctx.text
        lo = max(text.rfind("；", start, pos), text.rfind(";", start, pos)) + 1 or start
        ends = [at for at in (text.find("；", pos, end), text.find(";", pos, end)) if at >= 0]
        return max(lo, start), min(ends, default=end)

    def _topic(self, m: Mention, names: set[str], lo: int, hi: int, here: tuple[int, int]) -> Mention | None:
        """The chain opening the item's clause as its topic (…，生物医药产业重点推动百济神州、禾康生物加快成果转化: the
        clause's firms are in it, whatever chains the clauses before it name)."""
        i = bisect_left(self.starts, here[0])
        if not lo <= i < hi or self.starts[i] != here[0]:
            return None
        c = self.chains[i]
        if c.name in names and c.end <= m.start and self._found(m, i) and _TOPIC.match(self.ctx.text, c.end):
            return c
        return None

    def _found(self, m: Mention, i: int) -> bool:
        """Whether chain ``i`` (of the item's sentence) is in the item's ``found``."""
        c = self.chains[i]
        return self.kept[i] and not (c.start >= m.start and c.end <= m.end) and (
            not self.nested[i] or m.label == Label.ENTERPRISE and not rel_chains._builds(self.ctx, m, c))

    def _found_names(self, m: Mention, lo: int, hi: int) -> set[str]:
        """The names of ``found``: the sentence's counts less the chains the item excludes (inside it, or
        nested ones it builds: starting at most 16 characters after it)."""
        if (lo, hi) not in self._names:
            plain = Counter(self.chains[i].name for i in range(lo, hi) if self.kept[i] and not self.nested[i])
            self._names[lo, hi] = plain, Counter(self.chains[i].name for i in range(lo, hi)
                                                 if self.kept[i] and self.nested[i])
        plain, nested = self._names[lo, hi]
        counts = plain + nested if m.label == Label.ENTERPRISE else Counter(plain)
        near_lo, near_hi = max(lo, bisect_left(self.starts, m.start)), min(hi, bisect_left(self.starts, m.end + 17))
        for i in range(near_lo, near_hi):
            if self.kept[i] and (not self.nested[i] or m.label == Label.ENTERPRISE) and not self._found(m, i):
                counts[self.chains[i].name] -= 1
        return {name for name, count in counts.items() if count > 0}

    def _first_free(self, m: Mention, names: set[str], lo: int, hi: int, here: tuple[int, int]) -> dict[str, int]:
        """Of each name, the first chain of the item's clause in ``found`` that is a list item of its own."""
        c_lo, c_hi = max(lo, bisect_left(self.starts, here[0])), min(hi, bisect_right(self.starts, here[1]))
        if (c_lo, c_hi) not in self._free:  # once per clause
            free: dict[str, list[int]] = {}
            for i in range(c_lo, c_hi):
                if self.kept[i] and self._own_item(self.chains[i], here):
                    free.setdefault(self.chains[i].name, []).append(i)
            self._free[c_lo, c_hi] = free
        free = self._free[c_lo, c_hi]
        return {name: i for name in names if (i := next((i for i in free.get(name, ()) if self._found(m, i)), -1)) >= 0}

    def _own_item(self, c: Mention, clause: tuple[int, int]) -> bool:
        """A target verb before the chain in its clause, or another item in its part of the list."""
        ctx = self.ctx
        if ctx.word_hits(rel_chains._TARGET_WORDS).inside(clause[0], c.start):
            return True
        lo = max(ctx.list_marks.last_before(c.start, clause[0]) + 1, clause[0])
        hi = ctx.list_marks.first_from(c.end)
        hi = hi if 0 <= hi < clause[1] else clause[1]
        return any(not (x.start <= c.start and c.end <= x.end) for x in ctx.within(lo, hi, rel_chains.CHAINED))

    def _near_items(self, m: Mention, lo: int, hi: int, here: tuple[int, int]) -> list[tuple[int, Mention]]:
        """The chains of the item's clause that may be no sibling item because of where the item is: those
        starting from the last 、 before the item (less the longest chain) to the first 、 after it."""
        before = self.ctx.list_marks.last_before(m.start)
        after = self.ctx.list_marks.first_from(m.end)
        start = max(before + 1 - self.longest, here[0])
        end = min(after if after >= 0 else here[1], here[1])
        i_lo, i_hi = max(lo, bisect_left(self.starts, start)), min(hi, bisect_right(self.starts, end))
        return [(i, self.chains[i]) for i in range(i_lo, i_hi) if self._found(m, i)]
