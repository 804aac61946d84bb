"""extractors.segment.cut gives jieba's words: corpus, gold passages, generated text, ties."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import segment
from extractors.pipeline import init_jieba
from kg.gold import load_gold
from kg.ingest import read_document
from tests.pipeline.conftest import RAW

GOLD = Path(__file__).resolve().parents[1] / "gold"
# Characters that make dictionary words, letters, digits, the symbols jieba keeps inside a
# block (+#&._%-), punctuation and whitespace: blocks, HMM runs and skips all occur.
ALPHABET = list("北辰区双街镇产业园发展建设项目的和了在中国人民共和天津市生物医药智能制造新材料"
                "鑫宇瑞祥霖淼") + list("abZ09+#&._%-") + list("，。、（）“”：；") + [" ", "\n", "\t", "\u3000", "\r\n"]


@pytest.fixture(scope="module", autouse=True)
def _dictionary() -> None:
    init_jieba()


def test_route_search_is_compiled() -> None:
    # setup.py builds it on install (a C compiler is needed); without it kg still works, slower.
    assert segment.COMPILED, "extractors._route was not built: reinstall with a C compiler (pip install -e .)"


def test_corpus_words_equal_jieba() -> None:
    for path in sorted(RAW.glob("*.txt")):
        text = read_document(path, root=RAW).text
        assert list(segment.cut(text)) == list(jieba.cut(text)), path.name


def test_gold_passage_words_equal_jieba() -> None:
    passages = load_gold(GOLD)
    assert len(passages) > 50
    for passage in passages:
        assert list(segment.cut(passage.text)) == list(jieba.cut(passage.text)), passage.id


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=60).map("".join))
def test_generated_text_words_equal_jieba(text: str) -> None:
    assert list(segment.cut(text)) == list(jieba.cut(text))


def test_equal_scores_pick_the_longer_first_word(tmp_path: Path) -> None:
    # 甲乙|丙 and 甲|乙丙 score exactly the same (the same two counts, added in either order);
    # jieba's max() over (score, end) takes the longer first word, and so must the C search.
    words = tmp_path / "dict.txt"
    words.write_text("甲 2\n乙丙 3\n甲乙 3\n丙 2\n", encoding="utf-8")
    tokenizer = jieba.Tokenizer(str(words))
    tokenizer.tmp_dir = str(tmp_path)
    assert list(tokenizer.cut("甲乙丙")) == ["甲乙", "丙"]
    assert list(segment.cut("甲乙丙", tokenizer)) == ["甲乙", "丙"]


def test_route_rejects_non_dict() -> None:
    if not segment.COMPILED:
        pytest.fail("extractors._route was not built")
    from extractors._route import route

    with pytest.raises(TypeError):
        route([], "北辰", 1.0)
