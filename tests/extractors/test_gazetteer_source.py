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
