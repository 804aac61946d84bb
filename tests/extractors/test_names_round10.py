"""Name fixes found reading the corpus graph (tenth session): honours won listed one after the other, kinds of
body listed as bodies, a brand's items written without their marks, and a station's hub."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.extractors.test_names import names


@pytest.mark.parametrize(("text", "honours"), [
    # 002: the clause marks were lost between the three honours won
    ("获评国家级医养结合试点单位国家级妇幼健康优质服务示范区首批国家级健康促进示范区,成功创建国家慢病示范区。",
     {"国家级妇幼健康优质服务示范区", "国家级健康促进示范区", "国家慢病示范区"}),
    ("荣获全国文明城区、国家级北辰现代农业示范区。", {"国家级北辰现代农业示范区"}),
    ("被评为全国科普示范区和国家级休闲农业示范区。", {"全国科普示范区", "被评为全国科普示范区"}),
])
def test_honours_listed_after_the_verb_are_honours(text: str, honours: set[str]) -> None:
    assert not honours & {n for _, n in names(text)}


def test_a_park_after_a_listed_honour_and_a_new_clause_is_a_park() -> None:
    found = {n for label, n in names("获评国家级医养结合试点单位,建设中关村科技园。") if label == "Park"}
    assert "中关村科技园" in found


@pytest.mark.parametrize(("text", "kind", "kept"), [
    ("引导京津冀区域内商业银行等金融机构与园区企业开展金融对接。", "商业银行", None),
    ("联合中国银行、渤海银行、政策性银行等金融机构。", "政策性银行", "渤海银行"),
    ("支持高校、科研院所等机构入驻。", "科研院所", None),
    ("推进国家实验室建设,集中突破一批核心关键技术。", "国家实验室", None),
])
def test_kinds_of_body_are_no_bodies(text: str, kind: str, kept: str | None) -> None:
    found = {n for _, n in names(text)}
    assert kind not in found and (kept is None or kept in found)


def test_a_brands_items_without_marks_are_no_name() -> None:
    """002: 信易游信易行… (five 信易 services, no 、 between them) and the 系列… after 等 name no project."""
    found = {n for _, n in names("鼓励市场机构开展信易游信易行信易租信易阅信易购等系列信易+应用示范项目。")}
    assert not {n for n in found if n.startswith(("信易", "系列"))}


@pytest.mark.parametrize(("name", "glued"), [
    ("信易游信易行信易租", True), ("信易游信易行", False), ("天津港天津港保税区", False), ("北京路北京城北京站", True),
])
def test_three_times_the_same_two_characters_is_a_glued_list(name: str, glued: bool) -> None:
    from extractors.name_filters import GLUED_LIST

    assert (GLUED_LIST.search(name) is not None) is glued


def test_a_stations_hub_is_the_station(corpus_build: Path) -> None:
    """002 writes 京滨城际北辰站枢纽 once: the station (京滨高铁北辰站), not a project of its own."""
    nodes = {json.loads(line)["id"]: json.loads(line)
             for line in (corpus_build / "nodes.jsonl").read_text(encoding="utf-8").splitlines()}
    assert "Project:京滨城际北辰站枢纽" not in nodes
    assert "京滨城际北辰站枢纽" in nodes["Project:京滨高铁北辰站"]["aliases"]


@pytest.mark.parametrize(("text", "bureaus"), [
    # from a chain plan in 即墨区's wording: the district's bureaus written 区X局 (ANNOTATION.md rule 17)
    ("即墨区\n区自然资源局每年安排工业用地。由区发展和改革局会同区统计局按季度通报。",
     {"即墨区自然资源局", "即墨区发展和改革局", "即墨区统计局"}),
    ("湘潭县\n县工业和信息化局牵头。", {"湘潭县工业和信息化局"}),
])
def test_a_districts_bureau_written_short_is_named_with_the_district(text: str, bureaus: set[str]) -> None:
    assert bureaus <= {n for label, n in names(text) if label == "Organization"}


@pytest.mark.parametrize("text", ["园区统计局负责。", "社区管理局。", "北辰区\n优化区域布局。"])
def test_a_word_ending_in_qu_before_a_bureau_is_no_district(text: str) -> None:
    assert not {n for label, n in names(text) if label == "Organization"}
