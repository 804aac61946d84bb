"""Round-4 relation rules on invented sentences (places, actors)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text

Triple = tuple[str, str, str]


def triples(text: str) -> set[Triple]:
    """Relations read from the text (gazetteer PART_OF proposals left out)."""
    ex = extract(document_from_text(text, doc_id="t"))
    return {(r.type.value, r.source.name, r.target.name) for r in ex.relations if not r.rule.startswith("gazetteer")}


CASES: list[tuple[str, set[Triple], set[Triple]]] = [
    ("东丽区产业发展规划\n第一章 发展基础\n东丽区承接首都功能疏解成效明显，华北海岳集团下属天津海岳智能装备有限公司、"
     "天津海岳物流有限公司等企业相继落户我区。",
     {("LOCATED_IN", "天津海岳智能装备有限公司", "东丽区"), ("LOCATED_IN", "天津海岳物流有限公司", "东丽区")}, set()),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), CASES, ids=[c[0][:14] for c in CASES])
def test_round4_rules(text: str, expected: set[Triple], forbidden: set[Triple]) -> None:
    found = triples(text)
    assert expected <= found, f"missing {expected - found}; found {found}"
    assert not forbidden & found, f"unexpected {forbidden & found}"
