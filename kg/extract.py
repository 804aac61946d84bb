"""Stage 2: Document -> DocumentFacts (mentions and relations with their evidence cut out).

The only place ``kg`` calls the extractors; what comes back is records.
"""

from __future__ import annotations

from schema import Document, DocumentFacts, EvidenceRecord, RelationMention

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


def cut_evidence(document: Document, rel: RelationMention) -> EvidenceRecord:
    """The section path and the exact sentence ``text[start:end]`` of one relation mention."""
    section = document.section_at(rel.start)
    return EvidenceRecord(
        section=section.path_str if section else "",
        sentence=document.text[rel.start:rel.end],
        start=rel.start,
        end=rel.end,
    )


def extract_facts(document: Document, timings: dict[str, float] | None = None) -> DocumentFacts:
    """Run the extractors on ``document`` and cut the evidence of every relation.

    ``timings``, if given, receives the seconds of each extraction step.
    """
    from extractors.pipeline import extract

    extraction = extract(document, timings=timings)
    return DocumentFacts(
        doc_id=document.doc_id,
        properties=document_properties(document),
        characters=len(document.text),
        mentions=extraction.mentions,
        relations=extraction.relations,
        evidence=[cut_evidence(document, r) for r in extraction.relations],
        stages=extraction.stages,
    )
