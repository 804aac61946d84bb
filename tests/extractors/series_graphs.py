"""The graph a short series text builds, for the series probes' tests (``test_series_round21.py`` and later): its
nodes by id and its relationships other than MENTIONS as ``(source, type, target)``."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from schema import Node


def series_graph(text: str, doc_id: str = "t") -> tuple[dict[str, Node], set[tuple[str, str, str]]]:
    """The nodes of ``text``'s graph by id, and its relationships other than MENTIONS."""
    nodes, edges = extract_graph([document_from_text(text, doc_id=doc_id)])
    return {n.id: n for n in nodes}, {(e.source, e.type.value, e.target) for e in edges if e.type.value != "MENTIONS"}


def pairs_of(edges: set[tuple[str, str, str]], kind: str) -> set[tuple[str, str]]:
    """``(source, target)`` of the relationships of type ``kind`` among ``edges``."""
    return {(source, target) for source, relation, target in edges if relation == kind}


def names_of(nodes: dict[str, Node], label: str) -> set[str]:
    """The names (ids without the label) of the nodes of ``label``."""
    return {nid.removeprefix(f"{label}:") for nid in nodes if nid.startswith(f"{label}:")}


def stages_of(text: str) -> dict[str, str | None]:
    """The stage the document's MENTIONS give each project of ``text``'s graph, by project name."""
    _, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {e.target.removeprefix("Project:"): e.properties.get("stage") for e in edges
            if e.type.value == "MENTIONS" and e.source == "Document:t" and e.target.startswith("Project:")}
