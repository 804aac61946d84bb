"""The error hierarchy of kg. Only the CLI turns these into exit codes."""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KGError):
    """A file cannot be read or understood; the message names the file and the problem."""

    def __init__(self, file: str, problem: str, hint: str = "") -> None:
        self.file = file
        self.problem = problem
        self.hint = hint
        message = f"{file}: {problem}"
        super().__init__(f"{message} ({hint})" if hint else message)


class ExtractionError(KGError):
    """An extractor failed on one document."""


class GraphFormatError(KGError):
    """A graph folder or export file does not follow the interchange contract."""


class StoreError(KGError):
    """A graph store (Neo4j, FalkorDB, the embedded store) refused or failed an operation."""


class QueryError(KGError):
    """A Cypher query was refused or failed."""
