"""Firms a plan lists under a field naming their role (链主企业：A / 重点企业：A、B、C): each item is an enterprise,
also one written by its short name (威孚高科, 药明康德) or cut by a function word inside it (无锡先为科技有限公司).

Example:
    >>> text = "重点企业：威孚高科、无锡先为科技有限公司、药明康德\\n"
    >>> [text[s:e] for s, e in firm_list_items(text)]
    ['威孚高科', '无锡先为科技有限公司', '药明康德']
"""

from __future__ import annotations

import re

#: A field line of firms by their role, up to the line's end (链主企业：…, 重点企业：…, 龙头企业：…).
_FIRM_FIELD = re.compile(r"^[ \t\u3000]*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）.、．]?)?[ \t\u3000]*"
                         r"(?:链主企业|重点企业|龙头企业|骨干企业|代表企业|代表性企业|重点培育企业|主要企业|链上企业|"
                         r"重点招引企业|目标企业)[:：](?P<items>[^\n]+)$", re.M)
#: A note in brackets after a firm's name (（以下简称蓉芯封测）).
_NOTE = re.compile(r"[(（](?:以下)?简称")
#: An item that names a firm: a few characters, no clause inside (no figure, no verb phrase of a sentence).
_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z()（）·&]{2,30}")


def firm_list_items(text: str) -> list[tuple[int, int]]:
    """The spans of the items of every firm field line of ``text``; a line ending in a sentence (…。) keeps only
    the part before its first 。 or ；, and items that read as clauses are skipped."""
    out: list[tuple[int, int]] = []
    for line in _FIRM_FIELD.finditer(text):
        lo, hi = line.span("items")
        stop = min([p for p in (text.find("。", lo, hi), text.find("；", lo, hi)) if p >= 0], default=hi)
        pos = lo
        for part in re.split("[、，,]", text[lo:stop]):
            start, end = pos + len(part) - len(part.lstrip()), pos + len(part.rstrip())
            pos += len(part) + 1
            note = _NOTE.search(text, start, end)  # 蓉芯半导体封测股份有限公司（以下简称蓉芯封测）: the name before the note
            end = note.start() if note else end
            item = text[start:end].removesuffix("等")
            if _ITEM.fullmatch(item):
                out.append((start, start + len(item)))
    return out
