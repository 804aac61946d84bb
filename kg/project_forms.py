"""One project written differently from year to year: the names of one thing that resolution merges.

A series of texts about a district names a project in full one year (力神电池新能源汽车动力电池二期,
湖南科立达电器有限公司智能小家电生产基地), by its company's short form and phase the next (力神电池二期,
科立达智能小家电生产基地), and with or without 项目 in one text (英利汽车零部件生产基地扩建项目 and, in its
list, 英利汽车零部件生产基地扩建). :func:`merge_project_forms` maps such names to one of them:

- a name and the same name with 项目 or 工程 after it are one project, named without the tail (the texts write
  the rest as a name: 朝亚大数据 with alias 朝亚大数据项目, ANNOTATION.md rule 13);
- names that open with a form of the same company (its registered name, a short form resolution merges into it)
  and end in the same phase (or none) are one project when what follows the company is, in order, part of what
  follows it in the fullest of them (生物药基地三期 of 百济神州生物药生产基地三期); the company with its phase alone
  (力神电池二期) joins only when every other name of that company and phase is one project (the company alone
  with 项目 names no phase: 朝亚大数据项目 stays 朝亚大数据, no name of 朝亚大数据中心);
- a name opening with no company's (a table's row: 年产10GWh储能电池项目(一期), the company in its 建设单位 column) is
  its one developer's, the brand opening it left out (蓉芯|功率半导体封测基地二期): it joins the fullest of the names
  opening with that company when one part holds the other, and keeps no other name of it apart;
- a rail line is one line whatever city and system words stand before it (深圳市城市轨道交通16号线, 深圳地铁16号线 and
  16号线; 轨道交通嘉闵线嘉定段 and 嘉闵线嘉定段), named by its fullest form (the city's and the system's words: the
  direction short forms merge in); what follows the line (二期, 北段, 嘉定段) keeps a line's part apart (rule 11);
- a phase in brackets is the phase written plain (…制造基地(二期) and …制造基地二期), also after a company's name
  and what it builds (鹏芯微12英寸晶圆制造项目(二期) is 鹏芯微二期, not the base named without a phase);
- names written with and without a city of the texts inside them, bare or in brackets, are one (京东(无锡)亚洲一号
  智能物流园, 京东亚洲一号无锡智能物流园; 益海嘉里(武汉)中央厨房 and 益海嘉里中央厨房), named by the form writing the
  city bare, else the longest (:func:`inner_city_forms`, for parks too);
- works on a road named by the road and what is done to it (临空港大道快速化改造工程, 机场路提升改造项目) are the road
  where the texts also name the road alone, as rule 11 annotates them.

Example:
    >>> firms = {"湖南科立达电器有限公司": "湖南科立达电器有限公司", "科立达": "湖南科立达电器有限公司"}
    >>> merge_project_forms({"湖南科立达电器有限公司智能小家电生产基地", "科立达智能小家电生产基地", "科立达二期"}, firms)
    {'科立达智能小家电生产基地': '湖南科立达电器有限公司智能小家电生产基地'}
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

#: A phase closing a project's name (二期, 三期工程 has its tail taken off first).
_PHASE = re.compile(r"[一二三四五六七八九十]期$")
#: A note in brackets inside a name (百济神州(广州)…: the company's city).
_NOTE = re.compile(r"[(（][^()（）]*[)）]")
_TAILS = ("项目", "工程")
#: A rail line's name: the city and the system before the line, and the part of it after (北段, 二期, 嘉定段).
_LINE = re.compile(r"(?P<city>[\u4e00-\u9fff]{2,3}?市?(?=城市轨道交通|轨道交通|地铁|轨交))?"
                   r"(?P<system>城市轨道交通|轨道交通|地铁|轨交)?(?P<line>(?:\d{1,2}号|[\u4e00-\u9fff]{2,4})线)(?P<part>.*)")
#: Works on a road: the road's name, then what is done to it, then 工程 or 项目 (临空港大道|快速化改造|工程).
_ROAD_WORKS = re.compile(r"(?P<road>.{2,}?(?:大道|大街|快速路|公路|高速|路))"
                         r"(?:快速化|提升|改造|拓宽|改扩建|扩建|综合整治|整治|提质|升级|大修|修缮|建设|新建){1,3}(?:工程|项目)")
#: Project names by (company, phase), with what follows the company in each.
Groups = dict[tuple[str, str], list[tuple[str, str]]]


def merge_project_forms(names: set[str], firms: dict[str, str], places: Mapping[str, str] | None = None,
                        built_by: Mapping[str, set[str]] | None = None) -> dict[str, str]:
    """Map each project name of ``names`` that names the same project as another to that one's name.

    Args:
        names: the project names of the texts.
        firms: every enterprise name of the texts -> the enterprise's canonical name.
        places: the texts' regions and towns, full and short (:func:`kg.place_forms.region_forms`) -> the full name.
        built_by: project names -> the enterprises developing them (their canonical names); a name opening with no
            company's is keyed by its one developer's (a table's row: 年产10GWh储能电池项目(一期) of 安徽长鸿储能科技
            有限公司, whose prose writes the company first).
    """
    places = places or {}
    mapping = {name + tail: name for name in sorted(names) for tail in _TAILS if name + tail in names}
    mapping.update(_rail_lines(names - set(mapping)))
    mapping.update(_road_works(names - set(mapping)))
    mapping.update(_bracketed_phases(names - set(mapping)))
    groups: Groups = defaultdict(list)
    alone = set()  # names keyed by their developer that no other name of it joins: the place's rule may merge them
    for name in sorted(names - set(mapping)):
        keyed = _firm_key(name, firms)
        if keyed is None and (keyed := _developer_key(name, (built_by or {}).get(name, ()))) is not None:
            alone.add(name)
        if keyed is not None:
            groups[keyed[0]].append((name, keyed[1]))
    for (_, phase), group in _brands_joined(groups).items():
        mapping.update(_one_project(group, phase, places, alone))
        alone -= {name for name, _ in group} if len(group) > 1 else set()
    keyed_names = {name for group in groups.values() for name, _ in group} - alone
    mapping.update(_place_projects(names - set(mapping) - keyed_names, places))
    return {name: mapping.get(target, target) for name, target in mapping.items()}


def _rail_lines(names: set[str]) -> dict[str, str]:
    """Each rail line's names, written with and without the city and the system, to the fullest (with both, else
    the system's word, the longest first); only where one of them has a system word."""
    lines: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for name in sorted(names):
        hit = _LINE.fullmatch(name)
        if hit is not None:
            rank = 0 if hit.group("city") else 1 if hit.group("system") else 2
            lines[hit.group("line") + hit.group("part")].append((rank, -len(name), name))
    out: dict[str, str] = {}
    for forms in lines.values():
        best = min(forms)
        if len(forms) > 1 and best[0] < 2:
            out.update({name: best[2] for _, _, name in forms if name != best[2]})
    return out


#: A phase in brackets inside a project's name (…晶圆制造项目(二期)).
_PHASE_NOTE = re.compile(r"[(（](?P<phase>[一二三四五六七八九十]期)[)）]")
#: A phase in brackets closing a project's name (华虹无锡集成电路研发和制造基地(二期)).
_BRACKETED_PHASE = re.compile(r"(?P<base>.+)" + _PHASE_NOTE.pattern)


def inner_city_forms(names: set[str], cities: Iterable[str]) -> dict[str, str]:
    """Each of ``names`` written with one of ``cities`` (their short forms too) inside it, after its first characters,
    to the name of its group: the names that are one without the city (see the module's notes)."""
    cities = sorted({form for city in cities for form in (city, city.removesuffix("市")) if len(form) >= 2},
                    key=lambda c: (-len(c), c))
    if not cities:
        return {}
    alternatives = "|".join(map(re.escape, cities))
    inner = re.compile(f"[(（](?:{alternatives})[)）]|(?:{alternatives})")
    groups: dict[str, set[str]] = defaultdict(set)
    for name in sorted(names):
        key = inner.sub(lambda hit: "" if hit.start() > 0 else hit.group(), name)
        if key != name and len(key) >= 4:
            groups[key].add(name)
    out: dict[str, str] = {}
    for key, group in groups.items():
        group = group | ({key} & names)
        if len(group) > 1:
            best = max(group, key=lambda n: ("(" not in n and "（" not in n, len(n), n))
            out.update({name: best for name in group if name != best})
    return out


def _bracketed_phases(names: set[str]) -> dict[str, str]:
    """Each name closing with its phase in brackets to the same name with the phase written plain, where the texts
    write that too."""
    phases = ((name, _BRACKETED_PHASE.fullmatch(name)) for name in sorted(names))
    return {name: plain for name, hit in phases if hit and (plain := hit.group("base") + hit.group("phase")) in names}


def _road_works(names: set[str]) -> dict[str, str]:
    """Each name of works on a road (:data:`_ROAD_WORKS`) to the road's, where the texts name the road too."""
    roads = ((name, _ROAD_WORKS.fullmatch(name)) for name in sorted(names))
    return {name: hit.group("road") for name, hit in roads if hit is not None and hit.group("road") in names}


def _brands_joined(groups: Groups) -> Groups:
    """``groups`` with the names of a bare brand that resolution leaves apart (力神, the brand of two companies)
    joined to the one group of the same phase whose names also open with it (力神二期 with 力神电池…二期)."""
    out = dict(groups)
    for (firm, phase), group in groups.items():
        if firm.endswith(("公司", "集团")):
            continue
        hosts = [key for key, names in groups.items() if key[1] == phase and key[0] != firm
                 and any(name.startswith(firm) for name, _ in names)]
        if len(hosts) == 1 and hosts[0] in out:
            out[hosts[0]] = out[hosts[0]] + group
            del out[(firm, phase)]
    return out


def _firm_key(name: str, firms: dict[str, str]) -> tuple[tuple[str, str], str] | None:
    """``((company, phase), rest)`` of a project name opening with a company's name; None for any other."""
    firm = next((name[:k] for k in range(len(name) - 1, 1, -1) if name[:k] in firms), "")  # the longest, by look-up
    if not firm:
        return None
    rest, phase = _phased(name[len(firm):])
    return (firms[firm], phase), rest


def _developer_key(name: str, developers: Collection[str]) -> tuple[tuple[str, str], str] | None:
    """``((company, phase), rest)`` of a project name opening with no company's name, developed by one company (what
    opens it of the company's name, its brand, left out of the rest); else None."""
    if len(developers) != 1:
        return None
    firm = next(iter(developers))
    brand = next((k for k in range(min(len(name), 6), 1, -1) if name[:k] in firm), 0)  # 蓉芯|功率半导体封测基地二期
    rest, phase = _phased(name[brand:])
    return ((firm, phase), rest) if len(rest) >= 4 else None


def _phased(rest: str) -> tuple[str, str]:
    """What a name says after its company or place, without notes and 项目 or 工程, and the phase it closes with ('' for
    none); a phase in brackets is a phase, not a note (…项目(二期))."""
    rest = _without_tail(_NOTE.sub("", _PHASE_NOTE.sub(r"\g<phase>", rest)))
    phase = _PHASE.search(rest)
    return (_without_tail(rest[:phase.start()]), phase.group()) if phase else (rest, "")


def _without_tail(rest: str) -> str:
    """``rest`` without a closing 项目 or 工程."""
    for tail in _TAILS:
        rest = rest.removesuffix(tail)
    return rest


def _one_project(group: list[tuple[str, str]], phase: str, places: Mapping[str, str],
                 joiners: Collection[str] = ()) -> dict[str, str]:
    """The names of one company and ``phase`` that name the fullest of them: their rests, without the places of the
    texts inside them, are part of its rest. ``joiners`` (names keyed by their developer) join the fullest of the
    names opening with the company where there are such, and no other name keeps them apart."""
    if len(group) < 2:
        return {}
    named = [item for item in group if item[0] not in joiners and item[1]] or group  # (not the company alone)
    full = max(named, key=lambda item: (len(item[1]), len(item[0]), item[0]))[0]
    group = [(name, _placeless(rest, places)) for name, rest in group]
    full_rest = dict(group)[full]
    others = [rest for name, rest in group if name != full and not _in_order(rest, full_rest) and name not in joiners]
    same = {name: full for name, rest in group if name != full and rest and _in_order(rest, full_rest)
            and not any(_in_order(rest, other) for other in others)}  # part of another name too: which one?
    same.update({name: full for name, rest in group if name in joiners and name != full and full_rest
                 and _in_order(full_rest, rest)})  # a table's row written in full (年产3万吨…负极材料项目一期)
    if phase and all(name == full or name in same or name in joiners for name, rest in group if rest):
        same.update({name: full for name, rest in group if not rest})  # the company and phase alone (力神二期)
    return same


def _in_order(short: str, full: str) -> bool:
    """Every character of ``short`` occurs in ``full``, in the same order."""
    rest = iter(full)
    return all(ch in rest for ch in short)


def _placeless(rest: str, places: Mapping[str, str]) -> str:
    """What follows a company in a project's name without the places of the texts inside it (弗迪电池璧山基地二期 →
    基地), where two characters or more remain."""
    for place in sorted((p for p in places if len(p) >= 2 and p in rest), key=lambda p: (-len(p), p)):
        if len(rest) - len(place) >= 2 and place in rest:
            rest = rest.replace(place, "", 1)
    return rest


#: Words that tell two works of one place apart when one name holds them and the other does not (第二, 东, 新, 3号).
_TELLING = re.compile(r"[\d０-９一二三四五六七八九十百东西南北中新老上下前后号第期区段座栋]")


def _place_projects(names: set[str], places: Mapping[str, str]) -> dict[str, str]:
    """Names opening with one place of the texts, in one phase, where one writes a word more before the same head
    (唐官屯冷链物流中心 and 唐官屯农产品冷链物流中心): the shorter to the longer when it fits only that one."""
    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for name in sorted(names):
        place = next((name[:k] for k in range(len(name) - 4, 1, -1) if name[:k] in places), "")
        if place:
            rest, phase = _phased(name[len(place):])
            groups[places[place], phase].append((name, rest))
    out: dict[str, str] = {}
    for group in groups.values():
        for name, rest in group:
            longer = [other for other, more in group if _one_word_more(rest, more)]
            if len(longer) == 1:
                out[name] = longer[0]
    return out


#: What a short name says before its head when it says only where (广州东部中心: a positioning, not works).
_WHERE_ONLY = re.compile(r"[东西南北中]部?|[东西南北]+部")
#: Institutions named after a place: a word added before one names another (湖南师范大学 beside 湖南大学).
_INSTITUTIONS = ("大学", "学院", "医院", "中学", "小学", "研究院", "研究所")


def _one_word_more(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with one run of two characters or more added before its last two, none of them
    a number, a direction, an order or a part (农产品 of 农产品冷链物流中心, not 第二 of 第二污水处理厂), nor before
    an institution's word (师范 of 师范大学大学科技园), where ``short`` says more than where before its head (not
    东部中心 of 东部交通枢纽中心)."""
    if len(short) < 4 or len(long) - len(short) < 2 or short[-2:] != long[-2:] or _WHERE_ONLY.fullmatch(short[:-2]):
        return False
    start = next((i for i, (a, b) in enumerate(zip(short, long)) if a != b), len(short))
    if start > len(short) - 2:  # added after the head (十一学校 of 十一学校天津实验学校): another thing
        return False
    added = long[start:start + len(long) - len(short)]
    return long[:start] + long[start + len(added):] == short and not _TELLING.search(added) \
        and not long.startswith(_INSTITUTIONS, start + len(added))


#: The length of a brand taken only to tell a firm's projects (荣泰 of 荣泰铝板带项目).
BRAND = 2
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def firm_brands(forms: Mapping[str, Collection[str]], enterprises: Iterable[str], places: Collection[str]) -> dict[str, str]:
    """The two characters opening the short forms of one registered name (荣泰 of 荣泰新材料, the form of
    天津荣泰新材料科技有限公司) -> that name: the brand its projects open with (荣泰铝板带项目). Not a brand two firms open
    with (士兰 of 士兰集科 and 士兰微), nor a place of the texts.

    Example:
        >>> firm_brands({"荣泰新材料": {"天津荣泰新材料科技有限公司"}, "士兰集科": {"厦门士兰集科微电子有限公司"}},
        ...             ["士兰微"], ["天津"])
        {'荣泰': '天津荣泰新材料科技有限公司'}
    """
    givers: dict[str, set[str]] = defaultdict(set)
    for form, names in forms.items():
        givers[form[:BRAND]].update(names)
    out: dict[str, str] = {}
    for brand, firms in sorted(givers.items()):
        firm = next(iter(firms))
        others = [name for name in enterprises if name.startswith(brand) and name != firm
                  and set(forms.get(name, ())) != {firm}]
        if len(firms) == 1 and not others and brand not in places and _HAN.fullmatch(brand):
            out[brand] = firm
    return out
