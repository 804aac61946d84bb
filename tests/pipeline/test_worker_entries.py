"""Workers hand back a file's facts as its cache entry: the same facts and the same entry as in-process."""

from __future__ import annotations

from pathlib import Path

from kg.cache import FactsCache
from kg.collector import Collector
from kg.factcodec import decode_facts
from kg.tasks import BuildStats, FileTask, Outcome, run_task
from tests.pipeline.conftest import MEDIUM, copy_docs


def test_entry_outcome_carries_the_facts_of_the_record_outcome(tmp_path: Path) -> None:
    raw = copy_docs(tmp_path / "raw", (MEDIUM,))
    path = raw / f"{MEDIUM}.txt"
    plain = run_task(FileTask(0, str(path), str(raw), str(tmp_path / "texts")))
    entry = run_task(FileTask(0, str(path), str(raw), str(tmp_path / "texts"), fingerprint="f" * 16))
    assert plain.entry is None and entry.facts is None
    header, facts = decode_facts(entry.entry)
    assert facts == plain.facts
    assert header["fingerprint"] == "f" * 16 and header["sha256"] == plain.facts.properties["sha256"]


def _collector(raw: Path, staging: Path, problems: list) -> Collector:  # type: ignore[type-arg]
    staging.mkdir()
    paths = sorted(raw.glob("*.txt"))
    return Collector(paths, raw, staging, FactsCache(None, staging), lambda p, f, e: problems.append(e), BuildStats())


def test_collector_keeps_worker_entries_and_reports_broken_ones(tmp_path: Path) -> None:
    raw = copy_docs(tmp_path / "raw", (MEDIUM,))
    problems: list = []  # type: ignore[type-arg]
    collector = _collector(raw, tmp_path / "a", problems)
    [task] = list(collector.tasks(entries=True))
    outcome = run_task(task)
    collector.receive(outcome)
    [entry] = (tmp_path / "a" / ".cache").rglob("*.json")
    assert entry.read_bytes() == outcome.entry
    assert collector.results()[0] == decode_facts(outcome.entry)[1] and problems == [None]

    broken = _collector(raw, tmp_path / "b", problems)
    [task] = list(broken.tasks(entries=True))
    broken.receive(Outcome(task.index, entry=b"{not json"))
    assert broken.results() == [] and "extraction failed" in problems[-1].problem
    assert not (tmp_path / "b" / ".cache").exists() or not list((tmp_path / "b" / ".cache").rglob("*.json"))
