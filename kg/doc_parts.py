"""One document's share of resolution: what it says before the graph's names are decided.

Resolution (:func:`kg.resolve.resolve`) decides each entity's name over all documents, but most of its
work on one document does not depend on those names: the entities the document mentions (their surfaces,
counts and properties), its relations' endpoints, how often each entity stands in each section, the
sentence of each entity's first mention, every relation's evidence record and the stages' sentences.
:func:`document_parts` makes these once per document, keyed by ``(label, name)`` as extracted; what is
left once the names are decided is mapping those keys to node ids and merging.

A rebuild that adds a document extracts it in a worker that first loads the pipeline, while this process
reads the cached facts (:mod:`kg.pipeline`); this process then makes the cached documents' parts
(:func:`prepare`) instead of waiting. Resolution takes the parts of every document whose facts are the
same objects and whose projects the corpus's functional zones label as before (:func:`parts_of`), and
makes the others': the graph is the same bytes with and without prepared parts.

Example:
    >>> from schema import DocumentFacts, Mention, Label
    >>> m = Mention(label=Label.TOWN, text="双街", name="双街镇", start=0, end=2, rule="t")
    >>> parts = parts_of([DocumentFacts(doc_id="d", mentions=[m, m])], prepare([]))
    >>> dict(parts[0].counts), parts[0].entities[(Label.TOWN, "双街镇")].surfaces
    ({(<Label.TOWN: 'Town'>, '双街镇'): 2}, {'双街'})
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import chain

from kg.graphwrite import MadeRows
from kg.records import trusted
from kg.sections import section_counts
from kg.zone_names import functional_zones, with_parks
from schema import DocumentFacts, Edge, Evidence, Label, Node, RelType, Stage

Key = tuple[Label, str]
#: A relation of the document: source and target keys, type, rule, properties, and (unless the gazetteer
#: gives it, without a sentence) the evidence's fields as a tuple and its record.
Relation = tuple[Key, Key, RelType, str, dict, "tuple[str, str, str, int, int, str] | None", "Evidence | None"]
#: A stage the document gives a project: the project's name, the stage, the sentence's span and record.
StagePart = tuple[str, Stage, tuple[int, int], Evidence]
#: A document's Section nodes by id and its MENTIONS edges (:mod:`kg.doc_edges`).
Draft = tuple[dict[str, Node], list[Edge]]
#: The rule of a MENTIONS edge's evidence: the sentence of the entity's first mention in the document.
MENTION_RULE = "mention.first"
_EVIDENCE_FIELDS = frozenset(Evidence.model_fields)
_LINE_BREAK = re.compile(r"[ \t\u3000]*[\r\n]+[ \t\u3000]*")


def one_line(text: str) -> str:
    """A mention's text as an alias on one line: a line break inside it (a name that wraps in the
    document) is dropped next to a Chinese character and is one space between two others.

    Example:
        >>> one_line("PM2.5\\n年均浓度"), one_line("Smart\\nCity")
        ('PM2.5年均浓度', 'Smart City')
    """
    def joined(match: re.Match[str]) -> str:
        before, after = text[match.start() - 1:match.start()], text[match.end():match.end() + 1]
        return " " if before.isascii() and after.isascii() and before and after else ""

    return _LINE_BREAK.sub(joined, text).strip()


@dataclass(slots=True)
class Piece:
    """What one document says of one entity: how it writes it and the mentions' properties (the first value of
    each); how often is :attr:`DocParts.counts`."""

    surfaces: set[str] = field(default_factory=set)
    properties: dict[str, object] = field(default_factory=dict)


@dataclass(slots=True)
class DocParts:
    """One document's share of resolution (see the module's docstring)."""

    source: DocumentFacts  #: the facts as extracted (compared by identity)
    own_zones: frozenset[str]  #: the functional zones this document names
    zones: frozenset[str]  #: the corpus's functional zones the parts were made with
    fact: DocumentFacts  #: ``source`` with those zones as parks (:func:`kg.zone_names.with_parks`)
    entities: dict[Key, Piece]  #: in the order the mentions first name them
    refs: dict[Key, None]  #: relation endpoints, in order
    counts: Counter[Key]  #: mentions per key, in the order first met
    firsts: list[tuple[Key, Evidence]]  #: the sentence of each key's first mention
    sections: dict[str, Counter[Key]]  #: per section path, mentions per key
    relations: list[Relation]
    stages: list[StagePart]


@dataclass(slots=True)
class Prepared:
    """Parts made ahead of resolution, by document id (each with the functional zones it was made with); when
    drafted (:func:`kg.resolve.draft`), the ids the names of these documents alone give, with each one's edges
    and their rows."""

    parts: dict[str, DocParts]
    ids: dict[Key, str] | None = None
    drafts: dict[str, Draft] = field(default_factory=dict)
    #: The drafted edges' rows for the graph files, by the edge's ``id()`` (:func:`kg.graphwrite.made_rows`).
    rows: MadeRows = field(default_factory=dict)


def prepare(facts: Iterable[DocumentFacts]) -> Prepared:
    """The parts of ``facts`` (some of the corpus's documents), made with the functional zones they name."""
    facts = list(facts)
    owned = [frozenset(functional_zones([fact])) for fact in facts]
    zones = frozenset().union(*owned)
    return Prepared({fact.doc_id: document_parts(fact, own, zones) for fact, own in zip(facts, owned)})


def parts_of(facts: list[DocumentFacts], prepared: Prepared | None = None) -> list[DocParts]:
    """The parts of every document of the corpus ``facts``, in their order: the prepared ones where the
    document's facts are the same objects and the corpus's functional zones give its projects the labels
    they were made with."""
    known = prepared.parts if prepared is not None else {}
    owned = [_own_zones(fact, known) for fact in facts]
    zones = frozenset().union(*owned)
    out = []
    for fact, own in zip(facts, owned):
        parts = known.get(fact.doc_id)
        if parts is None or not _still_right(parts, fact, zones):
            parts = document_parts(fact, own, zones)
        out.append(parts)
    return out


def _still_right(parts: DocParts, fact: DocumentFacts, zones: frozenset[str]) -> bool:
    """Whether ``parts`` are ``fact``'s in a corpus naming the functional ``zones``: they were made from it, and
    no project of it is a zone in one corpus and not in the other (:func:`kg.zone_names.with_parks`)."""
    if parts.source is not fact:
        return False
    if parts.zones == zones:
        return True
    differ = zones ^ parts.zones
    refs = (ref for rel in fact.relations for ref in (rel.source, rel.target))
    return not any(item.label == Label.PROJECT and item.name in differ for item in chain(fact.mentions, refs))


def _own_zones(fact: DocumentFacts, known: Mapping[str, DocParts]) -> frozenset[str]:
    parts = known.get(fact.doc_id)
    return parts.own_zones if parts is not None and parts.source is fact else frozenset(functional_zones([fact]))


def document_parts(source: DocumentFacts, own_zones: frozenset[str], zones: frozenset[str]) -> DocParts:
    """The parts of one document whose corpus names the functional ``zones`` (``own_zones`` of them its own)."""
    fact = with_parks(source, zones) if zones else source
    counts = Counter([(m.label, m.name) for m in fact.mentions])
    return DocParts(source, own_zones, zones, fact, _entities(fact), _refs(fact), counts, _firsts(fact),
                    section_counts(fact), _relations(fact), _stages(fact))


def _entities(fact: DocumentFacts) -> dict[Key, Piece]:
    pieces: dict[Key, Piece] = {}
    for m in fact.mentions:
        key = (m.label, m.name)
        piece = pieces.get(key)
        if piece is None:
            piece = pieces[key] = Piece()
        piece.surfaces.add(m.text if "\n" not in m.text and "\r" not in m.text else one_line(m.text))
        if m.properties:
            for k, v in m.properties.items():
                piece.properties.setdefault(k, v)
    return pieces


def _refs(fact: DocumentFacts) -> dict[Key, None]:
    return {(r.label, r.name): None for rel in fact.relations for r in (rel.source, rel.target)}


def _evidence(doc: str, section: str, sentence: str, start: int, end: int, rule: str) -> Evidence:
    return trusted(Evidence, {"doc": doc, "section": section, "sentence": sentence, "start": start, "end": end,
                              "rule": rule}, _EVIDENCE_FIELDS)


def _firsts(fact: DocumentFacts) -> list[tuple[Key, Evidence]]:
    doc = fact.doc_id
    return [((m.label, m.name), _evidence(doc, ev.section, ev.sentence, ev.start, ev.end, MENTION_RULE))
            for m, ev in zip(fact.first_mentions(), fact.mention_evidence)]


def _relations(fact: DocumentFacts) -> list[Relation]:
    doc = fact.doc_id
    out: list[Relation] = []
    for rel, ev in zip(fact.relations, fact.evidence):
        source, target = (rel.source.label, rel.source.name), (rel.target.label, rel.target.name)
        if rel.rule.startswith("gazetteer"):
            out.append((source, target, rel.type, rel.rule, rel.properties, None, None))
            continue
        fields = (doc, ev.section, ev.sentence, ev.start, ev.end, rel.rule)
        out.append((source, target, rel.type, rel.rule, rel.properties, fields, _evidence(*fields)))
    return out


def _stages(fact: DocumentFacts) -> list[StagePart]:
    doc = fact.doc_id
    return [(s.project, s.stage, (ev.start, ev.end), _evidence(doc, ev.section, ev.sentence, ev.start, ev.end, s.rule))
            for s, ev in zip(fact.stages, fact.stage_evidence)]
