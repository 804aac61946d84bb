"""Where names end and what is no name: the extents and filters of :mod:`extractors.names`.

A name can go on after its suffix (a park's quarter, a project's phase in brackets), and some spans
that end like names are not names: common words ending in a works suffix (分阶段), items of a list of
disciplines (机械工程、电气工程…等优势学科), a list or clause read as one (外环河等市管河道), places and
kinds of body before 等机构. Honours won are :mod:`extractors.honours`.

Example:
    >>> from schema import Label
    >>> text = "结合北辰科技园南区转型升级"
    >>> text[2:part_end(text, 7, Label.PARK)]
    '北辰科技园南区'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import replace

from extractors import lexicon
from extractors.candidates import Candidate
from extractors.patterns import QUALITIES, NamePatterns
from extractors.proper import city_forms, has_proper_element, jieba_words, proper_word
from extractors.name_words import ROAD_SUFFIXES
from extractors.token_bounds import TokenBounds
from schema import Label


def part_end(text: str, end: int, label: Label) -> int:
    """Where a name ends with a part of it written after: a park's quarter (北辰科技园南区, not …园南区域), a pilot
    zone's area (…自由贸易试验区哈尔滨片区), a project's phase in brackets (坪康生物疫苗产业化基地（一期）, also before
    项目 or 工程), a university's campus city (香港中文大学（深圳）)."""
    if label == Label.ORGANIZATION and text.endswith(("大学", "学院"), 0, end) \
            and (campus := _CAMPUS.match(text, end)) and campus.group(1) in city_forms():
        return campus.end()  # 哈尔滨工业大学（深圳）: another university than the one in its city
    if label == Label.PARK and text[end:end + 1] in ("东", "南", "西", "北") and text[end + 1:end + 2] == "区" \
            and text[end + 2:end + 3] not in ("域", "块"):
        return end + 2
    if label == Label.PARK and text.endswith("试验区", 0, end) and (area := _ZONE_AREA.match(text, end)):
        return area.end()  # 中国（黑龙江）自由贸易试验区哈尔滨片区: the zone's area in one city
    if label == Label.PROJECT and text.endswith(("项目", "工程"), 0, end) and (after := PHASE_AFTER.match(text, end)):
        return after.end()  # 海湾化学烯烃及衍生物一体化项目二期: the phase the works' name is written before
    phase = (BRACKETED_PHASE.match(text, end) or _BRACKETED_CAMPUS.match(text, end)) if label == Label.PROJECT else None
    return end if phase is None else phase.end()  # 华强电子产业基地（一期）项目, 第二儿童医院（龙华院区）: the phase's works


def park_phase_end(text: str, end: int) -> int:
    """Where a park's phase written after its name in brackets ends (鲁能智慧产业园项目（一期）, …产业园（二期）项目): the
    phase is works (a Project), as …产业园一期 is; -1 if no phase follows the park's name ending at ``end``."""
    at = end + 2 if text.startswith("项目", end) else end
    phase = BRACKETED_PHASE.match(text, at)
    return -1 if phase is None else phase.end()


#: A pilot zone's area in one place, after the zone's name (…自由贸易试验区|哈尔滨片区).
_ZONE_AREA = re.compile(r"[\u4e00-\u9fff]{2,4}?片区")
#: A city in brackets after a university's name (香港中文大学（深圳）).
_CAMPUS = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")
#: A phase written after 项目 or 工程 (…一体化项目二期), not 期间 (during).
PHASE_AFTER = re.compile(r"(?:[一二三四五六七八九十]|\d{1,2})期(?!间)")
#: After a place's 城, the rest of a city company's short form (汉阳城|投, 汉阳城|更公司, 四新城|发集团; not 文旅城|投用).
CITY_FIRM = re.compile(r"投(?![用产入资])|[更发建](?:公司|集团)")
#: After a park's suffix, what makes the name a road's, a school's or a line's (新城|路38号, …示范区|学校, 上海示范区|线;
#: not 科学城|线上招商).
PARK_RUNS_ON = re.compile(r"路|街|大道|大街|学校|医院|中学|小学|线(?![上下])")
#: Common words ending in a one-character works suffix (段, 道): 分阶段推进, 拓宽融资渠道.
WORDS_ENDING_LIKE_WORKS = frozenset(("阶段", "渠道", "手段", "片段", "时段", "频道", "地段", "路段", "思路", "出路", "门路",
                                     "电路", "线路", "网路", "套路", "销路",
                                     "河道", "报道", "赛道", "知道", "味道", "难道", "引导", "倡导", "领道"))
#: What a market that is a works sells or does (韩家墅农产品批发市场, 斗南花卉市场): 养老市场, 较强市场 are none.
MARKET_KINDS = ("批发", "农贸", "集贸", "交易", "商品", "菜", "建材", "花卉", "水产", "家居", "二手车", "产品", "专业",
                "综合", "农产品", "果品", "蔬菜", "粮油", "物流")
#: The rest of a list of disciplines (…、电气工程、材料科学与工程等优势学科) after an item ending in 工程.
DISCIPLINES = re.compile(r"(?:[、和及与][^，。；、]{1,12})*等?(?:优势|重点|特色|相关|骨干)?(?:学科|专业)")
#: Units of a size written inside a works' name after its number, which a name word precedes (华芯12英寸).
SIZES = ("英寸", "纳米", "兆瓦", "千瓦", "万千瓦", "吉瓦", "GW", "MW", "千伏", "kV")


def with_size(text: str, bounds: TokenBounds, start: int) -> int:
    """Where a name found at ``start`` opens when it opens with a unit of size: at the number before it.

    A name is found from the unit on (the number is no name word); one found so keeps its number, while a
    capacity before generic works (建设100兆瓦光伏电站) makes no name in the first place."""
    if start > 0 and text.startswith(SIZES, start):
        prev = bounds.token_start(start - 1)
        if text[prev:start].replace(".", "", 1).isdigit():
            return prev
    return start


#: Regions above the provinces, which no gazetteer holds (引进北京、长三角…等机构).
MACRO_REGIONS = frozenset(("长三角", "珠三角", "大湾区", "粤港澳大湾区", "京津冀", "环渤海", "长江经济带", "成渝"))
def named_body(text: str, in_place: Callable[[int, int], bool], start: int, end: int,
               suffix_of: Callable[[str], str]) -> bool:
    """An item before 等机构 at ``start:end`` names a body: its own suffix or a proper element, no place
    (``in_place(start, end)``: a place found holds the span; a look-up, not a scan of every place, so
    that a document's 等机构 lists cost no time per place), no region above the provinces, no 的."""
    item = text[start:end]
    if "的" in item or item in MACRO_REGIONS or in_place(start, end):
        return False
    return bool(suffix_of(item)) or has_proper_element(item)


#: Rivers and their stretches (大运河北辰段, 永金引河) and websites: named, but no works (ANNOTATION.md rule 4); a
#: connection made (联通津城滨城双城, 支路联通: 联通 the verb or its noun, not China Unicom) is none either, nor
#: a batch of a register (第五批非遗代表性项目).
NOT_WORKS = re.compile(r"^[\u4e00-\u9fff]{1,4}(?:运河|(?<!引)河|江)(?:[\u4e00-\u9fff]{1,3}段)?$|.*网站$"
                       r"|(?:联通|连通|贯通)|.*(?:联通|连通|贯通)$|第[一二三四五六七八九十百\d]+批")
#: A list or a clause read as one name (外环河等市管河道, 恒大御景湾等一批…, 新峰路等11个项目具备通车条件…), or
#: items of one brand written without their marks (信易游信易行信易租: the same two characters three times).
GLUED_LIST = re.compile(r"(?<![中高初同平对均])等(?!级)|一批|个项目|具备|开展|入驻"
                        r"|([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,2}\1[\u4e00-\u9fff]{1,2}\1")
BRACKETED_PHASE = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}期[）)]")
#: A hospital's or a school's campus in brackets after the works' name (深圳市第二儿童医院（龙华院区）): the campus built.
_BRACKETED_CAMPUS = re.compile(r"[（(][\u4e00-\u9fff]{2,6}(?:院区|校区|分院|分校)[）)]")


def suffix_cuts_word(text: str, bounds: TokenBounds, start: int, suffix_start: int, end: int) -> bool:
    """The suffix at ``suffix_start:end`` is the tail of one common word of the text (路 of 陆路 in 利用好陆路港,
    a word jieba knows and tags no proper noun) and the name's part before that word, ``start`` up to it,
    holds no proper element and no place: the name was cut out of the word (好陆路), no name. A road's word before
    works on it is the road's name (机场路快速化改造工程)."""
    if text[suffix_start:end] == "路" and _WORKS_ON_ROAD.match(text, end):
        return False
    word_start = bounds.token_start(suffix_start)
    if not start <= word_start < suffix_start or bounds.token_start(end - 1) != word_start:
        return False  # the suffix starts a word, or the word does not end with it
    word = text[word_start:end]
    if not lexicon.count(word) or proper_word(word):
        return False
    return not has_proper_element(text[start:word_start]) and not bounds.place_within(start, word_start)



#: Compounds that start with a name suffix and that jieba's dictionary lacks, so that its words end inside
#: them (天津|中心|城市): what comes before is what the city or district is, no name.
SUFFIX_COMPOUNDS = ("中心城市", "中心城区", "中心城镇", "公园城市", "城乡", "城管", "高速路网", "公路网", "铁路网")


def suffix_starts_compound(text: str, suffix_start: int) -> bool:
    """The suffix at ``suffix_start`` starts one of :data:`SUFFIX_COMPOUNDS` (中心 of 中心城市 in
    天津中心城市北部副中心): a name ending there would be cut inside the word (天津中心).

    Example:
        >>> suffix_starts_compound("建设天津中心城市北部副中心", 4), suffix_starts_compound("天津中心医院", 2)
        (True, False)
    """
    return text.startswith(SUFFIX_COMPOUNDS, suffix_start)


#: Activity nouns that close a list item after the name of the thing (…产城融合示范区建设等项目).
ACTIVITY_TAILS = ("建设",)


def item_without_activity(text: str, start: int, end: int, suffix_of: Callable[[str], str]) -> int:
    """Where a list item at ``start:end`` ends without a closing activity noun, when what stands before it
    ends with a name suffix: 对接北辰区国家级产城融合示范区建设等项目 lists the Park, not a works named …建设.

    Example:
        >>> text = "对接国家级产城融合示范区建设等项目"
        >>> text[2:item_without_activity(text, 2, 14, lambda s: "示范区" if s.endswith("示范区") else "")]
        '国家级产城融合示范区'
    """
    for tail in ACTIVITY_TAILS:
        if text.endswith(tail, start, end) and suffix_of(text[start:end - len(tail)]):
            return end - len(tail)
    return end


#: The end of a registered company name (…集团有限公司, …股份公司, …集团).
_COMPANY_END = re.compile(r"(?:有限责任公司|有限公司|股份公司|集团(?!化))")


def after_company(text: str, start: int, suffix_start: int) -> int:
    """Where a park's name starts that the walk found behind a full company name (武汉光谷联合集团有限公司|江夏产业园):
    after the company, its developer, when a name of two characters or more with a proper element is left
    before the suffix at ``suffix_start``; else ``start``.

    Example:
        >>> text = "武汉光谷联合集团有限公司江夏产业园"
        >>> text[after_company(text, 0, 14):]
        '江夏产业园'
    """
    last = None
    for last in _COMPANY_END.finditer(text, start, suffix_start):
        pass
    if last is None or suffix_start - last.end() < 2 or not has_proper_element(text[last.end():suffix_start]):
        return start  # 京东集团智能产业园: nothing proper left after the company, whose park it names
    return last.end()


#: Nouns that close a description put before a name (打造高能级科创平台|嘉定新城科创中心).
_DESCRIPTION_HEADS = re.compile(r"平台|载体|高地|阵地|窗口|引擎|枢纽|标杆|样板")


def after_quality(text: str, bounds: TokenBounds, start: int, suffix_start: int) -> int:
    """Where a name starts that the walk found opening with a wanted quality and a description of what
    it is (高能级科创平台嘉定新城科创中心): after the description's head noun (or the quality alone), when the rest
    before the suffix at ``suffix_start`` holds a proper element or a place; else ``start`` (and the quality
    opens no name: 高品质产城融合示范区).

    Example:
        >>> from extractors.token_bounds import TokenBounds
        >>> import spacy
        >>> text = "打造高能级科创平台嘉定新城科创中心"
        >>> bounds = TokenBounds(spacy.blank("zh").make_doc(text))
        >>> text[after_quality(text, bounds, 2, 15):]
        '嘉定新城科创中心'
    """
    if text.startswith(QUALITIES, start):
        after = start + next(len(q) for q in QUALITIES if text.startswith(q, start))
    elif text.endswith(QUALITIES, 0, start):
        after = start  # 高水平 is a stop word: the walk stopped after it (高水平|开放载体坪山综合保税区)
    else:
        return start
    heads = [m.end() for m in _DESCRIPTION_HEADS.finditer(text, after, suffix_start) if bounds.is_end(m.end())]
    rest = heads[-1] if heads else after  # 高品质|吴中太湖新城: the quality alone
    if bounds.is_end(rest) and suffix_start - rest >= 2 and (has_proper_element(text[rest:suffix_start])
                                                             or bounds.place_within(rest, suffix_start)):
        return rest
    return start


#: Words that say what kind of body a name's head is, and name none (行业协会, 产业技术研究院, 校际联盟).
_BODY_KIND_WORDS = frozenset("行业 产业 人才 技术 机构 校际 专科 业主 咨询 社区 孵化 新型 部门 金融 创新 创业 "
                             "协会 商会 教育 集团 建设 联盟 产业技术 行业协会 金融机构 新型产业".split())


def kind_of_body(name: str, suffix: str) -> bool:
    """True if every word before a body's ``suffix`` says what kind of body it is (行业协会商会, 人才创新创业联盟,
    新型产业技术研究院): a kind, no name.

    Example:
        >>> kind_of_body("产业技术研究院", "研究院"), kind_of_body("河北工业大学机器人产业研究院", "研究院")
        (True, False)
    """
    rest = name[:len(name) - len(suffix)]
    return bool(rest) and all(word in _BODY_KIND_WORDS for word in jieba_words(rest))


#: An office written short as its place, its level and its task before 办 (区信访办, 北辰区委编办, 区营商环境办).
_OFFICE_SHORT = re.compile(r"(?P<place>[\u4e00-\u9fff]*?)(?:省|市|区|县|旗|镇|乡|街道)(?P<task>[\u4e00-\u9fff]{1,8}?)办")
#: Tasks of one character that make an office (区委办, 区府办, 区外办); others are a verb's (区里|举办, 区|协办).
_ONE_CHARACTER_TASKS = frozenset("委府外侨台农编")
#: Verbs and kinds of running ending in 办 (在区举办, 由区承办, 社会保险经办, 区级公办, 村办企业): their first
#: character ends no office's task.
_NOT_OFFICES = frozenset("举创主承督交协开兴包代合领帮通照查试筹操置采法严快难好就去来要能会可再在都也里内先经公民村私官自联")


def office_short_form(name: str) -> bool:
    """Whether a body's name ending in a bare 办 is an office's short form: its place (or none), a level (区, 市, 县,
    镇, …) and its task before 办; the task no verb's or kind's (区级公办, 在区举办) and of two characters or more but
    for the few of one (区委办, 区外办); no single character before the level (报|区安委办: a verb).

    Example:
        >>> [office_short_form(n) for n in ("北辰区信访办", "区委办", "区里办", "一网通办", "区举办", "报区安委办")]
        [True, True, False, False, False, False]
    """
    office = _OFFICE_SHORT.fullmatch(name)
    if office is None or len(office.group("place")) == 1:
        return False
    task = office.group("task")
    return (len(task) > 1 or task in _ONE_CHARACTER_TASKS) and task[0] != "级" and task[-1] not in _NOT_OFFICES


#: Works done on a named facility, written after its name: 保护提升, 夜游提质, 扩建改造 (one to three of these).
_WORKS_ON = ("改扩建", "综合整治", "保护", "提升", "改造", "提质", "扩建", "修缮", "整治", "升级", "更新", "修复",
             "迁建", "夜游", "亮化", "美化", "绿化", "景观", "提标", "扩容", "新建", "开发")
WORKS_ON_NAMED = re.compile("(?:" + "|".join(_WORKS_ON) + "){1,3}(?:(?:工程|项目)(?:[一二三四五六七八九]期)?"
                            "|[一二三四五六七八九]期(?:工程|项目)?)")  # (…保护开发二期项目: the phase before 项目)
#: Names the works on which are annotated by the name alone (ANNOTATION.md rule 11: works on a road).
_LINES = ("道", "路", "公路", "大道", "快速路", "高速", "铁路", "高铁", "城际", "号线", "复线", "连接线", "立交")


def works_on_named(text: str, end: int, name: str) -> int:
    """Where the works on the named facility ``name`` (ending at ``end``) end, when the text writes them right
    after it (三河古镇|保护提升工程二期, 白沙公园|提升改造工程); ``end`` when it does not, or when ``name`` is a
    road or a line, whose works take its name.

    Example:
        >>> text = "启动三河古镇保护提升工程二期，"
        >>> text[2:works_on_named(text, 6, "三河古镇")]
        '三河古镇保护提升工程二期'
    """
    works = WORKS_ON_NAMED.match(text, end)
    return works.end() if works and not name.endswith(_LINES) else end


#: Where one body's name ends and the next begins in a joint publisher line whose spaces are gone
#: (杭州市萧山区经济和信息化局杭州市萧山区发展和改革局).
_NEXT_BODY = re.compile(r"(?<=[局会府室厅])(?=[\u4e00-\u9fff]{2,4}[省市](?:[\u4e00-\u9fff]{2,4}[区县])?|[\u4e00-\u9fff]{2,4}[区县]|国家)")


def joint_bodies(value: str) -> list[str]:
    """The bodies of a joint publisher line, each starting with its region.

    Example:
        >>> joint_bodies("杭州市萧山区经济和信息化局杭州市萧山区发展和改革局")
        ['杭州市萧山区经济和信息化局', '杭州市萧山区发展和改革局']
        >>> joint_bodies("北辰区人民政府办公室"), joint_bodies("南京市规划和自然资源局江北新区分局")
        (['北辰区人民政府办公室'], ['南京市规划和自然资源局江北新区分局'])
    """
    parts: list[str] = []
    for part in filter(None, _NEXT_BODY.split(value)):
        if parts and (parts[-1].endswith("局") and part.endswith("分局") or parts[-1] == "国家税务总局"):
            parts[-1] += part  # a bureau's branch in a region (…局江北新区分局) is one body, as is a local tax bureau
            # named with the national administration (国家税务总局佛山市禅城区税务局)
        else:
            parts.append(part)
    return parts if len(parts) > 1 and all(len(p) >= 5 for p in parts) else [value]


#: A road written as an address (春兴路88号, 通讯地址：…澄阳路, …路与…路交口, 落户辖区湖光路) or a plot's side (东至凤阳路,
#: 止于澄阳路).
_ADDRESS_BEFORE = re.compile(r"(?:[东西南北]至|起于|止于|起自|地址[:：]?|(?:落户|坐落于|位于|地处)(?:辖区|园区)?)$")
_SECTION_TO = ("—", "－", "～", "~")
_HOUSE_NUMBER = re.compile(r"\d+(?:-\d+)?号(?!线)")
#: Where two roads meet, after the first's or the second's name (湖光路与长江西路交口): an address.
_CROSSING = re.compile(r"(?:[与和][\u4e00-\u9fff]{1,8}?(?:路|道|街))?(?:交叉口|交口|交汇处|交界处|路口)")
#: A class of projects a list or plan holds (江苏省重大项目清单, 相城区年度重点项目计划).
_PROJECT_LIST = re.compile(r"(?:清单|计划|名单|库|目录)")


def address_or_list(text: str, c: Candidate) -> bool:
    """A works name that is an address, a plot's side or the class of a project list: no project."""
    if c.label != Label.PROJECT:
        return False
    name = text[c.start:c.end]
    if name.endswith(ROAD_SUFFIXES) and (_ADDRESS_BEFORE.search(text, max(0, c.start - 6), c.start)
                                         or _HOUSE_NUMBER.match(text, c.end) or text[c.end:c.end + 1] in _SECTION_TO
                                         or _CROSSING.match(text, c.end)):
        return True  # (太阳路—澄阳路段): the roads a section runs between; 湖光路与长江西路交口: where they meet
    return name.endswith(("重大项目", "重点项目")) and (_PROJECT_LIST.match(text, c.end) is not None
                                                  or name.endswith(("级重大项目", "级重点项目")))  # 列入苏州市级重点项目


def joint_parts(text: str, c: Candidate) -> list[Candidate]:
    """A body's name that is two bodies glued (a joint publisher line whose space is gone) as its two bodies."""
    parts = joint_bodies(text[c.start:c.end]) if c.label == Label.ORGANIZATION else []
    if len(parts) < 2:
        return [c]
    starts = [c.start + sum(map(len, parts[:i])) for i in range(len(parts))]
    return [Candidate(s, s + len(p), c.label, c.rule, c.strong) for s, p in zip(starts, parts)]


#: Road and bridge suffixes: a road's short name is its proper element, however common the word (将军大道, 亚运大道).
_ROADS = ("快速路", "大道", "公路", "大桥")  # not 路 alone: 乡间路, 相融路 are words
#: Works on a road written after its name (机场路|快速化改造工程): 路 then ends a road's name, though 机场路 is a word.
_WORKS_ON_ROAD = re.compile(r"(?:快速化|提升|改造|拓宽|改扩建|扩建|综合整治|整治|提质|升级|大修|新建)+(?:工程|项目)")
#: Words before a road suffix that name a kind of road, not a road (城市快速路, 高速公路, 农村公路).
_KINDS_OF_ROAD = frozenset(("城市", "高速", "农村", "乡村", "主干", "次干", "支", "干线", "国省", "一级", "二级", "三级",
                            "四好农村", "景观", "沿江", "环城", "旅游", "慢行", "绿色", "智慧", "断头", "进出", "村组",
                            "联网", "产业", "城乡", "跨江", "外环", "内环", "快速", "铁", "马", "道", "公", "水"))


def named_road(text: str, start: int, end: int, label: Label) -> bool:
    """A project ``text[start:end]`` before a road's suffix with a two- or three-character name of its own
    (亚运|大道, 新化|快速路), not a kind of road; before 路 when works on the road follow (机场|路|快速化改造工程)."""
    core = text[start:end]
    road = text.startswith(_ROADS, end) or text.startswith("路", end) and _WORKS_ON_ROAD.match(text, end + 1) is not None
    return label == Label.PROJECT and road and 2 <= len(core) <= 3 \
        and core not in _KINDS_OF_ROAD and all("\u4e00" <= ch <= "\u9fff" for ch in core)


def park_address_start(text: str, bounds: TokenBounds, patterns: NamePatterns, start: int, end: int) -> int:
    """Where a park's name (its suffix at ``end``) opens after an address: one that holds a whole park and then a
    city's name (天津市北辰区北辰经济技术开发区|天津医药医疗器械工业园, …有限公司江夏产业园: the park of the address is a
    name of its own), or the regions whose short form the name repeats (天津市北辰区|北辰经济技术开发区)."""
    for park in patterns.park_suffix_re.finditer(text, start, end):
        if park.end() in bounds.place_starts and bounds.is_end(park.end()) and end - park.end() >= 4:
            start = park.end()
    regions = bounds.place_end_at
    at = start
    while at in regions and text[regions[at] - 1] in "省市区县":
        at = regions[at]  # 天津市|北辰区|
    return at if at > start and text.startswith(text[at - 3:at - 1], at) and end - at >= 2 else start


def after_park(text: str, bounds: TokenBounds, patterns: NamePatterns, start: int, end: int, roads: bool = True) -> int:
    """Skip a park name at the start of a road name (生物医药产业园富源南路 -> 富源南路), or of another works name
    when a proper element of its own follows the park (…产业园天锻航空智能锻压装备产业化基地; not
    …工业园污水处理厂, whose rest is generic)."""
    for park in patterns.park_suffix_re.finditer(text, start, end):
        if bounds.is_end(park.end()) and end - park.end() >= (1 if roads else 4) \
                and (roads or has_proper_element(text[park.end():end])):
            start = park.end()
    if text.startswith("项目", start) and end - start > 4:
        start += 2  # 主会场|项目天锻…: the programme's word, no part of the works after it
    elif text.startswith("内", start) and end - start > 3 and text[start - 1:start] in "园区" \
            and not lexicon.count(text[start:start + 2]):
        start += 1  # 西太湖科技产业园|内烯望|新材项目: 内 (inside) the park, glued to the name after it
    return start


def without_former(text: str, found: list[Candidate], place_starts: Collection[int]) -> list[Candidate]:
    """``found`` with each name opening with 原 (former) before a place cut after it (由原中牟汽车产业集聚区整合提升而来: the
    zone 中牟汽车产业集聚区, renamed since)."""
    return [replace(c, start=c.start + 1, name=c.name.removeprefix("原"))
            if text[c.start:c.start + 1] == "原" and c.start + 1 in place_starts else c for c in found]
