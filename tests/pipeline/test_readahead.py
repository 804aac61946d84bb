"""Files read ahead while the pipeline loads (``kg.readahead``): same documents, same problems, same build."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import subprocess
import threading
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


def _finish(reader: ReadAhead) -> None:
    """Wait for the reader to end (a test fails rather than hangs)."""
    reader.process.join(timeout=120)
    assert not reader.process.is_alive()


def _files(raw: Path, names: tuple[str, ...]) -> list[tuple[int, Path]]:
    return [(i, raw / f"{name}.txt") for i, name in enumerate(names)]


def test_documents_read_ahead_are_those_read_here(tmp_path: Path) -> None:
    raw = copy_docs(tmp_path / "raw", SMALL)
    reader = ReadAhead(_files(raw, SMALL), raw, tmp_path / "ahead")
    _finish(reader)  # not stopped: it reads every file
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
    _finish(reader)
    assert sorted(p.name for p in folder.glob("*.pickle")) == ["0.pickle", "2.pickle"]
    reader.close()
    assert reader.read == 2


def test_a_file_that_cannot_be_read_gives_the_worker_its_problem(tmp_path: Path) -> None:
    raw = copy_docs(tmp_path / "raw", SMALL[:1])
    (raw / "junk.txt").write_bytes(bytes(range(256)) * 40)
    files = [(0, raw / "junk.txt"), (1, raw / "gone.txt"), (2, raw / f"{SMALL[0]}.txt")]
    reader = ReadAhead(files, raw, tmp_path / "ahead")
    _finish(reader)
    for index, name in ((0, "junk.txt"), (1, "gone.txt")):  # the worker gets the problem it would have met
        with pytest.raises(InputError) as expected:
            read_document(raw / name, root=raw)
        with pytest.raises(InputError) as raised:
            take(str(tmp_path / "ahead"), index)
        assert (raised.value.file, raised.value.problem, raised.value.hint) == \
            (expected.value.file, expected.value.problem, expected.value.hint)
    assert take(str(tmp_path / "ahead"), 2)[0].doc_id == SMALL[0]
    reader.close()
    assert reader.read == 1


def test_a_stopped_reader_takes_no_new_file(tmp_path: Path) -> None:
    raw = copy_docs(tmp_path / "raw", SMALL)
    stop = multiprocessing.get_context(FORK).Event()
    stop.set()
    folder = tmp_path / "ahead"
    folder.mkdir()
    readahead._read_ahead(_files(raw, SMALL), raw, folder, stop, os.getpid())  # the reader's body, here
    assert sorted(p.name for p in folder.iterdir()) == ["reader.done"]
    assert all(take(str(folder), i) is None for i, _ in _files(raw, SMALL))  # the workers read them all


def _many(tmp_path: Path, copies: int = 40) -> tuple[Path, list[tuple[int, Path]]]:
    raw = copy_docs(tmp_path / "raw", SMALL[:1])
    for i in range(1, copies):
        shutil.copyfile(raw / f"{SMALL[0]}.txt", raw / f"copy{i:02d}.txt")
    return raw, list(enumerate(sorted(raw.glob("*.txt"))))


def test_ctrl_c_is_left_to_the_main_process(tmp_path: Path) -> None:
    """The reader ignores SIGINT (no traceback of its own on Ctrl-C; the build stops it)."""
    raw, files = _many(tmp_path)
    reader = ReadAhead(files, raw, tmp_path / "ahead")
    os.kill(reader.process.pid, signal.SIGINT)
    _finish(reader)
    assert reader.process.exitcode == 0
    reader.close()
    assert reader.read == len(files)


def test_the_reader_stops_when_the_build_is_gone(tmp_path: Path) -> None:
    """A build killed while it loads (SIGTERM to its process alone) leaves no reader going through the corpus.

    The reader's first file is a pipe that holds it until the build is gone, so it always has the
    other files still to read when it could notice (no race with how fast it reads)."""
    raw, _ = _many(tmp_path)
    gate = raw / "0000_gate.txt"
    os.mkfifo(gate)
    files = list(enumerate(sorted(raw.glob("*.txt"))))
    assert files[0][1] == gate
    folder = tmp_path / "ahead"

    def build_that_dies() -> None:
        ReadAhead(files, raw, folder)
        os._exit(0)  # never stops nor closes its reader

    parent = multiprocessing.get_context(FORK).Process(target=build_that_dies)
    parent.start()
    for _ in range(6000):  # not join(): the reader holds the build's sentinel pipe until it ends
        if not parent.is_alive():
            break
        time.sleep(0.01)
    assert parent.exitcode == 0
    _release(gate, "北辰区双街镇建设花卉博览园。")
    for _ in range(3000):  # the reader notices before its second file
        if (folder / "reader.done").exists():
            break
        time.sleep(0.01)
    assert int((folder / "reader.done").read_text()) == 1


def _release(gate: Path, text: str) -> None:
    """Write ``text`` into the pipe ``gate`` once its reader has opened it (fails after 30 s)."""
    for _ in range(3000):
        try:
            fd = os.open(gate, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # ENXIO: nobody reads the pipe yet
            time.sleep(0.01)
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as pipe:
            pipe.write(text)
        return
    raise AssertionError("the reader never opened its first file")


def _claimed_by(folder: Path, pid: int) -> None:
    folder.mkdir()
    (folder / "reader.pid").write_text(str(pid), encoding="ascii")
    (folder / "0.claim").touch()  # claimed, never published


def _take_in_time(folder: Path, index: int) -> list[object]:
    """``take(folder, index)`` in a thread; its result, or nothing if it is still waiting after 30 s."""
    result: list[object] = []
    waiter = threading.Thread(target=lambda: result.append(take(str(folder), index)), daemon=True)
    waiter.start()
    waiter.join(timeout=30)
    return result


def test_a_worker_does_not_wait_for_a_reader_that_is_gone(tmp_path: Path) -> None:
    gone = subprocess.Popen(["true"])
    gone.wait()  # exited and reaped
    _claimed_by(tmp_path / "gone", gone.pid)
    assert _take_in_time(tmp_path / "gone", 0) == [None]  # noticed: the worker reads the file itself


def test_a_worker_does_not_wait_for_a_reader_killed_and_not_yet_reaped(tmp_path: Path) -> None:
    zombie = subprocess.Popen(["true"])
    stat = Path(f"/proc/{zombie.pid}/stat")
    while stat.read_text().rpartition(")")[2].split()[0] != "Z":  # exited; nobody has waited for it
        time.sleep(0.01)
    _claimed_by(tmp_path / "zombie", zombie.pid)
    assert _take_in_time(tmp_path / "zombie", 0) == [None]
    zombie.wait()


def test_a_worker_waits_for_a_live_reader(tmp_path: Path) -> None:
    """A claimed file is being read by the reader: the worker waits for its document (however long the read
    takes) rather than read the file a second time."""
    raw = copy_docs(tmp_path / "raw", SMALL[:1])
    document = read_document(raw / f"{SMALL[0]}.txt", root=raw)
    reader = subprocess.Popen(["sleep", "60"])  # a live process standing in for the reader
    try:
        _claimed_by(tmp_path / "alive", reader.pid)
        result: list[object] = []
        waiter = threading.Thread(target=lambda: result.append(take(str(tmp_path / "alive"), 0)), daemon=True)
        waiter.start()
        waiter.join(timeout=1.0)
        assert waiter.is_alive() and result == []  # still waiting
        readahead._write(tmp_path / "alive", 0, "pickle", (document, 0.5))  # the reader publishes
        waiter.join(timeout=30)
        assert result == [(document, 0.5)]
    finally:
        reader.kill()
        reader.wait()


def test_a_build_whose_files_were_all_read_ahead_equals_jobs_1(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline load is held until the reader has read every file, so the workers take them all: the same
    build, the same problem, and no document left untaken."""
    raw = copy_docs(tmp_path / "raw", SMALL + (MEDIUM,))
    (raw / "zz_broken.txt").write_bytes(bytes(range(256)) * 40)
    real_load, real_close = kg.pipeline.init_worker, ReadAhead.close
    untaken: list[str] = []

    def load_after_the_reader() -> None:
        real_load()
        deadline = time.monotonic() + 120
        while not any(tmp_path.glob(".out.building-*/.read-ahead/reader.done")):
            assert time.monotonic() < deadline, "the reader never finished"
            time.sleep(0.01)

    def close(self: ReadAhead) -> None:
        untaken.extend(p.name for p in self.folder.glob("*.pickle"))
        real_close(self)

    build(raw, tmp_path / "one", jobs=1)
    monkeypatch.setattr(kg.pipeline, "init_worker", load_after_the_reader)
    monkeypatch.setattr(ReadAhead, "close", close)
    stats = BuildStats()
    report = build(raw, tmp_path / "out", jobs=2, stats=stats)
    assert stats.read_ahead == len(SMALL) + 1  # the broken file's problem comes from the reader
    assert untaken == []  # every worker took the document read for it
    assert [p.file for p in report.problems] == [str(raw / "zz_broken.txt")]
    assert_same_tree(tmp_path / "one", tmp_path / "out")
    assert not list(tmp_path.glob(".out.building-*"))
