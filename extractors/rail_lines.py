"""Rail lines named by a coined word and 线 (嘉闵线, 嘉青松金线), or by a letter and a number (轨道交通S1线), in a
sentence about rail transport.

A bare 线 ends far more words than names (生产线, 红线, 一线, 主线), so it is no name suffix. A line is
named when 线 follows a short coined or proper word (:func:`extractors.proper.has_proper_element`),
which a list mark, a clause mark or a work verb opens, and the sentence speaks of rail transport
(地铁, 轨道交通, 城际, 铁路 …). ANNOTATION.md rule 11: lines are projects wherever named.

Example:
    >>> text = "加快推进嘉闵线、地铁11号线北延伸建设，规划研究嘉青松金线。"
    >>> [text[s:e] for s, e in rail_line_spans(text)]
    ['嘉闵线', '嘉青松金线']
"""

from __future__ import annotations

import re

from extractors import lexicon
from extractors.proper import has_proper_element, jieba_words
from extractors.suffix_scan import AnchoredPattern
from extractors.text_marks import after_last_mark

_VERBS = "推进|建设|研究|规划|加快|开通|启动|实施|新建|续建|谋划|推动"
_LINE = re.compile(
    rf"(?:(?<=[、，,；;。：:\n和及])|(?<={_VERBS}))(?!{_VERBS})"
    r"(?P<name>[\u4e00-\u9fff]{2,5})线(?![\u4e00-\u9fff]{0,2}(?:公司|集团|项目部))")
_LINE_SCAN = AnchoredPattern(_LINE, "线", 5)  # its 线 is 2 to 5 characters after its start
_RAIL_WORDS = re.compile(r"地铁|轨道交通|轨交|城际|铁路|轻轨|号线|市域|有轨电车|高铁")
_SENTENCE_END = "。！？；;\n"
#: jieba's count from which a word is common vocabulary (景观 1818, 巴士 142; 津港 4, 嘉华 9).
_COMMON_COUNT = 50
#: How far from a line's name its sentence is searched for rail words.
_WINDOW = 150
#: Words before 线 that make no line's name even when jieba does not know them.
_NOT_LINES = ("生产", "中试", "产", "主", "干", "支", "专", "沿", "连接", "延伸", "复", "联络")


def _common_tail(name: str) -> bool:
    """``name`` ends in a common word of two characters or more (社区巴士, 滨河景观): a bus or a view, no line."""
    last = jieba_words(name)[-1]
    return len(last) >= 2 and (lexicon.count(last) or 0) >= _COMMON_COUNT


#: A line named by a letter and a number (轨道交通S1线, 地铁Z4线): the rail word before it is part of its name.
_CODED = re.compile(r"(?:地铁|轨道交通|轨交)?(?<![A-Za-z0-9])[A-Z]\d{1,2}线(?![\u4e00-\u9fff]{0,2}(?:公司|集团|项目部))")
_CODED_SCAN = AnchoredPattern(_CODED, "线", 7)  # a rail word, a letter and two digits at most before 线


def rail_line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of rail lines named by a coined word and 线, or by a letter and a number (see the module doc)."""
    out: list[tuple[int, int]] = []
    for hit in _LINE_SCAN.finditer(text):
        name = hit.group("name")
        if name.endswith(_NOT_LINES) or not has_proper_element(name) or _common_tail(name):
            continue
        if _rail_sentence(text, hit.start(), hit.end()):
            out.append((hit.start("name"), hit.end()))
    return out + [(hit.start(), hit.end()) for hit in _CODED_SCAN.finditer(text) if _rail_sentence(text, hit.start(), hit.end())]


def _rail_sentence(text: str, start: int, end: int) -> bool:
    """The sentence around ``[start, end)`` speaks of rail transport (within :data:`_WINDOW` characters)."""
    floor, ceiling = max(0, start - _WINDOW), min(len(text), end + _WINDOW)  # linear scan
    begin = after_last_mark(text, _SENTENCE_END, floor, start)
    ends = [i for i in (text.find(ch, end, ceiling) for ch in _SENTENCE_END) if i >= 0]
    return _RAIL_WORDS.search(text, begin, min(ends, default=ceiling)) is not None
