"""Read-only queries on FalkorDB through its own protocol (Redis, ``GRAPH.RO_QUERY``).

FalkorDB's Bolt side ignores the read access mode (a write in a read session
is executed, on a graph named after the metadata key), so ``kg query --neo4j``
against FalkorDB sends the query with ``GRAPH.RO_QUERY`` instead: the engine
itself refuses any write clause. The graph is ``falkordb``, the one Bolt
sessions without a database name write to.

Example:
    >>> try:
    ...     ro_query("redis://127.0.0.1:1", "RETURN 1")
    ... except StoreError as exc:
    ...     print("cannot reach FalkorDB" in str(exc))
    True
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from kg.errors import QueryError, StoreError
from kg.stores.answers import Rows, plain_row

#: The graph FalkorDB's Bolt side uses when the session names no database.
BOLT_GRAPH = "falkordb"


def ro_query(url: str, query: str, params: dict[str, Any] | None = None, *,
             graph: str = BOLT_GRAPH, timeout: float = 1.5,
             attempts: int = 4) -> Rows:
    """Run ``query`` read-only on FalkorDB at ``url`` (``redis://host:port``).

    Raises:
        StoreError: the server cannot be reached.
        QueryError: the query is invalid or writes (refused by ``GRAPH.RO_QUERY``).
    """
    import redis
    from falkordb import FalkorDB

    parts = urlparse(url)
    try:
        port = parts.port or 6379
    except ValueError as exc:  # e.g. redis://host:notaport
        raise StoreError(f"bad FalkorDB URL {_shown(url)}: {exc}; check --falkordb-url") from exc
    for attempt in range(attempts):
        try:
            client = FalkorDB(host=parts.hostname or "127.0.0.1", port=port,
                              password=parts.password, socket_timeout=timeout,
                              socket_connect_timeout=timeout)
            result = client.select_graph(graph).ro_query(query, params or {})
            break
        except redis.exceptions.ResponseError as exc:
            raise QueryError(f"FalkorDB refused the query: {exc}") from exc
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError) as exc:
            # A new connection to FalkorDB can go unanswered after Bolt traffic: retry anew.
            if attempt + 1 == attempts:
                raise StoreError(f"cannot reach FalkorDB at {_shown(url)}: {exc}; check --falkordb-url") from exc
    names = [str(column[1]) for column in result.header]
    return Rows(names, (plain_row(names, row) for row in result.result_set))


def _shown(url: str) -> str:
    """``url`` with its password hidden, for messages."""
    password = urlparse(url).password
    return url if not password else url.replace(f":{password}@", ":***@", 1)
