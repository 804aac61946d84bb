"""More LOCATED_IN rules: distributive lists, verbs without a written subject, park back-references.

- A、B和C等项目分别落户P、Q和R: the i-th item is in the i-th place;
- X项目在…签约，(项目)落户P: a clause that starts with 落户/位于 locates the
  sentence's last project or park written before it;
- 园内X投资的Y / Y落户园区… : a bare 园区/园内 stands for the last park named
  before, and every item of the clause is in it;
- X是P内…企业: X is in the park P.

Example:
    >>> from kg.ingest import document_from_text
    >>> from extractors.pipeline import extract
    >>> text = "湖北宏远电机有限公司电机二期、湖北宏远电缆有限公司电缆三期分别落户红安经济开发区和麻城经济开发区。"
    >>> ex = extract(document_from_text(text, doc_id="t"))
    >>> sorted((r.source.name, r.target.name) for r in ex.relations if r.rule == "pattern.respectively")
    [('湖北宏远电机有限公司电机二期', '红安经济开发区'), ('湖北宏远电缆有限公司电缆三期', '麻城经济开发区')]
"""

from __future__ import annotations

import re
from bisect import bisect_left

from extractors.base import relation
from extractors.rel_context import BUILT, LOCATABLE, PLACES, RelContext, located_chain_end, places_listed_after
from extractors.text_marks import unanchored
from schema import EntityRef, Label, Mention, RelationMention, RelType

_RESPECTIVELY = re.compile(r"分别(?:落户|位于|落地|布局|建在|坐落于?)(?:于|在|到)?")
_SEP = re.compile(r"^(?:、|和|及|以及|与)$")
#: (…项目，总投资45亿元，建设地点P: a list's or table's item written as a sentence, its place by the field's label)
_BARE_LOCATE = re.compile(r"^(?:项目)?(?:已|将|正式|顺利|成功|最终)*(?:落户|位于|落地|选址|(?:建设|项目|实施)地[点址][:：]?)"
                          r"(?:于|在)?$")
_PARK_AT = re.compile(r"(?:落户|位于|落地|入驻)(?:于|在)?(?:园区|园内)")
_PARK_LEAD = re.compile(r"园内|园区内")
#: A region building up a park (not 依托: a region may lean on another's park).
_BUILDS_UP = re.compile(r"^(?:要|将|还将|重点|加快|全力|大力|高标准)?(?:做强|做优|做大|做实|建设|打造|提升|壮大|规划建设)$")
_REGION_OPENINGS = ("", "支持", "推动", "鼓励", "推进")
#: A text naming this many districts and counties goes through a city district by district: none is its subject.
_CITY_WIDE = 3


def _rel(ctx: RelContext, src: Mention, dst: Mention, at: int, rule: str) -> RelationMention:
    return relation(RelType.LOCATED_IN, (src.label, src.name), (dst.label, dst.name), ctx.sentence(at), rule)


def _list_from(ctx: RelContext, first: Mention | None, hi: int, labels: set[Label]) -> list[Mention]:
    """``first`` and the mentions of ``labels`` that follow it joined by 、/和/及."""
    if first is None or first.label not in labels:
        return []
    items, prev = [first], first
    for m in ctx.within(first.end, hi, labels):
        if not _SEP.match(ctx.text[prev.end:m.start]):
            break
        items.append(m)
        prev = m
    return items


def respectively(ctx: RelContext) -> list[RelationMention]:
    """A、B和C…分别落户P、Q和R: pair the items with the places in order."""
    out: list[RelationMention] = []
    for hit in _RESPECTIVELY.finditer(ctx.text):
        span = ctx.sentence(hit.start())
        items = _outer_items(ctx.within(span.start, hit.start(), LOCATABLE))
        places = _list_from(ctx, ctx.next_after(hit.end()), span.end, PLACES)
        if len(places) >= 2 and places[0].start == hit.end() and len(items) == len(places):
            for item, place in zip(items, places):
                if item.label != place.label or item.label == Label.PROJECT:
                    out.append(_rel(ctx, item, place, item.start, "pattern.respectively"))
    return out


def _outer_items(ms: list[Mention]) -> list[Mention]:
    """List items: a mention inside another or prefixing the next one (its company) is left out."""
    out: list[Mention] = []
    ms = list({(m.start, m.end): m for m in ms}.values())
    for i, m in enumerate(ms):
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        inside = any(o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                     for o in ms[max(0, i - 2):i + 3])
        if not inside and not (nxt is not None and nxt.start == m.end and nxt.label == Label.PROJECT):
            out.append(m)
    return out


def subjectless_locate(ctx: RelContext) -> list[RelationMention]:
    """…X项目在A签约，落户P: a clause of nothing but the verb and P locates the sentence's last project."""
    out: list[RelationMention] = []
    for m in ctx.ms:
        if m.label not in PLACES:
            continue
        lo = ctx.clause(m.start)[0]
        span = ctx.sentence(m.start)
        if lo <= span.start or not _BARE_LOCATE.match(ctx.text[lo:m.start].strip()):
            continue
        before = ctx.within(span.start, lo, BUILT)
        place = located_chain_end(ctx, m)  # 选址江宁区秣陵街道: the town; 位于永安镇凤凰村: the town too
        if place is not None and ctx.text.startswith("的", place.end):
            continue  # …；位于田横镇的田横岛海洋牧场综合体: the place of the works named after it
        if before and place is not None and before[-1].label != place.label:
            out += [_rel(ctx, before[-1], where, m.start, "pattern.locate_verb_back")
                    for where in [place, *places_listed_after(ctx, place)]]  # 位于…大集街道、奓山街道境内
    return out


def park_word_places(ctx: RelContext) -> list[RelationMention]:
    """园内X投资的Y; Y落户园区…; X是P内…: items placed in a park named before or right there."""
    out: list[RelationMention] = []
    for lo, hi in _clauses_with_park_words(ctx):
        lead = _PARK_LEAD.match(ctx.text, lo, hi)
        at = None if lead else _PARK_AT.search(ctx.text, lo, hi)
        if lead is None and at is None:
            continue
        park = _antecedent_park(ctx, lo)
        items = ctx.within(lo, hi if lead else at.start(), LOCATABLE - {Label.PARK})
        for item in (items if lead else items[-1:]) if park is not None else ():
            out.append(_rel(ctx, item, park, item.start, "context.park_word"))
    for m in ctx.ms:
        if m.label == Label.PARK and ctx.text[m.end:m.end + 1] == "内" and ctx.text[m.start - 1:m.start] == "是":
            subj = ctx.within(ctx.clause(m.start)[0], m.start, LOCATABLE - {Label.PARK}, refs=True)
            if subj and subj[-1].end == m.start - 1:
                out.append(_rel(ctx, subj[-1], m, m.start, "pattern.is_inside"))
    return out


def _antecedent_park(ctx: RelContext, lo: int) -> Mention | None:
    """What a bare 园区/园内 refers to: the park leading the sentence, else the last 园/园区 named before."""
    span = ctx.sentence(lo)
    first = ctx.next_after(span.start)
    if first is not None and first.label == Label.PARK and first.start < lo and not ctx.text[span.start:first.start].strip():
        return first
    parks = ctx.within(max(0, lo - 400), lo, {Label.PARK})
    fitting = [p for p in parks if p.name.endswith(("园", "园区"))] or parks
    return fitting[-1] if fitting else None


def _clauses_with_park_words(ctx: RelContext) -> list[tuple[int, int]]:
    """The clauses where 园区/园内 occurs (found once over the text, not per mention)."""
    seen: list[tuple[int, int]] = []
    for hit in re.finditer(r"园区|园内", ctx.text):
        clause = ctx.clause(hit.start())
        if not seen or seen[-1] != clause:
            seen.append(clause)
    return seen


_ALSO_AT = re.compile(r"^(?:此前|目前|现已|已经|已|还|也|并|同时)*在$")
_OPERATES = re.compile(r"^(?:运营|建有|设有|拥有|布局|设立|经营)")
_THIS_FIRM_AT = re.compile(r"(?:这家|该)(?:企业|公司)(?:已|还|也|此前)*在$")
_ALSO_AT_WHOLE = unanchored(_ALSO_AT)
_FIRM_AT_FILLER = frozenset("已还也此前")


def this_firm_at(text: str, lo: int, pos: int) -> bool:
    """Whether ``text[lo:pos]`` ends with 这家企业/该公司(已…)在 (``_THIS_FIRM_AT``), read from its end: the
    filler words (已, 还, 也, 此前) are passed back over, and the pattern searched in the 4 characters before
    them and the rest (企业/公司 ends no filler, so a match starts there, or nowhere)."""
    if not text.endswith("在", lo, pos):
        return False
    start = pos - 1
    while start > lo and text[start - 1] in _FIRM_AT_FILLER:
        start -= 1
    return _THIS_FIRM_AT.search(text, max(lo, start - 4), pos) is not None


def company_operates_at(ctx: RelContext) -> list[RelationMention]:
    """A公司…，此前已在P运营…; 这家企业在P…: the company is in P."""
    out: list[RelationMention] = []
    for m in ctx.ms:
        if m.label not in (Label.PARK, Label.TOWN):
            continue
        lo = ctx.clause(m.start)[0]
        span = ctx.sentence(m.start)
        firm = None
        if _ALSO_AT_WHOLE.fullmatch(ctx.text, lo, m.start) and _OPERATES.match(ctx.text[m.end:m.end + 4]) \
                and lo > span.start:
            head = ctx.next_after(span.start, refs=True)
            firm = head if head is not None and head.start == span.start and head.label == Label.ENTERPRISE else None
        elif this_firm_at(ctx.text, lo, m.start):
            firm = ctx.last_within(max(0, lo - 300), lo, {Label.ENTERPRISE}, refs=True)
        if firm is not None:
            out.append(_rel(ctx, firm, m, m.start, "pattern.company_at"))
    return out


_PART_PAIRS = {(Label.TOWN, Label.REGION), (Label.VILLAGE, Label.TOWN), (Label.REGION, Label.REGION),
               (Label.PARK, Label.PARK)}
_LIES_IN = re.compile(r"^(?:地处|位于|坐落于|坐落在)$")
_PART_TAIL = re.compile(r"^的(?:重要|核心)?(?:组成部分|一部分|核心区)")


def stated_parts(ctx: RelContext) -> list[RelationMention]:
    """大兴镇位于璧山区西部; A园是B开发区的重要组成部分: PART_OF as the sentence states it."""
    out: list[RelationMention] = []
    for a, b in zip(ctx.ms, ctx.ms[1:]):
        if (a.label, b.label) not in _PART_PAIRS or b.start < a.end:
            continue
        gap = ctx.text[a.end:b.start]
        lies_in = a.label != Label.PARK and _LIES_IN.match(gap) and ctx.ending_at(a.start) is None
        part = a.label == Label.PARK and gap == "是" and _PART_TAIL.match(ctx.text[b.end:b.end + 8])
        if (lies_in or part) and a.name != b.name:
            out.append(relation(RelType.PART_OF, (a.label, a.name), (b.label, b.name), ctx.sentence(a.start),
                                "pattern.stated_part"))
    return out


#: A park governing the parks listed next (西青经济技术开发区…，下辖赛达工业园、中北汽车产业园和…).
_GOVERNS = re.compile(r"下辖|管辖")


def governed_parks(ctx: RelContext) -> list[RelationMention]:
    """P是…，下辖A、B和C: the parks listed right after 下辖 are PART_OF the park opening the sentence."""
    out: list[RelationMention] = []
    for hit in _GOVERNS.finditer(ctx.text):
        span = ctx.sentence(hit.start())
        opening = ctx.next_after(span.start)
        if opening is None or opening.label != Label.PARK or opening.start >= hit.start() \
                or ctx.text[span.start:opening.start].strip():
            continue
        item, gap = _next_park(ctx, hit.end()), ""
        while item is not None and (item.start == hit.end() or _SEP.match(gap)):
            if item.name != opening.name:
                out.append(relation(RelType.PART_OF, (item.label, item.name), (opening.label, opening.name), span,
                                    "pattern.governed_park"))
            after = _next_park(ctx, item.end)
            item, gap = after, ctx.text[item.end:after.start] if after else ""
    return out


def _next_park(ctx: RelContext, pos: int) -> Mention | None:
    """The first park mention starting at or after ``pos`` (a town's short form may start with it: 中北|汽车产业园)."""
    return next((m for m in ctx.ms[bisect_left(ctx.starts, pos):] if m.label == Label.PARK), None)


def region_builds_park(ctx: RelContext) -> list[RelationMention]:
    """湾沚区做强安徽新芜经济开发区, 支持南陵县建设安徽南陵工业园区: a clause opened by a region that builds up the
    park named next (a city's report, district by district) puts the park in that region; not the district or city
    the text is about (北辰区加快建设北辰科技园: its implicit subject, ANNOTATION.md rule 27)."""
    own = {ctx.doc.user_data.get("kg_focus_city", "")}
    if len({m.name for m in ctx.ms if m.label == Label.REGION and m.name.endswith(("区", "县"))}) < _CITY_WIDE:
        own.update(ctx.doc.user_data.get("kg_focus_counties", [])[:1])  # a district's text, not a city's report
    out: list[RelationMention] = []
    for a, b in zip(ctx.ms, ctx.ms[1:]):
        if a.label != Label.REGION or b.label != Label.PARK or b.start < a.end or a.name in own \
                or not _BUILDS_UP.match(ctx.text[a.end:b.start]):
            continue  # the text's own district or city is its implicit subject, no location (rule 27)
        if ctx.text[ctx.clause(a.start)[0]:a.start] in _REGION_OPENINGS:
            out.append(_rel(ctx, b, a, a.start, "pattern.region_builds"))
    return out


def place_ref_relations(ctx: RelContext) -> list[RelationMention]:
    """Every rule of this module, in order."""
    return (respectively(ctx) + subjectless_locate(ctx) + park_word_places(ctx) + stated_parts(ctx)
            + company_operates_at(ctx) + region_builds_park(ctx) + governed_parks(ctx))


def stated_over_context(found: list[RelationMention]) -> list[RelationMention]:
    """Drop what a sentence's context places somewhere else when the sentence states where the item is
    (…依托排头工业园…，推动A、B等项目落户天易经济开发区: in 天易经济开发区, not in 排头工业园), and where it
    places the park the sentence puts items in (天易经济开发区 is not in the 排头乡 of the clause before); a place
    in brackets after a name is that name's alone (即墨汽车产业园（位于北安街道）和蓝村…产业园)."""
    stated: dict[EntityRef, list[RelationMention]] = {}
    for r in found:
        if r.rule in _STATED:
            stated.setdefault(r.source, []).append(r)
    hosts = {(r.target, r.start) for r in found if r.rule == "pattern.locate_verb"}
    bracketed = {(r.target, r.start) for r in found if r.rule == "pattern.locate_bracket"}
    return [r for r in found if not (r.rule.startswith("context.") and r.type == RelType.LOCATED_IN and (
        any(s.target != r.target and r.start <= s.start < r.end for s in stated.get(r.source, ()))
        or (r.source, r.start) in hosts or (r.target, r.start) in bracketed))]


#: Rules that read where an item is from the words of its sentence (over what its context suggests).
_STATED = ("pattern.locate_verb", "pattern.locate_verb_back", "pattern.located_of", "pattern.build_at",
           "pattern.build_at_village",
           "pattern.region_builds")
