"""Files read ahead while the pipeline loads (``kg.readahead``): same documents, same problems, same build."""

from __future__ import annotations

import multiprocessing
import subprocess
import time
from pathlib import Path

import pytest

import kg.pipeline
from kg import readahead
from kg.errors import InputError
from kg.ingest import read_document
from kg.parallel import FORK, start_method
from kg.pipeline import BuildStats, build
from kg.readahead import ReadAhead, take
from tests.pipeline.conftest import MEDIUM, SMALL, assert_same_tree, copy_docs

pytestmark = pytest.mark.skipif(start_method() != FORK, reason="the reader is forked (Linux, no other thread)")


def _files(raw: Path, names: tuple[str, ...]) -> list[tuple[int, Path]]:
    return [(i, raw / f"{name}.txt") for i, name in enumerate(names)]


def test_documents_read_ahead_are_those_read_here(tmp_path: Path) -> None:
    raw = copy_docs(tmp_path / "raw", SMALL)
    reader = ReadAhead(_files(raw, SMALL), raw, tmp_path / "ahead")
    reader.process.join()  # not stopped: it reads every file
    for index, path in _files(raw, SMALL):
        document, seconds = take(str(tmp_path / "ahead"), index)
        assert document == read_document(path, root=raw)
        assert document.doc_id == path.stem and seconds > 0
        assert not (tmp_path / "ahead" / f"{index}.pickle").exists()  # taken once
    reader.close()
    assert reader.read == len(SMALL)
    assert not (tmp_path / "ahead").exists()


def test_a_file_claimed_by_a_worker_is_not_read_ahead(tmp_path: Path) -> None:
    raw = copy_docs(tmp_path / "raw", SMALL)
    folder = tmp_path / "ahead"
    folder.mkdir()
    assert take(str(folder), 1) is None  # a worker got there first: it reads file 1 itself
    reader = ReadAhead(_files(raw, SMALL), raw, folder)
    reader.process.join()
    assert sorted(p.name for p in folder.glob("*.pickle")) == ["0.pickle", "2.pickle"]
    reader.close()
    assert reader.read == 2


def test_a_file_that_cannot_be_read_is_left_to_the_worker(tmp_path: Path) -> None:
    raw = copy_docs(tmp_path / "raw", SMALL[:1])
    (raw / "junk.txt").write_bytes(bytes(range(256)) * 40)
    files = [(0, raw / "junk.txt"), (1, raw / "gone.txt"), (2, raw / f"{SMALL[0]}.txt")]
    reader = ReadAhead(files, raw, tmp_path / "ahead")
    reader.process.join()
    assert take(str(tmp_path / "ahead"), 0) is None and take(str(tmp_path / "ahead"), 1) is None
    with pytest.raises(InputError) as raised:  # what the worker then gets, as without a reader
        read_document(raw / "junk.txt", root=raw)
    assert raised.value.file == str(raw / "junk.txt")
    assert take(str(tmp_path / "ahead"), 2)[0].doc_id == SMALL[0]
    reader.close()
    assert reader.read == 1


def test_a_stopped_reader_takes_no_new_file(tmp_path: Path) -> None:
    raw = copy_docs(tmp_path / "raw", SMALL)
    stop = multiprocessing.get_context(FORK).Event()
    stop.set()
    folder = tmp_path / "ahead"
    folder.mkdir()
    readahead._read_ahead(_files(raw, SMALL), raw, folder, stop)  # the reader's body, here
    assert sorted(p.name for p in folder.iterdir()) == ["reader.done"]
    assert all(take(str(folder), i) is None for i, _ in _files(raw, SMALL))  # the workers read them all


def _claimed_by(folder: Path, pid: int) -> None:
    folder.mkdir()
    (folder / "reader.pid").write_text(str(pid), encoding="ascii")
    (folder / "0.claim").touch()  # claimed, never published


def test_a_worker_does_not_wait_for_a_reader_that_is_gone(tmp_path: Path) -> None:
    gone = subprocess.Popen(["true"])
    gone.wait()  # exited and reaped
    _claimed_by(tmp_path / "gone", gone.pid)
    started = time.monotonic()
    assert take(str(tmp_path / "gone"), 0) is None
    assert time.monotonic() - started < readahead.WAIT_SECONDS / 10  # noticed, not timed out


def test_a_worker_does_not_wait_for_a_reader_killed_and_not_yet_reaped(tmp_path: Path) -> None:
    zombie = subprocess.Popen(["true"])
    stat = Path(f"/proc/{zombie.pid}/stat")
    while stat.read_text().rpartition(")")[2].split()[0] != "Z":  # exited; nobody has waited for it
        time.sleep(0.01)
    _claimed_by(tmp_path / "zombie", zombie.pid)
    started = time.monotonic()
    assert take(str(tmp_path / "zombie"), 0) is None
    assert time.monotonic() - started < readahead.WAIT_SECONDS / 10
    zombie.wait()


def test_a_build_whose_files_were_all_read_ahead_equals_jobs_1(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline load is held until the reader has read every file, so the workers take them all."""
    raw = copy_docs(tmp_path / "raw", SMALL + (MEDIUM,))
    (raw / "zz_broken.txt").write_bytes(bytes(range(256)) * 40)
    real_load = kg.pipeline.init_worker

    def load_after_the_reader() -> None:
        real_load()
        while not any(tmp_path.glob(".out.building-*/.read-ahead/reader.done")):
            time.sleep(0.01)

    build(raw, tmp_path / "one", jobs=1)
    monkeypatch.setattr(kg.pipeline, "init_worker", load_after_the_reader)
    stats = BuildStats()
    report = build(raw, tmp_path / "out", jobs=2, stats=stats)
    assert stats.read_ahead == len(SMALL) + 1  # the broken file is read (and reported) by its worker
    assert [p.file for p in report.problems] == [str(raw / "zz_broken.txt")]
    assert_same_tree(tmp_path / "one", tmp_path / "out")
    assert not list(tmp_path.glob(".out.building-*"))
