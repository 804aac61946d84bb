"""Shared plumbing of the kg spaCy components.

Components keep their findings as records on the ``Doc`` (never as spaCy
objects outside this package):

- ``doc._.kg_document``: the :class:`schema.Document` being processed
  (sections, tables, sentences, metadata);
- ``doc._.kg_mentions``: a list of :class:`schema.Mention`;
- ``doc._.kg_relations``: a list of :class:`schema.RelationMention`;
- ``doc._.kg_stages``: a list of :class:`schema.StageMention`.

Offsets are character offsets into ``doc.text``, which is the document's
normalised text.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import yaml
from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokens import Doc

from kg.errors import InputError
from schema import Document, EntityRef, Label, Mention, RelationMention, RelType, Span
from schema.ontology import allowed

_LOG = logging.getLogger(__name__)

#: libyaml's safe loader when PyYAML was built with it (several times faster), else the Python one.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

def load_yaml(path: Path) -> dict[str, Any]:
    """Read a YAML mapping, naming the file in the error if it is unusable."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(str(path), f"cannot read data file: {exc}", "restore it from git") from exc
    if not isinstance(data, dict):
        raise InputError(str(path), "data file is not a YAML mapping", "restore it from git")
    return data


#: ``doc.user_data`` key of the short forms of other documents' registered companies the text writes
#: (form -> name; :mod:`extractors.short_names`).
KNOWN_FIRMS = "kg_known_firms"
#: ``doc.user_data`` key of the short forms of the document's own registered companies (form -> names).
FIRM_FORMS = "kg_firm_forms"
#: ``Doc.user_data`` key: whether the text names the county it is about (else ``kg_focus_counties`` holds the one its
#: towns lie in, or none).
FOCUS_WRITTEN = "kg_focus_written"
_EXTENSIONS = ("kg_document", "kg_mentions", "kg_relations", "kg_stages")
#: ``doc.user_data`` key of the Document set by :func:`init_doc`: a dict look-up, where ``doc._``
#: makes an ``Underscore`` object per access (``text_of`` is called tens of thousands of times per doc).
_DOCUMENT_KEY = "kg_document_record"


def register_extensions() -> None:
    """Register the ``Doc`` extensions once per process."""
    for name in _EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def init_doc(doc: Doc, document: Document) -> Doc:
    """Attach the source record and empty result lists to ``doc``."""
    register_extensions()
    doc._.kg_document = document
    doc.user_data[_DOCUMENT_KEY] = document
    doc._.kg_mentions = []
    doc._.kg_relations = []
    doc._.kg_stages = []
    return doc


def document_of(doc: Doc) -> Document:
    """The :class:`Document` behind ``doc``; a bare one if the doc was made by hand."""
    document = doc.user_data.get(_DOCUMENT_KEY)
    if document is not None:
        return document
    register_extensions()
    if doc._.kg_document is None:
        init_doc(doc, Document(doc_id="adhoc", source_file="adhoc", sha256="", text=doc.text))
    doc.user_data[_DOCUMENT_KEY] = doc._.kg_document
    return doc._.kg_document


def text_of(doc: Doc) -> str:
    """The doc's text without rebuilding it from tokens (``Doc.text`` joins every token per call)."""
    return document_of(doc).text


def token_offsets(doc: Doc) -> tuple[list[int], list[int], list[bool]]:
    """Start offset, end offset and trailing-space flag of every token, computed once per doc.

    Read with one ``Doc.to_array`` call: iterating ``for tok in doc`` makes a
    Python ``Token`` per word, which costs more than jieba's segmentation.
    """
    cached = doc.user_data.get("kg_token_offsets")
    if cached is None:
        if len(doc):
            array = doc.to_array([IDX, LENGTH, SPACY]).astype("int64")
            cached = (array[:, 0].tolist(), (array[:, 0] + array[:, 1]).tolist(), array[:, 2].astype(bool).tolist())
        else:
            cached = ([], [], [])
        doc.user_data["kg_token_offsets"] = cached
    return cached


def mentions_of(doc: Doc) -> list[Mention]:
    """The mention list of ``doc`` (created empty if missing)."""
    document_of(doc)
    if doc._.kg_mentions is None:
        doc._.kg_mentions = []
    return doc._.kg_mentions


def relations_of(doc: Doc) -> list[RelationMention]:
    """The relation list of ``doc`` (created empty if missing)."""
    document_of(doc)
    if doc._.kg_relations is None:
        doc._.kg_relations = []
    return doc._.kg_relations


def sentence_span(doc: Doc, start: int, end: int | None = None) -> Span:
    """The sentence that contains ``[start, end)``; the whole line as a fallback."""
    document = document_of(doc)
    span = document.sentence_at(start)
    stop = end if end is not None else start + 1
    if span is not None and span.end >= stop:
        return span
    text = text_of(doc)
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", stop)
    return Span(start=lo, end=len(text) if hi < 0 else hi)


def relation(
    rel: RelType,
    source: tuple[Label, str],
    target: tuple[Label, str],
    evidence: Span,
    rule: str,
    **properties: str | int | float | bool | None,
) -> RelationMention:
    """Build a :class:`RelationMention`. One the ontology forbids (a rule's mistake, such as LOCATED_IN a village)
    is made unchecked, and :func:`allowed_relations` drops it before the document's extraction is handed on: a
    wrong proposal costs that relation, not the document."""
    fields = {"type": rel, "source": EntityRef(label=source[0], name=source[1]),
              "target": EntityRef(label=target[0], name=target[1]), "start": evidence.start, "end": evidence.end,
              "rule": rule, "properties": properties}
    if not allowed(rel, source[0], target[0]):
        return RelationMention.model_construct(**fields)
    return RelationMention(**fields)


def allowed_relations(relations: list[RelationMention]) -> list[RelationMention]:
    """``relations`` without those the ontology forbids (logged: each is a rule to mend)."""
    kept: list[RelationMention] = []
    for r in relations:
        if allowed(r.type, r.source.label, r.target.label):
            kept.append(r)
        else:
            _LOG.warning("dropped %s from %s to %s (rule %s): the ontology forbids it",
                         r.type.value, r.source.label.value, r.target.label.value, r.rule)
    return kept
