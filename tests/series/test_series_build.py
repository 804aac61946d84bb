"""The probe series (``tests/series/``, see its README) built as one corpus: every text builds, each series finds its
district in each of its texts, and every relationship's evidence is the text at its offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.pipeline import build

SERIES = Path(__file__).parent
#: Each series' district, by its folder's name after the session number.
DISTRICTS = {"keqiao": "柯桥区", "xinbei": "新北区", "chengyang": "城阳区", "jiangjin": "江津区", "xinzheng": "新郑市",
             "huangpi": "黄陂区", "haining": "海宁市", "ninghe": "宁河区", "qixia": "栖霞区", "jinwan": "金湾区",
             "yuyao": "余姚市", "longhua": "龙华区", "wenjiang": "温江区", "lucheng": "鹿城区", "laixi": "莱西市", "yaohai": "瑶海区",
             "yongchuan": "永川区", "xiangan": "翔安区", "changqing": "长清区", "qingbaijiang": "青白江区", "lintong": "临潼区",
             "tiexi": "铁西区", "shangyu": "上虞区", "chancheng": "禅城区", "qingshanhu": "青山湖区", "binjiang": "滨江区",
             "hanyang": "汉阳区", "minhou": "闽侯县", "jiashan": "嘉善县", "laishan": "莱山区", "gulou": "鼓楼区", "anning": "安宁区"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph of every series, built once for the module."""
    out = tmp_path_factory.mktemp("series") / "graph"
    build(SERIES, out, cache=False)
    return out


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_series_text_builds_without_a_problem(built: Path) -> None:
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    texts = sorted(str(p.relative_to(SERIES).with_suffix("")) for p in SERIES.glob("*/*.txt"))
    assert report["problems"] == [] and report["documents"] == texts


def test_each_series_finds_its_district_in_each_of_its_texts(built: Path) -> None:
    regions = {n["name"]: set(n["docs"]) for n in _rows(built / "nodes.jsonl") if n["label"] == "Region"}
    for folder in sorted(p for p in SERIES.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
        district = DISTRICTS[folder.name.split("-", 1)[1]]
        texts = {f"{folder.name}/{p.stem}" for p in folder.glob("*.txt")}
        assert texts <= regions.get(district, set()), (folder.name, district)


def test_every_relationships_evidence_is_the_text_at_its_offsets(built: Path) -> None:
    texts: dict[str, str] = {}
    checked = 0
    for edge in _rows(built / "edges.jsonl"):
        for ev in edge.get("evidence") or []:
            if ev["doc"] not in texts:
                texts[ev["doc"]] = (built / "texts" / f"{ev['doc']}.txt").read_text(encoding="utf-8")
            assert texts[ev["doc"]][ev["start"]:ev["end"]] == ev["sentence"], (edge["source"], edge["type"], edge["target"])
            checked += 1
    assert checked > 1000
