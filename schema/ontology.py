"""The closed sets of the ontology: node labels, relationship types, stages.

The contract is ``ONTOLOGY.md`` in the shared folder; this module is its
machine-readable form. Nothing here does I/O.

Example:
    >>> allowed(RelType.IN_CHAIN, Label.TOWN, Label.INDUSTRY_CHAIN)
    False
    >>> allowed(RelType.LOCATED_IN, Label.PROJECT, Label.TOWN)
    True
"""

from __future__ import annotations

from enum import Enum


class Label(str, Enum):
    """Node labels: ten entity labels and two bookkeeping labels."""

    REGION = "Region"
    TOWN = "Town"
    VILLAGE = "Village"
    PARK = "Park"
    PROJECT = "Project"
    ENTERPRISE = "Enterprise"
    ORGANIZATION = "Organization"
    INDUSTRY_CHAIN = "IndustryChain"
    POLICY = "Policy"
    INDICATOR = "Indicator"
    PERSON = "Person"
    DOCUMENT = "Document"
    SECTION = "Section"


class RelType(str, Enum):
    """Relationship types."""

    LOCATED_IN = "LOCATED_IN"
    PART_OF = "PART_OF"
    IN_CHAIN = "IN_CHAIN"
    DEVELOPS = "DEVELOPS"
    COOPERATES_WITH = "COOPERATES_WITH"
    SUBSIDIARY_OF = "SUBSIDIARY_OF"
    CITES = "CITES"
    ISSUED_BY = "ISSUED_BY"
    SETS_TARGET = "SETS_TARGET"
    HOLDS_OFFICE = "HOLDS_OFFICE"
    MENTIONS = "MENTIONS"


class Stage(str, Enum):
    """Project stages a text can give, from plan to operation."""

    PLANNED = "planned"
    SIGNED = "signed"
    STARTING = "starting"
    UNDER_CONSTRUCTION = "under_construction"
    COMPLETED = "completed"
    IN_OPERATION = "in_operation"


ENTITY_LABELS: frozenset[Label] = frozenset(Label) - {Label.DOCUMENT, Label.SECTION}
BOOKKEEPING_LABELS: frozenset[Label] = frozenset({Label.DOCUMENT, Label.SECTION})

_L = Label
_LOCATED_SOURCES = {_L.PROJECT, _L.PARK, _L.ENTERPRISE, _L.ORGANIZATION, _L.VILLAGE}
_COOPERATING = {_L.ENTERPRISE, _L.ORGANIZATION, _L.REGION, _L.TOWN, _L.PARK}


def _pairs(sources: set[Label], targets: set[Label]) -> frozenset[tuple[Label, Label]]:
    return frozenset((s, t) for s in sources for t in targets)


ALLOWED: dict[RelType, frozenset[tuple[Label, Label]]] = {
    RelType.LOCATED_IN: _pairs(_LOCATED_SOURCES, {_L.TOWN, _L.REGION, _L.PARK}),
    RelType.PART_OF: frozenset(
        {(_L.TOWN, _L.REGION), (_L.VILLAGE, _L.TOWN), (_L.REGION, _L.REGION), (_L.PARK, _L.PARK)}
    ),
    RelType.IN_CHAIN: _pairs({_L.ENTERPRISE, _L.PROJECT, _L.PARK}, {_L.INDUSTRY_CHAIN}),
    RelType.DEVELOPS: _pairs({_L.ENTERPRISE, _L.ORGANIZATION}, {_L.PROJECT, _L.PARK}),
    RelType.COOPERATES_WITH: frozenset((a, a) for a in _COOPERATING)
    | _pairs(_COOPERATING, _COOPERATING),
    RelType.SUBSIDIARY_OF: frozenset({(_L.ENTERPRISE, _L.ENTERPRISE)}),
    RelType.CITES: _pairs({_L.DOCUMENT, _L.POLICY}, {_L.POLICY}),
    RelType.ISSUED_BY: _pairs({_L.DOCUMENT, _L.POLICY}, {_L.ORGANIZATION}),
    RelType.SETS_TARGET: _pairs({_L.DOCUMENT, _L.POLICY}, {_L.INDICATOR}),
    RelType.HOLDS_OFFICE: _pairs({_L.PERSON}, {_L.REGION, _L.ORGANIZATION}),
    RelType.MENTIONS: _pairs({_L.DOCUMENT, _L.SECTION}, set(ENTITY_LABELS)),
}

#: Relationship types whose edges need no evidence entry.
EVIDENCE_OPTIONAL: frozenset[RelType] = frozenset({RelType.MENTIONS, RelType.PART_OF})

#: Symmetric relationship types: stored once, source id before target id.
SYMMETRIC: frozenset[RelType] = frozenset({RelType.COOPERATES_WITH})


def allowed(rel: RelType, source: Label, target: Label) -> bool:
    """Tell whether the ontology allows ``source -[rel]-> target``."""
    return (source, target) in ALLOWED[rel]


def node_id(label: Label | str, name: str) -> str:
    """Build the content id of a node.

    Example:
        >>> node_id(Label.TOWN, "双街镇")
        'Town:双街镇'
    """
    value = label.value if isinstance(label, Label) else Label(label).value
    return f"{value}:{name}"
