"""A quality a plan wants of a kind of place (高品质, 高标准, 高质量, 高起点, 高能级) opens no name: 建设高品质产城融合示范区
describes the zone, it does not name another one."""

from __future__ import annotations

import pytest

from tests.extractors.test_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二是建设高品质产城融合示范区。依托北运河生态区、永定新河生态郊野走廊、栖凤小镇等布置绿色开敞空间。",  # 002
         {("Park", "栖凤小镇")}),
        # probes in other districts' wording
        ("郫都区将建设高品质公园城市示范区，推进高标准农田建设。", set()),
        ("江宁区高起点规划建设江宁高新区，打造高能级科创平台。", {("Park", "江宁高新区")}),
        ("章丘区推进高质量发展示范区建设，加快明水经济技术开发区转型。", {("Park", "明水经济技术开发区")}),
    ],
)
def test_a_wanted_quality_opens_no_name(text: str, expected: set) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quality and a description of what the place is (…平台, …载体) stand before its name: the name is after them
        ("加快打造高能级科创平台嘉定新城科创中心，集聚一批高端研发机构。", {("Project", "嘉定新城科创中心")}),
        ("全力打造高水平开放载体坪山综合保税区，推进高质量发展。", {("Park", "坪山综合保税区")}),
        ("建设高能级创新平台武进国家高新区智能制造产业园。", {("Park", "武进国家高新区智能制造产业园")}),
        ("高标准建设吴中太湖新城，打造高品质生活示范区。", {("Park", "吴中太湖新城")}),
    ],
)
def test_a_name_after_a_quality_and_its_description(text: str, expected: set) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "天津北辰区：双轮驱动建设宜居宜业北部新城。",  # 000 (c05): a four-character quality opens no name either
        "实现四位一体的特色小镇、活力小镇、文创小镇、宜居小镇。",  # 004 (c18): an industry before 小镇 is a kind of town
        "建设主题公园、生态旅游度假区和现代农业示范区，打造新市镇。",  # 004 (c16): a kind of zone
    ],
)
def test_kinds_of_place_a_plan_wants_are_no_parks(text: str) -> None:
    assert {name for label, name in names(text) if label == "Park"} == set()


def test_a_park_named_by_its_industry_stays() -> None:
    assert ("Park", "生物医药产业园") in names("加快建设生物医药产业园，引进一批龙头企业。")
