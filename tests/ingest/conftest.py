"""Fixtures: the five corpus documents, read once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_document
from schema.document import Document

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
IDS = {
    "000": "000_17af52ff73862fb3",
    "001": "001_dca65eff52622e9e",
    "002": "002_34b45a5f1536be31",
    "003": "003_589e890b1d42e119",
    "004": "004_ad38006bb705dce7",
}


@pytest.fixture(scope="session")
def corpus() -> dict[str, Document]:
    """The corpus documents keyed by their three-digit prefix."""
    return {key: read_document(RAW / f"{name}.txt", root=RAW) for key, name in IDS.items()}
