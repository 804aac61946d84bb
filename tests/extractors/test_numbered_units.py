"""A group's unit named by its number (names._numbered_units): 002's 兵器集团70所 is an Organization, not the
enterprise 兵器集团 with the chains of its sentence; 所 after a group without a number is a function word."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text
from tests.extractors.test_names import names

C002 = ("围绕装备制造、生物医药等领域组建产业发展专家库,以兵器集团70所为龙头,建设一批院士工作站、博士后科研工作站和科技创业园,"
        "集聚创新创业人才。")


def test_the_corpus_institute_is_a_body_and_anchors_no_chain() -> None:
    ex = extract(document_from_text("天津市北辰区\n" + C002, doc_id="t"))
    found = {(m.label.value, m.name) for m in ex.mentions}
    assert ("Organization", "兵器集团70所") in found and ("Enterprise", "兵器集团") not in found
    assert not [r for r in ex.relations if r.type.value == "IN_CHAIN" and "兵器" in r.source.name]


@pytest.mark.parametrize(("text", "unit"), [
    ("中国电子科技集团公司38所落户合肥高新区。", "中国电子科技集团公司38所"),
    ("中国船舶重工集团公司第七一二研究所在武汉建设实验基地。", "中国船舶重工集团公司第七一二研究所"),
    ("与中国航天科技集团公司一院共建联合实验室。", "中国航天科技集团公司一院"),
])
def test_numbered_units_in_other_wording(text: str, unit: str) -> None:
    assert ("Organization", unit) in names(text)


@pytest.mark.parametrize("text", [
    "天津港集团所属企业完成改制。",  # 所属: belonging to
    "华为技术有限公司所在园区扩建。",  # 所在: where it is
])
def test_so_after_a_group_without_a_number_is_no_unit(text: str) -> None:
    assert not {name for label, name in names(text) if label == "Organization" and name.endswith("所")}
