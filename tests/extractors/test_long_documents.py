"""Rules rewritten to cost linear time on long documents find what the plain computation found.

Each test keeps the plain computation (a regex ``finditer``, a scan over every mention) as the
reference and compares on the corpus, the gold passages and texts of the shapes that made the plain
computation quadratic (long runs of digits, one sentence repeated many times).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.indicators import IndicatorFinder, value_hits

ROOT = Path(__file__).resolve().parents[2]


def corpus_and_gold_texts() -> list[str]:
    """The raw corpus documents and the text of every gold passage."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "gold").rglob("*.yaml")):
        texts.append(yaml.safe_load(path.read_text(encoding="utf-8"))["text"])
    return texts


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
