"""The trie-shaped suffix patterns match what the plain longest-first alternations match.

``load_patterns`` compiles ``suffix_re`` and ``park_suffix_re`` with ``_trie_alternation``; the
plain ``_alternation`` of the same words is the reference, on the corpus, the gold passages and
generated strings and word lists.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.patterns import _alternation, _trie_alternation, load_patterns
from tests.extractors.test_scan_speedups import corpus_and_gold_texts


def _spans(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, len(text) if endpos is None else endpos)]


def test_suffix_patterns_equal_the_plain_alternations_on_corpus_and_gold() -> None:
    patterns = load_patterns()
    plain_suffix = re.compile(_alternation(list(patterns.suffixes)))
    parks = [s for s, (label, strong) in patterns.suffixes.items() if label.value == "Park" and strong]
    plain_park = re.compile(_alternation(parks))
    texts = corpus_and_gold_texts()
    assert sum(len(_spans(plain_suffix, t)) for t in texts) > 1000
    for text in texts:
        assert _spans(patterns.suffix_re, text) == _spans(plain_suffix, text)
        assert _spans(patterns.park_suffix_re, text) == _spans(plain_park, text)
        for cut in range(0, len(text), 97):  # a bounded search (pos, endpos) as in names.py
            assert _spans(patterns.suffix_re, text, cut // 2, cut) == _spans(plain_suffix, text, cut // 2, cut)


_CHARS = "产业园区项目工程中心基地城路道公司有限.*("


@settings(max_examples=600, deadline=None)
@given(st.lists(st.text(alphabet=_CHARS, max_size=5), max_size=12), st.text(alphabet=_CHARS, max_size=60))
def test_trie_alternation_equals_the_plain_alternation_on_generated_words(words: list[str], text: str) -> None:
    """Words that are prefixes of one another, regex metacharacters and the empty word."""
    trie, plain = re.compile(_trie_alternation(words)), re.compile(_alternation(words))
    assert _spans(trie, text) == _spans(plain, text)
    assert _spans(trie, text, 3, 20) == _spans(plain, text, 3, 20)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="产业园区项目工程中心基地城路道公司有限局街合作社，。\n", max_size=80))
def test_suffix_pattern_equals_the_plain_alternation_on_generated_text(text: str) -> None:
    patterns = load_patterns()
    assert _spans(patterns.suffix_re, text) == _spans(re.compile(_alternation(list(patterns.suffixes))), text)
