"""Name fixes found reading the corpus graph (tenth session): honours won listed one after the other, kinds of
body listed as bodies, a brand's items written without their marks, and a station's hub."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.extractors.test_names import names


@pytest.mark.parametrize(("text", "honours"), [
    # 002: the clause marks were lost between the three honours won
    ("获评国家级医养结合试点单位国家级妇幼健康优质服务示范区首批国家级健康促进示范区,成功创建国家慢病示范区。",
     {"国家级妇幼健康优质服务示范区", "国家级健康促进示范区", "国家慢病示范区"}),
    ("荣获全国文明城区、国家级北辰现代农业示范区。", {"国家级北辰现代农业示范区"}),
    ("被评为全国科普示范区和国家级休闲农业示范区。", {"全国科普示范区", "被评为全国科普示范区"}),
])
def test_honours_listed_after_the_verb_are_honours(text: str, honours: set[str]) -> None:
    assert not honours & {n for _, n in names(text)}


def test_a_park_after_a_listed_honour_and_a_new_clause_is_a_park() -> None:
    found = {n for label, n in names("获评国家级医养结合试点单位,建设中关村科技园。") if label == "Park"}
    assert "中关村科技园" in found


@pytest.mark.parametrize(("text", "kind", "kept"), [
    ("引导京津冀区域内商业银行等金融机构与园区企业开展金融对接。", "商业银行", None),
    ("联合中国银行、渤海银行、政策性银行等金融机构。", "政策性银行", "渤海银行"),
    ("支持高校、科研院所等机构入驻。", "科研院所", None),
    ("推进国家实验室建设,集中突破一批核心关键技术。", "国家实验室", None),
])
def test_kinds_of_body_are_no_bodies(text: str, kind: str, kept: str | None) -> None:
    found = {n for _, n in names(text)}
    assert kind not in found and (kept is None or kept in found)


def test_a_brands_items_without_marks_are_no_name() -> None:
    """002: 信易游信易行… (five 信易 services, no 、 between them) and the 系列… after 等 name no project."""
    found = {n for _, n in names("鼓励市场机构开展信易游信易行信易租信易阅信易购等系列信易+应用示范项目。")}
    assert not {n for n in found if n.startswith(("信易", "系列"))}


@pytest.mark.parametrize(("name", "glued"), [
    ("信易游信易行信易租", True), ("信易游信易行", False), ("天津港天津港保税区", False), ("北京路北京城北京站", True),
])
def test_three_times_the_same_two_characters_is_a_glued_list(name: str, glued: bool) -> None:
    from extractors.name_filters import GLUED_LIST

    assert (GLUED_LIST.search(name) is not None) is glued


def test_a_stations_hub_is_the_station(corpus_build: Path) -> None:
    """002 writes 京滨城际北辰站枢纽 once: the station (京滨高铁北辰站), not a project of its own."""
    nodes = {json.loads(line)["id"]: json.loads(line)
             for line in (corpus_build / "nodes.jsonl").read_text(encoding="utf-8").splitlines()}
    assert "Project:京滨城际北辰站枢纽" not in nodes
    assert "京滨城际北辰站枢纽" in nodes["Project:京滨高铁北辰站"]["aliases"]


@pytest.mark.parametrize(("text", "bureaus"), [
    # from a chain plan in 即墨区's wording: the district's bureaus written 区X局 (ANNOTATION.md rule 17)
    ("即墨区\n区自然资源局每年安排工业用地。由区发展和改革局会同区统计局按季度通报。",
     {"即墨区自然资源局", "即墨区发展和改革局", "即墨区统计局"}),
    ("湘潭县\n县工业和信息化局牵头。", {"湘潭县工业和信息化局"}),
    # 局要: the segmenter glued 要 (must) to the suffix
    ("湘潭县\n县发展和改革局、县工业和信息化局要牵头落实。", {"湘潭县发展和改革局", "湘潭县工业和信息化局"}),
])
def test_a_districts_bureau_written_short_is_named_with_the_district(text: str, bureaus: set[str]) -> None:
    assert bureaus <= {n for label, n in names(text) if label == "Organization"}


@pytest.mark.parametrize("text", ["园区统计局负责。", "社区管理局。", "北辰区\n优化区域布局。"])
def test_a_word_ending_in_qu_before_a_bureau_is_no_district(text: str) -> None:
    assert not {n for label, n in names(text) if label == "Organization"}


@pytest.mark.parametrize(("text", "name", "junk"), [
    # from the probes (a chain plan in 即墨区's wording, signing news in 江宁区's and 越城区's)
    ("支持链主企业青岛康宁生物制药有限公司做大做强。", "青岛康宁生物制药有限公司", "链主企业青岛康宁生物制药有限公司"),
    ("认真落实青岛市人民政府印发的政策。", "青岛市人民政府", "认真落实青岛市人民政府"),
    ("据了解,今年以来江宁开发区已累计签约项目47个。", "江宁开发区", "今年以来江宁开发区"),
    ("越芯半导体系中芯集成电路制造(绍兴)有限公司控股子公司。", "中芯集成电路制造(绍兴)有限公司",
     "越芯半导体系中芯集成电路制造(绍兴)有限公司"),
    ("以海晟重工集团股份有限公司为链主企业。", "海晟重工集团股份有限公司", "重工集团股份有限公司"),
    ("即墨区\n区工业和信息化局承担领导小组办公室日常工作。", "即墨区工业和信息化局", "即墨区工业和信息化局承担领导小组"),
    ("可为越芯半导体等晶圆制造企业就近配套供应高纯试剂。", "越芯半导体", "可为越芯半导体"),
])
def test_words_before_a_name_that_are_no_part_of_it(text: str, name: str, junk: str) -> None:
    found = {n for _, n in names(text)}
    assert name in found and junk not in found


def test_a_kind_of_firm_in_a_company_name_stays() -> None:
    assert "天津市企业发展有限公司" in {n for _, n in names("天津市企业发展有限公司成立。")}


@pytest.mark.parametrize(("text", "junk"), [
    ("对链主企业新上项目给予用地保障,优先保障链上项目。", ("新上项目", "链上项目", "链主企业新上项目")),
    ("2023年,越城区集成电路产业实现产值300亿元。", ("越城区集成电路",)),  # 电路 is no road
    ("打造河口镇千亿级电池材料产业园。", ("级电池材料产业园",)),  # a scale is no part of a name
    ("即墨区\n区工业和信息化局承担领导小组办公室日常工作。", ("领导小组办公室",)),
])
def test_phrases_that_name_nothing(text: str, junk: tuple[str, ...]) -> None:
    assert not set(junk) & {n for _, n in names(text)}


def test_a_landscape_belt_before_its_phase_is_no_company() -> None:
    """湘潭县 probe: 湘江风光带二期工程 is works on the belt; 风光带 names no developer (as 堤, 桥, 道 do not)."""
    found = set(names("加快湘江风光带二期工程建设。"))
    assert ("Project", "湘江风光带二期") in found and not any(label == "Enterprise" for label, _ in found)


def _relations(text: str) -> set[tuple[str, str, str]]:
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    return {(r.type.value, r.source.name, r.target.name) for r in extract(document_from_text(text, doc_id="t")).relations}


def test_a_body_that_issued_a_policy_with_de_issued_it() -> None:
    """即墨区 probe: X印发的《P》 (the policy X issued) is X印发《P》."""
    found = _relations("即墨区\n认真落实青岛市人民政府印发的《青岛市支持先进制造业高质量发展若干政策》和区政府办公室"
                       "印发的《即墨区促进产业链精准招商十条措施》。")
    assert {("ISSUED_BY", "青岛市支持先进制造业高质量发展若干政策", "青岛市人民政府"),
            ("ISSUED_BY", "即墨区促进产业链精准招商十条措施", "即墨区政府办公室")} <= found  # resolution: 即墨区人民政府办公室


@pytest.mark.parametrize("text", ["深入实施产业链链长制。", "全面实施链长制。"])
def test_the_chain_chief_mechanism_after_shishi(text: str) -> None:
    from schema import Label

    assert ("Policy", "链长制") in names(text, {Label.POLICY})


def test_a_zones_party_working_committee_is_a_body_and_its_secretary_holds_office() -> None:
    """江宁区 probe: 江宁开发区党工委书记刘志强; the bare 开发区党工委 is the same body (the district's zone, as the
    text names it: extractors/bare_zones.py), 各开发区管委会 names nothing."""
    text = "江宁区\n江宁开发区党工委书记刘志强出席签约仪式。开发区党工委研究部署。要会同各开发区管委会梳理项目。"
    bodies = {n for label, n in names(text) if label == "Organization"}
    assert bodies == {"江宁开发区党工委"}
    assert ("HOLDS_OFFICE", "刘志强", "江宁开发区党工委") in _relations(text)


@pytest.mark.parametrize(("text", "project"), [
    # from the probes: a brand and a yearly capacity before the product (NOTES rule 10 writes the full company name)
    ("重点推进华腾汽车年产20万辆新能源整车项目建设。", "华腾汽车年产20万辆新能源整车项目"),
    ("推动楚能新材料年产5万吨正极材料项目投产。", "楚能新材料年产5万吨正极材料项目"),
    ("由浙江绍兴滨海新材料有限公司投资建设的年产5万吨电子级化学品项目竣工投产。", "年产5万吨电子级化学品项目"),
    # two works joined by 及 in one project's name, the first with a proper element and no suffix of its own
    ("南京瑞驰新能源科技有限公司将投资建设动力电池Pack及储能系统生产基地项目。", "动力电池Pack及储能系统生产基地"),
    ("此次签约的康恒创新药研发及产业化基地项目总投资15亿元。", "康恒创新药研发及产业化基地"),
])
def test_projects_named_by_capacity_or_by_two_works(text: str, project: str) -> None:
    assert ("Project", project) in names(text)


def test_a_school_and_its_kindergarten_stay_two_names() -> None:
    """002 (c07): 北京十一学校天津实验学校及幼儿园项目 — the school is a name of its own before 及."""
    found = {n for label, n in names("北京十一学校天津实验学校及幼儿园项目等。") if label == "Project"}
    assert "北京十一学校天津实验学校及幼儿园" not in found


def test_a_programme_that_benefits_the_people_is_no_name() -> None:
    """惠民 (jieba: a county of Shandong) is a common word: 文化惠民工程 is a programme."""
    assert not names("实施文化惠民工程。推进体质监测惠民及科学健身指导健康管理工程。")


def test_firms_set_at_the_head_of_an_industry_are_enterprises() -> None:
    """湘潭县 probe: 以湘电风能、金海钢构为龙头 — two trade names; an industry or a place at the head is none."""
    text = "湘潭县\n以湘电风能、金海钢构为龙头,风电装备产业集群初具规模。以湘莲食品加工为龙头。以北辰为龙头。"
    assert {n for label, n in names(text) if label == "Enterprise"} == {"湘电风能", "金海钢构"}


def test_an_assemblys_term_is_no_part_of_its_name() -> None:
    found = {n for label, n in names("——2024年1月8日在湘潭县第十八届人民代表大会第四次会议上") if label == "Organization"}
    assert found == {"湘潭县人民代表大会"}


def test_a_work_report_titled_with_its_year_is_issued_by_its_government() -> None:
    assert ("ISSUED_BY", "t", "湘潭县人民政府") in _relations("2024年湘潭县人民政府工作报告(摘要)\n县长 周建华\n一、工作回顾\n正文。")


def test_a_citys_departments_written_short_are_named_with_the_city() -> None:
    """合肥市 notice probe: the measures' lead and responsible units (ANNOTATION.md rule 17, as for a district)."""
    text = ("合肥市人民政府办公室关于印发《若干措施》的通知\n一、强化招商。(牵头单位:市发展改革委;责任单位:市自然资源和规划局、"
            "市财政局、市委组织部、市国资委、各县(市)区人民政府)")
    bodies = {n for label, n in names(text) if label == "Organization"}
    assert {"合肥市发展改革委", "合肥市自然资源和规划局", "合肥市财政局", "合肥市委组织部", "合肥市国资委"} <= bodies
    assert not {n for n in bodies if n.endswith("区人民政府")}  # 各县(市)区人民政府: every county's, no one body


def test_a_district_texts_city_departments_take_the_districts_city() -> None:
    found = {n for label, n in names("北辰区\n市发展改革委、市商务局会同区发展改革委推进。") if label == "Organization"}
    assert {"天津市发展改革委", "天津市商务局"} <= found


def test_bei_by_is_no_part_of_the_body_after_it() -> None:
    """002: …,被国家卫健委确定为城市医联体建设试点区."""
    assert ("Organization", "国家卫健委") in names("签约群众24.1万人,被国家卫健委确定为城市医联体建设试点区。")


@pytest.mark.parametrize(("text", "firm"), [
    # from a town's rural report in 砀山县's wording: cooperatives and family farms are the firms of rural texts
    ("桃源村依托砀山县桃源酥梨种植专业合作社,带动农户320户。", "砀山县桃源酥梨种植专业合作社"),
    ("由砀山县文旅投资有限公司与马庄村股份经济合作社共同开发。", "马庄村股份经济合作社"),
    ("砀山县良梨梨园家庭农场被认定为省级示范家庭农场。", "砀山县良梨梨园家庭农场"),
    ("梨都农业同砀山县良梨果蔬专业合作社签订订单收购协议。", "砀山县良梨果蔬专业合作社"),  # 同 (with)
    ("引进安徽梨都农业科技有限公司。", "安徽梨都农业科技有限公司"),  # 梨|都: a brand's capital, not 都 (all)
])
def test_rural_firms(text: str, firm: str) -> None:
    found = {n for label, n in names(text) if label == "Enterprise"}
    assert firm in found and not {n for n in found if n != firm and (firm in n or n in firm)}


def test_generic_cooperatives_are_no_firms() -> None:
    assert not {n for label, n in names("发展农民专业合作社和家庭农场。") if label == "Enterprise"}


def test_a_firm_investing_an_amount_to_build_develops() -> None:
    found = _relations("引进安徽梨都农业科技有限公司(以下简称“梨都农业”)。由梨都农业投资1.2亿元建设年产2万吨酥梨精深加工项目。")
    assert ("DEVELOPS", "安徽梨都农业科技有限公司", "年产2万吨酥梨精深加工项目") in found


@pytest.mark.parametrize(("text", "firm"), [
    # 合肥市 notice probe: a group's (集团) inside its legal name after 控股; a power company of the State Grid
    ("发挥合肥市建设投资控股(集团)有限公司作用。", "合肥市建设投资控股(集团)有限公司"),
    ("责任单位:市地方金融监管局、国网合肥供电公司。", "国网合肥供电公司"),
])
def test_company_names_with_a_bracketed_group_or_a_power_supply_suffix(text: str, firm: str) -> None:
    assert ("Enterprise", firm) in names(text)
    assert not {n for label, n in names(text) if label == "Region"}  # no 合肥市 taken from inside the name


def test_a_village_before_generic_works_stays_in_their_name() -> None:
    """砀山县 probe: 冷链 (cold chain) is a common word, so 三坝集村冷链仓储项目 keeps its village;
    中心村 (a central village) ends no 中心."""
    found = {n for label, n in names("砀山县良梨镇\n三坝集村冷链仓储项目建成运营。推进杨集村中心村建设。") if label == "Project"}
    assert found == {"三坝集村冷链仓储项目"}


def test_a_count_before_a_task_force_names_a_kind_of_body() -> None:
    """即墨区 probe: 每条重点产业链明确一家链主企业、一个承载园区和一个工作专班 — what each chain gets, no body."""
    found = {n for label, n in names("越城区\n每条重点产业链明确一家链主企业、一个承载园区和一个工作专班。成立区重点项目工作专班。"
                                     "(越城区融媒体中心 周敏)") if label == "Organization"}
    assert found == {"越城区重点项目工作专班", "越城区融媒体中心"}


def test_trade_names_of_a_project_list_are_enterprises_alike() -> None:
    """湘潭县 probe: 中科新能、华远电缆、鼎盛电子等12个项目 — three trade names standing for their firms (rule 15)."""
    found = names("湘潭县\n推动中科新能、华远电缆、鼎盛电子等12个项目落户天易经济开发区。")
    assert {("Enterprise", n) for n in ("中科新能", "华远电缆", "鼎盛电子")} <= found
