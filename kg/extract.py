"""Stage 2: Document -> DocumentFacts (mentions and relations with their evidence cut out).

The only place ``kg`` calls the extractors; what comes back is records.
"""

from __future__ import annotations

from collections.abc import Callable

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


def extract_facts(document: Document, timings: dict[str, float] | None = None) -> DocumentFacts:
    """Run the extractors on ``document`` and cut the evidence of every relation, stage and entity (the
    sentence of its first mention).

    ``timings``, if given, receives the seconds of each extraction step.
    """
    from extractors.pipeline import extract

    extraction = extract(document, timings=timings)
    find = section_finder(document)
    return DocumentFacts(
        doc_id=document.doc_id,
        properties=document_properties(document),
        characters=len(document.text),
        mentions=extraction.mentions,
        relations=extraction.relations,
        evidence=[cut_evidence(document, r, find) for r in extraction.relations],
        stages=extraction.stages,
        stage_evidence=[cut_evidence(document, s, find, whole_sentence=True) for s in extraction.stages],
        mention_evidence=[_bounded(document, cut_evidence(document, m, find, whole_sentence=True), m)
                          for m in first_mentions(extraction.mentions)],
    )


#: The most characters of text a first mention's evidence holds on each side of the name.
MENTION_CONTEXT = 150


def _bounded(document: Document, evidence: EvidenceRecord, m: Mention) -> EvidenceRecord:
    """``evidence`` cut to :data:`MENTION_CONTEXT` characters around the mention when its sentence is longer:
    a text without sentence ends would copy the whole document into every MENTIONS edge."""
    start, end = max(evidence.start, m.start - MENTION_CONTEXT), min(evidence.end, m.end + MENTION_CONTEXT)
    if (start, end) == (evidence.start, evidence.end):
        return evidence
    return evidence.model_copy(update={"sentence": document.text[start:end], "start": start, "end": end})
