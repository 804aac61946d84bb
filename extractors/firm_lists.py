"""Firms a text lists with no head noun after the list (…等企业 is read by :mod:`extractors.name_lists`):

- :func:`firm_list_items`: a plan's field naming their role (链主企业：A / 重点企业：A、B、C): each item is an enterprise,
  also one written by its short name (威孚高科, 药明康德) or cut by a function word inside it (无锡先为科技有限公司);
- :func:`leading_firms`: trade names set at the head of an industry (以湘电风能、金海钢构为龙头);
- :func:`weak_suffix_firms`: trade names in a row, each ending in a weak company suffix (推动长信科技、东旭光电、启迪
  半导体扩能升级).

The last two (moved from :mod:`extractors.name_lists`) take the names component (for its patterns and left walk) and
the text's token bounds as the list readers there do; :class:`extractors.names.NamesComponent` makes Enterprise
candidates of the spans of all three.

Example:
    >>> text = "重点企业：威孚高科、无锡先为科技有限公司、药明康德\\n"
    >>> [text[s:e] for s, e in firm_list_items(text)]
    ['威孚高科', '无锡先为科技有限公司', '药明康德']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from extractors import lexicon
from extractors.lead_lists import leading_lists
from extractors.name_lists import INSIDE_WORDS, works_item
from extractors.name_words import has_stop
from extractors.proper import has_proper_element, sector_word
from extractors.suffix_scan import LiteralMatch
from extractors.token_bounds import TokenBounds
from schema import Label

if TYPE_CHECKING:
    from extractors.names import NamesComponent

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
            if pos > lo and text[pos - 1] in "，," and _CLAUSE.match(text, start):
                break  # 链主企业：X有限公司（X），为…整车生产基地, 专注…: what the firm is or does, no firm
            pos += len(part) + 1
            note = _NOTE.search(text, start, end) or _BRACKET_END.search(text, start, end)
            end = note.start() if note else end  # …股份有限公司（以下简称蓉芯封测）, …有限公司（精工数控）: the name before
            item = text[start:end].removesuffix("等")
            if _ITEM.fullmatch(item):
                out.append((start, start + len(item)))
    return out


#: What opens a clause saying what the firm before it is or does, after a comma (…有限公司，为…基地, …，专注…, …，是…之一,
#: …，2022年产值…), not the next firm of a list (…，赛力斯, …，B有限公司).
_CLAUSE = re.compile(r"(?:为|是|系|专注|主要|主营|位于|成立|拥有|作为|现有|已|在|其|总部|隶属|致力|从事|年产|面向|提供|生产|产品|\d)")
#: A short form in brackets closing an item after the firm's legal form (重庆精工数控机床有限公司（精工数控）).
_BRACKET_END = re.compile(r"(?<=公司|集团|股份)[(（][^()（）]{2,12}[)）]$")


def leading_firms(names: NamesComponent, text: str, bounds: TokenBounds,
                  taken: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Trade names set at the head of an industry (以湘电风能、金海钢构为龙头): bare names with a proper
    element, no suffix of their own, no place, industry (…产业, …加工) or stop word, no one dictionary word
    (以北辰为龙头: a place); names with a suffix are found by it."""
    taken, out = set(taken), []
    for items in leading_lists(text):
        # a list led by a company (以浪潮集团、中创软件、神思电子、山大地纬为龙头) is a list of firms: its trade names
        # need no proper element the word list knows
        firms = any(names.patterns.suffix_label(text[s:e]) == Label.ENTERPRISE for s, e in items)
        out += [(s, e) for s, e in items
                if 2 <= e - s <= 8 and (s, e) not in taken and not _strong_suffix(names, text[s:e])
                and not text[s:e].endswith(_INDUSTRY_ENDS)
                and (not lexicon.count(text[s:e]) or _dictionary_brand(text[s:e]))
                and (works_item(names, text, bounds, s, e) or firms and _trade_name(names, text[s:e])
                     or _dictionary_brand(text[s:e]))
                and s not in bounds.place_starts]
    return out


def _dictionary_brand(item: str) -> bool:
    """A firm's name the dictionary knows as one (中联重科, 格力电器: tagged a name or an abbreviation), three
    characters or more (not a place's or a product's short word: 北辰, 湘莲)."""
    return len(item) >= 3 and bool(lexicon.count(item)) and lexicon.tagged(item, "brand")


def _trade_name(names: NamesComponent, item: str) -> bool:
    """A firm's trade name among firms: four characters or more, no stop word, chain or 和."""
    return len(item) >= 4 and not has_stop(item, names.patterns) and item not in names.chains.canonical_of \
        and "和" not in item


_INDUSTRY_ENDS = ("业", "加工", "制造", "经济", "服务", "产品")


def _strong_suffix(names: NamesComponent, item: str) -> bool:
    """``item`` ends in a suffix that finds it on its own: a strong one (a weak company suffix, 电子 of 神思电子, finds
    a name only in a list)."""
    suffix = names.patterns.suffix_of(item)
    return bool(suffix) and (names.patterns.suffixes[suffix][1] or names.patterns.suffixes[suffix][0] != Label.ENTERPRISE)


#: Between two items of a list of trade names: the mark and the next item's words before its suffix.
_NEXT_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}")


def weak_suffix_firms(names: NamesComponent, text: str, bounds: TokenBounds, suffixes: Iterable[LiteralMatch],
                      taken: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Trade names listed without a head noun, each ending in a weak company suffix (推动长信科技、东旭光电、启迪
    半导体扩能升级): two or more in a row, each with a proper element before its suffix (not 信息科技, 生物科技);
    a weak suffix alone counts only in an enumeration under a head noun. ``suffixes``: the text's suffix matches."""
    groups: list[list[re.Match[str]]] = []
    for m in suffixes:
        label, strong = names.patterns.suffixes[m.group(0)]
        if label != Label.ENTERPRISE or strong or not bounds.is_end(m.end()):
            continue
        last = groups[-1][-1] if groups else None
        if last is not None and text[last.end():last.end() + 1] == "、" \
                and _NEXT_ITEM.fullmatch(text, last.end() + 1, m.start()):
            groups[-1].append(m)
        else:
            groups.append([m])
    taken = set(taken)
    out: list[tuple[int, int]] = []
    for group in (g for g in groups if len(g) >= 2):
        first = names.left_boundary(text, bounds, group[0].start(), company=True)
        inside = next((w for w in INSIDE_WORDS if text.startswith(w, first)), "")  # 园区内|甬矽电子、容百科技…
        starts = [first + len(inside)]
        starts += [m.end() + 1 for m in group[:-1]]
        items = [(s, m.start(), m.end()) for s, m in zip(starts, group)]
        if all(2 <= at - s <= 6 and has_proper_element(text[s:at]) and not sector_word(text[s:at])
               and s not in bounds.place_starts for s, at, _ in items):
            out += [(s, e) for s, _, e in items if (s, e) not in taken]
    return out
