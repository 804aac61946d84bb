"""Ingest checks rewritten to cost linear time on long lines give what their regexes gave.

:func:`kg.ingest.patterns.toc_entry` stands for ``TOC_ENTRY_RE.search``, which reads a line to its end
from every tab; the reference is the regex, on the corpus' lines, on one long line of many tabs (a
paragraph without line breaks holding table rows) and on generated lines.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest.patterns import TOC_ENTRY_RE, toc_entry

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"


def test_toc_entry_equals_the_regex_on_corpus_lines_and_a_long_line() -> None:
    lines = [line for p in sorted(RAW.glob("*.txt")) for line in p.read_text(encoding="utf-8").split("\n")]
    tabbed = [line for line in lines if "\t" in line]
    long_line = "，".join(tabbed * 20)
    cases = lines + [long_line, long_line + "\t- 12 -", long_line + " 3", "\n".join(tabbed[:40])]
    assert sum(toc_entry(line) for line in lines) > 20  # the corpus' tables of contents
    for line in cases:
        assert toc_entry(line) == (TOC_ENTRY_RE.search(line) is not None), line[:60]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["\t", ".", "...", "…", "……", "-", " ", "\u3000", "1", "12", "٣", "章", "\n", "x"]),
                max_size=14).map("".join))
def test_toc_entry_equals_the_regex_on_generated_lines(line: str) -> None:
    """Leaders, page numbers with and without dashes, other digits and spaces, line breaks."""
    assert toc_entry(line) == (TOC_ENTRY_RE.search(line) is not None)
