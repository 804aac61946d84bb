"""Tables of industrial chains (the 链长制's 产业链 / 链主企业 / 主要承载平台 rows): each firm of a row's 链主企业 cell and
each park of its platform cell is IN_CHAIN the row's chain (the 萧山区 series of the seventeenth session wrote one
and got no enterprise-to-chain edge from it)."""

from __future__ import annotations

from extractors.chain_tables import chain_rows, firm_parts
from extractors.pipeline import extract
from kg.ingest import document_from_text
from schema import Label, RelType

PLAN = """萧山区重点产业链链长制实施方案

三、链长和链主企业
每条产业链由一名区领导担任链长，明确一个牵头部门、若干链主企业和主要承载平台。
序号\t产业链\t链长\t牵头部门\t链主企业\t主要承载平台
1\t智能汽车及关键零部件\t李国华\t区经信局\t万向一二三、万向钱潮\t萧山经开区
2\t集成电路\t赵立新\t区发改局\t长川科技\t萧山经开区、萧山科技城
3\t现代物流\t周卫东\t区商务局\t菜鸟、传化集团等\t空港经济区
4\t绿色化纤\t徐建明\t区经信局\t恒逸集团、荣盛控股\t衙前镇、益农镇
5\t生命健康\t王明\t区卫健局\t暂无\t萧山医学园区
四、重点任务
（一）实施链主企业培育行动。支持链主企业做大做强，对年产值首次突破100亿元的链主企业给予奖励。
"""


def _in_chain(text: str) -> dict[tuple[str, str], str]:
    ex = extract(document_from_text(text, doc_id="chains"))
    return {(r.source.name, r.target.name): r.source.label.value for r in ex.relations if r.type == RelType.IN_CHAIN}


def test_each_firm_of_a_rows_firm_cell_is_in_the_rows_chain() -> None:
    found = _in_chain(PLAN)
    firms = {pair for pair, label in found.items() if label == Label.ENTERPRISE.value}
    assert {("万向一二三", "智能汽车及关键零部件"), ("万向钱潮", "智能汽车及关键零部件"), ("长川科技", "集成电路"),
            ("菜鸟", "现代物流"), ("传化集团", "现代物流"), ("恒逸集团", "绿色化纤"), ("荣盛控股", "绿色化纤")} <= firms
    assert not any(source.endswith("等") or source == "暂无" for source, _ in found)  # 传化集团等: the list's 等 goes


def test_each_park_of_a_rows_platform_cell_is_in_the_rows_chain_and_a_town_is_not() -> None:
    found = _in_chain(PLAN)
    parks = {pair for pair, label in found.items() if label == Label.PARK.value}
    assert {("萧山经开区", "智能汽车及关键零部件"), ("萧山经开区", "集成电路"), ("萧山科技城", "集成电路")} <= parks
    assert not any(source in ("衙前镇", "益农镇") for source, _ in found)


def test_a_rows_firms_are_no_other_rows_and_the_leader_and_department_are_no_firms() -> None:
    found = _in_chain(PLAN)
    assert ("长川科技", "智能汽车及关键零部件") not in found and ("菜鸟", "集成电路") not in found
    assert not any(source in ("李国华", "区经信局", "区发改局") for source, _ in found)


def test_a_header_needs_a_chain_column_and_a_firm_or_platform_column_and_no_name_column() -> None:
    rows = chain_rows(PLAN)
    assert [row.chain.text for row in rows] == ["智能汽车及关键零部件", "集成电路", "现代物流", "绿色化纤", "生命健康"]
    assert [p.text for p in firm_parts(rows[2])] == ["菜鸟", "传化集团"] and firm_parts(rows[4]) == []
    assert not chain_rows("序号\t产业链\t链长\t牵头部门\n1\t集成电路\t赵立新\t区发改局")
    assert not chain_rows("序号\t项目名称\t产业链\t链主企业\n1\tA项目\t集成电路\t长川科技")
    assert not chain_rows("序号\t企业名称\t所属产业链\t链主企业\n1\tA有限公司\t集成电路\t是")


def test_a_paragraph_ends_the_table() -> None:
    text = PLAN + "这一段文字足够长，不再是表格里的一行，它结束了上面的表格，后面的行不再是产业链表格的行。\n6\t新材料\t张三\t区经信局\t甲乙科技\t\n"
    assert [row.chain.text for row in chain_rows(text)][-1] == "生命健康"
