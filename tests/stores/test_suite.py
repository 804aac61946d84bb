"""The analyst query suite on both stores: same answers, expected rows present."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import cypher
from kg.stores import embedded, read_build
from kg.stores.bolt import BoltClient
from kg.stores.neo4j_store import load_into
from kg.stores.suite import SuiteQuery, canonical, load_suite, missing_rows

SUITE = load_suite()
IDS = [q.name for q in SUITE]


def test_suite_has_at_least_twelve_queries_with_expectations() -> None:
    assert len(SUITE) >= 12
    assert all(q.expected for q in SUITE)


@pytest.fixture(scope="module")
def fixture_answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    from tests.stores.conftest import copy_build

    graph = copy_build("graph", tmp_path_factory.mktemp("suite"))
    return {q.name: embedded.query(q.text, q.params, graph=graph) for q in SUITE}


@pytest.fixture(scope="module")
def corpus_answers(corpus_graph: Path) -> dict[str, list[dict]]:
    return {q.name: embedded.query(q.text, q.params, graph=corpus_graph) for q in SUITE}


@pytest.mark.parametrize("query", SUITE, ids=IDS)
def test_suite_embedded_fixture_expected_rows(query: SuiteQuery, fixture_answers) -> None:
    assert missing_rows(fixture_answers[query.name], query.must_contain("fixture")) == []


@pytest.mark.parametrize("query", SUITE, ids=IDS)
def test_suite_embedded_corpus_expected_rows(query: SuiteQuery, corpus_answers) -> None:
    rows = corpus_answers[query.name]
    assert missing_rows(rows, query.must_contain("corpus")) == []
    assert len(rows) >= query.min_rows("corpus")
    if query.expected.get("exact"):
        assert canonical(rows) == canonical(query.must_contain("corpus"))


@pytest.fixture(scope="module")
def bolt_fixture(bolt: BoltClient) -> BoltClient:
    from tests.stores.conftest import FIXTURES

    bolt.run(cypher.DELETE_ALL)
    nodes, edges = read_build(FIXTURES / "graph")
    load_into(bolt, nodes, edges, progress=False)
    return bolt


@pytest.mark.bolt
@pytest.mark.parametrize("query", SUITE, ids=IDS)
def test_suite_bolt_agrees_on_fixture(query: SuiteQuery, bolt_fixture: BoltClient, fixture_answers) -> None:
    rows = bolt_fixture.run(query.text, query.params)
    assert canonical(rows) == canonical(fixture_answers[query.name])


@pytest.fixture(scope="module")
def bolt_corpus(bolt: BoltClient, corpus_graph: Path, bolt_fixture: BoltClient) -> BoltClient:
    bolt.run(cypher.DELETE_ALL)
    nodes, edges = read_build(corpus_graph)
    load_into(bolt, nodes, edges, progress=False)
    return bolt


@pytest.mark.bolt
@pytest.mark.parametrize("query", SUITE, ids=IDS)
def test_suite_bolt_agrees_on_corpus(query: SuiteQuery, bolt_corpus: BoltClient, corpus_answers) -> None:
    rows = bolt_corpus.run(query.text, query.params)
    assert canonical(rows) == canonical(corpus_answers[query.name])
    assert missing_rows(rows, query.must_contain("corpus")) == []
