"""Documents are read and extracted one at a time: no document outlives its own extraction."""

from __future__ import annotations

import gc
from pathlib import Path

from kg.pipeline import build
from schema import Document, DocumentFacts, Problem
from tests.pipeline.conftest import MEDIUM, SMALL, copy_docs


def _live_documents() -> int:
    # A build freezes what survives each document out of the collector's walks (kg.gcpause), and
    # gc.get_objects() does not list frozen objects: unfreeze first so that every object is seen.
    gc.unfreeze()
    gc.collect()
    return sum(1 for obj in gc.get_objects() if isinstance(obj, Document))


def test_jobs_1_holds_one_document_at_a_time(tmp_path: Path) -> None:
    raw = copy_docs(tmp_path / "raw", SMALL + (MEDIUM,))
    live: list[int] = []
    order: list[str] = []

    def hook(path: Path, facts: DocumentFacts | None, problem: Problem | None) -> None:
        order.append(path.stem)
        live.append(_live_documents())

    baseline = _live_documents()
    build(raw, tmp_path / "graph", on_file=hook, cache=False)
    assert order == sorted(SMALL + (MEDIUM,))
    assert live == [baseline] * len(order)  # the finished document is gone, the next one not read yet
