"""Where a name opens that the walk left from its suffix found, for :mod:`extractors.name_walk` (split from
:mod:`extractors.name_words`, whose word tests decide where the walk stops).

The walk stops at the first token that can be no part of a name; what it found may still open with words that are
not the name's: the verbs between two companies (由A有限公司投资建设B有限公司) or before one (联合天士力医药集团), 建设
before a body (投资1.5亿元建设章丘区智能制造研究院), a scenic area's rating or a plan's scale (国家5A级旅游景区三河古镇,
千亿级电池材料产业园). It may also have stopped short of a county's short form the segmenter cut (郫|都) or of a lake's,
hill's or river's name whose last character opens the name (百家|湖).

Example:
    >>> text = "由A有限公司投资建设天士力医药集团"
    >>> text[after_inner_words(text, [15, 13, 10, 8, 6], 6):]
    '天士力医药集团'
"""

from __future__ import annotations

import re
from itertools import pairwise

from extractors import lexicon
from extractors.name_words import COMPANY_INNER, GLUED_BEFORE
from extractors.proper import city_forms, has_proper_element
from extractors.stop_words_kept import BUILD_KINDS  # (verbs of building the dictionary does not tag as verbs)
from extractors.token_bounds import TokenBounds


def after_inner_words(text: str, word_starts: list[int], start: int) -> int:
    """Where a company name begins that the walk left from its suffix found right after another company
    (由A有限公司投资建设B有限公司): after the words of :data:`COMPANY_INNER` opening it (投资, 建设), which are the
    verb between the two. ``word_starts``: the starts of the name's words, last first
    (:meth:`extractors.token_bounds.TokenBounds.words_in`)."""
    starts = sorted(word_starts)
    for here, after in zip(starts, [*starts[1:], None]):
        if after is None or text[here:after] not in COMPANY_INNER:
            return here
    return start


def after_build_verb(text: str, bounds: TokenBounds, start: int, pos: int) -> int:
    """Where a body's name starts that the walk left from ``pos`` found opening with 建设
    (投资1.5亿元|建设章丘区智能制造研究院): after the verb when the rest names one body (a proper element or a
    place; not 建设技术创新联盟, which stays as found and is refused for its start)."""
    rest = start + 2
    if text.startswith("建设", start) and bounds.is_end(rest) \
            and (has_proper_element(text[rest:pos]) or bounds.place_within(rest, pos)):
        return rest
    return start


#: Words of :data:`COMPANY_INNER` that are verbs when they open a company name (，联合天士力医药集团…).
_OPENING_VERBS = frozenset(("联合", "投资", "建设", "开发", "合作", "协同", "发展", "集聚"))


def after_opening_verbs(text: str, word_starts: list[int], start: int) -> int:
    """Where a company name the walk found at ``start`` begins after the verbs opening it (联合|天士力医药集团;
    not 现代汽车集团, whose 现代 is no verb). ``word_starts``: the starts of the name's words, last first.

    Example:
        >>> after_opening_verbs("联合天士力医药集团", [7, 5, 2, 0], 0), after_opening_verbs("集聚南瑞集团", [2, 0], 0)
        (2, 2)
    """
    starts = sorted({*word_starts, start})  # (start may cut a word: 系|中芯…, the walk's stop at a glued 系中)
    for here, after in pairwise(starts):
        if text[here:after] not in _OPENING_VERBS:
            return here
    return starts[-1]  # 集聚|南瑞|集团: every word before the last opened it


#: A lake's, a hill's or a river's last character, which the segmenter may cut from its name (百家|湖).
_FEATURE_ENDS = frozenset("湖山江河岛湾")


def _feature_start(text: str, bounds: TokenBounds, start: int) -> int:
    """Where a name opening with a natural feature's cut-off last character (湖|未来天街…) opens: at the feature's
    name (百家湖未来天街…), two Chinese characters or more before it."""
    prev = bounds.token_start(start - 1)
    if start > 0 and text[start] in _FEATURE_ENDS and bounds.token_start(start + 1) == start + 1 \
            and start - prev >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in text[prev:start]):
        return prev
    return start


def name_opening(text: str, bounds: TokenBounds, start: int, pos: int, *, company: bool, body: bool) -> int:
    """Where a name the walk left from ``pos`` found at ``start`` opens: a company's after the verbs opening it
    (:func:`after_opening_verbs`), a body's after 建设 (:func:`after_build_verb`), a name opening with a natural
    feature's last character at the feature (:func:`_feature_start`)."""
    start = _feature_start(text, bounds, start) if pos - start >= 3 else start
    if text.startswith("了", start) and pos - start >= 4 and not lexicon.count(text[start:start + 2]):
        start += 1  # 察看了|鑫源汽车零部件二期项目: the verb's particle the segmenter glued to the name (了鑫源)
    elif text.startswith("好", start) and pos - start >= 4 and not lexicon.count(text[start:start + 2]) \
            and not lexicon.count(text[start:start + 3]) \
            and start > 0 and lexicon.tagged(text[bounds.token_start(start - 1):start], "verb"):
        start += 1  # 服务好|德汇智能、恒瑞新能源等重点企业: the verb's complement glued to the name (好德汇; not 支持|好想你…)
    elif text[start:start + 1] in GLUED_BEFORE and (start == 0 or text[start - 1] in _CLAUSE_MARKS) \
            and _glued_opening(text, bounds, start, pos):
        start += 1  # ，如沈巷|镇年产30万吨绿色建材项目: a function word glued to the place the name opens with
    start = _after_glued_verb(text, bounds, start, pos)
    start = _after_town_before_its_short_form(text, bounds, start, pos)
    if company:
        return after_opening_verbs(text, bounds.words_in(start, pos), start)
    return after_build_verb(text, bounds, start, pos) if body else after_rating(text, start, pos)


def _after_town_before_its_short_form(text: str, bounds: TokenBounds, start: int, pos: int) -> int:
    """Where a name opens that a town's full name and then its short form or a city open (在临江街道临江高新区设立分会场,
    在平沙镇珠海高景太阳能科技有限公司二期厂区): after the town, where the name the town's short form or the city opens
    begins; else ``start``."""
    end = bounds.place_end_at.get(start, start)
    town = text[start:end]
    core = town[:-2] if town.endswith("街道") else town[:-1] if town.endswith(("镇", "乡")) else ""
    return end if len(core) >= 2 and end < pos and (text.startswith(core, end) or _city_at(text, end)) else start


def _city_at(text: str, pos: int) -> bool:
    """A province's or a city's name (or short form) opens ``text`` at ``pos`` (珠海, 珠海市)."""
    forms = city_forms()
    return any(text[pos:pos + n] in forms for n in (2, 3, 4))


def _after_glued_verb(text: str, bounds: TokenBounds, start: int, pos: int) -> int:
    """Where a name opens whose first two characters are a verb the segmenter glued to the place after it (新|建康|山街道
    中心幼儿园: 新建 and 康山街道): at the place; else ``start``."""
    place = start + 2
    if place < pos and place in bounds.place_starts and bounds.token_start(place) != place \
            and (text[start:place] in BUILD_KINDS or lexicon.tagged(text[start:place], "verb")):
        return place
    return start


_CLAUSE_MARKS = frozenset("，。；：,;:！？\n")


def _glued_opening(text: str, bounds: TokenBounds, start: int, pos: int) -> bool:
    """The name's first token (``start`` to ``pos`` holds it), three characters or more and no dictionary word, is a
    function word glued to the name's first word (如沈巷)."""
    words = bounds.words_in(start, pos)
    end = words[-2] if len(words) > 1 else pos
    return end - start >= 3 and not lexicon.count(text[start:end])


#: A scenic area's rating written before its name (国家5A级旅游景区三河古镇, AAAA级景区…) and the scale a plan
#: wants (千亿级电池材料产业园, 百亿元级…): a class, no part of it.
_SCALE = r"[十百千万]{1,2}亿元?"
_RATING = re.compile(r"(?:国家)?(?:[1-5][AＡ]|[AＡ]{3,5})级(?:旅游)?(?:景区|景点)?|" + _SCALE + "级")
_SCALE_BEFORE = re.compile(_SCALE + "$")


def after_rating(text: str, start: int, pos: int) -> int:
    """Where a name opens after a rating written before it (the name at least two characters before ``pos``).

    Example:
        >>> text = "是国家5A级旅游景区三河古镇所在地"
        >>> text[after_rating(text, 1, 12):14]
        '三河古镇'
    """
    if text.startswith("级", start) and _SCALE_BEFORE.search(text, max(0, start - 4), start):
        start += 1  # 千亿|级|电池材料产业园: the walk stopped inside the scale
    end = start
    for m in _RATING.finditer(text, start, pos):
        end = m.end()
    return end if pos - end >= 2 else start


def county_before(text: str, start: int, shorts: frozenset[str]) -> int:
    """Where a county's short form (one of ``shorts``: 郫都 of 郫都区) ending at ``start`` begins, the segmenter's
    cut aside (郫|都, 于|都, whose 都 and 于 are stop words); ``start`` if none ends there.

    Example:
        >>> county_before("成都郫都国有资本", 4, frozenset({"郫都"})), county_before("成都郫都国有资本", 2, frozenset({"郫都"}))
        (2, 2)
    """
    for size in (3, 2):
        if start >= size and text[start - size:start] in shorts:
            return start - size
    return start
