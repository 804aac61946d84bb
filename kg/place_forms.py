"""Names of one thing written with and without the region that opens them, for resolution (split from
:mod:`kg.naming`, whose rules read company, policy, zone and road names).

A project, park or body is written with its region or town in front and without it (北辰堆山公园, 堆山公园), and
with a word spelt in short or in full (北辰中医院, 北辰区中医医院). :func:`region_forms` gives the forms of the
texts' regions and towns, :func:`place_core` takes them off a name, :func:`merge_place_forms` maps the names of one
thing to the fullest of them, and :func:`named_in_documents` tells whether a bare name's documents name the region
(so that a name without its region joins the regioned form only there).

Example:
    >>> merge_place_forms({"北辰中医院", "北辰区中医医院"}, region_forms(["北辰区"]))
    {'北辰中医院': '北辰区中医医院'}
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from schema import Label

#: Labels whose names a region may open (北辰堆山公园, 北辰区中医医院) and resolution merges by :func:`merge_place_forms`.
PLACE_PREFIXED = (Label.PROJECT, Label.PARK, Label.ORGANIZATION)
#: Spellings inside a name that name the same thing (中医院 is short for 中医医院; 国家 and 国家级 rank alike).
_SAME_WORDS = ((re.compile("中医院"), "中医医院"), (re.compile("^国家级"), "国家"),
               # a bureau written in short and in full (萧山区经信局, 杭州市萧山区经济和信息化局)
               (re.compile("(?:经信局|经济信息化局)$"), "经济和信息化局"), (re.compile("(?:发改局|发展改革局)$"), "发展和改革局"),
               (re.compile("(?:发改委|发展改革委)$"), "发展和改革委员会"), (re.compile("科技局$"), "科学技术局"),
               (re.compile("人社局$"), "人力资源和社会保障局"), (re.compile("(?:住建局|住房城乡建设局)$"), "住房和城乡建设局"),
               (re.compile("教体局$"), "教育体育局"),
               (re.compile("卫健局$"), "卫生健康局"), (re.compile("市监局$"), "市场监督管理局"),
               (re.compile("人大常委会$"), "人民代表大会常务委员会"),
               # a committee written in short (区卫生健康委, 区住建委) and in full (区卫生健康委员会)
               (re.compile("(?:卫健委|卫生健康委)$"), "卫生健康委员会"),
               (re.compile("(?:住建委|住房城乡建设委|住房和城乡建设委)$"), "住房和城乡建设委员会"),
               (re.compile("(?:经信委|经济信息化委)$"), "经济和信息化委员会"), (re.compile("农业农村委$"), "农业农村委员会"),
               (re.compile("城市管理委$"), "城市管理委员会"), (re.compile("商务委$"), "商务委员会"),
               (re.compile("教委$"), "教育委员会"), (re.compile("政法委$"), "政法委员会"),
               (re.compile("政务中心$"), "政务服务中心"),
               # more bureaus and committees written in short (区科委, 区工信局, 区文旅局, 区规划资源局)
               (re.compile("科委$"), "科学技术委员会"), (re.compile("工信局$"), "工业和信息化局"),
               (re.compile("文旅局$"), "文化和旅游局"), (re.compile("应急局$"), "应急管理局"),
               (re.compile("医保局$"), "医疗保障局"), (re.compile("(?:规自局|规划资源局|规划自然资源局)$"), "规划和自然资源局"),
               (re.compile("审批局$"), "行政审批局"), (re.compile("工商联$"), "工商业联合会"),
               (re.compile("国资局$"), "国有资产监督管理局"), (re.compile("国资委$"), "国有资产监督管理委员会"))
#: A town's party committee written in full (中共余姚市泗门镇委员会), which its texts write 泗门镇党委.
_TOWN_COMMITTEE = re.compile(r"^中共(.{2,}?[镇乡])委员会$")
_REGION_TYPE = re.compile(r"(?:新区|自治县|自治州|县|区|市|省)$")
_TOWN_TYPE = re.compile(r"(?:街道|镇|乡)$")


def region_forms(regions: Iterable[str], towns: Iterable[str] = ()) -> dict[str, str]:
    """Each region's (and town's) full name and its name without the type (北辰区 -> 北辰, 光福镇 -> 光福), to its
    full name; a short form that two places share (X区 and X县, X区 and X镇) is dropped.

    Example:
        >>> region_forms(["北辰区", "天津市"]) == {"北辰区": "北辰区", "北辰": "北辰区", "天津市": "天津市", "天津": "天津市"}
        True
        >>> region_forms([], ["光福镇", "黄桥街道"])["光福"], region_forms(["北辰区"], ["北辰镇"]).get("北辰")
        ('光福镇', None)
    """
    forms: dict[str, str] = {}
    shared: set[str] = set()
    for region in [*sorted(regions), *sorted(towns)]:
        forms[region] = region
        short = (_TOWN_TYPE if region.endswith(("镇", "乡", "街道")) else _REGION_TYPE).sub("", region)
        if len(short) >= 2 and short != region:
            if forms.get(short, region) != region:
                shared.add(short)
            forms.setdefault(short, region)
    return {form: region for form, region in forms.items() if form not in shared}


def place_core(name: str, forms: dict[str, str]) -> tuple[str, str]:
    """``(region, core)``: the regions opening ``name`` taken off (the innermost one kept) while three
    characters or more remain (two where they are a body's short form: 大兴区科委), and the same words spelt alike
    (北辰区中医医院 and 北辰中医院 -> (北辰区, 中医医院)).

    Example:
        >>> place_core("天津市北辰区中医医院", region_forms(["天津市", "北辰区"]))
        ('北辰区', '中医医院')
        >>> place_core("大兴区科委", region_forms(["大兴区"])), place_core("北辰公园", region_forms(["北辰区"]))
        (('大兴区', '科学技术委员会'), ('', '北辰公园'))
    """
    region, rest = "", _TOWN_COMMITTEE.sub(r"\1党委", name)  # 中共余姚市泗门镇委员会 is 余姚市泗门镇党委
    while True:
        form = next((rest[:k] for k in range(len(rest) - 2, 1, -1) if rest[:k] in forms
                     and (len(rest) - k >= 3 or _short_body(rest[k:]))), "")  # the longest
        if not form:
            break
        region, rest = forms[form], rest[len(form):]
    for spelling, same in _SAME_WORDS:
        rest = spelling.sub(same, rest)
    return region, rest


def _short_body(core: str) -> bool:
    """A body's short form that the same words spell in full (科委, 教委)."""
    return any(spelling.fullmatch(core) for spelling, _ in _SAME_WORDS)


def merge_place_forms(names: set[str], forms: dict[str, str],
                      named_in: Callable[[str, str, list[str]], bool] | None = None) -> dict[str, str]:
    """Map names of one thing written with or without their region, or in short, to the fullest of them
    (堆山公园 -> 北辰堆山公园; 北辰中医院, 北辰中医医院 -> 北辰区中医医院). Names whose cores are alike but that
    two different regions open (天津市中医医院, 北辰区中医医院) are different things: each region's forms merge
    among themselves (吴中中医院 -> 吴中区中医医院 beside 苏州市中医医院), and a name without a region stays.

    Example:
        >>> merge_place_forms({"堆山公园", "北辰堆山公园", "银河公园"}, region_forms(["北辰区"]))
        {'堆山公园': '北辰堆山公园'}
    """
    by_core: dict[str, list[tuple[str, str]]] = {}
    for name in sorted(names):
        region, core = place_core(name, forms)
        by_core.setdefault(core, []).append((region, name))
    mapping: dict[str, str] = {}
    for group in by_core.values():
        regions = {region for region, _ in group if region}
        for region in regions if len(regions) > 1 else [None]:  # None: the group is one thing
            names_of = [name for r, name in group if region is None or r == region]
            if region is None and regions and named_in is not None:  # a bare name joins the one region's form only
                one, regioned = next(iter(regions)), [n for r, n in group if r]  # in a document naming the region
                names_of = [n for r, n in group if r or named_in(n, one, regioned)]  # or the regioned form (not
                # 电子科技大学 of a 成都 text beside 杭州电子科技大学 of a 杭州 one)
            fullest = max(names_of, key=lambda n: (len(n), n))
            mapping.update({name: fullest for name in names_of if name != fullest})
    return mapping


def named_in_documents(mapping: dict[tuple[Label, str], str],
                       docs: dict[tuple[Label, str], set[str]]) -> Callable[[Label], Callable[[str, str, list[str]], bool]]:
    """For a label: whether a name's documents name a region or town, or one of some other names (unknown
    documents: yes)."""
    places: dict[str, set[str]] = defaultdict(set)  # document -> the regions and towns it names
    for key, found in docs.items():
        if key[0] in (Label.REGION, Label.TOWN):
            for doc in found:
                places[doc].add(mapping.get(key, key[1]))
    by_name: dict[tuple[Label, str], set[str]] = defaultdict(set)
    for key, found in docs.items():
        by_name[key[0], mapping.get(key, key[1])] |= found

    def of_label(label: Label) -> Callable[[str, str, list[str]], bool]:
        def named(name: str, region: str, others: list[str]) -> bool:
            found = by_name.get((label, name))
            together = set().union(*(by_name.get((label, other), set()) for other in others))
            return not found or bool(found & together) or any(region in places[doc] for doc in found)
        return named
    return of_label
