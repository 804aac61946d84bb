"""Build the spaCy pipeline from ``config.cfg`` and run it on a :class:`schema.Document`.

This is the edge of ``extractors/``: :func:`extract` takes a record and
returns a record; spaCy objects do not leave this package.

The Doc is made from jieba's words directly (:func:`make_doc`): the same
tokens spaCy's Chinese tokenizer gives, without its word-to-text alignment,
which copies the rest of the text once per word (quadratic in the length).
The words come from :func:`extractors.segment.cut` (jieba's words, with the
best-route search in C over the table of :mod:`extractors.lexicon`; jieba's
own dictionary is not loaded).

Example:
    >>> from kg.ingest import document_from_text
    >>> ex = extract(document_from_text("双街镇位于北辰区。", doc_id="t"))
    >>> sorted({m.name for m in ex.mentions})
    ['北辰区', '双街镇']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from itertools import compress
from pathlib import Path
from time import perf_counter

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractors import factories, lexicon, segment  # noqa: F401  (factories registers the components)
from kg.regex_cache import patterns_cached
from extractors.base import FIRM_FORMS, KNOWN_FIRMS, allowed_relations, init_doc
from schema import Document, Extraction

CONFIG_PATH = Path(__file__).with_name("config.cfg")
#: Timing key of the tokenizer step in :func:`extract`'s ``timings``.
SEGMENTATION = "segmentation"


@lru_cache(maxsize=4)
def load_nlp(config_path: str = str(CONFIG_PATH)) -> Language:
    """Return the pipeline described by ``config_path`` (cached per process)."""
    config = spacy.util.load_config(config_path)
    # spaCy's tokenizer warms jieba up, the table saves loading its dict; the components' patterns are
    # compiled from the parts kept by an earlier load (:mod:`kg.regex_cache`).
    with lexicon.jieba_on_table(), patterns_cached():
        nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.max_length = 10**8
    # The rules read the text, never spaCy's lexical attributes (like_num, shape, is_stop, ...):
    # a word the vocab has not seen yet gets its string and length only, instead of a call of
    # each attribute getter (a third of a fresh process's first pass over the corpus).
    nlp.vocab.lex_attr_getters = {}
    return nlp


def words_and_spaces(words: Iterable[str]) -> tuple[list[str], list[bool]]:
    """spaCy's ``get_words_and_spaces`` for words that concatenate to the text, in linear time.

    Whitespace words are folded into the previous word's trailing space (one
    ``" "``) or kept as one whitespace token per run, exactly as spaCy does.
    Only the runs of whitespace words are visited one by one; the words between
    them are copied as slices.

    Example:
        >>> words_and_spaces(["北辰", " ", "区", "\\n", "\\n", "。"])
        (['北辰', '区', '\\n\\n', '。'], [True, False, False, False])
    """
    words = words if isinstance(words, list) else list(words)
    blank = list(compress(range(len(words)), map(str.isspace, words)))  # the whitespace words
    if not blank:
        return words, [False] * len(words)
    out: list[str] = []
    spaces: list[bool] = []
    done = 0  # words before this index are in ``out``
    for run_start, run_end in _runs(blank):
        out += words[done:run_start]
        spaces += [False] * (run_start - done)
        _flush_gap("".join(words[run_start:run_end]), out, spaces)
        done = run_end
    out += words[done:]
    spaces += [False] * (len(words) - done)
    return out, spaces


def _runs(indexes: list[int]) -> Iterator[tuple[int, int]]:
    """``[start, end)`` of each run of consecutive integers in the sorted ``indexes``."""
    start = prev = indexes[0]
    for i in indexes[1:]:
        if i != prev + 1:
            yield start, prev + 1
            start = i
        prev = i
    yield start, prev + 1


def _flush_gap(gap: str, out: list[str], spaces: list[bool]) -> None:
    if out and gap[0] == " " and not spaces[-1]:
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        out.append(gap)
        spaces.append(False)


def make_doc(nlp: Language, text: str) -> Doc:
    """The tokenized Doc of ``text``; jieba's words straight into a Doc when the tokenizer is jieba."""
    tokenizer = nlp.tokenizer
    segmenter = getattr(tokenizer, "jieba_seg", None)
    if segmenter is None or str(getattr(tokenizer, "segmenter", "")) != "jieba":
        return nlp.make_doc(text)
    words, spaces = words_and_spaces([w for w in segment.cut(text, getattr(segmenter, "dt", None)) if w])
    return Doc(nlp.vocab, words=words, spaces=spaces)


def extract(document: Document, nlp: Language | None = None, timings: dict[str, float] | None = None,
            known_firms: Mapping[str, str] | None = None) -> Extraction:
    """Run the pipeline on ``document`` and return its mentions and relations.

    Args:
        document: The normalised document.
        nlp: The pipeline (default: :func:`load_nlp`).
        timings: If given, seconds spent are added per step (``"segmentation"``
            and each component name).
        known_firms: Short forms of companies other documents register, written in this one -> the
            registered name (:mod:`extractors.short_names`).
    """
    nlp = nlp or load_nlp()
    clock = perf_counter()
    doc = make_doc(nlp, document.text)
    clock = _tick(timings, SEGMENTATION, clock)
    init_doc(doc, document)
    if known_firms:
        doc.user_data[KNOWN_FIRMS] = dict(known_firms)
    for name, component in nlp.pipeline:
        doc = component(doc)
        clock = _tick(timings, name, clock)
    return Extraction(
        doc_id=document.doc_id,
        mentions=sorted(doc._.kg_mentions, key=lambda m: (m.start, m.end, m.label.value)),
        relations=allowed_relations(list(doc._.kg_relations)),
        stages=list(doc._.kg_stages),
        firm_forms={form: sorted(names) for form, names in sorted(doc.user_data.get(FIRM_FORMS, {}).items())},
    )


def _tick(timings: dict[str, float] | None, name: str, since: float) -> float:
    now = perf_counter()
    if timings is not None:
        timings[name] = timings.get(name, 0.0) + now - since
    return now
