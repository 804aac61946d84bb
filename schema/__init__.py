"""Pydantic records of kg: the ontology's closed sets and one module per stage.

- :mod:`schema.ontology`: labels, relationship types, stages, allowed pairs.
- :mod:`schema.document`: Document, Section, Table, Part, Span (ingestion output).
- :mod:`schema.extraction`: Mention, RelationMention, Extraction (extractor output).
- :mod:`schema.graph`: Node, Edge, Evidence, BuildReport (graph rows).
"""

from schema.document import Cell, Document, Part, Section, Span, Table
from schema.extraction import (
    DocumentFacts,
    EntityRef,
    EvidenceRecord,
    Extraction,
    Mention,
    RelationMention,
    StageMention,
)
from schema.graph import BuildReport, Edge, Evidence, Node, Problem
from schema.ontology import (
    ALLOWED,
    ENTITY_LABELS,
    Label,
    RelType,
    Stage,
    allowed,
    node_id,
)

__all__ = [
    "ALLOWED", "ENTITY_LABELS", "BuildReport", "Cell", "Document", "DocumentFacts", "Edge",
    "EntityRef", "EvidenceRecord",
    "Evidence", "Extraction", "Label", "Mention", "Node", "Part", "Problem", "RelType",
    "RelationMention", "Section", "Span", "Stage", "StageMention", "Table", "allowed", "node_id",
]
