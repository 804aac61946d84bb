"""Neo4j spellings on the embedded store: rewritten, and answered as a Bolt server answers them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import cypher
from kg.cli import main
from kg.stores import embedded, read_build
from kg.stores.bolt import BoltClient
from kg.stores.dialect import ladybug_cypher
from kg.stores.neo4j_store import load_into
from kg.stores.suite import canonical


@pytest.mark.parametrize(("neo4j", "ladybug"), [
    ("MATCH (n) RETURN labels(n)[0] AS l", "MATCH (n) RETURN label(n) AS l"),
    ("MATCH (n) RETURN labels( n ) [ 0 ] AS l", "MATCH (n) RETURN label( n ) AS l"),
    ("MATCH (n) WHERE 'Park' IN labels(n) RETURN n", "MATCH (n) WHERE 'Park' IN [label(n)] RETURN n"),
    ("MATCH ()-[r]->() RETURN TYPE(r)", "MATCH ()-[r]->() RETURN label(r)"),
    ("MATCH (n) WHERE n:Park OR NOT n:Town RETURN n",
     "MATCH (n) WHERE label(n) = 'Park' OR NOT label(n) = 'Town' RETURN n"),
    ("RETURN CASE WHEN n:Park THEN 1 END", "RETURN CASE WHEN label(n) = 'Park' THEN 1 END"),
    ("RETURN toString(toInteger('3')), toFloat(x), toBoolean(y)",
     "RETURN to_string(to_int64('3')), to_double(x), to_bool(y)"),
    ("RETURN head(split(n.name, '镇')), last(collect(x))",
     "RETURN list_extract(string_split(n.name, '镇'), 1), list_extract(collect(x), -1)"),
    ("RETURN head(labels(n))", "RETURN list_extract([label(n)], 1)"),
])
def test_neo4j_spellings_are_rewritten(neo4j: str, ladybug: str) -> None:
    assert ladybug_cypher(neo4j) == ladybug


@pytest.mark.parametrize("text", [
    "RETURN 'type(r) and labels(n)[0]' AS s",  # in a string
    'RETURN "WHERE n:Park" AS s',
    "MATCH (n) RETURN n.type, n.split, $head AS h",  # properties and parameters of those names
    "MATCH (n) RETURN subtype(n), `labels`(n)",  # other names, quoted names
    "MATCH (n:Park) RETURN n // type(r) labels(n)[0]",  # comments
    "MATCH (n:Park) /* WHERE n:Town */ RETURN n",
    "MATCH (n {name: 'x'}) RETURN {a: n.name} AS m",  # maps are no label tests
    "RETURN type(r",  # unbalanced: left to the engine's syntax error
    "MATCH (n) RETURN label(n), n.aliases[1], substring(n.name, 1, 2)",  # LadybugDB's own forms
])
def test_what_is_not_a_neo4j_spelling_is_left_as_written(text: str) -> None:
    assert ladybug_cypher(text) == text


def test_a_string_beside_a_rewrite_keeps_its_text() -> None:
    assert (ladybug_cypher("MATCH (n) WHERE n.name = 'labels(n)[0]' AND n:Park RETURN type(n), '/*'")
            == "MATCH (n) WHERE n.name = 'labels(n)[0]' AND label(n) = 'Park' RETURN label(n), '/*'")


#: Each Neo4j spelling with the LadybugDB form it must answer like (on the real corpus).
SAME_ANSWERS = [
    ("MATCH (p)-[:LOCATED_IN]->(t:Town {name: '双街镇'}) RETURN p.name AS p, labels(p)[0] AS l",
     "MATCH (p)-[:LOCATED_IN]->(t:Town {name: '双街镇'}) RETURN p.name AS p, label(p) AS l"),
    ("MATCH (a)-[r]->(:Town) WHERE 'Park' IN labels(a) RETURN a.name AS a, type(r) AS t",
     "MATCH (a:Park)-[r]->(:Town) RETURN a.name AS a, label(r) AS t"),
    ("MATCH (a)-[:LOCATED_IN]->(b) WHERE a:Project AND NOT b:Town RETURN a.name AS a, b.name AS b",
     "MATCH (a:Project)-[:LOCATED_IN]->(b) WHERE label(b) <> 'Town' RETURN a.name AS a, b.name AS b"),
    ("MATCH (t:Town) RETURN t.name AS t, head(t.aliases) AS first, size(labels(t)) AS n",
     "MATCH (t:Town) RETURN t.name AS t, t.aliases[1] AS first, 1 AS n"),
]


@pytest.mark.parametrize(("neo4j", "ladybug"), SAME_ANSWERS)
def test_neo4j_spellings_answer_as_the_ladybug_forms_on_the_corpus(corpus_graph: Path, neo4j: str,
                                                                     ladybug: str) -> None:
    expected = embedded.query(ladybug, graph=corpus_graph)
    assert len(expected) >= 3
    assert canonical(embedded.query(neo4j, graph=corpus_graph)) == canonical(expected)


def test_labels_first_item_on_the_cli_names_the_label(corpus_graph: Path) -> None:
    result = CliRunner().invoke(main, ["query", "MATCH (p:Project {name: 'SMC二期'}) RETURN labels(p)[0] AS l",
                                       "--graph", str(corpus_graph), "--format", "csv"])
    assert result.exit_code == 0 and result.output.splitlines() == ["l", "Project"], result.output


@pytest.fixture(scope="module")
def bolt_fixture_graph(bolt: BoltClient, tmp_path_factory: pytest.TempPathFactory) -> tuple[BoltClient, Path]:
    from tests.stores.conftest import copy_build

    graph = copy_build("graph", tmp_path_factory.mktemp("dialect"))
    bolt.run(cypher.DELETE_ALL)
    load_into(bolt, *read_build(graph), progress=False)
    return bolt, graph


@pytest.mark.bolt
@pytest.mark.parametrize("neo4j", [
    "MATCH (a)-[r]->(b) RETURN a.id AS a, labels(a)[0] AS l, type(r) AS t, b.id AS b",
    "MATCH (a)-[:LOCATED_IN]->(b) WHERE a:Project OR a:Park RETURN a.name AS a, b.name AS b",
    "MATCH (t:Town) WHERE 'Town' IN labels(t) RETURN t.name AS t, head(t.aliases) AS first, last(t.aliases) AS last",
    ("MATCH (i:Indicator) RETURN i.name AS i, toString(size(i.name)) AS n, toInteger('7') + 1 AS m, "
     "toFloat('2.5') AS f, head(split(i.name, '总')) AS part"),
])
def test_neo4j_spellings_answer_as_the_bolt_server_does(bolt_fixture_graph: tuple[BoltClient, Path],
                                                          neo4j: str) -> None:
    bolt, graph = bolt_fixture_graph
    expected = bolt.run(neo4j)
    assert expected
    assert canonical(embedded.query(neo4j, graph=graph)) == canonical(expected)
