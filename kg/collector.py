"""The main process's side of a build's per-document work: cache look-ups, tasks, results in file order.

:class:`Collector` walks the input files in order. A file whose facts are
cached (same bytes, same pipeline) is taken from the cache; any other file
becomes a :class:`~kg.tasks.FileTask`, or, if it is very large, a run of
:class:`~kg.tasks.ChunkTask` closed by an :class:`~kg.tasks.EndTask` (see
:mod:`kg.largefile`). :func:`kg.tasks.run_task` does one task in a worker (or
in this process); :meth:`Collector.receive` takes the outcomes in task order.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.cache import FactsCache
from kg.errors import InputError
from kg.factcodec import FactsFormatError, decode_facts
from kg.gcpause import gc_paused
from kg.largefile import (
    detect_encoding,
    file_sha256,
    is_large,
    iter_chunks,
    merge_parts,
)
from kg.tasks import (
    TEXTS_DIR,
    BuildStats,
    ChunkTask,
    EndTask,
    FileTask,
    Outcome,
    ProgressHook,
    Task,
)
from schema import DocumentFacts, Problem


@dataclass
class _Doc:
    path: Path
    doc_id: str
    sha256: str | None
    parts: list[DocumentFacts] = field(default_factory=list)
    problem: Problem | None = None
    properties: dict[str, str | int] = field(default_factory=dict)
    characters: int = 0
    large: bool = False  # cut in chunks (kg.largefile)

    @property
    def source_file(self) -> str:
        """The file's name relative to the input folder (as the facts' ``source_file`` property has it)."""
        return self.doc_id + self.path.suffix


class Collector:
    """Turns input files into tasks and task outcomes into per-document facts, in file order.

    Args:
        paths: The input files, in build order.
        root: The input folder (doc ids are relative to it).
        staging: The new build folder.
        cache: Where cached facts come from and new ones go.
        on_file: Called once per file with its facts or its problem.
        stats: Filled with what was extracted, taken from the cache, and stage times.
    """

    def __init__(self, paths: list[Path], root: Path, staging: Path, cache: FactsCache,
                 on_file: ProgressHook | None, stats: BuildStats) -> None:
        self.paths, self.root, self.staging, self.cache = paths, root, staging, cache
        self.texts = staging / TEXTS_DIR
        self.on_file, self.stats = on_file, stats
        self.docs: dict[int, _Doc] = {}
        self.facts: dict[int, DocumentFacts] = {}
        self.problems: list[Problem] = []
        #: Files whose bytes, when read, were not those hashed when the build started (changed meanwhile).
        self.changed_while_read: list[str] = []
        #: The cache variant of each document extracted a second time (:meth:`refine_tasks`), by index.
        self.variants: dict[int, str] = {}

    def mixed(self) -> bool:
        """Whether the previous build has entries for some files and not for others (a rebuild with new files)."""
        kept = [self._kept(state) for state in self._states()]
        return any(kept) and not all(kept)

    def inputs(self) -> list[tuple[str, str | None, bool]]:
        """Every file's name (relative to the input folder), content hash (None: it could not be read) and
        whether it is cut in chunks."""
        return [(state.source_file, state.sha256, state.large) for state in self._states()]

    def _kept(self, state: _Doc) -> bool:
        return bool(state.sha256) and self.cache.has_entry(state.doc_id, state.sha256 or "", cut=state.large)

    def _states(self) -> list[_Doc]:
        """Every file's doc id and content hash (worked out once)."""
        from kg.ingest import doc_id_for

        if len(self.docs) < len(self.paths):
            with self.stats.timer("cache"):
                for index, path in enumerate(self.paths):
                    if index not in self.docs:
                        self.docs[index] = _Doc(path, doc_id_for(path, self.root), _sha_or_none(path),
                                                large=is_large(path))
        return [self.docs[i] for i in range(len(self.paths))]

    def tasks(self, before_first: Callable[[], None] | None = None, largest_first: bool = False,
              entries: bool = False, new_first: bool = False, ahead: Path | None = None) -> Iterator[Task]:
        """The tasks for every file not taken from the cache.

        Args:
            before_first: Run once before the first task (e.g. load the pipeline).
            largest_first: Visit files by decreasing size (balances workers; the
                results do not depend on the order).
            entries: File tasks hand back cache entries, not records (for worker processes).
            new_first: Visit the files without a cache entry first, so a worker is busy with
                them while this process reads the cached ones.
            ahead: The folder of a :class:`kg.readahead.ReadAhead` reading the files (see :meth:`to_read`).
        """
        self.texts.mkdir(parents=True, exist_ok=True)
        states = self._states()
        for index in self._order(largest_first, new_first):
            path, state = self.paths[index], states[index]
            with self.stats.timer("cache"), gc_paused():  # reading cached facts only makes records (no cycles) ...
                cached = state.sha256 and self.cache.lookup(state.doc_id, state.sha256, cut=state.large,
                                                            source_file=state.source_file)
                if cached:
                    gc.freeze()  # ... which later collections need not walk (cf. gcpause.settle)
            if cached:
                self.stats.cached.append(state.doc_id)
                self._done(index, cached, store=False)
                continue
            if before_first is not None:
                before_first()
                before_first = None
            if state.large:
                yield from self._chunk_tasks(index, state)
                yield EndTask(index)
            else:
                yield FileTask(index, str(path), str(self.root), str(self.texts),
                               self.cache.fingerprint if entries else "", str(ahead or ""))

    def known_firms(self) -> dict[int, dict[str, str]]:
        """After the first extraction of every file: for each document (not cut in chunks) whose text writes short
        forms of other documents' registered companies, those forms -> the names (:mod:`kg.corpus_firms`)."""
        from kg.corpus_firms import FormIndex, corpus_forms, known_firms

        index = FormIndex(corpus_forms(self.facts[i] for i in sorted(self.facts)))
        out: dict[int, dict[str, str]] = {}
        for i in sorted(self.facts):
            state = self.docs[i]
            text = self.texts / f"{state.doc_id}.txt"
            if state.large or not index.forms or not text.is_file():
                continue
            known = known_firms(self.facts[i], text.read_text(encoding="utf-8"), index)
            if known:
                out[i] = known
        return out

    def refine_tasks(self, known: dict[int, dict[str, str]]) -> Iterator[FileTask]:
        """Tasks extracting again, with ``known`` (:meth:`known_firms`), the documents whose second extraction
        is not in the cache; the others' facts are replaced from it."""
        from kg.corpus_firms import digest

        for index, forms in sorted(known.items()):
            state = self.docs[index]
            variant = self.variants[index] = "+" + digest(forms)
            with self.stats.timer("cache"):
                cached = state.sha256 and self.cache.lookup(state.doc_id, state.sha256, variant=variant,
                                                            source_file=state.source_file)
            if cached:
                self.stats.refined_cached.append(state.doc_id)
                self.facts[index] = cached
                continue
            yield FileTask(index, str(state.path), str(self.root), str(self.texts), known=tuple(sorted(forms.items())))

    def to_read(self, largest_first: bool = False) -> list[tuple[int, Path]]:
        """The files :meth:`tasks` makes file tasks of (those without a cache entry, not cut in chunks),
        as (index, path) in the same order: what a :class:`kg.readahead.ReadAhead` can read ahead."""
        states = self._states()
        return [(i, self.paths[i]) for i in self._order(largest_first, False)
                if not states[i].large and not self._kept(states[i])]

    def _order(self, largest_first: bool, new_first: bool) -> list[int]:
        """The file indexes in task order (see :meth:`tasks`)."""
        states = self._states()
        order = list(range(len(self.paths)))
        if largest_first:
            order.sort(key=lambda i: -_size(self.paths[i]))
        if new_first:
            order.sort(key=lambda i: self._kept(states[i]))  # stable: the other order stays
        return order

    def _chunk_tasks(self, index: int, state: _Doc) -> Iterator[ChunkTask]:
        """Decode, cut and normalise a large file chunk by chunk, writing its text as it goes."""
        from kg.ingest.normalize import normalise

        target = self.texts / f"{state.doc_id}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        offset = chunks = 0
        encoding = ""
        try:
            encoding = detect_encoding(state.path)
            with open(target, "w", encoding="utf-8", newline="\n") as fh:
                for raw in iter_chunks(state.path, encoding):
                    with self.stats.timer("ingest"):
                        text = normalise(raw)
                    if not text:
                        continue
                    if chunks:
                        fh.write("\n")
                        offset += 1
                    fh.write(text)
                    yield ChunkTask(index, state.doc_id, text, offset)
                    offset, chunks = offset + len(text), chunks + 1
        except InputError as exc:
            state.problem = Problem(file=exc.file, problem=exc.problem, hint=exc.hint)
        except OSError as exc:
            state.problem = Problem(file=str(state.path), problem=f"cannot be read: {exc}", hint="check the file")
        state.characters = offset
        state.properties = {"sha256": state.sha256 or "", "encoding": encoding,
                            "format": "txt", "source_file": state.doc_id + state.path.suffix, "chunks": chunks}
        self.stats.chunks += chunks

    def receive(self, outcome: Outcome) -> None:
        """Take the outcome of the next task (in task order)."""
        self.stats.timer.add(outcome.seconds)
        state = self.docs[outcome.index]
        if outcome.chunk:
            if outcome.problem is not None:
                state.problem = state.problem or outcome.problem
            else:
                state.parts.append(outcome.facts)
        elif outcome.end:
            self._finish_chunked(outcome.index, state)
        elif outcome.problem is not None:
            self._fail(outcome.index, outcome.problem)
        elif outcome.entry is not None:
            self._receive_entry(outcome.index, outcome.entry)
        else:
            self._done(outcome.index, outcome.facts, store=True)

    def _receive_entry(self, index: int, entry: bytes) -> None:
        """Take facts a worker handed back as their cache entry, and keep the entry as :meth:`_done` would."""
        state = self.docs[index]
        try:
            with self.stats.timer("cache"), gc_paused():  # settle() collects after the document
                header, facts = decode_facts(entry)
        except FactsFormatError as exc:  # a bug, not the file's fault: report it, keep the other documents
            self._fail(index, Problem(file=str(state.path), problem=f"extraction failed: {exc}",
                                      hint="report this file to the kg maintainers"))
            return
        self.stats.extracted.append(state.doc_id)
        if state.sha256 and facts.properties.get("sha256") != state.sha256:
            self.changed_while_read.append(state.doc_id)
        elif state.sha256 and header.get("sha256") == state.sha256 and header.get("fingerprint") == self.cache.fingerprint:
            with self.stats.timer("cache"):
                self.cache.store_entry(state.sha256, facts.doc_id, entry, text_hash=header.get("text_sha256"))
        self._done(index, facts, store=False)

    def _finish_chunked(self, index: int, state: _Doc) -> None:
        if state.problem is None and not state.parts:
            state.problem = Problem(file=str(state.path), problem="no text in file",
                                    hint="check that the file holds the document's text")
        if state.problem is not None:
            (self.texts / f"{state.doc_id}.txt").unlink(missing_ok=True)
            self._fail(index, state.problem)
            return
        facts = merge_parts(state.doc_id, state.parts, characters=state.characters, properties=state.properties)
        state.parts = []
        if state.sha256 and _sha_or_none(state.path) != state.sha256:  # changed while its chunks were read
            self.changed_while_read.append(state.doc_id)
            state.sha256 = None  # no cache entry
        self._done(index, facts, store=True)

    def _done(self, index: int, facts: DocumentFacts, *, store: bool) -> None:
        state = self.docs[index]
        variant = self.variants.get(index, "")
        if store:
            (self.stats.refined if variant else self.stats.extracted).append(state.doc_id)
            if state.sha256 and facts.properties.get("sha256") == state.sha256:
                with self.stats.timer("cache"), gc_paused():  # serialising only makes lists and strings
                    self.cache.store(state.sha256, facts, cut=state.large, variant=variant)
            elif state.sha256:
                self.changed_while_read.append(state.doc_id)
        self.facts[index] = facts
        if self.on_file and not variant:  # a second extraction is not reported again
            self.on_file(state.path, facts, None)

    def _fail(self, index: int, problem: Problem) -> None:
        self.problems.append(problem)
        if self.on_file:
            self.on_file(self.docs[index].path, None, problem)

    def results(self) -> list[DocumentFacts]:
        """Every document's facts, in file order."""
        return [self.facts[i] for i in sorted(self.facts)]

    def take_results(self) -> list[DocumentFacts]:
        """:meth:`results`, handed over: the collector keeps none, so they are freed with the caller's list."""
        facts, self.facts = self.results(), {}
        return facts


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _sha_or_none(path: Path) -> str | None:
    try:
        return file_sha256(path)
    except OSError:
        return None
