"""Rules of the thirty-ninth session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from tests.extractors.series_graphs import pairs_of, series_graph

# -- chains -----------------------------------------------------------------------------------------------------------


def test_each_leader_clause_drives_its_own_chain() -> None:
    """以A为链主，带动C1产业链…；以B为链主，做强C2产业链: A leads C1 and B leads C2, a chain the taxonomy does not hold
    (B had led C1, the one chain written as C产业链 before its 链主, and A none)."""
    _, edges = series_graph("宁河区政府工作报告\n来源：宁河区人民政府 2022-01-17\n发挥链主企业引领作用，以天津津宁重工机械有限公司为"
                            "链主，带动高端装备制造产业链上下游配套；以天津昊远新材料科技股份有限公司为链主，做强碳纤维及复合材料产业链。\n")
    chains = pairs_of(edges, "IN_CHAIN")
    assert ("Enterprise:天津津宁重工机械有限公司", "IndustryChain:高端装备制造") in chains, chains
    assert ("Enterprise:天津昊远新材料科技股份有限公司", "IndustryChain:碳纤维及复合材料") in chains, chains
    assert ("Enterprise:天津昊远新材料科技股份有限公司", "IndustryChain:高端装备制造") not in chains
