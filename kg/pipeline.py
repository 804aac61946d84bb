"""The build, wired in one place: load -> extract -> resolve -> graph -> write.

:func:`build` reads every document under the input folder, skips (and
reports) the ones it cannot use, and writes the build folder atomically: it
writes into a temporary sibling folder and swaps it in only when complete,
so an interrupted build leaves the previous graph intact.

Example:
    >>> from kg.ingest import document_from_text
    >>> nodes, edges = extract_graph([document_from_text("双街镇位于北辰区。", doc_id="t")])
    >>> "Town:双街镇" in {n.id for n in nodes}
    True
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg import __version__
from kg.errors import InputError
from kg.extract import extract_facts
from kg.graphio import GRAPHML_FILE, dumps, write_graph_dir, write_graphml
from kg.resolve import resolve
from schema import BuildReport, Document, DocumentFacts, Edge, Node, Problem

DEFAULT_INPUT = Path("data/raw")
DEFAULT_OUTPUT = Path("data/graph")
TEXTS_DIR = "texts"
REPORT_FILE = "report.json"

#: Called after each file with (path, facts or None, problem or None).
ProgressHook = Callable[[Path, DocumentFacts | None, Problem | None], None]


def extract_graph(documents: Iterable[Document]) -> tuple[list[Node], list[Edge]]:
    """Extract and resolve in-memory documents; writes nothing."""
    return resolve(extract_facts(doc) for doc in documents)


def _process(path: Path, root: Path, texts: Path) -> DocumentFacts:
    """Read, normalise and extract one file; keep its normalised text under ``texts``."""
    from kg.ingest import read_document

    document = read_document(path, root=root)
    target = texts / f"{document.doc_id}.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(document.text, encoding="utf-8", newline="\n")
    try:
        return extract_facts(document)
    except Exception as exc:  # an extractor bug must not lose the other documents
        raise InputError(str(path), f"extraction failed: {type(exc).__name__}: {exc}",
                         "report this file to the kg maintainers") from exc


def iter_facts(paths: list[Path], root: Path, texts: Path, on_file: ProgressHook | None = None) -> Iterator[DocumentFacts | Problem]:
    """Process files one at a time (bounded memory), yielding facts or a problem each."""
    for path in paths:
        try:
            facts: DocumentFacts | Problem = _process(path, root, texts)
        except InputError as exc:
            facts = Problem(file=exc.file, problem=exc.problem, hint=exc.hint)
        if on_file:
            on_file(path, facts if isinstance(facts, DocumentFacts) else None,
                    facts if isinstance(facts, Problem) else None)
        yield facts


def _report(facts: list[DocumentFacts], problems: list[Problem], nodes: list[Node], edges: list[Edge]) -> BuildReport:
    return BuildReport(
        documents=sorted(f.doc_id for f in facts),
        characters=sum(f.characters for f in facts),
        nodes_by_label=dict(sorted(Counter(n.label.value for n in nodes).items())),
        edges_by_type=dict(sorted(Counter(e.type.value for e in edges).items())),
        problems=sorted(problems, key=lambda p: p.file),
        pipeline_version=__version__,
    )


def write_build(nodes: list[Node], edges: list[Edge], report: BuildReport, staging: Path) -> None:
    """Write the contract files of a build into ``staging``."""
    write_graph_dir(nodes, edges, staging)
    write_graphml(nodes, edges, staging / GRAPHML_FILE)
    (staging / REPORT_FILE).write_text(dumps(report.model_dump()) + "\n", encoding="utf-8")


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
          progress: bool = False, on_file: ProgressHook | None = None) -> BuildReport:
    """Build the graph of every document under ``input_dir`` into ``out_dir``.

    Args:
        input_dir: folder of documents (searched recursively).
        out_dir: build folder; replaced only when the new build is complete.
        jobs: worker processes for extraction (1 = in this process).
        progress: show a progress bar on stderr.
        on_file: called after each file (for CLIs and tests).

    Returns:
        The build report (also written as ``report.json``).
    """
    from kg.ingest import discover

    input_dir, out_dir = Path(input_dir), Path(out_dir)
    if not input_dir.is_dir():
        raise InputError(str(input_dir), "input folder does not exist", "pass --input DIR")
    paths, problems = discover(input_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
    try:
        facts: list[DocumentFacts] = []
        for item in _run(paths, input_dir, staging / TEXTS_DIR, jobs, progress, on_file):
            (facts if isinstance(item, DocumentFacts) else problems).append(item)
        nodes, edges = resolve(facts)
        report = _report(facts, problems, nodes, edges)
        write_build(nodes, edges, report, staging)
        _swap_in(staging, out_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return report


def _run(paths: list[Path], root: Path, texts: Path, jobs: int, progress: bool,
         on_file: ProgressHook | None) -> Iterator[DocumentFacts | Problem]:
    texts.mkdir(parents=True, exist_ok=True)
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(paths), unit="doc", desc="kg build", leave=False)

        def hook(path: Path, facts: DocumentFacts | None, problem: Problem | None) -> None:
            bar.set_postfix_str(path.name[:30])
            bar.update(1)
            if on_file:
                on_file(path, facts, problem)

        try:
            yield from iter_facts(paths, root, texts, hook)
        finally:
            bar.close()
    else:
        yield from iter_facts(paths, root, texts, on_file)
