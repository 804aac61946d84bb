"""The Doc made straight from jieba's words equals the one spaCy's Chinese tokenizer makes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.pipeline import load_nlp, make_doc
from tests.pipeline.conftest import RAW


def _tokens(doc) -> list[tuple[str, str, int]]:  # noqa: ANN001
    return [(t.text, t.whitespace_, t.idx) for t in doc]


def test_corpus_tokens_equal_spacy_tokenizer() -> None:
    nlp = load_nlp()
    for path in sorted(RAW.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _tokens(make_doc(nlp, text)) == _tokens(nlp.make_doc(text)), path.name


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("北辰区双街镇 \n\t\u3000\r ab1。,，")), max_size=40))
def test_whitespace_runs_equal_spacy_tokenizer(text: str) -> None:
    nlp = load_nlp()
    assert _tokens(make_doc(nlp, text)) == _tokens(nlp.make_doc(text))
