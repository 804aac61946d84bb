"""Tables of enterprises (a 专精特新 list's 企业名称 / 所属镇街 rows): each row's enterprise is in its place (the
松山湖 probe of the fourteenth session)."""

from __future__ import annotations

from extractors.firm_tables import firm_rows
from extractors.pipeline import extract
from kg.ingest import document_from_text

LIST = """松山湖企业入选2024年东莞市“专精特新”中小企业公示名单

入选企业名单如下：

序号\t企业名称\t所属镇街（园区）\t所属行业
1\t东莞市固特智能装备有限公司\t大朗镇\t通用设备制造业
2\t东莞市华显光学材料有限公司\t大岭山镇\t计算机、通信和其他电子设备制造业
3\t东莞市中镓半导体科技有限公司\t松山湖\t计算机、通信和其他电子设备制造业

公示期为2024年9月27日至10月11日。
"""


def test_each_rows_enterprise_is_in_the_place_of_its_place_cell() -> None:
    ex = extract(document_from_text(LIST, doc_id="h"))
    placed = {(r.source.name, r.target.name) for r in ex.relations if r.rule == "table.firm_place"}
    assert placed == {("东莞市固特智能装备有限公司", "大朗镇"), ("东莞市华显光学材料有限公司", "大岭山镇")}


def test_a_table_without_a_place_column_or_with_projects_is_no_firm_table() -> None:
    assert not firm_rows("序号\t企业名称\t所属行业\n1\tA有限公司\t通用设备制造业")
    assert not firm_rows("序号\t项目名称\t企业名称\t建设地点\n1\tA项目\tA有限公司\t大朗镇")
    assert len(firm_rows(document_from_text(LIST, doc_id="h").text)) == 3
