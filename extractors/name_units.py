"""Units of groups and universities, named with them: 兵器集团70所 (a group's institute by its number) and
河北工业大学的机器人产业研究院 (a body named only by its kind after its parent and 的: 河北工业大学机器人产业研究院).

Example:
    >>> text = "以兵器集团70所为龙头。引入河北工业大学的机器人产业研究院。"
    >>> [text[s:e] for s, e in numbered_units(text, [(1, 5)])]
    ['兵器集团70所']
    >>> units_of_bodies(text, [(14, 20)], [(21, 29)], lambda name: "研究院")
    [(21, 29, '河北工业大学机器人产业研究院')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from extractors.proper import has_proper_element

#: A group's unit named by its number right after the group: 70所, 第十四研究所, 一院 (not 所属, 所在: 所 wants a
#: digit or 第 before it).
_NUMBERED_UNIT = re.compile(r"(?:\d{1,4}|第[一二三四五六七八九十〇]{1,4})(?:研究)?所|(?:\d{1,4}|第?[一二三四五六七八九十]{1,3})(?:研究)?院")
_GROUP_FORMS = ("集团", "公司", "科工", "电科", "科技")
#: Bodies whose units a text names after 的.
_PARENT_BODIES = ("大学", "学院", "科学院", "集团", "公司")


def numbered_units(text: str, companies: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the units named by their number right after a group of ``companies`` (spans)."""
    return [(start, m.end()) for start, end in companies
            if text.endswith(_GROUP_FORMS, start, end) and (m := _NUMBERED_UNIT.match(text, end)) is not None]


def units_of_bodies(text: str, parents: Iterable[tuple[int, int]], bodies: Iterable[tuple[int, int]],
                    suffix_of: Callable[[str], str]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each body of ``bodies`` named only by its kind (no proper element before its
    suffix) right after a university or group of ``parents`` and 的; the name is the parent's and its own."""
    by_end = {end: start for start, end in parents if text.endswith(_PARENT_BODIES, start, end)}
    out = []
    for start, end in bodies:
        parent = by_end.get(start - 1) if text[start - 1:start] == "的" else None
        body = text[start:end]
        if parent is not None and not has_proper_element(body[:len(body) - len(suffix_of(body))]):
            out.append((start, end, text[parent:start - 1] + body))
    return out
