"""Golden tests of IN_CHAIN scoping (extractors/rel_chains.py) on invented sentences."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text

Pair = tuple[str, str]


def in_chain(text: str) -> set[Pair]:
    """(item, chain) of every IN_CHAIN relation read from the text."""
    ex = extract(document_from_text(text, doc_id="t"))
    return {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "IN_CHAIN"}


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a semicolon separates parallel clauses: the chain of the next one does not reach back
        ("全区加快转型。江口镇将建设江口数据中心产业园；南岭乡一带将布局数字物流，依托南岭综合保税区发展跨境电商。",
         {("南岭综合保税区", "跨境电商")}, {("江口数据中心产业园", "数字物流"), ("江口数据中心产业园", "跨境电商")}),
        # a target chain two commas away from the item's clause does not reach it
        ("全县大力发展现代都市型农业，培育一批农业龙头企业，提高产业化水平，加快青溪田园综合体项目建设。",
         set(), {("青溪田园综合体", "现代都市型农业")}),
        # the adjacent clause still does
        ("全县大力发展现代都市型农业，加快青溪田园综合体项目建设。", {("青溪田园综合体", "现代都市型农业")}, set()),
    ],
)
def test_sentence_scope(text: str, expected: set[Pair], forbidden: set[Pair]) -> None:
    found = in_chain(text)
    assert expected <= found
    assert not forbidden & found
