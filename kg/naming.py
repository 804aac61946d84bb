"""Naming rules used by resolution: which names are short forms of which.

An enterprise is named by "the fullest form found in the corpus"; a short
form (爱旭) merges into a longer form (爱旭科技) when the longer one is the
short one plus company-type suffixes, possibly after a place prefix.

Example:
    >>> merge_short_forms(Label.ENTERPRISE, {"爱旭", "爱旭科技", "天士力"})
    {'爱旭': '爱旭科技'}
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from kg.policy_forms import merge_policies
from schema import Label

#: Words that may follow an enterprise's core name without changing the company.
COMPANY_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "集团公司", "控股集团", "集团", "股份",
    "公司", "科技", "控股", "实业", "国际", "中国",
)
#: Place prefixes an enterprise's full name may start with.
_PROVINCES = ("黑龙江", "内蒙古", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北",
              "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "广西", "宁夏", "新疆", "西藏", "重庆")
_PLACE_PREFIX = re.compile(r"^(?:中国|天津市?|北京市?|上海市?|(?:" + "|".join(_PROVINCES) + r")省?|[\u4e00-\u9fff]{2}[省市])")
_PAREN = re.compile(r"[(（][^()（）]{1,8}[)）]")


def _strip_suffixes(name: str) -> str:
    changed = True
    while changed:
        changed = False
        for suffix in COMPANY_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                name, changed = name[: -len(suffix)], True
    return name


def enterprise_core(name: str) -> str:
    """The core of an enterprise name: no place prefix, no bracketed place, no company suffixes.

    Example:
        >>> enterprise_core("天津长荣科技集团股份有限公司")
        '长荣'
    """
    core = _PAREN.sub("", name)
    stripped = _PLACE_PREFIX.sub("", core)
    if len(stripped) >= 2:
        core = stripped
    return _strip_suffixes(core)


#: General abbreviation expansions: (label, pattern, replacement).
_EXPANSIONS: tuple[tuple[Label, re.Pattern[str], str], ...] = (
    (Label.ORGANIZATION, re.compile(r"^(.{2,}[省市区县镇乡])政府(办公室|办公厅)?$"), r"\1人民政府\2"),
    # the general offices written short with 办 (西青区政府办, 西青区委办: the office of the government, of the committee)
    (Label.ORGANIZATION, re.compile(r"^(.{2,}[省市区县镇乡])政府办$"), r"\1人民政府办公室"),
    (Label.ORGANIZATION, re.compile(r"^(.{2,}[省市区县])委办$"), r"\1委办公室"),
    # the government's press office written short (青浦区政府新闻办, a press conference's host)
    (Label.ORGANIZATION, re.compile(r"^(.{2,}[省市区县])(?:人民)?政府新闻办(?:公室)?$"), r"\1人民政府新闻办公室"),
    (Label.PARK, re.compile(r"^(.{2,})经开区$"), r"\1经济技术开发区"),
    (Label.PARK, re.compile(r"^(.{2,})高新区$"), r"\1高新技术产业开发区"),
    (Label.PARK, re.compile(r"^(.{2,})综保区$"), r"\1综合保税区"),
    # a zone's level written inside its name (武汉临空港国家级经济技术开发区): the zone's name is without it
    (Label.PARK, re.compile(r"^(.{2,}?)国家级(.{2,}(?:开发区|高新区|园区|新区))$"), r"\1\2"),
    # or before a zone named by its place (国家级望城经济技术开发区; not 国家级产城融合示范区, named by the level)
    (Label.PARK, re.compile(r"^(?:国家级|省级)([\u4e00-\u9fff]{2,4}(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|"
                            r"高新区|经开区))$"), r"\1"),
)


def zone_full_forms(names: Iterable[str], bodies: Iterable[str] = ()) -> dict[str, str]:
    """A zone written X高新区, X经开区 or X开发区 -> the one other zone of that kind that holds X, among the park
    ``names`` and the zones whose committees the ``bodies`` name (武汉东湖新技术开发区管理委员会), so that the
    short form joins the name the texts give in full (东湖高新区 -> 武汉东湖新技术开发区) instead of an expansion
    no text writes; a full name without 国家 joins the one with it, X产业园 joins X产业园区, and a park inside a zone
    written short joins the one written with the zone in full (铜山经开区新能源产业园).

    Example:
        >>> zone_full_forms(["东湖高新区", "江夏经开区"], ["武汉东湖新技术开发区管理委员会"])
        {'东湖高新区': '武汉东湖新技术开发区'}
        >>> zone_full_forms(["惠山高新区", "惠山经济开发区"])  # another kind of zone
        {}
        >>> zone_full_forms(["武清开发区", "武清经济技术开发区", "宁乡高新区", "宁乡高新技术产业园区"])
        {'宁乡高新区': '宁乡高新技术产业园区', '武清开发区': '武清经济技术开发区'}
        >>> zone_full_forms(["江宁开发区", "江宁经济技术开发区", "南京江宁经济技术开发区"])
        {'江宁开发区': '江宁经济技术开发区'}
        >>> zone_full_forms(["昆山开发区", "昆山经济技术开发区", "昆山高新技术产业开发区"])
        {'昆山开发区': '昆山经济技术开发区'}
        >>> zone_full_forms(["紫竹国家高新区", "上海紫竹高新技术产业开发区", "武进高新技术产业开发区", "武进国家高新技术产业开发区"])
        {'武进高新技术产业开发区': '武进国家高新技术产业开发区', '紫竹国家高新区': '上海紫竹高新技术产业开发区'}
    """
    names = sorted(set(names) | {m.group(1) for b in bodies if (m := _ZONE_BODY.match(b))})
    out = _national_forms(names) | _park_area_forms(names)
    for name in names:
        short = _ZONE_SHORT.match(name)
        if short is None:
            continue
        if name.endswith(_ZONE_KINDS["开发区"]):
            continue  # a full name (武清经济技术开发区), no short form
        place = short.group(1).replace("国家", "")  # 紫竹国家高新区: the zone of 紫竹, national
        full = sorted({out.get(n, n) for n in names if n != name and n.endswith(_ZONE_KINDS[short.group(2)])
                       and place in n.replace("国家", "")})
        if short.group(2) == "开发区" and any(n.endswith(_ECONOMIC) for n in full):
            full = [n for n in full if n.endswith(_ECONOMIC)]  # 昆山开发区 beside 昆山高新区: the economic zone
        shortest = min(full, key=len, default="")
        if full and all(n.endswith(shortest) for n in full):  # 南京江宁经济技术开发区 is 江宁经济技术开发区 with its city
            out[name] = shortest
    return out | _sub_park_forms(names, out)


#: A park inside a zone written short (铜山经开区|新能源产业园).
_SUB_PARK = re.compile(r"^(.{2,6}?(?:高新区|经开区))(.{2,12}(?:产业园|园区|园))$")


def _sub_park_forms(names: list[str], zones: dict[str, str]) -> dict[str, str]:
    """A park inside a zone written short (铜山经开区新能源产业园) -> the name the texts write with the zone in full
    (铜山经济技术开发区新能源产业园), where they do."""
    present, out = set(names), {}
    for name in names:
        if (sub := _SUB_PARK.match(name)) is not None:
            zone = sub.group(1)
            full = zones.get(zone) or expand_abbreviation(Label.PARK, zone)
            if full + sub.group(2) in present and full != zone:
                out[name] = full + sub.group(2)
    return out


def _national_forms(names: list[str]) -> dict[str, str]:
    """A zone's full name without 国家 (武进高新技术产业开发区, the expansion of 武进高新区) -> the name the texts write with
    it (武进国家高新技术产业开发区), where they do."""
    national = {n.replace("国家", "", 1): n for n in names if "国家" in n and n.endswith(("开发区", "园区"))}
    return {n: national[n] for n in names if n in national and n != national[n]}


def _park_area_forms(names: list[str]) -> dict[str, str]:
    """A park written X产业园 (工业园, 科技园) beside X产业园区: one park, named with 区 as the texts also write it."""
    present = set(names)
    return {n[:-1]: n for n in names if n.endswith(("产业园区", "工业园区", "科技园区")) and n[:-1] in present}


_ZONE_SHORT = re.compile(r"^(.{2,})(高新区|经开区|开发区|综保区)$")
#: The full forms of each kind of zone: 惠山高新区 is no 惠山经济开发区; X开发区 is either (武清开发区).
_ZONE_KINDS = {"高新区": ("新技术产业开发区", "新技术开发区", "高新技术产业园区"), "经开区": ("经济技术开发区", "经济开发区"),
               "开发区": ("经济技术开发区", "经济开发区", "新技术产业开发区", "新技术开发区"), "综保区": ("综合保税区",)}
_ZONE_BODY = re.compile(r"^(.{2,}开发区)(?:管理委员会|管委会|党工委)$")
_ECONOMIC = ("经济技术开发区", "经济开发区")


def expand_abbreviation(label: Label, name: str) -> str:
    """Expand a general abbreviation (北京经开区 -> 北京经济技术开发区).

    Example:
        >>> expand_abbreviation(Label.ORGANIZATION, "北辰区政府"), expand_abbreviation(Label.ORGANIZATION, "即墨区政府办公室")
        ('北辰区人民政府', '即墨区人民政府办公室')
        >>> expand_abbreviation(Label.ORGANIZATION, "西青区政府办"), expand_abbreviation(Label.ORGANIZATION, "西青区委办")
        ('西青区人民政府办公室', '西青区委办公室')
        >>> expand_abbreviation(Label.PARK, "国家级临空港经开区")  # each rule in turn: the short kind, then the level
        '临空港经济技术开发区'
    """
    for rule_label, pattern, replacement in _EXPANSIONS:
        if rule_label == label and pattern.match(name):
            name = pattern.sub(replacement, name)
    return name


def merge_short_forms(label: Label, names: set[str], counts: dict[str, int] | None = None,
                      apart: Collection[frozenset[str]] = ()) -> dict[str, str]:
    """Map each short name to the canonical name of its group (others unmapped).

    Enterprises: the fullest name sharing the core, unless ``apart`` holds the pair (a parent and its subsidiary:
    星宇股份全资子公司常州星宇智能科技有限公司). Policies: the most used form sharing the core (see
    :func:`merge_policies`).
    """
    if label == Label.POLICY:
        return merge_policies({n: (counts or {}).get(n, 1) for n in names})
    if label == Label.PROJECT:
        return merge_road_forms(names)
    if label != Label.ENTERPRISE:
        return {}
    by_core: dict[str, list[str]] = {}
    for name in sorted(names):
        by_core.setdefault(enterprise_core(name), []).append(name)
    mapping: dict[str, str] = {}
    for core, group in by_core.items():
        if len(group) < 2 or len(core) < 2:
            continue
        fullest = max(group, key=lambda n: (len(n), n))
        mapping.update({n: fullest for n in group if n != fullest and not other_company(n, fullest)})
    merged = to_the_end(mapping | merge_trade_names(names - set(mapping)))
    return {n: fullest for n, fullest in merged.items() if frozenset((n, fullest)) not in apart}


def to_the_end(mapping: dict[str, str]) -> dict[str, str]:
    """Each name mapped to the last name of its chain (恒逸 -> 恒逸集团 -> 浙江恒逸集团有限公司: both to the last).

    Example:
        >>> to_the_end({"恒逸": "恒逸集团", "恒逸集团": "浙江恒逸集团有限公司"})["恒逸"]
        '浙江恒逸集团有限公司'
    """
    out = {}
    for name, target in mapping.items():
        seen = {name}
        while target in mapping and target not in seen:
            seen.add(target)
            target = mapping[target]
        out[name] = target
    return out


def other_company(name: str, fullest: str) -> bool:
    """Two registered names sharing a core that name two companies: their legal forms or their bracketed places
    differ (北京华腾智造科技股份有限公司 and its 华腾智造（天津）科技有限公司), unless the one is the other's name before
    its conversion to a joint-stock company (江苏龙池精密机械有限公司, 江苏龙池精密机械股份有限公司: one company, renamed).

    Example:
        >>> other_company("北京华腾智造科技股份有限公司", "华腾智造(天津)科技有限公司")
        True
        >>> other_company("天津荣程联合钢铁集团有限公司", "荣程钢铁集团有限公司")
        False
        >>> other_company("江苏龙池精密机械有限公司", "江苏龙池精密机械股份有限公司")
        False
    """
    forms = [next((f for f in LEGAL_FORMS if n.endswith(f)), None) for n in (name, fullest)]
    if None in forms:
        return False  # a short form (华腾智造) is the fullest name's
    if forms[1] == "股份有限公司" and forms[0] != forms[1] and name[:-len(forms[0])] == fullest[:-len(forms[1])]:
        return False  # …有限公司 converted into …股份有限公司 (股份制改造)
    return forms[0] != forms[1] or _BRACKETED.findall(name) != _BRACKETED.findall(fullest)


#: Legal forms a registered company name ends with, the longest first (a name written in full, not short).
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
_BRACKETED = re.compile(r"[(（]([^()（）]+)[)）]")


def merge_road_forms(names: set[str]) -> dict[str, str]:
    """A road written without the end of its kind, where the text also writes it whole: 津蓟快速 is 津蓟快速路,
    京津塘高速 is 京津塘高速公路 (only when the whole form is among ``names``).

    Example:
        >>> merge_road_forms({"津蓟快速", "津蓟快速路", "津围快速", "津蓟高速"})
        {'津蓟快速': '津蓟快速路'}
    """
    return {name: name + tail for name in sorted(names) for short, tail in _ROAD_TAILS
            if name.endswith(short) and len(name) > len(short) and name + tail in names}


_ROAD_TAILS = (("快速", "路"), ("高速", "公路"))


def station_hubs(mapping: dict[tuple[Label, str], str]) -> dict[tuple[Label, str], str]:
    """A station's hub is the station, where the texts also name the station (京滨城际北辰站枢纽 is 京滨城际北辰站):
    the new names of ``mapping``'s hub keys (each key's name as found -> its name so far).

    Example:
        >>> station = (Label.PROJECT, "京滨城际北辰站")
        >>> station_hubs({station: "京滨高铁北辰站", (Label.PROJECT, "京滨城际北辰站枢纽"): "京滨城际北辰站枢纽"})
        {(<Label.PROJECT: 'Project'>, '京滨城际北辰站枢纽'): '京滨高铁北辰站'}
    """
    return {key: mapping[(key[0], key[1][:-2])] for key in mapping
            if key[0] == Label.PROJECT and key[1].endswith("站枢纽") and (key[0], key[1][:-2]) in mapping}


#: A group's registered name: 集团 then only a legal form (…集团有限公司; not 中国电建集团天津新能源装备有限公司, a
#: subsidiary written after its group's name).
_GROUP_FIRM = re.compile(r"集团[)）]?(?:股份有限|有限责任|控股有限|有限)?公司$")


def merge_trade_names(names: set[str]) -> dict[str, str]:
    """A trade name merges into the one registered name (…公司) holding its brand (first two characters)
    and, in order, all its characters; a 集团 only into a group's registered name (秦川汽车 -> 陕西秦川汽车集团有限公司,
    牟驰汽车 -> 郑州牟驰新能源汽车有限公司). A bare brand of three characters or more, without any company
    word and without such a name, merges into the one group whose core starts with it (天士力 -> 天士力医药集团;
    not 中铁 -> 中铁十八局集团 nor 金山 -> 上海金山石化集团). Two candidates (蜀味坊: the parent and a
    subsidiary) merge nothing. A group written by its words' initials (首创集团) merges into the one group's registered
    name whose core they are (北京首都创业集团有限公司).

    Example:
        >>> merge_trade_names({"柯美集团", "浙江柯美印染集团有限公司", "绍兴柯美数码印花有限公司"})
        {'柯美集团': '浙江柯美印染集团有限公司'}
    """
    fulls = sorted(n for n in names if n.endswith("公司") and not _short_company(n))
    groups = sorted(n for n in names if n.endswith("集团"))
    by_bigram, group_bigram = _bigram_index(fulls), _bigram_index(groups)
    mapping: dict[str, str] = {}
    initials: dict[str, list[str]] | None = None  # the groups by their words' initials, made once if needed
    for short in sorted(names - set(fulls)):
        core = _strip_suffixes(short)
        if len(core) < 2:
            continue
        hits = [f for f in by_bigram.get(core[:2], ()) if _in_order(core, f)
                and (_GROUP_FIRM.search(f) or not short.endswith("集团"))]
        if not hits and core == short and len(core) >= 3:  # a bare brand without a registered name: its group
            hits = [g for g in group_bigram.get(core[:2], ()) if g != short and enterprise_core(g).startswith(core)]
        if not hits and short.endswith("集团") and len(core) == 2:  # 首创集团: 北京首都创业集团有限公司, its words' initials
            initials = _group_initials(fulls) if initials is None else initials
            hits = initials.get(core, [])
        if len(hits) == 1:
            mapping[short] = hits[0]
    return mapping


def _group_initials(fulls: list[str]) -> dict[str, list[str]]:
    """The registered groups whose core is two words of two characters, by the words' first characters (首都创业: 首创)."""
    out: dict[str, list[str]] = {}
    for full in fulls:
        core = enterprise_core(full)
        if _GROUP_FIRM.search(full) and len(core) == 4:
            out.setdefault(core[0] + core[2], []).append(full)
    return out


def _short_company(name: str) -> bool:
    """A firm named by its brand and 公司 alone (博众公司 of 长春博众汽车零部件有限公司), no registered name."""
    return len(name) <= 6 and not name.endswith(LEGAL_FORMS + ("分公司", "集团公司", "总公司"))


def _bigram_index(fulls: list[str]) -> dict[str, list[str]]:
    """Every two-character substring -> the full names holding it (in the order of ``fulls``).

    A short name then checks only the full names that hold its brand (its core's first two
    characters) instead of every full name: linear in the names instead of shorts × fulls.

    Example:
        >>> _bigram_index(["柯美有限公司"])["柯美"]
        ['柯美有限公司']
    """
    index: dict[str, list[str]] = {}
    for full in fulls:
        for bigram in dict.fromkeys(full[i:i + 2] for i in range(len(full) - 1)):
            index.setdefault(bigram, []).append(full)
    return index


def _in_order(short: str, full: str) -> bool:
    """Every character of ``short`` occurs in ``full``, in the same order."""
    rest = iter(full)
    return all(ch in rest for ch in short)
