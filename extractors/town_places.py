"""Towns and villages as a text writes them: the gazetteer's :class:`Place` records, a town's short forms, a town
renamed a 街道, and villages placed in the towns a text names (pure functions, used by :mod:`extractors.gazetteer`).

Example:
    >>> town_short_forms("双街镇"), town_short_forms("果园新村街道")
    (['双街', '双街示范镇'], ['果园新村', '果园新村示范镇', '果园新村街'])
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace

from extractors import lexicon
from extractors.gazetteer_data import Area
from extractors.text_marks import TakenSpans
from extractors.town_words import common_word
from extractors.villages import VillageSpan, repeated_villages, village_items, villages_after_towns
from schema import Label, Mention

TOWN_SUFFIXES = ("街道", "镇", "乡")


@dataclass(frozen=True)
class Place:
    """What a matched surface form stands for."""

    label: Label
    name: str
    rule: str
    area: Area | None = None
    county: str = ""  # county code (towns, villages)
    town: str = ""  # parent town (villages)
    towns: tuple[str, ...] = ()  # every town of the county with a village of this name, when more than one


def town_short_forms(town: str) -> list[str]:
    """Short forms of a town name: 双街镇 -> 双街, 双街示范镇; 果园新村街道 -> 果园新村, 果园新村街; an ethnic township's
    without its people: 老竹畲族镇 -> 老竹镇, 老竹."""
    for suffix in TOWN_SUFFIXES:
        if town.endswith(suffix) and len(town) - len(suffix) >= 2:
            core = town[: -len(suffix)]
            forms = [core, core + "示范镇"]
            if suffix == "街道":
                forms.append(core + "街")
            if (people := _PEOPLE.search(core)) is not None and people.start() >= 2:
                forms += [core[:people.start()] + suffix, core[:people.start()]]
            return forms
    return []


#: The people an ethnic township is named for, closing its core (老竹畲族镇, 丽新畲族乡, 长阳土家族自治县's towns).
_PEOPLE = re.compile(r"(?:畲|回|满|蒙古|苗|土家|瑶|彝|壮|侗|布依|白|哈尼|傣|黎|傈僳|佤|拉祜|水|纳西|羌|土|仫佬|仡佬|锡伯|"
                     r"达斡尔|鄂温克|朝鲜|藏|维吾尔|哈萨克|柯尔克孜|东乡|撒拉|毛南|京)族$")


#: A street the gazetteer names by its office (辛安渡办事处街道), which texts write X街道.
_OFFICE_STREET = "办事处街道"


def written_office_street(town: str) -> str:
    """The name texts give a street the gazetteer names by its office: 辛安渡办事处街道 -> 辛安渡街道 (else ``town``).

    Example:
        >>> written_office_street("辛安渡办事处街道"), written_office_street("径河街道")
        ('辛安渡街道', '径河街道')
    """
    core = town[:-len(_OFFICE_STREET)] if town.endswith(_OFFICE_STREET) else ""
    return core + "街道" if len(core) >= 2 else town


def town_forms(places: list[Mention]) -> tuple[str, ...]:
    """The names and short forms (two characters or more) of the towns among ``places``."""
    towns = {m.name for m in places if m.label == Label.TOWN}
    return tuple(sorted({form for town in towns for form in (town, *town_short_forms(town)) if len(form) >= 2}))


def renamed_town(text: str, match: tuple[int, int, Place]) -> tuple[int, int, Place]:
    """A town the gazetteer knows as X镇 or X乡 that the text writes X街道 has become a 街道 since (蓝村镇 of
    即墨区 is 蓝村街道): the text's name, so that the Town is the one the text means.

    Example:
        >>> town = Place(Label.TOWN, "蓝村镇", "gazetteer.town_short", county="370215")
        >>> renamed_town("依托蓝村街道产业园", (2, 4, town))[2].name
        '蓝村街道'
    """
    start, end, place = match
    if place.rule == "gazetteer.town_short" and place.name.endswith(("镇", "乡")) \
            and text[start:end] == place.name[:-1] and text.startswith("街道", end):
        return start, end + 2, Place(Label.TOWN, place.name[:-1] + "街道", "gazetteer.town_renamed", county=place.county)
    return match


def villages_in_named_towns(places: list[tuple[int, int, Place]], text: str = "") -> list[tuple[int, int, Place]]:
    """A village is in the town the text writes right before it (紫蓬镇聚星村, whatever town the gazetteer lists for
    聚星村); a village name the county has in several towns is in the one the text names most (新塘村 of 张浦镇, not of
    周市镇, in 张浦镇's report), and in none where the text names none of them (no guess at the gazetteer's first); a
    village listed after one written after its town (泊里镇西寺村、大庄村) is in that town too."""
    named = Counter(p.name for _, _, p in places if p.label == Label.TOWN)
    written = _written_before(places, text)
    out = []
    for s, e, p in places:
        if p.label == Label.VILLAGE and p.name in written:
            p = replace(p, town=written[p.name])
        elif p.towns:
            town = max(p.towns, key=lambda t: (named[t], -p.towns.index(t)))
            p = replace(p, town=town if named[town] else "")
        out.append((s, e, p))
    return out


def _written_before(places: list[tuple[int, int, Place]], text: str) -> dict[str, str]:
    """Each village the text writes right after a town (紫蓬镇聚星村), or listed after one so written (、大庄村) -> that
    town, the first where it writes several."""
    towns = {e: p.name for _, e, p in places if p.label == Label.TOWN}
    out: dict[str, str] = {}
    for s, e, p in sorted(places, key=lambda m: m[0]):
        if p.label == Label.VILLAGE and s in towns:
            out.setdefault(p.name, towns[s])
            if text[e:e + 1] == "、":
                towns[e + 1] = towns[s]  # the next item of the list
    return out


def structural_villages(text: str, places: list[tuple[int, int, Place]],
                        bounds: Collection[int] = ()) -> list[tuple[int, int, Place]]:
    """Villages the gazetteer does not list, from structure (:mod:`extractors.villages`): lists of X村
    items, a village right after its town and, where a token starts (``bounds``), their other occurrences."""
    known = {(s, e) for s, e, _ in places}
    found = village_items(text, known)
    found = _listed_towns(text, found + villages_after_towns(
        text, ((e, p.name) for _, e, p in places if p.label == Label.TOWN)))
    found += repeated_villages(text, found, known, bounds)
    return [(s, e, Place(Label.VILLAGE, name, rule, town=town)) for s, e, name, rule, town in found]


def _listed_towns(text: str, found: list[VillageSpan]) -> list[VillageSpan]:
    """``found`` with each village of a list that names no town taking the town of the village before it in the list
    (柏泉街道茅庙集村、水月庵村等村: 水月庵村 is in 柏泉街道 too)."""
    town_at: dict[int, str] = {}  # where a village with a town ends -> its town
    for start, end, _, _, town in sorted(found, key=lambda v: (v[0], not v[4])):
        if town:
            town_at[end] = town
        elif text[start - 1:start] in _LIST_MARKS and start - 1 in town_at:
            town_at[end] = town_at[start - 1]
    return [(s, e, name, rule, town or (town_at.get(e, "") if rule == "village.list" else ""))
            for s, e, name, rule, town in found]


_LIST_MARKS = ("、", "和", "及", "与")


def written_street(places: list[tuple[int, int, Place]], text: str) -> Callable[[str], str]:
    """Where a text writes X街道, the town X镇 or X乡 of the gazetteer (its name before it became a 街道) is
    X街道 too; where it writes X镇 and never X街道, the gazetteer's X街道 is X镇 (西营镇, a 街道 become a 镇 again, or
    诸福屯镇 in a text before it became one): the name of each town as the text writes it."""
    streets = {p.name[:-2] for _, _, p in places if p.label == Label.TOWN and p.name.endswith("街道")}
    written = {text[s:e] for s, e, p in places if p.label == Label.TOWN}
    towns = {w[:-1] for w in written if w.endswith("镇") and w[:-1] + "街道" not in written}
    return lambda town: _as_written_town(town, streets, towns)


def _as_written_town(town: str, streets: set[str], towns: set[str]) -> str:
    """``town`` as the text writes it (see :func:`written_street`)."""
    if town.endswith("街道") and town[:-2] in towns:
        return town[:-2] + "镇"
    if town.endswith(("镇", "乡")) and town[:-1] in streets and town[:-1] not in towns:
        return town[:-1] + "街道"
    return town


def on_street(place: Place, street: Callable[[str], str]) -> Place:
    """``place`` with its town's name, or its village's town's, as the text writes it (犀浦 of 犀浦镇: 犀浦街道)."""
    if place.label == Label.TOWN and street(place.name) != place.name:
        return replace(place, name=street(place.name))
    if place.label == Label.VILLAGE and street(place.town) != place.town:
        return replace(place, town=street(place.town), towns=tuple(map(street, place.towns)))
    return place


#: A town's suffix, then what may follow a town the gazetteer lacks: a list mark, or one of its villages.
_TOWN_SUFFIX = re.compile(r"(街道|镇(?![区级村])|乡(?![村镇]))(?=([、和及与]?)([\u4e00-\u9fff]{2,4}?(?:村|社区)|))")
_CJK_CORE = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: What a list's item of four characters before its suffix follows (浑河站西街道、浑河站东街道): a mark, or nothing.
_ITEM_OPENS = frozenset(("", "、", "，", ",", "。", "；", "\n", "\t", "（", "("))
#: A word before a place, no town's first character where a word starts after it (投资8亿元在|石滩镇麻车村).
_BEFORE_PLACE = frozenset("在到向从对把将与及赴以")
#: A count between a list's last town and the suffix the list shares (朱昌、百花湖两镇, 坪地三个街道).
_COUNT = re.compile(r"[两二三四五六七八九十]个?$")


def _long_core(text: str, start: int) -> bool:
    """A town's name of four characters before its suffix at ``start`` (浑河站西街道): an item of a list or a sentence's
    first, not opening with a verb or an everyday word (依托|乔司街道, 全力|…)."""
    head = text[start:start + 2]
    return text[start - 1:start] in _ITEM_OPENS and not lexicon.tagged(head, "verb") and not common_word(head)


#: Words before 街道/镇 that make no town's name (各街道, 城市街道, 重点镇, 特色小镇).
_KIND_OF_TOWN = ("示范", "小", "水", "古", "名", "强", "特色", "新")
_NO_TOWN_CORE = frozenset(("各", "全区", "全县", "城市", "所在", "重点", "乡村", "相关", "中心", "特色", "小", "建制",
                           "涉农", "其他", "有关", "周边", "沿线", "各个", "所属", "辖区", "示范", "城关"))


def _proper_core(core: str) -> bool:
    """A town's name before its suffix, not a kind of town (示范镇, 特色小镇, 水镇, 古镇) nor an everyday word (企业街道; a
    place's name is none however common: 东安街道)."""
    return not core.endswith(_KIND_OF_TOWN) and ((lexicon.count(core) or 0) < 100 or lexicon.tagged(core, "proper"))


def written_towns(text: str, places: list[tuple[int, int, Place]], bounds: Collection[int],
                  county: str) -> list[tuple[int, int, Place]]:
    """Towns of ``county`` the gazetteer lacks (its data lags renamings and new 街道), written in full from where a
    word starts (``bounds``) and either in a list with a town it knows (丰庆路街道、庙李街道; 西营镇、柳埠街道) or
    right before one of their villages (遥墙街道遥墙村)."""
    town_starts = {s for s, _, p in places if p.label == Label.TOWN}
    town_ends = {e for _, e, p in places if p.label == Label.TOWN}
    known = {(s, e) for s, e, p in places if p.label == Label.TOWN}
    taken = TakenSpans(len(text))
    for s, e, p in places:
        if s < e and not (p.label == Label.TOWN and text[s:e] != p.name):
            taken.add(s, e)  # a town's short form (金华 of 金华镇) may open a longer town's name (金华园街道)
    out: list[tuple[int, int, Place]] = []
    for hit in _TOWN_SUFFIX.finditer(text):
        count = _COUNT.search(text, max(0, hit.start() - 2), hit.start())
        core_end = count.start() if count else hit.start()  # 派潭、正果、小楼三镇: 小楼镇, the third of three
        s = next((core_end - k for k in (4, 3, 2) if core_end - k in bounds
                  and _CJK_CORE.fullmatch(text, core_end - k, core_end) and (k < 4 or _long_core(text, core_end - k))
                  and not (k > 2 and text[core_end - k] in _BEFORE_PLACE and core_end - k + 1 in bounds)), -1)
        e = hit.end() if core_end == hit.start() else core_end
        listed = (s - 1 in town_ends and text[s - 1:s] in _JOINS) or (e + 1 in town_starts and text[e:e + 1] in _JOINS) \
            or text[s - 1:s] == "\t" and text[e:e + 1] in ("\t", "\n", "") and not text.startswith(("所在", "所属"), s)
        # (a table's cell: …有限公司	怡心街道	第六批; not its header 所在街镇)
        if s < 0 or not (listed or hit.group(3) and not hit.group(2)) or not _town_core(text[s:core_end]) \
                or taken.overlaps(s, e) or hit.group(1) != "街道" and text[hit.start() - 1] == "城" \
                or text[s] in _BEFORE_PLACE and (s + 1, e) in known:
            continue  # 推进城乡融合和乡村振兴: 城乡 and 城镇 are words (a 新城街道 is a street); 分布在|章镇 (章镇镇's short
            # form after 在)
        out.append((s, e, Place(Label.TOWN, text[s:core_end] + hit.group(1), "structure.town", county=county)))
        town_ends.add(e)  # 宾阳街道、金华园街道、世纪城街道: a list of towns the gazetteer lacks, after the first
    found = {(s, e) for s, e, _ in out}
    for name in sorted({p.name for _, _, p in out}):  # its other occurrences (责任单位：遥墙街道、临港街道办事处)
        out += [(h.start(), h.end(), Place(Label.TOWN, name, "structure.town", county=county))
                for h in re.finditer(name, text) if h.start() in bounds and h.span() not in found
                and not taken.overlaps(h.start(), h.end())]
    return sorted(out, key=lambda m: m[0])


_JOINS = frozenset("、和及与")


def _town_core(core: str) -> bool:
    """A town's name before its suffix: no kind of town and no everyday word."""
    return core not in _NO_TOWN_CORE and "等" not in core and core[-1] not in "两几各诸" and _proper_core(core)
    # 玉祁、前洲等镇, 径山、鸬鸟两镇: the towns listed, then their count
