"""The build, wired in one place: load -> extract -> resolve -> graph -> write.

:func:`build` reads every document under the input folder, skips (and
reports) the ones it cannot use, and writes the build folder atomically: it
writes into a temporary sibling folder and swaps it in only when complete,
so an interrupted build leaves the previous graph intact.

Per-document work (:mod:`kg.collector`, :mod:`kg.tasks`) runs one document at a time, in this
process or in ``jobs`` worker processes (:mod:`kg.parallel`); results are
taken in file order, so the output bytes do not depend on ``jobs``. Each
document's facts are cached in the build folder (:mod:`kg.cache`): a
rebuild extracts only new or changed files, and resolution always runs over
the facts of the files present; when nothing the build reads has changed,
the previous build folder is kept as it is (:mod:`kg.buildkey`). Very large
text files are processed in chunks (:mod:`kg.largefile`). Once every
document is extracted, the few that write short forms of companies other
documents register are extracted again with them (:mod:`kg.corpus_firms`).

Example:
    >>> from kg.ingest import document_from_text
    >>> nodes, edges = extract_graph([document_from_text("双街镇位于北辰区。", doc_id="t")])
    >>> "Town:双街镇" in {n.id for n in nodes}
    True
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from functools import partial
from operator import attrgetter
from pathlib import Path

from kg import __version__
from kg.buildkey import REPORT_FILE, build_key, kept_report, write_manifest
from kg.cache import FactsCache
from kg.collector import Collector
from kg.corpus_firms import refine_in_memory
from kg.doc_parts import Prepared, prepare
from kg.errors import InputError
from kg.extract import extract_facts
from kg.gcpause import frozen_while, gc_paused, settle, young_generation
from kg.graphio import dumps, write_graph_files
from kg.graphwrite import MadeRows
from kg.parallel import FORK, ordered_map, start_method
from kg.readahead import READ_AHEAD_DIR, ReadAhead
from kg.resolve import draft, resolve
from kg.tasks import (
    BuildStats,
    ProgressHook,
    crashed_outcome,
    init_pool_worker,
    init_worker,
    run_task,
)
from schema import (
    BuildReport,
    Document,
    DocumentFacts,
    Edge,
    Label,
    Node,
    Problem,
    RelType,
)

__all__ = ["BuildStats", "ProgressHook", "build", "extract_graph", "write_build"]

DEFAULT_INPUT = Path("data/raw")
DEFAULT_OUTPUT = Path("data/graph")


def extract_graph(documents: Iterable[Document]) -> tuple[list[Node], list[Edge]]:
    """Extract and resolve in-memory documents, with the corpus pass of :mod:`kg.corpus_firms`; writes nothing."""
    documents = list(documents)
    return resolve(refine_in_memory(documents, [extract_facts(doc) for doc in documents]))


def _report(facts: list[DocumentFacts], problems: list[Problem], nodes: list[Node], edges: list[Edge]) -> BuildReport:
    return BuildReport(
        documents=sorted(f.doc_id for f in facts),
        characters=sum(f.characters for f in facts),
        nodes_by_label=_counts(Counter(map(attrgetter("label"), nodes))),
        edges_by_type=_counts(Counter(map(attrgetter("type"), edges))),
        problems=sorted(problems, key=lambda p: p.file),
        pipeline_version=__version__,
    )


def _counts(counts: Counter[Label] | Counter[RelType]) -> dict[str, int]:
    """Counts per label or type, by its value, in value order."""
    return dict(sorted((key.value, count) for key, count in counts.items()))


def write_build(nodes: list[Node], edges: list[Edge], report: BuildReport, staging: Path, *,
                processes: int = 1, made: MadeRows | None = None) -> None:
    """Write the contract files of a build into ``staging`` from :func:`kg.resolve.resolve`'s sorted records (a
    large graph's edges in two processes when ``processes`` is 2 or more: :mod:`kg.splitwrite`; ``made``: edges'
    rows made ahead)."""
    write_graph_files(nodes, edges, staging, processes=processes, made=made, ordered=True)  # resolve sorts them
    (staging / REPORT_FILE).write_text(dumps(report.model_dump()) + "\n", encoding="utf-8")


def _check_input(input_dir: Path) -> None:
    """Refuse an input that is not a folder (missing, or a single file), naming it."""
    if input_dir.is_file():
        raise InputError(str(input_dir), "is a file, not a folder of documents",
                         "put it in a folder of its own and pass --input DIR")
    if not input_dir.is_dir():
        raise InputError(str(input_dir), "input folder does not exist", "pass --input DIR")


def _check_out(out_dir: Path) -> None:
    """Refuse an output path that a build would destroy: a file, or a folder that no build wrote.

    A build replaces the whole folder, so ``--out ~/Documents`` would delete what it holds. A folder a
    build wrote has its ``report.json``; files added to it since (the query store, exports) go with it.
    """
    if not out_dir.exists():
        return
    hint = "pass --out a new or empty folder, or one that kg build wrote"
    if not out_dir.is_dir():
        raise InputError(str(out_dir), "is a file, not a build folder", hint)
    try:
        if not any(out_dir.iterdir()):
            return
        report = json.loads((out_dir / REPORT_FILE).read_bytes())  # of any kg version
        if isinstance(report, dict) and "documents" in report and "nodes_by_label" in report:
            return
    except (OSError, ValueError):  # no report, or not JSON
        pass
    raise InputError(str(out_dir), "is a folder that kg build did not write (it has no build report), "
                     "and a build would replace all of it", hint)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # somebody else's live process
    return True


def _remove_stale(out_dir: Path) -> None:
    """Delete staging and old-build folders left by builds that were killed (their process is gone)."""
    for pattern in (f".{out_dir.name}.building-*", f".{out_dir.name}.old-*"):
        for folder in out_dir.parent.glob(pattern):
            pid = folder.name.rsplit(".", 1)[-1].split("-")[1]
            if pid.isdigit() and not _pid_alive(int(pid)) and folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``staging`` with two renames (the old one removed after)."""
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        os.replace(out_dir, old)
    os.replace(staging, out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def build(input_dir: Path = DEFAULT_INPUT, out_dir: Path = DEFAULT_OUTPUT, *, jobs: int = 1,
          progress: bool = False, on_file: ProgressHook | None = None, cache: bool = True,
          stats: BuildStats | None = None) -> BuildReport:
    """Build the graph of every document under ``input_dir`` into ``out_dir``.

    Args:
        input_dir: folder of documents (searched recursively).
        out_dir: build folder; replaced only when the new build is complete.
        jobs: worker processes for extraction (1 = in this process; when some files come from the
            cache and others are new, in one worker that loads the pipeline while this process reads
            the cached facts).
        progress: show a progress bar on stderr.
        on_file: called after each file (for CLIs and tests); not at all when the previous build is kept.
        cache: reuse the facts cached in ``out_dir`` for unchanged files, and keep ``out_dir`` as it is
            when nothing the build reads has changed (:mod:`kg.buildkey`); False: extract all.
        stats: if given, filled with the documents extracted / taken from the cache, whether the previous
            build was kept, and stage times.

    Returns:
        The build report (also written as ``report.json``).
    """
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    stats = stats if stats is not None else BuildStats()
    paths, problems = _discovered(input_dir, out_dir, stats)
    staging = _staging_folder(out_dir)
    hook: ProgressHook | None = None
    try:
        collector = _collector(paths, input_dir, out_dir, staging, cache, stats)
        key, kept = _key_and_kept(collector, out_dir, cache, problems, stats)
        if kept is not None:
            stats.kept = True
            return kept
        hook = collector.on_file = _progress(len(paths), progress, on_file)
        report = _graph_into(staging, collector, jobs, problems, hook, stats)
        _swap_in_build(staging, out_dir, key, report, collector, stats)
    finally:
        _clean_up(hook, staging)
    return report


def _discovered(input_dir: Path, out_dir: Path, stats: BuildStats) -> tuple[list[Path], list[Problem]]:
    """The files to build from under ``input_dir`` (each doc id once; none under ``out_dir``) and the problems
    found in discovery, after refusing an input or output folder the build cannot use."""
    from kg.ingest import discover, unique_ids

    _check_input(input_dir)
    _check_out(out_dir)
    with stats.timer("discover"):
        paths, problems = discover(input_dir, skip=(out_dir,))
        paths, clashes = unique_ids(paths, input_dir)
        problems += clashes
    return paths, problems


def _staging_folder(out_dir: Path) -> Path:
    """A new staging folder beside ``out_dir``, named with this process's id, once the folders of killed
    builds are removed."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(out_dir)
    return Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-{os.getpid()}-", dir=out_dir.parent))


def _collector(paths: list[Path], input_dir: Path, out_dir: Path, staging: Path, cache: bool,
               stats: BuildStats) -> Collector:
    """The collector of the documents at ``paths``, with the facts cached in ``out_dir`` unless ``cache`` is False."""
    store = FactsCache(out_dir if cache and out_dir.is_dir() else None, staging)
    return Collector(paths, input_dir, staging, store, None, stats)


def _swap_in_build(staging: Path, out_dir: Path, key: str | None, report: BuildReport, collector: Collector,
                   stats: BuildStats) -> None:
    """Write the build's manifest into ``staging`` when the next build may keep it, and swap it in for ``out_dir``."""
    with stats.timer("writing"):
        # A skipped file is tried again next time; a file that changed while it was read is read again.
        if key is not None and not report.problems and not collector.changed_while_read:
            write_manifest(staging, key, collector.cache.text_hashes)
        _swap_in(staging, out_dir)


def _clean_up(hook: ProgressHook | None, staging: Path) -> None:
    """Close the progress bar, if any, and remove ``staging`` if the build did not swap it in."""
    if isinstance(hook, _Bar):
        hook.close()
    if staging.exists():
        shutil.rmtree(staging, ignore_errors=True)


def _graph_into(staging: Path, collector: Collector, jobs: int, problems: list[Problem], hook: ProgressHook | None,
                stats: BuildStats) -> BuildReport:
    """Extract every document (or take its facts from the cache), resolve the graph and write it into ``staging``."""
    with frozen_while(), young_generation():
        overlap, prepared = _collect(collector, jobs, stats)
        _refine(collector, jobs, hook, stats)
    facts = collector.take_results()
    problems = problems + collector.problems
    with gc_paused():  # one pause: a collection between the steps would walk every record
        _stage(hook, "resolving the graph")
        with stats.timer("resolution"):
            nodes, edges = resolve(facts, prepared=prepared)
            report = _report(facts, problems, nodes, edges)
        made = prepared.rows if prepared is not None else None  # the drafted edges' rows
        # The facts are freed (by reference counting, before the collector is back on) before the
        # graph is written, whose rows then reuse their memory: the peak is the larger of the two.
        del facts, prepared
        _stage(hook, "writing the graph")
        with stats.timer("writing"):
            # Two processes when the build already uses more than this one (the same bytes).
            write_build(nodes, edges, report, staging, processes=2 if jobs > 1 or overlap else 1, made=made)
        del nodes, edges, made  # freed while the collector is still off
    return report


def _key_and_kept(collector: Collector, out_dir: Path, cache: bool, problems: list[Problem],
                  stats: BuildStats) -> tuple[str | None, BuildReport | None]:
    """The build's key (None after a problem in discovery or a file that cannot be read) and, when the
    build in ``out_dir`` was made with the same key and is as it was left, its report (see :mod:`kg.buildkey`)."""
    key = None if problems else build_key(collector.inputs())
    if not cache or key is None:
        return key, None
    with stats.timer("cache"):
        return key, kept_report(out_dir, key)


def _collect(collector: Collector, jobs: int, stats: BuildStats) -> tuple[bool, Prepared | None]:
    """Run the collector's tasks (in this process or in workers) and hand back every outcome. Returns whether
    one job extracted the new files in a worker while this process read the cached facts, and then the share of
    resolution this process made of those while the worker was still busy (:mod:`kg.doc_parts`,
    :func:`kg.resolve.draft`)."""
    # A rebuild that reads cached facts and extracts new files with one job extracts them in one forked
    # worker, which loads the pipeline while this process reads the cached facts.
    overlap = jobs == 1 and start_method() == FORK and collector.mixed()
    method = FORK if overlap else start_method() if jobs > 1 else None
    # Otherwise loaded here before the first task, also for forked workers (they share it);
    # spawned ones load their own. Forked workers find the first files read while it loads.
    here = method is None or (method == FORK and not overlap)
    ahead = _reader(collector) if method == FORK and here else None
    prepared: list[Prepared] = []

    def load() -> None:
        with stats.timer("load"):
            init_worker()
        if ahead is not None:
            ahead.stop()  # the workers have both cores from now on

    try:
        tasks = collector.tasks(before_first=load if here else None, largest_first=jobs > 1,
                                entries=jobs > 1 or overlap, new_first=overlap,
                                ahead=ahead.folder if ahead else None)
        for outcome in ordered_map(run_task, tasks, jobs=jobs, initializer=init_pool_worker, method=method,
                                   in_process=jobs == 1 and not overlap, on_crash=crashed_outcome,
                                   while_waiting=partial(_ahead, collector, stats, prepared) if overlap else None):
            collector.receive(outcome)
            settle()  # the facts kept so far stay out of later collections
    finally:
        if ahead is not None:
            ahead.close()
            stats.read_ahead = ahead.read
    return overlap, prepared[0] if prepared else None


def _ahead(collector: Collector, stats: BuildStats, out: list[Prepared], ready: Callable[[], bool]) -> None:
    """Make resolution's share of the documents read so far into ``out`` while a worker extracts the new ones
    (until ``ready``). Parts are resolution's work anyway; names decided twice and rows made here pay only while
    the worker is still busy (a large corpus's cached facts take longer to read than one file to extract)."""
    with stats.timer("resolution ahead"), gc_paused():
        out.append(prepare(collector.results()))
        if not ready():
            draft(out[0], rows=ready)
        gc.freeze()  # records only: the collections after the worker's outcomes need not walk them
    stats.prepared = len(out[0].parts)


def _refine(collector: Collector, jobs: int, hook: ProgressHook | None, stats: BuildStats) -> None:
    """Extract again the documents that write short forms of companies other documents register
    (:mod:`kg.corpus_firms`): in this process when there is one, else in ``jobs`` workers."""
    with stats.timer("corpus firms"):
        known = collector.known_firms()
    if not known:
        return
    _stage(hook, f"re-reading {len(known)} document(s) for firms other documents register")
    tasks = list(collector.refine_tasks(known))
    here = jobs <= 1 or len(tasks) <= 1
    for outcome in ordered_map(run_task, tasks, jobs=jobs, initializer=init_pool_worker, in_process=here,
                               method=None if here else start_method(), on_crash=crashed_outcome):
        collector.receive(outcome)
        settle()


def _reader(collector: Collector) -> ReadAhead | None:
    """A reader of the first files to extract, while this process loads the pipeline for forked workers."""
    files = collector.to_read(largest_first=True)
    return ReadAhead(files, collector.root, collector.staging / READ_AHEAD_DIR) if files else None


class _Bar:
    """A tqdm progress bar as an ``on_file`` hook that also calls the caller's hook."""

    def __init__(self, total: int, on_file: ProgressHook | None) -> None:
        from kg.progress import progress_bar

        self.bar = progress_bar(total=total, unit="doc", desc="kg build", leave=False)
        self.on_file = on_file

    def __call__(self, path: Path, facts: DocumentFacts | None, problem: Problem | None) -> None:
        self.bar.set_postfix_str(path.name[:30])
        self.bar.update(1)
        if self.on_file:
            self.on_file(path, facts, problem)

    def stage(self, what: str) -> None:
        """Show what the build does once every file is done (resolution and writing take a while on large corpora)."""
        self.bar.set_postfix_str(what)

    def close(self) -> None:
        self.bar.close()


def _stage(hook: ProgressHook | None, what: str) -> None:
    if isinstance(hook, _Bar):
        hook.stage(what)


def _progress(total: int, progress: bool, on_file: ProgressHook | None) -> ProgressHook | None:
    return _Bar(total, on_file) if progress else on_file
