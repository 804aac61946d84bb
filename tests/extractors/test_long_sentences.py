"""Relation rules that read one sentence per mention give, with their indexes, what the plain reading gave.

On one very long sentence (a paragraph without sentence ends, an enumeration of thousands of items) a
rule that lists every mention of the clause or sentence, or slices and searches the text from the
clause's start, per mention, is quadratic. Each test here patches the old reading back in (or keeps
it as the reference) and compares on the corpus and on long sentences (tests/extractors/long_texts.py).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator

import pytest

from extractors import rel_actors, rel_built_by, rel_members, rel_place_refs, rel_places
from extractors.rel_context import RelContext
from extractors.spliced import SplicedText, WordPositions
from extractors.stages import STAGE_VERBS, stage_in, stage_of
from extractors.text_marks import WordHits, unanchored
from schema import Label, Mention
from tests.extractors.long_texts import (
    doc_before,
    gold_text,
    notice_text,
    paragraph_text,
    sentence_texts,
)

LABEL_SETS: list[set[Label] | None] = [None, rel_actors.BUILT | rel_actors.ACTORS, rel_actors.BUILT,
                                       rel_places.LOCATABLE, rel_places.PLACES, {Label.ENTERPRISE}, {Label.TOWN}]


def _positions(ctx: RelContext) -> list[int]:
    """Mention bounds, the clause starts around them and a few positions between."""
    out = {0, len(ctx.text)}
    for m in ctx.refs[::3]:
        out.update((m.start, m.end, m.start - 1, m.end + 1, ctx.clause(m.start)[0]))
    return sorted(p for p in out if 0 <= p <= len(ctx.text))


def test_within_lookups_equal_listing_the_mentions() -> None:
    """last_within, first_within and iter_within answer as ``within`` on every label set the rules use."""
    asked = 0
    for text in sentence_texts():
        ctx = RelContext(doc_before(text))
        points = _positions(ctx)
        for labels in LABEL_SETS:
            for refs in (False, True):
                for lo, hi in zip(points, points[7:]):
                    listed = ctx.within(lo, hi, labels, refs=refs)
                    assert list(ctx.iter_within(lo, hi, labels, refs=refs)) == listed
                    assert ctx.last_within(lo, hi, labels, refs=refs) is (listed[-1] if listed else None)
                    assert ctx.first_within(lo, hi, labels, refs=refs) is (listed[0] if listed else None)
                    asked += bool(listed)
    assert asked > 10000


def _plain_lookups(patch: pytest.MonkeyPatch) -> None:
    """The look-ups as the rules made them before: list every mention of the span, take the last or first."""
    patch.setattr(RelContext, "last_within", lambda ctx, lo, hi, labels=None, *, refs=False:
                  (ctx.within(lo, hi, labels, refs=refs) or [None])[-1])
    patch.setattr(RelContext, "first_within", lambda ctx, lo, hi, labels=None, *, refs=False:
                  next(iter(ctx.within(lo, hi, labels, refs=refs)), None))
    patch.setattr(RelContext, "iter_within", lambda ctx, lo, hi, labels=None, *, refs=False:
                  iter(ctx.within(lo, hi, labels, refs=refs)))
    patch.setattr(RelContext, "names_within", lambda ctx, lo, hi, label:
                  {t.name for t in ctx.within(lo, hi, {label})})


class _SlicedMatch:
    """``pattern.match(text[start:end])`` in the place of ``unanchored(pattern).fullmatch(text, start, end)``."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def fullmatch(self, text: str, start: int, end: int) -> re.Match[str] | None:
        return self.pattern.match(text[start:end])


def _plain_back_reference_end(ctx: RelContext, lo: int, pos: int) -> int | None:
    ref = re.search(r"该(?:项目|园区|基地|企业|公司)|^项目", ctx.text[lo:pos])
    return lo + ref.end() if ref else None


def _plain_scans(patch: pytest.MonkeyPatch) -> None:
    """Every pattern searched in the slice from the clause's start, as before."""
    patch.setattr(rel_actors, "this_built_before", lambda text, lo, pos:
                  hit.group(1) if (hit := rel_built_by._THIS_BUILT.search(text[lo:pos])) else "")
    patch.setattr(rel_place_refs, "this_firm_at", lambda text, lo, pos:
                  rel_place_refs._THIS_FIRM_AT.search(text[lo:pos]) is not None)
    patch.setattr(rel_place_refs, "_ALSO_AT_WHOLE", _SlicedMatch(rel_place_refs._ALSO_AT))
    patch.setattr(rel_places, "_LOCATE_GAP_WHOLE", _SlicedMatch(rel_places._LOCATE_GAP))
    patch.setattr(rel_members, "_MEMBER_GAP_WHOLE", _SlicedMatch(rel_members._MEMBER_GAP))
    patch.setattr(rel_places, "back_reference_end", _plain_back_reference_end)


RULES: list[Callable[[RelContext], list]] = [
    rel_actors.verb_developers, rel_places.verb_places, rel_places.village_parts, rel_members.park_members,
    rel_places.adjacent_parts, rel_place_refs.company_operates_at]


def test_sentence_rules_equal_the_plain_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """verb_developers, verb_places (_subject_before), village_parts, park_members, adjacent_parts and
    company_operates_at on the corpus, a long paragraph and a long enumeration."""
    docs = [doc_before(text) for text in sentence_texts()]
    fast = [[rule(RelContext(doc)) for rule in RULES] for doc in docs]
    with monkeypatch.context() as patch:
        _plain_lookups(patch)
        _plain_scans(patch)
        assert fast == [[rule(RelContext(doc)) for rule in RULES] for doc in docs]
    found = [sum(len(rels[k]) for rels in fast) for k in range(len(RULES))]
    assert all(n > 0 for n in found), found
    assert sum(map(len, fast[-4])) > 10  # the long paragraph
    assert min(len(rels) for rels in fast[-3]) >= 150  # every rule, many times, in the sentence of patterns


@pytest.mark.parametrize(("text", "lo", "pos"), [
    ("该项目由甲公司建设", 0, 3), ("甲，项目落户", 2, 6), ("甲，该项目落户", 2, 7), ("项目与该公司在", 0, 7),
    ("该项", 0, 2), ("项目", 0, 1), ("乙该园区，该基地", 1, 8), ("该项目", 1, 3)])
def test_back_reference_end_as_the_search(text: str, lo: int, pos: int) -> None:
    ctx = RelContext(doc_before(text))
    assert rel_places.back_reference_end(ctx, lo, pos) == _plain_back_reference_end(ctx, lo, pos)


def _tails(words: str, count: int) -> Iterator[str]:
    """Every string of up to ``count`` characters over ``words``' characters."""
    yield ""
    for tail in _tails(words, count - 1) if count else ():
        for ch in words:
            yield tail + ch


def test_window_searches_equal_the_slice_search() -> None:
    """this_firm_at and this_built_before read a window at the end: the same answer on every short tail
    of their words, behind a long clause."""
    head = "北辰区重点推进" * 50
    for tail in _tails("这家该企业公司已还也此前在项目由中心将", 4):
        for text in (head + tail, head + "该企业" + tail, head + "这家公司此前" + tail, head + "该中心" + tail,
                     head + "该产业园主要" + tail):
            lo, pos = 3, len(text)
            assert rel_place_refs.this_firm_at(text, lo, pos) == (
                rel_place_refs._THIS_FIRM_AT.search(text[lo:pos]) is not None), text[-12:]
            hit = rel_built_by._THIS_BUILT.search(text[lo:pos])
            assert rel_built_by.this_built_before(text, lo, pos) == (hit.group(1) if hit else ""), text[-12:]


def test_unanchored_patterns_refuse_alternatives_and_keep_the_match() -> None:
    with pytest.raises(ValueError):
        unanchored(re.compile(r"^a$|^b$"))
    gap = unanchored(rel_members._MEMBER_GAP)
    for text in ("园区已集聚", "园区内已经先后入驻了", "园区集聚了企业", "园区"):
        assert bool(gap.fullmatch(text, 2, len(text))) == bool(rel_members._MEMBER_GAP.match(text[2:]))


def _sibling_item_plainly(ctx: RelContext, c: Mention, m: Mention, clause: tuple[int, int]) -> bool:
    """rel_chains._sibling_item as it was: the clause read from its start for 、 and target verbs."""
    from extractors.rel_chains import _TARGET, CHAINED

    lo = max(ctx.text.rfind("、", clause[0], c.start) + 1, clause[0])
    hi = ctx.text.find("、", c.end, clause[1])
    hi = clause[1] if hi < 0 else hi
    if lo <= m.start < hi or _TARGET.search(ctx.text[clause[0]:c.start]):
        return False
    if "、" not in ctx.text[min(c.end, m.end):max(c.start, m.start)]:
        return False
    return not [x for x in ctx.within(lo, hi, CHAINED) if not (x.start <= c.start and c.end <= x.end)]


def _sentence_chains_plainly(ctx: RelContext, chains: list[Mention], m: Mention) -> list[Mention]:
    """rel_chains._sentence_chains as it was: every chain of the item's sentence listed and tried per item."""
    from bisect import bisect_left

    from extractors.rel_sentence_chains import _TOPIC
    from extractors.rel_chains import (
        _MAX_SENTENCE_CHAINS,
        _builds,
        _descriptive,
        _near_chains,
        _sibling_item,
    )
    from extractors.rel_chain_scopes import specific_chains

    span = ctx.sentence(m.start)
    lo = bisect_left(chains, span.start, key=lambda c: c.start)
    hi = bisect_left(chains, span.end, key=lambda c: c.start)
    found = [c for c in chains[lo:hi] if not _descriptive(ctx, c) and not (c.start >= m.start and c.end <= m.end)
             and (not c.properties.get("nested") or m.label == Label.ENTERPRISE and not _builds(ctx, m, c))]
    if not found or len({c.name for c in found}) > _MAX_SENTENCE_CHAINS:
        return []
    here = ctx.clause(m.start)
    same = [c for c in found if ctx.clause(c.start) == here and not _sibling_item(ctx, c, m, here)]
    if same:
        return specific_chains(same)
    opening = next((c for c in chains[lo:hi] if c.start >= here[0]), None)  # the clause's topic (生物医药产业重点推动…)
    if opening is not None and opening.start == here[0] and opening in found and opening.end <= m.start \
            and _TOPIC.match(ctx.text, opening.end):
        return [opening]
    return _near_chains(ctx, found, m, here)


def test_sentence_chains_equal_trying_every_chain_of_the_sentence() -> None:
    """SentenceChains.of gives, for every item, the chains (the same mentions, in order) that listing and
    trying every chain of its sentence gives, on the corpus, gold passages and long sentences."""
    from extractors.rel_chains import CHAINED, chain_mentions
    from extractors.rel_sentence_chains import SentenceChains

    taken = 0
    for text in [*sentence_texts(), (gold_text("s02") + "\n") * 3]:
        ctx = RelContext(doc_before(text))
        chains = chain_mentions(ctx)
        lookup = SentenceChains(ctx, chains)
        for m in ctx.ms:
            if m.label in CHAINED:
                expected = _sentence_chains_plainly(ctx, chains, m)
                assert [id(c) for c in lookup.of(m)] == [id(c) for c in expected], (m.name, m.start)
                taken += bool(expected)
    assert taken > 80


def test_sibling_item_equals_reading_the_clause() -> None:
    """_sibling_item for every item and chain of one clause, as reading the clause gave (_builds too)."""
    from extractors import rel_chains

    answers: list[bool] = []
    for text in sentence_texts():
        ctx = RelContext(doc_before(text))
        chains = rel_chains.chain_mentions(ctx)
        for m in (m for m in ctx.ms if m.label in rel_chains.CHAINED):
            here = ctx.clause(m.start)
            for c in (c for c in chains if ctx.clause(c.start) == here):
                answers.append(rel_chains._sibling_item(ctx, c, m, here))
                assert answers[-1] == _sibling_item_plainly(ctx, c, m, here), (m.name, c.name, c.start)
                assert rel_chains._builds(ctx, m, c) == (m.end <= c.start and rel_chains._BUILDS.match(
                    ctx.text[m.end:c.start]) is not None)
    assert answers.count(True) > 1000 and answers.count(False) > 100


def test_word_hits_equal_the_regex_search() -> None:
    """WordHits.inside on every span of a text of overlapping words, and on spans of the long paragraph."""
    from extractors.rel_chains import _TARGET, _TARGET_WORDS

    text = "在建设建成发展在做强做大集聚在打造布局，发展建设" * 3
    hits = WordHits(text, _TARGET_WORDS)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert hits.inside(lo, hi) == (_TARGET.search(text[lo:hi]) is not None)
    long = paragraph_text()
    hits = WordHits(long, _TARGET_WORDS)
    for lo in range(0, len(long), 97):
        for hi in (lo, lo + 1, lo + 2, lo + 5, lo + 40):
            assert hits.inside(lo, hi) == (_TARGET.search(long[lo:hi]) is not None)


class _PlainWordHits:
    """The word search on the slice, as the rules made it before WordHits."""

    def __init__(self, text: str, words: tuple[str, ...]) -> None:
        self.text, self.pattern = text, re.compile("|".join(words))

    def inside(self, lo: int, hi: int) -> bool:
        return self.pattern.search(self.text[lo:hi]) is not None

    def first_inside(self, lo: int, hi: int) -> int:
        hit = self.pattern.search(self.text[lo:hi])
        return lo + hit.start() if hit else -1


def test_policy_issuers_equal_searching_the_sentence_per_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    """ISSUED_BY from titles, verbs and notices on the corpus, gold passages and a notice of 300 plans."""
    from extractors import policy_links
    from extractors.base import mentions_of, sentence_span, text_of

    docs = [doc_before(text, "kg_document_relations") for text in [*sentence_texts(), notice_text()]]

    def issuers() -> list[list]:
        return [policy_links.policy_issuers(text_of(doc), mentions_of(doc), lambda pos, doc=doc: sentence_span(doc, pos))
                for doc in docs]

    fast = issuers()
    monkeypatch.setattr(policy_links, "WordHits", _PlainWordHits)
    assert fast == issuers()
    assert sum(r.rule == "policy.notice_issuer" for r in fast[-1]) >= 300


def test_stages_read_through_the_word_index_equal_building_each_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    """stage_mentions with every clause read through SplicedText (none built as a string) gives what
    stage_of gave on each clause without its project, on the corpus and long sentences."""
    from extractors import stages
    from extractors.base import mentions_of, text_of

    docs = [doc_before(text) for text in sentence_texts()]
    monkeypatch.setattr(stages, "_SHORT_CLAUSE", -1)
    fast = [stages.stage_mentions(text_of(doc), mentions_of(doc)) for doc in docs]
    monkeypatch.setattr(stages, "stage_in", lambda clause: stages.stage_of(clause.text()))
    assert fast == [stages.stage_mentions(text_of(doc), mentions_of(doc)) for doc in docs]
    assert len({s.stage for found in fast for s in found}) >= 5 and sum(map(len, fast)) > 300


#: Words of the stage rules, the design pattern and the goal pattern, their pieces and two fillers.
_STAGE_PIECES = [*(v for _, verbs in STAGE_VERBS for v in verbs), "设计", "方案", "施工图", "规划设计", "设计方案",
                 "预计", "计划于", "力争", "有望", "将于", "较", "比", "已", "总投资", "投资", "划于", "预", "计", "设",
                 "甲", "乙"]


def test_stage_in_equals_stage_of_on_generated_clauses() -> None:
    """Random strings of the rules' words and their pieces, cut anywhere: words across the cut, design
    work from a verb to a far 设计, goal words before, 较预计, 预计划于, 预计总投资, 已 after a goal."""
    rnd = random.Random(7)
    stages_seen = set()
    for _ in range(20000):
        text = "".join(rnd.choice(_STAGE_PIECES) for _ in range(rnd.randrange(0, 14)))
        lo = rnd.randrange(0, len(text) + 1)
        hi = rnd.randrange(lo, len(text) + 1)
        start = rnd.randrange(lo, hi + 1)
        end = rnd.randrange(start, hi + 1)
        clause = SplicedText(text, WordPositions(text), lo, start, end, hi)
        plain = text[lo:start] + text[end:hi]
        assert clause.text() == plain
        for word in ("设计", "建设", "预计", "已"):
            assert clause.find(word, 0) == plain.find(word)
            assert list(clause.ends_before(word, len(plain))) == [
                i for i in range(len(plain) - 1, -1, -1) if plain.startswith(word, i)]
        assert stage_in(clause) == stage_of(plain), (text, lo, start, end, hi)
        stages_seen.add(stage_of(plain))
    assert len(stages_seen) == 7  # six stages and None


@pytest.mark.parametrize("text", ["推进预计设计建设", "较预计建设", "预计划于开工", "预计总投资开工", "计划于年已建成",
                                  "完成施工图设计开工", "规划设计方案投产", "推进设计方案设计运营", "力争甲设计已投产"])
def test_stage_in_equals_stage_of_at_every_cut(text: str) -> None:
    """Clauses naming design work, goals and verbs together, with every piece cut out of every span."""
    n, words = len(text), WordPositions(text)
    for lo in range(n + 1):
        for hi in range(lo, n + 1):
            for start in range(lo, hi + 1):
                for end in range(start, hi + 1):
                    plain = text[lo:start] + text[end:hi]
                    assert stage_in(SplicedText(text, words, lo, start, end, hi)) == stage_of(plain), plain
