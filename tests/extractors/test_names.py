"""Golden tests of kg_names (after kg_overlaps): parks, projects, enterprises, organisations."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from extractors.proper import has_proper_element
from kg.ingest import document_from_text, read_document
from schema import Document, Label

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
NAME_LABELS = {Label.PARK, Label.PROJECT, Label.ENTERPRISE, Label.ORGANIZATION}


def names(text: str, labels: set[Label] = NAME_LABELS) -> set[tuple[str, str]]:
    """``(label, name)`` of every mention of ``labels`` the pipeline finds in ``text``."""
    ex = extract(document_from_text(text, doc_id="golden"))
    return {(m.label.value, m.name) for m in ex.mentions if m.label in labels}


@lru_cache(maxsize=None)
def corpus(prefix: str) -> Document:
    return read_document(next(RAW.glob(f"{prefix}_*.txt")), root=RAW)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # generic phrases are not names (ANNOTATION.md rule 3)
        ("全面形成出村有车水马龙的主干路、村内有四通八达的乡间路的交通出行环境。", set()),
        ("建设郊野公园和口袋公园,完善大数据中心。", set()),
        ("加快产业项目落地,推进示范区内市政管网、供水等配套设施建设。", set()),
        # a proper element makes a name: number, coined word, place
        ("完成燃气管网改造、1号供热站等工程建设。", {("Project", "1号供热站")}),
        ("推动花卉博览园、民宿小镇等项目落地,推进光华国际学校建设。",
         {("Project", "花卉博览园"), ("Park", "民宿小镇"), ("Project", "光华国际学校")}),
        # an industry may name one definite park
        ("推进高端装备产业园建设。", {("Park", "高端装备产业园")}),
        # items of an explicit 等项目 list are projects even when generic-looking (rule 14)
        ("建设奶牛公社、房车营地等产业项目。", {("Project", "奶牛公社"), ("Project", "房车营地")}),
        # enterprise names in a project list are the enterprises (rule 15)
        ("推动捷强动力、贝思达医疗器械等40余个重大项目。",
         {("Enterprise", "捷强动力"), ("Enterprise", "贝思达医疗器械")}),
        ("SMC二期开工建设。", {("Project", "SMC二期"), ("Enterprise", "SMC")}),
        # a long descriptive name with a specific type is a name; a short generic one is not
        ("都市绿谷田园综合体开园运营。", {("Project", "都市绿谷田园综合体")}),
        ("打造城镇服务综合体。", set()),
        ("以康养中心及景区配套功能打造为核心。", set()),
    ],
)
def test_names_golden(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("prefix", "proper"),
    [("郊野", False), ("主干", False), ("城市", False), ("北辰", True), ("1号", True), ("SMC", True),
     ("爱旭", True), ("潮悦", True), ("日间照料", False),
     # common words jieba's dictionary lacks are vocabulary, not coined names
     ("康养", False), ("海铁", False), ("山野", False)],
)
def test_proper_element(prefix: str, proper: bool) -> None:
    assert has_proper_element(prefix) is proper


def test_corpus_town_projects_have_no_generic_project() -> None:
    """002's town-project chapter names real projects and no generic road or utility phrases."""
    ex = extract(corpus("002"))
    found = {m.name for m in ex.mentions if m.label == Label.PROJECT}
    assert {"1号供热站", "光华国际学校", "花卉博览园"} <= found
    assert not found & {"主干路", "乡间路", "亦产亦城", "产业项目", "供水", "市政管网"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # company names keep 发展/管理 and a bracketed place (round 2)
        ("支持苏州澄湖文旅发展集团有限公司参与开发。", {("Enterprise", "苏州澄湖文旅发展集团有限公司")}),
        ("合资成立三河古镇旅游运营管理有限公司。", {("Enterprise", "三河古镇旅游运营管理有限公司")}),
        ("园内华芯（无锡）微电子有限公司已投产。", {("Enterprise", "华芯(无锡)微电子有限公司")}),
        # a full company name at the start of a project name is the Enterprise too
        ("四川叙新动力电池有限公司年产20GWh储能电池项目签约。",
         {("Enterprise", "四川叙新动力电池有限公司"),
          ("Project", "四川叙新动力电池有限公司年产20GWh储能电池")}),  # NOTES rule 10: without 项目
        # a park before a road is the road's location; road works are named by the road
        ("推进高端装备产业园永信道、通跃路等道路建设。",
         {("Park", "高端装备产业园"), ("Project", "永信道"), ("Project", "通跃路")}),
        ("积极推动杨北公路改扩建工程。", {("Project", "杨北公路")}),
        # a public body keeps 发展和改革 / 工业和信息化; a bureau needs its region
        ("南京市江宁区工业和信息化局会同江宁区发展和改革委员会印发。",
         {("Organization", "南京市江宁区工业和信息化局"), ("Organization", "江宁区发展和改革委员会")}),
        ("形成新发展格局。", set()),
    ],
)
def test_round2_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 日 inside a short company name is no date (a date needs a number before it)
        ("大力推动久日新材、天辰绿能、银龙预应力等现有企业发展壮大。",
         {("Enterprise", "久日新材"), ("Enterprise", "天辰绿能"), ("Enterprise", "银龙预应力")}),
        # 和 at the end of a list item is part of the name, not a list joiner
        ("重点瞄准一汽富维、丰铁、高丘六和、爱德克斯等企业。",
         {("Enterprise", "一汽富维"), ("Enterprise", "丰铁"), ("Enterprise", "高丘六和"), ("Enterprise", "爱德克斯")}),
    ],
)
def test_round3_short_company_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text, {Label.ENTERPRISE}) == expected


@pytest.mark.parametrize(
    "text",
    [
        "北辰区具有成为天津北部区域经济中心的优势。",  # a city's role, not a project
        "城镇化是现代化的必由之路。",  # an idiom ending in 路 is no road
        "加强扬尘道路的清扫保洁。",  # a class of roads
    ],
)
def test_round3_no_project(text: str) -> None:
    assert not names(text, {Label.PROJECT})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # <full company name><capacity><product>项目 is one project; the company is named too (NOTES rule 10)
        ("陕西泾渭重卡新能源有限公司年产1万辆氢燃料电池重卡项目在高陵区开工。",
         {("Enterprise", "陕西泾渭重卡新能源有限公司"), ("Project", "陕西泾渭重卡新能源有限公司年产1万辆氢燃料电池重卡")}),
        ("推进浙江甬兴石化有限公司 120 万吨/年乙烯项目。",
         {("Enterprise", "浙江甬兴石化有限公司"), ("Project", "浙江甬兴石化有限公司120万吨/年乙烯")}),
    ],
)
def test_round3_company_capacity_projects(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text, {Label.ENTERPRISE, Label.PROJECT}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare trade name in a project list stands for its enterprise (ANNOTATION.md rule 15)
        ("推动京东方、海尔等重点项目落地。", {("Enterprise", "京东方"), ("Enterprise", "海尔")}),
        # a descriptive or coined place name in the same list stays a project
        ("建设水岸花田、房车营地等重点项目。", {("Project", "水岸花田"), ("Project", "房车营地")}),
    ],
)
def test_round4_trade_names_in_project_lists(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text, {Label.ENTERPRISE, Label.PROJECT}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a place is or becomes is a role, not a named park or project
        ("该县是全国重要的蔬菜生产基地。", set()),
        ("力争将该镇打造成长江流域知名的文化旅游特色小镇。", set()),
        # 集…于一体的<name> introduces a named facility; 二是 is an ordinal, not 是
        ("建成集办公、商业于一体的银湖天地购物中心。", {("Project", "银湖天地购物中心")}),
        ("二是加快南湖镇的银湖物流港建设。", {("Project", "银湖物流港")}),
    ],
)
def test_round4_role_descriptions(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text, {Label.PARK, Label.PROJECT}) == expected


def test_round4_word_ending_in_ju_is_no_bureau() -> None:
    """布局 after a town is a verb, not a bureau (在大碶街道布局 is no Organization)."""
    assert not names("北仑区引导企业在大碶街道布局研发中心。", {Label.ORGANIZATION})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 中 after a stop word starts a name; branches and design institutes are enterprises (rule 15)
        ("中国电建下属中材科技(江苏)投资有限公司、中国一冶江南分公司和中冶华东设计院相继落户我区。",
         {("Enterprise", "中国电建"), ("Enterprise", "中材科技(江苏)投资有限公司"),
          ("Enterprise", "中国一冶江南分公司"), ("Enterprise", "中冶华东设计院")}),
        # a garbled 有限公 ends a company name; the canonical form gets its 司 back
        ("中铁集团下属中铁(江苏)建设有限公中铁二局物流有限公司相继落户。",
         {("Enterprise", "中铁集团"), ("Enterprise", "中铁(江苏)建设有限公司"), ("Enterprise", "中铁二局物流有限公司")}),
    ],
)
def test_round4_company_starts_and_ends(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text, {Label.ENTERPRISE}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acronyms of general vocabulary and the words 文旅/赋能 are no proper element
        ("加快5G基站建设,打造TOD交通综合体,积极争取PPP项目。", set()),
        ("引进一批特色文旅项目,实施数字赋能工程。", set()),
        ("推进SMC二期建设。", {("Project", "SMC二期")}),
        # industries listed before 主题园区 qualify the parks, they name none
        ("着力打造一批工业设计、跨境电商等主题园区。", set()),
        # a space between two Latin words stays in the name
        ("力促海信Mini LED电视等在谈项目签约落地。", {("Project", "海信MiniLED电视")}),
    ],
)
def test_round4_generic_elements(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text, {Label.PARK, Label.PROJECT}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sectors listed before 国有企业 are no enterprises; abbreviated institutes (…院) are
        ("加强与电力、燃气、通信等国有企业的沟通。", set()),
        ("依托天工院、水泥院等科研企业。", {("Enterprise", "天工院"), ("Enterprise", "水泥院")}),
        # 股份 before 合作社 ends no company name; 产城(融合) is no proper element
        ("鼓励农民以土地经营权入股土地股份合作社。", set()),
        ("实施产城融合工程。", set()),
        # 风景区 and 文化园 are project suffixes
        ("积极推进金沙风景区项目建设,打造凤鸣文化园。", {("Project", "金沙风景区"), ("Project", "凤鸣文化园")}),
        # 建设 inside a body's name, but not after a verb; an institute in a 等产业项目 list is a project
        ("充分发挥区城市建设指挥部办公室协调作用。", {("Organization", "区城市建设指挥部办公室")}),
        ("开发建设茶业研究院、茶园公社等产业项目。", {("Project", "茶业研究院"), ("Project", "茶园公社")}),
    ],
)
def test_round4_sectors_suffixes_bodies(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the items after a category sentence ending in 项目 are projects named as written (rule 14)
        ("新能源和环保项目。远景鄂尔多斯风电整机制造、华能储能电站、国能生物质发电与热电联产项目等。",
         {("Project", "远景鄂尔多斯风电整机制造"), ("Project", "华能储能电站"), ("Project", "国能生物质发电与热电联产项目")}),
        # a town and a bare facility type in such a list are no works
        ("现代服务业项目。万达广场、中建科技区域性总部、中铁工程南湖示范小城镇及幼儿园项目等。",
         {("Project", "万达广场"), ("Project", "中建科技区域性总部")}),
    ],
)
def test_round4_category_led_project_lists(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list after 引进/招引 names kinds of projects wanted; with a proper element they are projects
        ("积极引进储能电池、氢燃料电池等龙头项目。", set()),
        ("推进汇川储能电池、华能氢燃料电池等龙头项目。", {("Project", "汇川储能电池"), ("Project", "华能氢燃料电池")}),
        # a branch of an alliance is one organisation
        ("推动成立新能源汽车产业联盟武清分盟。", {("Organization", "新能源汽车产业联盟武清分盟")}),
        # corridors and core areas are planning concepts (ANNOTATION.md rule 4)
        ("拥有永定河、北运河生态廊道,承担天津都市核心功能区疏解。", set()),
    ],
)
def test_round4_wanted_kinds_branches_concepts(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_round4_level_classes_are_no_organizations() -> None:
    """省级/市级 + a body type names a class of bodies (an honour level), not one body."""
    assert not names("建成省级工程研究中心和市级大学科技园。", {Label.ORGANIZATION})


def test_round4_numbered_range_in_a_name() -> None:
    """至 between numbered items stays in the name."""
    assert names("推进北仑港区3号至5号集装箱泊位建设。", {Label.PROJECT}) == {("Project", "北仑港区3号至5号集装箱泊位")}


def test_round4_phase_of_a_quoted_campaign() -> None:
    """“X”二期 is a stage of a quoted programme: no project, and no enterprise behind it."""
    assert not names("完成城东街道“海绵改造”二期建设任务。", {Label.PROJECT, Label.ENTERPRISE})


def test_round4_heritage_lists_are_no_projects() -> None:
    """Items of a 等文物修缮工程 list are heritage sites (ANNOTATION.md rule 4), no projects."""
    assert not names("完成南关村关帝庙、北塘古炮台等文物修缮工程。", {Label.PROJECT})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma for the list's last 、 (A、B、C，D等): the items before it are in the list too
        ("以奶业为中心，开发建设奶业研究院、奶牛公社、奶牛粮仓、乳品工坊，奶业科普馆等产业项目。",
         {("Project", "奶业研究院"), ("Project", "奶牛公社"), ("Project", "奶牛粮仓"), ("Project", "乳品工坊"),
          ("Project", "奶业科普馆")}),
        # a list of its own before the comma (…等领域), or a clause opening with a verb after it: no join
        ("围绕研发设计、供应链服务、制造数字化服务、工业互联网等领域，推进北科建产业园等项目建设。",
         {("Park", "北科建产业园")}),
        ("建设奶牛公社、奶牛粮仓、乳品工坊，推进奶业科普馆等项目。", {("Project", "奶业科普馆")}),
        # places, short words or counts before the comma, or a verb after it: no join (a review's probes)
        ("西青区重点推进杨柳青镇、辛口镇、精武镇，中北镇等区域的产业项目落地。", set()),
        ("完成道路、管网、绿化，大学城体育馆等项目建设。", {("Project", "大学城体育馆")}),
        ("新建幼儿园3所、小学2所、中学1所，新城医院等项目。", {("Project", "新城医院")}),
    ],
)
def test_a_comma_standing_for_the_last_list_mark(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text, {Label.PROJECT, Label.PARK}) == expected


def test_a_word_of_position_glued_to_a_road_ends_both_names() -> None:
    """公路沿线 is one dictionary word: the road before a list and its first item are two names (c04); a
    works named along a road keeps 沿线 (a review's probe)."""
    text = "三是改造提升京津公路沿线红星美凯龙、辰悦广场等现有商业载体水平。"
    assert names(text, {Label.PROJECT}) == {("Project", "京津公路"), ("Project", "红星美凯龙"), ("Project", "辰悦广场")}
    assert names("实施津沽公路沿线综合整治工程。", {Label.PROJECT}) == {("Project", "津沽公路沿线综合整治")}


def test_a_part_of_a_park_written_after_it_is_in_its_name() -> None:
    """北辰科技园南区 is one park (c19); …园南区域 is a park and a region of it."""
    assert names("结合北辰科技园南区转型升级，积极引入创新孵化。", {Label.PARK}) == {("Park", "北辰科技园南区")}
    assert names("北辰科技园南区域内企业。", {Label.PARK}) == {("Park", "北辰科技园")}
    assert names("滨海高新区南区块和北区块同步开发。", {Label.PARK}) == {("Park", "滨海高新区")}


def test_a_phase_in_brackets_after_a_project_is_in_its_name() -> None:
    """s16: 坪康生物疫苗产业化基地（一期） is one project, written with half-width brackets; a phase before 工程 or
    项目 stays in the name too (three reviews: the first phase is not the whole), and no company is made of the base."""
    text = "推动坪康生物疫苗产业化基地（一期）于２０２３年３月开工。"
    assert names(text, {Label.PROJECT}) == {("Project", "坪康生物疫苗产业化基地(一期)")}
    assert names("京雄高速公路（一期）工程开工。", {Label.PROJECT}) == {("Project", "京雄高速公路(一期)")}
    hub = extract(document_from_text("天津西站交通枢纽（一期）已完工。", doc_id="hub"))
    assert {(m.label, m.name) for m in hub.mentions} == {(Label.PROJECT, "天津西站交通枢纽(一期)")}
    assert not hub.relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加快推进嘉闵线、地铁11号线北延伸建设，规划研究嘉青松金线。",
         {("Project", "嘉闵线"), ("Project", "地铁11号线北延伸"), ("Project", "嘉青松金线")}),
        ("推进轨道交通建设，开通京雄城际，建设津兴线。", {("Project", "津兴线")}),
        # no rail words in the sentence, or common words before 线: no line
        ("建设津兴线。", set()),
        ("加快地铁建设，坚持底线思维，守住耕地红线，优化公交线网，开通地铁接驳线。", set()),
        # a common word before 线 is a bus or a view (a review's probes)
        ("加快地铁建设，开通公交微循环线、社区巴士线。", set()),
        ("开展中轴线、滨河景观线提升，完善地铁站点周边慢行系统。", set()),
    ],
)
def test_rail_lines_named_by_a_coined_word(text: str, expected: set[tuple[str, str]]) -> None:
    """s34: rail lines are projects (ANNOTATION rule 11) also without 号线."""
    assert {x for x in names(text, {Label.PROJECT}) if x[1].endswith("线") or "线" in x[1]} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number in Chinese names a school as digits do (c02)
        ("启动九十二中学扩建工程，新开办7所中小学。", {("Project", "九十二中学扩建工程")}),
        # a residential 家园 with a proper element (c02); slogans are none
        ("加快推进双青新家园非经营性配套公建建设。", {("Project", "双青新家园")}),
        ("共建美丽家园、温馨家园和文明家园。", set()),
        ("文明路改造工程完工，推进温馨花园二期建设。", {("Project", "文明路"), ("Project", "温馨花园二期")}),
    ],
)
def test_numbered_schools_and_named_homes(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text, {Label.PROJECT}) == expected


def test_disciplines_ending_in_gongcheng_are_no_works() -> None:
    """002: 依托河北工业大学机械工程、…、材料科学与工程等优势学科 lists disciplines, not projects."""
    text = "依托河北工业大学机械工程、能源与环境工程、电气工程、材料科学与工程等优势学科，整合大学科技资源。"
    assert names(text, {Label.PROJECT}) == set()
    assert ("Project", "南水北调配套工程") in names("实施引滦入津工程、南水北调配套工程等重点工程。", {Label.PROJECT})


def test_common_words_ending_in_a_works_suffix_are_no_works() -> None:
    """分阶段, 多渠道, 新阶段 were projects by 段/道 (corpus graph); roads and sections stay."""
    text = "分阶段推进改造，拓宽多渠道融资，进入新阶段，探索新思路。加快北辰道建设，完成北运河北辰段治理。"
    assert names(text, {Label.PROJECT}) == {("Project", "北辰道")}  # 北运河北辰段: a river's stretch (rule 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a size inside a works' name after a name word (s18)
        ("园内华芯（无锡）微电子有限公司投资的华芯12英寸特色工艺生产线已于6月投产。",
         {("Project", "华芯12英寸特色工艺生产线")}),
        # a capacity in front of a generic works is no name; 特色 elsewhere is no part of one
        ("建设100兆瓦光伏电站。", set()),
        ("推进衔接大运河特色绿道建设。", set()),
    ],
)
def test_sizes_inside_works_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text, {Label.PROJECT}) == expected


@pytest.mark.parametrize(
    "text",
    [
        "一是开通双向转介绿色通道，二是打造成天津市精品项目。",  # a clause opening with a verb (a review of the corpus graph)
        "推进外环河等市管河道治理。",  # a list read as one name
        "恒大御景湾等一批高端居住区中储城邦建成。",
        "企事业单位广泛开展助残慈善项目。",
    ],
)
def test_clauses_and_lists_are_no_names(text: str) -> None:
    assert names(text, {Label.PROJECT, Label.PARK, Label.ORGANIZATION, Label.ENTERPRISE}) == set()


@pytest.mark.parametrize(
    "text",
    [
        "成功创建第三批国家公共文化服务体系示范区。",  # an honour won (a review of the corpus graph)
        "巩固国家公共文化服务体系示范区创建成果。",
        "获评国家级农村职业教育成人教育示范区。",
        "争创天津市业余训练基地。",
    ],
)
def test_honours_won_are_no_parks_or_projects(text: str) -> None:
    assert names(text, {Label.PARK, Label.PROJECT, Label.ORGANIZATION}) == set()


def test_a_park_built_is_still_a_park() -> None:
    assert names("推进国家级产城融合示范区建设。", {Label.PARK}) == {("Park", "国家级产城融合示范区")}


def test_items_before_deng_jigou_must_name_bodies() -> None:
    """引进北京、长三角…知名的教育、医疗等机构 lists places and kinds of body (a review of the corpus graph);
    坤鼎、中南等产业运营机构 and 中国科学院、天津大学等机构 name bodies."""
    text = "引进北京、长三角、大湾区乃至海外知名的教育、医疗、文体、养老等机构。"
    assert names(text, {Label.ORGANIZATION, Label.ENTERPRISE}) == set()
    named = "积极对接坤鼎、中南等产业运营机构。引进中国科学院、天津大学等机构。"
    assert names(named, {Label.ORGANIZATION, Label.ENTERPRISE}) == {
        ("Enterprise", "坤鼎"), ("Enterprise", "中南"), ("Organization", "中国科学院"), ("Organization", "天津大学")}


def test_places_listed_before_a_works_head_stay_places() -> None:
    """新村街、宜兴埠镇及北仓镇等社区卫生服务中心建设项目: the towns were projects (a review of the corpus graph)."""
    text = "北辰区加快推进宜兴埠镇及北仓镇等社区卫生服务中心建设项目。"
    assert names(text, {Label.PROJECT}) == set()
    assert {("Town", "宜兴埠镇"), ("Town", "北仓镇")} <= names(text, {Label.TOWN})


def test_classes_of_works_are_no_names() -> None:
    """普通学校, 镇街文体中心, 区级残疾人康复中心 … are classes (a review of the corpus graph)."""
    text = "新建普通学校3所，完善镇街文体中心、镇街综合养老服务中心和区级残疾人康复中心，建设复合型智能灯杆。"
    assert names(text, {Label.PROJECT, Label.PARK, Label.ORGANIZATION}) == set()


def test_rivers_and_websites_are_no_works() -> None:
    """大运河北辰段 (c20) and 信用中国(天津北辰)网站 are no projects (rule 4); the works on a diversion
    channel are."""
    text = "保护大运河北辰段，建好信用中国(天津北辰)网站，推进淀南引河治理工程。"
    assert names(text, {Label.PROJECT}) == {("Project", "淀南引河治理工程")}


def test_bodies_before_deng_jigou_in_a_long_document_with_many_places() -> None:
    """600 lists before 等机构 among 10,000 places (the review that made the place check a look-up timed it:
    1.3 s of checks before, 0.03 s after; benchmarks/PROFILE.md): the bodies are found, the towns stay towns."""
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    places = "北辰区双街镇、西堤头镇、大张庄镇、青光镇、天穆镇建设美丽乡村。\n" * 2000
    lists = "".join(f"双街镇、西堤头镇、大张庄镇积极引进天津{i}号研究院、北京{i}号实验室等机构。\n" for i in range(600))
    found = extract(document_from_text(places + lists, doc_id="bodies")).mentions
    organizations = {m.name for m in found if m.label == Label.ORGANIZATION}
    assert {"北京7号实验室", "北京599号实验室"} <= organizations
    assert not organizations & {"双街镇", "西堤头镇", "大张庄镇"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted item of a project list is a project named without its quotes (c17; ANNOTATION rules 1, 14)
        ("推动“梦天津”、花卉博览园、民宿小镇等项目落地。",
         {("Project", "梦天津"), ("Project", "花卉博览园"), ("Park", "民宿小镇")}),
        # also inside the list, and a quoted coinage is no trade name for an enterprise (rule 15)
        ("推进城市大脑、“智慧北辰”等重点项目。", {("Project", "城市大脑"), ("Project", "智慧北辰")}),
        # a quoted slogan of counted parts is a layout, no works (rule 20: 两新一重)
        ("启动“一园两带”、苏州湾文化中心等项目。", {("Project", "苏州湾文化中心")}),
        ("加快推进“一核两翼”、章丘明水古城等项目建设。", {("Project", "章丘明水古城")}),
        # quoted items of other lists (programmes, models) stay out
        ("推进“城市双修”、“海绵城市”等工程。", set()),
        ("探索“总部+生产基地型”、“部门合作型”等多种模式。", set()),
    ],
)
def test_quoted_items_of_project_lists(text: str, expected: set[tuple[str, str]]) -> None:
    assert names(text, {Label.ENTERPRISE, Label.PROJECT, Label.PARK}) == expected
