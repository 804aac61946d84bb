"""Round-6 name rules of kg_names: parks and projects on real sentences of the gold passages."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text
from schema import Label

NAME_LABELS = {Label.PARK, Label.PROJECT, Label.ENTERPRISE, Label.ORGANIZATION}


def names(text: str, labels: set[Label] = NAME_LABELS) -> set[tuple[str, str]]:
    """``(label, name)`` of every mention of ``labels`` the pipeline finds in ``text``."""
    ex = extract(document_from_text(text, doc_id="golden"))
    return {(m.label.value, m.name) for m in ex.mentions if m.label in labels}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a function word glued to the end of a name suffix (城为, 城已) still ends the name (s22, s17)
        ("浑南区将以沈阳浑南科技城为主要承载区，集聚机器人、集成电路装备和航空装备三条产业链。",
         {("Park", "沈阳浑南科技城")}),
        ("中新广州知识城已落户广州穗芯微电子有限公司、广州华湾封装测试有限公司等企业 40 余家。",
         {("Park", "中新广州知识城"), ("Enterprise", "广州穗芯微电子有限公司"),
          ("Enterprise", "广州华湾封装测试有限公司")}),
        # a function word glued to the start of a name (以坪山, 以天辰) is cut off, not the name (s16, c19)
        ("深圳市坪山区以坪山生物医药创新产业园为核心载体，重点发展创新药。",
         {("Park", "坪山生物医药创新产业园")}),
        ("以天辰集团为引领，积极发展商业。", {("Enterprise", "天辰集团")}),
    ],
)
def test_glued_function_words(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text) == expected

