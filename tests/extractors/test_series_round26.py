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
