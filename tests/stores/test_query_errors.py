"""Queries that cannot run as asked get clean errors, and a damaged query store is built again."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import GraphFormatError, QueryError, StoreError
from kg.graphio import read_jsonl
from kg.stores import embedded
from kg.stores.bolt import BoltClient
from kg.stores.bolt_config import BoltConfig
from kg.stores.falkordb_store import ro_query

TOWN_QUERY = "MATCH (p:Project)-[:LOCATED_IN]->(t:Town {name: $town}) RETURN p.name AS project"


def test_a_parameter_without_a_value_is_an_error_not_null(fixture_graph: Path) -> None:
    with pytest.raises(QueryError, match=r"uses \$town but no value was given"):
        embedded.query(TOWN_QUERY, graph=fixture_graph)
    assert embedded.query(TOWN_QUERY, {"town": "不存在镇"}, graph=fixture_graph) == []
    assert embedded.query("RETURN '$not_a_parameter' AS s", graph=fixture_graph) == [{"s": "$not_a_parameter"}]


@pytest.mark.parametrize(("cypher_text", "hint"), [
    ("MATCH (t:Town) RETURN elementId(t) AS i", "n.id"),
    ("MATCH (:Town)-[r]->() RETURN startNode(r).name AS s", "(a)-[r]->(b)"),
    ("RETURN tail([1, 2]) AS t", "list_slice(xs, 2, size(xs))"),
    ("MATCH (t:Town {name: '双街镇'}) RETURN t.aliases[0] AS first", "x[1] is the first item"),
])
def test_neo4j_cypher_the_store_refuses_names_what_to_write_instead(fixture_graph: Path, cypher_text: str,
                                                                    hint: str) -> None:
    result = CliRunner().invoke(main, ["query", cypher_text, "--graph", str(fixture_graph)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "refused the query" in result.output and hint in result.output, result.output
    fixed = cypher_text.replace("tail([1, 2])", "list_slice([1, 2], 2, 2)").replace("[0]", "[1]")
    if fixed != cypher_text:  # the hint's form runs
        assert CliRunner().invoke(main, ["query", fixed, "--graph", str(fixture_graph)]).exit_code == 0


def test_a_parameter_inside_a_list_predicate_names_the_forms_that_run(fixture_graph: Path) -> None:
    # a series probe's analyst (sixteenth session) wrote any(a IN t.aliases WHERE a = $town): the engine's assertion
    asked = "MATCH (t:Town) WHERE any(a IN t.aliases WHERE a = $town) RETURN t.name AS town"
    result = CliRunner().invoke(main, ["query", asked, "-p", "town=双街", "--graph", str(fixture_graph)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "WITH $name AS v" in result.output and "$name IN n.aliases" in result.output, result.output
    for fixed in ("WITH $town AS v MATCH (t:Town) WHERE any(a IN t.aliases WHERE a = v) RETURN t.name AS town",
                  "MATCH (t:Town) WHERE $town IN t.aliases RETURN t.name AS town"):
        assert embedded.query(fixed, {"town": "双街"}, graph=fixture_graph) == [{"town": "双街镇"}]


def test_a_parameter_the_store_cannot_take_is_a_query_error(fixture_graph: Path) -> None:
    with pytest.raises(QueryError, match="refused the query"):
        embedded.query("RETURN $n AS x", {"n": [1, "a"]}, graph=fixture_graph)


@pytest.mark.parametrize("damage", ["truncated", "empty"])
def test_a_damaged_store_is_built_again(fixture_graph: Path, damage: str) -> None:
    count = "MATCH (n) RETURN count(n) AS n"
    expected = embedded.query(count, graph=fixture_graph)
    store = embedded.store_path(fixture_graph)
    with open(store, "r+b") as fh:
        fh.truncate(4096 if damage == "truncated" else 0)
    assert embedded.query(count, graph=fixture_graph) == expected
    assert store.stat().st_size > 4096


def test_no_rows_print_as_no_rows(fixture_graph: Path) -> None:
    result = CliRunner().invoke(main, ["query", TOWN_QUERY, "-p", "town=不存在镇", "--graph", str(fixture_graph)])
    assert result.exit_code == 0 and result.output == "0 row(s)\n"
    missing = CliRunner().invoke(main, ["query", TOWN_QUERY, "--graph", str(fixture_graph)])
    assert missing.exit_code == 1 and "$town" in missing.output and "Traceback" not in missing.output


def test_a_row_that_is_not_an_object_is_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "nodes.jsonl"
    path.write_text('{"id": "Town:x"}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(GraphFormatError, match=r"nodes.jsonl:2: not a JSON object"):
        read_jsonl(path)


def test_bad_server_addresses_are_clean_errors() -> None:
    client = BoltClient(BoltConfig(uri="http://127.0.0.1:1", user="neo4j", password="x"))
    with pytest.raises(StoreError, match="use bolt:// or neo4j://"):
        client.session()
    with pytest.raises(StoreError, match="bad FalkorDB URL") as bad_port:
        ro_query("redis://u:secret@127.0.0.1:notaport", "RETURN 1")
    with pytest.raises(StoreError, match="cannot reach FalkorDB") as refused:
        ro_query("redis://u:secret@127.0.0.1:1", "RETURN 1", attempts=1)
    assert "secret" not in str(bad_port.value) + str(refused.value)


def test_an_older_copy_of_the_build_files_is_not_taken_for_the_store_s(fixture_graph: Path, tmp_path: Path) -> None:
    """``cp -p`` / ``rsync -a`` keep the copies' older times: the store must still be built again."""
    import shutil

    count = "MATCH (p:Project) RETURN count(p) AS c"
    plus = Path(__file__).parent / "fixtures" / "graph_plus"
    older = tmp_path / "older"
    older.mkdir()
    for name in ("nodes.jsonl", "edges.jsonl"):
        shutil.copy2(plus / name, older / name)  # keeps the fixture's (older) modification times
    assert embedded.query(count, graph=fixture_graph) == [{"c": 4}]
    for name in ("nodes.jsonl", "edges.jsonl"):
        (fixture_graph / name).unlink()
        shutil.copy2(older / name, fixture_graph / name)
    assert embedded.query(count, graph=fixture_graph) == [{"c": 5}]


def test_a_falkordb_address_on_another_host_does_not_take_the_query() -> None:
    """A FALKORDB_URL left in the environment must not answer a query meant for the --uri server."""
    from kg.stores.neo4j_store import server_query

    config = BoltConfig(uri="bolt://127.0.0.2:1", password="x", retries=0, falkordb_url="redis://127.0.0.1:1")
    with pytest.raises(StoreError) as raised:
        server_query("RETURN 1", None, config)
    assert "FalkorDB" not in str(raised.value) and "127.0.0.2" in str(raised.value)


def test_two_columns_of_one_name_are_an_error_and_nulls_are_empty_csv_cells(fixture_graph: Path) -> None:
    with pytest.raises(QueryError, match="two columns named 'a'"):
        embedded.query("MATCH (t:Town) RETURN t.name AS a, t.id AS a", graph=fixture_graph)
    result = CliRunner().invoke(main, ["query", "MATCH (t:Town) RETURN t.name AS a, NULL AS b LIMIT 1",
                                       "--graph", str(fixture_graph), "--format", "csv"])
    assert result.exit_code == 0 and result.output.splitlines()[0] == "a,b"
    assert result.output.splitlines()[1].endswith(",")  # null: nothing, not the text "null"
