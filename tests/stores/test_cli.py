"""The CLI commands of the stores: help, output formats, clean errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.stores.conftest import REPO, free_port

TOWN_QUERY = ("MATCH (p:Project)-[:LOCATED_IN]->(t:Town) WHERE t.name = $town OR $town IN t.aliases "
              "RETURN p.name AS project ORDER BY project")


@pytest.mark.parametrize("args", [["query", "--help"], ["load", "--help"], ["load", "neo4j", "--help"]])
def test_cli_help(args: list[str]) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    assert "Usage:" in result.output and len(result.output.splitlines()) > 5


def _commands(group: click.Group = main, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    """Every command and subcommand of ``kg`` with the words that call it."""
    found: list[tuple[tuple[str, ...], click.Command]] = [(path, group)]
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            found += _commands(command, (*path, name))
        else:
            found.append(((*path, name), command))
    return found


@pytest.mark.parametrize("path,command", _commands(), ids=lambda x: " ".join(x) if isinstance(x, tuple) else "")
def test_every_option_is_explained(path: tuple[str, ...], command: click.Command) -> None:
    unexplained = [p.name for p in command.params if isinstance(p, click.Option) and not p.help]
    assert unexplained == [], f"kg {' '.join(path)}: options without help {unexplained}"


@pytest.mark.parametrize("args", [["--help"], ["query", "--help"]])
def test_help_examples_run_as_typed_in_a_shell(args: list[str], fixture_graph: Path) -> None:
    """The `kg query ...` lines of the help, pasted into bash as they are, run (the shell must not eat $town)."""
    help_text = CliRunner().invoke(main, args).output
    examples = [line.strip() for line in help_text.splitlines() if line.strip().startswith("kg query ")]
    assert examples, help_text
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    for example in examples:
        done = subprocess.run(["bash", "-c", f"{example} --graph {fixture_graph}"], capture_output=True,
                              text=True, env=env, timeout=300)
        assert done.returncode == 0, f"{example}\n{done.stderr}"
        assert "花卉博览园" in done.stdout


def test_cli_query_json_finds_projects_by_alias(fixture_graph: Path) -> None:
    result = CliRunner().invoke(main, ["query", TOWN_QUERY, "--graph", str(fixture_graph),
                                       "--format", "json", "-p", "town=双街示范镇"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"project": "民宿小镇"}, {"project": "花卉博览园"},
                                         {"project": "都市绿谷田园综合体"}]


def test_cli_chain_query_finds_a_chain_by_alias_with_its_sentences(corpus_graph: Path) -> None:
    """queries/enterprises_in_chain.cypher answers 大健康 (an alias of 生物医药) and shows why."""
    text = (REPO / "queries" / "enterprises_in_chain.cypher").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["query", text, "--graph", str(corpus_graph), "--format", "json",
                                       "-p", "chain=大健康"])
    assert result.exit_code == 0, result.output
    rows = {row["enterprise"]: row for row in json.loads(result.output)}
    assert rows["天士力医药集团"]["chain"] == "生物医药"
    assert any("天士力" in sentence for sentence in rows["天士力医药集团"]["sentences"])


def test_cli_relationship_source_takes_the_town_name_the_project_query_took(fixture_graph: Path) -> None:
    """The README's second step: the sentences behind 花卉博览园 → 双街示范镇, named as in the first query."""
    text = (REPO / "queries" / "relationship_source.cypher").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["query", text, "--graph", str(fixture_graph), "--format", "json",
                                       "-p", "project=花卉博览园", "-p", "town=双街示范镇"])
    assert result.exit_code == 0, result.output
    assert [row["docs"] for row in json.loads(result.output)] == [["d001"]]


def test_cli_query_table_and_csv(fixture_graph: Path) -> None:
    table = CliRunner().invoke(main, ["query", TOWN_QUERY, "--graph", str(fixture_graph), "-p", "town=双街"])
    assert table.exit_code == 0 and "花卉博览园" in table.output and "3 row(s)" in table.output
    csv_out = CliRunner().invoke(main, ["query", TOWN_QUERY, "--graph", str(fixture_graph),
                                        "--format", "csv", "-p", "town=双街"])
    assert csv_out.output.splitlines() == ["project", "民宿小镇", "花卉博览园", "都市绿谷田园综合体"]


def test_cli_query_refuses_write_cleanly(fixture_graph: Path) -> None:
    result = CliRunner().invoke(main, ["query", "MATCH (n) DETACH DELETE n", "--graph", str(fixture_graph)])
    assert result.exit_code == 1
    assert "read-only" in result.output and "Traceback" not in result.output


def test_cli_query_bad_param_is_a_usage_error(fixture_graph: Path) -> None:
    result = CliRunner().invoke(main, ["query", "RETURN 1", "--graph", str(fixture_graph), "-p", "novalue"])
    assert result.exit_code == 2 and "NAME=VALUE" in result.output


def test_cli_query_missing_graph_is_clean(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "RETURN 1", "--graph", str(tmp_path / "none")])
    assert result.exit_code == 1 and "kg build" in result.output


def test_cli_load_unreachable_server_is_clean(fixture_graph: Path) -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(main, ["load", "neo4j", "--graph", str(fixture_graph), "--uri", uri, "-q"])
    assert result.exit_code == 1
    assert "cannot reach the Bolt server" in result.output and "Traceback" not in result.output


def test_cli_query_unreachable_server_is_clean_and_speaks_of_no_load() -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(main, ["query", "RETURN 1 AS x", "--neo4j", "--uri", uri, "--server", "neo4j"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"cannot reach the Bolt server at {uri}" in result.output
    assert "load" not in result.output, result.output


@pytest.mark.bolt
def test_cli_load_then_query_server(fixture_graph: Path, bolt, bolt_config) -> None:
    from kg import cypher

    bolt.run(cypher.DELETE_ALL)
    server = ["--uri", bolt_config.uri, "--password", bolt_config.password, "--server", bolt_config.server]
    loaded = CliRunner().invoke(main, ["load", "neo4j", "--graph", str(fixture_graph), *server])
    assert loaded.exit_code == 0, loaded.output
    assert "created" in loaded.output and "LOCATED_IN" in loaded.output
    extra = ["--falkordb-url", bolt_config.falkordb_url] if bolt_config.falkordb_url else []
    result = CliRunner().invoke(main, ["query", TOWN_QUERY, "--neo4j", *server, *extra,
                                       "--format", "json", "-p", "town=双街示范镇"])
    assert result.exit_code == 0, result.output
    assert [r["project"] for r in json.loads(result.output)] == ["民宿小镇", "花卉博览园", "都市绿谷田园综合体"]


@pytest.mark.bolt
def test_cli_load_prune_reports_what_it_deleted(fixture_graph: Path, bolt, bolt_config) -> None:
    from kg import cypher

    bolt.run(cypher.DELETE_ALL)
    bolt.run("CREATE (:Town {id: 'Town:旧镇', name: '旧镇'})")
    server = ["--uri", bolt_config.uri, "--password", bolt_config.password, "--server", bolt_config.server]
    loaded = CliRunner().invoke(main, ["load", "neo4j", "--graph", str(fixture_graph), "--prune", *server])
    assert loaded.exit_code == 0, loaded.output
    assert "pruned first: 1 nodes, 0 relationships" in loaded.output
    assert bolt.run("MATCH (n:Town {id: 'Town:旧镇'}) RETURN count(n) AS c") == [{"c": 0}]


GRAPH_VALUES = ("MATCH p = (t:Town)-[r:PART_OF]->(d) RETURN t, r, p, [t] AS l, {n: d} AS m "
                "ORDER BY t.name LIMIT 2")


@pytest.mark.bolt
def test_nodes_relationships_and_paths_come_back_alike_from_every_store(fixture_graph: Path, bolt,
                                                                        bolt_config) -> None:
    """``RETURN t`` gives the node's label and properties, not a driver's string or internal ids."""
    from kg import cypher
    from kg.stores import embedded
    from kg.stores.neo4j_store import load_graph_dir, server_query

    bolt.run(cypher.DELETE_ALL)
    load_graph_dir(fixture_graph, bolt_config)
    here = embedded.query(GRAPH_VALUES, graph=fixture_graph)
    over_bolt = bolt.run(GRAPH_VALUES, read=True)
    answers = [here, over_bolt]
    if bolt_config.falkordb_url:
        answers.append(server_query(GRAPH_VALUES, None, bolt_config))  # GRAPH.RO_QUERY
    lines = (fixture_graph / "nodes.jsonl").read_text(encoding="utf-8").splitlines()
    town = next(row for row in map(json.loads, lines) if row["id"] == here[0]["t"]["id"])
    assert here[0]["t"]["_label"] == "Town" and here[0]["r"]["_type"] == "PART_OF"
    assert here[0]["p"]["nodes"][0] == here[0]["t"] == here[0]["l"][0]
    assert set(here[0]["t"]) <= {"_label", *town} and "_ID" not in json.dumps(here)
    for answer in answers[1:]:
        assert answer == here and answer.columns == ["t", "r", "p", "l", "m"]


def test_an_answer_without_rows_keeps_its_csv_header(fixture_graph: Path) -> None:
    result = CliRunner().invoke(main, ["query", TOWN_QUERY, "--graph", str(fixture_graph), "--format", "csv",
                                       "-p", "town=不存在镇"])
    assert result.exit_code == 0 and result.output == "project\n"


def test_a_variable_length_relationship_is_its_list_of_relationships(corpus_graph: Path) -> None:
    """``-[r*1..2]->`` gives ``r`` as Neo4j does: the relationships (the embedded store's own value lists
    only the inner nodes, which is no path)."""
    from kg.stores import embedded

    rows = embedded.query("MATCH (v:Village)-[r:PART_OF*1..2]->(x:Region) RETURN v.name AS village, r", graph=corpus_graph)
    assert rows and all(isinstance(row["r"], list) and len(row["r"]) == 2 for row in rows)
    assert {rel["_type"] for row in rows for rel in row["r"]} == {"PART_OF"}


def test_a_query_on_the_embedded_store_imports_no_server_driver(fixture_graph: Path) -> None:
    """The answers of the embedded store need neither the Neo4j driver nor FalkorDB's client (0.2 s)."""
    import subprocess
    import sys

    code = ("import sys; from kg.stores import embedded; "
            f"rows = embedded.query('MATCH p = (t:Town)-[r]->(x) RETURN t, r, p LIMIT 1', graph={str(fixture_graph)!r}); "
            "print(rows[0]['t']['_label'], 'neo4j.graph' in sys.modules, 'falkordb' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["Town", "False", "False"]


@pytest.mark.parametrize("value", ["按1:100:1的比例配套", "[bold]天津[/bold]:ok:", "A\\n项目'\"|;,<>&𠀀😀"])
def test_cli_query_prints_values_as_they_are_in_every_format(fixture_graph: Path, value: str) -> None:
    """The table turned ":100:" into 💯 (rich's emoji codes); every format gives the value back."""
    def run(*fmt: str) -> str:
        result = CliRunner().invoke(main, ["query", "RETURN $v AS v, size($v) AS n", "--graph", str(fixture_graph),
                                           "-p", f"v={value}", *fmt])
        assert result.exit_code == 0, result.output
        return result.output

    assert json.loads(run("--format", "json")) == [{"v": value, "n": len(value)}]
    assert list(csv.reader(io.StringIO(run("--format", "csv")))) == [["v", "n"], [value, str(len(value))]]
    assert value in run()
