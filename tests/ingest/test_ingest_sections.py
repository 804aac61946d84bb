"""Golden heading trees, parts, table of contents and tables of the corpus."""

from __future__ import annotations

from kg.ingest import document_from_text
from schema.document import Document

P1 = "北辰区京津冀协同发展“十四五”规划"
P2 = "北辰区社会信用体系建设“十四五”规划"
P3 = "北辰区人口发展和高质量公共服务体系建设“十四五”规划"
P4 = "北辰区新型城镇化“十四五”规划"

CHAPTERS_004 = [
    "第一章 “十四五”发展基础与环境",
    "第一章 “十四五”发展基础与环境 / 第一节 “十三五”新型城镇化发展回顾",
    "第一章 “十四五”发展基础与环境 / 第二节 “十四五”新型城镇化发展面临形势",
    "第二章 “十四五”新型城镇化发展总体要求",
    "第二章 “十四五”新型城镇化发展总体要求 / 第一节 指导思想",
    "第二章 “十四五”新型城镇化发展总体要求 / 第二节 发展原则",
    "第二章 “十四五”新型城镇化发展总体要求 / 第三节 发展定位",
    "第二章 “十四五”新型城镇化发展总体要求 / 第四节 发展目标",
    "第三章 重点任务",
    "第三章 重点任务 / 第一节 着力优化城市格局,塑造特色城市体系",
    "第三章 重点任务 / 第二节 加快城市建设进程,助力提升城市品质",
    "第三章 重点任务 / 第三节 加强网格精细管理,实现社区高效管理",
    "第三章 重点任务 / 第四节 提高环境治理质量,构筑生态人文魅力",
    "第四章 重点工程",
    "第四章 重点工程 / 第一节 农村转移人口市民化工程",
    "第四章 重点工程 / 第二节 产城融合工程",
    "第四章 重点工程 / 第三节 特色镇建设工程",
    "第四章 重点工程 / 第四节 海绵城市建设工程",
    "第四章 重点工程 / 第五节 社区精细化管理工程",
    "第四章 重点工程 / 第六节 人文生态建设工程",
    "第五章 保障机制与政策措施",
    "第五章 保障机制与政策措施 / 第一节 深化体制改革,强化管理效能",
    "第五章 保障机制与政策措施 / 第二节 加强资源整合,强化组织协调",
    "第五章 保障机制与政策措施 / 第三节 创新投资方式,拓宽融资渠道",
    "第五章 保障机制与政策措施 / 第四节 价值绩效考核,加强监督管理",
    "第五章 保障机制与政策措施 / 第五节 坚持舆论引导,引导正向宣传",
]

TOP_002 = {
    P1: ["第一章 发展基础", "第一章 总体要求", "第二章 重点任务", "第三章 保障措施", "名词解释"],
    P2: ["发展基础", "存在问题", "总体思路", "夯实社会信用体系信息化基础", "健全社会信用体系运行机制",
         "加快构建以信用为基础的新型监管机制", "大力推动信用与经济社会发展深度融合", "开展重大专项工程建设", "实施保障"],
    P3: ["第一章 规划背景", "第二章 总体要求", "第三章 人口发展", "第四章 劳动就业创业", "第五章 公共教育",
         "第六章 医疗卫生", "第七章 公共文化体育", "第八章 社会保险", "第九章 社会服务", "第十章 基本住房保障",
         "第十一章 养老服务", "第十二章 残疾人公共服务", "第十三章 规划实施", "名词解释"],
    P4: ["第一章 “十四五”发展基础与环境", "第二章 “十四五”新型城镇化发展总体要求", "第三章 重点任务",
         "第四章 重点工程", "第五章 保障机制与政策措施"],
}


def _paths(doc: Document, kinds: tuple[str, ...], depth: int | None = None) -> list[str]:
    return [s.path_str for s in doc.sections if s.kind in kinds and (depth is None or len(s.path) == depth)]


def test_004_chapter_and_section_paths(corpus: dict[str, Document]) -> None:
    assert _paths(corpus["004"], ("chapter", "section"))[1:] == CHAPTERS_004
    assert _paths(corpus["004"], ("chapter",))[0] == "序言"


def test_004_deep_paths(corpus: dict[str, Document]) -> None:
    paths = _paths(corpus["004"], ("item",))
    assert "第四章 重点工程 / 第三节 特色镇建设工程 / 一、示范镇建设工程" in paths
    assert "第二章 “十四五”新型城镇化发展总体要求 / 第二节 发展原则 / 四、坚持绿色生态发展" in paths


def test_004_toc_is_one_section_without_headings(corpus: dict[str, Document]) -> None:
    doc = corpus["004"]
    tocs = [s for s in doc.sections if s.kind == "toc"]
    assert len(tocs) == 1
    toc = tocs[0]
    assert doc.text[toc.start : toc.end].startswith("目录\n第一章\t")
    assert doc.text[toc.start : toc.end].endswith("- 59 -")
    assert not [s for s in doc.sections if s.kind != "toc" and toc.start <= s.heading_start < toc.end]


def test_002_parts(corpus: dict[str, Document]) -> None:
    doc = corpus["002"]
    assert [p.title for p in doc.parts] == [P1, P2, P3, P4]
    assert doc.parts[0].start > doc.text.index("(此件主动公开)")
    for before, after in zip(doc.parts, doc.parts[1:]):
        assert before.end <= after.start
    assert doc.text[doc.parts[2].start :].startswith("北辰区人口发展和高质量公共服务体系\n建设“十四五”规划")
    notice = [s for s in doc.sections if s.start < doc.parts[0].start]
    assert notice == []


def test_002_top_levels_per_part(corpus: dict[str, Document]) -> None:
    doc = corpus["002"]
    for part, expected in TOP_002.items():
        top = [s.path[1] for s in doc.sections if s.path[0] == part and len(s.path) == 2 and s.kind in ("chapter", "glossary")]
        assert top == expected, part


def test_002_second_levels(corpus: dict[str, Document]) -> None:
    doc = corpus["002"]
    second = {s.path_str for s in doc.sections if len(s.path) == 3}
    assert f"{P3} / 第一章 规划背景 / 第一节 发展基础" in second
    assert f"{P3} / 第十三章 规划实施 / 第三节 加强监督考核" in second
    assert f"{P1} / 第三章 保障措施 / 七、优化机制体制创新" in second
    assert f"{P2} / 存在问题 / 1.信用基础设施仍有较大提升空间" in second
    assert f"{P4} / 第四章 重点工程 / 三、城镇建设工程" in second


def test_002_deep_paths(corpus: dict[str, Document]) -> None:
    paths = {s.path_str: s for s in corpus["002"].sections}
    deep = f"{P4} / 第四章 重点工程 / 三、城镇建设工程 / (一)示范镇建设工程"
    assert deep in paths and paths[deep].kind == "item" and paths[deep].level == 3
    fixed = f"{P4} / 第三章 重点任务 / 二、加快城市建设进程,助力提升城市品质 / 4.加快完善市政设施建设"
    assert fixed in paths  # numbered 4. between (三) and (五): kept at the (四) level
    assert f"{P2} / 总体思路 / (二)建设目标 / 专栏 社会信用体系建设指标体系" in paths


def test_section_ends_at_next_heading_of_same_or_higher_level(corpus: dict[str, Document]) -> None:
    doc = corpus["004"]
    chapters = [s for s in doc.sections if s.kind == "chapter"]
    toc = next(s for s in doc.sections if s.kind == "toc")
    assert chapters[0].end == toc.start  # 序言 closes where the table of contents opens
    chapters = chapters[1:]
    for this, following in zip(chapters, chapters[1:]):
        assert this.end == following.start
    assert chapters[-1].end == len(doc.text)
    sec = next(s for s in doc.sections if s.path[-1] == "第三节 特色镇建设工程")
    assert doc.text[sec.end :].startswith("第四节 海绵城市建设工程")


def test_boxes_and_glossary(corpus: dict[str, Document]) -> None:
    doc = corpus["002"]
    boxes = [s.path[-1] for s in doc.sections if s.kind == "box"]
    assert "专栏 科技创新提升工程" in boxes and len(boxes) >= 10
    glossaries = [s for s in doc.sections if s.kind == "glossary"]
    assert [g.path[0] for g in glossaries] == [P1, P3]


def test_news_headings_and_subitems(corpus: dict[str, Document]) -> None:
    assert _paths(corpus["001"], ("chapter",))[:2] == ["聚焦协调联动,争当协同发展排头兵", "聚焦转型升级,引育经济发展新动能"]
    assert len(_paths(corpus["001"], ("chapter",))) == 6
    assert _paths(corpus["000"], ("item",))[0] == "一、产业升级:构建现代化产业体系"
    subs = [s for s in corpus["003"].sections if s.kind == "subitem"]
    doc = corpus["003"]
    assert [s.path[-1][:2] for s in subs] == ["六是", "一是", "二是", "三是"]
    assert doc.text[subs[1].start : subs[1].end].startswith("一是推动王府井购物中心投入运营")
    assert subs[1].end == subs[2].start


def test_captions_and_cells_are_not_headings(corpus: dict[str, Document]) -> None:
    titles = {s.path[-1] for s in corpus["002"].sections}
    assert not any(t.startswith(("图1-", "1-2")) for t in titles)
    for cell in ("维度", "信用", "监管", "人口", "发展", "预期性", "常住人口数量(万人)"):
        assert cell not in titles


def test_tables_found_with_cells(corpus: dict[str, Document]) -> None:
    tables = corpus["002"].tables
    assert [t.title for t in tables] == [
        "社会信用体系建设指标体系",
        "表1 “十四五”时期北辰区人口发展和公共服务领域主要发展指标",
        "表1 北辰区新型城镇化“十四五”发展指标表",
    ]
    people = [c.text for c in tables[1].cells]
    row = people.index("常住人口数量(万人)")
    assert people[row + 1 : row + 4] == ["90.96", "105", "预期性"]
    assert tables[1].section_path == (P3, "第二章 总体要求", "第三节 主要目标")
    assert people[-1] == "约束性"
    text = corpus["002"].text
    assert all(text[c.start : c.end] == c.text for t in tables for c in t.cells)
    sections = [s for s in corpus["002"].sections if s.kind == "table"]
    assert len(sections) == 3


def test_004_tab_table(corpus: dict[str, Document]) -> None:
    doc = corpus["004"]
    (table,) = doc.tables
    assert table.title == "表1 北辰区新型城镇化“十四五”发展指标表"
    cells = [c.text for c in table.cells]
    row = cells.index("市政道路长度")
    assert cells[row : row + 5] == ["市政道路长度", "公里", "153.1", "166.4", "预期性"]
    assert all(doc.text[c.start : c.end] == c.text for c in table.cells)
    assert table.section_path == ("第二章 “十四五”新型城镇化发展总体要求", "第四节 发展目标")


def test_section_offsets_are_consistent(corpus: dict[str, Document]) -> None:
    for doc in corpus.values():
        for s in doc.sections:
            assert 0 <= s.start <= s.heading_start <= s.heading_end <= s.end <= len(doc.text)
            assert s.level == len(s.path) - (1 if doc.parts else 0)


def test_articles_of_a_notice_ending_in_their_bracketed_units_are_sections_of_their_own() -> None:
    """A city notice's measures (合肥市 probe): each long article opens with its marker and lead sentence and
    ends with （牵头单位：…；责任单位：…）, no sentence end, yet the next article is no continuation of it."""
    from kg.ingest import document_from_text

    articles = [f"{n}、{lead}。{body}到2025年,全市{what}达到{k}0万辆。(牵头单位:市发展改革委;责任单位:市财政局、各县(市)区人民政府)"
                for n, lead, body, what, k in (
                    ("一", "强化产业链招商", "聚焦新能源汽车和智能网联汽车产业链,围绕整车和车规级芯片开展精准招商。", "新能源汽车产量", 1),
                    ("二", "建设高水平产业园区", "支持合肥经济技术开发区新能源汽车产业园提升承载能力。", "整车产量", 2),
                    ("三", "支持企业技术创新", "鼓励企业与高校合作共建新能源汽车联合创新中心。", "研发车型", 3))]
    doc = document_from_text("合肥市人民政府办公室关于印发《若干措施》的通知\n" + "\n".join(articles), doc_id="n")
    assert [s.path for s in doc.sections] == [("一、强化产业链招商",), ("二、建设高水平产业园区",), ("三、支持企业技术创新",)]


ROUNDUP = (
    "昆山市人民政府 > 今日昆山 > 投资促进\n\n【投资促进】重大项目动态汇总（2024年3月第三期）\n\n"
    "昆山一季度重大项目集中签约开工 总投资583.6亿元\n来源：昆山发布　　发布时间：2024-03-15 09:32\n\n"
    "3月14日，昆山市2024年一季度重大项目集中签约开工活动在昆山经济技术开发区举行。\n\n"
    "张浦镇：智能制造项目“拿地即开工”\n来源：张浦镇人民政府　　发布时间：2024-03-21 10:20\n\n"
    "3月20日，苏州启恒智能装备有限公司年产5000台工业机器人项目在张浦镇南港社区正式开工。\n\n"
    "千灯镇储能电池项目签约 新能源产业链再添“生力军”\n作者：李明\n\n"
    "中科睿能储能电池项目签约落户千灯镇。这是今年签下的第三个项目。\n来源：千灯镇人民政府\n"
)


def test_each_news_item_of_a_roundup_is_a_section_of_its_own() -> None:
    # a headline is the line right above its 来源/作者/发布时间 line, whatever its marks (张浦镇：…), so one
    # item's towns and chains do not run on into the next
    from kg.ingest import document_from_text

    doc = document_from_text(ROUNDUP, doc_id="r")
    titles = [s.path[-1] for s in doc.sections]
    assert titles == ["昆山一季度重大项目集中签约开工总投资583.6亿元", "张浦镇:智能制造项目“拿地即开工”",
                      "千灯镇储能电池项目签约新能源产业链再添“生力军”"]
    second = doc.sections[1]
    assert doc.text[second.start:second.end].count("南港社区") == 1 and "千灯镇" not in doc.text[second.start:second.end]
    # a sentence above a 来源 line (an item's last line) is body text
    assert not any("第三个项目" in s.path[-1] for s in doc.sections)


def test_a_page_path_above_the_title_is_skipped_and_the_fields_under_it_read() -> None:
    from kg.ingest import document_from_text

    doc = document_from_text(ROUNDUP, doc_id="r")
    assert doc.title == "【投资促进】重大项目动态汇总(2024年3月第三期)"
    page = ("成都天府国际生物城 招商引资简介\n首页 > 投资生物城 > 园区概况\n"
            "发布单位：成都天府国际生物城管理委员会　　更新时间：2024-04-10\n\n一、园区概况\n园区位于双流区。")
    doc = document_from_text(page, doc_id="p")
    assert (doc.title, doc.publisher, doc.date) == ("成都天府国际生物城 招商引资简介", "成都天府国际生物城管理委员会", "2024-04-10")


def test_a_topic_run_in_before_its_paragraph_is_split_from_it_and_a_subtitle_is_not() -> None:
    """成都天府国际生物城 probe: 2. 医疗器械：以迈瑞医疗、新健康成为引领，… had been one heading, paragraph and all;
    000's 一、产业升级：构建现代化产业体系 is a title with its subtitle."""
    from kg.ingest import document_from_text

    text = ("二、主导产业\n1. 生物医药：依托成都先导药物开发股份有限公司等龙头企业，重点发展创新药。\n"
            "2. 医疗器械：以迈瑞医疗、新健康成为引领，发展高端医学影像设备。\n三、产业升级：构建现代化产业体系\n园区内企业……")
    paths = [s.path[-1] for s in document_from_text(text, doc_id="t").sections]
    assert paths == ["二、主导产业", "1.生物医药", "2.医疗器械", "三、产业升级:构建现代化产业体系"]


SIGNING_LIST = """长丰县举行重大项目集中签约仪式

按产业分类，主要签约项目如下：

一、新能源汽车产业（2个）

1.安徽恒驰动力科技有限公司新能源汽车电驱系统项目。总投资105亿元，落户双凤经济开发区。

2.蔚澜汽车轻量化车身项目。由合肥蔚澜汽车部件有限公司投资建设，总投资32亿元。

二、绿色食品产业（2个）

3.长丰草莓全产业链项目。由安徽丰硕农业发展集团有限公司投资建设，落户水湖镇。

4.徽乡源年产10万吨预制菜项目。总投资6亿元，落户杨庙镇。
"""
SPEECH = "\n县委书记周海涛表示，长丰县将以最优的服务保障项目早落地、早投产、早见效，全力打造一流营商环境。\n"


def test_a_paragraph_after_a_list_of_one_line_items_ends_the_list_and_its_category() -> None:
    # 长丰县 probe: the speech after the last item had been under 二、绿色食品产业 / 4.…, and took its chain
    from kg.ingest import document_from_text

    doc = document_from_text(SIGNING_LIST + SPEECH, doc_id="s")
    speech = doc.text.index("县委书记")
    assert not [s.path for s in doc.sections if s.start <= speech < s.end]
    fourth = next(s for s in doc.sections if s.path[-1].startswith("4."))
    assert fourth.end <= speech and fourth.path[0] == "二、绿色食品产业(2个)"
    # a caption, or a paragraph that the list's next item soon follows, ends nothing
    for between in ("\n图1 签约仪式现场\n", SPEECH):
        doc = document_from_text(SIGNING_LIST + between + "\n5.长丰智慧物流港项目。总投资12亿元，落户下塘镇。\n", doc_id="s")
        assert [s.path for s in doc.sections if s.path[-1].startswith("5.")] == [
            ("二、绿色食品产业(2个)", "5.长丰智慧物流港项目")]


ROOT_LIST = ("张家港重大项目集中签约\n来源：张家港日报\n3月5日，张家港市重大项目集中签约大会举行，共签约项目36个。\n部分签约项目简介：\n"
             "1.港城氢能液氢储运装备基地项目(三期)。由江苏港城氢能装备有限公司投资建设，总投资30亿元。\n"
             "2.凯瑞特汽车零部件第二工厂项目。由凯瑞特(张家港)汽车零部件有限公司投资建设，选址塘桥镇。\n")
AFTER_ROOT_LIST = "推介会上，市工业和信息化局发布了张家港市重点产业链图谱，明确氢能、半导体等六条重点产业链和一批链主企业。\n"


def test_a_paragraph_after_a_list_with_no_heading_above_it_ends_the_list() -> None:
    # 张家港市 probe: everything after item 6 of a news body's list (a speech, a year's summary) had been item 6's
    doc = document_from_text(ROOT_LIST + AFTER_ROOT_LIST, doc_id="z")
    after = doc.text.index("推介会上")
    assert not [s.path for s in doc.sections if s.start <= after < s.end]
    assert [s.path for s in doc.sections if s.path[-1].startswith("2.")] == [("2.凯瑞特汽车零部件第二工厂项目",)]
    # a list's only item, or one whose next item soon follows the paragraph, keeps the paragraph
    one = document_from_text(ROOT_LIST.split("2.")[0] + AFTER_ROOT_LIST, doc_id="o")
    assert [s.path for s in one.sections if s.start <= one.text.index("推介会上") < s.end] == [
        ("1.港城氢能液氢储运装备基地项目(三期)",)]
    more = document_from_text(ROOT_LIST + AFTER_ROOT_LIST + "3.恬庄古镇文旅提升项目。总投资8亿元，选址凤凰镇恬庄村。\n", doc_id="m")
    assert [s.path for s in more.sections if s.start <= more.text.index("推介会上") < s.end] == [
        ("2.凯瑞特汽车零部件第二工厂项目",)]


def test_task_numbers_running_across_sub_chapters_keep_their_sub_chapter() -> None:
    # 安吉县 probe: 3. under (二), after 1. and 2. under (一), had been read as a typo'd (三) and replaced (二)
    from kg.ingest import document_from_text

    text = ("安吉县方案\n\n二、重点任务\n\n（一）做强乡村产业\n\n1.做优粮食生产。保障粮食安全。\n\n2.做强蔬菜产业。扩大规模。\n\n"
            "（二）做强乡村特色产业\n\n3.做优白茶全产业链。推动加工。\n\n（三）建设和美乡村\n")
    paths = [s.path for s in document_from_text(text, doc_id="x").sections]
    assert ("二、重点任务", "(二)做强乡村特色产业", "3.做优白茶全产业链") in paths
    # a digit heading right after the paren heading it follows, with no list before, is still the typo
    paths = [s.path for s in document_from_text("方案\n\n（三）加快发展\n\n4.加快建设。推进。\n\n（五）强化保障\n",
                                                 doc_id="y").sections]
    assert ("(三)加快发展", "4.加快建设") not in paths


def test_the_last_item_of_a_semicolon_run_ends_with_its_sentence() -> None:
    doc = document_from_text("区人大常委会会议\n\n报告指出，当前还存在一些困难和问题：一是资金筹措渠道单一；二是协调难度较大；"
                             "三是长效管理机制不健全，“重建轻管”现象仍然存在。下一步，区政府将实施城市更新行动。\n"
                             "一是加快改造。推进加装电梯。二是完善管理。建立长效机制。\n", doc_id="t")
    subs = [s for s in doc.sections if s.kind == "subitem"]
    assert [s.path[-1][:2] for s in subs] == ["一是", "二是", "三是", "一是", "二是"]
    assert doc.text[subs[2].start:subs[2].end].endswith("现象仍然存在。")
    assert doc.text[subs[4].start:subs[4].end].rstrip("\n").endswith("建立长效机制。")  # items parted by 。 run to the line's end
