"""The runnable examples in the docstrings of kg.ingest hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["assemble", "chrome", "discover", "formats", "lines", "metadata", "normalize", "parts",
           "patterns", "readers", "sections", "sentences", "tables"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    module = importlib.import_module(f"kg.ingest.{name}")
    result = doctest.testmod(module)
    assert result.failed == 0
