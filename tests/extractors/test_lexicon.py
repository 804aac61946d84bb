"""The lexicon table holds exactly jieba's dictionary and the tagged words, and refuses bad files."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import jieba
import pytest

from extractors import dict_tags, lexicon
from tests.pipeline.conftest import RAW

_route = pytest.importorskip("extractors._route")


@pytest.fixture(scope="module")
def reference() -> jieba.Tokenizer:
    """A tokenizer with jieba's own prefix dictionary, built by jieba."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


@pytest.fixture()
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder for this test; the process's table is loaded again afterwards."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "kg"))
    lexicon.table.cache_clear()
    yield tmp_path / "kg"
    lexicon.table.cache_clear()


def test_every_word_has_jiebas_count(reference: jieba.Tokenizer) -> None:
    lex = lexicon.table()
    assert len(lex) == len(reference.FREQ) and lex.total == reference.total
    assert all(lex.get(word) == count for word, count in reference.FREQ.items())
    assert all(word in lex and lex[word] == count for word, count in reference.FREQ.items())


def _corpus_fragments(longest: int) -> set[str]:
    fragments: set[str] = set()
    for path in sorted(RAW.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for size in range(1, longest + 1):
            fragments.update(text[i:i + size] for i in range(len(text) - size + 1))
    return fragments


def _random_strings(count: int) -> list[str]:
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 400)] + list("abcXYZ019 ,.é") + ["\U00020000"]
    return ["".join(rng.choices(alphabet, k=rng.randint(0, 9))) for _ in range(count)]


def test_fragments_and_random_strings_are_looked_up_as_in_jiebas_dict(reference: jieba.Tokenizer) -> None:
    lex, freq = lexicon.table(), reference.FREQ
    probes = _corpus_fragments(8) | set(_random_strings(200_000))
    assert sum(p not in freq for p in probes) > 100_000  # mostly non-words
    for probe in probes:
        assert lex.get(probe) == freq.get(probe) and (probe in lex) == (probe in freq), probe
        assert lex.get(probe, -1) == freq.get(probe, -1)
    with pytest.raises(KeyError):
        lex["北辰区位于"]
    assert lex.get(5) is None and 5 not in lex


@pytest.mark.parametrize("kind", list(dict_tags.KINDS))
def test_tag_bits_equal_the_parsed_word_sets(reference: jieba.Tokenizer, kind: str) -> None:
    with reference.get_dict_file() as fh:
        words = dict_tags.parse_tagged(Path(fh.name), dict_tags.KINDS[kind])
    lex, bit = lexicon.table(), lexicon.TAG_BITS[kind]
    assert words and words <= reference.FREQ.keys()
    assert {w for w in reference.FREQ if lex.has_tag(w, bit)} == words
    assert all(lexicon.tagged(w, kind) for w in words)
    assert not lexicon.tagged("北辰区位于", kind)


def test_count_and_tagged_without_the_table_use_jiebas_dict_and_the_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    words = ["北辰", "北", "北辰区位于", "建设", "必由之路", "迪信通", "津"]
    expected = [(lexicon.count(w), [lexicon.tagged(w, k) for k in dict_tags.KINDS]) for w in words]
    monkeypatch.setattr(lexicon, "table", lambda: None)
    assert [(lexicon.count(w), [lexicon.tagged(w, k) for k in dict_tags.KINDS]) for w in words] == expected
    assert jieba.dt.initialized


def _small_table() -> bytes:
    freq = {"北辰": 3, "北": 0, "a": 1, "ab": 0, "abc": 7, "é": 2, "\U00020000x": 4, "x": 2**32 - 1}
    return _route.build_table(freq, {"北辰": 1, "abc": 6}, 99)


def test_small_table_with_every_string_kind() -> None:
    lex = _route.Lexicon(_small_table())
    assert [lex.get(w) for w in ("北辰", "北", "a", "ab", "abc", "é", "\U00020000x", "x")] == [3, 0, 1, 0, 7, 2, 4, 2**32 - 1]
    assert [lex.get(w) for w in ("", "b", "abcd", "北辰区", "\U00020000", "É")] == [None] * 6
    assert len(lex) == 8 and lex.total == 99
    assert lex.has_tag("北辰", 1) and lex.has_tag("abc", 2) and not lex.has_tag("abc", 1) and not lex.has_tag("北", 7)


def test_build_table_refuses_what_it_cannot_store() -> None:
    for freq, tags in (({"": 1}, {}), ({"a": -1}, {}), ({"a": 2**32}, {}), ({"a": 1}, {"b": 1}), ({"a": 1}, {"a": 0})):
        with pytest.raises((ValueError, OverflowError)):
            _route.build_table(freq, tags, 1)


def test_every_damaged_byte_and_every_truncation_is_refused() -> None:
    data = _small_table()
    for i in range(len(data)):
        damaged = bytearray(data)
        damaged[i] ^= 0x41
        with pytest.raises(ValueError):
            _route.Lexicon(bytes(damaged))
    for size in range(len(data)):
        with pytest.raises(ValueError):
            _route.Lexicon(data[:size])
    with pytest.raises(ValueError):
        _route.Lexicon(data + b"\0\0\0\0")
    with pytest.raises(TypeError):
        _route.Lexicon(bytearray(data))


def test_bad_table_files_are_ignored_and_rebuilt(fresh_cache: Path) -> None:
    built = lexicon.table()
    path = lexicon.table_path()
    good = path.read_bytes()
    assert path.parent == fresh_cache and len(lexicon.read_table(path)) == len(built)
    for bad in (good[: len(good) // 2], b"NOTATABL" + good[8:], good[:-4] + b"\1\2\3\4", b""):
        path.write_bytes(bad)
        assert lexicon.read_table(path) is None
    path.write_bytes(good)
    os.chmod(path, 0o666)  # others could have written it: not trusted
    assert lexicon.read_table(path) is None
    lexicon.table.cache_clear()
    assert len(lexicon.table()) == len(built)
    assert path.read_bytes() == good


def test_the_pipeline_never_loads_jiebas_own_dictionary() -> None:
    code = ("import jieba; from extractors.pipeline import extract, load_nlp; from kg.ingest import document_from_text;"
            "load_nlp(); assert not jieba.dt.initialized;"
            "ex = extract(document_from_text('天津市北辰区双街镇推进京津冀协同发展，建设爱旭科技项目。', doc_id='t'));"
            "assert ex.mentions and not jieba.dt.initialized")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_a_dictionary_the_table_cannot_hold_falls_back_to_jiebas_dict(fresh_cache: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "build_table", lambda: _route.build_table({"北辰": 2**40}, {}, 1))
    assert lexicon.table() is None and not list(fresh_cache.glob("lexicon-*"))
    assert lexicon.count("北辰") == jieba.dt.FREQ.get("北辰") and lexicon.tagged("北辰", "proper")
