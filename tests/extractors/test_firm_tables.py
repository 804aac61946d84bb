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


#: A notice assigning district leaders to key projects, then to key enterprises (the 余杭区 probe of the fifteenth
#: session): two tables, one after the other, each under its own header.
ASSIGNED = """杭州市余杭区人民政府办公室关于印发余杭区领导包联重点项目和重点企业工作方案的通知

附件1

余杭区领导包联重点项目分工表

序号\t项目名称\t建设地点\t建设内容及规模\t总投资(亿元)\t包联区领导\t责任单位
一、续建项目(2个)
1\t杭州西站枢纽南区站城综合体项目\t中泰街道\t建设商务办公、酒店及站前商业\t86.0\t陈建华\t区发改局、中泰街道、杭州市余杭区城市建设投资集团有限公司
2\t余杭区中医院迁建工程\t余杭街道\t新建床位800张综合医院\t18.5\t沈丽娟\t区卫生健康局、余杭街道

附件2

余杭区领导包联重点企业分工表

序号\t企业名称\t所在镇街(平台)\t所属产业\t包联区领导\t责任单位
1\t杭州鲲鹏智能装备有限公司\t仁和街道(余杭经济技术开发区)\t高端装备\t何振宇\t余杭经济技术开发区管委会
2\t杭州瓶窑精工机械有限公司\t瓶窑镇\t新材料\t俞晓峰\t区经信局、瓶窑镇
"""


def _assigned():
    return extract(document_from_text(ASSIGNED, doc_id="o"))


def test_another_tables_header_ends_the_project_table_and_its_group_stage() -> None:
    ex = _assigned()
    projects = {m.name for m in ex.mentions if m.label.value == "Project"}
    firms = {m.name for m in ex.mentions if m.label.value == "Enterprise"}
    assert {"杭州鲲鹏智能装备有限公司", "杭州瓶窑精工机械有限公司"} <= firms
    assert not projects & firms and "企业名称" not in projects
    assert {s.project for s in ex.stages} == {"杭州西站枢纽南区站城综合体", "余杭区中医院迁建工程"}
    assert "余杭区领导包联重点项目" not in projects  # the title's class of projects, no project


def test_a_firm_rows_industry_cell_and_bracketed_park_place_its_firm() -> None:
    rels = {(r.type.value, r.source.name, r.target.name) for r in _assigned().relations}
    assert ("IN_CHAIN", "杭州鲲鹏智能装备有限公司", "高端装备") in rels  # as its cell writes it (rule 19)
    assert ("IN_CHAIN", "杭州瓶窑精工机械有限公司", "新材料") in rels
    assert {("LOCATED_IN", "杭州鲲鹏智能装备有限公司", "仁和街道"),
            ("LOCATED_IN", "杭州鲲鹏智能装备有限公司", "余杭经济技术开发区")} <= rels


def test_a_responsible_units_bodies_build_nothing_its_company_builds() -> None:
    builders = {r.source.name for r in _assigned().relations if r.type.value == "DEVELOPS"}
    assert "杭州市余杭区城市建设投资集团有限公司" in builders
    assert not builders & {"余杭区发改局", "余杭区卫生健康局", "余杭经济技术开发区管理委员会", "中泰街道"}


def test_the_leaders_column_names_persons() -> None:
    people = {m.name for m in _assigned().mentions if m.label.value == "Person"}
    assert {"陈建华", "沈丽娟", "何振宇", "俞晓峰"} <= people

