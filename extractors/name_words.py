"""Word tests shared by the name finders of ``kg_names`` (split from :mod:`extractors.names`).

Where the walk left from a name's suffix opens the name it found is in :mod:`extractors.name_openings`, where it stops
in :mod:`extractors.name_stops`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from extractors import lexicon
from extractors.patterns import NamePatterns
from extractors.stop_words_kept import kept_stop_word
from extractors.token_bounds import TokenBounds

#: Marks that end a clause (and a name).
CLAUSE_END = "，,；;。：:！？!?\n（(）)“”\"《》"

#: Words that stop a name elsewhere but are ordinary parts of a registered company name
#: (文旅发展集团有限公司, 旅游运营管理有限公司, 智能电网 split 睿智/能).
COMPANY_INNER = frozenset(("发展", "运营", "管理", "建设", "开发", "服务", "投资", "控股", "能", "现代", "特色",
                           "合作", "协同", "一体化", "延伸", "集聚", "融合", "创新", "智能", "产业", "联合", "租赁"))
#: Words in front of an industry that rank or place it rather than name a narrower industry.
CHAIN_QUALIFIERS = frozenset(("特色", "优势", "主导", "新兴", "战略性新兴", "传统", "重点", "相关", "支柱", "地方",
                              "区域", "本地", "现有", "未来", "其他", "主要", "核心", "关键", "全国", "国内", "国际",
                              "我国", "全市", "全区", "大力", "发展", "壮大", "做强", "做大", "配套", "上下游", "整个",
                              "全", "优质", "国家", "省级", "市级", "全省", "本市", "本区", "完整", "完善", "园区",
                              "我区", "我市", "全县", "城区", "片区"))
#: A list governed by a verb of attracting names kinds of projects wanted, not projects (积极引进绿色电池、…等龙头项目).
_WANTED = re.compile(r"(?:引进|招引|吸引|引入)(?:一批|更多)?$")
_BODY_INNER = frozenset(("发展", "改革", "促进", "保护", "创新", "协同", "服务", "管理", "建设"))
_BODY_AFTER_AND = ("改革", "信息化", "社会保障", "旅游", "城乡", "科技", "规划", "计划生育", "体育", "广播电视", "自然资源",
                   "建设", "投资促进", "宗教", "补偿", "城市更新", "企业服务")
#: One-character function words that the segmenter glues to the end or start of a name (科技城|为, 以|坪山).
GLUED_AFTER = frozenset("为已将在与是于和及等的要也还")
_GLUED_BEFORE = frozenset("以在将与和由把从于为至如")
#: The function words the segmenter glues to the start of a name (以坪山, 如沈巷|镇).
GLUED_BEFORE = _GLUED_BEFORE
#: A move's verbs before 至 (搬迁至, 迁至: to where a firm moves).
_MOVED = ("搬迁", "迁", "转移", "迁移")


#: A count, an amount or a counted unit (40余, 三个, 两大): never part of a name.
_QUANTITY = re.compile(r"^(?:[\d余多几数个条家所座项处万亿千百十]+|[\d一二三四五六七八九十两几数]+[个条家所座项处大])$")
_FUNCTION_CHAR = re.compile(r"[以由在是将把被从于不及与并或已为]")
_DATE_CHARS = ("年", "月", "日")
_NUMERAL = re.compile(r"[\d〇零一二三四五六七八九十两百千万]")
#: A unit of money written after its number (1.2|亿元, 5000|万元, 3|亿美元).
_MONEY = re.compile(r"^[十百千万亿]*(?:美元|港元|欧元|元)$")
#: A token holding one of these is no name token.
#: The bullets of a list (●医疗器械产业园).
LIST_BULLETS = "●○■□◆◇▲△▶►•◎★☆※"
TOKEN_BREAKS = frozenset(CLAUSE_END + "、·—-…｜【】" + LIST_BULLETS)


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def name_token(token: str, text: str, end: int, stop_tokens: frozenset[str]) -> bool:
    """Whether the jieba token ``token`` ending at ``end`` of ``text`` can be part of a name.

    Args:
        token: The token's text.
        text: The document text.
        end: Where the token ends in ``text``.
        stop_tokens: The stop words of ``data/name_patterns.yml`` (verbs, function words).
    """
    if token in _DATE_CHARS and end >= 2 and not _NUMERAL.match(text[end - 2]):
        return True  # 年/月/日 end a date only after a number (3月18日); else part of a name (久日新材)
    if not token.strip():  # a space between two Latin words stays in the name (Mini LED)
        return latin(text[end - len(token) - 1:end - len(token)]) and latin(text[end:end + 1])
    if token in (".", "．"):  # a decimal point (工业4.0), not the point of a list number (1. 天津…有限公司)
        return text[end:end + 1].isascii() and text[end:end + 1].isalnum()
    if token in stop_tokens:
        if not kept_stop_word(token, text, end):
            return False
    elif len(token) == 1 and end >= 2 and (text[end - 2:end] in stop_tokens or text[end - 3:end] in stop_tokens):
        return False  # 湾沚区做|强|安徽新芜经济开发区, 竞得|人|天津…: the end of a stop word the segmenter split
    if token == "同" and _BODY_END.search(text, 0, end - 1):
        return False  # 同 (with) after a body's name: 武汉儿童医院同华中科技大学 (not 中国同辐)
    if len(token) > 2 and (token[-2:] in stop_tokens or token[:2] in stop_tokens) and not lexicon.count(token):
        return False  # a stop word glued to a neighbour by the segmenter
    if token[0] == "至" and glued_function_start(token) and text.endswith(_MOVED, 0, end - len(token)):
        return False  # 搬迁|至华口|智能制造产业园: 至 (to) glued to the name a move leads to (not 新塘|至洪梅|段, a route)
    if not TOKEN_BREAKS.isdisjoint(token):
        return False
    if token == "|" and _CJK_CHAR.match(text, end) and _CJK_CHAR.match(text, end - 2):
        return False  # 天津市人民政府|天津市规划和自然资源局: a link bar between two names (not 贝|DEVELOPS|丙)
    if len(token) > 1 and _FUNCTION_CHAR.search(token) and not lexicon.count(token) and token != "中以":
        return False  # a segmentation fragment around a function word (区以, 由区, 内不上; 中以 is China and Israel)
    if token.isdigit():  # 10号, 3期, 18号线, and 6 of 6至10号 (a range: :func:`extractors.stop_words_kept.number_range`)
        return text[end:end + 1] in ("号", "期") or text[end:end + 2] == "号线" \
            or text[end:end + 1] == "至" and text[end + 1:end + 2].isdigit()
    if _MONEY.match(token) and _NUMERAL.match(text[end - len(token) - 1:end - len(token)]):
        return False  # 投资1.2亿元建设…: an amount of money, before the name of what it pays for
    return not _QUANTITY.match(token)


def body_word(token: str, text: str, end: int, suffix: int | None = None) -> bool:
    """Words inside the name of a public body (发展和改革委员会, 工业和信息化局, 文化遗产保护传承利用中心) ending at
    ``end``; ``suffix``: where the body's suffix word opens (for 和: :func:`domains_joined`)."""
    if token in ("和", "与"):  # no body's name before it (区教育局和体育局 are two bodies; 区建设与交通局 is one)
        before = text[end - 2:end - 1]  # (no firm's or place's end before 与: 深圳迈瑞…股份有限公司与鹿城区卫生健康局)
        return before not in _BODY_LAST and not (token == "与" and before in _FIRM_OR_PLACE_LAST) and (
            text.startswith(_BODY_AFTER_AND, end) or suffix is not None and domains_joined(text, end, suffix))
    if token == "规划":  # 规划(和)自然资源局, 规划资源分局, 规划和国土资源管理局 (not 科学规划…研究院)
        return text.startswith(("和自然资源", "自然资源", "资源", "局", "分局", "土地", "国土"), end) \
            or text.startswith("和", end) and suffix is not None and domains_joined(text, end + 1, suffix)
    return token in _BODY_INNER


#: The last characters of a body's short or full name: a body written before 和 ends with one (区发改委和财政局).
_BODY_LAST = frozenset("局委办厅院所会处署站队组室部")
#: The last characters of a firm's or a place's name, which 与 joins to a body after it (…公司与鹿城区卫生健康局).
_FIRM_OR_PLACE_LAST = frozenset("司团区市县镇")
#: What opens the name of another body or a place (区政府和区财政局, 省政府和新区党工委).
_BODY_OPENINGS = ("区", "市", "县", "省", "镇", "乡", "街道", "新区", "国家", "中央", "全国", "中国")
#: The suffixes of a government department, the bodies whose names join two domains with 和 (not 大学, 研究院,
#: 中心, 医院: 华中科技大学和武汉大学 are two).
_DEPARTMENT_SUFFIXES = ("局", "委员会", "委", "办公室", "办", "厅", "署", "管理委员会", "管理局", "管理办公室", "监督管理局")
_DOMAIN = re.compile(r"[\u4e00-\u9fff]{2,8}")


def domains_joined(text: str, end: int, suffix: int) -> bool:
    """Whether 和 ending at ``end`` joins two domains of one government department whose suffix word opens at
    ``suffix`` (城市管理和综合执法局, 交通运输和港口管理局, 水务和海洋局, 科技和经济委员会): two to eight characters of
    a domain after it, no function word or party body among them, and no body's or place's name opening it
    (区政府和区财政局 are two bodies)."""
    domain = text[end:suffix]
    return (text.startswith(_DEPARTMENT_SUFFIXES, suffix) and _DOMAIN.fullmatch(domain) is not None
            and _FUNCTION_CHAR.search(domain) is None and "党" not in domain and not domain.startswith(_BODY_OPENINGS))


def glued_function_end(text: str, bounds: TokenBounds, end: int) -> bool:
    """A name suffix ends one character before a token end, and that character is a function word the
    segmenter glued to it (中新广州知识城已落户: 城已; 以沈阳浑南科技城为: 城为), or two characters before,
    a word of position (京津公路沿线: 公路沿线 is one dictionary word); 会 of 会同 (together with) after a committee's
    short form (区经委|会同: 经委会|同)."""
    glued = 1 if text[end:end + 1] in GLUED_AFTER or text.startswith("会同", end) and text[end - 1] == "委" \
        else 2 if text.startswith(GLUED_POSITIONS, end) else 0
    return glued > 0 and bounds.is_end(end + glued) and bounds.token_start(end) < end


#: Words of position the segmenter glues to the word before them (公路沿线, a dictionary word): they end no name.
GLUED_POSITIONS = ("沿线", "周边")
#: Road and line suffixes: a park name written before a road is the road's location, not its name
#: (高端装备产业园永信道 -> 永信道).
ROAD_SUFFIXES = ("道", "路", "公路", "大道", "快速路", "高速")


def glued_function_start(token: str, shortest: int = 3) -> bool:
    """A token of ``shortest`` or more characters that is a function word glued to the start of a name
    (以坪山, 以天辰; a company's 由隆 of 由隆基绿能科技…) and no dictionary word."""
    return len(token) >= shortest and token[0] in _GLUED_BEFORE and not lexicon.count(token)


#: Verbs, prepositions and a date's last character that the segmenter glues to a level word (报|区, 向|市, 6日|区).
_BEFORE_LEVEL = frozenset("经日月年受请报向对给到")


def glued_level(token: str) -> bool:
    """A preposition, a verb or a date's last character glued to the level word a body's name opens with (经|区 in
    经区人民政府同意, 由|市, 请|区 in 请区发展改革委修改, 报|区 in 报区重点项目建设指挥部, 向|市 in 定期向市发展改革委上报,
    6日|区 in 3月6日区人民政府第32次常务会议), no word.

    Example:
        >>> glued_level("经区"), glued_level("经开区"), glued_level("市区"), glued_level("共向区")
        (True, False, False, True)
    """
    if len(token) == 3 and token[0] in _ADVERB_CHARS and not lexicon.count(token):
        token = token[1:]  # 共向区 in 区审计局共向区纪委监委移送: an adverb glued on too (not 共和镇)
    return len(token) == 2 and token[0] in _GLUED_BEFORE | _BEFORE_LEVEL and token[1] in "区市县省镇" \
        and not lexicon.count(token)


#: Adverbs the segmenter glues to a preposition and a level word (共|向|区: 共向区).
_ADVERB_CHARS = frozenset("共均还再已")


def glued_clause_opening(text: str, at: int, end: int) -> bool:
    """The two characters at ``at:end`` open a clause with a function word glued to a name's first character
    (以天|锻、长荣印刷等龙头企业为引领) and are no dictionary word."""
    return end - at == 2 and at >= 0 and text[at] in _GLUED_BEFORE and (at == 0 or text[at - 1] in CLAUSE_END + "、") \
        and not lexicon.count(text[at:end])


def repeat_bounded(text: str, bounds: TokenBounds, start: int, end: int) -> bool:
    """A repeated name at ``start:end`` lies on token boundaries, a glued function word allowed at its end."""
    starts_ok = start == 0 or bounds.token_start(start) == start
    return starts_ok and (bounds.is_end(end) or glued_function_end(text, bounds, end))


_HEADING_NUMBER = re.compile(r"\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节])")


def heading_works(text: str, end: int) -> bool:
    """A name ending a numbered heading with 工程 ((二)大碶疏港通道工程, (一)示范镇建设工程) names the programme
    of the section, whose items are the projects: no project of its own (none is in the gold)."""
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    if rest != "工程" and not (rest == "" and text.startswith("工程", end - 2)):
        return False  # the name, or the name and 工程 (大碶疏港通道|工程), must end the heading
    return _HEADING_NUMBER.match(text, text.rfind("\n", 0, end) + 1) is not None


#: A count right after a works or park name (实施城市更新行动项目40个, 建成口袋公园5个): how many of a kind.
_COUNT_AFTER = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)(?:个|处|座|条)")


def counted_kind(text: str, start: int, end: int) -> bool:
    """A count follows the name ``text[start:end]``: it names a kind of works, of which the text counts several; not
    when the name ends a list the count counts (新建望丛祠公园、犀浦生态湿地公园2个)."""
    return _COUNT_AFTER.match(text, end) is not None and text[start - 1:start] not in ("、", "和", "及")


#: A count right before a name, its measure word glued to the name's first word or not (建设6|条池|窑…, 新建3座…).
_COUNT_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:个|处|座|条)$")


def counted_before(text: str, start: int) -> bool:
    """A count stands right before the name opening at ``start`` (建设6条池窑拉丝生产线, its 条 taken into the name by the
    segmenter's 条池): a kind of works the text counts, no name of one."""
    ends = (start, start + 1) if text[start:start + 1] in "个处座条" else (start,)
    return any(_COUNT_BEFORE.search(text, max(0, end - 6), end) is not None for end in ends)


def latin(ch: str) -> bool:
    """A Latin letter (Mini LED keeps its space)."""
    return ch.isascii() and ch.isalpha()


def has_stop(item: str, patterns: NamePatterns) -> bool:
    """A list item holding a clause mark or being a stop word is no name."""
    return any(ch in CLAUSE_END for ch in item) or item in patterns.stop_tokens


def kinds_wanted(text: str, first: int) -> bool:
    """True if the list whose first item starts at ``first`` follows a verb of attracting (引进, 招引 …)."""
    return _WANTED.search(text, max(0, first - 6), first) is not None


def place_start(places: list[tuple[int, int]], pos: int) -> int:
    """``pos``, or the start of the place it cuts (a stop word 前 cut 前黄镇武南河综合整治 to 黄镇…);
    ``places`` sorted by start."""
    i = bisect_left(places, (pos, -1))
    return places[i - 1][0] if i and places[i - 1][0] < pos < places[i - 1][1] else pos


#: The end of a body's name, before 同 (with) joining it to its partner.
_BODY_END = re.compile(r"(?:医院|学校|中学|小学|幼儿园|大学|学院|研究院|研究所|公司|集团|政府|委员会|委会)$")


def quoted_phase(surface: str) -> bool:
    """A phase of a quoted campaign (“城市双修”二期) is a stage of a programme, not a named project."""
    return _QUOTED_PHASE.search(surface) is not None


_QUOTED_PHASE = re.compile(r"[“\"][^”\"]{2,10}[”\"][一二三四五六七八九十]期$")


def occurrences(surface: str, text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each occurrence of ``surface`` in ``text``, non-overlapping, left to right.

    The spans ``re.finditer(re.escape(surface), text)`` gives for a non-empty surface, without
    compiling a pattern per surface (hundreds of names per document overflow ``re``'s cache).

    Example:
        >>> list(occurrences("aa", "aaab aa"))
        [(0, 2), (5, 7)]
    """
    at = text.find(surface)
    while at >= 0:
        end = at + len(surface)
        yield at, end
        at = text.find(surface, end)


_MARK_INSIDE = re.compile("[" + re.escape(CLAUSE_END) + "]")


def quoted_start(text: str, start: int, end: int) -> int:
    """Where the opening quote of a list item ending with a closing quote is (推动“梦天津”、… → at “),
    if it lies in ``start``-``end`` and 2 to 10 characters without marks are quoted; else -1."""
    if end - start < 4 or text[end - 1] != "”":
        return -1
    opening = text.rfind("“", start, end - 1)
    return opening if opening >= 0 and 2 <= end - opening - 2 <= 10 and \
        _MARK_INSIDE.search(text, opening + 1, end - 1) is None else -1


_COUNT_CHARS = re.compile("[一二两三四五六七八九十百千双多]")


def counted_slogan(item: str) -> bool:
    """A quoted item of counted parts is a slogan of a layout or a programme, no works (一园两带, 三区一带,
    一核两翼; ANNOTATION.md rule 20: 两新一重, 一市双城多节点): two count characters or more.

    Example:
        >>> counted_slogan("一园两带"), counted_slogan("两山银行"), counted_slogan("梦天津")
        (True, False, False)
    """
    return len(_COUNT_CHARS.findall(item)) >= 2


def unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The span inside the quotes of an item written “X” (2 to 10 characters without marks), else the span."""
    return (start + 1, end - 1) if text[start:start + 1] == "“" and quoted_start(text, start, end) == start \
        else (start, end)


def specific_suffix(patterns: NamePatterns, text: str, end: int) -> bool:
    """A strong suffix of three or more characters starts at ``end`` (综合体, 博览园, 贸易港)."""
    for length in (5, 4, 3):
        entry = patterns.suffixes.get(text[end:end + length])
        if entry and entry[1]:
            return True
    return False
