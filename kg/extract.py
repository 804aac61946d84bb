"""Stage 2: Document -> DocumentFacts (mentions and relations with their evidence cut out).

The only place ``kg`` calls the extractors; what comes back is records.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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


def section_finder(document: Document) -> Callable[[int], Section | None]:
    """``document.section_at`` answered by bisect over the section boundaries (same results).

    ``section_at`` scans every section per call; with one call per relation mention that is
    sections × relations per document. Between two consecutive boundaries the containing
    sections do not change, so the deepest one (the last of the deepest, as ``section_at``
    picks it) is found once per interval.

    Example:
        >>> def sec(path, start, end):
        ...     return Section(path=path, kind="chapter", level=len(path), start=start, end=end,
        ...                    heading_start=start, heading_end=start)
        >>> doc = Document(doc_id="d", source_file="d", sha256="", text="x" * 10,
        ...                sections=(sec(("一",), 0, 10), sec(("一", "1"), 2, 5)))
        >>> find = section_finder(doc)
        >>> [find(i).path_str if find(i) else None for i in (0, 3, 5, 10)]
        ['一', '一 / 1', '一', None]
    """
    sections = document.sections
    bounds = sorted({s.start for s in sections} | {s.end for s in sections})
    deepest: list[Section | None] = [None] * len(bounds)
    for sec in sections:
        for k in range(bisect_left(bounds, sec.start), bisect_left(bounds, sec.end)):
            best = deepest[k]
            if best is None or len(sec.path) >= len(best.path):
                deepest[k] = sec

    def find(offset: int) -> Section | None:
        k = bisect_right(bounds, offset) - 1
        return deepest[k] if k >= 0 else None

    return find


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
