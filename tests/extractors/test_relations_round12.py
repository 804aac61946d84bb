"""Relations in probes of the twelfth session (a statistical bulletin, a zone's policy measures, a signing
ceremony's news, a town's work summary)."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text


def relations(text: str) -> set[tuple[str, str, str]]:
    ex = extract(document_from_text(text, doc_id="t"))
    return {(r.type.value, r.source.name, r.target.name) for r in ex.relations if r.type.value != "MENTIONS"}


def test_a_thing_named_after_another_city_is_not_in_the_paragraphs_town() -> None:
    """成都天府国际生物城 probe: the parks a town learns from are elsewhere; its own works are in it."""
    found = relations("成都天府国际生物城简介\n\n永安镇位于双流区南部。永安镇积极对接苏州生物医药产业园和上海张江药谷，"
                      "学习先进园区的招商经验，推进凤凰湖生态公园建设。")
    assert ("LOCATED_IN", "凤凰湖生态公园", "永安镇") in found
    assert not {r for r in found if r[0] == "LOCATED_IN" and r[1] in ("苏州生物医药产业园", "上海张江药谷")}
    # a name led by the town's own city or district stays in the town
    found = relations("永安镇位于双流区南部。永安镇加快建设成都双流航空动力产业园。")
    assert ("LOCATED_IN", "成都双流航空动力产业园", "永安镇") in found


def test_a_village_name_two_towns_share_is_in_the_town_the_text_names() -> None:
    """张浦镇 probe: the gazetteer lists 新塘村 under 周市镇 first; the report is 张浦镇's, and 周市镇 had become a node."""
    text = ("昆山市张浦镇2023年工作总结和2024年工作计划\n\n张浦镇人民政府\n\n"
            "2023年，张浦镇启动白米村、新塘村工业集中区改造。")
    found = relations(text)
    assert ("PART_OF", "新塘村", "张浦镇") in found
    assert not {r for r in found if "周市镇" in r}


def test_a_places_or_facilitys_phase_has_no_company_as_its_owner() -> None:
    """张浦镇 and 长丰县 probes: 金华村田园综合体 and 下塘智能制造产业园标准化厂房 had become Enterprises developing their
    own second phases; a brand's phase still has its brand as the company."""
    found = relations("推进金华村田园综合体二期、南姚村稻香南姚农文旅融合项目建设。下塘智能制造产业园标准化厂房二期项目主体封顶。"
                      "凯博座椅二期开工。")
    assert {r for r in found if r[0] == "DEVELOPS"} == {("DEVELOPS", "凯博座椅", "凯博座椅二期")}


SIGNING = """长丰县举行2024年一季度重大项目集中签约仪式

签约项目具有体量大、质量优的特点。按产业分类，主要签约项目如下：

一、新能源汽车及零部件产业（3个，总投资149.6亿元）

1.安徽恒驰动力科技有限公司新能源汽车电驱系统项目。总投资105亿元，落户双凤经济开发区，建设电驱系统生产线。

2.蔚澜汽车轻量化车身项目。由合肥蔚澜汽车部件有限公司投资建设，总投资32亿元，选址下塘镇下塘智能制造产业园。

3.凯博座椅二期项目。总投资12.6亿元，在岗集镇建设智能座椅生产基地。

二、生物医药产业（1个，总投资3亿元）

4.普瑞康疫苗研发生产基地项目。由安徽普瑞康生物科技有限公司与中国医学科学院医学生物学研究所合作建设，总投资3亿元，落户长丰生物医药产业园。
"""


def test_a_signed_lists_items_are_signed_and_located_and_built_by_what_their_bodies_say() -> None:
    """长丰县 probe: the projects of a signing list are named in each item's head, and the body goes on without a
    subject; none had a place, a developer from 由…投资建设, or a stage."""
    found = relations(SIGNING)
    assert {r for r in found if r[0] == "LOCATED_IN" and r[2] != "下塘镇"} == {
        ("LOCATED_IN", "安徽恒驰动力科技有限公司新能源汽车电驱系统", "双凤经济开发区"),
        ("LOCATED_IN", "蔚澜汽车轻量化车身项目", "下塘智能制造产业园"),
        ("LOCATED_IN", "凯博座椅二期", "岗集镇"),
        ("LOCATED_IN", "普瑞康疫苗研发生产基地", "长丰生物医药产业园"),
    }
    assert ("DEVELOPS", "合肥蔚澜汽车部件有限公司", "蔚澜汽车轻量化车身项目") in found
    assert ("DEVELOPS", "中国医学科学院医学生物学研究所", "普瑞康疫苗研发生产基地") in found
    stages = {(s.project, s.stage.value) for s in extract(document_from_text(SIGNING, doc_id="t")).stages
              if s.rule == "list.signed_item"}
    assert stages == {("安徽恒驰动力科技有限公司新能源汽车电驱系统", "signed"), ("蔚澜汽车轻量化车身项目", "signed"),
                      ("凯博座椅二期", "signed"), ("普瑞康疫苗研发生产基地", "signed")}
    # the same list without a signing lead is no signed list
    unsigned = SIGNING.replace("签约项目", "项目")
    assert not [s for s in extract(document_from_text(unsigned, doc_id="t")).stages if s.rule == "list.signed_item"]


def test_a_central_body_or_a_body_written_right_before_a_title_issued_it() -> None:
    """武汉东湖 probe: 国务院《“十四五”数字经济发展规划》 had no issuer."""
    found = relations("为深入贯彻落实国务院《“十四五”数字经济发展规划》和湖北省人民政府《关于加快发展的意见》，制定本措施。")
    assert ("ISSUED_BY", "十四五数字经济发展规划", "国务院") in found
    assert ("ISSUED_BY", "关于加快发展的意见", "湖北省人民政府") in found


def test_a_notice_does_not_cite_the_document_it_hands_out() -> None:
    """武汉东湖 probe: the notice 关于印发《…若干措施》的通知 is that document; it had cited it (NOTES 16)."""
    from tests.ingest.test_ingest_metadata import ZONE_NOTICE

    ex = extract(document_from_text(ZONE_NOTICE, doc_id="k"))
    cited = {r.target.name for r in ex.relations if r.type.value == "CITES" and r.source.label.value == "Document"}
    assert "关于支持光电子信息产业高质量发展的若干措施" not in cited
    issued = {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "ISSUED_BY"}
    assert ("关于支持光电子信息产业高质量发展的若干措施", "武汉东湖新技术开发区管理委员会") in issued
    assert ("k", "武汉东湖新技术开发区管理委员会") in issued


def test_the_builders_and_parents_of_a_lists_items_are_not_in_its_chain() -> None:
    """长丰县 probe: under 一、新能源汽车…产业, the companies 由…投资建设 the items and a parent (是恒驰集团旗下子公司)
    had been IN_CHAIN too (NOTES 3: the item listed, not its developer)."""
    text = SIGNING.replace("建设电驱系统生产线。", "建设电驱系统生产线。安徽恒驰动力科技有限公司是恒驰集团旗下子公司。")
    found = relations(text)
    chained = {r[1] for r in found if r[0] == "IN_CHAIN"}
    assert {"蔚澜汽车轻量化车身项目", "普瑞康疫苗研发生产基地"} <= chained
    assert ("SUBSIDIARY_OF", "安徽恒驰动力科技有限公司", "恒驰集团") in found
    assert not chained & {"合肥蔚澜汽车部件有限公司", "安徽普瑞康生物科技有限公司", "中国医学科学院医学生物学研究所", "恒驰集团"}


def test_a_chain_a_sentence_turns_to_takes_the_firms_it_names_as_leaders_and_the_works_it_pushes() -> None:
    """张浦镇 probe: 半导体装备 and 新能源汽车零部件 had been read as no chain, or cut to 新能源汽车."""
    found = relations("围绕半导体装备产业链，以苏州瑞泰半导体装备有限公司、昆山华捷电子科技有限公司为龙头，招引上下游配套企业15家以上；"
                      "围绕新能源汽车零部件产业，推动苏州科纳新能源汽车零部件有限公司电驱壳体项目年内开工。")
    assert {r for r in found if r[0] == "IN_CHAIN"} == {
        ("IN_CHAIN", "苏州瑞泰半导体装备有限公司", "半导体装备"), ("IN_CHAIN", "昆山华捷电子科技有限公司", "半导体装备"),
        ("IN_CHAIN", "苏州科纳新能源汽车零部件有限公司电驱壳体", "新能源汽车零部件")}


def test_a_phase_whose_base_only_starts_with_a_groups_short_core_is_the_bases() -> None:
    """武汉东湖 probe: 长江存储二期 had been developed by 湖北省长江产业投资集团有限公司 (core 长江)."""
    found = relations("联合湖北省长江产业投资集团有限公司设立基金。重点推进长江存储二期建设。长江二期开工。")
    assert {r for r in found if r[0] == "DEVELOPS"} == {
        ("DEVELOPS", "长江存储", "长江存储二期"), ("DEVELOPS", "湖北省长江产业投资集团有限公司", "长江二期")}


def test_the_projects_of_a_sentence_a_park_opens_are_in_the_park() -> None:
    """长丰县 probe: 在双凤经济开发区，… opened the sentence of two projects, and neither was placed."""
    found = relations("在双凤经济开发区，华熠光电一期项目已于2月底竣工投产，与其一墙之隔的晶岳科技光伏组件项目3月18日正式开工。"
                      "在推进过程中，凯博座椅一期项目满负荷生产。")
    assert {r for r in found if r[0] == "LOCATED_IN"} == {
        ("LOCATED_IN", "华熠光电一期", "双凤经济开发区"), ("LOCATED_IN", "晶岳科技光伏组件项目", "双凤经济开发区")}


def test_a_shared_district_name_makes_no_company_the_owner_of_a_project() -> None:
    """鄞州区 probe: 宁波市鄞州区城市建设投资发展有限公司 had developed every 鄞州区… project by the shared 鄞州区."""
    found = relations("宁波市鄞州区城市建设投资发展有限公司负责建设。鄞州区全民健身中心开工。鄞州区第二医院迁建工程续建。")
    assert not {r for r in found if r[0] == "DEVELOPS"}


def test_a_company_declaring_its_short_form_or_carrying_out_works_develops_them() -> None:
    """安吉县 probe: （以下简称宋茗茶业） between the company and 建设 had hidden the developer, and 在孝丰镇实施
    placed the company but not its project."""
    found = relations("安吉县方案\n\n支持浙江安吉宋茗白茶有限公司（以下简称宋茗茶业）建设年产300吨白茶精深加工项目。"
                      "支持安吉竹海竹业有限公司在孝丰镇实施年产5万吨竹笋精深加工项目。")
    assert {("DEVELOPS", "浙江安吉宋茗白茶有限公司", "年产300吨白茶精深加工项目"),
            ("DEVELOPS", "安吉竹海竹业有限公司", "年产5万吨竹笋精深加工项目"),
            ("LOCATED_IN", "年产5万吨竹笋精深加工项目", "孝丰镇")} <= found


def test_a_short_title_a_title_declares_is_that_policy() -> None:
    """萧山区 probe: 《若干政策》, declared in the brackets after the full title, had been a Policy of its own carrying
    the policy's targets."""
    ex = extract(document_from_text("政策解读\n\n区政府印发《杭州市萧山区关于推动先进制造业高质量发展的若干政策》（萧政发〔2024〕8号，"
                                    "以下简称《若干政策》）。《若干政策》明确，到2026年数字化改造覆盖率达到90%。", doc_id="t"))
    full = "杭州市萧山区关于推动先进制造业高质量发展的若干政策"
    assert {m.name for m in ex.mentions if m.label.value == "Policy"} == {full}
    assert ("SETS_TARGET", full, "数字化改造覆盖率") in {(r.type.value, r.source.name, r.target.name) for r in ex.relations}


def test_rural_plan_policies_and_branches() -> None:
    """安吉县 probe: 《中共中央 国务院关于…》 had one issuer 中共中央国务院; 深化田长制, 中央一号文件 and a bank's branch
    were missed."""
    text = ("安吉县方案\n\n贯彻落实《中共中央 国务院关于做好2024年全面推进乡村振兴重点工作的意见》和2024年中央一号文件精神。"
            "深化田长制、林长制改革。湖州银行安吉支行与县农业农村局签约。")
    ex = extract(document_from_text(text, doc_id="t"))
    policy = "中共中央国务院关于做好2024年全面推进乡村振兴重点工作的意见"
    found = {(r.type.value, r.source.name, r.target.name) for r in ex.relations}
    assert {("ISSUED_BY", policy, "中共中央"), ("ISSUED_BY", policy, "国务院")} <= found
    names = {(m.label.value, m.name) for m in ex.mentions}
    assert {("Policy", "2024年中央一号文件"), ("Policy", "田长制"), ("Policy", "林长制"), ("Enterprise", "湖州银行安吉支行")} <= names
    assert ("Organization", "中共中央国务院") not in names


def test_a_joint_notices_issuers_line_gives_its_title_its_issuers_and_no_cite_of_its_plan() -> None:
    """双流区 probe: the line of two issuers had been the title, glued into one body, and the plan cited."""
    text = ("中共成都市双流区委办公室 成都市双流区人民政府办公室\n关于印发《成都市双流区重点产业链“链长制”工作方案》的通知\n"
            "双委办发〔2023〕9号\n\n各镇（街道）党（工）委和政府（办事处），区级各部门：\n"
            "《成都市双流区重点产业链“链长制”工作方案》已经区委、区政府同意，现印发给你们。\n\n"
            "中共成都市双流区委办公室\n成都市双流区人民政府办公室\n2023年3月16日\n")
    document = document_from_text(text, doc_id="q")
    assert (document.title, document.doc_number, document.date) == (
        "关于印发《成都市双流区重点产业链“链长制”工作方案》的通知", "双委办发〔2023〕9号", "2023-03-16")
    found = {(r.type.value, r.source.name, r.target.name) for r in extract(document).relations}
    plan = "成都市双流区重点产业链链长制工作方案"
    assert {("ISSUED_BY", "q", "中共成都市双流区委办公室"), ("ISSUED_BY", "q", "成都市双流区人民政府办公室"),
            ("ISSUED_BY", plan, "中共成都市双流区委办公室"), ("ISSUED_BY", plan, "成都市双流区人民政府办公室")} <= found
    assert ("CITES", "q", plan) not in found
    assert not [r for r in found if r[2] == "中共成都市双流区委办公室成都市双流区人民政府办公室"]


def test_the_builder_of_a_sentences_subject_written_in_a_later_clause() -> None:
    """武汉东湖 probe: 光谷左岭集成电路产业园位于左岭街道，由武汉光谷产业投资有限公司投资建设 had no developer."""
    found = relations("光谷左岭集成电路产业园位于左岭街道，由武汉光谷产业投资有限公司投资建设，重点发展集成电路产业。")
    assert ("DEVELOPS", "武汉光谷产业投资有限公司", "光谷左岭集成电路产业园") in found


def test_works_a_company_pays_for_head_their_list_item() -> None:
    """长丰县 probe: 8.合肥远瞻生物制药有限公司投资的创新药产业化基地项目 had named no project, so its item had no place."""
    found = relations("长丰县签约\n\n主要签约项目如下：\n\n一、生物医药产业（2个）\n\n"
                      "8.合肥远瞻生物制药有限公司投资的创新药产业化基地项目。总投资15亿元，位于岗集镇的长丰生物医药产业园。\n")
    assert {("DEVELOPS", "合肥远瞻生物制药有限公司", "创新药产业化基地"),
            ("LOCATED_IN", "创新药产业化基地", "长丰生物医药产业园")} <= found


def test_a_deadline_opens_no_name_and_a_sized_phase_base_is_no_company() -> None:
    """双流区 probe: 2023年底前芯锐12英寸…二期 had made the Enterprise 年底前芯锐12英寸特色工艺晶圆 and a junk Project."""
    ex = extract(document_from_text("双流区方案\n\n力争2023年底前芯锐12英寸特色工艺晶圆二期主体结构封顶。", doc_id="t"))
    assert [(m.label.value, m.name) for m in ex.mentions if m.label.value in ("Project", "Enterprise")] == [
        ("Project", "芯锐12英寸特色工艺晶圆二期")]


def test_an_earlier_partner_or_what_was_built_is_no_subject_of_the_next_cooperation() -> None:
    """张浦镇 probe: in …，与上海交通大学共建X，与昆山开发区开展协作 the subject is not written (the town), and the first
    partner had been paired with the second (NOTES 13: no edge between partners)."""
    found = relations("张浦镇依托张浦精密机械产业园，与上海交通大学共建张浦智能装备创新中心，与昆山开发区开展产业协作。"
                      "华为技术有限公司与北京大学签约，与清华大学共建实验室。")
    assert {r for r in found if r[0] == "COOPERATES_WITH"} == {
        ("COOPERATES_WITH", "华为技术有限公司", "北京大学"), ("COOPERATES_WITH", "华为技术有限公司", "清华大学")}


def test_a_company_declaring_its_short_form_before_with_cooperates() -> None:
    """武汉东湖 probe: （以下简称长飞公司） between the company and 与 had hidden the cooperation."""
    found = relations("支持长飞光纤光缆股份有限公司（以下简称长飞公司）与华中科技大学共建光纤材料与器件联合实验室。")
    assert ("COOPERATES_WITH", "长飞光纤光缆股份有限公司", "华中科技大学") in found
