"""Patterns compiled from kept parts are the ones ``re`` compiles, and a bad cache file costs only the compile.

Loading the pipeline is run in fresh interpreters (``re`` keeps compiled patterns per process), with a
cache folder of the test's own.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg import disk_cache
from kg.regex_cache import cache_file, compile_parts, from_parts, kept, patterns_cached, usable

ROOT = Path(__file__).resolve().parents[2]
STANDARD = re._compiler.compile  # what re.compile calls once its in-memory cache misses

#: Loads the pipeline in a fresh process, extracts the corpus and prints the cache use and a digest of the facts.
LOAD = """
import hashlib, json, sys
from pathlib import Path
import kg.regex_cache as rc
from extractors.pipeline import load_nlp
from contextlib import contextmanager
used = {}
real = rc.patterns_cached
@contextmanager
def counting(path=None):
    with real(path) as compiler:
        used["compiler"] = compiler
        yield compiler
import extractors.pipeline as pipeline
pipeline.patterns_cached = counting
load_nlp()
from kg.ingest import read_document
from kg.extract import extract_facts
from kg.cache import entry_bytes
digest = hashlib.sha256()
for path in sorted(Path("data/raw").glob("*.txt")):
    facts = extract_facts(read_document(path, root=Path("data/raw")))
    digest.update(entry_bytes(facts, "", "", ""))
compiler = used["compiler"]
print(json.dumps({"used": len(compiler.used), "missed": compiler.missed, "facts": digest.hexdigest()}))
"""


def _fresh(script: str, cache: Path) -> dict[str, object]:
    """Run ``script`` in a fresh interpreter with ``cache`` as kg's cache folder; the JSON it prints last."""
    env = {**os.environ, "KG_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _load(cache: Path) -> dict[str, object]:
    return _fresh(LOAD, cache)


def _table(cache: Path) -> dict:
    files = list(cache.glob("regex-*.pickle"))
    assert len(files) == 1, files
    return pickle.loads(files[0].read_bytes())


def test_this_python_is_supported() -> None:
    assert usable()  # CPython 3.11+: without it the cache is off and the load is 0.1 s slower


def test_a_second_load_compiles_nothing_and_extracts_the_same(tmp_path: Path) -> None:
    first = _load(tmp_path)
    assert first["missed"] == first["used"] and first["used"] > 300  # the pipeline's patterns, all compiled
    assert len(_table(tmp_path)) == first["used"]
    second = _load(tmp_path)
    # every pattern has the text it had (the first load also parsed the gazetteer, with a pattern of its own)
    assert second["missed"] == 0 and 300 < second["used"] <= first["used"]
    assert second["facts"] == first["facts"]
    table = _table(tmp_path)
    for (kind, pattern, flags), parts in table.items():  # every kept pattern is re's own
        assert kind in (str, bytes)
        assert from_parts(pattern, parts) == STANDARD(pattern, flags), pattern


#: Imports kg.ingest in a fresh process, reads a corpus file and prints how many patterns were compiled, whether
#: every pattern of kg.ingest's modules is the one re makes, and whether charset_normalizer was imported.
INGEST = """
import json, re, sys
from pathlib import Path
import kg.regex_cache as rc
compiled = []
real = rc.compile_parts
def counting(pattern, flags):
    if pattern != rc._SAMPLE:  # the check of this Python's re, once per process
        compiled.append(pattern)
    return real(pattern, flags)
rc.compile_parts = counting
import kg.ingest
kg.ingest.read_document(Path("data/raw/000_17af52ff73862fb3.txt"), root=Path("data/raw"))
patterns = [value for name, module in sorted(sys.modules.items()) if name.startswith("kg.ingest")
            for value in vars(module).values() if isinstance(value, re.Pattern)]
same = all(p == rc._STANDARD(p.pattern, p.flags) for p in patterns)
print(json.dumps({"compiled": len(compiled), "patterns": len(patterns), "same": same,
                  "charset_normalizer": "charset_normalizer" in sys.modules}))
"""


def test_kg_ingest_compiles_its_patterns_from_a_file_of_its_own(tmp_path: Path) -> None:
    first = _fresh(INGEST, tmp_path)
    assert first["compiled"] > 50 and first["patterns"] > 30 and first["same"]
    assert [p.name for p in tmp_path.glob("*.pickle")] == [cache_file("ingest-regex").name]
    second = _fresh(INGEST, tmp_path)
    assert second["compiled"] == 0 and second["patterns"] == first["patterns"] and second["same"]
    # a UTF-8 file needs no encoding detection: its library is imported for the files that do
    assert not first["charset_normalizer"] and not second["charset_normalizer"]


@pytest.mark.parametrize("pattern, flags", [
    (r"(?P<town>[\u4e00-\u9fff]{2,4}?)(?:镇|街道)(?!办)", 0),
    (r"(?i)smc\s*(?P<phase>二期|三期)?", 0),
    (r"^\d+(?:\.\d+)?\s*(亿元|万元)$", re.MULTILINE),
    (rb"[\x80-\xff]+", 0),
    (r"(a)(?:b|(c))\2?", re.IGNORECASE | re.VERBOSE),
])
def test_parts_make_the_pattern_re_makes(pattern: str | bytes, flags: int) -> None:
    made = from_parts(pattern, compile_parts(pattern, flags))
    expected = STANDARD(pattern, flags)
    assert made == expected
    assert (made.flags, made.groups, made.groupindex) == (expected.flags, expected.groups, expected.groupindex)


def test_kept_parts_are_used_and_refused_ones_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "regex.pickle"
    good, bad = r"北辰[\u4e00-\u9fff]{1,3}园", r"(?P<n>\d+)个项目"
    flags, code, groups, index, names = compile_parts(bad, 0)
    disk_cache.store(path, {(str, good, 0): compile_parts(good, 0),
                            (str, bad, 0): (flags, [999999, *code[1:]], groups, index, names)})
    re.purge()
    with patterns_cached(path) as compiler:
        assert compiler is not None
        assert re.compile(good).findall("北辰科技园") == ["北辰科技园"]
        assert re.compile(bad).match("12个项目").group("n") == "12"
    assert compiler.missed == 1  # the refused code was compiled as re does
    kept = pickle.loads(path.read_bytes())
    assert from_parts(bad, kept[(str, bad, 0)]) == STANDARD(bad, 0)


def test_an_unreadable_or_foreign_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "regex.pickle"
    path.write_bytes(b"not a pickle")
    re.purge()
    with patterns_cached(path) as compiler:
        assert re.compile(r"[\u4e00-\u9fff]+区").findall("位于北辰区") == ["位于北辰区"]
    assert compiler is not None and compiler.missed == 1
    assert pickle.loads(path.read_bytes())  # replaced by the block's patterns
    path.write_bytes(pickle.dumps({(str, "x", 0): compile_parts("y", 0)}))  # parts of another pattern
    path.chmod(0o666)  # writable by others: not trusted, never read
    re.purge()
    with patterns_cached(path) as compiler:
        assert re.compile("x").match("x")
    assert compiler is not None and compiler.missed == 1


def test_errors_and_nesting_are_as_without_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "regex.pickle"
    with patterns_cached(path) as outer:
        with pytest.raises(re.error, match="missing \\)"):
            re.compile(r"(北辰")
        with patterns_cached(path) as inner:
            assert inner is None  # the outer block's compiler stays in place
            assert re.compile(r"镇(?=\d)").search("双街镇1号")
    assert outer is not None and re._compiler.compile is STANDARD
    assert not path.exists() or pickle.loads(path.read_bytes())


def test_the_file_drops_patterns_no_longer_compiled() -> None:
    old = {(str, f"old{i}", 0): compile_parts(f"old{i}", 0) for i in range(3)}
    used = {(str, f"new{i}", 0): compile_parts(f"new{i}", 0) for i in range(2)}
    assert kept(old, used).keys() == used.keys()  # three gone, two in use
    assert kept(dict(list(old.items())[:2]), used).keys() == {*list(old)[:2], *used}


def test_the_cache_file_is_per_python_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    name = cache_file().name
    assert cache_file().parent == tmp_path and name.startswith(f"regex-{sys.implementation.cache_tag}-")
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert cache_file().name != name
