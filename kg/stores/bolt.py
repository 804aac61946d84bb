"""A Bolt connection (Neo4j or FalkorDB) with short timeouts, retries and clear errors.

FalkorDB's Bolt side (measured on 4.16.3) differs from Neo4j in ways this
module hides: it names itself ``Neo4j/5.13.0`` (so the server kind is probed
with ``CALL dbms.components()``, which only Neo4j answers), every second new
connection can hang in the handshake (short connect timeout, then retry), it
reads the graph name from the first key of the transaction metadata (so with
FalkorDB sessions never set a database or a read access mode, which would
silently address another graph), it reports every failure as "unknown
error", and it writes parameters into the query text without escaping them (a
value holding ``'`` failed, ``\\n`` became a line break): string parameters
are escaped for it (:func:`falkordb_params`).

Example:
    >>> cfg = BoltConfig(uri="bolt://127.0.0.1:1", connect_timeout=0.5, retries=1)
    >>> try:
    ...     BoltClient(cfg).open()
    ... except StoreError as exc:
    ...     print(str(exc).split(":")[0])
    cannot reach the Bolt server at bolt
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import (
    AuthError,
    ClientError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from kg import cypher
from kg.errors import QueryError, StoreError
from kg.stores.answers import Rows, plain_row
from kg.stores.bolt_config import SERVERS, BoltConfig  # noqa: F401  (re-exported: kg.stores.bolt.BoltConfig)

T = TypeVar("T")
_BACKOFF = (0.2, 0.5, 1.0, 2.0, 3.0)
#: Steps after which a lost server has nothing of a load to complete (and a query has none at all).
_NOTHING_WRITTEN = frozenset(("connect", "probe", "read-only query"))
_RETRYABLE = (ServiceUnavailable, SessionExpired, TransientError, OSError)

#: URI schemes of the Bolt protocol (the driver also takes http://, its preview Query API, which kg does not use).
_BOLT_SCHEMES = frozenset(("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"))


class BoltClient:
    """One driver, reopened when the connection drops; use as a context manager."""

    def __init__(self, config: BoltConfig) -> None:
        self.config = config
        self.server: str = config.server
        self._driver: neo4j.Driver | None = None

    def __enter__(self) -> BoltClient:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> BoltClient:
        """Connect (with retries), check the login and find out the server kind.

        Raises:
            StoreError: unreachable server, refused login, or no answer in time.
        """
        self.call(lambda s: s.run(cypher.PING).consume(), what="connect", first=True)
        if self.server == "auto":
            self.server = self._probe()
        return self

    def close(self) -> None:
        """Close the driver (idempotent)."""
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    def _probe(self) -> str:
        """``neo4j`` if the server answers Neo4j's components query, ``falkordb`` if it refuses it.

        Only a refusal is taken for FalkorDB: a connection lost during the probe is retried like any
        call and then reported, never guessed (FalkorDB's escaping would corrupt strings sent to Neo4j).
        """
        def ask(session: neo4j.Session) -> str:
            try:
                session.run(cypher.PROBE_NEO4J).consume()
            except TransientError:
                raise
            except Neo4jError:  # the server answered, and does not know the query
                return "falkordb"
            return "neo4j"

        return self.call(ask, what="probe")

    def _new_driver(self) -> neo4j.Driver:
        cfg = self.config
        return GraphDatabase.driver(
            cfg.uri,
            auth=(cfg.user, cfg.password),
            connection_timeout=cfg.connect_timeout,
            connection_acquisition_timeout=cfg.connect_timeout + 1.0,
            max_transaction_retry_time=0,
            **cfg.extra,
        )

    def session(self, *, read: bool = False) -> neo4j.Session:
        """A session; with FalkorDB always the default graph in write mode (see module doc)."""
        if self._driver is None:
            scheme = self.config.uri.partition("://")[0]
            if scheme not in _BOLT_SCHEMES:
                raise StoreError(f"bad Bolt URI {self.config.uri!r}: use bolt:// or neo4j:// (with +s or +ssc for TLS)")
            try:
                self._driver = self._new_driver()
            except (ValueError, DriverError) as exc:
                raise StoreError(f"bad Bolt URI {self.config.uri!r}: {exc}") from exc
        if self.server == "falkordb":
            return self._driver.session()
        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        return self._driver.session(database=self.config.database, default_access_mode=mode)

    def call(
        self,
        work: Callable[[neo4j.Session], T],
        *,
        what: str,
        read: bool = False,
        retries: int | None = None,
        first: bool = False,
    ) -> T:
        """Run ``work(session)``; on a dropped connection or transient error reopen and retry.

        Raises:
            StoreError: the server stays unreachable, refuses the login, or fails.
            QueryError: the server rejects the query itself (Neo4j client errors).
        """
        attempts = (self.config.retries if retries is None else retries) + 1
        for attempt in range(attempts):
            try:
                with self.session(read=read) as session:
                    return work(session)
            except AuthError as exc:
                raise self._login_error(exc) from exc
            except _RETRYABLE as exc:
                self.close()
                if attempt + 1 >= attempts:
                    raise self._unreachable(exc, what) from exc
                time.sleep(_BACKOFF[min(attempt, len(_BACKOFF) - 1)])
            except ClientError as exc:
                raise QueryError(f"{what}: the server rejected the query: {exc.message}") from exc
            except Neo4jError as exc:
                if first:
                    raise self._login_error(exc) from exc
                raise StoreError(f"{what} failed on {self.config.uri}: {_describe(exc)}") from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _unreachable(self, exc: Exception, what: str) -> StoreError:
        """The server stopped answering; a load that already wrote batches is told it can be re-run."""
        rerun = "" if what in _NOTHING_WRITTEN else " A load can be re-run: it completes what is missing."
        return StoreError(
            f"cannot reach the Bolt server at {self.config.uri} ({what}: {type(exc).__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else 'no answer'}); is it running? "
            f"Check --uri / NEO4J_URI.{rerun}"
        )

    def _login_error(self, exc: Exception) -> StoreError:
        return StoreError(
            f"the Bolt server at {self.config.uri} refused the login of user "
            f"{self.config.user!r} ({_describe(exc)}); check --user/--password "
            "(NEO4J_USERNAME/NEO4J_PASSWORD)"
        )

    def run(self, query: str, params: dict[str, Any] | None = None, *, read: bool = False,
            what: str = "query") -> Rows:
        """Run one query in its own transaction and return the records as dicts of plain values
        (nodes, relationships and paths as :func:`kg.stores.answers.plain` gives them)."""

        def rows(result: neo4j.Result) -> Rows:
            names = result.keys()
            return Rows(names, (plain_row(names, record.values()) for record in result))

        params = self._params(params or {})

        def work(session: neo4j.Session) -> Rows:
            if read:
                return session.execute_read(lambda tx: rows(tx.run(query, params)))
            return rows(session.run(query, params))

        return self.call(work, what=what, read=read)

    def write_batch(self, query: str, rows: list[dict[str, Any]], *, what: str) -> int | None:
        """Write one batch as one auto-commit query; return the number it returns (None if none).

        The query is its own transaction on both servers (all of the batch or none of it), without
        the BEGIN and COMMIT round trips of an explicit one: with FalkorDB's small batches that was
        a third of a load's time.
        """
        params = self._params({"rows": rows})

        def work(session: neo4j.Session) -> int | None:
            record = session.run(query, params).single()
            return None if record is None else int(record[0])

        return self.call(work, what=what)

    def _params(self, params: dict[str, Any]) -> dict[str, Any]:
        """The parameters as this server needs them (escaped strings for FalkorDB)."""
        return falkordb_params(params) if self.server == "falkordb" else params


def falkordb_params(value: Any) -> Any:
    """``value`` with every string escaped as FalkorDB's Bolt side needs it.

    FalkorDB writes each parameter into the query text between single quotes as
    it is, so a quote or backslash in a value must arrive escaped to come back
    as itself. Map keys are left alone (kg's are property names).

    Example:
        >>> print(falkordb_params({"rows": [{"name": "Moody's"}]})["rows"][0]["name"])
        Moody\\'s
    """
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, dict):
        return {key: falkordb_params(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [falkordb_params(item) for item in value]
    return value


def _describe(exc: Exception) -> str:
    """One line about a driver error (FalkorDB's are all "unknown error")."""
    if isinstance(exc, Neo4jError):
        return f"{exc.code}: {exc.message}" if exc.message else str(exc.code)
    return f"{type(exc).__name__}: {exc}"
