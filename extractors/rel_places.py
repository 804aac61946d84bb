"""Place rules: LOCATED_IN and PART_OF read from the text.

- PART_OF when the text writes a unit directly after its gazetteer parent
  (合肥市肥西县, 顺德区北滘镇、容桂街道), when a village is named in the scope
  of its town, and Park -> Park when a park name extends another park's name.
- LOCATED_IN from town scopes (a heading, a paragraph lead or a sentence led
  by a town), a place written directly before a name, a town name prefixing
  a characteristic town, and 位于/落户/在X建设 patterns.

Example:
    >>> from kg.ingest import document_from_text
    >>> from extractors.pipeline import extract
    >>> ex = extract(document_from_text("合肥市肥西县加快发展。", doc_id="t"))
    >>> [(r.source.name, r.target.name) for r in ex.relations if r.rule == "pattern.adjacent_place"]
    [('肥西县', '合肥市')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from extractors.base import relation
from extractors.rel_context import (ADMIN, AMOUNT, BUILT, LOCATABLE, PLACES, RelContext, located_chain_end,
                                    places_listed_after)
from extractors.rel_members import home_places, park_members
from extractors.rel_town_scopes import (HEADING_WORKS_TOWN, SEGMENT_TOWNS, free_towns, host_park, leads_segment, named_after,
                                       out_of_town, town_scopes)
from extractors.rel_visits import visited_places
from extractors.text_marks import unanchored
from schema import Label, Mention, RelationMention, RelType

_LIST_GAP = re.compile(r"^(?:、|和|及|以及|与|，|,)$")
_QUOTE_GAP = ("", "“", '"', "”“")
_LOCATE_GAP = re.compile(
    r"^(?:等[^，。；,;、]{0,8}?(?:项目|企业))?(?:项目)?(?:已|将|正式|顺利|成功|也|还|则|均|目前)*"
    r"(?:位于|落户于?|坐落于|落地于?|入驻|选址于?|建于|布局于?|扎根)(?:在|于)?$")
_LOCATE_GAP_WHOLE = unanchored(_LOCATE_GAP)
#: Where a name is, in brackets right after it: 即墨汽车产业园（位于北安街道）.
_BRACKET_LOCATE = re.compile(r"[（(](?:位于|坐落于|地处|选址于?)$")
_BUILD_AT = re.compile(rf"^(?:启动|开工|规划|计划)?(?:投资{AMOUNT}[，,]?)?"
                       r"(?:建设|扩建|新建|共建|建成|打造|投资建设|投资|布局|设立|落地|开工|竣工|投产|启动|实施)?(?:了|的)?$")
#: An investment's amount alone in its clause after the place (在常福新城投资35亿元，建设Y): the works follow.
_AMOUNT_AT = re.compile(f"投资{AMOUNT}")
_AT_GAP = re.compile(r"^(?:将|已|正|拟|还将|也|已经|计划)?(?:在|于)$")
_TOWN_LIKE_TAIL = ("小镇", "古镇", "新城", "城", "村")


def _rel(ctx: RelContext, rel: RelType, src: Mention | tuple[Label, str], dst: Mention | tuple[Label, str],
         at: int, rule: str, lead: int | None = None) -> RelationMention:
    """The relation with the sentence at ``at`` as evidence, from the sentence at ``lead`` on if given
    (a paragraph's lead that names the other side)."""
    s = (src.label, src.name) if isinstance(src, Mention) else src
    d = (dst.label, dst.name) if isinstance(dst, Mention) else dst
    return relation(rel, s, d, ctx.sentence(at) if lead is None else ctx.sentences_from(lead, at), rule)


def adjacent_parts(ctx: RelContext) -> list[RelationMention]:
    """PART_OF for a unit written right after its parent, and for the list it starts."""
    out: list[RelationMention] = []
    admin = [m for m in ctx.ms if m.label in ADMIN]
    for a, b in zip(admin, admin[1:]):
        if b.start != a.end or ctx.parent_of(b) != (a.label, a.name):
            continue
        out.append(_rel(ctx, RelType.PART_OF, b, a, b.start, "pattern.adjacent_place"))
        prev = b
        for c in ctx.iter_within(b.end, ctx.clause(b.start)[1], {b.label}):
            if not _LIST_GAP.match(ctx.text[prev.end:c.start]) or ctx.parent_of(c) != (a.label, a.name):
                break
            out.append(_rel(ctx, RelType.PART_OF, c, a, c.start, "pattern.adjacent_place_list"))
            prev = c
    return out


def park_prefix_parts(ctx: RelContext) -> list[RelationMention]:
    """Park -> Park when a park's name starts with another park's name (X开发区Y产业园 -> X开发区)."""
    parks = {m.name: m for m in ctx.ms if m.label == Label.PARK}
    out: list[RelationMention] = []
    for name, m in parks.items():
        # the longest other park the name starts with, two or more characters shorter: a prefix of the name
        parent = next((name[:k] for k in range(len(name) - 2, -1, -1) if name[:k] in parks), None)
        if parent:
            out.append(_rel(ctx, RelType.PART_OF, m, (Label.PARK, parent), m.start, "name.park_prefix"))
    return out


def adjacent_parks(ctx: RelContext) -> list[RelationMention]:
    """Park -> Park for a park written right after the zone it is in (北辰经济技术开发区天津医药医疗器械工业园)."""
    parks = [m for m in ctx.ms if m.label == Label.PARK]
    return [_rel(ctx, RelType.PART_OF, b, a, b.start, "pattern.adjacent_park")
            for a, b in zip(parks, parks[1:]) if b.start == a.end and a.name != b.name]


def scoped_places(ctx: RelContext) -> list[RelationMention]:
    """Items in a town's scope are LOCATED_IN it; its villages are PART_OF it."""
    out: list[RelationMention] = []
    scopes = town_scopes(ctx)
    led = sorted((lo, hi, t.name) for t, lo, hi, rule in scopes if rule in ("context.sentence_town", SEGMENT_TOWNS))
    starts = [x[0] for x in led]
    for town, start, end, rule in scopes:
        if rule == SEGMENT_TOWNS:
            continue  # it only keeps the paragraph's town out
        labels = LOCATABLE if rule in ("context.heading_town", HEADING_WORKS_TOWN) else BUILT
        for m in ctx.within(start, end, labels | {Label.VILLAGE}):
            if rule == HEADING_WORKS_TOWN and m.label not in BUILT and not named_after(m, town):
                continue
            i = bisect_right(starts, m.start) - 1
            if rule != "context.sentence_town" and i >= 0 and m.start < led[i][1] and led[i][2] != town.name:
                continue  # a sentence led by another town wins over a paragraph or heading town
            if (own := ctx.last_within(ctx.clause(m.start)[0], m.start, {Label.TOWN})) and own.name != town.name:
                continue  # 王台镇重点发展…，张家楼街道建设藏马山田园综合体二期: the item's clause names its own town
            lead = town.start if rule == "context.paragraph_town" else None
            if m.label == Label.VILLAGE:
                if ctx.parent_of(m) == (Label.TOWN, town.name):
                    out.append(_rel(ctx, RelType.PART_OF, m, town, m.start, rule, lead))
            elif not out_of_town(ctx, m, town) and not (rule == "context.sentence_town" and leads_segment(ctx, start, m)):
                host = host_park(ctx, start, m) if rule == "context.sentence_town" else None
                out.append(_rel(ctx, RelType.LOCATED_IN, m, host or town, m.start,
                                "context.town_park" if host else rule, lead))
    return out


def park_leads(ctx: RelContext) -> list[RelationMention]:
    """A paragraph led by one park (推进奶业小镇建设。) places the projects listed in it there, but those of a sentence
    naming another park."""
    out: list[RelationMention] = []
    for p_start, p_end in ctx.paragraphs():
        lead = ctx.lead(p_start, p_end)
        if not lead or free_towns(ctx, lead[0], lead[1]):
            continue
        parks = ctx.within(lead[0], lead[1], {Label.PARK})
        if len({p.name for p in parks}) == 1:
            for m in ctx.within(lead[1], p_end, {Label.PROJECT}):
                sentence = ctx.sentence(m.start)
                if any(p.name != parks[0].name for p in ctx.within(sentence.start, sentence.end, {Label.PARK})):
                    continue  # …基地落户芜湖低空经济产业园, 依托大连港大窑湾港区和大连保税区: the sentence's own park or zones
                out.append(_rel(ctx, RelType.LOCATED_IN, m, parks[0], m.start, "context.paragraph_park",
                                parks[0].start))
    return out


def village_parts(ctx: RelContext) -> list[RelationMention]:
    """A village and its gazetteer town named in the same sentence."""
    out: list[RelationMention] = []
    for v in (m for m in ctx.ms if m.label == Label.VILLAGE):
        parent = ctx.parent_of(v)
        span = ctx.sentence(v.start)
        if parent and parent[1] in ctx.names_within(span.start, span.end, Label.TOWN):
            out.append(_rel(ctx, RelType.PART_OF, v, parent, v.start, "sentence.village_town"))
    return out


def adjacent_places(ctx: RelContext) -> list[RelationMention]:
    """A town or park written directly before a name locates it (德源镇成都菁芯电子信息产业园)."""
    out: list[RelationMention] = []
    for a, b in zip(ctx.ms, ctx.ms[1:]):
        quoted = a.label == Label.REGION and b.rule == "name.place_quoted"  # 滨海“工业云”: the district's project
        gap = ctx.text[a.end:b.start]  # (a park's 内, inside it: 西太湖科技产业园内烯望新材项目)
        if (a.label in (Label.TOWN, Label.PARK) or quoted) and b.label in LOCATABLE \
                and (gap in _QUOTE_GAP or gap == "内" and a.label == Label.PARK):
            if a.label != b.label or b.label == Label.PROJECT:
                out.append(_rel(ctx, RelType.LOCATED_IN, b, a, b.start, "pattern.adjacent_place"))
                if a.label == Label.PARK and b.label == Label.PROJECT:
                    out += _prefixed_list(ctx, a, b)
        elif a.label == Label.VILLAGE and b.label in BUILT and ctx.text[a.end:b.start] in _QUOTE_GAP:
            town = _village_town(ctx, a)
            if town is not None:
                out.append(_rel(ctx, RelType.LOCATED_IN, b, town, b.start, "pattern.adjacent_village"))
    return out


def inner_towns(ctx: RelContext) -> list[RelationMention]:
    """A town written in full inside a works or park name locates it (国家电投西堤头镇风力发电 -> 西堤头镇)."""
    out: list[RelationMention] = []
    for m in ctx.ms:
        if m.label in (Label.PROJECT, Label.PARK):
            out += [_rel(ctx, RelType.LOCATED_IN, m, town, town.start, "name.inner_town")
                    for town in ctx.within(m.start + 1, m.end, {Label.TOWN}) if town.end < m.end]
    return out


def _village_town(ctx: RelContext, village: Mention) -> Mention | tuple[Label, str] | None:
    """The town of a village written before a name (双口镇小五堡田园综合体, 梅东村海铁联运堆场): the town written
    right before the village, else its gazetteer town; a village is no LOCATED_IN target of its own."""
    before = ctx.ending_at(village.start)
    if before is not None and before.label == Label.TOWN:
        return before
    parent = ctx.parent_of(village)
    return parent if parent is not None and parent[0] == Label.TOWN else None


def _prefixed_list(ctx: RelContext, place: Mention, first: Mention) -> list[RelationMention]:
    """高端装备产业园永信道、通跃路、通盛路: a park prefix applies to the projects listed after it."""
    out: list[RelationMention] = []
    prev = first
    nxt = ctx.next_after(prev.end)
    while nxt is not None and nxt.label == Label.PROJECT and _LIST_GAP.match(ctx.text[prev.end:nxt.start]):
        after = ctx.next_after(nxt.end)
        if ctx.ending_at(nxt.start) is not None or (after is not None and after.start == nxt.end):
            break
        out.append(_rel(ctx, RelType.LOCATED_IN, nxt, place, nxt.start, "pattern.adjacent_place_list"))
        prev, nxt = nxt, after
    return out


def name_prefix_places(ctx: RelContext) -> list[RelationMention]:
    """A town-like development named after its town (双街实力小镇 -> 双街镇, 三河古镇 -> 三河镇)."""
    forms: dict[str, str] = ctx.doc.user_data.get("kg_town_forms", {})
    out: list[RelationMention] = []
    for m in ctx.ms:
        if m.label not in BUILT or not m.name.endswith(_TOWN_LIKE_TAIL):
            continue
        for length in range(min(len(m.name) - 2, 6), 1, -1):
            town = forms.get(m.name[:length])
            if town and not m.name[length:].startswith(("镇", "街道", "乡")):
                out.append(_rel(ctx, RelType.LOCATED_IN, m, (Label.TOWN, town), m.start, "name.place_prefix"))
                break
    return out


def verb_places(ctx: RelContext) -> list[RelationMention]:
    """X位于/落户/坐落于 P; X在P建设/竣工 Y (both X and Y in P)."""
    out: list[RelationMention] = []
    for m in ctx.ms:
        if m.label == Label.VILLAGE:
            out += _built_in_village(ctx, m)
        if m.label not in PLACES:
            continue
        prev = ctx.ending_at(m.start)
        if prev is not None and prev.label in ADMIN | {Label.PARK}:
            continue
        place = located_chain_end(ctx, m)  # 在张浦镇南港社区开工: in the town before the community
        if place is None:
            continue
        lo = ctx.clause(m.start)[0]
        subj, gap_from = _subject_before(ctx, lo, m.start)
        bracket = _BRACKET_LOCATE.search(ctx.text, max(0, m.start - 6), m.start)
        if bracket and (named := ctx.ending_at(bracket.start())) is not None and named.label in LOCATABLE:
            out.append(_rel(ctx, RelType.LOCATED_IN, named, place, m.start, "pattern.locate_bracket"))
        elif subj and _LOCATE_GAP_WHOLE.fullmatch(ctx.text, gap_from, m.start):
            for item in _listed_before(ctx, subj, lo) if ctx.text.startswith("等", gap_from) else (subj,):
                out += [_rel(ctx, RelType.LOCATED_IN, item, where, m.start, "pattern.locate_verb")
                        for where in [place, *places_listed_after(ctx, place)]]
        elif ctx.text.endswith(_LOCATED_AT, lo, m.start) and (obj := _located_of(ctx, place)) is not None:
            out.append(_rel(ctx, RelType.LOCATED_IN, obj, place, m.start, "pattern.located_of"))
        elif ctx.text.endswith(("在", "于"), lo, m.start):
            out += _built_at(ctx, m, place, subj, m.start)
    return out


#: 位于P…的Y with an address between (位于安宁区万新北路的X): X is in P (with none between, :func:`_built_at` reads it).
_LOCATED_AT = ("位于", "坐落于", "地处")
_OF_AFTER = re.compile(r"[\u4e00-\u9fff\d]{1,12}?的")


def _located_of(ctx: RelContext, place: Mention) -> Mention | None:
    """The item right after 位于P…的 (走进位于安宁区万新北路的X: X), if any."""
    hit = _OF_AFTER.match(ctx.text, place.end)
    obj = ctx.first_within(hit.end(), ctx.clause(hit.end())[1], LOCATABLE) if hit is not None else None
    return obj if obj is not None and obj.start == hit.end() else None


def _listed_before(ctx: RelContext, last: Mention, lo: int) -> list[Mention]:
    """The items of the list ending with ``last`` (A、B和C等12个项目落户P), from the clause start ``lo`` on."""
    items = [last]
    while (prev := ctx.last_within(lo, items[-1].start, LOCATABLE)) is not None \
            and _LIST_GAP.match(ctx.text[prev.end:items[-1].start]):
        items.append(prev)
    return items


def _subject_before(ctx: RelContext, lo: int, pos: int) -> tuple[Mention | None, int]:
    """The clause's last locatable item before ``pos``, or what 该项目/该园区 refers back to; and where its gap starts."""
    last = ctx.last_within(lo, pos, LOCATABLE, refs=True)
    if last is not None:
        return last, last.end
    ref_end = back_reference_end(ctx, lo, pos)
    if ref_end is not None:
        return ctx.last_within(max(0, lo - 200), lo, BUILT), ref_end
    return None, pos


def back_reference_end(ctx: RelContext, lo: int, pos: int) -> int | None:
    """Where the first 该项目/该园区/该基地/该企业/该公司 of ``text[lo:pos]`` (or 项目 opening it) ends, as
    ``re.search(r"该(?:项目|园区|基地|企业|公司)|^项目", text[lo:pos])`` finds it; None if none does.

    The 该 forms are found once per document (they cannot overlap): the first one from ``lo`` on."""
    hits = ctx.back_references
    i = bisect_left(hits, lo)
    first = hits[i] if i < len(hits) and hits[i] + 3 <= pos else None
    if first != lo and ctx.text.startswith("项目", lo, pos):
        return lo + 2
    return None if first is None else first + 3


def _built_in_village(ctx: RelContext, village: Mention) -> list[RelationMention]:
    """在P村建设Y: Y is in the village's town (a village is no LOCATED_IN target of its own)."""
    lo, hi = ctx.clause(village.start)[0], ctx.clause(village.end)[1]
    if not ctx.text.endswith(("在", "于"), lo, village.start):
        return []
    obj = next(iter(ctx.within(village.end, hi, BUILT)), None)
    town = _village_town(ctx, village) if obj and _BUILD_AT.match(ctx.text[village.end:obj.start]) else None
    return [] if town is None else [_rel(ctx, RelType.LOCATED_IN, obj, town, village.start, "pattern.build_at_village")]


#: A government body's name: it acts where it builds, it is not located there (区住房和建设局已在P规划建设Y).
_PUBLIC_BODY = re.compile(r"(?:局|委|委员会|办公室|政府|管委会|党委|党工委|办|厅|部|办事处)$")


#: What a firm does in a place it need not be in (鲁泰汽车已在莱阳采购…, 在上海举办推介会, 在深圳考察).
_VISITS = re.compile(r"(?:开展|举办|举行|召开|参加|参观|考察|调研|采购|推介|招商|学习|洽谈|对接|走访)")


#: Verbs of setting up a unit in a place (设立分中心, 开设分公司): the unit is there, the body setting it up need not be.
_SETS_UP = ("设立", "开设", "成立")


def _built_at(ctx: RelContext, first: Mention, place: Mention, subj: Mention | None, at: int) -> list[RelationMention]:
    """X在P(投资N亿元，)建设Y: Y is in P, and so is X (ANNOTATION.md rule 27 reads a firm building in P as there)."""
    out: list[RelationMention] = []
    hi = ctx.clause(place.end)[1]
    obj = next(iter(ctx.within(place.end, hi, LOCATABLE)), None)
    if obj is None and hi < len(ctx.text) and _AMOUNT_AT.fullmatch(ctx.text, place.end, hi):
        obj = next(iter(ctx.within(hi + 1, ctx.clause(hi + 1)[1], LOCATABLE)), None)  # 在P投资35亿元，建设Y
    if obj and _BUILD_AT.match(ctx.text[place.end:obj.start]) and obj.label != place.label:
        out.append(_rel(ctx, RelType.LOCATED_IN, obj, place, at, "pattern.build_at"))
    if subj and subj.label != place.label and not _PUBLIC_BODY.search(subj.name) \
            and _AT_GAP.match(ctx.text[subj.end:first.start]) and not _VISITS.match(ctx.text, place.end) \
            and not ctx.text.startswith(_SETS_UP, place.end):  # A在P设立分中心: the branch is in P, A need not be
        out.append(_rel(ctx, RelType.LOCATED_IN, subj, place, at, "pattern.build_at"))
    return out


def place_relations(ctx: RelContext) -> list[RelationMention]:
    """Every place rule, in order (the caller drops what a sentence's stated place contradicts:
    :func:`extractors.rel_place_refs.stated_over_context`)."""
    found: list[RelationMention] = []
    for rule in (adjacent_parts, park_prefix_parts, adjacent_parks, scoped_places, park_leads, village_parts, adjacent_places,
                 inner_towns, name_prefix_places, verb_places, park_members, home_places, visited_places):
        found += rule(ctx)
    return found
