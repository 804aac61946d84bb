"""Build the spaCy pipeline from ``config.cfg`` and run it on a :class:`schema.Document`.

This is the edge of ``extractors/``: :func:`extract` takes a record and
returns a record; spaCy objects do not leave this package.

Example:
    >>> from kg.ingest import document_from_text
    >>> ex = extract(document_from_text("双街镇位于北辰区。", doc_id="t"))
    >>> sorted({m.name for m in ex.mentions})
    ['北辰区', '双街镇']
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from extractors import factories  # noqa: F401  (registers the factories)
from extractors.base import init_doc
from schema import Document, Extraction

CONFIG_PATH = Path(__file__).with_name("config.cfg")


@lru_cache(maxsize=4)
def load_nlp(config_path: str = str(CONFIG_PATH)) -> Language:
    """Return the pipeline described by ``config_path`` (cached per process)."""
    config = spacy.util.load_config(config_path)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.max_length = 10**8
    return nlp


def extract(document: Document, nlp: Language | None = None) -> Extraction:
    """Run the pipeline on ``document`` and return its mentions and relations."""
    nlp = nlp or load_nlp()
    doc = nlp.make_doc(document.text)
    init_doc(doc, document)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return Extraction(
        doc_id=document.doc_id,
        mentions=sorted(doc._.kg_mentions, key=lambda m: (m.start, m.end, m.label.value)),
        relations=list(doc._.kg_relations),
        stages=list(doc._.kg_stages),
    )
