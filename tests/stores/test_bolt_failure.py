"""A server killed in the middle of a load: clear error, then a re-run completes the graph."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from kg import cypher
from kg.errors import StoreError
from kg.stores import read_build
from kg.stores.bolt import BoltClient, BoltConfig
from kg.stores.neo4j_store import count_all, load_into
from kg.stores.rows import batches, group_nodes
from tests.stores.conftest import FIXTURES, FalkorServer, new_server
from tests.stores.test_bolt_load import build_counts, dump

pytestmark = pytest.mark.bolt


class KillingClient(BoltClient):
    """A client whose server is SIGKILLed before its ``after``-th batch."""

    def __init__(self, config: BoltConfig, server: FalkorServer, after: int) -> None:
        super().__init__(config)
        self.victim, self.after, self.sent = server, after, 0

    def write_batch(self, query: str, rows: list[dict[str, Any]], *, what: str) -> Any:
        self.sent += 1
        if self.sent == self.after:
            self.victim.kill()
        return super().write_batch(query, rows, what=what)


def test_bolt_killed_server_then_rerun_equals_clean_load(falkor, bolt: BoltClient,
                                                         tmp_path: Path) -> None:
    if falkor is None:
        pytest.fail("this test kills its own FalkorDB server; unset NEO4J_URI to run it")
    nodes, edges = read_build(FIXTURES / "graph")
    bolt.run(cypher.DELETE_ALL)
    load_into(bolt, nodes, edges, progress=False)
    clean = dump(bolt)

    server = new_server(tmp_path / "victim")
    try:
        config = BoltConfig(uri=server.uri, password="", server="falkordb", retries=2)
        client = KillingClient(config, server, after=12).open()
        started = time.monotonic()
        with pytest.raises(StoreError, match="cannot reach the Bolt server"):
            load_into(client, nodes, edges, batch_size=2, progress=False)
        assert time.monotonic() - started < 30  # an error, not a hang
        client.close()

        # Same data dir and ports. The server runs without persistence: with appendonly on,
        # FalkorDB 4.16.3 aborts on its first Bolt write (assertion blocked.c:345
        # 'server.also_propagate.numops == 0', measured), so the restarted graph is empty;
        # the partial-state case is the next test.
        server.start()
        with BoltClient(config).open() as again:
            load_into(again, nodes, edges, batch_size=2, progress=False)
            assert count_all(again) == build_counts(FIXTURES / "graph")
            assert dump(again) == clean
    finally:
        server.stop()


class FailingClient(BoltClient):
    """A client whose ``after``-th batch fails as a dropped connection does, before sending."""

    def __init__(self, config: BoltConfig, after: int) -> None:
        super().__init__(config)
        self.after, self.sent = after, 0

    def write_batch(self, query: str, rows: list[dict[str, Any]], *, what: str) -> Any:
        self.sent += 1
        if self.sent == self.after:
            raise StoreError(f"{what}: connection lost (test)")
        return super().write_batch(query, rows, what=what)


def test_bolt_failed_batch_leaves_whole_batches_and_rerun_completes(bolt: BoltClient,
                                                                    bolt_config: BoltConfig) -> None:
    nodes, edges = read_build(FIXTURES / "graph")
    bolt.run(cypher.DELETE_ALL)
    load_into(bolt, nodes, edges, progress=False)
    clean = dump(bolt)
    bolt.run(cypher.DELETE_ALL)

    failing = FailingClient(bolt_config, after=8)
    failing.server = bolt.server
    with pytest.raises(StoreError):
        load_into(failing, nodes, edges, batch_size=3, progress=False)
    failing.close()
    partial = count_all(bolt)
    written = sum(partial[0].values()) + sum(partial[1].values())
    groups = sorted(group_nodes(nodes).items(), key=lambda kv: kv[0].value)
    sizes = [len(b) for _, rows in groups for b in batches(rows, 3, 10**6)]
    assert written == sum(sizes[:7])  # exactly the seven whole batches before the failure
    load_into(bolt, nodes, edges, batch_size=3, progress=False)
    assert count_all(bolt) == build_counts(FIXTURES / "graph")
    assert dump(bolt) == clean


def test_a_row_that_cannot_fit_stops_the_load_before_anything_is_written(empty_bolt: BoltClient) -> None:
    """An evidence sentence longer than a message: refused before the first write (and before any pruning)."""
    nodes, edges = read_build(FIXTURES / "graph")
    long_sentence = "北辰区双街镇" * 400  # 2,400 characters, 7,200 bytes: over any FalkorDB message
    at = next(i for i, edge in enumerate(edges) if edge.evidence)
    longer = edges[at].evidence[0].model_copy(update={"sentence": long_sentence})
    changed = [*edges[:at], edges[at].model_copy(update={"evidence": [longer]}), *edges[at + 1:]]
    with pytest.raises(StoreError, match="larger --batch-bytes"):
        load_into(empty_bolt, nodes, changed, progress=False, prune_stale=True, batch_bytes=3000)
    found_nodes, found_rels = count_all(empty_bolt)
    assert sum(found_nodes.values()) == 0 and sum(found_rels.values()) == 0  # not even the nodes


class ProbeKillingClient(BoltClient):
    """A client whose server is SIGKILLed after the login check, as the server kind is probed."""

    def __init__(self, config: BoltConfig, server: FalkorServer) -> None:
        super().__init__(config)
        self.victim = server

    def call(self, work: Any, *, what: str, **options: Any) -> Any:
        if what == "probe":
            self.victim.kill()
        return super().call(work, what=what, **options)


def test_the_server_kind_is_probed_from_its_answer_and_a_lost_server_is_an_error(falkor, tmp_path: Path) -> None:
    if falkor is None:
        pytest.fail("this test kills its own FalkorDB server; unset NEO4J_URI to run it")
    server = new_server(tmp_path / "probed")
    try:
        config = BoltConfig(uri=server.uri, password="", server="auto", retries=1)
        with BoltClient(config).open() as client:  # FalkorDB refuses Neo4j's components query
            assert client.server == "falkordb"
        lost = ProbeKillingClient(config, server)
        with pytest.raises(StoreError, match="cannot reach the Bolt server"):
            lost.open()  # not taken for FalkorDB, whose string escaping would corrupt a Neo4j load
        assert lost.server == "auto"
        lost.close()
    finally:
        server.stop()
