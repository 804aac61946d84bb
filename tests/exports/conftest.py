"""Fixtures of the export tests: the hand-made sample folder and the real corpus graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exports.helpers import awkward_graph, corpus_graph

SAMPLE = Path(__file__).parent / "fixtures" / "sample"


@pytest.fixture(scope="session")
def corpus_graph_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five corpus documents built once per session into a temporary folder."""
    return corpus_graph(tmp_path_factory)


@pytest.fixture(scope="session")
def awkward_graph_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real build of names and sentences holding awkward characters (quotes, delimiters, non-BMP…)."""
    return awkward_graph(tmp_path_factory)


@pytest.fixture(scope="session", params=["sample", "corpus", "awkward"])
def graph_dir(request: pytest.FixtureRequest) -> Path:
    """Each build folder the exports are checked on: the sample, the real corpus, awkward strings."""
    if request.param == "sample":
        return SAMPLE
    return request.getfixturevalue(f"{request.param}_graph_dir")
