"""The load-time caches give the same data as the slow paths they replace."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from extractors.gazetteer_data import gazetteer_path, load_gazetteer, parse_gazetteer
from extractors.lexicon import init_jieba


def test_jieba_pickle_gives_jiebas_own_prefix_dictionary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    reference = jieba.Tokenizer()
    reference.initialize()
    writer, reader = jieba.Tokenizer(), jieba.Tokenizer()
    init_jieba(writer)  # jieba's load, then the pickle is written
    assert list(tmp_path.glob("jieba-*.pickle"))
    init_jieba(reader)  # from the pickle
    for tokenizer in (writer, reader):
        assert tokenizer.initialized
        assert tokenizer.total == reference.total and tokenizer.FREQ == reference.FREQ
    text = "北辰区双街镇推进京津冀协同发展，建设爱旭科技太阳能电池项目。"
    assert list(reader.cut(text)) == list(reference.cut(text))


def test_jieba_pickle_leaves_a_custom_dictionary_to_jieba(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    words = tmp_path / "words.txt"
    words.write_text("北辰 3 ns\n", encoding="utf-8")
    tokenizer = jieba.Tokenizer(str(words))
    init_jieba(tokenizer)
    assert not tokenizer.initialized and not list(tmp_path.glob("jieba-*.pickle"))


def test_villages_of_joined_storage_matches_the_tree() -> None:
    gz = load_gazetteer()
    code = gz.counties["北辰区"][0].code
    town = next(t for t in gz.towns[code] if gz.villages_of(code, t))
    villages = gz.villages_of(code, town)
    assert villages and all(v and "\t" not in v for v in villages)
    assert gz.villages_of(code, "no such town") == []
    assert parse_gazetteer(gazetteer_path()).villages == gz.villages
