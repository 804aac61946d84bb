"""Project tables (a key-project plan's 项目名称 / 建设单位 / 建设地点 / 建设性质 rows): each row's project, its builders,
its places and its stage (the 鄞州区 probe of the twelfth session)."""

from __future__ import annotations

from extractors.pipeline import extract
from extractors.project_tables import header_roles, project_rows
from kg.ingest import document_from_text

PLAN = """宁波市鄞州区人民政府办公室关于印发《2024年鄞州区重大项目建设计划》的通知

各镇人民政府、街道办事处，区政府各部门：

现将《2024年鄞州区重大项目建设计划》印发给你们，请认真组织实施。

附件：2024年鄞州区重大项目计划表

序号\t项目名称\t建设单位\t建设地点\t总投资（亿元）\t建设内容及规模\t建设性质（新开工/续建/竣工）
一、产业项目（3个）\t
1\t宁波甬芯半导体科技有限公司12英寸功率器件生产线项目\t宁波甬芯半导体科技有限公司\t鄞州经济开发区\t45.0\t新建洁净厂房、动力站等14.2万平方米，形成五轴联动数控机床生产线\t新开工
2\t鄞州人工智能产业园\t宁波南部商务区开发建设有限公司\t首南街道\t28.0\t建设研发楼、孵化器及配套设施等30万平方米\t续建
3\t宁波天童生物医药有限公司创新药产业化基地项目\t宁波天童生物医药有限公司\t五乡镇\t15.3\t建设制剂车间、质检楼及研发中心\t竣工
二、基础设施项目（2个）\t
4\t机场快速路南延(鄞州段)工程\t宁波市鄞州区交通运输局\t姜山镇、首南街道\t32.0\t全长7.2公里，建设高架桥\t续建
5\t宁南南路地下综合管廊\t宁波市鄞州区城市建设投资发展有限公司、中铁十一局集团有限公司\t首南街道\t6.0\t建设综合管廊3.1公里\t续建
\t合计\t\t\t126.3\t\t
"""


def test_a_header_names_the_columns_roles() -> None:
    assert header_roles("序号\t项目名称\t建设单位\t建设地点\t总投资（亿元）\t建设性质（新开工/续建/竣工）") == {
        1: "name", 2: "developer", 3: "place", 5: "stage"}
    assert header_roles("序号\t指标名称\t单位\t2020年\t2025年\t属性") is None  # an indicator table
    assert len(project_rows(document_from_text(PLAN, doc_id="n").text)) == 5  # category and 合计 rows are no rows


def test_each_rows_project_is_built_by_its_builders_placed_in_its_places_and_staged() -> None:
    ex = extract(document_from_text(PLAN, doc_id="n"))
    found = {(r.type.value, r.source.name, r.target.name) for r in ex.relations if r.rule.startswith("table.")}
    assert found >= {
        ("DEVELOPS", "宁波南部商务区开发建设有限公司", "鄞州人工智能产业园"),
        ("LOCATED_IN", "鄞州人工智能产业园", "首南街道"),
        ("LOCATED_IN", "宁波甬芯半导体科技有限公司12英寸功率器件生产线", "鄞州经济开发区"),
        ("DEVELOPS", "宁波市鄞州区交通运输局", "机场快速路南延(鄞州段)工程"),
        ("LOCATED_IN", "机场快速路南延(鄞州段)工程", "姜山镇"), ("LOCATED_IN", "机场快速路南延(鄞州段)工程", "首南街道"),
        ("DEVELOPS", "宁波市鄞州区城市建设投资发展有限公司", "宁南南路地下综合管廊"),
        ("DEVELOPS", "中铁十一局集团有限公司", "宁南南路地下综合管廊"),
    }
    stages = {(s.project, s.stage.value) for s in ex.stages if s.rule == "table.stage"}
    assert stages == {("宁波甬芯半导体科技有限公司12英寸功率器件生产线", "starting"),
                      ("宁波天童生物医药有限公司创新药产业化基地", "completed"),
                      ("机场快速路南延(鄞州段)工程", "under_construction"), ("宁南南路地下综合管廊", "under_construction")}
    # the describing cells name nothing (五轴联动数控机床生产线 is what the works make)
    assert not [m for m in ex.mentions if "数控机床生产线" in m.name or m.name in ("研发中心", "综合管廊")]


NOTICES = """相城区公示公告

关于苏州瑞拓精密模具有限公司年产120万套新能源汽车精密结构件项目环境影响报告表受理情况的公示

项目名称：苏州瑞拓精密模具有限公司年产120万套新能源汽车精密结构件项目
建设单位：苏州瑞拓精密模具有限公司
建设地点：苏州市相城区黄埭镇潘阳工业园春兴路88号
建设内容及规模：项目租用苏州黄埭资产经营有限公司现有标准厂房，新建冲压生产线6条。

关于相城大道（太阳路—澄阳路段）快速化改造工程施工图审查的公示

项目名称：相城大道（太阳路—澄阳路段）快速化改造工程
建设单位：苏州市相城城市建设投资（集团）有限公司
建设地点：元和街道、澄阳街道，起于太阳路交叉口，止于澄阳路交叉口
建设内容及规模：道路全长约5.3公里，主线采用高架快速路形式，双向六车道。
"""


def test_each_notices_field_block_is_one_projects_row() -> None:
    """相城区 probe: 建设单位 and 建设地点 fields had been read as no relation of the notice's project."""
    ex = extract(document_from_text(NOTICES, doc_id="s"))
    found = {(r.type.value, r.source.name, r.target.name) for r in ex.relations if r.rule.startswith("table.")}
    road = "相城大道(太阳路—澄阳路段)快速化改造工程"
    assert {("LOCATED_IN", "苏州瑞拓精密模具有限公司年产120万套新能源汽车精密结构件", "潘阳工业园"),
            ("DEVELOPS", "苏州市相城城市建设投资(集团)有限公司", road),
            ("LOCATED_IN", road, "元和街道"), ("LOCATED_IN", road, "澄阳街道")} <= found
    assert {(s.project, s.stage.value) for s in ex.stages if s.rule == "table.stage"} == {
        ("苏州瑞拓精密模具有限公司年产120万套新能源汽车精密结构件", "planned"), (road, "planned")}
    names = {(m.label.value, m.name) for m in ex.mentions}
    assert ("Enterprise", "苏州黄埭资产经营有限公司") in names  # a company in a describing cell stays
    assert not {n for label, n in names if label == "Project" and ("快速路" in n or n in ("春兴路", "太阳路", "澄阳路"))}


GROUPED = """天津市津南区发展和改革委员会关于下达2024年区级重点建设项目计划的通知

附件：2024年津南区重点建设项目计划表

序号\t项目名称\t建设单位\t建设地点\t总投资（亿元）\t项目类别
\t合计（4个）\t\t\t95.6\t
一、续建项目（2个）\t\t\t\t80.6\t
1\t南开大学津南校区二期工程\t南开大学\t海河教育园区\t18.4\t社会民生类
2\t地铁8号线一期工程（津南段）\t天津轨道交通集团有限公司\t双港镇\t62.2\t基础设施类
二、新开工项目（1个）\t\t\t\t12.0\t
3\t中科芯源先进封装测试基地\t天津中科芯源半导体有限公司\t津南经济开发区\t12.0\t产业类
三、其他项目（1个）\t\t\t\t3.0\t
4\t葛沽宝辇文化旅游街区\t天津市津南区葛沽镇人民政府\t葛沽镇\t3.0\t文旅类
"""


def test_a_group_rows_stage_stages_the_rows_under_it() -> None:
    # F (津南区's key-project plan): no 建设性质 column, the rows grouped under 一、续建项目 / 二、新开工项目
    ex = extract(document_from_text(GROUPED, doc_id="f"))
    stages = {(s.project, s.stage.value) for s in ex.stages if s.rule == "table.stage"}
    assert stages == {("南开大学津南校区二期", "under_construction"), ("地铁8号线一期工程(津南段)", "under_construction"),
                      ("中科芯源先进封装测试基地", "starting")}  # 三、其他项目 gives no stage and ends the group's


CHAINED = """惠山区重点产业链“链长制”工作方案

序号\t项目名称\t所属产业链\t建设地点\t总投资（亿元）\t建设性质
1\t上汽大通新能源MPV生产线技改项目\t汽车零部件\t惠山经济开发区\t35\t续建
2\t派克新材航空航天精密环锻件项目\t高端装备\t洛社镇\t15.6\t新建
"""


def test_a_rows_chain_cell_puts_its_project_in_the_chain_and_nothing_else() -> None:
    # A (惠山区's chain plan): the 所属产业链 column; the park of the 建设地点 cell is the project's place, no item
    ex = extract(document_from_text(CHAINED, doc_id="a"))
    chained = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "IN_CHAIN"}
    assert chained == {("上汽大通新能源MPV生产线技改项目", "汽车零部件"), ("派克新材航空航天精密环锻件项目", "高端装备")}  # as the cells write them


def test_a_road_bounding_a_notices_plot_is_not_staged_by_the_fields_label() -> None:
    # D (东丽区's notices): 建设地点：…四经路以东 had staged 四经路 under construction (建设 of the label)
    ex = extract(document_from_text("东丽区建设项目批前公示\n\n项目名称：天津宏锐智能装备有限公司电驱动系统智能制造项目\n"
                                    "建设单位：天津宏锐智能装备有限公司\n建设地点：东丽经济技术开发区四经路以东、二纬路以南\n", doc_id="d"))
    assert {(s.project, s.stage.value) for s in ex.stages} == {("天津宏锐智能装备有限公司电驱动系统智能制造", "planned")}


CATALOGUE = """宁河区2024年招商引资重点项目推介

二、重点推介项目
（一）新材料产业链
1．高性能预应力钢材及新型建材产业园项目
项目地点：宁河经济开发区二期
建设内容及规模：规划用地约300亩，新建2条彩涂生产线。
总投资：12亿元
2．芦台春酒文化产业园
项目地点：芦台街道
建设内容及规模：建设酒文化博物馆及湿地研学基地。
"""


def test_a_catalogues_numbered_heading_names_the_project_of_its_fields() -> None:
    # J (宁河区's catalogue): no 项目名称 line; the heading above 项目地点 names the project, the describing line nothing
    ex = extract(document_from_text(CATALOGUE, doc_id="j"))
    assert {(m.label.value, m.name) for m in ex.mentions if m.rule == "table.project"} == {
        ("Project", "高性能预应力钢材及新型建材产业园"), ("Park", "芦台春酒文化产业园")}
    assert ("芦台春酒文化产业园", "芦台街道") in {(r.source.name, r.target.name) for r in ex.relations
                                               if r.type.value == "LOCATED_IN"}
    assert not [m for m in ex.mentions if m.name.endswith(("彩涂生产线", "研学基地"))]


PERMITS = """成都市郫都区住房和城乡建设局关于2024年10月建筑工程施工许可证核发信息的公示

一、建筑工程施工许可证核发信息
序号\t项目名称\t建设单位\t建设地址\t施工单位\t发证日期\t许可证编号
1\t郫都区第二中学改扩建工程\t成都市郫都区教育局\t郫都区团结街道学府路296号\t中国建筑第八工程局有限公司\t2024-10-08\t510117202410080101
2\t菁蓉镇双创社区人才公寓（二期）\t成都德源产城发展有限公司\t郫都区德源街道大禹东路以北\t中建三局集团有限公司\t2024-10-10\t510117202410100201
"""


def test_a_permit_lists_rows_are_projects_built_by_their_builders_with_their_phase() -> None:
    """The phase closing a row's name is the phase's works (the thirty-second session: a phase is not the whole)."""
    ex = extract(document_from_text(PERMITS, doc_id="t"))
    built = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "DEVELOPS"}
    assert ("成都市郫都区教育局", "郫都区第二中学改扩建工程") in built
    assert ("成都德源产城发展有限公司", "双创社区人才公寓(二期)") in built, built


STARTED = """北辰区2024年一季度重点项目集中开工

附：北辰区2024年一季度集中开工重点项目一览表
序号\t项目名称\t建设单位\t建设地点\t总投资（亿元）
1\t天锻航空智能锻压装备产业化基地\t天津天锻航空科技有限公司\t北辰经济技术开发区\t12.0
2\t海吉星农产品冷链物流中心项目\t天津海吉星农产品物流有限公司\t青光镇永兴道以北、京福公路以东\t6.5
"""


def test_a_tables_caption_stages_its_rows_and_its_place_cells_roads_are_an_address() -> None:
    # Q (北辰区's mass start of key projects) and T (郫都区's permits): the caption says every row starts; the roads
    # of a place cell say where the site is
    ex = extract(document_from_text(STARTED, doc_id="q"))
    assert {(s.project, s.stage.value) for s in ex.stages if s.rule == "table.stage"} == {
        ("天锻航空智能锻压装备产业化基地", "starting"), ("海吉星农产品冷链物流中心", "starting")}
    projects = {m.name for m in ex.mentions if m.label.value == "Project"}
    assert not projects & {"永兴道", "京福公路"}


YEAR_PLAN = """宁乡市2022年重点建设项目计划

序号\t项目名称\t建设单位\t建设地点\t建设性质\t总投资（亿元）
1\t邦盛新能源前驱体项目\t湖南邦盛新能源科技有限公司\t宁乡高新区\t续建\t35.0
2\t楚材储能电池系统集成项目\t长沙楚材储能科技有限公司\t宁乡经开区\t新建\t12.5
"""

KINDS_OF_WORKS = """项目环评信息公开

序号\t项目名称\t建设单位\t建设地点\t建设性质
1\t佳宴食品预制菜中央厨房项目\t湖南佳宴食品有限公司\t宁乡经开区\t新建
2\t楚材储能电池系统集成项目\t长沙楚材储能科技有限公司\t宁乡经开区\t改扩建
"""


def test_a_new_row_of_a_plan_beside_continuing_ones_starts_this_year() -> None:
    # the 宁乡市 and 武清区 probes: 新建 beside 续建 speaks of the year's works; alone it is the kind of works
    stages = {(s.project, s.stage.value) for s in extract(document_from_text(YEAR_PLAN, doc_id="y")).stages}
    assert ("楚材储能电池系统集成项目", "starting") in stages
    assert ("邦盛新能源前驱体项目", "under_construction") in stages
    assert not [s for s in extract(document_from_text(KINDS_OF_WORKS, doc_id="k")).stages if s.rule == "table.stage"]


BRACKETED_TOWN = """武清区2023年重点建设项目计划

序号\t项目名称\t建设单位\t建设地点\t建设性质
1\t华宇碳纤维复合材料项目\t天津华宇新材料有限公司\t京滨工业园(大良镇)\t新建
2\t富士达电动车智能制造基地二期\t天津富士达自行车有限公司\t王庆坨镇\t续建
"""


def test_a_town_in_brackets_after_a_rows_park_places_its_project_too() -> None:
    # 武清区 and 宁乡市 series probes: 京滨工业园(大良镇) had placed the project in the park only
    ex = extract(document_from_text(BRACKETED_TOWN, doc_id="b"))
    placed = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}
    assert {("华宇碳纤维复合材料项目", "京滨工业园"), ("华宇碳纤维复合材料项目", "大良镇"),
            ("富士达电动车智能制造基地二期", "王庆坨镇")} <= placed
