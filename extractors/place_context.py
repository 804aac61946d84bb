"""Checks of the text around a place name the gazetteer matched: whether it names the place there.

A county's name can sit inside a quoted coinage (“梦天津”), open a longer word (新建|区域性), be a zone's block
(市北区块); a town's short form can name a road, a river or a planning cluster after it (澄阳路, 南淝河, 西堤头组团).
Each check takes the text and the match's offsets (:mod:`extractors.gazetteer` runs them).
"""

from __future__ import annotations

import re

from extractors.town_places import TOWN_SUFFIXES

_CLUSTER = re.compile(r"(?:[-—－][\u4e00-\u9fff]{1,4})?组团")


def in_quoted_name(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is inside a quoted coinage after its first word (天津 in 推动“梦天津”等项目落地):
    part of a name, no place. A place opening the quotes is one (推动“北京研发”向“北辰转化”集聚), and so is
    each of places the quotes pair or list (“北京—廊坊—天津”)."""
    lo = text.rfind("“", max(0, start - _QUOTED_NAME), start)
    hi = text.find("”", end, end + _QUOTED_NAME)
    if lo < 0 or hi < 0 or "”" in text[lo + 1:start] or "“" in text[end:hi]:
        return False
    return lo + 1 < start and not any(ch in _PLACE_SEPARATORS for ch in text[lo + 1:hi])


#: Marks that pair or list places inside quotes (“北京—廊坊—天津”, “大美天津·活力武清”): each is a place.
_PLACE_SEPARATORS = "、·—–－-+/，,"


#: How far a quote mark before or after a short form is looked for (a coined name is short).
_QUOTED_NAME = 10


#: Words opening with a region's level character (新建|区域性, 开发|市场): a name the segmenter cut before its level
#: character names no region there.
_LEVEL_WORDS = frozenset(("区域", "区域性", "区位", "区间", "区域内", "市场", "市民", "县域"))


def runs_on(text: str, bounds: set[int], end: int) -> bool:
    """The region's last character opens a word running on after it (新建|区域性养老服务中心: no 新建区)."""
    if end - 1 not in bounds or end in bounds:
        return False
    after = next((k for k in range(end + 1, min(len(text), end + 4) + 1) if k in bounds), end)
    return text[end - 1:after] in _LEVEL_WORDS


#: A road, bridge or lane named after a place (北京东路, 上海路, 天津大街, 澄阳路, 龙城大街): after its short form, no
#: mention of the place (not 赴上海路演, 蓝村街道).
_ROAD_AFTER = re.compile(r"[东西南北中]?(?:路(?![演径线])|大道|大街|大桥|街(?!道)|桥|巷)")


def names_a_road(text: str, end: int) -> bool:
    """The place's short form ending at ``end`` names a road (北京东路2009号: no 北京市; 澄阳路: no 澄阳街道)."""
    return _ROAD_AFTER.match(text, end) is not None


def zone_block(text: str, end: int) -> bool:
    """A 区 name followed by 块 is a zone's block (萧山经开区市北区块), not the county of that name (青岛's 市北区)."""
    return text.startswith("块", end) and text[end - 1:end] == "区"


#: What a river, a canal, a reservoir or a basin named after a town writes after its short form.
_WATER_AFTER = ("河", "排水河", "引河", "减河", "水库", "渠", "干渠", "流域")


def not_inside_word(text: str, start: int, end: int) -> bool:
    """Veto a short form glued to a following 村/庄 (a different place) or naming a road (澄阳路) or a river
    (南淝河), or a form naming a planning cluster (西堤头组团, 双口-青光组团: ANNOTATION.md rule 4)."""
    if names_a_road(text, end) and not text.endswith(TOWN_SUFFIXES, start, end):
        return False  # 澄阳路, 龙城大街, 秦陵北路: a road named after the town (澄阳街道), no mention of it
    if start > 0 and text[start - 1] in "东西南北" and text[end - 1] in "河江湖溪":
        return False  # 南淝河: a river named with a direction before a town's short form (淝河 of 淝河镇)
    if text.startswith(_WATER_AFTER, end):
        return False  # 北塘排水河, 大港水库, 后溪流域: water named after the town, no mention of it
    if end < len(text) and text[end] in "村庄屯堡":
        # 大王|庄: a village named after the town's short form; after a town in full, one of its villages (梅花镇|屯头村),
        # though 乡|村 is a word (乡村振兴)
        return text.endswith(("镇", "街道"), start, end) or text.endswith("乡", start, end) and text[end] != "村"
    return not _CLUSTER.match(text, end)
