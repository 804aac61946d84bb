"""Relations found in the fourteenth session's probe texts (a 专精特新 list's news, a planning bureau's notices)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text


def _relations(text: str, kind: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text("标题\n\n" + text + "\n", doc_id="r"))
    return {(r.source.name, r.target.name) for r in ex.relations if r.type.value == kind}


@pytest.mark.parametrize(("sentence", "pair"), [
    # H (松山湖's news): what the parent holds is described at length before 子公司 or 平台
    ("东莞市固特智能装备有限公司是东莞市固特实业集团有限公司旗下从事精密减速器研发制造的子公司，产品用于机器人。",
     ("东莞市固特智能装备有限公司", "东莞市固特实业集团有限公司")),
    ("广东众生睿创生物科技有限公司系广东众生药业股份有限公司旗下创新药研发平台，落户松山湖生物技术产业园。",
     ("广东众生睿创生物科技有限公司", "广东众生药业股份有限公司")),
    # D (东丽区's notices): the parent in a bracketed note after the company
    ("天津华明高新区开发建设有限公司（天津东丽城市基础设施投资集团有限公司全资子公司）负责建设。",
     ("天津华明高新区开发建设有限公司", "天津东丽城市基础设施投资集团有限公司")),
])
def test_a_subsidiary_described_before_its_kind_or_noted_in_brackets(sentence: str, pair: tuple[str, str]) -> None:
    assert _relations(sentence, "SUBSIDIARY_OF") == {pair}


def test_a_builders_bracketed_note_names_no_builder() -> None:
    notice = ("项目名称：华明高新区智能制造产业园（三期）项目\n"
              "建设单位：天津华明高新区开发建设有限公司（天津东丽城市基础设施投资集团有限公司全资子公司）\n"
              "建设地点：东丽经济技术开发区华明高新区片区\n")
    assert {builder for builder, _ in _relations(notice, "DEVELOPS")} == {"天津华明高新区开发建设有限公司"}
    assert _relations(notice, "SUBSIDIARY_OF") == {("天津华明高新区开发建设有限公司", "天津东丽城市基础设施投资集团有限公司")}


@pytest.mark.parametrize(("sentence", "pair"), [
    # C (武清区's inspection news): the route's place, opening the sentence or visited before the firm
    ("在汊沽港镇,倪斌走进国家级专精特新“小巨人”企业天津瑞科精密机械有限公司。", ("天津瑞科精密机械有限公司", "汊沽港镇")),
    ("随后,倪斌来到杨村街道,走进天津市恒力源液压科技有限公司的智能化改造车间。", ("天津市恒力源液压科技有限公司", "杨村街道")),
    # H (松山湖's news): 位于P的X, a village's town
    ("位于大岭山镇杨屋村的东莞市华显光学材料有限公司主要生产OLED用光学膜材。", ("东莞市华显光学材料有限公司", "大岭山镇")),
])
def test_a_firm_is_where_the_text_comes_to_it(sentence: str, pair: tuple[str, str]) -> None:
    ex = extract(document_from_text("武清区 东莞市新闻\n\n" + sentence + "\n", doc_id="r"))
    assert pair in {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}


def test_a_firm_after_a_visit_elsewhere_in_the_sentence_is_not_placed_there() -> None:
    ex = extract(document_from_text("武清区新闻\n\n倪斌在杨村街道召开座谈会,要求走进天津市恒力源液压科技有限公司等企业。\n", doc_id="r"))
    assert not [r for r in ex.relations if r.rule == "pattern.visited_in"]  # 在P opens no route here


def test_a_party_deepening_its_cooperation_with_each_partner() -> None:
    # F (津南区's plan): 要深化 between the party and 与
    found = _relations("海河教育园区要深化与天津大学、南开大学的校地合作，推动科研成果就地转化。", "COOPERATES_WITH")
    assert found == {("海河教育园区", "天津大学"), ("海河教育园区", "南开大学")}
    # E (新吴区's plan): a clause opening 深化与… names no party; the sentence's first firm is none
    assert not _relations("依托华虹半导体（无锡）有限公司等企业，深化与东南大学的产学研合作。", "COOPERATES_WITH")


def _chained(text: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text(text, doc_id="r"))
    return {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "IN_CHAIN"}


def test_a_chains_run_in_heading_puts_the_firms_under_it_in_the_chain() -> None:
    # H (松山湖's news): (一)集成电路：… under 二、入选企业风采, a heading that names no industry; a bank among
    # 等金融机构 later under the heading serves the chain
    found = _chained("东莞市企业入选名单\n\n二、入选企业风采\n（一）集成电路：聚焦“卡脖子”环节\n"
                     "东莞市中镓半导体科技有限公司专注于氮化镓衬底材料研发。\n（二）生物医药：创新药研发跑出“加速度”\n"
                     "广东众生睿创生物科技有限公司推进创新药研发。松山湖将联合东莞证券股份有限公司、东莞农村商业银行股份有限公司"
                     "等金融机构提供金融产品。\n")
    assert found == {("东莞市中镓半导体科技有限公司", "集成电路"), ("广东众生睿创生物科技有限公司", "生物医药")}
    assert not _chained("相城区统计公报\n\n八、金融\n年末金融机构存款余额增长。苏州银行股份有限公司开业。\n")


def test_a_chain_opening_its_sentence_is_the_sentences_chain() -> None:
    # B (西青区's plan report): one sentence per chain, each opened by the chain and a comma
    found = _chained("西青区计划报告\n\n坚持制造业立区。汽车及新能源汽车产业链，依托天津一汽丰田汽车有限公司和立中集团，推动"
                     "一汽丰田新能源车型二期技改项目开工。集成电路产业链，以中环领先、三星电机为龙头。出台若干措施。\n")
    assert ("天津一汽丰田汽车有限公司", "新能源汽车") in found and ("立中集团", "新能源汽车") in found
    assert ("中环领先", "集成电路") in found and ("立中集团", "集成电路") not in found


@pytest.mark.parametrize("sentence", [
    # C (武清区's inspection news), H (松山湖's news): a sentence about one firm
    "在汊沽港镇,倪斌走进天津瑞科精密机械有限公司。该公司专注于齿轮研发,拥有发明专利26项,2023年营业收入突破4亿元。",
    "东莞市固特智能装备有限公司是东莞市固特实业集团有限公司旗下的子公司，其生产基地于今年6月建成投产，年产能达到30万台。",
    "企业负责人介绍,天津中瑞药业股份有限公司今年一季度实现营业收入3.2亿元,同比增长17.6%。",
])
def test_a_sentence_about_one_firm_sets_no_target_of_the_place(sentence: str) -> None:
    assert not _relations(sentence, "SETS_TARGET")


def test_the_districts_firms_figure_is_still_the_districts() -> None:
    assert _relations("全区规模以上工业企业营业收入增长8.5%。", "SETS_TARGET")


FEATURE = """京津中关村科技城一个旗舰项目的四年成长记

京津中关村科技城位于宝坻区周良街道。记者近日走进科技城，记录下这个旗舰项目的成长轨迹。
目前，科技城已形成新一代信息技术、智能制造和新材料三大主导产业。2023年，北京精微视觉科技有限公司在科技城投资5亿元建设\
工业视觉检测设备生产基地。京津中关村科技城发展有限公司负责运营，科技城管委会提供服务。
"""


def test_a_park_written_bare_after_its_full_name_is_the_park() -> None:
    # G (宝坻区's feature): 科技城, written 25 times, is 京津中关村科技城; its company and its committee stay theirs
    ex = extract(document_from_text(FEATURE, doc_id="g"))
    found = {(r.type.value, r.source.name, r.target.name) for r in ex.relations}
    assert {("LOCATED_IN", "北京精微视觉科技有限公司", "京津中关村科技城"),
            ("DEVELOPS", "北京精微视觉科技有限公司", "工业视觉检测设备生产基地"),
            ("IN_CHAIN", "京津中关村科技城", "智能制造")} <= found
    assert not [m for m in ex.mentions if m.label.value == "Park" and m.name != "京津中关村科技城"]


def test_a_box_under_a_chains_heading_takes_no_chain_from_it() -> None:
    # E (新吴区's plan): 专栏2 of the plan's key projects follows 五、新能源汽车及零部件; its rows are no items of that chain
    found = _chained("新吴区先进制造业发展规划\n\n第四章 重点产业发展方向\n五、新能源汽车及零部件\n依托博世汽车柴油系统有限公司发展汽车电子。\n"
                     "专栏2 “十四五”先进制造业重大项目\n序号\t项目名称\t建设内容\t所在区域\n"
                     "1\tSK海力士C2F扩产项目\t新建12英寸晶圆厂房\t无锡高新区综合保税区\n")
    assert ("博世汽车柴油系统有限公司", "新能源汽车及零部件") in found
    assert not [pair for pair in found if pair[0].startswith("SK海力士")]


@pytest.mark.parametrize("sentence", [
    # K (静海区's meeting), L (团泊镇's post): a step of the works done is no completed project
    "京东方静海智慧园区项目完成桩基施工。",
    "团泊新城智慧停车场已完成80%工程量，预计6月底前投用。",
    "京沪高速团泊出入口改造工程完成前期手续办理，计划6月中旬进场施工。",
])
def test_a_step_of_the_works_done_completes_no_project(sentence: str) -> None:
    ex = extract(document_from_text("静海区新闻\n\n" + sentence + "\n", doc_id="k"))
    assert not [s for s in ex.stages if s.stage.value == "completed"]


def test_the_names_listed_after_a_title_hold_it_each() -> None:
    # K (静海区's meeting): 副区长 before four names
    ex = extract(document_from_text("静海区新闻\n\n副区长王秀芬、赵明远、孙立新、陈立军，区政府党组成员周建平出席会议。\n", doc_id="k"))
    held = {(r.source.name, r.properties.get("role")) for r in ex.relations if r.type.value == "HOLDS_OFFICE"}
    assert {("王秀芬", "副区长"), ("赵明远", "副区长"), ("孙立新", "副区长"), ("陈立军", "副区长")} <= held
