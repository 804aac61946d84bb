"""Town scopes of the place rules: the stretch of text a town heading, a paragraph lead or a
sentence led by a town covers (split from :mod:`extractors.rel_places`).

Items in a scope are LOCATED_IN its town (:func:`extractors.rel_places.scoped_places`) unless
:func:`out_of_town` says they are elsewhere.
"""

from __future__ import annotations

import re

from extractors.rel_context import ADMIN, BUILT, RelContext, ancestors, region_prefixes
from extractors.town_places import town_short_forms
from schema import Label, Mention

#: The scope of a heading naming works in a town: the companies and bodies under it are the works' parties (its
#: builder, its consultant), in the town only when named after it (天津双口城乡发展有限公司 under 双口镇…项目).
HEADING_WORKS_TOWN = "context.heading_works_town"
_TOWN_SUBJECT = re.compile(r"^(?:在[^，,。；;]{1,8}[，,])?(?:在|以|推动|支持|围绕)?$")
_TOWN_SPEAKER = re.compile(r"^(?:党委|党工委|镇长|副镇长|街道办|主任|书记|乡长|负责人)")
_INLINE_ITEM = re.compile(r"[一二三四五六七八九十]是")  # 一是推动梅花镇…: an inline item, not a town heading
#: A mark ending a heading's first clause: a town after it is a task's object (2.做强食品加工产业链，…推进薛店镇…), no heading's.
_CLAUSE_MARK = re.compile(r"[，,；;]")


def town_scopes(ctx: RelContext) -> list[tuple[Mention, int, int, str]]:
    """(town, start, end, rule) for headings, paragraph leads and sentences led by one town."""
    scopes: list[tuple[Mention, int, int, str]] = []
    for (h_start, h_end), (b_start, b_end) in ctx.heading_scopes():
        towns = ctx.within(h_start, h_end, {Label.TOWN}) or _model_towns(ctx, h_start, h_end)
        if len({t.name for t in towns}) == 1 and not _INLINE_ITEM.match(ctx.text, h_start) \
                and not _CLAUSE_MARK.search(ctx.text, h_start, towns[0].start):
            rule = HEADING_WORKS_TOWN if _in_named(ctx, towns[0], h_start, h_end) else "context.heading_town"
            scopes.append((towns[0], h_start, b_end, rule))
    for p_start, p_end in ctx.paragraphs():
        lead = ctx.lead(p_start, p_end)
        if lead:
            towns = free_towns(ctx, lead[0], lead[1])
            if len({t.name for t in towns}) == 1 and not _CLAUSE_MARK.search(ctx.text, lead[0], towns[0].start):
                scopes.append((towns[0], towns[0].start, p_end, "context.paragraph_town"))
    for span in ctx.document.sentences:
        scopes += _segment_towns(ctx, span.start, span.end)
    return scopes


def _in_named(ctx: RelContext, town: Mention, start: int, end: int) -> bool:
    """The heading's town is part of the name of the works or park it heads or written right before it (四、中北污水处理厂
    三期扩建工程, (一)项目名称:长乐区航城街道琴江片区…项目): the heading is that item's, not a town's section
    (:data:`HEADING_WORKS_TOWN`)."""
    return any(m.start <= town.start and town.end <= m.end or m.start == town.end for m in ctx.within(start, end, BUILT))


_MODEL_TOWN = re.compile(r"(?P<short>[\u4e00-\u9fff]{2,4}?)示范(?:小城)?镇")


def _model_towns(ctx: RelContext, start: int, end: int) -> list[Mention]:
    """A heading naming a town by its 示范镇 form (木渎示范镇建设工程) where the text names the town in full
    elsewhere but the gazetteer took no short forms (ONTOLOGY: 示范镇 is the town)."""
    hits = list(_MODEL_TOWN.finditer(ctx.text, start, end))
    if not hits:
        return []  # most headings: no need to index the towns
    full = ctx.towns_by_name
    out: list[Mention] = []
    for hit in hits:
        short = hit.group("short")
        for suffix in ("镇", "乡", "街道"):
            for cut in range(len(short) - 1):  # the short form may follow a word (推进木渎示范镇)
                town = full.get(short[cut:] + suffix)
                if town is not None:
                    out.append(town.model_copy(update={"start": hit.start("short") + cut, "end": hit.end(),
                                                       "text": hit.group(0)[cut:], "rule": "ref.model_town"}))
                    return out
    return out


_SEGMENT_END = re.compile(r"[；;]|(?<![\dA-Za-z])\.(?!\d)")


def _leading_town(ctx: RelContext, start: int, end: int) -> Mention | None:
    """The town a text segment starts with (after 在/以…; 上海市嘉定区安亭镇 -> 安亭镇), unless a speaker's title."""
    first = ctx.next_after(start)
    if first is None or first.start >= end or not _TOWN_SUBJECT.match(ctx.text[start:first.start].strip()):
        return None
    chain = first
    while chain.label in ADMIN:
        nxt = ctx.next_after(chain.end)
        if nxt is None or nxt.start != chain.end or nxt.label not in ADMIN:
            break
        chain = nxt
    if chain.label != Label.TOWN or _TOWN_SPEAKER.match(ctx.text[chain.end:end]) or _stretch_end(ctx.text, chain) \
            or any(m.start == chain.start and m.end > chain.end for m in ctx.within(chain.start, end, BUILT)):
        return None  # (金桥|经济技术开发区及金桥镇项目4个: a park opening with the town's name leads)
    nxt = ctx.next_after(chain.end + 1) if ctx.text[chain.end:chain.end + 1] in ("、", "和") else None
    if nxt is not None and nxt.start == chain.end + 1 and nxt.label == Label.TOWN:
        return None  # 宝龙街道、坪地街道要全力做好…: several towns lead, the items are in no one of them
    return chain


#: A segment led by more than one town: it places nothing itself, and no paragraph or heading town places its items.
SEGMENT_TOWNS = "context.sentence_towns"


def _segment_towns(ctx: RelContext, start: int, end: int) -> list[tuple[Mention, int, int, str]]:
    """Sentence scopes: a town leading the sentence or a ；-segment covers it up to the next segment led by a town."""
    first = ctx.next_after(start)
    if first is None or first.start >= end:
        return []  # no mention starts in the sentence, so none leads a segment of it
    cuts = [start] + [m.end() for m in _SEGMENT_END.finditer(ctx.text, start, end)] + [end]
    scopes: list[tuple[Mention, int, int, str]] = []
    for lo, hi in zip(cuts, cuts[1:]):
        town = _leading_town(ctx, lo, hi) if hi > lo else None
        if town is not None:
            scopes.append((town, lo, hi, "context.sentence_town"))
        elif hi > lo and _led_by_place(ctx, lo, hi) and (first := ctx.next_after(lo)).label == Label.TOWN:
            scopes.append((first, lo, hi, SEGMENT_TOWNS))  # 辛安渡街道、东山街道重点发展…: several towns lead it
        elif scopes and lo > start and scopes[-1][2] == lo and not _led_by_place(ctx, lo, hi):
            last = scopes[-1]
            scopes[-1] = (last[0], last[1], hi, last[3])
    return scopes


def _led_by_place(ctx: RelContext, start: int, end: int) -> bool:
    """A segment that starts with another place (西温庄乡北王名村一带…) ends the scope before it."""
    first = ctx.next_after(start)
    return (first is not None and first.start < end and first.label in ADMIN
            and _TOWN_SUBJECT.match(ctx.text[start:first.start].strip()) is not None)


def free_towns(ctx: RelContext, start: int, end: int) -> list[Mention]:
    """Towns in ``[start, end)`` that are not the prefix of a park or project name (推进宜兴埠未来城建设) nor written
    right before one (官渡镇|冷链物流产业园、…等18个项目新开工: that item's town), nor an end of a stretch of road
    (义桥至临浦段完成路基工程: the works run between two towns, in neither)."""
    placed = ctx.within(start, end, BUILT)
    return [t for t in ctx.within(start, end, {Label.TOWN})
            if not any(p.start <= t.start and t.end <= p.end and p.end - p.start > t.end - t.start or p.start == t.end
                       or p.start == t.end + 1 and ctx.text[t.end] == "的" for p in placed)
            and not _stretch_end(ctx.text, t)]  # (来到位于同安街道的|锐驰新能源二期项目现场: that item's town)


def _stretch_end(text: str, town: Mention) -> bool:
    """The town is one end of a stretch: X至Y, 从X到Y (as written: 义桥至临浦段, 临浦至义桥)."""
    return text.startswith(("至", "到"), town.end) or text.endswith("至", 0, town.start) \
        or text.endswith("到", 0, town.start) and "从" in text[max(0, town.start - 12):town.start]


def out_of_town(ctx: RelContext, m: Mention, town: Mention) -> bool:
    """An item in a town's scope that is not in the town: named after another town or after another region, written
    right after another town, a district's body, or a company building there (ANNOTATION 27)."""
    return _other_town_prefix(ctx, m, town) or _other_town_before(ctx, m, town) or _public_body(m) \
        or _builder(ctx, m) or _named_elsewhere(ctx, m, town) or _beside(ctx, m) or _party_field(ctx, m, town)


#: Words of what lies next to a place, not in it (中北工业园地块紧邻地铁7号线, 接入220千伏天穆站).
_NEAR = re.compile(r"(?:紧邻|毗邻|靠近|临近|邻近|距离|距|接入|连接|途经)$")
#: The fields of a notice naming a project's parties (建设单位：…, 环评机构：…): where the project is, they need not be.
_PARTY_FIELD = re.compile(r"(?:建设单位|环评机构|评价机构|环评单位|编制单位|设计单位|施工单位|监理单位|代建单位|咨询单位)[:：]")


def named_after(m: Mention, town: Mention) -> bool:
    """``m``'s name holds the town's name or its short form (天津双口城乡发展有限公司 of 双口镇)."""
    short = town_short_forms(town.name)[:1]
    return town.name in m.name or bool(short) and short[0] in m.name


def _beside(ctx: RelContext, m: Mention) -> bool:
    """A work written as what a place lies next to or connects to (紧邻地铁7号线)."""
    return _NEAR.search(ctx.text, max(0, m.start - 4), m.start) is not None


def _party_field(ctx: RelContext, m: Mention, town: Mention) -> bool:
    """A company or body named in a party's field of a project notice (环评机构：天津众环联创环境科技有限公司), unless
    the town names it (建设单位：苏州渭塘城乡发展集团有限公司 under 渭塘镇)."""
    if m.label not in (Label.ENTERPRISE, Label.ORGANIZATION) or named_after(m, town):
        return False
    line_start = ctx.text.rfind("\n", 0, m.start) + 1
    return _PARTY_FIELD.match(ctx.text[line_start:m.start].lstrip(" \t\u3000")) is not None


#: Name endings of government bodies: a body of the district acting in a town's section is not located there.
_BODY_TAILS = ("局", "委员会", "人民政府", "政府", "办公室", "管委会", "党委", "党工委", "办公厅", "法院", "检察院")


def _public_body(m: Mention) -> bool:
    """A government body (郫都区农业农村局 under (一)唐昌示范镇) works for the whole district, not in the town."""
    return m.label == Label.ORGANIZATION and m.name.endswith(_BODY_TAILS)


#: What a builder does after 由 (由A与B合作实施, 由X负责投资建设).
_BUILDS = re.compile(r"投资|建设|实施|承建|开发|运营|负责")


def _builder(ctx: RelContext, m: Mention) -> bool:
    """A company named as the builder (由济南城市建设集团有限公司与…合作实施): where it builds is not where it is."""
    if m.label != Label.ENTERPRISE:
        return False
    lo, hi = ctx.clause(m.start)
    return "由" in ctx.text[lo:m.start] and _BUILDS.search(ctx.text, m.end, hi) is not None


def _other_town_prefix(ctx: RelContext, m: Mention, town: Mention) -> bool:
    forms = ctx.doc.user_data.get("kg_town_forms", {})
    return any(m.name.startswith(f) and t != town.name for f, t in forms.items() if len(f) >= 2)


def _named_elsewhere(ctx: RelContext, m: Mention, town: Mention) -> bool:
    """A name starting with another city, province or county than the town's (苏州生物医药产业园 in a
    paragraph about 永安镇 of 成都市) names a thing there, not in the town."""
    prefixes = region_prefixes()
    form = next((m.name[:k] for k in range(min(len(m.name) - 2, 8), 1, -1) if m.name[:k] in prefixes), None)
    if form is None:
        return False
    own = ancestors(ctx.parents, town)
    return bool(own) and not own.intersection(prefixes[form])


def _other_town_before(ctx: RelContext, m: Mention, town: Mention) -> bool:
    """Another town written right before the item (…，黄庄街道北辰道片区… in a sentence led by 大王古庄镇) is its place."""
    return any(t.end == m.start and t.name != town.name for t in ctx.within(m.start - 8, m.start, {Label.TOWN}))


def leads_segment(ctx: RelContext, start: int, m: Mention) -> bool:
    """A park opening a later ；-segment of a town's sentence (…；无锡(惠山)生命科技产业园与…签约…): another actor, in no
    town of the segments before (the projects it signs are still its own)."""
    if m.label != Label.PARK:
        return False
    cut = max(ctx.text.rfind("；", start, m.start), ctx.text.rfind(";", start, m.start))
    return cut >= 0 and not ctx.text[cut + 1:m.start].strip()


_HOST_BEFORE = ("以", "在", "")


def host_park(ctx: RelContext, start: int, m: Mention) -> Mention | None:
    """In a town's sentence, a park leading a clause or after 依托 hosts the projects that follow it."""
    if m.label != Label.PROJECT:
        return None
    lo = max(start, ctx.sentence(m.start).start)
    parks = [p for p in ctx.within(lo, m.start, {Label.PARK})
             if ctx.text[ctx.clause(p.start)[0]:p.start].strip() in _HOST_BEFORE
             or ctx.text[p.start - 2:p.start] == "依托"]
    return parks[-1] if parks else None
