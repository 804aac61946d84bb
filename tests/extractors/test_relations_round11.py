"""Relations in probes of the eleventh session (a development zone's annual report, a news roundup): a zone's
short name is no short form of a company named after the zone."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text


def relations(text: str) -> set[tuple[str, str, str]]:
    ex = extract(document_from_text(text, doc_id="t"))
    return {(r.type.value, r.source.name, r.target.name) for r in ex.relations if r.type.value != "MENTIONS"}


def test_a_zone_written_short_is_no_company_named_after_it() -> None:
    """长沙经开区 probe: the core of 长沙经开区投资控股有限公司 is 经开区, which the report writes for the zone itself."""
    found = relations("长沙经开区投资控股有限公司完成融资。经开区与中南大学、湖南大学签订战略合作协议。")
    assert not {r for r in found if "长沙经开区投资控股有限公司" in r[1:]}
    # a company's own short form still stands for it
    found = relations("湖南山河智能装备股份有限公司位于星沙街道。山河智能与中南大学签订战略合作协议。")
    assert ("COOPERATES_WITH", "湖南山河智能装备股份有限公司", "中南大学") in found
