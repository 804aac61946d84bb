"""Helpers shared by the export and notebook tests: one corpus build per session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def corpus_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build ``data/raw`` into the session's temporary folder once and return the folder."""
    from kg.pipeline import build

    out = tmp_path_factory.getbasetemp() / "corpus_graph"
    if not (out / "nodes.jsonl").is_file():
        build(REPO / "data" / "raw", out)
    return out
