"""Villages the gazetteer does not list, found from the text's structure (split from :mod:`extractors.gazetteer`).

- a list of X村 items (完成五峰村、天平村整村改造);
- a village written right after its town (梅山街道梅东村, 西堤头镇赵庄子, 双口镇“小五堡”); a bare name
  takes 村 (小五堡 -> 小五堡村);
- the other occurrences, in the same text, of a village found so (西堤头镇赵庄子村荣获… and later
  依托赵庄子村休闲农业与乡村旅游项目…), where a word starts and no 村民/村委 follows.

Each function returns ``(start, end, name, rule, town)`` spans; :mod:`extractors.gazetteer` makes them places.

Example:
    >>> [v[2] for v in village_items("完成五峰村、天平村整村改造。")]
    ['五峰村', '天平村']
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from extractors import lexicon, segment
from extractors.pair_gate import occurrence_lists
from extractors.suffix_scan import AnchoredPattern
from extractors.text_marks import TakenSpans

VillageSpan = tuple[int, int, str, str, str]  # start, end, name, rule, town
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: 村 at most three characters after a match's start.
VILLAGE_ITEMS = AnchoredPattern(re.compile(r"(?:[\u4e00-\u9fff]{2,3}村[、和及与])+[\u4e00-\u9fff]{2,3}村"), "村", 3)
#: 社区 at most four characters after a match's start: a list of communities (清溪社区、湖光社区、笔架山社区).
COMMUNITY_ITEMS = AnchoredPattern(re.compile(r"(?:[\u4e00-\u9fff]{2,4}社区[、和及与])+[\u4e00-\u9fff]{2,4}社区"), "社区", 4)
#: What follows X村 when it is no village (村民, 村委, 村级, 村庄, 村落, 村镇, 村集体, 村居).
NOT_VILLAGE_AFTER = "民委级庄落镇集居"
#: After a town: X村 not followed within three characters by 民/委/级 (镇广大村民, 村党委, 村两委; 村…特色民宿 is
#: still the village), or a bare (maybe quoted) name with a typical village ending (赵庄子, “小五堡”); X社区 before a
#: facility's name (方兴社区嵩山路社区卫生服务中心: a road's health centre) is none.
_VILLAGERS = re.compile(r"[\u4e00-\u9fff]{0,2}[民委级]")
_AFTER_TOWN = re.compile(r"([\u4e00-\u9fff]{2,3}?村)(?![\u4e00-\u9fff]{0,2}[民委级])|"  # (航民村|村办企业: lazy)
                         r"“?([\u4e00-\u9fff]{1,3}?(?:庄子|堡|屯|坨|营|寨))”?(?![\u4e00-\u9fff])|"
                         r"([\u4e00-\u9fff]{2}(?:庄子|堡|屯|寨))(?=[\u4e00-\u9fff]{2,}?(?:综合体|度假区|产业园|小镇|基地))|"
                         r"([\u4e00-\u9fff]{2,3}?社区)(?![\u4e00-\u9fff]{0,2}[民委级居])(?!卫生|服务中心|服务站|医院)")
#: Kinds of community, not a community's name (镇智慧社区, 街道老旧社区, 菁蓉镇双创社区人才公寓).
_KINDS_OF_COMMUNITY = frozenset(("智慧", "美丽", "健康", "文明", "和谐", "城市", "农村", "新型", "示范", "绿色", "平安",
                                 "幸福", "宜居", "完整", "老旧", "各个", "所有", "相关", "周边", "新建", "城乡", "安置",
                                 "无疫", "法治", "书香", "人文", "数字", "现代", "养老", "社区", "双创", "未来"))


def village_items(text: str, known: Collection[tuple[int, int]] = ()) -> list[VillageSpan]:
    """The X村 and X社区 items of lists of villages and of communities (spans in ``known`` left out)."""
    out: list[VillageSpan] = []
    for items, word in ((VILLAGE_ITEMS, "村"), (COMMUNITY_ITEMS, "社区")):
        for hit in items.finditer(text):
            if text.rfind("“", 0, hit.start()) > text.rfind("”", 0, hit.start()):
                continue  # “支部带村、发展强村、民主管村”: a quoted slogan's phrases, no villages
            for item in re.finditer(rf"[\u4e00-\u9fff]{{2,4}}?{word}(?=[、和及与]|$)", hit.group(0)):
                end = hit.start() + item.end()
                start = _village_start(text, end - len(word))
                if start is not None and text[start] in _PREPOSITIONS and _preposition_first(text[start:end]):
                    start += 1  # 在|清溪社区、湖光社区: the preposition the segmenter glued to the first item
                if start is not None and (start, end) not in known and not _slogan(text[start:end]) \
                        and text[start:end - len(word)] not in _KINDS_OF_COMMUNITY:
                    out.append((start, end, text[start:end], "village.list", ""))
    return out


def villages_after_towns(text: str, towns: Iterable[tuple[int, str]]) -> list[VillageSpan]:
    """Villages written right after a town, given as (end of the town's mention, town name)."""
    out: list[VillageSpan] = []
    for end, town in towns:
        if text.startswith("的", end) and not text.startswith("的村", end):
            end += 1  # 湾里街道的湾里村: the town's village
        hit = _AFTER_TOWN.match(text, end)
        if hit and hit.group(4) and (hit.group(4)[:-2] in _KINDS_OF_COMMUNITY or _preposition_first(hit.group(4))):
            continue  # 镇智慧社区: a kind of community; 镇在南港社区: a preposition first
        if hit and hit.group(2) and lexicon.tagged(hit.group(2)[-2:], "verb"):
            continue  # 在吴圩镇投入运营: a verb ending like a village (运营, 经营), no 投入运营村
        if hit and (hit.group(1) or hit.group(4)) and _counted_or_verb_first(hit.group(1) or hit.group(4)):
            continue  # 新桥街道两个社区体育公园: a count; 春江街道推进魏村闸…: the clause's verb, no village's name
        if hit:
            group = next(g for g in (1, 2, 3, 4) if hit.group(g))  # 3: 双口镇小五堡田园综合体 (a name follows)
            start = hit.start(group) + (group == 1 and _preposition_first(hit.group(group)))
            name = text[start:hit.end(group)] if group in (1, 4) else hit.group(group) + "村"
            if len(name) > 2 and not name.endswith(_KINDS_OF_VILLAGE) \
                    and (text[hit.end(group):hit.end(group) + 1] not in NOT_VILLAGE_AFTER or group > 1):
                out.append((start, hit.end(group), name, "village.after_town", town))
    return out


#: A count opening what stands after a town (龙虎塘街道、新桥街道两个社区, 镇三个村).
_COUNT_FIRST = re.compile(r"[一二两三四五六七八九十几多各每]+个")


def _counted_or_verb_first(village: str) -> bool:
    """``village`` (X村 or X社区 right after a town) opens with a count (两个社区) or with a verb of two characters (推进|魏村:
    the town's clause goes on with its verb)."""
    first = segment.cut(village)[0]
    return _COUNT_FIRST.match(village) is not None \
        or len(first) == 2 and len(village) >= 4 and lexicon.tagged(first, "verb")  # (发展村, 新建村: the village's name)


#: What a slogan's phrase does to the villages (产业兴村, 文化铸村, 科技强村, 党建引村): its verb before 村.
_SLOGAN_VERBS = frozenset("兴铸强富美引带管治活聚振")


def _slogan(item: str) -> bool:
    """``item`` (X村 of a list) is a slogan's phrase, no village: a common word of two characters and a verb of
    :data:`_SLOGAN_VERBS` before 村 (产业兴村、文化铸村; not 新兴村, 永兴村)."""
    head = item[:2]
    return len(item) == 4 and item[2] in _SLOGAN_VERBS and bool(lexicon.count(head)) and not lexicon.tagged(head, "proper")


#: Kinds of village, no village's name (镇乡村振兴, 乌龙街道城中村改造, 镇行政村).
_KINDS_OF_VILLAGE = ("乡村", "农村", "城中村", "行政村", "自然村", "中心村")


#: Prepositions and conjunctions the segmenter cuts off the start of X村 (临湖镇在湖桥村开展…, 镇与湖桥村).
_PREPOSITIONS = "在对向把将从到与和及为给以由被"


def _preposition_first(village: str) -> bool:
    """``village`` (X村 right after a town) opens with a preposition standing as a word of its own (在|湖桥|村;
    not 向阳坡|村, 于|家庄|村 keeps 于 as a surname)."""
    return village[0] in _PREPOSITIONS and segment.cut(village)[0] == village[0]


def repeated_villages(text: str, found: list[VillageSpan], taken: Collection[tuple[int, int]],
                      bounds: Collection[int]) -> list[VillageSpan]:
    """Other occurrences of the villages in ``found`` written with 村 (rule ``village.repeat``): where a token
    starts (``bounds``), overlapping no span of ``found`` and no span of ``taken`` but the shorter village names
    ending with them (辛庄村 of the gazetteer inside 后辛庄村, which the longer name then replaces), and not before
    民/委/级 within three characters (赵庄子村民, 大康村党委), as after a town."""
    surfaces = {text[s:e]: (name, town) for s, e, name, _, town in found if text[s:e].endswith("村")}
    if not surfaces:
        return []
    occupied = TakenSpans(len(text))
    for s, e in (*taken, *((s, e) for s, e, *_ in found)):
        if s < e:
            occupied.add(s, e)
    tails = {(s, e) for s, e in taken if text[e - 1:e] == "村"}
    out: list[VillageSpan] = []
    for surface, occurrences in occurrence_lists(surfaces, text).items():
        name, town = surfaces[surface]
        out += [(start, end, name, "village.repeat", town) for start, end in occurrences
                if start in bounds and not _not_the_village(text, end)
                and (not occupied.overlaps(start, end) or _ends_shorter_village(start, end, tails))]
    return out


def _ends_shorter_village(start: int, end: int, tails: Collection[tuple[int, int]]) -> bool:
    """A shorter village's name (of ``tails``) ends the occurrence ``[start, end)`` (辛庄村 of 后辛庄村)."""
    return any((s, end) in tails for s in range(start + 1, end - 1))


def _not_the_village(text: str, end: int) -> bool:
    """After X村 ending at ``end``: its villagers or committee (村民, 村党委, 村两委), or a longer place name."""
    return text[end:end + 1] in NOT_VILLAGE_AFTER or _VILLAGERS.match(text, end) is not None


def _village_start(text: str, cun: int) -> int | None:
    """Start of the village name ending before 村 at ``cun``: the last jieba words, 2-3 characters (one after a verb)."""
    words = segment.cut(text[max(0, cun - 4):cun])
    last = words[-1] if words else ""
    name = ""
    while words and len(name) < 2:
        if name and len(words[-1]) >= 2 and lexicon.tagged(words[-1], "verb"):
            break  # 要加快|潞|村、尹家圩村: a village of one character after its list's verb
        name = words.pop() + name
    if len(name) == 2 and words and len(words[-1]) == 1 and _CJK.match(words[-1]) \
            and (len(words) == 1 or words[-2] in ("、", ",", "，", "和", "及", "与")):
        name = words.pop() + name  # 、徐|庄子村: the list's item opens with the character the segmenter left alone
    if len(name) == 3 and name[0] in "镇乡" and _CJK.match(text, cun - 4):
        name = name[1:]  # 泊里|镇西寺|村: the town's last character, the segmenter's cut
    if not (2 <= len(name) <= 3 or len(name) == 1 and words) or not all(_CJK.match(ch) for ch in name):
        return None
    word = max(lexicon.count(name[-1] + "村") or 0, lexicon.count(name + "村") or 0)
    if word and not (word < _COMMON_VILLAGE_WORD and len(last) >= 2 and _listed(text, cun - len(name), cun)):
        return None  # 乡村, 农村, 新农村: words, not village names (团山村, 白云村 in a list of villages are names)
    return cun - len(name)


#: How common a word ending in 村 must be to be no village's name even in a list (农村, 乡村; not 山村, 白云村).
_COMMON_VILLAGE_WORD = 1000


def _listed(text: str, start: int, cun: int) -> bool:
    """The village written at ``start`` (its 村 at ``cun``) is an item of a list or follows its town (、团山村,
    团山村、, 舒安街道团山村)."""
    return text[start - 1:start] == "、" or text[cun + 1:cun + 2] == "、" or text.endswith(("街道", "镇", "乡"), 0, start)
