"""Names with a conjunction inside: where a name opens when the walk left from its suffix stopped at 和, 与 or 及 that
joins two parts of the one name, not two names (:mod:`extractors.names`).

Two activities before a facility (华虹无锡集成电路研发和制造基地), a brand's two industries before a park (大寺新能源汽车及
储能产业园), two works under one tail (永定河综合治理与生态修复工程), a lab of two fields after a verb of setting up
(共建光纤材料与器件联合实验室) and a body or company of two fields (湖南大学经济与贸易学院): each function gives where the
name opens, or the stop it was given when the parts before the conjunction are a name of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors import lexicon
from extractors.chains import ChainMatcher
from extractors.patterns import NamePatterns
from extractors.proper import has_proper_element, proper_word
from extractors.token_bounds import TokenBounds
from schema import Label


#: What a works' name pairs with 和, 与 or 及 in front of its facility (研发和制造基地, 研发与生产中心): activities.
_ACTIVITIES = ("研发", "设计", "生产", "制造", "销售", "检测", "测试", "中试", "产业化", "运营", "展示", "培训", "孵化",
               "加工", "仓储", "结算", "服务", "应用", "封装", "封测")


def paired_activities_start(text: str, start: int, suffix_start: int, walk_left: Callable[[int], int],
                            chains: ChainMatcher) -> int:
    """Where a name opens whose walk stopped at 和, 与 or 及 between two activities (华虹无锡集成电路研发|和|制造基地)
    or two industries (大寺新能源汽车|及|储能产业园: the first one of ``chains`` after a brand): where the
    walk from before the conjunction stops (``walk_left``), when what it walks over holds a proper element
    (新能源汽车研发与生产基地 and 新能源汽车及储能产业园 name a kind of works or park); else ``start``."""
    if start < 3 or text[start - 1] not in "和与及":
        return start
    if text.startswith(_ACTIVITIES, start) and text.endswith(_ACTIVITIES, 0, start - 1):
        left = walk_left(start - 1)
        return left if left < start - 3 and has_proper_element(text[left:start - 1]) else start
    after = text[start:suffix_start]
    if not (after in chains.canonical_of or 2 <= len(after) <= 6 and not has_proper_element(after)):
        return start  # (the second industry: one the taxonomy knows, or a few common words: 九典制药创新药及高端制剂产业园)
    left = walk_left(start - 1)
    brand = text[left:start - 1]
    industry = max((t for t in (brand[i:] for i in range(len(brand) - 1)) if t in chains.canonical_of), key=len, default="")
    return left if industry and has_proper_element(brand[:-len(industry)]) else start  # (not 发展海洋渔业和…产业园)


def paired_works_start(text: str, bounds: TokenBounds, start: int, suffix_start: int, patterns: NamePatterns,
                       walk_left: Callable[[int], int]) -> int:
    """Where a works name starts that pairs two works with 与 or 及 (永定河综合治理与生态修复工程, 康恒创新药研发及
    产业化基地项目): when the walk stopped at 与 or 及 (``start``), the part after it holds no proper element or place, and the part before it
    (from ``walk_left(position of 与)``) holds one and is no name of its own (no strong suffix), the name
    takes in both; else ``start``.

    Example:
        >>> from extractors.patterns import load_patterns
        >>> from extractors.token_bounds import TokenBounds
        >>> import spacy
        >>> text = "推进永定河综合治理与生态修复工程"
        >>> bounds = TokenBounds(spacy.blank("zh").make_doc(text))
        >>> text[paired_works_start(text, bounds, 10, 14, load_patterns(), lambda pos: 2):]
        '永定河综合治理与生态修复工程'
    """
    if start < 2 or text[start - 1] not in "与及" or has_proper_element(text[start:suffix_start]) \
            or bounds.place_within(start, suffix_start):
        return start
    left = walk_left(start - 1)
    first = text[left:start - 1]
    suffix = patterns.suffix_of(first)
    joined = text[start - 1] == "及"  # (与 pairs works; 及 also lists places and facilities)
    if len(first) < 4 or (suffix and (patterns.suffixes[suffix][1] or joined)) or joined and first.endswith(_PLACE_ENDS) \
            or (left, start - 1) in bounds.places \
            or not (has_proper_element(first) or bounds.place_within(left, start - 1)):
        return start  # 北辰产业园与生态修复工程, 北京十一学校天津实验学校及幼儿园项目: a name of its own before
    return left


#: Ends of a place or a facility before 及 (中铁工程南湖示范小城镇及幼儿园项目): a name of its own.
_PLACE_ENDS = ("镇", "村", "区", "城", "园", "街", "港")


#: A verb of setting up a body right before its name (共建光纤材料与器件联合实验室).
_SET_UP = re.compile(r"(?:共建|建设|组建|成立|打造|设立)$")


#: What a quoted lab's name cannot hold before its 与.
_QUOTE_BREAKS = frozenset("，。；、,;：:“”\n")


def paired_lab_start(text: str, start: int, patterns: NamePatterns) -> int:
    """Where a body's name opens when the walk stopped at a 与 inside it: a lab or centre of two fields
    (共建光纤材料与器件联合实验室) whose first field, right after a verb of setting up or an opening quote, names no body
    itself."""
    if text[start - 1:start] != "与":
        return start
    opening = text.rfind("“", max(0, start - 12), start)  # 共建的“智能算力与大模型应用联合实验室”: the quotes hold it
    if opening >= 0 and not any(ch in _QUOTE_BREAKS for ch in text[opening + 1:start - 1]):
        return opening + 1
    for k in range(2, 9):
        first = text[start - 1 - k:start - 1]
        if _SET_UP.search(text, max(0, start - 1 - k - 3), start - 1 - k):
            suffix = patterns.suffix_of(first)
            named = bool(suffix) and patterns.suffixes[suffix][1]  # a strong suffix: a body or company of its own
            return start - 1 - k if not named and re.fullmatch(r"[\u4e00-\u9fff]+", first) else start
    return start


def _field_word(word: str) -> bool:
    """A common word of three characters at most that may end a field's name (航运, 工程, 化)."""
    return len(word) <= 3 and bool(lexicon.count(word)) and not has_proper_element(word)


def paired_fields_start(text: str, start: int, suffix_start: int, walk_left: Callable[[int], int],
                        patterns: NamePatterns, *, body: bool = False) -> int:
    """Where a body's or company's name opens when the walk stopped at a 与 between two fields (湖南澳优食品与营养研究院
    有限公司, 湖南大学经济与贸易学院, 集美大学海洋装备与智能航运研究院, 厦门理工学院电气工程与自动化学院): where the walk from before the 与 stops, when what it walks
    over holds a proper element and after the 与 stand one field and at most a body's kind (研究院); else ``start``
    (not A公司与B研究院 or 锐驰智能装备与东风汽车集团有限公司: two parties); a body's field (``body``) may end in a
    common word before its kind (智能航运研究院)."""
    rest = text[start + 2:suffix_start]  # (智能|航运研究院, 自动|化学院: the field's second word before the kind)
    if text[start - 1:start] != "与" or suffix_start - start < 2 or has_proper_element(text[start:start + 2]) \
            or rest and patterns.suffixes.get(rest, (None, False))[0] != Label.ORGANIZATION and not (body and _field_word(rest)):
        return start
    field = text[start - 3:start - 1]
    if len(field) < 2 or not lexicon.count(field) or lexicon.tagged(field, "verb") or proper_word(field) \
            or (before := patterns.suffix_of(text[max(0, start - 7):start - 1])) and patterns.suffixes[before][1]:
        return start  # (…人民政府与中国科学院: a name of its own before the 与, by a strong suffix)
    left = walk_left(start - 1)
    return left if left < start - 3 and has_proper_element(text[left:start - 3]) else start
