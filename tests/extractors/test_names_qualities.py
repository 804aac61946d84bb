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
