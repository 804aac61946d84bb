"""``--jobs 2`` writes the same bytes as ``--jobs 1``; a broken file is reported and skipped by both."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.buildkey import MANIFEST
from kg.cache import CACHE_DIR
from kg.cli import main
from kg.parallel import FORK, SPAWN, ordered_map, start_method
from kg.pipeline import BuildStats, build
from kg.tasks import FileTask, Outcome, Task, run_task
from tests.pipeline.conftest import (
    MEDIUM,
    SMALL,
    assert_same_tree,
    copy_docs,
    tree_bytes,
)


def _negate(x: int) -> int:
    return -x


@pytest.mark.parametrize("method", [FORK, SPAWN])
def test_ordered_map_keeps_input_order_with_workers(method: str) -> None:
    assert list(ordered_map(_negate, range(50), jobs=2, window=3, method=method)) == [-x for x in range(50)]


def _pid(_: int) -> int:
    import os

    return os.getpid()


def test_one_job_runs_in_this_process_unless_asked_for_a_worker() -> None:
    import os

    assert set(ordered_map(_pid, range(3), jobs=1)) == {os.getpid()}
    worker = set(ordered_map(_pid, range(3), jobs=1, in_process=False, method=FORK))
    assert len(worker) == 1 and os.getpid() not in worker


def _die_on_three(x: int) -> int:
    import os

    if x == 3:
        os._exit(9)  # the worker process dies, as when it is killed or crashes in C code
    return -x


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_dead_worker_costs_only_its_item(jobs: int) -> None:
    out = list(ordered_map(_die_on_three, range(10), jobs=jobs, in_process=False, window=4,
                           method=FORK, on_crash=lambda x: ("crashed", x)))
    assert out == [0, -1, -2, ("crashed", 3), -4, -5, -6, -7, -8, -9]


def _wait_for(path: str) -> str:
    import time

    deadline = time.monotonic() + 60
    while not Path(path).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    return path


def test_this_process_works_while_the_worker_finishes(tmp_path: Path) -> None:
    signal = tmp_path / "go"
    handed: list[str] = []
    seen: list[tuple[list[str], bool, bool]] = []

    def items() -> Iterator[str]:
        for item in (str(signal),):
            handed.append(item)
            yield item

    def meanwhile(ready: Callable[[], bool]) -> None:
        before = ready()  # the worker waits for the signal this process has not given yet
        signal.touch()
        for _ in range(6000):
            if ready():
                break
            threading.Event().wait(0.01)
        seen.append((list(handed), before, ready()))

    out = list(ordered_map(_wait_for, items(), jobs=1, in_process=False, method=FORK, while_waiting=meanwhile))
    assert out == [str(signal)]
    assert seen == [([str(signal)], False, True)]  # once, after every item was handed out
    assert list(ordered_map(_negate, range(3), jobs=1, while_waiting=meanwhile)) == [0, -1, -2]
    assert len(seen) == 1  # in this process nothing is waited for


def test_a_dead_worker_without_on_crash_raises() -> None:
    from concurrent.futures.process import BrokenProcessPool

    with pytest.raises(BrokenProcessPool):
        list(ordered_map(_die_on_three, range(10), jobs=2, method=FORK))


def test_workers_are_spawned_while_another_thread_runs() -> None:
    assert start_method() == FORK  # Linux, and the test process runs one thread
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert start_method() == SPAWN
    finally:
        stop.set()
        thread.join()
    assert start_method() == FORK


def test_progress_bar_starts_no_thread(tmp_path: Path) -> None:
    raw = copy_docs(tmp_path / "raw", SMALL)
    before = threading.active_count()
    build(raw, tmp_path / "g", jobs=2, progress=True)
    assert threading.active_count() == before


def test_progress_bar_shows_resolution_and_writing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # once every file is done the bar stays and says what the build does (minutes on a large corpus)
    raw = copy_docs(tmp_path / "raw", SMALL)
    build(raw, tmp_path / "g", progress=True)
    shown = capsys.readouterr().err.replace("\r", "\n")
    assert f"{len(SMALL)}/{len(SMALL)}" in shown
    assert shown.index("resolving the graph") < shown.index("writing the graph")


def test_jobs_2_equals_jobs_1_byte_for_byte(tmp_path: Path) -> None:
    raw = copy_docs(tmp_path / "raw", SMALL + (MEDIUM,))
    (raw / "zz_broken.txt").write_bytes(bytes(range(256)) * 40)  # binary junk named .txt
    one, two = BuildStats(), BuildStats()
    report1 = build(raw, tmp_path / "g1", jobs=1, stats=one)
    report2 = build(raw, tmp_path / "g2", jobs=2, stats=two)
    assert_same_tree(tmp_path / "g1", tmp_path / "g2")
    assert report1 == report2
    assert [p.file for p in report1.problems] == [str(raw / "zz_broken.txt")]
    assert sorted(two.extracted) == sorted(SMALL + (MEDIUM,))
    files = tree_bytes(tmp_path / "g2")
    assert {f"texts/{n}.txt" for n in SMALL + (MEDIUM,)} <= set(files)
    assert "texts/zz_broken.txt" not in files


def test_cli_jobs_and_no_cache(tmp_path: Path, small_input: Path) -> None:
    runner = CliRunner()
    args = ["build", "--input", str(small_input), "--out", str(tmp_path / "g"), "-q"]
    assert runner.invoke(main, args + ["--jobs", "2"]).exit_code == 0
    first = tree_bytes(tmp_path / "g")
    result = runner.invoke(main, args + ["--no-cache", "--timings"])
    assert result.exit_code == 0, result.output
    assert "extracted 3, from cache 0; peak memory " in result.output
    assert tree_bytes(tmp_path / "g") == first
    result = runner.invoke(main, args + ["--timings"])
    assert "kept the previous build; peak memory " in result.output  # nothing changed (kg.buildkey)
    (tmp_path / "g" / CACHE_DIR / MANIFEST).unlink()
    result = runner.invoke(main, args + ["--timings"])
    assert "extracted 0, from cache 3" in result.output
    assert tree_bytes(tmp_path / "g") == first


def _run_task_dying_on_medium(task: Task) -> Outcome:
    """The real task runner, with a fault injected: the worker process dies on one file."""
    import os

    if isinstance(task, FileTask) and MEDIUM in task.path:
        os._exit(9)
    return run_task(task)


def test_a_worker_that_dies_on_a_file_costs_only_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.pipeline

    raw = copy_docs(tmp_path / "raw", SMALL + (MEDIUM,))
    monkeypatch.setattr(kg.pipeline, "run_task", _run_task_dying_on_medium)
    report = build(raw, tmp_path / "g", jobs=2, cache=False)
    assert [p.file for p in report.problems] == [str(raw / f"{MEDIUM}.txt")]
    assert "worker process" in report.problems[0].problem
    monkeypatch.undo()
    without = copy_docs(tmp_path / "without", SMALL)
    build(without, tmp_path / "g-without", jobs=1, cache=False)
    for name in ("nodes.jsonl", "edges.jsonl", "kg.graphml"):
        assert (tmp_path / "g" / name).read_bytes() == (tmp_path / "g-without" / name).read_bytes()
