"""Fixtures of the pipeline tests: small input folders made of real corpus files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
#: The three short corpus documents (the two long plans make every build slow).
SMALL = ("000_17af52ff73862fb3", "001_dca65eff52622e9e", "003_589e890b1d42e119")
MEDIUM = "004_ad38006bb705dce7"


def copy_docs(target: Path, names: tuple[str, ...] = SMALL) -> Path:
    """Copy corpus documents into ``target`` (created) and return it."""
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(RAW / f"{name}.txt", target / f"{name}.txt")
    return target


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too) by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_same_tree(left: Path, right: Path) -> None:
    """The two folders hold the same files with the same bytes."""
    a, b = tree_bytes(left), tree_bytes(right)
    assert sorted(a) == sorted(b)
    different = [name for name in a if a[name] != b[name]]
    assert different == []


@pytest.fixture
def small_input(tmp_path: Path) -> Path:
    return copy_docs(tmp_path / "raw")
