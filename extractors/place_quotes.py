"""Names quoted right after the place they are in, listed together: 与滨海“工业云”、高新区“紫光云”、
津南“易华录数据湖”和东丽“华为云” names four projects, each after its district's short form.

A quoted word after a place is often a slogan (北辰“宜居宜业”), so only a list of two or more such
items is read, and an item that reads as a programme, a quality or a policy is none.

Example:
    >>> text = "与滨海“工业云”、高新区“紫光云”和东丽“华为云”,拓宽产业链。"
    >>> [text[s:e] for s, e in place_quoted_items(text, [(1, 3), (18, 20)], ("高新区",))]
    ['工业云', '紫光云', '华为云']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors import lexicon
from extractors.proper import jieba_words

#: A quoted item: “X” of two to eight characters, no punctuation inside.
_QUOTED = re.compile(r"“([^”“，。；、,;]{2,8})”")
#: What joins two items of a list, and what may open the first one.
_JOINS = ("、", "和", "及", "与", "以及")
#: Heads of what is no project: programmes, policies, qualities and events (“链长制”, “一网通办”, “宜居宜业”,
#: “沃柑文化旅游节”).
_NOT_WORKS = re.compile(r"(?:制|计划|行动|工程|战略|模式|机制|体系|品牌|理念|精神|服务|双循环|节|活动|大赛|论坛)$")


#: What a list of quoted items after places may be instead of works: experiences, practices, models, events
#: (黄杜村“白茶扶贫”、鲁家村“田园综合体”、余村“两山”转化等典型经验; …等节庆活动).
_EXPERIENCES = re.compile(r"[^，。；,;]{0,8}?(?:经验|做法|模式|案例|典型|路径|品牌|活动)")


def place_quoted_items(text: str, places: Iterable[tuple[int, int]], zones: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans (inside the quotes) of the quoted items written right after a place (``places``: spans of
    regions, towns, villages) or a bare zone word (``zones``: 高新区, 开发区), in a list of two or more."""
    place_ends = {e for _, e in places}
    items = [m for m in _QUOTED.finditer(text)
             if m.start() in place_ends or text.endswith(zones, 0, m.start())]
    out: list[tuple[int, int]] = []
    for run in _runs(text, items, place_ends, zones):
        if len(run) >= 2 and not _EXPERIENCES.match(text, run[-1].end()):
            out.extend((m.start(1), m.end(1)) for m in run if not _slogan(m.group(1)))
    return out


def _slogan(item: str) -> bool:
    """A programme, policy or quality (“链长制”, “宜居宜业”), an idiom, or what ends in a verb (“一网通办”,
    “智能制造”), rather than the name of a thing.

    Example:
        >>> [_slogan(x) for x in ("工业云", "易华录数据湖", "宜居宜业", "一网通办", "近悦远来")]
        [False, False, True, True, True]
    """
    words = [w for w in jieba_words(item) if w.strip()]
    return bool(_NOT_WORKS.search(item) or (len(item) == 4 and item[0] == item[2]) or lexicon.tagged(item, "idiom")
                or not words or lexicon.tagged(words[-1], "verb"))


def _runs(text: str, items: list[re.Match[str]], place_ends: set[int],
          zones: tuple[str, ...]) -> list[list[re.Match[str]]]:
    """The items in runs of one list: between two items only a join and the next item's place."""
    runs: list[list[re.Match[str]]] = []
    for m in items:
        if runs and _joined(text[runs[-1][-1].end():m.start()], m.start(), place_ends, zones, text):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _joined(between: str, quote: int, place_ends: set[int], zones: tuple[str, ...], text: str) -> bool:
    """``between`` (from the last item's closing quote to this item's opening quote) is a join then a place."""
    join = next((j for j in _JOINS if between.startswith(j)), None)
    if join is None:
        return False
    place = between[len(join):]
    return 1 <= len(place) <= 8 and (quote in place_ends or text.endswith(zones, 0, quote))
