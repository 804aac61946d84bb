"""Golden header metadata of the five corpus files."""

from __future__ import annotations

import pytest

from kg.ingest.metadata import guess_kind
from schema.document import Document

GOLDEN = {
    "000": dict(title="天津北辰区:双轮驱动建设宜居宜业北部新城", date="2025-09-03", region="天津-北辰区",
                publisher=None, author=None, doc_number=None, kind="news"),
    "001": dict(title="北辰区区长王宝雨:知重负重 砥砺奋进 开创高质量发展新局面", date="2020-01-18", publisher="津云",
                author="赵颖妍", region=None, doc_number=None, kind="interview"),
    "002": dict(title="天津市北辰区人民政府办公室关于印发北辰区京津冀协同发展“十四五”规划等专项规划的通知",
                date="2021-12-31", publisher="天津市北辰区人民政府办公室", doc_number="北辰政办发〔2021〕14号",
                index_number="11120113569347543T/2022-00001", region=None, kind="notice"),
    "003": dict(title="2022年主要工作", date="2022", publisher=None, doc_number=None, kind="report"),
    "004": dict(title="北辰区新型城镇化“十四五”发展规划", date="2021-05", publisher="北辰区发展和改革委员会",
                doc_number=None, kind="plan"),
}


@pytest.mark.parametrize("key", sorted(GOLDEN))
def test_metadata_golden(corpus: dict[str, Document], key: str) -> None:
    doc = corpus[key]
    for field, expected in GOLDEN[key].items():
        assert getattr(doc, field) == expected, field


@pytest.mark.parametrize(
    ("key", "body_opens"),
    [("000", "天津北辰区立足新发展阶段"), ("001", "内容提要:"), ("002", "天津市北辰区人民政府办公室关于印发"),
     ("003", "六是着力改善民生服务水平"), ("004", "序言")],
)
def test_body_start_after_header(corpus: dict[str, Document], key: str, body_opens: str) -> None:
    doc = corpus[key]
    assert doc.text[doc.body_start :].startswith(body_opens)


def test_doc_ids_and_hashes(corpus: dict[str, Document]) -> None:
    assert corpus["002"].doc_id == "002_34b45a5f1536be31"
    assert corpus["002"].source_file == "002_34b45a5f1536be31.txt"
    assert all(len(d.sha256) == 64 for d in corpus.values())
    assert len({d.sha256 for d in corpus.values()}) == 5


@pytest.mark.parametrize(("line", "publisher", "author"), [
    # a news page writes the date (and the time) after the source on one line; normalising drops the space
    ("来源:南京市江宁区人民政府 2024-05-12", "南京市江宁区人民政府", None),
    ("来源:北辰区人民政府 2024年5月12日 10:30", "北辰区人民政府", None),
    ("作者:王晓燕 2024-05-12 发布时间:2024-05-12", None, "王晓燕"),
])
def test_a_date_after_the_source_is_no_part_of_its_name(line: str, publisher: str | None, author: str | None) -> None:
    from kg.ingest import document_from_text

    doc = document_from_text(f"江宁开发区举行重点项目集中签约仪式\n{line}\n5月10日上午,签约仪式举行。", doc_id="n")
    assert (doc.publisher, doc.author, doc.date) == (publisher, author, "2024-05-12")


ZONE_NOTICE = """武汉东湖新技术开发区管理委员会文件

武新管〔2024〕12号

武汉东湖新技术开发区管委会关于印发《关于支持光电子信息产业高质量发展的若干措施》的通知

各街道办事处，各园区，管委会各部门：

《关于支持光电子信息产业高质量发展的若干措施》已经管委会审议通过，现印发给你们，请认真贯彻落实。

武汉东湖新技术开发区管理委员会
2024年4月10日

关于支持光电子信息产业高质量发展的若干措施

第一条 为推动光电子信息产业高质量发展，制定本措施。

第二条 本措施自2024年5月1日起施行。

抄送：湖北省科学技术厅，武汉市财政局。

武汉东湖新技术开发区党政办公室　　　　　　　　　　2024年4月10日印发
"""


def test_a_letterheads_notice_takes_its_title_issuer_and_covering_letters_date() -> None:
    # 武汉东湖 probe: the letterhead had been the title, and the date, signed above the measures, was missed
    from kg.ingest import document_from_text

    doc = document_from_text(ZONE_NOTICE, doc_id="k")
    assert doc.title == "武汉东湖新技术开发区管委会关于印发《关于支持光电子信息产业高质量发展的若干措施》的通知"
    assert (doc.publisher, doc.date, doc.doc_number) == ("武汉东湖新技术开发区管理委员会", "2024-04-10", "武新管〔2024〕12号")


def test_a_bulletins_two_issuers_above_its_date() -> None:
    # 相城区 bulletin: the survey team's line had ended the header, and the date was taken from the title
    from kg.ingest import document_from_text

    doc = document_from_text("2023年苏州市相城区国民经济和社会发展统计公报\n\n苏州市相城区统计局\n国家统计局相城调查队\n"
                             "2024年3月15日\n\n一、综合\n\n全年实现地区生产总值1186.52亿元。\n", doc_id="j")
    assert (doc.publisher, doc.date) == ("苏州市相城区统计局", "2024-03-15")


def test_a_page_counter_after_the_source_is_no_part_of_it() -> None:
    # 肥东县 probe: 来源：…新闻办公室　浏览次数：1268 had made the publisher …新闻办公室浏览次数:1268
    from kg.ingest import document_from_text

    doc = document_from_text("肥东县新闻发布会实录\n\n来源：肥东县人民政府新闻办公室　浏览次数：1268\n\n主持人：各位记者朋友，上午好。",
                             doc_id="r")
    assert doc.publisher == "肥东县人民政府新闻办公室"


def test_a_listed_companys_announcement_header_and_its_boards_signature() -> None:
    # 瑞光新材 probe: the 证券代码 line had ended the header (its 来源/发布时间 line unread) and opened every section path
    from kg.ingest import document_from_text
    from kg.ingest.metadata import signature

    doc = document_from_text("苏州瑞光新材料科技股份有限公司关于签署项目投资协议暨对外投资的公告\n"
                             "证券代码：688513        证券简称：瑞光新材        公告编号：2024-037\n"
                             "来源：上海证券交易所网站  发布时间：2024-06-19\n"
                             "一、对外投资概述\n公司拟投资建设生产基地。\n", doc_id="w")
    assert (doc.date, doc.doc_number) == ("2024-06-19", "2024-037")
    assert all("证券代码" not in part for s in doc.sections for part in s.path)
    assert signature("特此公告。\n苏州瑞光新材料科技股份有限公司董事会\n2024年6月19日\n") == (
        "苏州瑞光新材料科技股份有限公司董事会", "2024-06-19")


def test_a_work_reports_occasion_dates_it_and_its_speakers_government_signs_it() -> None:
    # 郫都区 probe: the ——…会议上 line had ended the header, and the speaker's line became every section's root
    from kg.ingest import document_from_text

    doc = document_from_text("政府工作报告\n——2024年1月9日在成都市郫都区第十九届人民代表大会第四次会议上\n"
                             "郫都区人民政府区长 罗家宏\n\n各位代表:\n一、2023年工作回顾\n全区经济稳中向好。\n", doc_id="ab")
    assert (doc.title, doc.date, doc.publisher) == ("政府工作报告", "2024-01-09", "郫都区人民政府")
    assert all("罗家宏" not in part for s in doc.sections for part in s.path)


def test_a_plan_reports_speaker_heads_a_department_that_publishes_it() -> None:
    # B (西青区's plan execution report): the director of the 发展和改革委员会 delivers it
    from kg.ingest import document_from_text

    doc = document_from_text("关于西青区2023年计划执行情况与2024年计划草案的报告\n——2024年1月9日在天津市西青区第十八届人民"
                             "代表大会第四次会议上\n西青区发展和改革委员会主任　王立新\n\n各位代表：\n一、执行情况\n总体较好。\n",
                             doc_id="b")
    assert (doc.date, doc.publisher, doc.kind) == ("2024-01-09", "西青区发展和改革委员会", "report")


def test_a_speechs_speaker_and_bracketed_date_lines_belong_to_its_header() -> None:
    # P (包河区's plenary speech): the secretary's line and (2023年12月26日) had ended the header, the date line
    # became every section's root and the 来源 line under it was lost
    from kg.ingest import document_from_text

    doc = document_from_text("在中共合肥市包河区委十一届七次全会上的讲话\n区委书记　韩立群\n（2023年12月26日）\n"
                             "来源：包河区融媒体中心　　发布时间：2023-12-28 09:30\n\n同志们：\n"
                             "一、2023年全区发展取得新成效\n全区经济稳中向好。\n", doc_id="p")
    assert (doc.date, doc.publisher, doc.kind) == ("2023-12-26", "包河区融媒体中心", "speech")
    assert all("2023年12月26日" not in part and "韩立群" not in part for s in doc.sections for part in s.path)
    signed = document_from_text("在中共合肥市包河区委十一届七次全会上的讲话\n中共合肥市包河区委书记 韩立群\n\n同志们：\n"
                                "全区经济稳中向好。\n", doc_id="q")
    assert signed.publisher == "中共合肥市包河区委"


@pytest.mark.parametrize(("title", "kind"), [
    ("天津市规划和自然资源局东丽分局建设项目批前公示", "notice"),  # D: a planning bureau's public notice
    ("关于天津市西青区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", "report"),  # B
    ("无锡市新吴区“十四五”先进制造业发展规划（节选）", "plan"),  # E: a closing note says nothing of the kind
    ("天津北辰区:双轮驱动建设宜居宜业北部新城", "news"),
])
def test_a_titles_ending_gives_the_documents_kind(title: str, kind: str) -> None:
    assert guess_kind(title, title + "\n\n正文。\n") == kind


def test_a_news_storys_byline_is_no_heading() -> None:
    # G (宝坻区's feature): 本报记者 … 通讯员 … had become the section over half the story
    from kg.ingest import document_from_text

    doc = document_from_text("京津中关村科技城的四年成长记\n来源：天津日报　　2024-04-22 07:28\n本报记者 孟若冰 通讯员 杨晓丹\n\n"
                             "四月的宝坻，潮白河畔春意正浓。走进位于宝坻区周良街道的京津中关村科技城，工地上塔吊林立、机器轰鸣。\n",
                             doc_id="g")
    assert not [s for s in doc.sections if any("孟若冰" in part for part in s.path)]


def test_a_posts_title_stamp_and_numbered_parts() -> None:
    # L (团泊镇's WeChat article): a headline ending in !, the post's line with its date and time (no sentence to
    # join the next paragraph to), parts numbered 01 | …
    from kg.ingest import document_from_text

    doc = document_from_text("开局即冲刺，团泊新城这四个多月干了这些大事！\n原创 团泊镇融媒 魅力团泊 2024-05-20 18:00 天津\n\n"
                             "五月的团泊，湖水清澈，工地繁忙。\n01 | 项目建设跑出加速度\n团泊新城的项目正在加速建设。\n"
                             "02 | 招商引资跑出新成效\n一批企业签约落地。\n", doc_id="l")
    assert (doc.title, doc.date) == ("开局即冲刺,团泊新城这四个多月干了这些大事!", "2024-05-20")
    assert "\n五月的团泊" in doc.text
    assert [s.path[-1] for s in doc.sections if s.path[-1].startswith("0")] == ["01 |项目建设跑出加速度", "02 |招商引资跑出新成效"]


def test_a_reply_to_a_deputys_proposal_is_a_notice() -> None:
    assert guess_kind("天津市东丽区发展和改革委员会关于区十八届人大四次会议第0127号建议的答复", "正文。") == "notice"


def test_a_reports_head_alone_and_its_governments_portal_belong_to_its_header() -> None:
    # 长沙县 series probe (sixteenth session): 县长 陈志勇 had been every section's root and the field line under it
    # lost; the portal the report is posted on is its government's, not a publisher of its own
    from kg.ingest import document_from_text

    doc = document_from_text("政府工作报告\n——2022年1月20日在长沙县第十八届人民代表大会第一次会议上\n县长 陈志勇\n"
                             "发布机构:长沙县人民政府  发布日期:2022年1月28日\n\n各位代表:\n一、2021年工作回顾\n"
                             "全县经济稳中向好。\n", doc_id="c")
    assert (doc.date, doc.publisher, doc.kind) == ("2022-01-20", "长沙县人民政府", "report")
    assert all("陈志勇" not in part for s in doc.sections for part in s.path)
    posted = document_from_text("长沙县人民政府工作报告\n——2021年1月26日在长沙县第十七届人民代表大会第六次会议上\n"
                                "长沙县人民政府县长 陈志勇\n来源:长沙县人民政府门户网站  发布时间:2021-02-03 09:30\n\n"
                                "各位代表:\n全县经济稳中向好。\n", doc_id="d")
    assert posted.publisher == "长沙县人民政府"


def test_a_news_subheading_listing_quoted_things_is_a_heading() -> None:
    # 江宁区 series probe: “芯”项目、“翼”项目同步签约 was read as text, so the subheading above it (…落户秣陵) had
    # put every firm and body of the next part in 秣陵街道
    from kg.ingest import document_from_text

    doc = document_from_text("江宁区重大项目集中签约\n来源：江宁发布　发布时间：2021-06-18\n\n百亿级电池项目落户秣陵\n"
                             "华睿新能源动力电池研发制造基地项目总投资120亿元，选址江宁开发区秣陵街道。\n"
                             "“芯”项目、“翼”项目同步签约\n中科微光第三代半导体功率器件研发及封测项目签约落户江宁高新技术产业园。\n",
                             doc_id="j")
    assert [s.path[-1] for s in doc.sections] == ["百亿级电池项目落户秣陵", "“芯”项目、“翼”项目同步签约"]


@pytest.mark.parametrize(("first_line", "title"), [
    # a headline and its subheadline, two issuers: the spaces between them stay, one for each run
    ("项目攻坚结硕果　产业发展添动能——2023年宁乡市重点项目建设综述", "项目攻坚结硕果 产业发展添动能——2023年宁乡市重点项目建设综述"),
    ("江宁区举行重大项目集中签约仪式   12个项目总投资超360亿元", "江宁区举行重大项目集中签约仪式 12个项目总投资超360亿元"),
    ("广州市黄埔区人民政府办公室 广州开发区管委会办公室关于印发方案的通知",
     "广州市黄埔区人民政府办公室 广州开发区管委会办公室关于印发方案的通知"),
    # a title spaced out character by character, or without spaces, is one word as before
    ("北 辰 区 政 府 工 作 报 告", "北辰区政府工作报告"),
    ("北辰区2024年一季度重点项目集中开工", "北辰区2024年一季度重点项目集中开工"),
    ("（ＳＭＣ二期）项目  顺利投产", "(SMC二期)项目 顺利投产"),
])
def test_a_title_keeps_the_spaces_between_its_parts(first_line: str, title: str) -> None:
    from kg.ingest import document_from_text

    doc = document_from_text(f"{first_line}\n来源:北辰区融媒体中心 2024-05-12\n5月10日上午,项目开工。", doc_id="t")
    assert doc.title == title
    assert doc.text.splitlines()[0] == title.replace(" ", "")  # the text the evidence points into is as before


def test_a_corpus_title_as_written(corpus: dict[str, Document]) -> None:
    assert corpus["000"].title == "天津北辰区:双轮驱动建设宜居宜业北部新城"
    assert corpus["001"].title.split(" ") == ["北辰区区长王宝雨:知重负重", "砥砺奋进", "开创高质量发展新局面"]
