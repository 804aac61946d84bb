"""The Bolt loader against a real server (FalkorDB started by a fixture, or NEO4J_URI)."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kg import cypher
from kg.errors import QueryError, StoreError
from kg.stores import read_build
from kg.stores.bolt import BoltClient, BoltConfig
from kg.stores.neo4j_store import count_all, load, load_into, server_query
from schema.ontology import Label, RelType
from tests.stores.conftest import FIXTURES, free_port
from tests.stores.test_embedded import INJECTIONS

pytestmark = pytest.mark.bolt


def build_counts(graph: Path) -> tuple[dict[str, int], dict[str, int]]:
    nodes, edges = read_build(graph)
    n, e = Counter(x.label.value for x in nodes), Counter(x.type.value for x in edges)
    return {lab.value: n[lab.value] for lab in Label}, {rel.value: e[rel.value] for rel in RelType}


def dump(client: BoltClient) -> dict[str, Any]:
    """Every node and relationship with its properties (lists compared as stored)."""
    nodes = {lab.value: client.run(cypher.node_dump(lab)) for lab in Label}
    rels = {rel.value: client.run(cypher.edge_dump(rel)) for rel in RelType}
    return {"nodes": nodes, "relationships": rels}


def test_bolt_counts_after_load_equal_the_build(empty_bolt: BoltClient) -> None:
    nodes, edges = read_build(FIXTURES / "graph")
    summary = load_into(empty_bolt, nodes, edges, progress=False)
    assert count_all(empty_bolt) == build_counts(FIXTURES / "graph")
    assert summary.totals()["nodes_created"] == len(nodes)
    assert summary.totals()["relationships_created"] == len(edges)


def test_bolt_second_load_is_idempotent(empty_bolt: BoltClient) -> None:
    nodes, edges = read_build(FIXTURES / "graph")
    load_into(empty_bolt, nodes, edges, progress=False)
    first = dump(empty_bolt)
    again = load_into(empty_bolt, nodes, edges, progress=False)
    assert again.totals()["nodes_created"] == 0 and again.totals()["relationships_created"] == 0
    assert dump(empty_bolt) == first


def test_bolt_incremental_load_adds_only_the_new_document(empty_bolt: BoltClient) -> None:
    nodes, edges = read_build(FIXTURES / "graph")
    load_into(empty_bolt, nodes, edges, progress=False)
    plus_nodes, plus_edges = read_build(FIXTURES / "graph_plus")
    summary = load_into(empty_bolt, plus_nodes, plus_edges, progress=False)
    assert summary.totals()["nodes_created"] == len(plus_nodes) - len(nodes)
    assert summary.totals()["relationships_created"] == len(plus_edges) - len(edges)
    assert count_all(empty_bolt) == build_counts(FIXTURES / "graph_plus")
    town = empty_bolt.run("MATCH (t:Town {id: $id}) RETURN t.docs AS docs", {"id": "Town:双街镇"})
    assert town == [{"docs": ["d001", "d002", "d003"]}]


def test_bolt_prune_makes_the_store_equal_to_a_smaller_build(empty_bolt: BoltClient) -> None:
    small_nodes, small_edges = read_build(FIXTURES / "graph")
    load_into(empty_bolt, small_nodes, small_edges, progress=False)
    fresh = dump(empty_bolt)
    empty_bolt.run(cypher.DELETE_ALL)
    plus_nodes, plus_edges = read_build(FIXTURES / "graph_plus")
    load_into(empty_bolt, plus_nodes, plus_edges, progress=False)
    kept = load_into(empty_bolt, small_nodes, small_edges, progress=False)
    assert kept.pruned is None and count_all(empty_bolt) == build_counts(FIXTURES / "graph_plus")
    summary = load_into(empty_bolt, small_nodes, small_edges, progress=False, prune_stale=True, batch_bytes=1200)
    assert summary.pruned is not None
    assert summary.pruned.nodes == len(plus_nodes) - len(small_nodes)
    assert summary.pruned.relationships >= len(plus_edges) - len(small_edges)
    assert count_all(empty_bolt) == build_counts(FIXTURES / "graph")
    assert dump(empty_bolt) == fresh
    again = load_into(empty_bolt, small_nodes, small_edges, progress=False, prune_stale=True)
    assert again.pruned is not None and (again.pruned.nodes, again.pruned.relationships) == (0, 0)


def test_bolt_tiny_batches_split_rows_and_load_the_same_graph(empty_bolt: BoltClient) -> None:
    nodes, edges = read_build(FIXTURES / "graph")
    load_into(empty_bolt, nodes, edges, progress=False)
    reference = dump(empty_bolt)
    empty_bolt.run(cypher.DELETE_ALL)
    summary = load_into(empty_bolt, nodes, edges, batch_size=3, batch_bytes=700, progress=False)
    assert summary.batches > len(nodes) / 3
    assert dump(empty_bolt) == reference


def test_bolt_evidence_reachable_from_cypher(empty_bolt: BoltClient) -> None:
    nodes, edges = read_build(FIXTURES / "graph")
    load_into(empty_bolt, nodes, edges, progress=False)
    rows = empty_bolt.run(
        "MATCH (p:Project {name: $p})-[r:LOCATED_IN]->(t:Town) "
        "RETURN r.ev_doc AS doc, r.ev_section AS section, r.ev_sentence AS sentence", {"p": "花卉博览园"})
    assert rows == [{"doc": ["d001"], "section": ["一、示范镇建设"],
                     "sentence": ["积极推进双街示范镇建设,加快花卉博览园、民宿小镇和都市绿谷田园综合体建设。"]}]


def test_bolt_corpus_counts_after_load(bolt: BoltClient, corpus_graph: Path) -> None:
    bolt.run(cypher.DELETE_ALL)
    nodes, edges = read_build(corpus_graph)
    load_into(bolt, nodes, edges, progress=False)
    assert count_all(bolt) == build_counts(corpus_graph)


def test_bolt_unreachable_server_is_a_clear_error() -> None:
    config = BoltConfig(uri=f"bolt://127.0.0.1:{free_port()}", retries=1)
    started = time.monotonic()
    with pytest.raises(StoreError, match="cannot reach the Bolt server"):
        load([], [], config, progress=False)
    assert time.monotonic() - started < 30  # an error, not a hang


def test_bolt_wrong_password_is_a_clear_error(bolt_config: BoltConfig) -> None:
    config = BoltConfig(uri=bolt_config.uri, user="neo4j", password="wrong-password",
                        server=bolt_config.server, retries=1)
    with pytest.raises(StoreError, match="refused the login"):
        BoltClient(config).open()


@pytest.mark.parametrize("statement", ["CREATE (n:Town {id: 'Town:新镇'})",
                                       "MATCH (n:Town) DETACH DELETE n",
                                       "MATCH (n:Town) SET n.name = 'x'"])
def test_bolt_query_refuses_writes(bolt: BoltClient, bolt_config: BoltConfig, statement: str) -> None:
    bolt.run(cypher.DELETE_ALL)
    nodes, edges = read_build(FIXTURES / "graph")
    load_into(bolt, nodes, edges, progress=False)
    before = dump(bolt)
    with pytest.raises(QueryError):
        server_query(statement, {}, bolt_config)
    assert dump(bolt) == before


def test_bolt_injection_strings_stay_values(bolt: BoltClient, bolt_config: BoltConfig) -> None:
    bolt.run(cypher.DELETE_ALL)
    nodes, edges = read_build(FIXTURES / "graph")
    load_into(bolt, nodes, edges, progress=False)
    before = dump(bolt)
    for name in INJECTIONS:
        rows = server_query("MATCH (t:Town) WHERE t.name = $n OR $n IN t.aliases RETURN t.name AS n",
                            {"n": name}, bolt_config)
        assert rows == []
    assert dump(bolt) == before


@pytest.mark.bolt
def test_the_csv_export_holds_what_the_load_stores(fixture_graph: Path, bolt, bolt_config, tmp_path: Path) -> None:
    """A graph imported from ``kg export --format csv`` (neo4j-admin) has the properties ``kg load``
    writes over Bolt, evidence lists included; only empty lists are missing (an empty CSV field)."""
    from kg import cypher
    from kg.exports import export_graph
    from kg.exports.neo4j_csv import read_neo4j_csv
    from kg.stores.neo4j_store import load_graph_dir
    from kg.stores.rows import edge_props, node_props

    def filled(props: dict) -> dict:
        return {k: v for k, v in props.items() if v not in ([], [""])}

    bolt.run(cypher.DELETE_ALL)
    load_graph_dir(fixture_graph, bolt_config)
    nodes, edges = read_neo4j_csv(export_graph(fixture_graph, "csv", tmp_path / "csv"))
    stored_nodes = {r["id"]: filled(r["p"]) for r in bolt.run("MATCH (n) RETURN n.id AS id, properties(n) AS p")}
    stored_edges = {(r["s"], r["t"], r["d"]): filled(r["p"]) for r in bolt.run(
        "MATCH (a)-[r]->(b) RETURN a.id AS s, type(r) AS t, b.id AS d, properties(r) AS p")}
    assert stored_nodes == {n.id: filled(node_props(n)) for n in nodes}
    assert stored_edges == {(e.source, e.type.value, e.target): filled(edge_props(e)) for e in edges}
    assert any(props.get("ev_sentence") for props in stored_edges.values())


#: Values FalkorDB's Bolt side wrote into the query text unescaped (it turns parameters into Cypher text).
AWKWARD = ["Moody's", "a\\b", "a\\nb", "line\nbreak", "end\\", "\\'", "'}) DETACH DELETE n //", "中文’‘\"q\""]


def test_bolt_awkward_strings_load_as_they_are(empty_bolt: BoltClient) -> None:
    nodes, edges = read_build(FIXTURES / "graph")
    town = next(n for n in nodes if n.id == "Town:双街镇")
    edge = next(e for e in edges if e.target == town.id and e.evidence)
    town.aliases = sorted(AWKWARD)
    edge.evidence[0] = edge.evidence[0].model_copy(update={"sentence": " ".join(AWKWARD)})
    load_into(empty_bolt, nodes, edges, progress=False)
    assert count_all(empty_bolt) == build_counts(FIXTURES / "graph")
    assert empty_bolt.run("MATCH (t:Town {id: $id}) RETURN t.aliases AS a", {"id": town.id}) == [{"a": sorted(AWKWARD)}]
    stored = empty_bolt.run("MATCH ()-[r]->(t:Town {id: $id}) WHERE $s IN r.ev_sentence RETURN count(r) AS c",
                            {"id": town.id, "s": " ".join(AWKWARD)})
    assert stored == [{"c": 1}]
    for name in AWKWARD:
        assert empty_bolt.run("MATCH (t:Town) WHERE $n IN t.aliases RETURN t.id AS id", {"n": name}) == [{"id": town.id}]


def test_bolt_prune_removes_a_node_whose_id_holds_a_quote(empty_bolt: BoltClient) -> None:
    nodes, edges = read_build(FIXTURES / "graph")
    smc = next(n for n in nodes if n.id == "Enterprise:SMC")
    odd = smc.model_copy(update={"id": "Enterprise:Moody's", "name": "Moody's"})
    load_into(empty_bolt, [*nodes, odd], edges, progress=False)
    assert empty_bolt.run("MATCH (e:Enterprise {id: $id}) RETURN e.name AS n", {"id": odd.id}) == [{"n": "Moody's"}]
    summary = load_into(empty_bolt, nodes, edges, progress=False, prune_stale=True)
    assert summary.pruned is not None and summary.pruned.nodes == 1
    assert count_all(empty_bolt) == build_counts(FIXTURES / "graph")


def test_bolt_edge_batch_counts_the_rows_whose_endpoints_it_found(empty_bolt: BoltClient) -> None:
    """A relationship row whose endpoint is not in the store writes nothing, and the batch says so."""
    nodes, edges = read_build(FIXTURES / "graph")
    load_into(empty_bolt, nodes, edges, progress=False)
    merge = cypher.edge_merge(RelType.LOCATED_IN, Label.PROJECT, Label.TOWN)
    rows = [{"source": "Project:花卉博览园", "target": "Town:双街镇", "props": {}},
            {"source": "Project:花卉博览园", "target": "Town:无此镇", "props": {}}]
    assert empty_bolt.write_batch(merge, rows, what="test") == 1


def test_bolt_load_reports_relationships_whose_endpoints_the_server_cannot_find(
        bolt: BoltClient, bolt_config: BoltConfig, tmp_path: Path) -> None:
    """FalkorDB's id index never finds an id holding U+0001 (measured on 4.16): the relationships of such a
    node were silently not loaded. The load counts them and `kg load neo4j` fails naming them."""
    from click.testing import CliRunner

    from kg.cli import main
    from tests.stores.conftest import copy_build

    graph = copy_build("graph", tmp_path)
    for name in ("nodes.jsonl", "edges.jsonl"):
        path = graph / name
        path.write_text(path.read_text(encoding="utf-8").replace("Town:双街镇", "Town:双街\\u0001镇"), encoding="utf-8")
    nodes, edges = read_build(graph)
    touching = sum(1 for e in edges if "Town:双街\x01镇" in (e.source, e.target))
    bolt.run(cypher.DELETE_ALL)
    summary = load_into(bolt, nodes, edges, progress=False)
    expected = touching if bolt.server == "falkordb" else 0
    assert touching > 0 and summary.totals()["relationships_missing"] == expected
    server = ["--uri", bolt_config.uri, "--password", bolt_config.password, "--server", bolt_config.server]
    result = CliRunner().invoke(main, ["load", "neo4j", "--graph", str(graph), "-q", *server])
    assert result.exit_code == (1 if expected else 0), result.output
    if expected:
        assert f"{expected} relationships were not loaded" in result.output and "Traceback" not in result.output


def test_a_load_with_its_progress_bar_leaves_no_thread_so_builds_still_fork(empty_bolt: BoltClient) -> None:
    import threading

    from tqdm import tqdm

    from kg.parallel import FORK, start_method

    if tqdm.monitor is not None:  # a bar of another library, earlier in this process
        tqdm.monitor.exit()
        tqdm.monitor = None
    nodes, edges = read_build(FIXTURES / "graph")
    for progress in (True, False):
        load_into(empty_bolt, nodes, edges, progress=progress)
        assert [t.name for t in threading.enumerate()] == ["MainThread"]
    assert start_method() == FORK
