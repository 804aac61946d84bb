"""The runnable examples in the docstrings of every module of kg, extractors and schema hold.

Each module is tested on its own, from the repository's root (some examples read ``data/``).
A module with no example still counts: importing it must work. ``__main__`` modules run the
command line when imported and are left out.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("kg", "extractors", "schema")


def _modules() -> list[str]:
    names = []
    for package in PACKAGES:
        path = [str(ROOT / package)]
        names.append(package)
        names += [m.name for m in pkgutil.walk_packages(path, f"{package}.") if not m.name.endswith("__main__")]
    return sorted(names)


MODULES = _modules()


def test_every_package_is_walked() -> None:
    assert {"kg.ingest.normalize", "extractors.names", "extractors.name_chains", "schema.document"} <= set(MODULES)
    assert len(MODULES) > 100


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    module = importlib.import_module(name)
    assert doctest.testmod(module, report=False).failed == 0
