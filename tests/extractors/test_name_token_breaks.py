"""``TOKEN_BREAKS.isdisjoint`` in ``extractors.name_words.name_token`` answers what the plain character
loop it replaced answers, on corpus and gold windows and on generated tokens."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.name_words import CLAUSE_END, LIST_BULLETS, TOKEN_BREAKS
from tests.extractors.test_scan_speedups import corpus_and_gold_texts


def _plain_break(token: str) -> bool:
    return any(ch in CLAUSE_END or ch in "、·—-…｜【】" or ch in LIST_BULLETS for ch in token)


def test_token_breaks_equal_the_plain_loop_on_corpus_and_gold_windows() -> None:
    seen = 0
    for text in corpus_and_gold_texts():
        for i in range(len(text)):
            for size in (1, 2, 3):
                token = text[i:i + size]
                seen += _plain_break(token)
                assert (not TOKEN_BREAKS.isdisjoint(token)) == _plain_break(token)
    assert seen > 1000


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=CLAUSE_END + "、·—-…｜【】" + LIST_BULLETS + "园区项目a1 \t…", max_size=6))
def test_token_breaks_equal_the_plain_loop_on_generated_tokens(token: str) -> None:
    assert (not TOKEN_BREAKS.isdisjoint(token)) == _plain_break(token)
