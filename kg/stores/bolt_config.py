"""Bolt connection settings (split from :mod:`kg.stores.bolt`, which imports the neo4j driver).

The command line builds its options from these without importing the driver, which takes most
of a second; only ``kg load`` and ``kg query --neo4j`` need it.

Example:
    >>> BoltConfig(uri="bolt://127.0.0.1:1").server
    'auto'
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from kg.errors import StoreError

SERVERS = ("auto", "neo4j", "falkordb")


@dataclass
class BoltConfig:
    """Where and how to connect. :meth:`from_env` fills it from ``NEO4J_*`` variables."""

    uri: str = "bolt://localhost:7687"
    user: str = "neo4j"
    password: str = ""
    database: str | None = None
    server: str = "auto"
    connect_timeout: float = 1.0
    retries: int = 4
    falkordb_url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides: Any) -> "BoltConfig":
        """Options given (not None) win over ``NEO4J_URI``, ``NEO4J_USERNAME``,
        ``NEO4J_PASSWORD``, ``NEO4J_DATABASE`` and ``FALKORDB_URL``."""
        env = {
            "uri": os.environ.get("NEO4J_URI"),
            "user": os.environ.get("NEO4J_USERNAME"),
            "password": os.environ.get("NEO4J_PASSWORD"),
            "database": os.environ.get("NEO4J_DATABASE"),
            "falkordb_url": os.environ.get("FALKORDB_URL"),
        }
        env.update({k: v for k, v in overrides.items() if v is not None})
        cfg = cls(**{k: v for k, v in env.items() if v is not None})
        if cfg.server not in SERVERS:
            raise StoreError(f"unknown server kind {cfg.server!r}; use one of {', '.join(SERVERS)}")
        return cfg
