"""The per-document work of a build: the tasks, and what a worker (or this process) does with one.

A :class:`FileTask` is one input file, a run of :class:`ChunkTask` closed by an
:class:`EndTask` one very large file (see :mod:`kg.largefile`).
:func:`run_task` does one task and returns an :class:`Outcome`; the main
process's side (cache look-ups, tasks in order, outcomes back into per-document
facts) is :class:`kg.collector.Collector`.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter

from kg.cache import entry_bytes, text_sha256
from kg.errors import InputError
from kg.factcodec import FactsFormatError
from kg.gcpause import EXTRACTION_YOUNG, gc_paused
from kg.largefile import shift_facts
from kg.timing import StageTimer
from schema import DocumentFacts, Problem
from schema.document import Document

TEXTS_DIR = "texts"
#: Called after each file with (path, facts or None, problem or None).
ProgressHook = Callable[[Path, DocumentFacts | None, Problem | None], None]


@dataclass
class BuildStats:
    """What a build did besides its report: which documents were extracted or cached, stage times."""

    extracted: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    #: Documents extracted again with other documents' companies (:mod:`kg.corpus_firms`), and those of them
    #: whose second extraction came from the cache.
    refined: list[str] = field(default_factory=list)
    refined_cached: list[str] = field(default_factory=list)
    chunks: int = 0
    #: Files read ahead while the pipeline loaded (:mod:`kg.readahead`).
    read_ahead: int = 0
    #: Nothing the build reads had changed: the previous build folder was kept as it was (:mod:`kg.buildkey`).
    kept: bool = False
    #: Cached documents whose share of resolution was made while a worker extracted the new ones (:mod:`kg.doc_parts`).
    prepared: int = 0
    timer: StageTimer = field(default_factory=StageTimer)


@dataclass(frozen=True)
class FileTask:
    """Read, extract and keep the text of one file.

    With a ``fingerprint`` (in worker processes) the outcome carries the facts as their cache entry
    (:func:`kg.cache.entry_bytes`): the worker serialises them once, for the pipe and the cache, and
    the main process neither unpickles records nor serialises them again.
    """

    index: int
    path: str
    root: str
    texts: str
    fingerprint: str = ""
    #: The folder of a :class:`kg.readahead.ReadAhead` that may have read the file already ("" if none).
    ahead: str = ""
    #: Short forms of other documents' registered companies the text writes, with the names (:mod:`kg.corpus_firms`).
    known: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ChunkTask:
    """Extract one normalised chunk of a large file starting at ``offset`` of its text."""

    index: int
    doc_id: str
    text: str
    offset: int


@dataclass(frozen=True)
class EndTask:
    """Marks the end of a chunked document's tasks."""

    index: int


Task = FileTask | ChunkTask | EndTask


@dataclass
class Outcome:
    """The result of one task."""

    index: int
    facts: DocumentFacts | None = None
    problem: Problem | None = None
    entry: bytes | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    chunk: bool = False
    end: bool = False


def init_worker() -> None:
    """Load the extraction pipeline once per process, then freeze it out of the garbage collector's walks.

    The pipeline (jieba's dictionary, the gazetteer, the matchers) lives as long as the process: collections
    while it loads find nothing to free (so the collector is paused), and after ``gc.freeze`` the full
    collections set off while documents' facts accumulate no longer walk its objects.
    """
    global _LOADED
    start = perf_counter()
    with gc_paused():
        from extractors.pipeline import load_nlp

        load_nlp()
    gc.freeze()
    _LOADED = (os.getpid(), perf_counter() - start)


def init_pool_worker() -> None:
    """:func:`init_worker` in a worker process, where SIGTERM ends the process (the handler a forked worker
    inherits, :func:`kg.cli.common.terminate_as_interrupt`, is its main process's clean-up); it only extracts,
    so its young generation is collected as during a build's extraction (:func:`kg.gcpause.young_generation`)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    gc.set_threshold(EXTRACTION_YOUNG, *gc.get_threshold()[1:])
    init_worker()


#: (process id, seconds) of the last :func:`init_worker` in this process, until a worker reports it.
_LOADED: tuple[int, float] | None = None


def _load_seconds() -> dict[str, float]:
    """``{"load": seconds}`` once in a worker process that loaded the pipeline (the main process times its own)."""
    global _LOADED
    if _LOADED is None or _LOADED[0] != os.getpid() or multiprocessing.parent_process() is None:
        return {}
    seconds, _LOADED = _LOADED[1], None
    return {"load": seconds}


def run_task(task: Task) -> Outcome:
    """Do one task; a file that cannot be used becomes a problem, never an exception."""
    if isinstance(task, EndTask):
        return Outcome(task.index, end=True, seconds=_load_seconds())
    seconds = _load_seconds()
    try:
        if isinstance(task, ChunkTask):
            return Outcome(task.index, facts=_run_chunk(task, seconds), seconds=seconds, chunk=True)
        facts = _run_file(task, seconds)
        entry = _entry(task, facts, seconds) if task.fingerprint else None
        return Outcome(task.index, facts=None if entry else facts, entry=entry, seconds=seconds)
    except InputError as exc:
        problem = Problem(file=exc.file, problem=exc.problem, hint=exc.hint)
        return Outcome(task.index, problem=problem, seconds=seconds, chunk=isinstance(task, ChunkTask))


def crashed_outcome(task: Task) -> Outcome:
    """The outcome of a task whose worker process died on it (see :func:`kg.parallel.ordered_map`)."""
    if isinstance(task, EndTask):
        return Outcome(task.index, end=True)
    problem = Problem(file=task.path if isinstance(task, FileTask) else task.doc_id,
                      problem="the worker process extracting this file died (killed, out of memory or a crash)",
                      hint="the other files were built; build this one alone and report it to the kg maintainers")
    return Outcome(task.index, problem=problem, chunk=isinstance(task, ChunkTask))


def _run_file(task: FileTask, seconds: dict[str, float]) -> DocumentFacts:
    from kg.ingest import read_document
    from kg.readahead import take

    start = perf_counter()
    read = take(task.ahead, task.index) if task.ahead else None
    if read is None:
        document = read_document(Path(task.path), root=Path(task.root))
        seconds["ingest"] = perf_counter() - start
    else:  # the reader's seconds and this process's for unpickling
        document, seconds["ingest"] = read[0], read[1] + perf_counter() - start
    facts = _extract(document, task.path, seconds, dict(task.known))
    start = perf_counter()
    target = Path(task.texts) / f"{document.doc_id}.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(document.text, encoding="utf-8", newline="\n")
    seconds["texts"] = perf_counter() - start
    return facts


def _entry(task: FileTask, facts: DocumentFacts, seconds: dict[str, float]) -> bytes | None:
    """The cache entry of a file's facts (None if they cannot be written: the facts travel as records)."""
    start = perf_counter()
    text = Path(task.texts) / f"{facts.doc_id}.txt"
    try:
        with gc_paused():  # serialising only makes lists and strings
            return entry_bytes(facts, str(facts.properties.get("sha256") or ""), task.fingerprint,
                               text_sha256(text))
    except (FactsFormatError, OSError):
        return None
    finally:
        seconds["cache"] = perf_counter() - start


def _run_chunk(task: ChunkTask, seconds: dict[str, float]) -> DocumentFacts:
    from kg.ingest import document_from_text

    start = perf_counter()
    document = document_from_text(task.text, doc_id=task.doc_id, source_file=task.doc_id)
    seconds["ingest"] = perf_counter() - start
    if document.text != task.text:
        raise InputError(task.doc_id, f"chunk at {task.offset} changed on normalising again",
                         "report this file to the kg maintainers")
    return shift_facts(_extract(document, task.doc_id, seconds), task.offset)


def _extract(document: Document, file: str, seconds: dict[str, float],
             known: dict[str, str] | None = None) -> DocumentFacts:
    from kg.extract import extract_facts

    try:
        return extract_facts(document, timings=seconds, known_firms=known)
    except Exception as exc:  # an extractor bug must not lose the other documents
        raise InputError(file, f"extraction failed: {type(exc).__name__}: {exc}",
                         "report this file to the kg maintainers") from exc
