"""Names found in the fifteenth session's probe texts (an impact-assessment notice of 北辰区, a land auction's
result notice of 西青区, a leaders' assignment notice of 余杭区): a handing-over verb, a side of a site, a bidder's
role, a clause's 的 and a form of address are no part of a name; a voltage keeps its number."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text


def _names(sentence: str, title: str = "西青区国有建设用地使用权挂牌出让结果公示") -> set[tuple[str, str]]:
    ex = extract(document_from_text(f"{title}\n\n{sentence}\n", doc_id="r"))
    return {(m.label.value, m.name) for m in ex.mentions}


@pytest.mark.parametrize(("sentence", "found", "not_found"), [
    # M (北辰区's impact-assessment notice): 交由 (handed over to), the side of a village, a voltage
    ("危险废物交由天津合佳威立雅环境服务有限公司处置。", {("Enterprise", "天津合佳威立雅环境服务有限公司")},
     {("Enterprise", "危险废物交由天津合佳威立雅环境服务有限公司")}),
    ("项目位于西堤头镇赵庄子村北侧西堤头工业园内。", {("Park", "西堤头工业园")}, {("Park", "北侧西堤头工业园")}),
    ("项目接入220千伏天穆站。", {("Project", "220千伏天穆站")}, {("Project", "千伏天穆站"), ("Project", "项目接入220千伏天穆站")}),
    # N (西青区's land auctions): 经 before a body, a bidder's role, a clause's 的 before a listed firm, 要紧盯
    ("经天津市西青区人民政府批准，现将结果公示如下。", {("Organization", "天津市西青区人民政府")},
     {("Organization", "经天津市西青区人民政府")}),
    ("张家窝镇地块的竞得人天津瑞丰汽车零部件有限公司，是一汽丰田的一级供应商。",
     {("Enterprise", "天津瑞丰汽车零部件有限公司")},
     {("Enterprise", "竞得人天津瑞丰汽车零部件有限公司"), ("Enterprise", "人天津瑞丰汽车零部件有限公司")}),
    ("与已落户的天津力神电池股份有限公司等企业形成上下游配套。", {("Enterprise", "天津力神电池股份有限公司")},
     {("Enterprise", "已落户的天津力神电池股份有限公司")}),
    ("各镇街、开发区要紧盯已供地项目，加快建设。", set(), {("Project", "开发区要紧盯已供地项目")}),
    ("与所在地开发区管委会或镇人民政府签订协议。", set(), {("Organization", "所在地开发区管委会或镇人民政府")}),
])
def test_a_verb_a_side_a_role_or_a_clause_before_a_name_is_no_part_of_it(sentence: str, found: set,
                                                                          not_found: set) -> None:
    names = _names(sentence)
    assert found <= names
    assert not names & not_found


def test_a_surname_and_a_form_of_address_name_no_person() -> None:
    people = {name for label, name in _names("联系人：王女士、刘先生，联系电话：022-27391234。") if label == "Person"}
    assert not people & {"王女士", "刘先生"}
    assert ("Person", "王立新") in _names("联系人：王立新，联系电话：022-27391234。")


def test_a_list_items_clause_is_cut_only_before_a_name() -> None:
    """借助…的模式推进设立汇聚政产学研资介等诸多要素的大学科技园 (the corpus): no name after the 的, nothing found."""
    names = _names("借助“一园多校、一园一校、市校共建”的模式推进设立汇聚政产学研资介等诸多要素的大学科技园。")
    assert not any("政产学研" in name for _, name in names)


def test_a_drafts_note_is_no_part_of_the_policy_it_drafts() -> None:
    # P (包河区's plenary speech)
    names = _names("刚才，陈志远同志就《中共合肥市包河区委关于制定2024年国民经济和社会发展计划的意见（讨论稿）》作了说明。",
                   title="在中共合肥市包河区委十一届七次全会上的讲话")
    assert ("Policy", "中共合肥市包河区委关于制定2024年国民经济和社会发展计划的意见") in names


def test_two_chains_sharing_one_head_are_both_chains() -> None:
    names = _names("3.量子信息和空天信息产业链。\n加快发展新能源和生态环保产业。", title="在包河区委全会上的讲话")
    assert {("IndustryChain", "量子信息"), ("IndustryChain", "空天信息"), ("IndustryChain", "生态环保")} <= names


def test_a_counted_kind_of_works_is_no_name_unless_a_list_ends_with_it() -> None:
    names = _names("实施城市更新行动项目40个，新建望丛祠公园、犀浦生态湿地公园2个。", title="在包河区委全会上的讲话")
    assert ("Project", "城市更新行动项目") not in names
    assert ("Project", "犀浦生态湿地公园") in names


@pytest.mark.parametrize(("sentence", "people", "not_people"), [
    # Q (北辰区's mass start): 致辞 after the name; the leaders listed after 区领导
    ("区委副书记、区长陈剑致辞。陈剑在致辞中表示，要加快项目建设。", {"陈剑"}, {"陈剑致"}),
    ("区领导张立群、赵红梅、周宏亮、孙建华参加。", {"张立群", "赵红梅", "周宏亮", "孙建华"}, set()),
    # S (西堤头镇's feature): a titled name before 说 keeps its 来; an office's holder stands (站), no station
    ("郝堡村党总支书记郝春来说，村里变化很大。", {"郝春来"}, {"郝春"}),
    ("刘快庄村党总支书记刘宝军站在田埂上介绍。", {"刘宝军"}, set()),
])
def test_a_persons_name_ends_where_its_verb_starts(sentence: str, people: set, not_people: set) -> None:
    found = _names(sentence, title="北辰区重点项目集中开工")
    persons = {name for label, name in found if label == "Person"}
    assert people <= persons and not persons & not_people
    assert not any("书记" in name for label, name in found if label == "Project")


def test_a_phase_of_works_in_a_park_is_in_the_park_not_built_by_a_firm_of_its_name() -> None:
    # R (济南高新区's work summary): 济南药谷 had been a company building its own phases
    ex = extract(document_from_text("济南高新区管委会2023年工作总结\n\n济南药谷二期建成，济南药谷三期开工建设。\n", doc_id="r"))
    assert not any(m.name == "济南药谷" for m in ex.mentions)  # inside a name only (ANNOTATION rule 5)
    named = extract(document_from_text("济南高新区管委会2023年工作总结\n\n济南药谷获评国家级示范园区，济南药谷二期建成。\n",
                                       doc_id="r"))
    assert not any(m.label.value == "Enterprise" and m.name == "济南药谷" for m in named.mentions)
    assert ("济南药谷二期", "济南药谷") in {(r.source.name, r.target.name) for r in named.relations
                                           if r.type.value == "LOCATED_IN"}


@pytest.mark.parametrize(("sentence", "firms"), [
    # R (济南高新区's work summary): a state firm's short name, a firm's city in brackets closing a list
    ("依托中国重汽、比亚迪、澳柯玛（济南）等企业，打造智能网联汽车产业集群。", {"中国重汽", "比亚迪", "澳柯玛(济南)"}),
    # trade names the word list has no proper element for, led by a company
    ("以浪潮集团、中创软件、神思电子、山大地纬为龙头，新一代信息技术产业营收突破3000亿元。",
     {"浪潮集团", "中创软件", "神思电子", "山大地纬"}),
])
def test_every_firm_of_a_list_of_firms_is_found(sentence: str, firms: set) -> None:
    found = {name for label, name in _names(sentence, title="济南高新区管委会2023年工作总结") if label == "Enterprise"}
    assert firms <= found


def test_a_stretch_in_brackets_keeps_a_list_of_works_cut_as_before() -> None:
    """完成北辰道隔离带、京津公路(环外段)等绿化提升改造项目 (the corpus): the bracket names a stretch, no city."""
    names = _names("完成北辰道隔离带、京津公路(环外段)等绿化提升改造项目。", title="北辰区绿色生态屏障")
    assert ("Project", "北辰道隔离带") not in names


def test_a_heading_opened_by_the_industry_of_its_projects_names_their_chain() -> None:
    # Q (北辰区's mass start): (一)高端装备制造项目多点开花
    ex = extract(document_from_text("北辰区重点项目集中开工\n\n（一）高端装备制造项目多点开花\n"
                                    "天锻航空智能锻压装备产业化基地项目由天津天锻航空科技有限公司投资建设。\n", doc_id="q"))
    assert ("天锻航空智能锻压装备产业化基地", "高端装备制造") in {
        (r.source.name, r.target.name) for r in ex.relations if r.type.value == "IN_CHAIN"}


def test_works_named_after_their_park_and_the_programmes_word_open_after_them() -> None:
    # Q (北辰区's mass start): the main venue's project had been cut mid-word at the walk's reach
    names = _names("活动在北辰经济技术开发区高端装备制造产业园天锻航空智能锻压装备产业化基地项目现场举行。"
                   "主会场项目天锻航空智能锻压装备产业化基地项目由天津天锻航空科技有限公司投资建设。"
                   "废水排入北辰经济技术开发区医药医疗器械工业园污水处理厂。", title="北辰区重点项目集中开工")
    projects = {name for label, name in names if label == "Project"}
    assert "天锻航空智能锻压装备产业化基地" in projects
    assert not any(name.startswith(("技术开发区", "主会场", "项目")) for name in projects)
    assert "北辰经济技术开发区医药医疗器械工业园污水处理厂" in projects  # the rest is generic: the park stays


def test_a_size_before_a_park_says_which_park_it_is() -> None:
    # S (西堤头镇's feature): 就是占地5600亩的… had read as a role phrase (是全国重要的…), and the park's industry as
    # a chain of its own
    names = _names("就是占地5600亩的北辰区西堤头现代农业产业园。", title="北辰区乡村振兴")
    assert ("Park", "西堤头现代农业产业园") in names
    assert not any(label == "IndustryChain" for label, _ in names)
    assert ("Park", "蔬菜生产基地") not in _names("双街镇是全国重要的蔬菜生产基地。", title="北辰区乡村振兴")


@pytest.mark.parametrize(("sentence", "found", "not_found"), [
    # R, Q (济南高新区, 北辰区): a stage's verb, what works concern, a place's works
    ("续建济南轨道交通4号线。", {("Project", "济南轨道交通4号线")}, {("Project", "续建济南轨道交通4号线")}),
    ("果园新村街道老旧小区改造提升工程涉及北辰道两侧12个小区。", {("Project", "北辰道")}, {("Project", "工程涉及北辰道")}),
    ("市领导对北辰区项目建设工作给予肯定。", set(), {("Project", "北辰区项目")}),
])
def test_a_verb_before_works_or_a_place_alone_before_项目_makes_no_name_of_them(sentence: str, found: set,
                                                                                not_found: set) -> None:
    names = _names(sentence, title="北辰区重点项目集中开工")
    assert found <= names and not names & not_found
