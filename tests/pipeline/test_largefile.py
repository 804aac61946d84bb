"""Very large text files are streamed in chunks: right offsets, same bytes with workers, bounded memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import largefile
from kg.cli import main
from kg.largefile import cut_point, detect_encoding, iter_chunks
from kg.pipeline import BuildStats, build
from tests.pipeline.conftest import MEDIUM, RAW, SMALL, assert_same_tree, copy_docs

ROOT = Path(__file__).resolve().parents[2]


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_chunks_join_back_to_the_text(tmp_path: Path) -> None:
    text = (RAW / f"{MEDIUM}.txt").read_text(encoding="utf-8")
    path = tmp_path / "x.txt"
    path.write_bytes(text.encode("gb18030"))
    chunks = list(iter_chunks(path, detect_encoding(path), chunk_chars=3000))
    assert detect_encoding(path) == "gb18030"
    assert "".join(chunks) == text.replace("\r\n", "\n") or "".join(chunks) == text
    assert len(chunks) > 5
    assert all(c.endswith("\n") for c in chunks[:-1])
    assert cut_point("短", 10) is None


def test_invalid_bytes_in_a_large_file_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(largefile, "LARGE_FILE_BYTES", 1000)
    raw = copy_docs(tmp_path / "raw", SMALL[:1])
    (raw / "bad.txt").write_bytes("北辰区双街镇。\n".encode() * 60_000 + b"\xff\xfe\xfa" + "后文。\n".encode() * 10)
    report = build(raw, tmp_path / "graph")
    assert [(Path(p.file).name, "not valid utf-8" in p.problem) for p in report.problems] == [("bad.txt", True)]
    assert not (tmp_path / "graph" / "texts" / "bad.txt").exists()


def test_chunked_document_offsets_and_jobs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = copy_docs(tmp_path / "raw", (MEDIUM,))
    build(raw, tmp_path / "whole")
    monkeypatch.setattr(largefile, "LARGE_FILE_BYTES", 10_000)
    monkeypatch.setattr(largefile, "CHUNK_CHARS", 4_000)
    stats = BuildStats()
    build(raw, tmp_path / "g1", stats=stats)
    build(raw, tmp_path / "g2", jobs=2)
    assert_same_tree(tmp_path / "g1", tmp_path / "g2")
    assert stats.chunks > 3
    text = (tmp_path / "g1" / "texts" / f"{MEDIUM}.txt").read_text(encoding="utf-8")
    evidence = [ev for row in _rows(tmp_path / "g1" / "edges.jsonl") for ev in row["evidence"]]
    assert len(evidence) > 50
    assert all(text[ev["start"]:ev["end"]] == ev["sentence"] for ev in evidence)
    doc = next(r for r in _rows(tmp_path / "g1" / "nodes.jsonl") if r["id"] == f"Document:{MEDIUM}")
    assert doc["chunks"] == stats.chunks and doc["title"]
    whole = {r["id"] for r in _rows(tmp_path / "whole" / "nodes.jsonl")}
    chunked = {r["id"] for r in _rows(tmp_path / "g1" / "nodes.jsonl")}
    assert len(whole & chunked) >= 0.85 * len(whole)


def test_cutting_large_files_otherwise_misses_the_caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``KG_LARGE_FILE_BYTES`` decides which files are cut, which changes their facts: no cache may hide that,
    and the files it does not cut keep their cached facts."""
    raw = copy_docs(tmp_path / "raw", (MEDIUM,) + SMALL[:1])
    out = tmp_path / "graph"
    build(raw, out)
    monkeypatch.setattr(largefile, "LARGE_FILE_BYTES", 50_000_000)  # cuts nothing either way
    assert _stats(raw, out).kept
    monkeypatch.setattr(largefile, "LARGE_FILE_BYTES", 10_000)  # cuts MEDIUM only
    cut = _stats(raw, out)
    assert not cut.kept and cut.extracted == [MEDIUM] and cut.cached == [SMALL[0]] and cut.chunks >= 1
    build(raw, tmp_path / "clean", cache=False)
    assert_same_tree(out, tmp_path / "clean")
    monkeypatch.setattr(largefile, "LARGE_FILE_BYTES", 8 * 2**20)
    whole = _stats(raw, out)
    assert not whole.kept and whole.chunks == 0 and whole.extracted == [MEDIUM] and whole.cached == [SMALL[0]]


def _stats(raw: Path, out: Path) -> BuildStats:
    stats = BuildStats()
    build(raw, out, stats=stats)
    return stats


def test_a_bad_large_file_setting_is_a_clean_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = {**os.environ, "KG_LARGE_FILE_BYTES": "8MB"}
    helped = subprocess.run([sys.executable, "-m", "kg", "--help"], cwd=ROOT, env=env, capture_output=True, text=True,
                            check=False)
    assert helped.returncode == 0 and "build" in helped.stdout  # read when kg is imported, reported by a build
    monkeypatch.setattr(largefile, "LARGE_FILE_BYTES", "8MB")
    raw = copy_docs(tmp_path / "raw", SMALL[:1])
    result = CliRunner().invoke(main, ["build", "--input", str(raw), "--out", str(tmp_path / "graph"), "-q"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "KG_LARGE_FILE_BYTES: is '8MB', not a number of bytes" in result.output
    assert not (tmp_path / "graph").exists()


_PROBE = """
import resource, sys
from pathlib import Path
from kg.pipeline import BuildStats, build
stats = BuildStats()
report = build(Path(sys.argv[1]), Path(sys.argv[2]), stats=stats)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, stats.chunks, report.characters, len(report.problems))
"""


def _peak_kib(raw: Path, out: Path) -> tuple[int, int, int, int]:
    done = subprocess.run([sys.executable, "-c", _PROBE, str(raw), str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=1200, check=True)
    return tuple(int(x) for x in done.stdout.split())  # type: ignore[return-value]


def test_a_32_mb_file_builds_in_bounded_memory(tmp_path: Path) -> None:
    """32 MB of text (real paragraphs between long blank runs) against a one-document baseline."""
    paragraph = (RAW / f"{SMALL[0]}.txt").read_text(encoding="utf-8")
    big = tmp_path / "big" / "huge.txt"
    big.parent.mkdir()
    with open(big, "w", encoding="utf-8") as fh:
        while fh.tell() < 32 * 2**20:
            fh.write(paragraph + "\n" * 2_000_000)
    base_peak, _, _, _ = _peak_kib(copy_docs(tmp_path / "small", SMALL[:1]), tmp_path / "g0")
    peak, chunks, characters, problems = _peak_kib(big.parent, tmp_path / "g1")
    assert problems == 0 and chunks >= 15
    assert characters == len((tmp_path / "g1" / "texts" / "huge.txt").read_text(encoding="utf-8"))
    # holding the file whole would cost its bytes, the decoded text and its normalised copies
    assert peak - base_peak < 120 * 1024, (peak, base_peak)
