"""Rules of the thirty-fourth session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from tests.extractors.series_graphs import names_of, series_graph

# -- places ---------------------------------------------------------------------------------------------------------


def test_a_village_written_after_its_town_is_in_that_town() -> None:
    """位于紫蓬镇聚星村: 聚星村 is in 紫蓬镇, whatever town the gazetteer lists for a village of that name (it had gone
    to 铭传乡, a town no text names)."""
    nodes, edges = series_graph("肥西县集中开工\n来源：肥西县融媒体中心 2025-03-20\n此次开工的紫蓬山旅游度假区康养综合体项目"
                                "位于紫蓬镇聚星村，总投资9.6亿元。\n")
    assert ("Village:聚星村", "PART_OF", "Town:紫蓬镇") in edges
    assert not [e for e in edges if e[0] == "Village:聚星村" and e[2] != "Town:紫蓬镇"], edges
    assert "铭传乡" not in names_of(nodes, "Town")


def test_a_lake_or_river_named_like_a_place_is_no_place() -> None:
    """巢湖十年禁渔 is the lake, 锦江滨水空间 the river, and 永安湖 no 永安镇 cut short: no 巢湖市, no 锦江区, and the
    park works keep the lake's name."""
    nodes, _ = series_graph("双流区重点项目计划\n来源：成都市双流区人民政府 2023-02-21\n实施锦江滨水空间及游客服务中心建设。"
                            "永安湖城市森林公园提升工程由成都市双流区城乡建设投资集团有限公司建设，位于永安镇。\n")
    assert "锦江区" not in names_of(nodes, "Region")
    assert "永安湖城市森林公园提升工程" in names_of(nodes, "Project")
    nodes, _ = series_graph("三河镇2023年工作总结\n来源：肥西县三河镇人民政府 2024-01-10\n巢湖十年禁渔退捕工作持续巩固。\n")
    assert "巢湖市" not in names_of(nodes, "Region")
