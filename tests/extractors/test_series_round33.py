"""Rules of the thirty-third session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from tests.extractors.series_graphs import series_graph


def test_this_zone_or_park_built_by_a_firm_is_the_paragraphs_last_park() -> None:
    """该示范区由X投资建设 and 该园由X作为龙头企业牵头建设: X develops the park the sentence before named (the zone's word
    and the lead firm's role had been read by no rule)."""
    _, edges = series_graph("正定县乡村振兴工作综述\n\n观摩组察看塔元庄同福乡村振兴示范区运营情况。该示范区由河北同福农业开发有限公司"
                            "投资建设，一期、二期已全部建成。\n新城铺镇规划建设预制菜产业园。该园由河北正味食品有限公司作为龙头企业"
                            "牵头建设，规划占地500亩。\n")
    assert ("Enterprise:河北同福农业开发有限公司", "DEVELOPS", "Park:塔元庄同福乡村振兴示范区") in edges
    assert ("Enterprise:河北正味食品有限公司", "DEVELOPS", "Park:预制菜产业园") in edges


def test_a_groups_own_firm_after_by_is_the_builder_not_the_group() -> None:
    """该示范区由同福集团旗下河北同福农业开发有限公司投资建设: the group's firm develops the zone (the group's name
    between 由 and the firm had hidden the 该示范区由 before it); the group develops nothing."""
    _, edges = series_graph("正定县观摩活动\n\n观摩组察看塔元庄同福乡村振兴示范区运营情况。该示范区由同福集团旗下河北同福农业"
                            "开发有限公司投资建设，一期、二期已全部建成。\n")
    assert ("Enterprise:河北同福农业开发有限公司", "DEVELOPS", "Park:塔元庄同福乡村振兴示范区") in edges
    assert ("Enterprise:河北同福农业开发有限公司", "SUBSIDIARY_OF", "Enterprise:同福集团") in edges
    assert not [edge for edge in edges if edge[0] == "Enterprise:同福集团" and edge[1] == "DEVELOPS"], edges
