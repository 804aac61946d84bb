"""The fast lookups of the extractors give what the plain per-token and per-character loops give.

Each test keeps the plain loop as a reference and compares on the corpus or on generated
strings: the speed-ups (to_array offsets, bisect, a regex jump to candidate characters, tag
sets read from jieba's dictionary file) must not change a single answer.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.base import token_offsets
from extractors.matching import DictMatcher
from extractors.token_bounds import TokenBounds
from extractors.pipeline import load_nlp, make_doc
from extractors.dict_tags import tagged_words
from kg.ingest import document_from_text
from extractors.base import init_doc

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
KEYS = {"双街镇": 1, "双街": 2, "北辰区": 3, "北辰": 4, "区": 5, "街镇北": 6, "a": 7, "ab c": 8, "区域": 9}


def _corpus_docs() -> list:  # noqa: ANN201 (spaCy Docs)
    nlp = load_nlp()
    docs = []
    for path in sorted(RAW.glob("*.txt"))[:3]:
        document = document_from_text(path.read_text(encoding="utf-8"), doc_id=path.stem)
        doc = make_doc(nlp, document.text)
        init_doc(doc, document)
        docs.append(doc)
    return docs


def _plain_match(entries: dict[str, int], text: str, veto: set[int]) -> list[tuple[int, int, int]]:
    out, i = [], 0
    lengths = sorted({len(k) for k in entries}, reverse=True)
    while i < len(text):
        for n in lengths:
            if i + n <= len(text) and text[i:i + n] in entries and i not in veto:
                out.append((i, i + n, entries[text[i:i + n]]))
                i += n
                break
        else:
            i += 1
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("双街镇北辰区ab c。")), max_size=30),
       st.sets(st.integers(0, 30), max_size=5))
def test_dict_matcher_equals_plain_scan(text: str, veto: set[int]) -> None:
    matcher = DictMatcher(KEYS)
    found = list(matcher.finditer(text, accept=lambda _t, s, _e: s not in veto))
    assert found == _plain_match(KEYS, text, veto)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("双街镇北辰区ab c。")), max_size=30),
       st.sets(st.integers(0, 30), max_size=5))
def test_dict_matcher_without_one_character_keys_equals_plain_scan(text: str, veto: set[int]) -> None:
    """Without one-character keys the candidates need a second character of some key too."""
    keys = {k: v for k, v in KEYS.items() if len(k) > 1}
    found = list(DictMatcher(keys).finditer(text, accept=lambda _t, s, _e: s not in veto))
    assert found == _plain_match(keys, text, veto)


def test_dict_matcher_without_entries_finds_nothing() -> None:
    assert list(DictMatcher({}).finditer("北辰区")) == []


def test_token_offsets_equal_token_attributes() -> None:
    for doc in _corpus_docs():
        starts, ends, spaces = token_offsets(doc)
        assert starts == [t.idx for t in doc]
        assert ends == [t.idx + len(t.text) for t in doc]
        assert spaces == [bool(t.whitespace_) for t in doc]


def _plain_bounds(doc) -> tuple[list[int], set[int]]:  # noqa: ANN001
    text = doc._.kg_document.text
    starts, ends = [0] * (len(text) + 1), {len(text)}
    for tok in doc:
        for i in range(tok.idx, tok.idx + len(tok.text)):
            starts[i] = tok.idx
        ends.add(tok.idx + len(tok.text))
        if tok.whitespace_:
            starts[tok.idx + len(tok.text)] = tok.idx + len(tok.text)
    ends.update(i + 1 for i, ch in enumerate(text) if ch.isspace())
    return starts, ends


def test_token_bounds_equal_per_character_tables() -> None:
    for doc in _corpus_docs():
        starts, ends = _plain_bounds(doc)
        bounds = TokenBounds(doc)
        n = len(doc._.kg_document.text)
        assert [bounds.token_start(i) for i in range(n)] == starts[:n]
        assert bounds.ends == ends
        for start in range(0, n - 12, 97):
            end = start + 12
            plain, pos = [], end
            while pos > start and starts[pos - 1] >= start:
                plain.append(starts[pos - 1])
                pos = starts[pos - 1]
            assert bounds.words_in(start, end) == plain


def test_place_lookups_equal_plain_scans() -> None:
    bounds = TokenBounds(_corpus_docs()[0])
    places = [(3, 6), (10, 13), (11, 20), (30, 32)]
    bounds.set_places(reversed(places))
    for start in range(0, 35):
        for end in range(start, 36):
            assert bounds.place_within(start, end) == any(start <= s and e <= end for s, e in places)
            assert bounds.place_overlaps(start, end) == any(s < end and start < e for s, e in places)
    assert bounds.place_starts == {3, 10, 11, 30}


def test_idiom_words_are_jiebas_i_and_l_tags() -> None:
    import jieba.posseg

    tags = jieba.posseg.dt.word_tag_tab
    assert tagged_words("idiom") == frozenset(w for w, t in tags.items() if t in ("i", "l"))
    assert "必由之路" in tagged_words("idiom")


def test_brand_and_verb_words_follow_jiebas_tags() -> None:
    import jieba.posseg

    tags = jieba.posseg.dt.word_tag_tab
    brand_tags = {"nr", "nt", "nz", "nrt", "nrfg", "ns", "j"}
    assert {w for w, t in tags.items() if t in brand_tags} <= tagged_words("brand")
    assert {w for w, t in tags.items() if t.startswith("v")} <= tagged_words("verb")
    assert "迪信通" not in tagged_words("verb") and "建设" in tagged_words("verb")
