"""Extraction quality must not slide back: floors a little under the measured scores.

Raise a floor when the score rises (docs/eval.md keeps the history). The
figures come from running the real pipeline on every gold passage.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import EvalReport, evaluate

GOLD = Path(__file__).resolve().parents[1] / "gold"

#: (split, kind) -> minimum F1. Measured 2026-11-22: corpus 0.791 / 0.691, synthetic 0.881 / 0.714;
#: round 4 (merged): see docs/eval.md for the figures the floors sit under. Round 6 (q6-quality):
#: corpus 0.912 / 0.894, synthetic 0.941 / 0.885 (docs/quality.md); after the merge and COMMON_WORDS
#: (2026-12-02): corpus 0.913 / 0.894, synthetic 0.944 / 0.891.
FLOORS = {
    ("corpus", "entities"): 0.903,
    ("corpus", "relations"): 0.885,
    ("synthetic", "entities"): 0.934,
    ("synthetic", "relations"): 0.881,
}


@pytest.fixture(scope="module")
def report() -> EvalReport:
    return evaluate(GOLD)


@pytest.mark.parametrize(("split", "kind"), sorted(FLOORS))
def test_f1_stays_above_its_floor(report: EvalReport, split: str, kind: str) -> None:
    score = getattr(report.splits[split], kind)
    assert score.f1 >= FLOORS[(split, kind)], f"{split} {kind} F1 fell to {score.f1:.3f}"
