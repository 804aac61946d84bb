"""The build summary the README shows is what ``kg build`` gives on the corpus (counts per label and type)."""

from __future__ import annotations

import json
import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"
_ROW = re.compile(r"^│ (documents|characters|node \w+|edge \w+) +│ +([\d,]+) │$", re.MULTILINE)


def test_the_readme_build_summary_is_the_corpus_build(corpus_build: Path) -> None:
    shown = {what: int(count.replace(",", "")) for what, count in _ROW.findall(README.read_text(encoding="utf-8"))}
    report = json.loads((corpus_build / "report.json").read_text(encoding="utf-8"))
    built = {"documents": len(report["documents"]), "characters": report["characters"],
             **{f"node {k}": v for k, v in report["nodes_by_label"].items()},
             **{f"edge {k}": v for k, v in report["edges_by_type"].items()}}
    assert len(shown) > 20
    assert shown == built
