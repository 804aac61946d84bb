"""Parameter rows: storable values, evidence as parallel lists, byte-capped batches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.stores import read_build
from kg.stores.bolt import falkordb_params
from kg.stores.rows import batches, clean_value, edge_props, row_bytes, split_row
from tests.stores.conftest import FIXTURES


def test_rows_clean_value_keeps_scalars_and_homogeneous_lists() -> None:
    assert clean_value("双街") == "双街"
    assert clean_value([1, 2]) == [1, 2]
    assert clean_value([1, "a", None]) == ["1", "a"]
    assert clean_value({"b": 1}) == '{"b": 1}'
    assert clean_value([{"a": 1}]) == ['{"a": 1}']


def test_rows_edge_evidence_is_parallel_lists() -> None:
    _, edges = read_build(FIXTURES / "graph")
    edge = next(e for e in edges if e.type.value == "LOCATED_IN")
    props = edge_props(edge)
    assert props["ev_sentence"] == [ev.sentence for ev in edge.evidence]
    assert props["ev_doc"] == [ev.doc for ev in edge.evidence]
    assert len({len(props[k]) for k in props if k.startswith("ev_")}) == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=30),
       st.integers(min_value=400, max_value=2000))
def test_rows_split_row_pieces_fit_and_reassemble(sentences: list[str], budget: int) -> None:
    row = {"source": "Project:甲", "target": "Town:乙",
           "props": {"ev_sentence": sentences, "ev_start": list(range(len(sentences))), "k": "v"}}
    pieces = split_row(row, budget)
    assert all(row_bytes(p) <= budget for p in pieces)
    assert sum((p["props"]["ev_sentence"] for p in pieces), []) == sentences
    assert sum((p["props"]["ev_start"] for p in pieces), []) == list(range(len(sentences)))
    assert pieces[0]["props"]["k"] == "v"


def test_rows_batches_respect_rows_and_bytes() -> None:
    rows = [{"id": f"Town:{i}", "props": {"name": "镇" * 50}} for i in range(40)]
    out = list(batches(rows, max_rows=7, max_bytes=900))
    assert sum(out, []) == rows
    assert all(len(b) <= 7 and sum(row_bytes(r) + 1 for r in b) <= 900 for b in out)


def _as_falkordb_writes(value: object) -> str:
    """A parameter as FalkorDB's Bolt side writes it into the query text (strings quoted as sent)."""
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, list):
        return "[" + ", ".join(_as_falkordb_writes(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_as_falkordb_writes(v)}" for k, v in value.items()) + "}"
    return str(value)


@pytest.mark.parametrize("text", ["''''''''''", "\\\\\\\\", "Moody's \\n", "北辰区'\"", ""])
def test_rows_row_bytes_covers_what_falkordb_gets_escaped(text: str) -> None:
    row = {"id": "Town:" + text, "props": {"name": text * 20, "aliases": [text] * 10, "n": 3}}
    written = _as_falkordb_writes(falkordb_params(row))
    separators = written.count(", ") + written.count(": ")  # one byte more than JSON's "," and ":"
    assert len(written.encode("utf-8")) <= row_bytes(row) + separators
