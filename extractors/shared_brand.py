"""A second name that shares the brand of the name before it: 绿地缤纷城及全球贸易港 names 绿地缤纷城 and
绿地全球贸易港 (the developer's brand 绿地 written once), as a list of facilities writes them.

The item after 及/和/与 is read as ``brand + item`` only when it is no name by itself (no proper element
of its own: 全球贸易港, not 盛景星级酒店), ends with a suffix of the label of the name before it, and
runs to the end of the list item; and the brand is a word before more than the suffix of the first
name (绿地|缤纷城, not 永安|道: a road's name is no brand).

Example:
    >>> text = "推进光华国际学校、绿地缤纷城及全球贸易港、盛景星级酒店等生活设施建设"
    >>> fits, suffix_of = (lambda item, label: item.endswith("港")), (lambda name: name[-1])
    >>> [(text[s:e], name) for s, e, _, name in brand_shared(text, [(9, 14, "Project")], fits, suffix_of)]
    [('全球贸易港', '绿地全球贸易港')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from extractors.proper import jieba_words, proper_word

#: A join then the second item, which ends where the list item does.
L = TypeVar("L")
_SECOND = re.compile(r"(?:以及|及|和|与)([\u4e00-\u9fffA-Za-z0-9]{3,10}?)(?=[、，,。；;：:）)]|等|$)")


def brand_shared(text: str, names: Iterable[tuple[int, int, L]], fits: Callable[[str, L], bool],
                 suffix_of: Callable[[str], str]) -> list[tuple[int, int, L, str]]:
    """``(start, end, label, name)`` of each item after a name of ``names`` (spans with their label) that
    takes the name's brand; ``fits(item, label)`` says whether the item ends as a name of the label does,
    ``suffix_of(name)`` gives a name's suffix.
    """
    out: list[tuple[int, int, L, str]] = []
    for start, end, label in names:
        second = _SECOND.match(text, end)
        if second is None:
            continue
        item = second.group(1)
        brand = _brand(text[start:end], suffix_of)
        if brand and fits(item, label) and not _own_name(item):
            out.append((second.start(1), second.end(1), label, brand + item))
    return out


def _own_name(item: str) -> bool:
    """A proper element before the item's last word (its suffix word, which may be one itself: 港)."""
    return any(proper_word(w) for w in jieba_words(item)[:-1])


def _brand(name: str, suffix_of: Callable[[str], str]) -> str:
    """The proper word ``name`` opens with, when more than the name's suffix follows it ("" if none)."""
    words = jieba_words(name)
    first = words[0] if words else ""
    rest = len(name) - len(first)
    return first if len(first) >= 2 and rest > len(suffix_of(name)) and proper_word(first) else ""
