"""The chrome prefilter ``_may_be_chrome`` answers what ``_ANY_RE.match`` answers.

It searches for the words of the ``^.*(X).*$`` rules instead of matching the backtracking
``.*`` (and those of the ``^[^\t]*(X)[^\t]*$`` rules in lines without a tab); the plain combined regex is the reference on the corpus lines, the gold passages and
generated lines (with the rule words, line breaks and other line separators mixed in).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest.chrome import _ANY_RE, _LINE_RES, _may_be_chrome, chrome_rule
from tests.extractors.test_scan_speedups import corpus_and_gold_texts


def test_prefilter_equals_the_plain_regex_on_corpus_and_gold_lines() -> None:
    lines = [line.strip() for text in corpus_and_gold_texts() for line in text.split("\n")]
    lines += ["Copyright (C) 2000-2024 Example.com All rights reserved", "京ICP备12345号\n首页", "举报电话\n", "京ICP备12345号",
              "许可证号\t123", "a\t公网安备"]
    assert len(lines) > 1000 and any(_may_be_chrome(line) for line in lines)
    for line in lines:
        assert _may_be_chrome(line) == (_ANY_RE.match(line) is not None)


_WORDS = ["举报电话", "Copyright", "©", "(C) 2024", "(C)\n2024", "All rights reserved", "ICP备", "网安备",
          "版权所有", "首页", "位置:", "|", "分享到", "许可证编号", "\t", "\n", "\r", "\u2028", " ", "北辰区", "a"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_prefilter_equals_the_plain_regex_on_generated_lines(words: list[str]) -> None:
    line = "".join(words).strip()
    assert _may_be_chrome(line) == (_ANY_RE.match(line) is not None)
    plain_rule = next((name for name, rx in _LINE_RES if rx.match(line)), None) if line and len(line) <= 300 else None
    assert chrome_rule(line) == plain_rule
