"""Round-6 relation rules (LOCATED_IN, DEVELOPS, IN_CHAIN) on sentences of the gold passages."""

from __future__ import annotations

from pathlib import Path

from extractors.pipeline import extract
from kg.gold import load_passage
from kg.ingest import document_from_text

Triple = tuple[str, str, str]
GOLD = Path(__file__).resolve().parents[1] / "gold"


def triples(text: str) -> set[Triple]:
    """Relations read from the text (gazetteer PART_OF proposals left out)."""
    ex = extract(document_from_text(text, doc_id="t"))
    return {(r.type.value, r.source.name, r.target.name) for r in ex.relations if not r.rule.startswith("gazetteer")}


def test_park_back_reference_by_its_head() -> None:
    """s22: 科技城内已落户A、B等企业 refers back to 沈阳浑南科技城 (synthetic NOTES rule 8)."""
    got = triples("浑南区将以沈阳浑南科技城为主要承载区，集聚机器人、集成电路装备和航空装备三条产业链。"
                  "目前，科技城内已落户沈阳浑新机器人自动化有限公司、沈阳北方微纳装备股份有限公司等企业 60 余家。")
    assert ("LOCATED_IN", "沈阳浑新机器人自动化有限公司", "沈阳浑南科技城") in got
    assert ("LOCATED_IN", "沈阳北方微纳装备股份有限公司", "沈阳浑南科技城") in got


def test_sentence_chain_narrowed_by_item_name() -> None:
    """s12: of the two chains of the sentence, the project takes the one its name points to (ANNOTATION rule 29);
    a company keeps both (its name holds product words, not its chain)."""
    got = triples("福州市长乐区坚持向海发展。梅花镇依托渔港资源发展海洋渔业和海产品冷链加工，"
                  "福建闽梅海洋食品有限公司年产海产品冻品 5 万吨的闽梅冷链加工基地已建成投产。")
    assert ("IN_CHAIN", "闽梅冷链加工基地", "海产品冷链加工") in got
    assert ("IN_CHAIN", "闽梅冷链加工基地", "海洋渔业") not in got
    assert ("IN_CHAIN", "福建闽梅海洋食品有限公司", "海产品冷链加工") in got


def test_park_as_site_is_no_chain_item() -> None:
    """s01: under a chain heading, the park where a company expands its line is the line's site, not an item."""
    got = triples("(二)高端装备制造产业链\n吴中区坚持把高端装备制造作为主导产业，支持远腾数控与苏州大学共建数控系统联合创新中心，"
                  "推动远腾数控旗下的苏州远腾精工传动有限公司在吴中经济技术开发区扩建远腾精工滚珠丝杠产线。")
    assert ("IN_CHAIN", "远腾精工滚珠丝杠产线", "高端装备制造") in got
    assert ("IN_CHAIN", "吴中经济技术开发区", "高端装备制造") not in got


def test_heading_names_town_by_model_town_form() -> None:
    """s02: (一)木渎示范镇建设工程 is a town heading when the text names 木渎镇 in full (synthetic NOTES rule 2)."""
    got = triples("第五章 重点工程\n一、特色镇建设工程\n(一)木渎示范镇建设工程\n"
                  "加快推进木渎示范镇建设，完成五峰村、天平村整村改造，建成木渎古镇游客服务中心和灵岩山景区南入口广场，"
                  "推动太湖金谷科创园投入运营。到2025年，木渎镇常住人口达到 12.5 万人。\n"
                  "(二)光福镇工艺美术特色小镇建设工程\n建设光福工艺美术特色小镇，建成光福镇文化艺术中心。")
    assert {("LOCATED_IN", "木渎古镇游客服务中心", "木渎镇"), ("LOCATED_IN", "太湖金谷科创园", "木渎镇"),
            ("PART_OF", "五峰村", "木渎镇")} <= got
    assert ("LOCATED_IN", "木渎古镇游客服务中心", "光福镇") not in got


def test_village_before_a_name_locates_it_in_the_town() -> None:
    """c16: 依托双口镇小五堡田园综合体 — a village is no LOCATED_IN target, so the name before it is located in the
    village's town (ONTOLOGY: LOCATED_IN goes to Town, Region or Park)."""
    text = load_passage(next(GOLD.glob("corpus/c16-*.yaml"))).input_text
    ex = extract(document_from_text(text, doc_id="c16"))
    located = {(r.source.name, r.target.label.value, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}
    assert ("小五堡田园综合体", "Town", "双口镇") in located
    assert not any(target == "Village" for _, target, _ in located)


def test_title_chain_is_the_topic_of_projects() -> None:
    """s28: a news title naming one chain (…：动力电池产业链再添“强链”项目) gives projects with no other chain context
    that chain; companies and parks do not take it from the title."""
    text = load_passage(next(GOLD.glob("synthetic/s28-*.yaml"))).input_text
    ex = extract(document_from_text(text, doc_id="s28"))
    chained = {(r.source.label.value, r.source.name, r.target.name) for r in ex.relations if r.type.value == "IN_CHAIN"}
    assert ("Project", "四川岷江正极材料有限公司磷酸铁锂正极材料二期", "动力电池") in chained
    assert ("Project", "四川南广铝箔有限公司电池铝箔", "动力电池") in chained
    assert not any(label == "Enterprise" for label, _, _ in chained)


def test_paragraph_town_scope_starts_at_the_town() -> None:
    """s37: 建成大碶疏港高速复线和九峰山隧道，实施大碶街道先锋村…: the works named before the town in the lead are not
    located by it (synthetic NOTES rule 1); c11: 积极推进双街示范镇建设 still scopes its paragraph (rule 27)."""
    s37 = load_passage(next(GOLD.glob("synthetic/s37-*.yaml"))).input_text
    got = {(r.type.value, r.source.name, r.target.name) for r in extract(document_from_text(s37, doc_id="s37")).relations}
    assert ("LOCATED_IN", "九峰山隧道", "大碶街道") not in got
    assert ("LOCATED_IN", "大碶疏港高速复线", "大碶街道") not in got
    c11 = load_passage(next(GOLD.glob("corpus/c11-*.yaml"))).input_text
    got = {(r.type.value, r.source.name, r.target.name) for r in extract(document_from_text(c11, doc_id="c11")).relations}
    assert ("LOCATED_IN", "花卉博览园", "双街镇") in got


def test_public_body_not_located_by_town_heading() -> None:
    """s39: under (一)唐昌示范镇, 与郫都区农业农村局共建唐昌农产品质量检测中心 — the district bureau is no item of the town."""
    text = load_passage(next(GOLD.glob("synthetic/s39-*.yaml"))).input_text
    got = {(r.type.value, r.source.name, r.target.name) for r in extract(document_from_text(text, doc_id="s39")).relations}
    assert ("LOCATED_IN", "郫都区农业农村局", "唐昌镇") not in got
    assert ("LOCATED_IN", "唐昌农产品质量检测中心", "唐昌镇") in got


def test_a_place_s_unnamed_bodies_are_no_cooperation_partner() -> None:
    """002: 天津职业大学与河北省职业院校“结对子” pairs the university with Hebei's colleges, not with 河北省;
    the place itself still cooperates (北辰区与大兴区…合作)."""
    bodies = triples("深化教育联盟协同发展,助推天津职业大学与河北省职业院校“结对子”合作办学。")
    assert not {t for t in bodies if t[0] == "COOPERATES_WITH"}
    places = triples("北辰区与大兴区签署战略合作协议。")
    assert ("COOPERATES_WITH", "北辰区", "大兴区") in places or ("COOPERATES_WITH", "大兴区", "北辰区") in places


def test_a_town_written_in_full_inside_a_works_name_locates_it() -> None:
    """c07: 国家电投西堤头镇风力发电 is in 西堤头镇, which is annotated too (ANNOTATION rule 8); the next item of
    the list is not; a town's short form inside a name (中铁工程双口示范小城镇) locates nothing by this rule."""
    ex = extract(document_from_text("北辰区新能源和生态环保项目。国家电投西堤头镇风力发电、"
                                    "光大集团生活垃圾与餐厨垃圾协同处理项目等。", doc_id="t"))
    towns = {m.name for m in ex.mentions if m.label.value == "Town"}
    located = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}
    assert "西堤头镇" in towns
    assert ("国家电投西堤头镇风力发电", "西堤头镇") in located
    assert not any(source.startswith("光大集团") for source, _ in located)
    other = triples("松江区推进中建八局九亭镇商业综合体项目。北辰区推进中铁工程双口示范小城镇建设。")
    assert ("LOCATED_IN", "中建八局九亭镇商业综合体", "九亭镇") in other
    assert not any(rule[0] == "LOCATED_IN" and rule[2] == "双口镇" for rule in other)
