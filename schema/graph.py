"""Graph records: nodes, edges with evidence, and the build report.

These are the rows of ``nodes.jsonl`` and ``edges.jsonl``. A node's own
properties sit beside its fixed fields in the JSON object; ``Node.row`` and
``Node.from_row`` convert in both directions, and likewise for edges.

Example:
    >>> n = Node(id="Town:双街镇", label=Label.TOWN, name="双街镇", aliases=["双街"], docs=["001"])
    >>> Node.from_row(n.row()) == n
    True
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from schema.ontology import Label, RelType

NODE_FIELDS = ("id", "label", "name", "aliases", "docs")
EDGE_FIELDS = ("source", "target", "type", "evidence")


def _unreserved(properties: dict[str, Any], reserved: tuple[str, ...], kind: str) -> dict[str, Any]:
    """Refuse properties that would shadow a contract field of the JSON row."""
    if not properties or not any(name in properties for name in reserved):
        return properties
    clash = sorted(set(properties) & set(reserved))
    if clash:
        raise ValueError(f"{kind} properties may not use the reserved names {clash}")
    return properties


class Evidence(BaseModel):
    """Where a relationship is stated: ``sentence == text[start:end]`` of ``doc``'s normalised text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    doc: str
    section: str
    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    rule: str

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order evidence by document, then position, then rule."""
        return (self.doc, self.start, self.end, self.rule)


class Node(BaseModel):
    """One node of the graph."""

    model_config = ConfigDict(extra="forbid")

    id: str
    label: Label
    name: str
    aliases: list[str] = Field(default_factory=list)
    docs: list[str] = Field(default_factory=list)
    properties: dict[str, Any] = Field(default_factory=dict)

    @field_validator("properties")
    @classmethod
    def _no_reserved_keys(cls, value: dict[str, Any]) -> dict[str, Any]:
        return _unreserved(value, NODE_FIELDS, "node")

    def row(self) -> dict[str, Any]:
        """The flat JSON object written to ``nodes.jsonl``."""
        out: dict[str, Any] = {
            "id": self.id,
            "label": self.label.value,
            "name": self.name,
            "aliases": list(self.aliases),
            "docs": list(self.docs),
        }
        self._no_reserved_keys(self.properties)
        out.update(sorted(self.properties.items()))
        return out

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Node":
        """Inverse of :meth:`row`."""
        props = {k: v for k, v in row.items() if k not in NODE_FIELDS}
        return cls(
            id=row["id"],
            label=Label(row["label"]),
            name=row["name"],
            aliases=list(row.get("aliases", [])),
            docs=list(row.get("docs", [])),
            properties=props,
        )


class Edge(BaseModel):
    """One relationship; one fact stated in several places has several evidence entries."""

    model_config = ConfigDict(extra="forbid")

    source: str
    target: str
    type: RelType
    evidence: list[Evidence] = Field(default_factory=list)
    properties: dict[str, Any] = Field(default_factory=dict)

    @field_validator("properties")
    @classmethod
    def _no_reserved_keys(cls, value: dict[str, Any]) -> dict[str, Any]:
        return _unreserved(value, EDGE_FIELDS, "edge")

    @property
    def key(self) -> tuple[str, str, str]:
        """``(source, type, target)``: the identity of the relationship."""
        return (self.source, self.type.value, self.target)

    def row(self) -> dict[str, Any]:
        """The flat JSON object written to ``edges.jsonl``."""
        out: dict[str, Any] = {
            "source": self.source,
            "target": self.target,
            "type": self.type.value,
            "evidence": [e.model_dump() for e in self.evidence],
        }
        self._no_reserved_keys(self.properties)
        out.update(sorted(self.properties.items()))
        return out

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Edge":
        """Inverse of :meth:`row`."""
        props = {k: v for k, v in row.items() if k not in EDGE_FIELDS}
        return cls(
            source=row["source"],
            target=row["target"],
            type=RelType(row["type"]),
            evidence=[Evidence(**e) for e in row.get("evidence", [])],
            properties=props,
        )


def printable(text: str) -> str:
    """``text`` with the bytes of a file name that are not UTF-8 (lone surrogates) as ``\\xNN`` escapes,
    so that it can be printed and written as UTF-8.

    Example:
        >>> print(printable("in/" + chr(0xDCB1) * 2 + ".txt"))
        in/\\xb1\\xb1.txt
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        try:
            raw = text.encode("utf-8", "surrogateescape")  # os.fsdecode's escapes back to the bytes
        except UnicodeEncodeError:
            raw = text.encode("utf-8", "backslashreplace")
        return raw.decode("utf-8", "backslashreplace")


class Problem(BaseModel):
    """One file the build could not use, or used only in part (texts made :func:`printable`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    problem: str
    action: str = "skipped"
    hint: str = ""

    @field_validator("file", "problem", "hint")
    @classmethod
    def _printable(cls, value: str) -> str:
        return printable(value)


class BuildReport(BaseModel):
    """What a build read, made and skipped; written as ``report.json``."""

    model_config = ConfigDict(extra="forbid")

    documents: list[str] = Field(default_factory=list)
    characters: int = 0
    nodes_by_label: dict[str, int] = Field(default_factory=dict)
    edges_by_type: dict[str, int] = Field(default_factory=dict)
    problems: list[Problem] = Field(default_factory=list)
    pipeline_version: str = ""

    @property
    def ok(self) -> bool:
        """True when no file was skipped or failed."""
        return not self.problems
