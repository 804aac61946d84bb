"""Records the extractors hand to ``kg``: mentions and relation proposals.

These are plain pydantic models, so nothing in ``kg/`` needs spaCy objects.
Names here are surface forms or proposed canonical names; resolution in
``kg.resolve`` decides the final node ids.

Example:
    >>> m = Mention(label=Label.TOWN, text="双街", name="双街镇", start=3, end=5, rule="gazetteer.town_short")
    >>> m.key
    ('Town', '双街镇')
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schema.ontology import Label, RelType, Stage, allowed

Scalar = str | int | float | bool | None
#: The rule of a Park found as a paragraph's subject under a heading of functional zones: extraction gives it
#: (``extractors.zone_leads.zone_leads``), resolution makes the name that Park in every document
#: (``kg.zone_names.functional_zones``).
ZONE_LEAD_RULE = "heading.zone_lead"
#: The rule of a name a text gives beside its committee (铜官循环经济工业基地 and 铜官循环经济工业基地管委会): a Park
#: (``extractors.names``), and resolution makes the name that Park in every document, as a zone lead's.
COMMITTEE_ZONE_RULE = "park.committee"
#: The rules of a development zone written bare (高新区) as the text's district's own: one the text names (无锡高新区),
#: and one named by the district because the text names none of its kind (新吴高新技术产业开发区). Extraction gives
#: them (``extractors.bare_zones``); resolution joins a name only the second makes to the one Park other texts write
#: bare the same way (``kg.zone_names.bare_zone_names``).
BARE_ZONE_RULE = "zone.bare"
BARE_DISTRICT_RULE = "zone.bare_district"


class Mention(BaseModel):
    """A span of the normalised text that names an entity."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: Label
    text: str
    name: str  # proposed canonical name (after suffix and quote rules)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    rule: str
    properties: dict[str, Scalar] = Field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        """``(label, name)``, the pre-resolution identity of the mention."""
        return (self.label.value, self.name)


class EntityRef(BaseModel):
    """A reference to an entity by label and (proposed) name."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: Label
    name: str


class RelationMention(BaseModel):
    """A relationship found in one place of one document.

    ``start``/``end`` give the evidence sentence in the normalised text.
    The ontology's allowed (source label, target label) pairs are enforced.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: RelType
    source: EntityRef
    target: EntityRef
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    rule: str
    properties: dict[str, Scalar] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check_allowed(self) -> "RelationMention":
        if not allowed(self.type, self.source.label, self.target.label):
            raise ValueError(
                f"{self.type.value} from {self.source.label.value} to "
                f"{self.target.label.value} is not allowed by the ontology"
            )
        return self


class StageMention(BaseModel):
    """A project stage stated next to a project mention."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    project: str
    stage: Stage
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    rule: str


class Extraction(BaseModel):
    """Everything the extractors found in one document."""

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    mentions: list[Mention] = Field(default_factory=list)
    relations: list[RelationMention] = Field(default_factory=list)
    stages: list[StageMention] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)
    #: Short forms of the document's registered companies -> the names giving each (``extractors.short_names``).
    firm_forms: dict[str, list[str]] = Field(default_factory=dict)


class DocumentFacts(BaseModel):
    """One document's extraction, ready for resolution: no text, evidence already cut.

    This is what the build keeps per document (and what an incremental build
    caches): the Document node's properties, the mentions, each relation
    with its evidence and each project stage with the sentence that gives it.
    ``evidence`` is parallel to ``relations``, ``stage_evidence`` to ``stages``,
    ``mention_evidence`` (the sentence of an entity's first mention) to :meth:`first_mentions`, or empty
    (facts made without it: their MENTIONS edges have no sentence). ``mention_sections`` is parallel to
    ``mentions``: the section path each mention stands in ('' before the first heading), or empty (facts made
    without it: no Section MENTIONS).
    """

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    properties: dict[str, Scalar] = Field(default_factory=dict)
    characters: int = 0
    mentions: list[Mention] = Field(default_factory=list)
    relations: list[RelationMention] = Field(default_factory=list)
    evidence: list["EvidenceRecord"] = Field(default_factory=list)
    stages: list[StageMention] = Field(default_factory=list)
    stage_evidence: list["EvidenceRecord"] = Field(default_factory=list)
    mention_evidence: list["EvidenceRecord"] = Field(default_factory=list)
    mention_sections: list[str] = Field(default_factory=list)
    #: Short forms of the document's registered companies -> the names giving each (``kg.corpus_firms``).
    firm_forms: dict[str, list[str]] = Field(default_factory=dict)

    def first_mentions(self) -> list[Mention]:
        """The first mention of each distinct ``(label, name)``, in the order of ``mentions``."""
        return first_mentions(self.mentions)


def carried_mention_evidence(sources: list["DocumentFacts"], mentions: list[Mention]) -> list["EvidenceRecord"]:
    """The ``mention_evidence`` of facts whose mentions are ``mentions``, made from ``sources`` whose first
    mentions include them (chunks merged into one document, mentions relabelled): each first mention of
    ``mentions`` keeps the sentence it had, found by span and name. Empty if a source has no sentences."""
    if any(f.mentions and not f.mention_evidence for f in sources):
        return []
    sentence_of = {(m.start, m.end, m.name): ev for f in sources for m, ev in zip(f.first_mentions(), f.mention_evidence)}
    return [sentence_of[(m.start, m.end, m.name)] for m in first_mentions(mentions)]


def first_mentions(mentions: list[Mention]) -> list[Mention]:
    """The first of ``mentions`` with each distinct ``(label, name)``, in their order.

    Example:
        >>> a = Mention(label=Label.TOWN, text="双街", name="双街镇", start=0, end=2, rule="r")
        >>> b = a.model_copy(update={"start": 5, "end": 7})
        >>> [m.start for m in first_mentions([a, b])]
        [0]
    """
    seen: set[tuple[Label, str]] = set()
    out: list[Mention] = []
    for m in mentions:
        key = (m.label, m.name)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


class EvidenceRecord(BaseModel):
    """The evidence of one relation mention or stage: section path and sentence."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    section: str
    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


DocumentFacts.model_rebuild()
