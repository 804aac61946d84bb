"""extractors.segment.cut gives jieba's words: corpus, gold passages, generated text, ties.

Both sources of counts are checked: the lexicon table (a tokenizer of jieba's default dictionary
that is not initialised, as ``jieba.dt`` in kg) and a tokenizer's own FREQ dict (initialised).
"""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jieba import finalseg

from extractors import lexicon, segment
from kg.gold import load_gold
from kg.ingest import read_document
from tests.pipeline.conftest import RAW

GOLD = Path(__file__).resolve().parents[1] / "gold"
# Characters that make dictionary words, letters, digits, the symbols jieba keeps inside a
# block (+#&._%-), punctuation and whitespace: blocks, HMM runs and skips all occur.
ALPHABET = list("北辰区双街镇产业园发展建设项目的和了在中国人民共和天津市生物医药智能制造新材料"
                "鑫宇瑞祥霖淼") + list("abZ09+#&._%-") + list("，。、（）“”：；") + [" ", "\n", "\t", "\u3000", "\r\n"]


@pytest.fixture(scope="module", params=["table", "dict"])
def tokenizer(request: pytest.FixtureRequest) -> jieba.Tokenizer:
    """A tokenizer of jieba's default dictionary, read through the lexicon table or its FREQ dict."""
    if request.param == "table":
        tokenizer = jieba.Tokenizer()
        assert isinstance(lexicon.source(tokenizer)[0], _route().Lexicon) and not tokenizer.initialized
        return tokenizer
    lexicon.init_jieba()
    assert isinstance(lexicon.source(jieba.dt)[0], dict)
    return jieba.dt


def test_route_search_is_compiled() -> None:
    # setup.py builds it on install (a C compiler is needed); without it kg still works, slower.
    assert segment.COMPILED, "extractors._route was not built: reinstall with a C compiler (pip install -e .)"


def test_corpus_words_equal_jieba(tokenizer: jieba.Tokenizer) -> None:
    for path in sorted(RAW.glob("*.txt")):
        text = read_document(path, root=RAW).text
        assert segment.cut(text, tokenizer) == list(jieba.cut(text)), path.name


def test_gold_passage_words_equal_jieba(tokenizer: jieba.Tokenizer) -> None:
    passages = load_gold(GOLD)
    assert len(passages) > 50
    for passage in passages:
        assert segment.cut(passage.text, tokenizer) == list(jieba.cut(passage.text)), passage.id


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=60).map("".join))
def test_generated_text_words_equal_jieba(tokenizer: jieba.Tokenizer, text: str) -> None:
    assert segment.cut(text, tokenizer) == list(jieba.cut(text))


def test_equal_scores_pick_the_longer_first_word(tmp_path: Path) -> None:
    # 甲乙|丙 and 甲|乙丙 score exactly the same (the same two counts, added in either order);
    # jieba's max() over (score, end) takes the longer first word, and so must the C search.
    words = tmp_path / "dict.txt"
    words.write_text("甲 2\n乙丙 3\n甲乙 3\n丙 2\n", encoding="utf-8")
    tokenizer = jieba.Tokenizer(str(words))
    tokenizer.tmp_dir = str(tmp_path)
    assert list(tokenizer.cut("甲乙丙")) == ["甲乙", "丙"]
    assert segment.cut("甲乙丙", tokenizer) == ["甲乙", "丙"]


def test_route_rejects_non_dict() -> None:
    with pytest.raises(TypeError):
        _route().cut_block([], "北辰", 1.0, list)


def test_words_added_to_the_default_dictionary_are_used(tmp_path: Path) -> None:
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(tmp_path)
    tokenizer.add_word("辰区双街")  # initialises the tokenizer: its own FREQ dict from now on
    text = "北辰区双街镇"
    assert isinstance(lexicon.source(tokenizer)[0], dict)
    assert segment.cut(text, tokenizer) == list(tokenizer.cut(text)) != segment.cut(text, jieba.Tokenizer())


HAN = list("北辰区双街镇产业园发展建设项目鑫宇瑞祥霖淼犇骉") + ["\u9fd0", "\u4e00"]


def _python_hmm_words(text: str, start: dict, trans: dict, emit: dict) -> list[str]:
    """jieba.finalseg.__cut with the given tables: its viterbi, then its word assembly."""
    _, states = finalseg.viterbi(text, "BMES", start, trans, emit)
    words, begin, nexti = [], 0, 0
    for i, state in enumerate(states):
        if state == "B":
            begin = i
        elif state == "E":
            words.append(text[begin:i + 1])
            nexti = i + 1
        elif state == "S":
            words.append(text[i])
            nexti = i + 1
    if nexti < len(text):
        words.append(text[nexti:])
    return words


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(HAN), min_size=1, max_size=30).map("".join))
def test_hmm_words_equal_jieba_finalseg(text: str) -> None:
    tables = (finalseg.start_P, finalseg.trans_P, finalseg.emit_P)
    assert _route().hmm_words(text, *tables) == _python_hmm_words(text, *tables)


# Tables whose log-probabilities come from two values: many paths tie, and the choice on
# ties (Python's max() over (probability, state) tuples) decides the words.
TIE_VALUES = st.sampled_from([-1.0, -2.0])
STATES = "BMES"


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(HAN[:4]), min_size=1, max_size=12).map("".join),
       start=st.fixed_dictionaries({s: TIE_VALUES for s in STATES}),
       trans=st.fixed_dictionaries({s: st.dictionaries(st.sampled_from(STATES), TIE_VALUES) for s in STATES}),
       emit=st.fixed_dictionaries({s: st.dictionaries(st.sampled_from(HAN[:4]), TIE_VALUES) for s in STATES}))
def test_hmm_words_break_ties_as_jieba(text: str, start: dict, trans: dict, emit: dict) -> None:
    assert _route().hmm_words(text, start, trans, emit) == _python_hmm_words(text, start, trans, emit)


def test_force_split_words_are_split(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "鑫宇瑞祥霖淼科技发展"
    hmm_word = next(w for w in finalseg.cut("鑫宇瑞祥霖淼") if len(w) > 1)
    monkeypatch.setattr(finalseg, "Force_Split_Words", {hmm_word})
    assert segment.cut(text, jieba.Tokenizer()) == segment.cut(text) == list(jieba.cut(text))
    assert hmm_word not in segment.cut(text)


def test_bad_hmm_tables_raise() -> None:
    with pytest.raises(KeyError):
        _route().hmm_words("北辰", {"B": 0.0}, finalseg.trans_P, finalseg.emit_P)
    with pytest.raises(TypeError):
        _route().hmm_words("北辰", finalseg.start_P, finalseg.trans_P, {s: [] for s in STATES})


def _route():
    if not segment.COMPILED:
        pytest.fail("extractors._route was not built")
    from extractors import _route

    return _route


def test_without_the_compiled_module_jieba_cuts(monkeypatch: pytest.MonkeyPatch) -> None:
    text = read_document(min(RAW.glob("*.txt")), root=RAW).text[:5000]
    expected = segment.cut(text)
    monkeypatch.setattr(segment, "_lib", None)
    assert segment.cut(text) == expected == list(jieba.cut(text))
