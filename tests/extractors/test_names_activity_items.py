"""A list item closed by an activity noun (…示范区建设等项目) names the thing before it, with that thing's own label."""

from __future__ import annotations

import pytest

from tests.extractors.test_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 002: the zone, not a works named …建设
        (("统筹考虑北辰区人才引进政策、城镇化进程和人口变化等因素,对接北辰区国家级产城融合示范区建设等项目,"
         "根据居住区人口密度变化的发展趋势,进一步完善乡镇学校布局。"), {("Park", "北辰区国家级产城融合示范区")}),
        # probes in other districts' wording
        ("加快推进柯桥印染产业集聚区建设、鉴湖旅游度假区建设等项目，提升城市品质。",
         {("Park", "柯桥印染产业集聚区"), ("Project", "鉴湖旅游度假区")}),
        ("推动光谷科技城二期建设、江夏区文化中心建设等项目落地。",
         {("Project", "光谷科技城二期"), ("Project", "江夏区文化中心")}),
        # a campus (院区) is a works suffix of its own: its 建设 is the activity too
        ("重点推进余杭区人民医院新院区建设、良渚文化艺术中心建设等民生项目。",
         {("Project", "余杭区人民医院新院区"), ("Project", "良渚文化艺术中心")}),
        # no names at all
        ("积极推进美丽乡村建设、城市有机更新建设等工作。", set()),
    ],
)
def test_an_item_closed_by_jianshe_is_the_thing_built(text: str, expected: set) -> None:
    assert names(text) == expected
