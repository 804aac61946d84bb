"""Places of firms and works named by the way a text comes to them (two of the place rules of
:mod:`extractors.rel_places`):

- 位于P的X: X is in P (位于大岭山镇杨屋村的东莞市华显光学材料有限公司: in the town, as 位于 gives it);
- a visit in news: 在P，A走进X or A来到P，走进X (a leader's inspection route): X is in P.

Example:
    >>> from kg.ingest import document_from_text
    >>> from extractors.pipeline import extract
    >>> ex = extract(document_from_text("武清区调研\\n\\n在汊沽港镇，倪斌走进天津瑞科精密机械有限公司。", doc_id="t"))
    >>> [(r.source.name, r.target.name) for r in ex.relations if r.rule == "pattern.visited_in"]
    [('天津瑞科精密机械有限公司', '汊沽港镇')]
"""

from __future__ import annotations

import re

from extractors.rel_context import PLACES, RelContext, located_chain_end, place_chain_end
from extractors.rel_context import key_of as _key
from extractors.rel_context import sentence_relation as _rel
from extractors.rel_context import LOCATABLE as _LOCATABLE
from schema import Label, Mention, RelationMention, RelType

_PLACES = PLACES | {Label.VILLAGE}  # 位于大岭山镇杨屋村的…: a village's town
#: The verb of where something lies, right before its place (位于P的X).
_LIES = re.compile(r"(?:位于|地处|坐落于|坐落在)$")
#: A visit's verbs, right before what is visited (走进X, 来到X), with a firm's class between (国家级…企业).
_VISIT = re.compile(r"(?:走进|来到|走访|察看|考察|调研|前往)(?:了)?(?:[^，。；,;]{0,16}?企业)?$")
#: Where a visit is: 在P， opening the sentence (随后，在P，), or 来到P， before the visit.
_OPENING_AT = re.compile(r"(?:随后|接着|之后|最后|当天)?[，,]?在")
_REACH = 12


def visited_places(ctx: RelContext) -> list[RelationMention]:
    """LOCATED_IN from 位于P的X and from a visit's route (在P，A走进X)."""
    out: list[RelationMention] = []
    visited: Mention | None = None  # the last item visited: the items listed after it are visited too (走进A和B)
    for m in ctx.ms:
        if m.label in _PLACES and _LIES.search(ctx.text, max(0, m.start - 3), m.start):
            out += _lying_in(ctx, m)
        listed = visited is not None and ctx.text[visited.end:m.start] in ("、", "和", "及", "与")
        if m.label in _LOCATABLE and (listed or _VISIT.search(ctx.text, max(0, m.start - 24), m.start)):
            out += _visited_in(ctx, m)
            visited = m
        elif m.label in _LOCATABLE:
            visited = None
    return out


def _lying_in(ctx: RelContext, first: Mention) -> list[RelationMention]:
    """位于P的X: the first locatable item after the place's 的, in its clause."""
    last = place_chain_end(ctx, first)
    place = located_chain_end(ctx, first)
    if place is None or ctx.text[last.end:last.end + 1] != "的":
        return []
    item = ctx.next_after(last.end + 1)
    if item is None or item.label not in _LOCATABLE or item.start - last.end - 1 > _REACH \
            or ctx.clause(item.start)[0] > last.end:
        return []
    return [_rel(ctx, RelType.LOCATED_IN, _key(item), _key(place), item.start, "pattern.lies_in")]


def _visited_in(ctx: RelContext, item: Mention) -> list[RelationMention]:
    """在P，A走进X / 来到P，走进X: the place the visit's sentence opens at, before the item."""
    lo = ctx.sentence(item.start).start
    for place in reversed(ctx.within(lo, item.start, _PLACES)):
        before, end = ctx.text[lo:place.start], place_chain_end(ctx, place).end
        if (_OPENING_AT.fullmatch(before) or before.endswith("来到")) and ctx.text[end:end + 1] in ("，", ","):
            target = located_chain_end(ctx, place)
            if target is not None and (target.label, target.name) != (item.label, item.name):
                return [_rel(ctx, RelType.LOCATED_IN, _key(item), _key(target), item.start,
                             "pattern.visited_in")]
    return []
