"""A rebuild with nothing changed keeps the previous build folder as it is (kg.buildkey); any change builds again."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import buildkey
from kg.buildkey import CODE_PACKAGES, CODE_SOURCES, MANIFEST, build_key, kept_report
from kg.cache import CACHE_DIR, fingerprint, source_files
from kg.cli import main
from kg.pipeline import BuildStats, build
from schema import DocumentFacts, Problem
from tests.pipeline.conftest import MEDIUM, RAW, SMALL, assert_same_tree


def _build(raw: Path, out: Path, **kwargs: object) -> BuildStats:
    stats = BuildStats()
    build(raw, out, stats=stats, **kwargs)
    return stats


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Inode and modification time of every file under ``folder``: a file written again changes one of them."""
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def _clean_equals(raw: Path, out: Path, clean: Path) -> None:
    build(raw, clean, cache=False)
    assert_same_tree(out, clean)


def test_unchanged_rebuild_keeps_every_file_and_equals_a_clean_build(tmp_path: Path, small_input: Path) -> None:
    out = tmp_path / "graph"
    first = build(small_input, out)
    assert (out / CACHE_DIR / MANIFEST).is_file()
    before = _stamps(out)
    stats = BuildStats()
    again = build(small_input, out, stats=stats, jobs=2)
    assert stats.kept and stats.extracted == [] == stats.cached
    assert again == first
    assert _stamps(out) == before  # not one file was written again
    _clean_equals(small_input, out, tmp_path / "clean")  # the manifest too: it holds no times


def _edit_graph_same_size(out: Path, raw: Path) -> None:
    edges = out / "edges.jsonl"
    data = edges.read_bytes()
    edges.write_bytes(data.replace(b'"source"', b'"sourcf"', 1))
    assert len(edges.read_bytes()) == len(data)


def _delete_graphml(out: Path, raw: Path) -> None:
    (out / "kg.graphml").unlink()


def _edit_text(out: Path, raw: Path) -> None:
    text = out / "texts" / f"{SMALL[0]}.txt"
    data = text.read_bytes()
    text.write_bytes(data[:-3] + "区".encode())  # same size, other bytes


def _delete_cache_entry(out: Path, raw: Path) -> None:
    next((out / CACHE_DIR).glob("*/*.json")).unlink()


def _break_manifest(out: Path, raw: Path) -> None:
    (out / CACHE_DIR / MANIFEST).write_text("{not json", encoding="utf-8")


def _change_input(out: Path, raw: Path) -> None:
    path = raw / f"{SMALL[1]}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n北辰区双街镇。\n", encoding="utf-8")


def _add_input(out: Path, raw: Path) -> None:
    shutil.copyfile(RAW / f"{MEDIUM}.txt", raw / f"{MEDIUM}.txt")


def _remove_input(out: Path, raw: Path) -> None:
    (raw / f"{SMALL[0]}.txt").unlink()


def _rename_input_same_doc_id(out: Path, raw: Path) -> None:
    (raw / f"{SMALL[0]}.txt").rename(raw / f"{SMALL[0]}.text")  # same bytes and doc id, another source file


CHANGES: list[Callable[[Path, Path], None]] = [
    _edit_graph_same_size, _delete_graphml, _edit_text, _delete_cache_entry,
    _break_manifest, _change_input, _add_input, _remove_input, _rename_input_same_doc_id,
]


@pytest.mark.parametrize("change", CHANGES, ids=[change.__name__.strip("_") for change in CHANGES])
def test_any_change_builds_again(tmp_path: Path, small_input: Path, change: Callable[[Path, Path], None]) -> None:
    out = tmp_path / "graph"
    build(small_input, out)
    change(out, small_input)
    stats = _build(small_input, out)
    assert not stats.kept
    _clean_equals(small_input, out, tmp_path / "clean")
    manifest = json.loads((out / CACHE_DIR / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["files"] == buildkey._listing(out, {})  # the hashes taken over from the cache are right
    assert _build(small_input, out).kept  # and the build it made is kept next time


def test_large_files_are_hashed_in_threads_the_same(tmp_path: Path, small_input: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "graph"
    build(small_input, out)
    monkeypatch.setattr(buildkey, "THREADED_BYTES", 1)  # every file of the build in the threads
    threaded = buildkey._listing(out, {})
    monkeypatch.setattr(buildkey, "THREADED_BYTES", 1 << 62)  # none
    assert threaded == buildkey._listing(out, {})
    for relative, (size, *digest) in threaded.items():
        path = out / relative
        assert size == path.stat().st_size
        assert digest == ([] if relative.startswith(CACHE_DIR) else [hashlib.sha256(path.read_bytes()).hexdigest()])
    assert len([relative for relative in threaded if not relative.startswith(CACHE_DIR)]) >= 5
    monkeypatch.setattr(buildkey, "THREADED_BYTES", 1)
    assert _build(small_input, out).kept
    _edit_graph_same_size(out, small_input)
    assert not _build(small_input, out).kept  # the edit is found by a thread


def test_files_added_to_the_folder_since_are_not_the_builds_and_stay(tmp_path: Path, small_input: Path) -> None:
    """The embedded query store, exports and an analyst's notes do not make the next build run again."""
    out = tmp_path / "graph"
    build(small_input, out)
    runner = CliRunner()
    asked = runner.invoke(main, ["query", "--graph", str(out), "--format", "json",
                                 "MATCH (d:Document) RETURN count(d) AS n"])
    assert asked.exit_code == 0, asked.output
    assert runner.invoke(main, ["export", "--format", "json", "--graph", str(out)]).exit_code == 0
    (out / "notes.txt").write_text("my notes", encoding="utf-8")
    added = {"kg.lbdb", "exports/kg.json", "notes.txt"}
    assert added <= set(_stamps(out))
    before = _stamps(out)
    assert _build(small_input, out).kept
    assert _stamps(out) == before
    again = runner.invoke(main, ["query", "--graph", str(out), "--format", "json",
                                 "MATCH (d:Document) RETURN count(d) AS n"])
    assert again.exit_code == 0 and again.output == asked.output and _stamps(out) == before  # the store is still fresh


def test_no_cache_builds_again(tmp_path: Path, small_input: Path) -> None:
    out = tmp_path / "graph"
    build(small_input, out)
    stats = _build(small_input, out, cache=False)
    assert not stats.kept and sorted(stats.extracted) == sorted(SMALL)


def test_a_build_that_skipped_a_file_is_not_kept(tmp_path: Path, small_input: Path) -> None:
    (small_input / "broken.txt").write_bytes(b"")
    out = tmp_path / "graph"
    assert [Path(p.file).name for p in build(small_input, out).problems] == ["broken.txt"]
    assert not (out / CACHE_DIR / MANIFEST).exists()
    reported: list[str] = []

    def hook(path: Path, facts: DocumentFacts | None, problem: Problem | None) -> None:
        if problem is not None:
            reported.append(path.name)

    stats = _build(small_input, out, on_file=hook)
    assert not stats.kept and reported == ["broken.txt"]  # the file is tried, and reported, again
    assert stats.extracted == [] and sorted(stats.cached) == sorted(SMALL)


def test_key_is_over_the_inputs_and_all_of_the_code(tmp_path: Path, small_input: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [("a.txt", "1" * 64, False), ("b.txt", "2" * 64, False)]
    assert build_key(rows) == build_key(reversed(rows))  # the order files are found in does not matter
    assert build_key(rows) != build_key([rows[0], ("b.txt", "3" * 64, False)])
    assert build_key(rows) != build_key([rows[0], ("b.html", "2" * 64, False)])
    assert build_key(rows) != build_key([rows[0], ("b.txt", "2" * 64, True)])
    assert build_key(rows) != build_key(rows[:1])
    assert build_key([*rows, ("c.txt", None, False)]) is None
    names = {name for name, _ in source_files(CODE_SOURCES)}
    assert {"kg/resolve.py", "kg/naming.py", "kg/data/aliases.yml", "kg/graphwrite.py", "extractors/relations.py",
            "extractors/config.cfg", "schema/graph.py"} <= names
    out = tmp_path / "graph"
    build(small_input, out)
    assert kept_report(out, "0" * 64) is None  # e.g. made by other code
    monkeypatch.setattr(buildkey, "code_fingerprint", lambda: "0" * 16)  # as after a change of kg's code
    assert not _build(small_input, out).kept


def test_code_fingerprint_follows_the_contents_of_the_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.cache

    root = tmp_path / "repo"
    shutil.copytree(kg.cache._ROOT / "kg" / "data", root / "kg" / "data")
    monkeypatch.setattr(kg.cache, "_ROOT", root)
    before = fingerprint("build", CODE_PACKAGES, CODE_SOURCES)
    table = root / "kg" / "data" / "aliases.yml"
    table.write_text(table.read_text(encoding="utf-8") + "  北辰经开区: 北辰经济技术开发区\n", encoding="utf-8")
    assert fingerprint("build", CODE_PACKAGES, CODE_SOURCES) != before


def test_an_input_named_like_the_manifest_builds_and_is_kept(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("build.json", ".build.json", "build"):
        shutil.copyfile(RAW / f"{SMALL[0]}.txt", raw / f"{name}.txt")
    out = tmp_path / "graph"
    assert sorted(build(raw, out).documents) == ["build", "build.json"]  # hidden files are not documents
    assert _build(raw, out).kept


def test_an_input_changed_while_the_build_reads_it_is_read_again(tmp_path: Path, small_input: Path) -> None:
    """The key hashes the files before they are read: a file edited meanwhile must not leave a key for its
    old bytes, or putting those bytes back would keep output made from the edited ones."""
    out = tmp_path / "graph"
    target = small_input / f"{SMALL[2]}.txt"
    original = target.read_bytes()

    def edit_after_the_first(path: Path, facts: DocumentFacts | None, problem: Problem | None) -> None:
        if path.name == f"{SMALL[0]}.txt":
            target.write_bytes(original + "\n北辰区双街镇。\n".encode())

    build(small_input, out, on_file=edit_after_the_first)
    assert not (out / CACHE_DIR / MANIFEST).exists()
    target.write_bytes(original)
    stats = _build(small_input, out)
    assert not stats.kept and stats.extracted == [SMALL[2]]
    _clean_equals(small_input, out, tmp_path / "clean")
    assert _build(small_input, out).kept


def test_the_facts_are_freed_before_the_graph_is_written(tmp_path: Path, small_input: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Peak memory is the larger of resolution and writing, not their sum (kg.pipeline._graph_into)."""
    import kg.pipeline

    freed: list[int] = []
    monkeypatch.setattr(DocumentFacts, "__del__", lambda self: freed.append(1), raising=False)
    at_writing: list[int] = []
    real = kg.pipeline.write_build

    def write_build(*args: object, **kwargs: object) -> None:
        at_writing.append(len(freed))
        real(*args, **kwargs)

    monkeypatch.setattr(kg.pipeline, "write_build", write_build)
    build(small_input, tmp_path / "graph")
    assert at_writing == [len(SMALL)]


def test_cli_says_the_build_was_kept(tmp_path: Path, small_input: Path) -> None:
    args = ["build", "--input", str(small_input), "--out", str(tmp_path / "graph"), "--timings"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0 and "nothing changed" not in first.stderr
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0, again.output
    assert "nothing changed since the last build" in again.stderr
    assert "kept the previous build" in again.stdout and "documents" in again.stdout
    quiet = CliRunner().invoke(main, [*args[:-1], "-q"])
    assert quiet.exit_code == 0 and quiet.output == ""
