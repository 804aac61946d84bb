"""A development zone written bare (开发区, 经开区, 高新区) in a text about its district: the district's own zone, and
its bodies written after the bare word (经开区党工委, 开发区管委会).

ANNOTATION.md rule 9: bare 开发区 in a 北辰 text is 北辰经济技术开发区 (alias 开发区). A zone's own report
writes itself bare throughout (经开区与中南大学签订战略合作协议, 推动开发区与北京经开区合作), so without this
nothing could be in the zone or cooperate with it. The zone is the one of the word's kind the text names
with its district (or its city) in front, else the district's short name and the kind's full form:

- 经开区: a 经济技术开发区 or an 经济开发区; 高新区: a 高新技术产业开发区; 开发区: any of these or an 经济开发区;
- the owners are the district the text is about, then its city (``kg_focus_counties``, ``kg_focus_city``).

A word is bare when nothing that could be part of a name stands before it: the text's start, a mark, or a stop
word (推动, 与, 利用); not after 各, 全, 两, 本, 该 or a count (各开发区, 两个开发区), and not before a quoted name
(c09's 高新区“紫光云”、开发区“腾讯数据中心” are other districts' zones, named by what they host). A text
about no district names no zone this way.

Example:
    >>> own_zone("开发区", ["北辰区", "天津市"], ["北京经济技术开发区"])
    '北辰经济技术开发区'
    >>> own_zone("经开区", ["长沙县", "长沙市"], ["长沙经济技术开发区", "浏阳经济技术开发区"])
    '长沙经济技术开发区'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace

from extractors.candidates import Candidate
from extractors.token_bounds import TokenBounds
from schema import Label
from schema.extraction import BARE_DISTRICT_RULE, BARE_ZONE_RULE, COMMITTEE_ZONE_RULE

#: The full forms a bare zone word may stand for, the default first.
ZONE_KINDS = {
    "经开区": ("经济技术开发区", "经济开发区"),  # 静海经开区 of 天津静海经济开发区
    "高新区": ("高新技术产业开发区",),
    "开发区": ("经济技术开发区", "高新技术产业开发区", "经济开发区", "开发区"),  # 江宁开发区, as the text writes it
}
_SHORT_KINDS = (("经开区", "经济技术开发区"), ("高新区", "高新技术产业开发区"))
_BARE = re.compile("经开区|高新区|开发区")
#: Before the word: a collective, a count, a back reference, a list's 等 or a quote's opening (各开发区, 两个开发区,
#: 该开发区, 张江科学城、金桥、外高桥等开发区, “开发区引领、街镇协同”).
_NOT_AFTER = frozenset("各全两本该个家座类级等“")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: A zone's body right after the bare word (经开区党工委, 开发区管委会, 高新区行政审批服务局).
#: (Not a word ending in 局 that names no bureau: 开发区正加快布局, 新格局, 大局.)
_BODY = re.compile(r"管委会|管理委员会|党工委|[\u4e00-\u9fff]{2,8}?(?<![布格大全开结破变当])局(?![长])")
_BODY_NAMES = {"管委会": "管理委员会"}


def own_zone(word: str, owners: list[str], named: Iterable[str], full: set[str] | None = None) -> str | None:
    """The zone a bare ``word`` stands for in a text about ``owners`` (its district, then its city) that names
    the parks ``named`` (``full``: their :func:`_full_forms`, if made already); None for a text about no district."""
    if not owners:
        return None
    kinds = ZONE_KINDS[word]
    named = set(named)
    full = _full_forms(named) if full is None else full
    for owner in owners:
        mine = sorted(name for name in full if name.startswith((owner, _short(owner))) and name.endswith(kinds)) or \
            sorted(name for name in full if _after_city(name, owner) and name.endswith(kinds))
        # several: the one written in full (山东莱山经济开发区 beside 烟台莱山经开区 of a firm's name)
        written = [name for name in mine if name in named] if len(mine) > 1 else mine
        if len(written) == 1:
            return written[0]
        generic = [name for name in mine if name in (owner + "开发区", _short(owner) + "开发区")]
        economic = [name for name in mine if name.endswith(("经济技术开发区", "经济开发区"))]
        if generic:  # 江宁开发区 is 江宁经济技术开发区 written in short; beside 昆山高新区, 昆山开发区 is the word's
            return economic[0] if len(economic) == 1 else generic[0]
    return _short(owners[0]) + kinds[0]


#: A zone's body: the zone's name, then the body's (江宁经济技术开发区管委会, 江宁开发区党工委).
_ZONE_BODY = re.compile(r"(.{2,}?(?:开发区|经开区|高新区))(?:管理委员会|管委会|党工委|工委)")


def zones_of_bodies(bodies: Iterable[str]) -> list[str]:
    """The zones whose bodies ``bodies`` name (江宁经济技术开发区管委会 -> 江宁经济技术开发区): a zone a text names
    only by its committee is among its zones.

    Example:
        >>> zones_of_bodies(["江宁经济技术开发区管委会", "江宁区发展和改革委员会"])
        ['江宁经济技术开发区']
    """
    return [zone.group(1) for body in bodies if (zone := _ZONE_BODY.fullmatch(body))]


#: A zone's committee (X管理委员会, X管委会): what it runs is a zone (ONTOLOGY: Park), whatever X ends with.
_COMMITTEE = ("管理委员会", "管委会")


def committees_zones(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the works whose committee the text names (铜官循环经济工业基地 and 铜官循环经济工业基地管委会) as
    Parks (rule :data:`schema.extraction.COMMITTEE_ZONE_RULE`, so that resolution makes the name that Park in every
    document)."""
    zones = committee_zones(text, found)
    return [replace(c, label=Label.PARK, rule=COMMITTEE_ZONE_RULE) if c.label == Label.PROJECT and c.end - c.start >= 4
            and text[c.start:c.end] in zones else c for c in found]


def committee_zones(text: str, found: Iterable[Candidate]) -> set[str]:
    """The names of the zones whose committee is among ``found`` (铜官循环经济工业基地 of …管委会)."""
    return {text[c.start:c.end - len(end)] for c in found if c.label == Label.ORGANIZATION
            for end in _COMMITTEE if text.endswith(end, c.start, c.end)}


def bare_zones(text: str, bounds: TokenBounds, stop_tokens: Collection[str], owners: list[str],
               named: Iterable[str]) -> list[tuple[int, int, Label, str, str]]:
    """``(start, end, label, name, rule)`` of every bare zone word of ``text`` (see the module's notes): the zone, or
    the zone's body when one follows it (经开区党工委, 开发区管委会 → 长沙经济技术开发区管理委员会); the rule tells a
    zone the text names (:data:`BARE_ZONE_RULE`) from one named by the district (:data:`BARE_DISTRICT_RULE`)."""
    if not owners:
        return []
    named = list(named)
    full = _full_forms(named)
    out: list[tuple[int, int, Label, str, str]] = []
    for hit in _BARE.finditer(text):
        start, end = hit.span()
        if text[end:end + 1] in ("“", '"') or not bare_start(text, bounds, stop_tokens, start) \
                or text[start - 1:start] in "和及" and "各" in text[max(0, start - 6):start]:
            continue  # (各街镇和开发区: every zone, as every town)
        name = own_zone(hit.group(), owners, named, full)
        body = _BODY.match(text, end)
        rule = BARE_ZONE_RULE if name in full else BARE_DISTRICT_RULE
        if rule == BARE_DISTRICT_RULE and text[start - 1:start] == "的":
            continue  # 楼宇经济是垂直的开发区: a likeness, no zone the text names
        if name and body:
            out.append((start, body.end(), Label.ORGANIZATION, name + _BODY_NAMES.get(body.group(), body.group()), rule))
        elif name:
            out.append((start, end, Label.PARK, name, rule))
    return out


#: Heads of a park a text names once in full and then writes bare (京津中关村科技城 … 科技城): the park.
BARE_HEADS = ("科技城", "科学城", "科创城", "知识城", "医药谷", "科技谷", "智造谷", "生态城", "医学城")
_BARE_HEAD = re.compile("|".join(BARE_HEADS))
#: A character that makes a bare head part of a word of places (科学城区, 生态城镇).
_PLACE_WORD_ENDS = frozenset("镇区市县乡")
#: After a bare head, what makes it part of another name (科技城发展有限公司, 科技城管委会, 科技城一期).
_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:有限公司|公司|集团|管委会|管理委员会|办公室|[一二三四五六七八九十]期)")


def bare_heads(text: str, bare_before: Callable[[int], bool], named: Iterable[str]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of every bare park head (科技城) in a text that names one park with that head in
    full (京津中关村科技城): the word stands for it. Two parks of the head, or none, name nothing;
    ``bare_before(pos)``: nothing that could be part of a name stands before ``pos`` (:func:`bare_start`).

    Example:
        >>> text = "京津中关村科技城位于周良街道。去年，科技城新增企业120家，科技城发展有限公司负责运营。"
        >>> [(s, name) for s, e, name in bare_heads(text, lambda pos: text[pos - 1] in "，。", ["京津中关村科技城"])]
        [(18, '京津中关村科技城')]
    """
    full: dict[str, list[str]] = {}
    names = set(named)
    for name in names - {n for n in names for o in names if len(o) < len(n) and n.endswith(o)}:  # the shortest form
        head = next((h for h in BARE_HEADS if name.endswith(h) and len(name) > len(h) + 1), None)
        if head:
            full.setdefault(head, []).append(name)
    out: list[tuple[int, int, str]] = []
    for hit in _BARE_HEAD.finditer(text) if full else ():
        parks = full.get(hit.group(), [])
        start, end = hit.span()
        if len(parks) == 1 and bare_before(start) \
                and not _NAME_GOES_ON.match(text, end) and text[end:end + 1] not in _PLACE_WORD_ENDS \
                and not text.startswith(parks[0], max(0, end - len(parks[0]))):
            out.append((start, end, parks[0]))
    return out


def bare_start(text: str, bounds: TokenBounds, stop_tokens: Collection[str], start: int) -> bool:
    """Nothing that could be part of a name stands before ``start``: the start, a mark or a stop word."""
    if start == 0 or not _CJK.match(text[start - 1]):
        return start == 0 or not text[start - 1].isalnum()
    if text[start - 1] in _NOT_AFTER:
        return False
    prev = bounds.token_start(start - 1)
    return prev < start and text[prev:start] in stop_tokens


def _after_city(name: str, owner: str) -> bool:
    """Whether ``name`` opens with a city's short name, then ``owner``'s (天津静海经济开发区 of 静海区)."""
    short = _short(owner)
    return short in name[2:5] and _CITY_BEFORE.fullmatch(name[:name.index(short)]) is not None


#: A city's short name before a district's in a zone's name (天津 of 天津静海经济开发区).
_CITY_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,3}?市?")


def _full_forms(named: Iterable[str]) -> set[str]:
    """The zones ``named``, each written in short (静海经开区) as the one zone of its kind named in full that holds its
    place (天津静海经济开发区), else in the kind's full form (静海经济技术开发区)."""
    named = set(named)
    out: set[str] = set()
    for name in sorted(named):
        short = next((word for word, _ in _SHORT_KINDS if name.endswith(word)), "")
        stem = name[:-len(short)] if short else ""
        longer = [n for n in named if short and n != name and n.endswith(ZONE_KINDS[short]) and stem in n]
        shortest = min(longer, key=len, default="")
        # (one zone written with more before it: 南京六合经济开发区 and “…”南京六合经济开发区)
        out.add(shortest if longer and all(n.endswith(shortest) for n in longer) else _full_form(name))
    return out


def _full_form(name: str) -> str:
    for short, full in _SHORT_KINDS:
        if name.endswith(short):
            return name[: -len(short)] + full
    return name


def _short(place: str) -> str:
    """A district's or city's name without its level (北辰区 -> 北辰, 长沙县 -> 长沙, 滨海新区 -> 滨海); two characters stay."""
    if len(place) > 3 and place.endswith("新区"):
        return place[:-2]
    return place[:-1] if len(place) > 2 and place[-1] in "区县市旗" else place


#: The word a park's own text writes itself with (园区现有航空类企业90余家, 园区与X签署战略合作协议).
_OWN_WORD = re.compile("园区")
_TITLE_MAX = 40


def own_park_words(text: str, bare_before: Callable[[int], bool], titled: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of every bare 园区 in a park's own text, whose title names one park (``titled``: the
    parks its first line names): the park (珠海航空产业园简介 … 园区现有航空类企业90余家)."""
    first_line = text.find("\n")
    if len(set(titled)) != 1 or first_line > _TITLE_MAX:
        return []  # (a first line longer than a title's is a paragraph, no title)
    return [(hit.start(), hit.end(), titled[0]) for hit in _OWN_WORD.finditer(text, first_line + 1)
            if bare_before(hit.start()) and not _NAME_GOES_ON.match(text, hit.end())]
