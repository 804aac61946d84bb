"""The rules never read spaCy's lexical attributes, so the pipeline's vocab does not compute them."""

from __future__ import annotations

from pathlib import Path

import spacy

from extractors.pipeline import extract, load_nlp
from kg.ingest import read_document


def test_extractions_equal_those_of_a_vocab_with_spacys_attribute_getters(corpus_dir: Path) -> None:
    lean = load_nlp()
    assert lean.vocab.lex_attr_getters == {}  # new words get their string and length only
    full = load_nlp.__wrapped__()  # a second pipeline, not the cached one
    full.vocab.lex_attr_getters = dict(spacy.blank("zh").vocab.lex_attr_getters)
    assert full.vocab.lex_attr_getters  # like_num, shape, is_stop, ... as spaCy sets them
    for path in sorted(corpus_dir.glob("*.txt")):
        document = read_document(path, root=corpus_dir)
        assert extract(document, nlp=lean) == extract(document, nlp=full), path.name
