"""The rule modules' faster lookups (branch s7-speed) give what the plain scans they replaced give.

Each test keeps the plain scan as a reference and compares on the corpus or on generated strings.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.name_words import occurrences
from extractors.indicator_phrases import _NP_CHARS, _NP_TAIL
from extractors.indicators import IndicatorFinder
from extractors.matching import OrderedWords
from extractors.patterns import load_patterns
from extractors.proper import has_proper_element
from extractors.stages import _CLAUSE, clause_of
from extractors.text_marks import MarkIndex, SpansByStart

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"


def _plain_suffix_of(name: str) -> str:
    for suffix in load_patterns().ordered:
        if name.endswith(suffix) and len(name) > len(suffix):
            return suffix
    return ""


def test_suffix_of_equals_scan_of_ordered_suffixes() -> None:
    patterns = load_patterns()
    names = [*patterns.suffixes, *("某" + s for s in patterns.suffixes), *("北辰" + s + "项目" for s in patterns.suffixes)]
    text = (sorted(RAW.glob("*.txt"))[0]).read_text(encoding="utf-8")
    names += [text[i:i + n] for i in range(0, 3000, 7) for n in (2, 5, 9)]
    assert [patterns.suffix_of(n) for n in names] == [_plain_suffix_of(n) for n in names]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="产业园区项目工程公司基地中心a", max_size=12))
def test_suffix_of_equals_scan_on_generated_names(name: str) -> None:
    assert load_patterns().suffix_of(name) == _plain_suffix_of(name)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab园.*", min_size=1, max_size=4), st.text(alphabet="ab园.*", max_size=40))
def test_occurrences_equal_finditer_of_escaped_surface(surface: str, text: str) -> None:
    """names._repeats walks str.find instead of compiling re.escape(surface) per name."""
    assert list(occurrences(surface, text)) == [m.span() for m in re.finditer(re.escape(surface), text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲，。;\n!\U00020000", max_size=30), st.integers(0, 31), st.integers(0, 31), st.integers(0, 10))
def test_mark_index_equals_rfind_and_find_scans(text: str, pos: int, end: int, floor: int) -> None:
    marks = "，。;!？"
    index = MarkIndex(text, marks)
    pos, end = min(pos, len(text)), min(end, len(text))
    assert index.last_before(pos) == max(text.rfind(c, 0, pos) for c in marks)
    assert index.last_before(pos, floor) == max(text.rfind(c, floor, pos) for c in marks)
    found = [i for i in (text.find(c, end) for c in marks) if i >= 0]
    assert index.first_from(end) == (min(found) if found else -1)


def test_clause_of_with_index_equals_plain_scans_on_corpus() -> None:
    text = (sorted(RAW.glob("*.txt"))[1]).read_text(encoding="utf-8")
    marks = MarkIndex(text, _CLAUSE)
    for start in range(0, len(text) - 5, 97):
        lo = max(text.rfind(c, 0, start) for c in _CLAUSE) + 1
        his = [i for i in (text.find(c, start + 4) for c in _CLAUSE) if i >= 0]
        assert clause_of(text, start, start + 4, marks) == (lo, min(his) if his else len(text))


def test_cached_jieba_words_and_proper_test_equal_a_fresh_cut() -> None:
    import jieba

    from extractors.proper import jieba_words, proper_word

    for name in ("郊野公园", "北辰科技园", "潮悦汇", "SMC二期", "大数据中心", "郊野公园"):
        assert jieba_words(name) == tuple(jieba.cut(name, HMM=True))
        plain = any(proper_word(w) for w in jieba.cut(name, HMM=True))
        assert has_proper_element(name) in (plain, True)  # digits and letters are proper before any cut
        assert has_proper_element(name) == has_proper_element.__wrapped__(name)


def _plain_phrase_run(text: str, end: int) -> int:
    start = end
    while start > max(0, end - 20) and re.match(f"[{_NP_CHARS}]", text[start - 1]):
        start -= 1
    return start


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="人口a1.（，\n 年", max_size=40), st.integers(0, 40))
def test_phrase_run_regex_equals_character_loop(text: str, end: int) -> None:
    end = min(end, len(text))
    assert _NP_TAIL.search(text, max(0, end - 20), end).start() == _plain_phrase_run(text, end)


def _plain_cut(words: list[str], text: str, start: int, end: int) -> int:
    for word in words:
        at = text.rfind(word, start, end)
        if at >= 0:
            start = max(start, at + len(word))
    return start


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="以上年末增长", min_size=1, max_size=3), max_size=8),
       st.text(alphabet="以上年末增长率", max_size=20))
def test_ordered_words_skip_only_words_that_cannot_be_found(words: list[str], text: str) -> None:
    present = OrderedWords(words).present(text)
    assert _plain_cut(present, text, 0, len(text)) == _plain_cut(words, text, 0, len(text))
    assert [w for w in words if w in present] == present


def test_phrase_starts_equal_the_plain_cut_on_corpus() -> None:
    finder = IndicatorFinder()
    words = finder.stop_words + finder.qualifiers + finder.verbs
    text = (sorted(RAW.glob("*.txt"))[2]).read_text(encoding="utf-8")
    for end in range(1, len(text), 13):
        start = _plain_phrase_run(text, end)
        assert _plain_cut(finder._cut_words.present(text[start:end]), text, start, end) \
            == _plain_cut(words, text, start, end)


def _narrow(spans: list[tuple[int, int]], start: int, end: int) -> int:
    for lo, hi in spans:
        if start <= lo < end and hi < end:
            start = max(start, hi)
    return start


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)), max_size=12), st.integers(0, 30), st.integers(0, 30))
def test_spans_by_start_give_the_full_loops_result(raw: list[tuple[int, int]], start: int, end: int) -> None:
    """indicator_phrases._phrase_start visits only the places starting in its window, in their given order."""
    spans = [(lo, lo + n) for lo, n in raw]
    index = SpansByStart(spans)
    assert _narrow(index.starting_in(start, end), start, end) == _narrow(spans, start, end)
    assert index.starting_in(start, end) == [s for s in spans if start <= s[0] < end]
