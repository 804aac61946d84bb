"""Shared fixtures: the real corpus and one build of it per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The five corpus files."""
    return RAW


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder of the real corpus (built once per session)."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("corpus") / "graph"
    report = build(RAW, out)
    assert report.documents and not report.problems
    return out


@pytest.fixture(scope="session")
def corpus_facts() -> list:
    """The extracted facts (``schema.DocumentFacts``) of the corpus files, in file order."""
    from kg.extract import extract_facts
    from kg.ingest import read_document

    return [extract_facts(read_document(path, root=RAW)) for path in sorted(RAW.glob("*.txt"))]
