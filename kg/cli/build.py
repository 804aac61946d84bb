"""``kg build``: documents in, graph folder out."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kg.cli.common import run_or_fail, terminate_as_interrupt
from kg.compiled import PURE_ENV, from_source_modules
from kg.pipeline import DEFAULT_INPUT, DEFAULT_OUTPUT, BuildStats, build
from kg.timing import peak_memory
from schema import BuildReport, DocumentFacts, Problem

_err = Console(stderr=True)


class _Problems:
    """Prints each skipped file once: when the build meets it, or from the report after the build (files
    skipped while the input folder was searched)."""

    def __init__(self) -> None:
        self.shown: set[tuple[str, str]] = set()

    def __call__(self, path: Path, facts: DocumentFacts | None, problem: Problem | None) -> None:
        if problem is not None:
            self.show(problem)

    def show(self, problem: Problem) -> None:
        if (problem.file, problem.problem) in self.shown:
            return
        self.shown.add((problem.file, problem.problem))
        hint = f" — {problem.hint}" if problem.hint else ""
        # file names and messages are text, not rich markup: "草稿[/旧]/a.txt" raised MarkupError
        _err.print(f"[yellow]skipped[/yellow] {escape(f'{problem.file}: {problem.problem}{hint}')}",
                   highlight=False, soft_wrap=True)


def _summary(report: BuildReport, out: Path) -> Table:
    title = f"kg build → {out}"
    # as wide as its title, so that a long output path is not cut in lines inside the title (up to the terminal's width)
    table = Table(title=escape(title), show_header=True, min_width=cell_len(title))
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents", str(len(report.documents)))
    table.add_row("characters", f"{report.characters:,}")
    for label, count in report.nodes_by_label.items():
        table.add_row(f"node {label}", str(count))
    for rel, count in report.edges_by_type.items():
        table.add_row(f"edge {rel}", str(count))
    table.add_row("problems", str(len(report.problems)))
    return table


def _peak_memory() -> str:
    """Peak resident memory of this process and of its largest worker process."""
    main, worker = peak_memory()
    text = f"peak memory {main / 2**20:,.0f} MiB"
    return text + (f", largest worker {worker / 2**20:,.0f} MiB" if worker else "")


def _timings(stats: BuildStats) -> Table:
    table = Table(title="seconds per stage", show_header=True)
    table.add_column("stage")
    table.add_column("seconds", justify="right")
    for stage, seconds in stats.timer.seconds.items():
        table.add_row(stage, f"{seconds:.2f}")
    return table


@click.command("build")
@click.option("--input", "input_dir", type=click.Path(path_type=Path), default=DEFAULT_INPUT,
              show_default=True, help="Folder of documents (.txt, .html, .docx, .pdf), searched recursively.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUTPUT,
              show_default=True, help="Build folder: new, empty, or written by an earlier kg build; replaced only when "
                   "the new build is complete.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for extraction (with 1, a rebuild that adds files extracts them in one "
                   "worker while the cached facts are read).")
@click.option("--no-cache", is_flag=True,
              help="Extract every document again instead of reusing the facts cached in --out/.cache (and build even "
                   "when nothing changed).")
@click.option("--timings", is_flag=True,
              help="Print seconds per stage, how many documents came from the cache, and peak memory.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary table.")
def build_command(input_dir: Path, out_dir: Path, jobs: int, no_cache: bool, timings: bool, quiet: bool) -> None:
    """Build the knowledge graph of every document under --input into --out.

    Writes nodes.jsonl, edges.jsonl, kg.graphml, report.json and the
    normalised texts (texts/) that evidence offsets point into. A file that
    cannot be used is reported and skipped; the exit code is 1 if any was.
    Unchanged documents are taken from the cache of the previous build, and
    when nothing changed at all (documents, kg's code) the previous build is
    kept as it is (--no-cache extracts all); --jobs N extracts in N worker
    processes with the same output bytes.
    """
    progress = not quiet and sys.stderr.isatty()
    stats, problems = BuildStats(), _Problems()
    with terminate_as_interrupt():
        report = run_or_fail(lambda: build(input_dir, out_dir, jobs=jobs, progress=progress,
                                           on_file=problems, cache=not no_cache, stats=stats))
    for problem in report.problems:
        problems.show(problem)
    if stats.kept and not quiet:
        _err.print(f"nothing changed since the last build into {escape(str(out_dir))}: kept it (--no-cache builds "
                   "again)", highlight=False, soft_wrap=True)
    if not quiet:
        Console().print(_summary(report, out_dir))
        if hint := _from_source_hint():
            _err.print(hint, highlight=False, soft_wrap=True)
    if timings:
        console = Console()
        done = "kept the previous build" if stats.kept else \
            f"extracted {len(stats.extracted)}{_read_ahead(stats)}, from cache {len(stats.cached)}{_refined(stats)}"
        console.print(f"{done}; {_peak_memory()}", highlight=False)
        console.print(_timings(stats))
    if report.problems:
        raise SystemExit(1)


def _from_source_hint() -> str | None:
    """A hint when modules the install compiles ran from their source (kg.compiled), unless asked for."""
    pure = [] if os.environ.get(PURE_ENV) == "1" else from_source_modules()
    if not pure:
        return None
    shown = ", ".join(pure[:3]) + (f" and {len(pure) - 3} more" if len(pure) > 3 else "")
    return (f"{shown} ran from their source, not compiled (edited since the install, or installed without a C "
            "compiler): pip install -e . compiles them, and a build takes about a tenth less")


def _refined(stats: BuildStats) -> str:
    """How many documents were read again for firms other documents register (kg.corpus_firms), if any."""
    again = len(stats.refined) + len(stats.refined_cached)
    return f"; read again for other documents' firms {again} ({len(stats.refined_cached)} from cache)" if again else ""


def _read_ahead(stats: BuildStats) -> str:
    """How many of the extracted files a reader read while the models loaded (``--jobs`` > 1), if any."""
    return f" ({stats.read_ahead} read while the models loaded)" if stats.read_ahead else ""


COMMANDS: list[click.Command] = [build_command]
