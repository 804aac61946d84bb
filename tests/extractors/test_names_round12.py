"""Name fixes found in probe texts of the twelfth session (a statistical bulletin, a zone's policy measures, a
signing ceremony's news, a town's work summary)."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text
from schema import Label


def mentions(text: str, labels: set[Label] | None = None) -> list[tuple[str, str, str]]:
    document = document_from_text(text, doc_id="t")
    ex = extract(document)
    return [(m.label.value, m.name, document.text[m.start:m.end]) for m in ex.mentions
            if labels is None or m.label in labels]


def test_a_short_form_a_company_declares_is_the_company() -> None:
    """武汉东湖 probe: 长飞公司 had been a second Enterprise, and the subsidiaries went to it."""
    text = ("支持长飞光纤光缆股份有限公司（以下简称长飞公司）与华中科技大学共建联合实验室。"
            "长飞公司下属长芯盛（武汉）科技有限公司纳入名录。安徽储丰新能源科技有限公司（以下简称储丰新能源）与宁德时代签约。"
            "储丰新能源将建设电池基地。")
    found = mentions(text, {Label.ENTERPRISE})
    assert {name for _, name, _ in found} == {"长飞光纤光缆股份有限公司", "长芯盛(武汉)科技有限公司", "安徽储丰新能源科技有限公司"}
    assert ("Enterprise", "长飞光纤光缆股份有限公司", "长飞公司") in found
    assert ("Enterprise", "安徽储丰新能源科技有限公司", "储丰新能源") in found
    subsidiary = {(r.source.name, r.target.name) for r in extract(document_from_text(text, doc_id="t")).relations
                  if r.type.value == "SUBSIDIARY_OF"}
    assert subsidiary == {("长芯盛(武汉)科技有限公司", "长飞光纤光缆股份有限公司")}


def test_one_firms_figure_is_no_indicator_and_keeps_the_firm() -> None:
    """相城区 bulletin: the firm had been lost to the Indicator 源科技有限公司(以下简称澄联新能源)产值."""
    found = mentions("骨干企业支撑有力。江苏澄联新能源科技有限公司(以下简称澄联新能源)产值增长46.2%。")
    assert ("Enterprise", "江苏澄联新能源科技有限公司", "江苏澄联新能源科技有限公司") in found
    assert not [m for m in found if m[0] == "Indicator"]
    assert not [m for m in mentions("苏州御窑精工股份有限公司营业收入增长20%。") if m[0] == "Indicator"]


def test_a_zones_guanweihui_is_its_management_committee() -> None:
    """武汉东湖 probe: the notice's 管委会 and its signature's 管理委员会 had been two Organizations."""
    found = mentions("武汉东湖新技术开发区管委会关于印发若干措施的通知\n\n武汉东湖新技术开发区管理委员会\n2024年4月10日",
                     {Label.ORGANIZATION})
    assert {name for _, name, _ in found} == {"武汉东湖新技术开发区管理委员会"}


def test_a_title_inside_a_name_anchors_no_person() -> None:
    """武汉东湖 probe: 湖北省长江产业投资集团有限公司 had given the Person 江产业, 省长 of 湖北省."""
    text = "联合湖北省长江产业投资集团有限公司设立母基金。长丰县县长王刚出席。"
    found = mentions(text, {Label.PERSON})
    assert [name for _, name, _ in found] == ["王刚"]
    offices = [(r.source.name, r.target.name) for r in extract(document_from_text(text, doc_id="t")).relations
               if r.type.value == "HOLDS_OFFICE"]
    assert offices == [("王刚", "长丰县")]


def test_a_towns_bodies_written_zhen_x_are_named_with_the_town_of_the_title() -> None:
    """张浦镇 probe: 镇人民政府 had been a second node beside the issuer 张浦镇人民政府 (ANNOTATION 17, as 区X)."""
    text = ("昆山市张浦镇2023年工作总结和2024年工作计划\n\n张浦镇人民政府\n\n"
            "镇人民政府将坚持以人民为中心。镇党委、镇经济发展办公室牵头推进。镇域经济稳步发展，镇村两级联动。")
    found = {name for _, name, _ in mentions(text, {Label.ORGANIZATION})}
    assert found == {"张浦镇人民政府", "张浦镇党委", "张浦镇经济发展办公室"}
    # a document about no one town keeps the body as written
    assert {name for _, name, _ in mentions("镇党委牵头推进。", {Label.ORGANIZATION})} <= {"镇党委"}


def test_a_towns_short_form_naming_a_lake_is_no_town() -> None:
    """相城区 bulletin: 阳澄湖 and 漕湖 had been read as 阳澄湖镇 and 漕湖街道 (a lake is no entity, ANNOTATION 4)."""
    text = ("2023年苏州市相城区国民经济和社会发展统计公报\n\n阳澄湖、漕湖生态修复工程一期完工。阳澄湖国际会议中心项目签约落户。"
            "阳澄湖镇全年接待游客200万人次。")
    found = mentions(text, {Label.TOWN, Label.PROJECT})
    assert [(label, name) for label, name, _ in found if label == "Town"] == [("Town", "阳澄湖镇")]
    assert ("Project", "阳澄湖国际会议中心", "阳澄湖国际会议中心项目") in found


def test_longer_industry_words_are_their_own_chains_and_counted_firms_name_none() -> None:
    """武汉东湖 probe: 光电子信息 had been read as 电子信息, 化合物半导体 as 半导体, 新型储能 as 储能; 张浦镇 probe:
    新引进智能装备企业11家 had named a chain (firms of a kind counted are no industry developed, ANNOTATION 19)."""
    text = ("推动光电子信息产业集群发展。重点发展集成电路和化合物半导体产业。培育新型储能、激光、光通信产业。"
            "全年新引进智能装备企业11家，集聚工程机械企业120余家。")
    found = {name for _, name, _ in mentions(text, {Label.INDUSTRY_CHAIN})}
    assert found == {"光电子信息", "集成电路", "化合物半导体", "新型储能", "激光", "光通信"}


def test_a_works_suffix_ending_a_named_districts_short_form_makes_no_works() -> None:
    """相城区 bulletin: 城 of 相城 had made the Projects 国家统计局相城 and 举办苏州相城; the survey team is a body."""
    text = ("2023年苏州市相城区国民经济和社会发展统计公报\n\n苏州市相城区统计局\n国家统计局相城调查队\n\n"
            "全年成功举办苏州相城马拉松等大型赛事活动15场。苏州高铁新城加快建设。")
    found = mentions(text, {Label.PROJECT, Label.PARK, Label.ORGANIZATION})
    assert {(label, name) for label, name, _ in found} == {
        ("Organization", "苏州市相城区统计局"), ("Organization", "国家统计局相城调查队"), ("Park", "苏州高铁新城")}


def test_bureaus_and_provincial_departments_are_bodies_but_halls_are_none() -> None:
    """武汉东湖 probe: 区科技创新局 had been refused as …新局 (开新局), and 湖北省科学技术厅 not found."""
    text = "抄送：湖北省科学技术厅、湖北省科技厅。本措施由区科技创新局负责解释。北辰区政务服务大厅启用。开创发展新局。"
    found = {name for _, name, _ in mentions(text, {Label.ORGANIZATION, Label.PROJECT})}
    assert found == {"湖北省科学技术厅", "湖北省科技厅", "北辰区科技创新局"}  # the district the text names (rule 17)


def test_a_capacitys_unit_opens_no_works_name() -> None:
    """长丰县 probe: …及30万套电控总成生产线 had made the Project 万套电控总成生产线."""
    text = "总投资105亿元，落户双凤经济开发区，建设年产60万套电驱系统及30万套电控总成生产线。"
    assert [name for _, name, _ in mentions(text, {Label.PROJECT})] == []


def test_a_county_inferred_from_the_streets_a_text_names_owns_no_bodies() -> None:
    """武汉东湖 probe: the zone's notice names no county; 洪山区, guessed from three of its streets, had named the
    zone's own bureaus (区财政局 → 洪山区财政局)."""
    text = ("武汉东湖新技术开发区管委会关于印发若干措施的通知\n\n以关东街道、九峰街道、左岭街道为重点。"
            "本措施由区科技创新局会同区财政局负责解释。")
    found = {name for _, name, _ in mentions(text, {Label.ORGANIZATION})}
    assert {"区科技创新局", "区财政局"} <= found
    assert not [name for name in found if name.startswith("洪山区")]


def test_cut_openers_and_company_officers() -> None:
    """Probes: 其中|华芯 (the segmenter cut 其中) had opened 中华芯半导体封测基地, 据县 glued 据 to a body, and a
    company's chairman was no Person."""
    text = "其中华芯半导体封测基地项目建成投产。据县发展改革委介绍，恒驰集团董事长李明远出席。中华人民共和国成立。"
    found = {(label, name) for label, name, _ in mentions(text)}
    assert {("Project", "华芯半导体封测基地"), ("Organization", "县发展改革委"), ("Person", "李明远")} <= found
    assert not [name for _, name in found if name.startswith(("中华芯", "据"))]
    offices = [r for r in extract(document_from_text(text, doc_id="t")).relations if r.type.value == "HOLDS_OFFICE"]
    assert offices == []  # an officer of a company holds no office of the ontology


def test_listed_campaigns_and_cooperation_zones() -> None:
    """张浦镇 probe: 碧水保卫战 after 打好蓝天保卫战、 had been missed; 相城区 and 长丰县 probes: 苏相合作区 and
    临港长丰智造园 were no Parks."""
    text = "深入打好蓝天保卫战、碧水保卫战和净土保卫战。推进苏相合作区建设。双方将共同投资建设临港长丰智造园。"
    found = {(label, name) for label, name, _ in mentions(text)}
    assert {("Policy", "蓝天保卫战"), ("Policy", "碧水保卫战"), ("Policy", "净土保卫战"),
            ("Park", "苏相合作区"), ("Park", "临港长丰智造园")} <= found


def test_a_government_website_is_one_body() -> None:
    """长丰县 probe: 来源：长丰县人民政府网 had given the document two issuers, the government and its website; the
    website is the government's own (the thirty-first session: its one issuer is the government)."""
    text = "长丰县举行重大项目集中签约仪式\n\n来源：长丰县人民政府网　　发布时间：2024-03-28 09:15\n\n3月27日上午，签约仪式举行。"
    issuers = {r.target.name for r in extract(document_from_text(text, doc_id="t")).relations if r.type.value == "ISSUED_BY"}
    assert issuers == {"长丰县人民政府"}


def test_policy_qa_probe_names() -> None:
    """萧山区 probe: 贯彻/根据 had opened the issuer (贯彻国务院办公厅), 中 after the city had cut 杭州中泰重工…, 带动其旗下
    had made the company 带动其, and 杭州空港经济区 had been the Project 杭州空港."""
    text = ("为深入贯彻国务院办公厅《关于加快发展先进制造业的意见》，根据国务院办公厅《关于推动工业高质量发展的通知》，制定本政策。"
            "依托杭州中泰重工股份有限公司、萧山华力机电有限公司等龙头企业。支持杭州远星汽车集团有限公司发挥链主作用，"
            "带动其旗下杭州远星智驾科技有限公司、杭州远星动力电池有限公司等配套企业发展。加快杭州空港经济区建设。")
    found = {(label, name) for label, name, _ in mentions(text)}
    assert {("Organization", "国务院办公厅"), ("Enterprise", "杭州中泰重工股份有限公司"), ("Park", "杭州空港经济区")} <= found
    assert not [name for _, name in found if name.startswith(("贯彻", "根据", "带动"))]
    parents = {(r.source.name, r.target.name) for r in extract(document_from_text(text, doc_id="t")).relations
               if r.type.value == "SUBSIDIARY_OF"}
    assert parents == {("杭州远星智驾科技有限公司", "杭州远星汽车集团有限公司"), ("杭州远星动力电池有限公司", "杭州远星汽车集团有限公司")}


def test_a_joint_publisher_line_gives_each_body_and_a_portal_is_the_source() -> None:
    """萧山区 probe: 发布机构 named two bureaus glued into one Organization, and 来源 the government for its portal
    (named by the government since the thirty-first session)."""
    text = ("《杭州市萧山区关于推动先进制造业高质量发展的若干政策》政策解读\n\n"
            "发布机构：杭州市萧山区经济和信息化局　杭州市萧山区发展和改革局\n来源：萧山区人民政府门户网站\n"
            "发布日期：2024-04-22\n\n一、制定背景\n\n为推动先进制造业高质量发展，制定本政策。")
    issuers = {r.target.name for r in extract(document_from_text(text, doc_id="t")).relations
               if r.type.value == "ISSUED_BY" and r.source.label.value == "Document"}
    assert issuers == {"杭州市萧山区经济和信息化局", "杭州市萧山区发展和改革局", "萧山区人民政府"}


def test_a_whole_chain_a_verb_develops_is_a_chain_outside_the_taxonomy_too() -> None:
    """安吉县 probe: 做优白茶全产业链 and 做强竹产业链 had named no chain (the taxonomy has neither)."""
    text = "3.做优白茶全产业链。以安吉白茶国家现代农业产业园为核心。4.做强竹产业链。完善重点产业链，补强上下游产业链。"
    found = {name for _, name, _ in mentions(text, {Label.INDUSTRY_CHAIN})}
    assert found == {"白茶", "竹"}


def test_slogans_and_experiences_after_villages_name_no_villages_or_projects() -> None:
    """安吉县 probe: a quoted slogan's phrases (支部带村…) had been Villages, 和美乡村 the Village 美乡村, and the
    experiences quoted after villages (鲁家村“田园综合体”…等典型经验) Projects."""
    text = ("安吉县2024年乡村振兴重点工作实施方案\n\n推广余村“支部带村、发展强村、民主管村、依法治村、道德润村”经验。"
            "建成孝丰—报福—章村和美乡村示范带1条。宣传推广黄杜村“白茶扶贫”、鲁家村“田园综合体”、余村“两山”转化等典型经验。")
    found = {(label, name) for label, name, _ in mentions(text, {Label.VILLAGE, Label.PROJECT})}
    assert found == {("Village", "余村"), ("Village", "黄杜村"), ("Village", "鲁家村")}


def test_the_person_of_a_contact_line() -> None:
    """Probes of notices and interpretations: 联系人 lines name a person after the body and its office."""
    text = ("方案\n\n联系人：区经信局 技术改造科 张伟明，电话：0571-82899001\n（联系人：区科技创新局 刘洋，电话：027-67880000）\n"
            "联系人：县农业农村局　陈立伟\n")
    assert {name for _, name, _ in mentions(text, {Label.PERSON})} == {"张伟明", "刘洋", "陈立伟"}


def test_press_conference_and_chain_plan_probe_names() -> None:
    """肥东县 and 双流区 probes: 示范园 and 芯谷 end parks, zones the gazetteer lists among counties are parks, media
    are bodies, 赵明担任 names 赵明, and 工业互联网, 新能源汽车及零部件, 智能制造装备 are chains as written."""
    text = ("肥东县发布会\n\n合肥循环经济示范园位于肥东县东部。推动示范园与合肥经济技术开发区、合肥高新技术产业开发区深化合作。"
            "据合肥日报报道，安徽广播电视台记者提问。核心园区：成都芯谷、双流集成电路产业园。由副区长赵明担任链长。"
            "做强工业互联网产业链，做强新能源汽车及零部件产业链，做强智能制造装备产业链。")
    found = {(label, name) for label, name, _ in mentions(text)}
    assert {("Park", "合肥循环经济示范园"), ("Park", "合肥经济技术开发区"), ("Park", "合肥高新技术产业开发区"),
            ("Park", "成都芯谷"), ("Organization", "合肥日报"), ("Organization", "安徽广播电视台"), ("Person", "赵明"),
            ("IndustryChain", "工业互联网"), ("IndustryChain", "新能源汽车及零部件"), ("IndustryChain", "智能制造装备")} <= found
    assert not {name for label, name in found if label == "Region" and name.endswith("开发区")}
    offices = [r.target.name for r in extract(document_from_text(text, doc_id="t")).relations if r.type.value == "HOLDS_OFFICE"]
    assert offices == []  # no 区 the text is about: no office (not 由副区)


def test_counts_conditions_branches_and_a_province_before_a_park() -> None:
    """双流区 and 肥东县 probes: counted list items (1个牵头部门, 2至4家) had been Enterprises, a support condition
    (对固定资产投资5000万元以上的…项目) an Indicator, 四川双流 a counted slogan, and 示范园 had cut 示范园分院 (the
    branch is one body since the thirty-fourth session: a named hospital's 分院)."""
    text = ("双流区方案\n\n每条产业链明确1名区领导担任链长、1个牵头部门、2至4家链主企业。对固定资产投资5000万元以上的制造业项目给予补助。"
            "核心园区：四川双流经济开发区、黄甲新能源汽车产业园。肥东县人民医院示范园分院主体结构已封顶。")
    found = {(label, name) for label, name, _ in mentions(text)}
    assert ("Park", "四川双流经济开发区") in found
    assert not {name for label, name in found if label in ("Enterprise", "Indicator")}
    assert {name for label, name in found if name.startswith("肥东县人民医院示范园")} <= {"肥东县人民医院示范园分院"}


def test_each_title_of_a_speakers_title_list_is_an_office() -> None:
    """肥东县 probe: only the last of 县委常委、…党工委书记 had been read, and 常务副主任 not at all."""
    text = ("肥东县发布会\n\n出席发布会的有：县委常委、合肥循环经济示范园党工委书记王立新先生，肥东经济开发区管委会常务副主任陈晓峰先生，"
            "县发展改革委主任、县统计局局长孙一平。")
    offices = {(r.source.name, r.target.name, r.properties["role"]) for r in extract(document_from_text(text, doc_id="t")).relations
               if r.type.value == "HOLDS_OFFICE"}
    assert offices == {("王立新", "合肥循环经济示范园党工委", "书记"), ("王立新", "肥东县", "县委常委"),
                       ("陈晓峰", "肥东经济开发区管理委员会", "常务副主任"), ("孙一平", "肥东县统计局", "局长"),
                       ("孙一平", "肥东县发展改革委", "主任")}


def test_a_lab_of_two_fields_keeps_its_and() -> None:
    """武汉东湖 probe: 共建光纤材料与器件联合实验室 had been cut at 与 to 器件联合实验室; a body's own name before 与
    still ends it."""
    found = {name for _, name, _ in mentions("支持长飞光纤光缆股份有限公司与华中科技大学共建光纤材料与器件联合实验室。"
                                             "共建北京大学与华为公司联合实验室。", {Label.ORGANIZATION})}
    assert "光纤材料与器件联合实验室" in found and "器件联合实验室" not in found
    assert "北京大学" in found
