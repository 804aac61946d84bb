"""The gazetteer loads from jionlp's wheel as installed: plain file or the shipped zip."""

from __future__ import annotations

import zipfile
from pathlib import Path

from extractors.gazetteer_data import gazetteer_path, load_gazetteer


def test_gazetteer_loads_from_the_zip_the_wheel_ships(tmp_path: Path) -> None:
    source = gazetteer_path()
    archive = tmp_path / "china_location.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        if source.suffix == ".zip":
            with zipfile.ZipFile(source) as original:
                zf.writestr("china_location.txt", original.read("china_location.txt"))
        else:
            zf.write(source, "china_location.txt")
    gz = load_gazetteer(str(archive))
    assert gz.counties["北辰区"][0].city == "天津市"
    assert "双街镇" in gz.towns[gz.counties["北辰区"][0].code]


def test_cached_gazetteer_equals_a_fresh_parse(tmp_path: Path, monkeypatch) -> None:
    from extractors.gazetteer_data import _cache_file, parse_gazetteer

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    load_gazetteer.cache_clear()
    try:
        first = load_gazetteer()  # parses and writes the cache
        assert _cache_file(gazetteer_path()).is_file()
        load_gazetteer.cache_clear()
        second = load_gazetteer()  # reads the cache
        fresh = parse_gazetteer(gazetteer_path())
        assert second.counties == fresh.counties == first.counties
        assert second.towns == fresh.towns and second.villages == fresh.villages
    finally:
        load_gazetteer.cache_clear()


def _tree_villages() -> dict[tuple[str, str], list[str]]:
    """(county code, town) -> villages, read from the tree's indentation here, independently of the parser."""
    from extractors.gazetteer_data import _gazetteer_lines

    out: dict[tuple[str, str], list[str]] = {}
    code = town = ""
    for line in _gazetteer_lines(gazetteer_path()):
        depth, parts = len(line) - len(line.lstrip("\t")), line.strip().split("\t")
        if depth == 2 and len(parts) == 3:
            code, town = parts[1], ""
        elif depth < 2:
            code = town = ""
        elif depth == 3 and code:
            town = parts[0]
        elif depth == 4 and town:
            out.setdefault((code, town), []).append(parts[0])
    return out


def test_villages_of_every_town_are_the_trees() -> None:
    gz = load_gazetteer()
    expected = _tree_villages()
    assert len(expected) > 40_000
    for code, towns in gz.towns.items():
        for town in towns:
            assert gz.villages_of(code, town) == expected.get((code, town), []), (code, town)
    assert gz.villages_of("no such code", "双街镇") == []
    beichen = gz.counties["北辰区"][0].code
    assert "上蒲口村" in gz.villages_of(beichen, "双街镇")
    assert gz.villages_of(beichen, "双街") == []  # a town's name is matched whole, not as a prefix
