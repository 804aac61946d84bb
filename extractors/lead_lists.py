"""Project lists introduced by a category sentence: ``<category>项目。A、B、C等。``.

Plans and reports list works under a one-line category (高端装备制造和大数据项目。大族激光智能装备制造、
精雕数控机床制造…等。): every item of the sentence after it is a project named as written, even
without a project suffix (ANNOTATION.md rule 14). Items are split at 、 and 及 only, so that 与/和
inside a work's name stay (生活垃圾与餐厨垃圾协同处理项目).

Example:
    >>> text = "新能源项目。光伏电站、储能中心等。"
    >>> [text[s:e] for s, e in lead_list_spans(text)]
    ['光伏电站', '储能中心']
"""

from __future__ import annotations

import re

_LEAD = re.compile(r"(?:^|[。\n])[^。\n，,；;]{2,20}?(?:项目|工程)[。:：]\s*(?P<body>[^。\n：:]{4,300}?)等[。；;]")
_SPLIT = re.compile(r"、|及(?![、，])")
_TRAIL = ("建设",)  # 北辰站建设 -> 北辰站
#: Items that are no works: a town (…示范小城镇) or a bare facility type with 项目 (幼儿园项目).
_NOT_WORKS = ("城镇", "镇", "幼儿园项目", "学校项目", "医院项目", "中心项目")


def lead_list_spans(text: str, max_len: int = 24) -> list[tuple[int, int]]:
    """Spans of the items of every category-led list of ``text``."""
    out: list[tuple[int, int]] = []
    for hit in _LEAD.finditer(text):
        pos, body_end = hit.start("body"), hit.end("body")
        for part in [*_SPLIT.finditer(text, pos, body_end), None]:
            end = part.start() if part else body_end
            item_end = end - len(next((t for t in _TRAIL if text.endswith(t, pos, end)), ""))
            item = text[pos:item_end]
            if 2 <= len(item) <= max_len and not re.search(r"[，,；;（(]", item) and not item.endswith(_NOT_WORKS):
                out.append((pos, item_end))
            pos = part.end() if part else body_end
    return out
