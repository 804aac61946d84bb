"""COOPERATES_WITH stated by an interviewee for the unit he speaks for (我们 = his district or town).

An interview answer starts with the speaker's name (``刘建华：…``); the title or
lead names his post (黄埔区委书记赵文涛、区长刘建华, 汀溪镇党委书记陈雅琴), so 我们 in
his answer is that Region or Town:

- 我们(将/还)与/和X…合作/共建: the unit cooperates with X, and with Y of 我们…，并联合Y…;
- X与我们开展…合作: X cooperates with the unit.

Example:
    >>> from kg.ingest import document_from_text
    >>> from extractors.pipeline import extract
    >>> text = "对话江夏区区长王明：建设南部新城\\n王明：我们将与华中科技大学共建智能制造研究院。"
    >>> ex = extract(document_from_text(text, doc_id="t"))
    >>> [(r.source.name, r.target.name) for r in ex.relations if r.rule == "speaker.cooperate"]
    [('江夏区', '华中科技大学')]
"""

from __future__ import annotations

import re

from extractors.base import relation
from extractors.rel_context import RelContext
from schema import Label, Mention, RelationMention, RelType

PARTIES = {Label.ENTERPRISE, Label.ORGANIZATION, Label.REGION, Label.TOWN, Label.PARK}
UNITS = {Label.REGION, Label.TOWN}
_COOP = ("合作", "共建", "签约", "协议", "对接", "联盟", "协作")
_WE_WITH = re.compile(r"我们(?:将|还|也|已|正)*(?:与|和|同)")
_JOINTLY = re.compile(r"(?:并|还|也|同时)联合")
_WITH_US = re.compile(r"(?:与|和|同)我们(?:开展|进行|共同)?[^，,。；;]{0,8}?(?:合作|共建|协作|对接)")


def _speaker_unit(ctx: RelContext, person: Mention) -> Mention | None:
    """The Region or Town written shortly before the speaker's name where it first occurs (his post)."""
    first = ctx.text.find(person.text)
    if first < 0:
        return None
    units = ctx.within(max(0, first - 16), first, UNITS | {Label.ORGANIZATION})
    if units and units[-1].label == Label.ORGANIZATION:  # 汀溪镇党委|书记陈雅琴: the town whose committee it is
        towns = [m for m in ctx.ms if m.label == Label.TOWN and units[-1].name == m.name + "党委"]
        return towns[0] if towns else None
    return units[-1] if units else None


def _answers(ctx: RelContext) -> list[tuple[Mention, int, int]]:
    """(speaker, start, end) of every paragraph that opens with a person's name and a colon."""
    out: list[tuple[Mention, int, int]] = []
    for start, end in ctx.paragraphs():
        first = ctx.next_after(start)
        if first is not None and first.start == start and first.label == Label.PERSON \
                and ctx.text[first.end:first.end + 1] in ("：", ":"):
            out.append((first, start, end))
    return out


def speaker_cooperation(ctx: RelContext) -> list[RelationMention]:
    """我们与X合作 / X与我们合作 in an interviewee's answer: X and the speaker's unit cooperate."""
    out: list[RelationMention] = []
    for person, start, end in _answers(ctx):
        unit = _speaker_unit(ctx, person)
        if unit is None:
            continue
        for hit in _WE_WITH.finditer(ctx.text, start, end):
            partner = ctx.next_after(hit.end())
            if partner is not None and partner.start == hit.end() and partner.label in PARTIES \
                    and any(w in ctx.text[partner.end:partner.end + 14] for w in _COOP):
                out.append(_coop(ctx, unit, partner, hit.start()))
        for hit in _JOINTLY.finditer(ctx.text, start, end):
            partner = ctx.next_after(hit.end())
            span = ctx.sentence(hit.start())
            if partner is not None and partner.start == hit.end() and partner.label in PARTIES \
                    and "我们" in ctx.text[span.start:hit.start()]:
                out.append(_coop(ctx, unit, partner, hit.start()))
        for hit in _WITH_US.finditer(ctx.text, start, end):
            partner = ctx.ending_at(hit.start())
            if partner is not None and partner.label in PARTIES:
                out.append(_coop(ctx, partner, unit, hit.start()))
    return out


def _coop(ctx: RelContext, a: Mention, b: Mention, at: int) -> RelationMention:
    return relation(RelType.COOPERATES_WITH, (a.label, a.name), (b.label, b.name), ctx.sentence(at),
                    "speaker.cooperate")
