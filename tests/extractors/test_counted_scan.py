"""``COUNTED_SCAN`` (the counted-chains pattern tried only where 为 or a count character stands)
gives the matches of ``COUNTED_CHAINS.finditer``, on the corpus, the gold passages and generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.name_chains import COUNTED_CHAINS, COUNTED_SCAN
from tests.extractors.test_scan_speedups import corpus_and_gold_texts


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group("count")) for m in matches]  # type: ignore[attr-defined]


def test_counted_scan_equals_the_regex_on_corpus_and_gold() -> None:
    texts = corpus_and_gold_texts()
    assert sum(len(_spans(COUNTED_CHAINS.finditer(t))) for t in texts) > 5
    for text in texts:
        assert _spans(COUNTED_SCAN.finditer(text)) == _spans(COUNTED_CHAINS.finditer(text))


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="为为两二三九大条个产业链集群行新兴，", max_size=40))
def test_counted_scan_equals_the_regex_on_generated_text(text: str) -> None:
    assert _spans(COUNTED_SCAN.finditer(text)) == _spans(COUNTED_CHAINS.finditer(text))
