"""Members of a place: the firms a park lists as gathered in it (P集聚A、B等企业) and those a district's text lists as
come to it (A、B等企业相继落户我区). Split from :mod:`extractors.rel_places`, whose :func:`place_relations` runs them.
"""

from __future__ import annotations

import re
from itertools import chain

from extractors.base import relation
from extractors.rel_context import RelContext
from extractors.suffix_scan import StartCharsPattern
from extractors.text_marks import unanchored
from schema import Label, Mention, RelationMention, RelType


_MEMBER_GAP = re.compile(r"^(?:内)?(?:已|目前|累计|先后|共|现已|已经)*(?:集聚|聚集|入驻|汇聚|吸引|落户)(?:了)?$")
_MEMBER_GAP_WHOLE = unanchored(_MEMBER_GAP)
_PARK_BACKREF = re.compile(r"(?:该园区|园区|开发区|集聚区|产业园|科技城|科创城|知识城|新城|示范区|保税区|高新区)$")


def _member_backref(ctx: RelContext, lo: int, pos: int) -> Mention | None:
    """园区已入驻… / …集聚…企业，其中X: the park a back-reference or the previous clause names."""
    clause = ctx.text[lo:pos]
    if clause in ("其中", "其中包括"):
        prev_lo = ctx.clause(lo - 1)[0]
        parks = ctx.within(prev_lo, lo, {Label.PARK})
        return parks[0] if parks and re.search(r"(?:集聚|聚集|入驻|汇聚|吸引|落户)", ctx.text[parks[0].end:lo]) else None
    verb = re.search(r"(?:内)?(?:已|目前|累计|先后|共|现已|已经)*(?:集聚|聚集|入驻|汇聚|吸引|落户)(?:了)?$", clause)
    ref = _PARK_BACKREF.search(clause[:verb.start()]) if verb else None
    if ref is None:
        return None
    tails = ("园", "园区") if ref.group(0).endswith(("园区", "产业园")) else (ref.group(0),)
    before = ctx.within(max(0, lo - 300), lo, {Label.PARK})
    fitting = [p for p in before if p.name.endswith(tails)] or before
    return fitting[-1] if fitting else None


def park_members(ctx: RelContext) -> list[RelationMention]:
    """P(已)集聚/入驻 A、B等…企业 (…，其中C): every listed company is LOCATED_IN the park.

    The park is a Park mention or a back-reference (园区) to the last park before it.
    """
    out: list[RelationMention] = []
    for m in ctx.refs:
        if m.label != Label.ENTERPRISE:
            continue
        lo = ctx.clause(m.start)[0]
        head = ctx.last_within(lo, m.start)
        park = head if head is not None and head.label == Label.PARK else None
        if park is None:
            park = _member_backref(ctx, lo, m.start) if head is None else None
            if park is None:
                continue
        elif not _MEMBER_GAP_WHOLE.fullmatch(ctx.text, park.end, m.start):
            continue
        prev = m
        for c in chain([m], ctx.iter_within(m.end, ctx.sentence(m.start).end, {Label.ENTERPRISE}, refs=True)):
            if c is not m and ctx.text[prev.end:c.start] not in ("、", "和", "及", "以及", "，其中", ",其中"):
                break
            out.append(relation(RelType.LOCATED_IN, (c.label, c.name), (park.label, park.name), ctx.sentence(c.start),
                                "pattern.park_members"))
            prev = c
    return out


_HOME = StartCharsPattern(re.compile(r"(?:等[^，,。；;]{0,8}?)?(?:相继|先后|陆续|已|均|纷纷)*(?:落户|落地|入驻|扎根|布局)"
                                      r"(?:于|在|到)?我(?:区|县)"), "等相先陆已均纷落入扎布")
_PARENT_NEXT = ("下属", "旗下")


def _home_region(ctx: RelContext) -> Mention | None:
    """The district 我区 stands for: a county-level Region mention named at the start of the title."""
    title = (ctx.document.title or "")[:16]
    for m in ctx.ms:
        if m.label == Label.REGION and m.name.endswith(("区", "县")) and (m.name in title or m.name[:-1] in title):
            return m
    return None


def home_places(ctx: RelContext) -> list[RelationMention]:
    """A、B等企业相继落户我区: every company or project listed before the verb is in the district."""
    out: list[RelationMention] = []
    hits = list(_HOME.finditer(ctx.text))
    home = _home_region(ctx) if hits else None
    for hit in hits if home is not None else ():
        span = ctx.sentence(hit.start())
        for m in ctx.within(span.start, hit.start(), {Label.ENTERPRISE, Label.PROJECT}):
            if not ctx.text[m.end:m.end + 2].startswith(_PARENT_NEXT):
                out.append(relation(RelType.LOCATED_IN, (m.label, m.name), (home.label, home.name), ctx.sentence(m.start),
                                    "pattern.home_district"))
    return out
