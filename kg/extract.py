"""Stage 2: Document -> DocumentFacts (mentions and relations with their evidence cut out).

The only place ``kg`` calls the extractors; what comes back is records.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping

from schema import (
    Document,
    DocumentFacts,
    EvidenceRecord,
    Mention,
    RelationMention,
    Section,
    StageMention,
)
from schema.document import section_finder
from schema.extraction import first_mentions

#: Document fields that become properties of the Document node.
DOCUMENT_PROPERTIES = (
    "title", "date", "publisher", "doc_number", "index_number", "region", "author", "kind",
    "source_file", "sha256", "format", "encoding",
)


def document_properties(document: Document) -> dict[str, str | int | None]:
    """The Document node's own properties (None values dropped)."""
    props = {name: getattr(document, name) for name in DOCUMENT_PROPERTIES}
    props["parts"] = len(document.parts)
    return {k: v for k, v in props.items() if v is not None}


def cut_evidence(document: Document, rel: RelationMention | StageMention | Mention,
                 section_at: Callable[[int], Section | None] | None = None, *,
                 whole_sentence: bool = False) -> EvidenceRecord:
    """The section path and the text ``text[start:end]`` of one relation mention; ``whole_sentence``
    widens the span to the sentence holding it (a stage's clause, a name's first mention)."""
    start, end = rel.start, rel.end
    sentence = document.sentence_at(start) if whole_sentence else None
    if sentence is not None:
        start, end = min(sentence.start, start), max(sentence.end, end)
    section = (section_at or document.section_at)(start)
    return EvidenceRecord(section=section.path_str if section else "", sentence=document.text[start:end],
                          start=start, end=end)


def extract_facts(document: Document, timings: dict[str, float] | None = None,
                  known_firms: Mapping[str, str] | None = None) -> DocumentFacts:
    """Run the extractors on ``document`` and cut the evidence of every relation, stage and entity (the
    sentence of its first mention).

    ``timings``, if given, receives the seconds of each extraction step; ``known_firms``: short forms of
    other documents' registered companies the text writes -> the name (:mod:`kg.corpus_firms`).
    """
    from extractors.pipeline import extract

    extraction = extract(document, timings=timings, known_firms=known_firms)
    find = section_finder(document)
    names = _NamePositions(extraction.mentions)
    return DocumentFacts(
        doc_id=document.doc_id,
        properties=document_properties(document),
        characters=len(document.text),
        mentions=extraction.mentions,
        relations=extraction.relations,
        evidence=[_near_names(document, cut_evidence(document, r, find), r, names) for r in extraction.relations],
        stages=extraction.stages,
        stage_evidence=[_stage_near_project(document, cut_evidence(document, s, find, whole_sentence=True), s, names)
                        for s in extraction.stages],
        mention_evidence=[_bounded(document, cut_evidence(document, m, find, whole_sentence=True), m)
                          for m in first_mentions(extraction.mentions)],
        mention_sections=_mention_sections(extraction.mentions, find),
        firm_forms=extraction.firm_forms,
    )


def _mention_sections(mentions: list[Mention], find: Callable[[int], Section | None]) -> list[str]:
    """The section path of each mention ('' before the first heading)."""
    return [section.path_str if (section := find(m.start)) else "" for m in mentions]


#: The most characters of text a first mention's evidence holds on each side of the name.
MENTION_CONTEXT = 150


def _bounded(document: Document, evidence: EvidenceRecord, m: Mention) -> EvidenceRecord:
    """``evidence`` cut to :data:`MENTION_CONTEXT` characters around the mention when its sentence is longer:
    a text without sentence ends would copy the whole document into every MENTIONS edge."""
    return _window(document, evidence, (m.start, m.end), (m.start, m.end))


#: Relation and stage evidence longer than this many characters (a text without sentence ends, an
#: enumeration of thousands of items) is cut to at most this many around the names it is about
#: (:func:`_near_names`); every sentence of the corpus and the gold passages is shorter (690 at most).
RELATION_CONTEXT = 1000

Spot = tuple[int, int]


class _NamePositions:
    """Where each (label, name) is mentioned in a document, in text order."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.spots: dict[tuple[str, str], list[Spot]] = {}
        for m in mentions:
            self.spots.setdefault((m.label.value, m.name), []).append((m.start, m.end))
        for spots in self.spots.values():
            spots.sort()

    def within(self, label: str, name: str, start: int, end: int) -> list[Spot]:
        """The mentions of (label, name) starting in ``[start, end)``."""
        spots = self.spots.get((label, name), [])
        return spots[bisect_left(spots, (start, -1)):bisect_right(spots, (end, -1))]


def _near_names(document: Document, evidence: EvidenceRecord, rel: RelationMention,
                names: _NamePositions) -> EvidenceRecord:
    """``evidence`` if at most :data:`RELATION_CONTEXT` characters long; else the stretch from the nearest
    mentions of the relation's source and target, :data:`MENTION_CONTEXT` characters either side. Names
    further apart give the source's side, towards the target (a chain or town named far before)."""
    if evidence.end - evidence.start <= RELATION_CONTEXT:
        return evidence
    sources, targets = (names.within(ref.label.value, ref.name, evidence.start, evidence.end)
                        for ref in (rel.source, rel.target))
    pair = _nearest(sources, targets)
    if pair is None:
        one = sources or targets
        return _window(document, evidence, one[0], one[0]) if one else evidence
    return _window(document, evidence, *pair)


def _stage_near_project(document: Document, evidence: EvidenceRecord, stage: StageMention,
                        names: _NamePositions) -> EvidenceRecord:
    """A stage's sentence cut like a relation's (:func:`_near_names`) around the project and the stage's words."""
    if evidence.end - evidence.start <= RELATION_CONTEXT:
        return evidence
    projects = names.within("Project", stage.project, stage.start, stage.end) or [(stage.end, stage.end)]
    return _window(document, evidence, projects[-1], (stage.start, stage.end))


def _nearest(a: list[Spot], b: list[Spot]) -> tuple[Spot, Spot] | None:
    """The span of ``a`` and the span of ``b`` (both sorted) closest to each other."""
    best: tuple[Spot, Spot] | None = None
    for spot in a:
        i = bisect_left(b, (spot[0], -1))
        for other in b[max(0, i - 1):i + 1]:
            if best is None or _length(spot, other) < _length(*best):
                best = (spot, other)
    return best


def _length(a: Spot, b: Spot) -> int:
    return max(a[1], b[1]) - min(a[0], b[0])


def _window(document: Document, evidence: EvidenceRecord, main: Spot, other: Spot) -> EvidenceRecord:
    """The part of ``evidence`` holding ``main`` and ``other`` with context, at most :data:`RELATION_CONTEXT`
    characters (``main`` and the side towards ``other`` when they are further apart)."""
    span = RELATION_CONTEXT - 2 * MENTION_CONTEXT
    lo, hi = min(main[0], other[0]), max(main[1], other[1])
    if hi - lo > span:
        lo, hi = (main[0], main[0] + span) if other[0] >= main[0] else (main[1] - span, main[1])
    start, end = max(evidence.start, lo - MENTION_CONTEXT), min(evidence.end, hi + MENTION_CONTEXT)
    if (start, end) == (evidence.start, evidence.end):
        return evidence
    return evidence.model_copy(update={"sentence": document.text[start:end], "start": start, "end": end})
