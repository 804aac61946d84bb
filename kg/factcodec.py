"""A compact JSON form of :class:`schema.DocumentFacts`, for the facts cache and for worker results.

The facts of a x10 build made about 10 MB of cache as pydantic wrote them (every record an
object with its field names, every evidence sentence once per relation of the sentence), and
validating that JSON again took most of an incremental build's cache stage. Here each record
is an array of its field values in declaration order, each distinct entity reference, section
and sentence is written once and referred to by its index, and reading makes the records from
those values without validating them again: they were validated when they were extracted, and
a file that does not have this shape (truncated, or of another format) raises
:class:`FactsFormatError`. ``tests/pipeline/test_factcodec.py`` checks that decoding gives
back the facts that were encoded, on the corpus.

Example:
    >>> from schema import Mention, Label
    >>> m = Mention(label=Label.TOWN, text="双街", name="双街镇", start=0, end=2, rule="t")
    >>> facts = DocumentFacts(doc_id="d", mentions=[m])
    >>> header, decoded = decode_facts(encode_facts(facts, doc_id="d"))
    >>> header["doc_id"], decoded == facts
    ('d', True)
"""

from __future__ import annotations

from typing import Any

from pydantic_core import PydanticSerializationError, from_json, to_json

from kg.records import trusted as _record
from schema import (
    DocumentFacts,
    EntityRef,
    EvidenceRecord,
    Label,
    Mention,
    RelationMention,
    RelType,
    Stage,
    StageMention,
)
from schema.extraction import first_mentions

_LABELS = {label.value: label for label in Label}
_TYPES = {kind.value: kind for kind in RelType}
_STAGES = {stage.value: stage for stage in Stage}
_LABEL_VALUES = {label: label.value for label in Label}  # a dict look-up is quicker than Enum.value
_TYPE_VALUES = {kind: kind.value for kind in RelType}
#: The version of the form: bytes of another version are not read.
FORMAT = 5


class FactsFormatError(ValueError):
    """Bytes that are not facts in the compact form."""


class _Index:
    """Distinct values in first-seen order, each with its position."""

    def __init__(self) -> None:
        self.positions: dict[Any, int] = {}

    def __call__(self, value: Any) -> int:
        """The position of ``value`` (added at the end if new)."""
        found = self.positions.get(value)
        if found is None:
            found = self.positions[value] = len(self.positions)
        return found

    def values(self) -> list[Any]:
        """The distinct values in order."""
        return list(self.positions)


def facts_data(facts: DocumentFacts) -> dict[str, Any]:
    """The compact form of ``facts`` as JSON-ready lists and dicts."""
    refs, sections, sentences = _Index(), _Index(), _Index()
    labels, kinds = _LABEL_VALUES, _TYPE_VALUES
    relations = [[kinds[r.type], refs((labels[r.source.label], r.source.name)),
                  refs((labels[r.target.label], r.target.name)), r.start, r.end, r.rule, r.properties]
                 for r in facts.relations]
    evidence = [[sections(e.section), sentences(e.sentence), e.start, e.end] for e in facts.evidence]
    stage_evidence = [[sections(e.section), sentences(e.sentence), e.start, e.end] for e in facts.stage_evidence]
    mention_evidence = [[sections(e.section), sentences(e.sentence), e.start, e.end] for e in facts.mention_evidence]
    return {
        "doc_id": facts.doc_id,
        "properties": facts.properties,
        "characters": facts.characters,
        "mentions": [[labels[m.label], m.text, m.name, m.start, m.end, m.rule, m.properties] for m in facts.mentions],
        "refs": refs.values(),
        "relations": relations,
        "evidence": evidence,
        "mention_evidence": mention_evidence,
        "mention_sections": [sections(path) for path in facts.mention_sections],
        "sections": sections.values(),  # after every record that adds to them
        "sentences": sentences.values(),
        "stages": [[s.project, s.stage.value, s.start, s.end, s.rule] for s in facts.stages],
        "stage_evidence": stage_evidence,
        "firm_forms": facts.firm_forms,
    }


def encode_facts(facts: DocumentFacts, **header: str) -> bytes:
    """``facts`` as one compact JSON object (UTF-8), after the ``header`` fields and the format version.

    pydantic's serialiser writes the lists (three times as fast as :mod:`json`); its floats may be
    spelt otherwise (``1e-7``) but read back as the same numbers, NaN and infinities included.

    Raises:
        FactsFormatError: a string holds a lone surrogate (e.g. a doc id from an undecodable file name).
    """
    try:
        return to_json({"format": FORMAT, **header, "facts": facts_data(facts)}, inf_nan_mode="constants")
    except PydanticSerializationError as exc:
        raise FactsFormatError(f"facts cannot be written as JSON: {exc}") from exc


def decode_facts(data: bytes | str) -> tuple[dict[str, Any], DocumentFacts]:
    """The header fields and the facts of :func:`encode_facts` bytes.

    Raises:
        FactsFormatError: ``data`` is not such bytes (not JSON, another format version, another shape).
    """
    try:
        entry = from_json(data)  # pydantic's parser: about twice the json module's speed here
        if not isinstance(entry, dict) or entry.get("format") != FORMAT:
            raise FactsFormatError(f"not facts of format {FORMAT}")
        return entry, facts_from_data(entry.pop("facts"))
    except FactsFormatError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise FactsFormatError(f"not compact facts: {type(exc).__name__}: {exc}") from exc


def facts_from_data(data: dict[str, Any]) -> DocumentFacts:
    """The facts of :func:`facts_data` (after a JSON round trip)."""
    labels, kinds, stages = _LABELS, _TYPES, _STAGES
    refs = [_record(EntityRef, {"label": labels[label], "name": name}) for label, name in data["refs"]]
    sections, sentences = data["sections"], data["sentences"]
    facts = {
        "doc_id": _typed(data["doc_id"], str), "properties": _typed(data["properties"], dict),
        "characters": _typed(data["characters"], int),
        "mentions": [_record(Mention, {"label": labels[label], "text": text, "name": name, "start": start,
                                       "end": end, "rule": rule, "properties": _typed(props, dict)})
                     for label, text, name, start, end, rule, props in data["mentions"]],
        "relations": [_record(RelationMention, {"type": kinds[kind], "source": refs[source], "target": refs[target],
                                                "start": start, "end": end, "rule": rule,
                                                "properties": _typed(props, dict)})
                      for kind, source, target, start, end, rule, props in data["relations"]],
        "evidence": _evidence(data["evidence"], sections, sentences),
        "stages": [_record(StageMention, {"project": project, "stage": stages[stage], "start": start, "end": end,
                                          "rule": rule})
                   for project, stage, start, end, rule in data["stages"]],
        "stage_evidence": _evidence(data["stage_evidence"], sections, sentences),
        "mention_evidence": _evidence(data["mention_evidence"], sections, sentences),
        "mention_sections": [sections[i] for i in data["mention_sections"]],
        "firm_forms": _typed(data["firm_forms"], dict),
    }
    if len(facts["evidence"]) != len(facts["relations"]) or len(facts["stage_evidence"]) != len(facts["stages"]) \
            or len(facts["mention_evidence"]) not in (0, len(first_mentions(facts["mentions"]))) \
            or len(facts["mention_sections"]) not in (0, len(facts["mentions"])):
        raise FactsFormatError("not one evidence record per relation, per stage and per entity, one section per mention")
    return _record(DocumentFacts, facts)


def _evidence(rows: list[list[Any]], sections: list[str], sentences: list[str]) -> list[EvidenceRecord]:
    return [_record(EvidenceRecord, {"section": sections[section], "sentence": sentences[sentence],
                                     "start": start, "end": end}) for section, sentence, start, end in rows]


def _typed(value: Any, kind: type) -> Any:
    if not isinstance(value, kind):
        raise FactsFormatError(f"{value!r} is not of type {kind.__name__}")
    return value
