"""The load-time pickle caches read only files that nobody but the user could have written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg import disk_cache


def test_round_trip_in_a_private_folder(tmp_path: Path) -> None:
    path = tmp_path / "kg" / "words.pickle"
    disk_cache.store(path, frozenset({"北辰区", "双街镇"}))
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert disk_cache.load(path, frozenset) == frozenset({"北辰区", "双街镇"})
    assert not [p for p in path.parent.iterdir() if p.suffix == ".tmp"]


def test_a_file_others_can_write_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "words.pickle"
    disk_cache.store(path, frozenset({"北辰区"}))
    os.chmod(path, 0o666)
    assert disk_cache.load(path, frozenset) is None


def test_a_file_in_a_folder_others_can_write_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    path = folder / "words.pickle"
    disk_cache.store(path, frozenset({"北辰区"}))
    os.chmod(folder, 0o777)
    try:
        assert disk_cache.load(path, frozenset) is None
    finally:
        os.chmod(folder, 0o700)


def test_wrong_type_missing_or_corrupt_files_give_none(tmp_path: Path) -> None:
    path = tmp_path / "x.pickle"
    disk_cache.store(path, ["not", "a", "set"])
    assert disk_cache.load(path, frozenset) is None
    assert disk_cache.load(tmp_path / "missing.pickle", frozenset) is None
    path.write_bytes(b"\x80\x05garbage")
    assert disk_cache.load(path, list) is None


def test_default_folder_is_per_user_not_the_shared_temp_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert disk_cache.cache_dir() == tmp_path / "kg"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert disk_cache.cache_dir() == Path.home() / ".cache" / "kg"
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "explicit"))
    assert disk_cache.cache_dir() == tmp_path / "explicit"


def test_an_unwritable_folder_costs_only_the_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    disk_cache.store(blocker / "words.pickle", frozenset({"北辰区"}))  # no exception
    assert disk_cache.load(blocker / "words.pickle", frozenset) is None


def test_a_family_keeps_only_its_newest_files(tmp_path: Path) -> None:
    folder = tmp_path / "kg"
    other = folder / "lexicon-v1-a.bin"
    disk_cache.store_bytes(other, b"another family")
    for i in range(disk_cache.KEEP + 3):
        path = folder / f"gazetteer-{i:02d}.pickle"
        disk_cache.store(path, i, family="gazetteer-*.pickle")
        os.utime(path, ns=(10**18 + i, 10**18 + i))  # strictly newer than the ones before
    kept = sorted(p.name for p in folder.glob("gazetteer-*.pickle"))
    assert kept == [f"gazetteer-{i:02d}.pickle" for i in range(3, disk_cache.KEEP + 3)]
    assert other.read_bytes() == b"another family"
    assert disk_cache.load(folder / f"gazetteer-{disk_cache.KEEP + 2:02d}.pickle", int) == disk_cache.KEEP + 2


def test_prune_leaves_the_newest_and_reports_what_it_removed(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"jieba-{i}.pickle").write_bytes(b"x")
        os.utime(tmp_path / f"jieba-{i}.pickle", ns=(10**18 + i, 10**18 + i))
    removed = disk_cache.prune(tmp_path, "jieba-*.pickle", keep=1)
    assert sorted(p.name for p in removed) == ["jieba-0.pickle", "jieba-1.pickle"]
    assert [p.name for p in tmp_path.iterdir()] == ["jieba-2.pickle"]
