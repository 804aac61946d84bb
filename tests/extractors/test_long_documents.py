"""Scans and look-ups rewritten to cost linear time on long documents find what the plain computation found.

Each test keeps the plain computation (a regex ``finditer``, a scan over every span, table, mention or
kept name) as the reference and compares on the corpus, the gold passages, generated inputs, and texts
of the shapes that made the plain computation quadratic (tests/extractors/long_texts.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from extractors import indicators, policies, policy_links
from extractors.base import document_of, mentions_of, text_of
from extractors.gazetteer import GazetteerComponent, _with_short_city
from extractors.gazetteer_data import Area
from extractors.indicator_statements import value_hits
from extractors.indicators import IndicatorFinder
from extractors.people import PeopleFinder
from extractors.text_marks import Covered, ScopesAt, TakenSpans
from schema import Document, Label, Mention
from tests.extractors.long_texts import (
    corpus_and_gold_texts,
    corpus_texts,
    doc_before,
    long_texts,
    people_text,
    places_text,
    table_rows_text,
)


def _hits(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def indicator_finder() -> IndicatorFinder:
    return IndicatorFinder()


def test_value_hits_equal_finditer_on_corpus_gold_and_digit_runs() -> None:
    """Every value the plain ``finditer`` finds, on real text and on lines of thousands of digits."""
    indicators = indicator_finder()
    assert indicators._value_at_run is not None  # no unit starts with a digit: the run-start scan is used
    digits = "".join(str(i * 7 % 10) for i in range(3000))
    texts = corpus_and_gold_texts() + [
        f"指标\t{digits}\t2025年\t{digits}.5亿元\n" * 3,
        "PM2.5年均浓度5μg/m345亿元，下降到3μg/m3 12%以上，1.2.3万吨、２３亿元",
    ]
    found = 0
    for text in texts:
        expected = _hits(indicators._value.finditer(text))
        assert _hits(value_hits(indicators._value, indicators._value_at_run, text)) == expected
        found += len(expected)
    assert found > 500


_PIECES = list("0123456789.%万吨亿元μg/m3 以上产值") + ["μg/m3", "12", "3.5"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_value_hits_equal_finditer_on_generated_text(text: str) -> None:
    """Units that end with a digit (μg/m3) right before another number, decimals, dots."""
    finder = indicator_finder()
    assert _hits(value_hits(finder._value, finder._value_at_run, text)) == _hits(finder._value.finditer(text))


class _PlainTaken:
    """The spans taken so far, each compared with every question (the computation before TakenSpans)."""

    def __init__(self, _length: int) -> None:
        self.spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans)

    def add(self, start: int, end: int) -> None:
        self.spans.append((start, end))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)), max_size=25))
def test_taken_spans_answer_as_comparing_every_span(spans: list[tuple[int, int]]) -> None:
    """Each span is asked about, then taken if free: as the short-form references are."""
    fast, plain = TakenSpans(40), _PlainTaken(40)
    for start, size in spans:
        assert fast.overlaps(start, start + size) == plain.overlaps(start, start + size)
        if not plain.overlaps(start, start + size):
            fast.add(start, start + size)
            plain.add(start, start + size)


class _PlainCovered:
    """Every span read for each position (the computation before Covered)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans

    def holds(self, pos: int) -> bool:
        return any(lo <= pos < hi for lo, hi in self.spans)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=12), st.integers(-2, 32))
def test_covered_equals_reading_every_span(spans: list[tuple[int, int]], pos: int) -> None:
    """Overlapping, nested, touching, empty and reversed spans."""
    assert Covered(spans).holds(pos) == _PlainCovered(spans).holds(pos)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=12), st.integers(-2, 32))
def test_scopes_at_equal_reading_every_scope(bounds: list[tuple[int, int]], pos: int) -> None:
    """Nested, overlapping, touching, empty and reversed scopes, in their given order."""
    scopes = [(lo, hi, i) for i, (lo, hi) in enumerate(bounds)]
    assert ScopesAt(scopes)(pos) == [x for x in scopes if x[0] <= pos < x[1]]


def _first_within_plainly(starts: list[int], lo: int, hi: int, _in_order: bool) -> int | None:
    return next((s for s in starts if lo <= s < hi), None)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 40), max_size=12), st.integers(0, 40), st.integers(0, 40), st.booleans())
def test_first_within_equals_reading_every_start(starts: list[int], lo: int, hi: int, ordered: bool) -> None:
    """In order (bisection) or not (every start read): the first start inside ``[lo, hi)``."""
    starts = sorted(starts) if ordered else starts
    in_order = starts == sorted(starts)
    assert policy_links._first_within(starts, lo, hi, in_order) == _first_within_plainly(starts, lo, hi, in_order)


class _PlainGazetteer(GazetteerComponent):
    """Each county's city and province searched for in the whole text at each of its matches."""

    def _city_named(self, area: Area, named: Callable[[str], bool]) -> bool:
        text = self._text
        names = (area.city, _with_short_city(area), area.province,
                 self.gz.provinces[area.province].short if area.province in self.gz.provinces else "")
        return any(n and n in text for n in names)


def test_gazetteer_matches_equal_searching_the_text_at_each_county() -> None:
    fast, plain = GazetteerComponent(), _PlainGazetteer()
    counties = 0
    for text in [*corpus_texts(), places_text()]:
        doc = doc_before(text, "kg_gazetteer")
        plain._text = text_of(doc)
        found = fast.match(doc)
        assert found == plain.match(doc)
        counties += sum(p.rule == "gazetteer.county" for _, _, p in found)
    assert counties > 500


def test_indicators_equal_reading_every_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """Values inside tables are left to the table rows, in the corpus and in a plan of 40 tables."""
    finder = indicator_finder()
    docs = [doc_before(text, "kg_indicators") for text in [*corpus_texts(), table_rows_text()]]
    fast = [finder.match(doc) for doc in docs]
    monkeypatch.setattr(indicators, "Covered", _PlainCovered)
    assert fast == [finder.match(doc) for doc in docs]
    assert len(document_of(docs[-1]).tables) >= 40 and len(fast[-1]) >= 40


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=14))
def test_dedupe_equals_comparing_every_kept_policy(spans: list[tuple[int, int]]) -> None:
    """Nested, overlapping, touching and (for the fallback) empty spans."""
    found = [policies.PolicyMatch(start, start + size, f"p{i}", "r") for i, (start, size) in enumerate(spans)]
    assert policies._dedupe(found) == policies._dedupe_plainly(found)


def test_policies_equal_comparing_every_kept_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The policy names of the corpus and of a long text of its lines in another order."""
    ruler = policies.PolicyRuler()
    docs = [doc_before(text, "kg_policies") for text in long_texts()]
    fast = [ruler.match(doc) for doc in docs]
    monkeypatch.setattr(policies, "_dedupe", policies._dedupe_plainly)
    assert fast == [ruler.match(doc) for doc in docs]
    assert len(fast[-1]) > 200


class _PlainPeople(PeopleFinder):
    """The mentions ending at a title found by reading every mention, once per title."""

    def _office(self, doc: Doc, document: Document, role: str, title_start: int,
                ending_at: dict[int, list[Mention]]) -> tuple[tuple[Label, str] | None, int]:
        plain = {title_start: [m for m in mentions_of(doc) if m.end == title_start]}
        return super()._office(doc, document, role, title_start, plain)


def test_people_equal_reading_every_mention_at_each_title() -> None:
    fast, plain = PeopleFinder(), _PlainPeople()
    offices = 0
    for text in [*corpus_texts(), people_text()]:
        doc = doc_before(text, "kg_people")
        found = fast.match(doc)
        assert found == plain.match(doc)
        offices += sum(m.office is not None for m in found)
    assert offices >= 600
