"""An interrupted build leaves the previous build folder exactly as it was."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.pipeline import build
from schema import DocumentFacts, Problem
from tests.pipeline.conftest import MEDIUM, RAW, SMALL, copy_docs, tree_bytes

ROOT = Path(__file__).resolve().parents[2]


def test_build_killed_with_sigkill_keeps_previous_graph(tmp_path: Path, small_input: Path) -> None:
    out = tmp_path / "graph"
    build(small_input, out)
    before = tree_bytes(out)
    big = copy_docs(tmp_path / "big", SMALL + (MEDIUM,))
    shutil.copyfile(RAW / "002_34b45a5f1536be31.txt", big / "002_34b45a5f1536be31.txt")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", "--input", str(big), "--out", str(out),
                             "-q", "--no-cache"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while not list(tmp_path.glob(".graph.building-*/texts/*.txt")):
            assert proc.poll() is None, "the build ended before it could be interrupted"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert tree_bytes(out) == before
    assert list(tmp_path.glob(".graph.building-*"))  # the killed build's staging folder is left over
    build(small_input, out)
    assert not list(tmp_path.glob(".graph.building-*"))  # and the next build removes it
    assert tree_bytes(out) == before


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.add(int(stat.parent.name))
    return out


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc")
def test_build_terminated_with_sigterm_cleans_up_like_ctrl_c(tmp_path: Path, small_input: Path) -> None:
    """SIGTERM (kill, timeout) mid-extraction with --jobs 2: "Aborted!", exit code 1, the previous graph kept,
    no staging folder and no worker or reader process left behind (before, both were)."""
    out = tmp_path / "graph"
    build(small_input, out)
    before = tree_bytes(out)
    big = copy_docs(tmp_path / "big", SMALL + (MEDIUM,))
    for i in range(4):
        shutil.copyfile(RAW / "002_34b45a5f1536be31.txt", big / f"002_{i}.txt")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", "--input", str(big), "--out", str(out),
                             "-q", "--no-cache", "--jobs", "2"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    children: set[int] = set()
    try:
        deadline = time.monotonic() + 300
        while not list(tmp_path.glob(".graph.building-*/texts/*.txt")):  # the workers are at it
            assert proc.poll() is None, "the build ended before it could be interrupted"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        children = _children(proc.pid)
        assert children  # the workers (and maybe the reader)
        os.kill(proc.pid, signal.SIGTERM)
        _, err = proc.communicate(timeout=120)  # (without the clean-up, orphaned workers keep the pipes open)
        time.sleep(0.5)
        left = [pid for pid in children if _running(pid)]
    finally:
        for pid in [proc.pid, *children]:  # whatever the outcome, nothing stays running
            if _running(pid):
                os.kill(pid, signal.SIGKILL)
    assert proc.returncode == 1 and "Aborted!" in err and "Traceback" not in err
    assert tree_bytes(out) == before
    assert not list(tmp_path.glob(".graph.building-*"))
    assert left == []


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


def test_failure_in_the_middle_keeps_previous_graph_and_cleans_up(tmp_path: Path, small_input: Path) -> None:
    out = tmp_path / "graph"
    build(small_input, out)
    before = tree_bytes(out)
    (small_input / f"{SMALL[0]}.txt").write_text("北辰区双街镇。\n", encoding="utf-8")
    seen: list[str] = []

    def fail_on_second(path: Path, facts: DocumentFacts | None, problem: Problem | None) -> None:
        seen.append(path.name)
        if len(seen) == 2:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        build(small_input, out, on_file=fail_on_second)
    assert tree_bytes(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph", "raw"]  # no staging folder left


def test_an_out_path_a_build_would_destroy_is_refused(tmp_path: Path, small_input: Path) -> None:
    """A build replaces its whole output folder: a file, or a folder no build wrote, is refused untouched."""
    from click.testing import CliRunner

    from kg.cli import main
    from kg.errors import InputError

    foreign = tmp_path / "documents"
    (foreign / "sub").mkdir(parents=True)
    (foreign / "important.doc").write_text("precious", encoding="utf-8")
    (foreign / "sub" / "a.txt").write_text("x", encoding="utf-8")
    before = tree_bytes(foreign)
    with pytest.raises(InputError, match="did not write"):
        build(small_input, foreign)
    result = CliRunner().invoke(main, ["build", "--input", str(small_input), "--out", str(foreign), "-q"])
    assert result.exit_code == 1 and "did not write" in result.output and "Traceback" not in result.output
    assert tree_bytes(foreign) == before
    notes = tmp_path / "graph.txt"
    notes.write_text("notes", encoding="utf-8")
    with pytest.raises(InputError, match="is a file"):
        build(small_input, notes)
    assert notes.read_text(encoding="utf-8") == "notes" and not list(tmp_path.glob(".graph.txt.*"))


def test_an_empty_folder_or_an_earlier_build_is_built_into(tmp_path: Path, small_input: Path) -> None:
    out = tmp_path / "graph"
    out.mkdir()
    build(small_input, out)
    (out / "exports").mkdir()
    (out / "exports" / "kg.json").write_text("{}", encoding="utf-8")
    (out / "report.json").write_text('{"documents": [], "nodes_by_label": {}}', encoding="utf-8")  # an older kg's
    (small_input / f"{SMALL[0]}.txt").unlink()
    report = build(small_input, out)
    assert sorted(report.documents) == sorted(SMALL[1:])
    assert not (out / "exports").exists()  # replaced with the rest of the earlier build
