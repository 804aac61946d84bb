"""Project lists that name works without a suffix of their own.

- introduced by a category sentence, ``<category>项目。A、B、C等。`` (高端装备制造和大数据项目。大族激光
  智能装备制造、精雕数控机床制造…等。): every item of the sentence after it is a project named as
  written, even without a project suffix (ANNOTATION.md rule 14). Items are split at 、 and 及 only,
  so that 与/和 inside a work's name stay (生活垃圾与餐厨垃圾协同处理项目);
- closed by one 项目/工程 that all items share, ``A、B、C项目`` without 等 (双口鱼菜共生、双街蚯蚓养殖、
  …、冬冠育繁推一体化基地项目顺利完成): :func:`shared_tail_lists` gives the items, split at 、 only;
  which of them name works is for the caller to decide (a list of qualities or industries shares a
  tail too: 关联度大、带动性强…的旗舰项目);
- things of one kind before works named after the last of them, ``A、B、C<works>`` (永金引河、淀南引河治理工程):
  :func:`shared_works_names` names the works of each (永金引河治理工程, ANNOTATION.md rule 11).

Example:
    >>> text = "新能源项目。光伏电站、储能中心等。"
    >>> [text[s:e] for s, e in lead_list_spans(text)]
    ['光伏电站', '储能中心']
    >>> text = "年内，双口鱼菜共生、双街蚯蚓养殖、冬冠育繁推一体化基地项目顺利完成。"
    >>> [[text[s:e] for s, e in items] for items in shared_tail_lists(text)]
    [['双口鱼菜共生', '双街蚯蚓养殖', '冬冠育繁推一体化基地']]
"""

from __future__ import annotations

import re

from extractors.suffix_scan import StartCharsPattern

_LEAD = re.compile(r"(?:^|[。\n])[^。\n，,；;]{2,20}?(?:项目|工程)[。:：]\s*(?P<body>[^。\n：:，,；;]{4,300}?)等[。；;]")
_LEAD_SCAN = StartCharsPattern(_LEAD, "。\n", at_start=True)
_SPLIT = re.compile(r"、|及(?![、，])")
_TRAIL = ("建设",)  # 北辰站建设 -> 北辰站
#: Items that are no works: a town (…示范小城镇) or a bare facility type with 项目 (幼儿园项目).
_NOT_WORKS = ("城镇", "镇", "幼儿园项目", "学校项目", "医院项目", "中心项目")


def lead_list_spans(text: str, max_len: int = 24) -> list[tuple[int, int]]:
    """Spans of the items of every category-led list of ``text``."""
    out: list[tuple[int, int]] = []
    for hit in _LEAD_SCAN.finditer(text):
        for pos, end in _parts(_SPLIT, text, hit.start("body"), hit.end("body")):
            item_end = end - len(next((t for t in _TRAIL if text.endswith(t, pos, end)), ""))
            item = text[pos:item_end]
            if 2 <= len(item) <= max_len and not re.search(r"[，,；;（(]", item) and not item.endswith(_NOT_WORKS):
                out.append((pos, item_end))
    return out


def _parts(separator: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` between the matches of ``separator``."""
    parts, pos = [], start
    for cut in separator.finditer(text, start, end):
        parts.append((pos, cut.start()))
        pos = cut.end()
    return [*parts, (pos, end)]


#: ``A、B、C项目`` (three items or more) right after a clause mark, with no 等 anywhere in the clause
#: (…出入口工程、外环线东北部调线工程北辰段等重点工程 is a list with a head of its own) nor a count after it
#: (…、嘉定新城站TOD综合开发项目三个重点片区: a list of areas).
_SHARED_TAIL = re.compile(r"(?:^|(?<=[。，,；;：:\n]))(?P<body>(?:[^、，,；;。：:\n等的]{2,20}、){2,}"
                          r"[^、，,；;。：:\n等的]{2,20}?)(?:项目|工程)(?![^，,；;。：:\n]*等)(?![一二三四五六七八九十两\d]+个)")


_DUN = re.compile("、")


def shared_tail_lists(text: str) -> list[list[tuple[int, int]]]:
    """The items of every ``A、B、C项目`` list of ``text`` (a clause that is only the list and its tail)."""
    return [_parts(_DUN, text, hit.start("body"), hit.end("body")) for hit in _SHARED_TAIL.finditer(text)]


#: Firms a sentence sets at the head of an industry: 以A、B为龙头 (以湘电风能、金海钢构为龙头，风电装备产业集群…).
_LEADING = re.compile(r"以(?P<body>[^，,；;。：:\n以为]{2,40}?)为(?:龙头|引领|链主)")
_ITEMS = re.compile(r"、|和|及")


def leading_lists(text: str) -> list[list[tuple[int, int]]]:
    """The items of every ``以A、B为龙头`` of ``text``, list by list (what they name is for the caller to decide)."""
    return [_parts(_ITEMS, text, hit.start("body"), hit.end("body")) for hit in _LEADING.finditer(text)]


#: Items before works named after the last of them: short runs of Han characters joined by 、.
_KIND_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}")
_WORKS_TAIL = ("工程", "项目")


def shared_works_names(text: str, works: tuple[int, int], opens: int) -> list[tuple[int, int, str]]:
    """The items of ``A、B、<last><tail>`` that end in the character the last one ends in (河 of 永金引河、淀南引河
    治理工程), each with the name of its works (永金引河治理工程); ``works`` spans the last item and its tail, ``opens``
    is where the first item may start at the earliest. Empty when the items are of no one kind."""
    start, end = works
    if start < 1 or text[start - 1] != "、" or not text.endswith(_WORKS_TAIL, start, end):
        return []
    items: list[tuple[int, int]] = []
    pos = start - 1
    while pos > opens and text[pos] == "、":
        left = max(opens, text.rfind("、", opens, pos) + 1)
        hit = _KIND_ITEM.fullmatch(text, left, pos)
        if hit is None:
            break
        items.append((left, pos))
        pos = left - 1
    kinds = {text[e - 1] for _, e in items}
    if len(kinds) != 1:
        return []
    cut = text.find(kinds.pop(), start + 1, end - 4)  # the last item ends at its first such character
    if cut < 0:
        return []
    tail = text[cut + 1:end]
    return [(s, e, text[s:e] + tail) for s, e in reversed(items)]
