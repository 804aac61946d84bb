"""Rules from the twenty-sixth session: the earlier reviews' open items and the session's series probes."""

from __future__ import annotations

from tests.extractors.series_graphs import series_graph


def test_a_projects_owner_named_by_its_role_develops_it() -> None:
    _, edges = series_graph(
        "招标公告汇总\n\n本招标项目璧山区来凤街道璧青路南延伸段道路工程（一期）已由重庆市璧山区发展和改革委员会以璧山发改投"
        "〔2024〕186号文件批准建设，项目业主为重庆市璧山区城市建设发展集团有限公司，建设资金来自地方政府专项债券资金。"
        "本招标项目重庆璧山高新区新能源汽车零部件产业园标准厂房（三期）工程已备案，招标人为重庆璧山高新技术产业开发区"
        "开发投资有限公司，建设资金来源为企业自筹。\n")
    assert ("Enterprise:重庆市璧山区城市建设发展集团有限公司", "DEVELOPS", "Project:璧青路南延伸段") in edges
    assert ("Enterprise:重庆璧山高新技术产业开发区开发投资有限公司", "DEVELOPS",
            "Park:重庆璧山高新区新能源汽车零部件产业园") in edges
    assert not [e for e in edges if e[1] == "DEVELOPS" and e[0].endswith("发展和改革委员会")]


def test_the_owner_of_works_written_before_the_sentence_develops_them_not_the_routes_ends() -> None:
    _, edges = series_graph(
        "区长信箱回复\n\n您反映的路段属于浦乌路快速化改造工程（二期）的施工范围。该工程北起新锦湖路，南至江北大道，全长约4.6"
        "公里，建设单位为南京江北新区建设投资集团有限公司，施工总承包单位为中铁十局集团有限公司。\n")
    developed = {(s, t) for s, kind, t in edges if kind == "DEVELOPS"}
    assert developed == {("Enterprise:南京江北新区建设投资集团有限公司", "Project:浦乌路")}


def test_works_built_by_their_owner_or_agent_after_by() -> None:
    _, edges = series_graph(
        "征收决定公告\n\n其中浦珠北路拓宽改造工程由南京江北新区建设投资集团有限公司（以下简称“江北建投”）作为项目业主建设，"
        "道路红线由现状24米拓宽至50米。城南河片区旧城区改建项目由南京江北新区城市更新建设发展有限公司负责实施。"
        "天润城九年一贯制学校项目由南京江北新区公用资产投资发展集团有限公司代建，施工单位为中建八局第三建设有限公司。\n")
    developed = {(s, t) for s, kind, t in edges if kind == "DEVELOPS"}
    assert developed == {("Enterprise:南京江北新区建设投资集团有限公司", "Project:浦珠北路"),
                         ("Enterprise:南京江北新区城市更新建设发展有限公司", "Project:城南河片区旧城区改建项目"),
                         ("Enterprise:南京江北新区公用资产投资发展集团有限公司", "Project:天润城九年一贯制学校")}


def test_a_party_that_is_the_projects_owner_develops_it() -> None:
    _, edges = series_graph("项目简介\n\n星河智造产业园二期项目位于王台镇，青岛星河实业发展有限公司为该项目的建设单位。\n")
    assert ("Enterprise:青岛星河实业发展有限公司", "DEVELOPS", "Project:星河智造产业园二期") in edges


def test_a_numbered_company_keeps_its_number() -> None:
    nodes, edges = series_graph(
        "包河区纳税50强\n\n序号\t企业名称\t所属行业\t所在街道\n10\t中铁四局集团有限公司\t建筑业\t芜湖路街道\n"
        "11\t中铁四局集团第一工程有限公司\t建筑业\t芜湖路街道\n\n"
        "项目由中交第一航务工程局有限公司承建，河南省第一建筑工程集团有限责任公司施工。项目总承包单位中建三局第一建设工程"
        "有限责任公司项目经理介绍进度。该公司成为全省第一家上市的科技有限公司。\n")
    assert {"Enterprise:中铁四局集团有限公司", "Enterprise:中铁四局集团第一工程有限公司", "Enterprise:中交第一航务工程局有限公司",
            "Enterprise:河南省第一建筑工程集团有限责任公司", "Enterprise:中建三局第一建设工程有限责任公司"} <= set(nodes)
    assert nodes["Enterprise:中铁四局集团有限公司"].aliases == []
    assert not [n for n in nodes if n in ("Enterprise:工程有限公司", "Enterprise:航务工程局有限公司") or "第一家" in n]
    assert ("Enterprise:中铁四局集团第一工程有限公司", "LOCATED_IN", "Town:芜湖路街道") in edges


def test_a_road_a_street_is_named_after_is_no_street() -> None:
    nodes, edges = series_graph("金水区新闻\n\n金水区庙李村城中村改造安置房项目位于东风路与文化路交叉口东北角，丹尼斯大卫城位于花园路商圈。"
                                "经八路街道、花园路街道召开推进会。\n")
    assert {"Town:经八路街道", "Town:花园路街道"} <= set(nodes)
    assert "Town:东风路街道" not in nodes and "Town:文化路街道" not in nodes
    assert nodes["Town:花园路街道"].aliases == []
    assert not [e for e in edges if e[0] == "Project:丹尼斯大卫城" and e[1] == "LOCATED_IN"]
