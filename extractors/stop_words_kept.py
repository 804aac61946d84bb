"""Stop words that stay inside a name where they stand: 至 of a range of numbers or of a route, 第一 of an institution,
系 of a material's series, 一体化 before a works or zone suffix, a function character of a company's brand (云从).

:func:`extractors.name_words.name_token` ends a name's walk at a stop word (a verb, a function word); these few
stand inside names as often as outside them, and what is next to them tells which.

Example:
    >>> [kept_stop_word(t, x, x.index(t) + len(t)) for t, x in [("至", "梅山港区10号至12号集装箱泊位"),
    ...  ("至", "北辰至宝坻高速公路"), ("至", "东至京津公路"), ("第一", "江夏区第一中学"), ("第一", "第一批项目"),
    ...  ("系", "新型磷酸盐系正极材料项目"), ("系", "该企业系中芯国际子公司"), ("配套", "产品配套比亚迪")]]
    [True, True, False, True, False, True, False, False]
"""

from __future__ import annotations

import re

from extractors import lexicon

_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def kept_stop_word(token: str, text: str, end: int) -> bool:
    """Whether the stop word ``token`` ending at ``end`` of ``text`` is part of a name there."""
    return number_range(token, text, end) or route_between(token, text, end) or ordinal_institution(token, text, end) \
        or material_series(token, text, end) or token == "一体化" and _INTEGRATED_WORKS.match(text, end) is not None \
        or token == "配套" and _SUPPORTING_WORKS.match(text, end) is not None \
        or token in BUILD_KINDS and text.startswith(("工程", "项目"), end) and end > len(token) \
        or token in _WORKS_DONE and _WORKS_DONE_END.match(text, end) is not None \
        and _WORKED_ON.search(text, max(0, end - len(token) - 4), end - len(token)) is not None \
        or token in ("与", "和") and text.endswith(_DONE_TO, 0, end - 1) and _JOINED_WORKS.match(text, end) is not None


#: What works do to a place or a facility that names them before their 工程 or 项目 (深村片区旧城镇改造项目, 景区提升改造
#: 工程, 景区提质升级工程): stop words elsewhere (推进|改造, 全面|提升); a name needs its proper word before them.
_WORKS_DONE = frozenset(("改造", "提升", "升级", "提质", "全面", "活化"))
_WORKS_DONE_END = re.compile(r"(?:改造|提升|升级|提质|全面|活化)*(?:工程|项目)")
#: What such works are done to, right before their verbs: an area, a facility, or how (智能化改造); not a kind of
#: housing (老旧小区和远年住房提升改造工程: a programme).
_WORKED_ON = re.compile(r"(?:片区|城镇|旧村|(?<!乡)村|园|园区|景区|街区|基地|厂区|工厂|厂|路|街|公园|广场|市场|港|站|码头|智能化|数字化|"
                        r"技术|改造|提升|升级|提质|全面|活化)$")


#: Works of two parts joined by 与 or 和, the first what is done to a place (桃林保护与桃文化公园项目, 古镇开发与利用项目):
#: one works name (not after 治理 or 修复: 河道综合治理与北运河生态修复工程 is two works, the first no name).
_DONE_TO = ("保护", "开发", "利用")
_JOINED_WORKS = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:项目|工程)")


def number_range(token: str, text: str, end: int) -> bool:
    """至 between two numbered items or numbers is part of a name (梅山港区10号至12号集装箱泊位, 梅山港区6至10号集装箱码头)."""
    start = end - len(token)
    return token == "至" and (text[start - 1:start] == "号" or text[start - 1:start].isdigit()) and text[end:end + 1].isdigit()


#: After 至, the place a route leads to and the kind of route (北辰至|宝坻高速公路, 天津至|北京城际铁路, 乔口镇至|靖港镇旅游公路).
_ROUTE_TO = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:高速公路|高速|城际铁路|城际|铁路|轨道交通|快速路|公路|连接线)")


def route_between(token: str, text: str, end: int) -> bool:
    """至 between two places before the route that joins them is part of its name (北辰至宝坻高速公路); not after
    a side (东至京津公路: a plot's bounds), but after a city's station (西安北至高陵城际轨道交通工程)."""
    start = end - len(token)
    return token == "至" and start >= 2 and (text[start - 1] not in "东西南北" or lexicon.tagged(text[start - 3:start - 1], "proper")) \
        and all(_CJK_CHAR.match(c) for c in text[start - 2:start]) and _ROUTE_TO.match(text, end) is not None


def ordinal_institution(token: str, text: str, end: int) -> bool:
    """第一 (a stop word: 第一个, 第一批) numbering a hospital or school is part of its name
    (武汉市第一医院, 苏州大学附属第一医院, 江夏区第一中学), as 第二, 第三 … are, and so is 中国第一 of a national
    firm (中国第一汽车股份有限公司)."""
    return token == "第一" and (_INSTITUTION_HEAD.match(text, end) is not None or text.endswith("中国", 0, end - 2))


#: What 第一 numbers in an institution's name (第一医院, 第一中学, 第一人民医院).
_INSTITUTION_HEAD = re.compile(r"(?:人民|中医|中心|妇幼保健|附属|实验|职业|高级)?(?:医院|中学|小学|学校|幼儿园|中医院)")


#: What works do to a facility, named before their 工程 or 项目 (华亭镇敬老院新建工程, 九十二中学扩建工程).
BUILD_KINDS = frozenset(("新建", "扩建", "改建", "改扩建", "迁建", "续建"))
#: What 配套 (supporting) names inside a name (…提标改造及配套管网工程, 汽车配套产业园); before a firm it is a verb
#: (产品配套比亚迪: supplies).
_SUPPORTING_WORKS = re.compile(r"(?:管网|设施|基础设施|工程|道路|产业|项目|用房|住房|学校|服务|建设|市政)")
#: What 一体化 names inside a name (中科电气锂电负极材料一体化基地, 长三角生态绿色一体化发展示范区, 东华能源绿氢制储一体化示范项目).
_INTEGRATED_WORKS = re.compile(r"(?:发展)?(?:基地|项目|产业园|园区|示范区|工程|生产线|示范(?:项目|工程|基地))")
#: What a material's series (磷酸盐系, 三元系, 高镍系) makes: a battery's or a material's part.
_SERIES_OF = re.compile(r"(?:正极|负极|电解液|隔膜|电池|材料|前驱体|产品|合金)")


def material_series(token: str, text: str, end: int) -> bool:
    """系 after a chemical class and before what it makes is part of a name (德方纳米新型磷酸盐系正极材料项目), not
    系 (is) before a name (该企业系中芯国际子公司)."""
    start = end - len(token)
    return token == "系" and text[start - 1:start] in _CHEMICAL_ENDS and _SERIES_OF.match(text, end) is not None


#: The last characters of chemical classes that name a material's series (磷酸盐, 三元, 高镍, 锰, 硅碳, 钠).
_CHEMICAL_ENDS = frozenset("盐酸元镍锰铁硅碳钠锂钴磷氟")


#: Function characters that may be a brand's second character (云从, 天与, 中和).
_BRAND_FUNCTION_CHARS = frozenset("从与和及的")
#: What stands before a name that opens with a two-character brand: a cell, a mark or the text's start.
_BRAND_BOUNDARY = frozenset("\t\n、，,。；;：:（(“\"")
#: A place's last character: 苏州市的… is the city's (of), no brand 市的.
_PLACE_ENDS = frozenset("省市区县镇乡村街")
#: Function words before a partner's name (…(广州)与|云从科技…共建).
_BEFORE_PARTNER = frozenset("与和同及由向对为")
#: One-character words that are no brand's first character (再从, 并与, 也和).
_NOT_BRAND_FIRST = frozenset("再并也又还就都要将已正均可需应先即而则且或同跟向对")


def function_char_brand(text: str, token: str, prev: int) -> int | None:
    """Where a company's name opens when the walk meets a function character that is its brand's second one: right
    after a cell, a mark, the start, a city (which opens the name) or a partner's 与, one character then 从, 与, 和 or 及
    that make no word (云从科技…, 广州云从人工智能…, 苏州绿的谐波…; not 并与…, 苏州市的…)."""
    if token not in _BRAND_FUNCTION_CHARS or prev < 1 or text[prev - 1] in _NOT_BRAND_FIRST \
            or token == "的" and text[prev - 1] in _PLACE_ENDS \
            or not "\u4e00" <= text[prev - 1] <= "\u9fff" or lexicon.count(text[prev - 1:prev + 1]):
        return None
    head = prev - 1
    if head == 0 or text[head - 1] in _BRAND_BOUNDARY or text[head - 1] in _BEFORE_PARTNER:
        return head
    return city_start(text, head)


def city_start(text: str, at: int) -> int | None:
    """Where a province's or city's name (or short form) ending at ``at`` starts (广州|云从人工智能技术有限公司, 青岛|即发,
    苏州|市委常委), if one does."""
    from extractors.proper import city_forms

    return next((at - n for n in (3, 2) if at >= n and text[at - n:at] in city_forms()), None)
