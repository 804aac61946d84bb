"""Everyday words among the short forms of places: 合作 of 合作街道, 团结, 和平, 城关.

The gazetteer matches a town by its short form as well as its full name (光福 of 光福镇); a short form that is an
everyday word is a place only where the text shows it is one.

Example:
    >>> text = "郫筒、合作等街道有机更新。区政府与中国电信成都分公司合作共建。"
    >>> named = lambda s: s in ("合作街道",)
    >>> [common_word_town(text, s, s + 2, "gazetteer.town_short", "合作街道", named)
    ...  for s in (text.index("合作等"), text.index("合作共建"))]
    [False, True]
"""

from __future__ import annotations

from collections.abc import Callable

from extractors import lexicon

#: A short form this common (jieba's count) is an everyday word.
COMMON = 1000
#: After the last town of a list written in short (郫筒、合作等街道).
_LIST_ENDS = ("等街道", "等镇", "等乡镇", "等镇街", "两个街道", "两街道", "片区")


#: A town named after its water (运河街道, 增江街道), and the words that make its short form the water itself.
_WATERS = ("河", "江", "湖", "溪", "渠")
_ALONG_WATER = ("沿线", "两岸", "沿岸", "流域", "水系", "河道", "岸线", "干流", "支流", "碧道", "畔", "水质", "水环境",
                "生态带", "风光带", "景观带", "滨水", "绿道", "禁渔", "十年禁渔", "水域", "湖区", "湖面", "江面")


def water_named(text: str, start: int, end: int, town: bool = False) -> bool:
    """``text[start:end]`` is a river's, a lake's or a mountain's name or a river's bank written as such (锦江滨水绿道,
    巢湖十年禁渔, 崂山北麓, 长江南岸): a place's short form ending like a water (江, 湖, 河) before a water's word, one ending
    in 山 before a mountain's side, a bank after a river's name, no town or county of that name; a ``town``'s short form
    before 湖 or 峪 is a lake's or a valley's name too (永安|湖城市森林公园 in 永安镇, 子午|峪 of 子午街道; not before 山:
    汀溪|山野营地 is the town's camp).

    Example:
        >>> water_named("巢湖十年禁渔退捕工作", 0, 2), water_named("巢湖经济开发区", 0, 2), water_named("永安湖公园", 0, 2, True)
        (True, False, True)
    """
    return text[start:end].endswith(_WATERS) and text.startswith(_ALONG_WATER, end) or town and text[end:end + 1] in "湖峪" \
        or text[start:end].endswith("山") and text.startswith(_MOUNTAIN_SIDES, end) \
        or text[start:end] in _BANKS and text[start - 1:start] in _WATERS  # 崂山北麓, 长江南岸: no 崂山区, no 南岸区


#: A river's banks, after its name (长江|南岸).
_BANKS = ("南岸", "北岸", "东岸", "西岸")
#: A mountain's sides and foot, after its name (崂山北麓).
_MOUNTAIN_SIDES = ("北麓", "南麓", "东麓", "西麓", "山麓", "脚下", "主峰")


def common_word(word: str) -> bool:
    """A short form that is an everyday word (和平, 城关) is not matched on its own."""
    return (lexicon.count(word) or 0) >= COMMON


def common_word_town(text: str, start: int, end: int, rule: str, name: str, named: Callable[[str], bool]) -> bool:
    """Whether the town's short form at ``[start, end)`` (found by ``rule``) is an everyday word (合作 of 合作街道, 团结,
    红光) that is no town there: one counts only where the text writes the town ``name`` in full (``named``: whether
    the text holds a string) and the word stands in a list of places (郫筒、合作等街道; not 与中国电信成都分公司合作)."""
    form = text[start:end]
    if rule == "gazetteer.town_short" and water_named(text, end - len(form), end):
        return True  # 运河沿线游步道, 沿增江两岸: the canal and the river, not 运河街道 or 增江街道
    if rule != "gazetteer.town_short" or not common_word(form):
        return False
    listed = text[start - 1:start] == "、" or text[end:end + 1] == "、" or text.startswith(_LIST_ENDS, end)
    return not (listed and (named(name) or named(form + "街道")))
