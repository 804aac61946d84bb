"""``kg eval``: score the pipeline against the gold set (tests/gold)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.table import Table

from kg.cli.common import run_or_fail

if TYPE_CHECKING:  # kg.evaluate (the gold reader, YAML) is imported when ``kg eval`` runs, not by every command
    from kg.evaluate import EvalReport, Score, SplitReport

DEFAULT_GOLD = Path("tests/gold")


def _score_row(name: str, score: Score) -> list[str]:
    return [name, str(score.tp), str(score.fp), str(score.fn),
            f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}"]


def _table(title: str, first: str, rows: dict[str, Score], total: Score | None = None) -> Table:
    table = Table(title=title, title_justify="left")
    for col in (first, "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col == first else "right")
    for key in sorted(rows):
        table.add_row(*_score_row(key, rows[key]))
    if total is not None:
        table.add_row(*_score_row("micro total", total), style="bold")
    return table


def _print_split(console: Console, name: str, rep: SplitReport) -> None:
    console.rule(f"[bold]{name}[/]: {rep.passages} passages, {rep.characters} characters")
    kinds = {"entities": rep.entities, "relations": rep.relations}
    if rep.stages.tp + rep.stages.fn:  # the gold records stages in this half
        kinds["stages"] = rep.stages
    totals = _table("totals", "kind", kinds)
    console.print(totals)
    console.print(_table("entities by label", "label", rep.by_label, rep.entities))
    console.print(_table("relations by type", "type", rep.by_type, rep.relations))


def _print_errors(console: Console, report: EvalReport, limit: int) -> None:
    console.rule("[bold]misses and false positives[/] (first %d of each per passage)" % limit)
    for res in report.passages:
        lists = (("missed entities", res.entity_misses), ("false entities", res.entity_false_positives),
                 ("missed relations", res.relation_misses), ("false relations", res.relation_false_positives),
                 ("stages", res.stage_misses))
        if not any(items for _, items in lists) and not res.error:
            continue
        console.print(f"[bold]{res.id}[/] ({res.split})")
        if res.error:
            console.print(f"  [red]pipeline error:[/] {res.error}")
        for title, items in lists:
            if items:
                shown = ", ".join(items[:limit]) + (f" … (+{len(items) - limit})" if len(items) > limit else "")
                console.print(f"  {title} ({len(items)}): {shown}", soft_wrap=True)


@click.command("eval")
@click.option("--gold", "gold_dir", type=click.Path(path_type=Path), default=DEFAULT_GOLD, show_default=True,
              help="Gold folder (with corpus/ and synthetic/ subfolders, or YAML files directly).")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--split", type=click.Choice(["corpus", "synthetic", "all"]), default="all", show_default=True,
              help="Which half of the gold set to score.")
@click.option("--show-errors", "show_errors", type=int, default=5, show_default=True,
              help="Misses and false positives to list per passage (0: none).")
def eval_command(gold_dir: Path, as_json: bool, split: str, show_errors: int) -> None:
    """Run the pipeline on the gold passages and print precision, recall and F1.

    Scores are given per entity label, per relationship type and as
    micro-averaged totals, separately for the corpus half, the synthetic half
    and both. Example: ``kg eval --split synthetic --show-errors 10``.
    """
    from kg.evaluate import evaluate

    report = run_or_fail(lambda: evaluate(gold_dir, split=split))
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return
    console = Console()
    halves = [name for name in report.splits if name != "all"]
    for name, rep in report.splits.items():
        if name != "all" or len(halves) > 1:  # with one half scored, "all" would repeat its tables
            _print_split(console, name, rep)
    if show_errors > 0:
        _print_errors(console, report, show_errors)


COMMANDS: list[click.Command] = [eval_command]
