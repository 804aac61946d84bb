"""Rules of the thirtieth session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from tests.extractors.series_graphs import names_of, series_graph


def test_a_verb_of_attending_or_founding_opens_no_school_name() -> None:
    projects = names_of(series_graph(
        "苏州工业园区人才若干措施\n\n外籍人才子女可申请就读苏州新加坡国际学校、苏州德威国际高级中学等国际化学校。"
        "人才子女可入读星海实验中学。嘉庚先生创办集美学校时就提出“诚毅”校训。\n")[0], "Project")
    assert {"苏州新加坡国际学校", "苏州德威国际高级中学", "星海实验中学", "集美学校"} <= projects
    assert not [name for name in projects if any(verb in name for verb in ("申请", "就读", "入读", "创办"))], projects


def test_a_county_short_form_the_segmenter_cut_opens_a_park_name() -> None:
    """新|都工业园区: 都 (all) is a stop word, yet 新都 is the text's county; 新和 of 北部新|和产业功能区 is no county the
    text names (新和县 is in 新疆), so 和 still ends that name."""
    nodes, _ = series_graph("成都市新都区轨道交通产业链工作方案\n\n依托新都工业园区，推进新都轨道交通产业园一期建设。"
                            "加快建设北部新和产业功能区和城市更新和民生项目。\n")
    assert "新都工业园区" in names_of(nodes, "Park")
    assert not [nid for nid in nodes if "新和" in nid], sorted(nodes)


def test_verbs_of_naming_helping_and_climbing_open_no_name() -> None:
    """确定X为链主企业, 帮助X解决问题, 王建军登上X: the verb before a firm or a works is none of its name."""
    nodes, _ = series_graph(
        "新都区轨道交通产业链工作方案\n\n（二）链主企业。确定中车成都机车车辆有限公司（以下简称“中车成都公司”）为链主企业。"
        "全年帮助津荣天宇、宝兴达等企业解决用工问题。在京东物流枢纽，王建军登上分拣中心二层平台，察看作业流程。"
        "区领导要求用好链长联席会议机制。\n")
    assert "中车成都机车车辆有限公司" in names_of(nodes, "Enterprise")
    assert not [nid for nid in nodes if any(verb in nid for verb in ("确定", "帮助", "登上", "用好"))], sorted(nodes)


def test_cities_counted_before_a_kind_of_place_after_deng_are_no_firms() -> None:
    """会同嘉兴市、湖州市…等九城市中小企业主管部门: the items are cities, as 等镇家居企业 made them towns."""
    nodes, _ = series_graph("上海市松江区专精特新工作\n\n依托长三角G60科创走廊联席会议办公室，会同嘉兴市、湖州市、苏州市、合肥市等"
                            "九城市中小企业主管部门举办对接会。推动大沥、九江等3个镇家居企业转型。\n")
    assert not names_of(nodes, "Enterprise")
    assert {"嘉兴市", "湖州市", "苏州市", "合肥市"} <= names_of(nodes, "Region")


def test_a_regulations_article_number_opens_no_body_name() -> None:
    """第二条　区科委…: the article's space is lost in ingest (第二条区科委), yet the body is 区科委."""
    nodes, _ = series_graph("大兴区关于促进生物医药产业高质量发展的若干措施\n\n第二条　区科委会同区经济和信息化局建立联席会议制度。\n"
                            "第3条 区财政局负责资金保障。\n第十二条　北京市大兴区人民政府负责解释。\n")
    assert {"大兴区科委", "大兴区财政局", "北京市大兴区人民政府"} <= names_of(nodes, "Organization")
    assert not [nid for nid in nodes if "条" in nid], sorted(nodes)


def test_officials_listed_before_a_counted_kind_of_zone_are_no_parks() -> None:
    """A、B分别汇报了两个功能区…: the items are officials with their bodies, no parks; 分别 is no given name's end."""
    nodes, edges = series_graph("北京市大兴区领导调研\n\n会上，生物医药基地管委会主任杨帆、临空区管委会常务副主任郭宁分别汇报了两个功能区"
                                "招商引资情况。\n")
    assert not names_of(nodes, "Park")
    assert names_of(nodes, "Person") == {"杨帆", "郭宁"}
    assert ("Person:郭宁", "HOLDS_OFFICE", "Organization:临空区管理委员会") in edges


def test_a_firm_named_by_an_industry_builds_no_works_named_by_that_industry() -> None:
    """成都轨道交通集团有限公司's core 轨道交通 is an industry: the suppliers' 轨道交通…基地 are not its works."""
    _, edges = series_graph(
        "新都区轨道交通产业链推进情况\n\n新都区人民政府与成都轨道交通集团有限公司签署战略合作协议。"
        "成都瑞驰智控科技有限公司投资12亿元建设轨道交通网络控制系统研发生产基地项目，成都永泰电缆有限公司建设轨道交通线缆及连接器项目。\n")
    builders = {source for source, kind, _ in edges if kind == "DEVELOPS"}
    assert "Enterprise:成都轨道交通集团有限公司" not in builders
    assert ("Enterprise:成都瑞驰智控科技有限公司", "DEVELOPS", "Project:轨道交通网络控制系统研发生产基地") in edges


def test_two_verbs_before_chain_name_no_industry() -> None:
    """做大做强产业链 names no industry (IndustryChain 做强 had been made); 做优生物医药全产业链 still does."""
    nodes, _ = series_graph("津南区计划报告\n\n（三）做大做强产业链。做优生物医药全产业链，延伸新能源产业链。\n")
    assert names_of(nodes, "IndustryChain") == {"生物医药", "新能源"}


def test_a_short_form_declared_after_a_note_in_brackets_is_the_parks() -> None:
    """…临空经济区（大兴片区）（以下简称“临空经济区”）: the note stands between the name and its declared short form."""
    nodes, _ = series_graph("大兴区若干措施\n\n支持北京大兴国际机场临空经济区（大兴片区）（以下简称“临空经济区”）发展生物医药产业。"
                            "临空经济区重点发展航空服务。\n")
    park = nodes["Park:北京大兴国际机场临空经济区"]
    assert "临空经济区" in park.aliases
    assert "Park:临空经济区" not in nodes


def test_a_firm_owned_by_a_town_or_district_opens_after_that_role() -> None:
    """镇属企业上海车墩经济发展有限公司: 镇属 (town-owned) is the firm's role, as 国有 and 民营 were."""
    nodes, _ = series_graph("上海市松江区答复\n\n在打铁桥村，镇属企业上海车墩经济发展有限公司对原五金电镀集中区实施收储。"
                            "区属企业上海松江城市建设有限公司参与改造。\n")
    assert names_of(nodes, "Enterprise") == {"上海车墩经济发展有限公司", "上海松江城市建设有限公司"}


def test_a_group_named_before_its_subsidiarys_name_is_the_group() -> None:
    """中国电建集团 is the group, not 中国电建集团天津新能源装备有限公司 (a subsidiary written after its group's name);
    双流农投集团 is the group's registered name, though a branch's name holds 集团 too."""
    nodes, _ = series_graph(
        "津南区新能源产业链\n\n中国电建集团天津新能源装备有限公司为链主企业。积极对接中国电建集团，推动储能装备制造基地项目签约。"
        "成都双流农业投资发展集团有限公司黄水分公司承建农田项目，成都双流农业投资发展集团有限公司（以下简称“双流农投集团”）负责运营。"
        "双流农投集团表示将加快建设。\n")
    firms = names_of(nodes, "Enterprise")
    assert {"中国电建集团", "中国电建集团天津新能源装备有限公司"} <= firms
    assert "双流农投集团" in nodes["Enterprise:成都双流农业投资发展集团有限公司"].aliases
