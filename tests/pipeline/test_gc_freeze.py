"""A build freezes finished documents' facts out of the collector's walks, and unfreezes at its end."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from kg.pipeline import build
from tests.pipeline.conftest import RAW


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_build_leaves_nothing_frozen(tmp_path: Path) -> None:
    garbage = _Node()
    ref = weakref.ref(garbage)
    del garbage  # unreachable, but alive until a collection finds the cycle
    gc.disable()  # so that the cycle is still there when the build starts freezing
    try:
        report = build(RAW, tmp_path / "graph", jobs=1, cache=False)
    finally:
        gc.enable()
    assert len(report.documents) == 5
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert ref() is None  # the caller's garbage is collectable again after the build
