"""Round-6 relation rules (LOCATED_IN, DEVELOPS, IN_CHAIN) on sentences of the gold passages."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text

Triple = tuple[str, str, str]


def triples(text: str) -> set[Triple]:
    """Relations read from the text (gazetteer PART_OF proposals left out)."""
    ex = extract(document_from_text(text, doc_id="t"))
    return {(r.type.value, r.source.name, r.target.name) for r in ex.relations if not r.rule.startswith("gazetteer")}


def test_park_back_reference_by_its_head() -> None:
    """s22: 科技城内已落户A、B等企业 refers back to 沈阳浑南科技城 (synthetic NOTES rule 8)."""
    got = triples("浑南区将以沈阳浑南科技城为主要承载区，集聚机器人、集成电路装备和航空装备三条产业链。"
                  "目前，科技城内已落户沈阳浑新机器人自动化有限公司、沈阳北方微纳装备股份有限公司等企业 60 余家。")
    assert ("LOCATED_IN", "沈阳浑新机器人自动化有限公司", "沈阳浑南科技城") in got
    assert ("LOCATED_IN", "沈阳北方微纳装备股份有限公司", "沈阳浑南科技城") in got
