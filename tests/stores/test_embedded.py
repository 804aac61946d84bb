"""The embedded LadybugDB store: counts, aliases, evidence, refresh, read-only, injection."""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path

import pytest

from kg.errors import GraphFormatError, QueryError
from kg.stores import embedded, read_build
from tests.stores.conftest import copy_build

INJECTIONS = [
    "'}) DETACH DELETE n //",
    "双街镇'}) MATCH (n) DETACH DELETE n //",
    '"}) SET n.name = "x" //',
    "\\'; MATCH (n) DELETE n; //",
    "` MATCH (n) DETACH DELETE n //",
]


def _counts(graph: Path) -> tuple[Counter, Counter]:
    nodes = Counter({r["label"]: r["c"] for r in embedded.query(
        "MATCH (n) RETURN label(n) AS label, count(n) AS c", graph=graph)})
    edges = Counter({r["t"]: r["c"] for r in embedded.query(
        "MATCH ()-[r]->() RETURN label(r) AS t, count(r) AS c", graph=graph)})
    return nodes, edges


def test_embedded_counts_equal_the_build(fixture_graph: Path) -> None:
    nodes, edges = read_build(fixture_graph)
    assert _counts(fixture_graph) == (Counter(n.label.value for n in nodes),
                                      Counter(e.type.value for e in edges))


def test_embedded_town_found_by_every_alias(fixture_graph: Path) -> None:
    for name in ("双街镇", "双街", "双街示范镇"):
        rows = embedded.query("MATCH (t:Town) WHERE t.name = $n OR $n IN t.aliases RETURN t.id AS id",
                              {"n": name}, graph=fixture_graph)
        assert rows == [{"id": "Town:双街镇"}]


def test_embedded_evidence_slices_the_text(fixture_graph: Path) -> None:
    rows = embedded.query(
        "MATCH (a)-[r:IN_CHAIN]->(b) RETURN r.ev_doc AS d, r.ev_start AS s, r.ev_end AS e, "
        "r.ev_sentence AS t", graph=fixture_graph)
    assert rows
    for row in rows:
        for doc, start, end, sentence in zip(row["d"], row["s"], row["e"], row["t"]):
            text = (fixture_graph / "texts" / f"{doc}.txt").read_text(encoding="utf-8")
            assert text[start:end] == sentence


@pytest.mark.parametrize("statement", [
    "CREATE (n:Town {id: 'Town:新镇', name: '新镇'})",
    "MATCH (n:Town) DETACH DELETE n",
    "MATCH (n:Town) SET n.name = 'x'",
    "MERGE (n:Town {id: 'Town:新镇'})",
])
def test_embedded_refuses_writes(fixture_graph: Path, statement: str) -> None:
    before = _counts(fixture_graph)
    with pytest.raises(QueryError, match="read-only"):
        embedded.query(statement, graph=fixture_graph)
    assert _counts(fixture_graph) == before


@pytest.mark.parametrize("name", INJECTIONS)
def test_embedded_injection_strings_stay_values(fixture_graph: Path, name: str) -> None:
    before = _counts(fixture_graph)
    rows = embedded.query("MATCH (t:Town) WHERE t.name = $n OR $n IN t.aliases RETURN t.name AS n",
                          {"n": name}, graph=fixture_graph)
    assert rows == []
    assert _counts(fixture_graph) == before


def test_embedded_store_refreshed_when_build_is_newer(fixture_graph: Path, tmp_path: Path) -> None:
    assert embedded.query("MATCH (p:Project) RETURN count(p) AS c", graph=fixture_graph) == [{"c": 4}]
    plus = Path(__file__).parent / "fixtures" / "graph_plus"
    for name in ("nodes.jsonl", "edges.jsonl"):
        (fixture_graph / name).write_bytes((plus / name).read_bytes())
        later = time.time() + 5
        os.utime(fixture_graph / name, (later, later))
    assert embedded.query("MATCH (p:Project) RETURN count(p) AS c", graph=fixture_graph) == [{"c": 5}]


def test_embedded_store_stays_open_between_queries_while_unchanged(fixture_graph: Path, tmp_path: Path) -> None:
    """A notebook's queries reuse the open store (opening one is most of a query's time), at most
    KEPT_OPEN stores at once, and a rebuilt store is opened again."""
    count = "MATCH (p:Project) RETURN count(p) AS c"
    embedded.query(count, graph=fixture_graph)
    store = str(embedded.store_path(fixture_graph))
    first = embedded._OPEN[store][1]
    assert embedded.query(count, graph=fixture_graph) == [{"c": 4}] and embedded._OPEN[store][1] is first
    embedded.ensure_store(fixture_graph, again=True)  # a new file under the same path
    assert embedded.query(count, graph=fixture_graph) == [{"c": 4}] and embedded._OPEN[store][1] is not first
    others = [copy_build("graph", tmp_path / str(i)) for i in range(embedded.KEPT_OPEN + 1)]
    for graph in others:
        assert embedded.query(count, graph=graph) == [{"c": 4}]
    assert len(embedded._OPEN) == embedded.KEPT_OPEN and store not in embedded._OPEN


def test_embedded_missing_build_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GraphFormatError, match="kg build"):
        embedded.query("MATCH (n) RETURN n", graph=tmp_path / "nothing")


def test_embedded_bad_cypher_is_a_query_error(fixture_graph: Path) -> None:
    with pytest.raises(QueryError):
        embedded.query("MATCH (n:Town RETURN n", graph=fixture_graph)
