"""Fixtures of the export tests: the hand-made sample folder and the real corpus graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exports.helpers import corpus_graph

SAMPLE = Path(__file__).parent / "fixtures" / "sample"


@pytest.fixture(scope="session")
def corpus_graph_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five corpus documents built once per session into a temporary folder."""
    return corpus_graph(tmp_path_factory)


@pytest.fixture(scope="session", params=["sample", "corpus"])
def graph_dir(request: pytest.FixtureRequest) -> Path:
    """Each build folder the exports are checked on: the sample, then the real corpus."""
    if request.param == "sample":
        return SAMPLE
    return request.getfixturevalue("corpus_graph_dir")
