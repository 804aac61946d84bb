"""Rules from the twenty-fifth session's series probes and the earlier reviews' open items: works of several places
or things written under one tail."""

from __future__ import annotations

from tests.extractors.series_graphs import series_graph


def test_towns_listed_before_works_stay_towns() -> None:
    nodes, edges = series_graph("北辰区重点项目\n\n实施西堤头镇、双街镇、大张庄镇农村生活污水治理工程，总投资1.2亿元。\n"
                                "推进青光镇、天穆镇老旧小区改造提升工程。\n")
    assert {"Town:西堤头镇", "Town:双街镇", "Town:大张庄镇", "Town:青光镇", "Town:天穆镇"} <= set(nodes)
    assert not [n for n in nodes if n.startswith("Project:") and n.endswith("镇")]
    assert ("Project:大张庄镇农村生活污水治理工程", "LOCATED_IN", "Town:大张庄镇") in edges


def test_things_of_one_kind_share_the_works_named_after_the_last() -> None:
    nodes, _ = series_graph("北辰区生态建设\n\n实施永金引河、淀南引河治理工程和闸、泵站等节点改造工程，改善水生态环境。\n")
    assert {"Project:永金引河治理工程", "Project:淀南引河治理工程"} <= set(nodes)
    assert nodes["Project:永金引河治理工程"].aliases == ["永金引河"]
    assert "Project:永金引河" not in nodes
