"""Chains an item takes from how its sentence describes it, rather than from a chain it develops.

- :func:`described_parks`: a park a sentence opens with, which a later clause describes by a chain
  (金港汽车产业园坐落于…，是…“一区多园”中的汽车零部件专业园区);
- :func:`kind_listed`: enterprises listed under a kind of enterprise named by a chain of the text
  (已入驻A、B、C等零部件企业75家, where the text's chain is 汽车零部件);
- :func:`chain_openings`: a sentence opened by a chain and a comma is the chain's (集成电路产业链，以中环领先…为龙头);
- :func:`led_clusters`: the firms leading a cluster named after them (以中科锂能为龙头的电池产业集群) are its;
- :func:`framed_chain`: a chain framing its sentence (在物联网领域，…; 生物医药产业以…为核心，依托A、B，…).

Example:
    >>> _KIND_HEAD.match("等零部件企业75家").group("kind")
    '零部件'
"""

from __future__ import annotations

import re

from extractors.chains import LED_CLUSTER
from extractors.rel_context import RelContext
from schema import Label, Mention

#: A chain's clause describing a park by it: 是…汽车零部件专业园区 (the chain, then the park's type, ending the clause).
_DESCRIBED_AS = re.compile(r"(?:产业)?(?:专业|特色|主题|核心)?(?:园区|产业园|集聚区)\s*$")


def described_parks(ctx: RelContext, chains: list[Mention]) -> dict[tuple[int, int], list[Mention]]:
    """The park a sentence opens with, which a later clause describes by a chain (P坐落于…，是…中的汽车零部件
    专业园区): the park takes that chain."""
    out: dict[tuple[int, int], list[Mention]] = {}
    for c in chains:
        lo, hi = ctx.clause(c.start)
        if not ctx.text[lo:c.start].lstrip().startswith("是") or not _DESCRIBED_AS.match(ctx.text[c.end:hi]):
            continue
        sentence = ctx.sentence(c.start)
        opening = sentence.start + len(ctx.text[sentence.start:lo]) - len(ctx.text[sentence.start:lo].lstrip())
        parks = [p for p in ctx.within(opening, lo, {Label.PARK}) if p.start == opening]
        if parks:
            out.setdefault((parks[0].start, parks[0].end), []).append(c)
    return out


#: The head of a list of enterprises naming their kind (等零部件企业, 等规模以上新能源骨干企业).
_KIND_HEAD = re.compile(r"等(?:规模以上|重点|骨干|知名)?(?P<kind>[\u4e00-\u9fff]{2,8}?)(?:龙头|骨干|重点|配套)?企业")
#: What may stand between two items of a list, and between the last one and 等.
_JOINER = re.compile(r"^\s*(?:[、和及与]|以及)?\s*$")


def kind_listed(ctx: RelContext, chains: list[Mention]) -> dict[tuple[int, int], list[Mention]]:
    """The enterprises of a list closed by 等<kind>企业, where the kind is a chain the text names or the
    tail (three characters or more) of exactly one (零部件 of 汽车零部件): each takes that chain."""
    by_name: dict[str, Mention] = {}
    for c in chains:
        by_name.setdefault(c.name, c)
    out: dict[tuple[int, int], list[Mention]] = {}
    for head in _KIND_HEAD.finditer(ctx.text):
        kind = head.group("kind")
        named = [c for name, c in by_name.items() if name == kind or len(kind) >= 3 and name.endswith(kind)]
        if len(named) != 1:
            continue
        for m in _items_before(ctx, head.start()):
            out.setdefault((m.start, m.end), []).append(named[0])
    return out


def _items_before(ctx: RelContext, pos: int) -> list[Mention]:
    """The enterprises of the list that ends at ``pos`` (joined by 、/和/及 only), in its clause."""
    lo = ctx.clause(pos)[0]
    items: list[Mention] = []
    end = pos
    for m in reversed(ctx.within(lo, pos, {Label.ENTERPRISE})):
        if not _JOINER.match(ctx.text[m.end:end]):
            break
        items.append(m)
        end = m.start
    return items


#: What follows a chain opening its sentence as the sentence's topic (集成电路产业链，以中环领先…为龙头).
_OPENS_TOPIC = re.compile(r"(?:产业链|产业)?[，,：:]")


def chain_openings(ctx: RelContext, chains: list[Mention]) -> list[tuple[int, int, list[Mention]]]:
    """A sentence opened by a chain and a comma (汽车及新能源汽车产业链，依托…，推动…): the rest of it is the chain's."""
    out = []
    for c in chains:
        sentence = ctx.sentence(c.start)
        topic = _OPENS_TOPIC.match(ctx.text, c.end)
        if topic is not None and _OPENING.fullmatch(ctx.text, sentence.start, c.start):
            out.append((topic.end(), sentence.end, [c]))
    return out


#: What may stand before a chain that opens its sentence (a list number, a compound's first part: 汽车及).
_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十\d]{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）])?\s*(?:[\u4e00-\u9fff]{1,4}及)?")


def led_clusters(ctx: RelContext, chains: list[Mention]) -> dict[tuple[int, int], Mention]:
    """The chain of each item written as the lead of a cluster (以E为龙头的X产业集群、以F为龙头的Y产业集群: E is in X only)."""
    at = {(c.start, c.end): c for c in chains}
    out: dict[tuple[int, int], Mention] = {}
    for hit in LED_CLUSTER.finditer(ctx.text):
        chain = at.get(hit.span("x"))
        if chain is not None:
            out.update({(m.start, m.end): chain for m in ctx.within(hit.start("lead"), hit.end("lead"))})
    return out


#: A topic frame: the chain's clause names a field (在物联网领域; 在生物医药方面).
_FRAME = re.compile(r"^\s*在?[^，,]{2,16}(?:领域|方面)$")


def framed_chain(ctx: RelContext, c: Mention) -> bool:
    """The chain's clause is a topic frame for its sentence (在物联网领域，…; 在生物医药方面，…), or the industry is what
    its sentence or semicolon part opens with (生物医药产业以生物医药港为核心，依托A、B，打造…)."""
    lo, hi = ctx.clause(c.start)
    if _FRAME.match(ctx.text[lo:hi]) is not None:
        return True
    return not ctx.text[lo:c.start].strip() and (lo == 0 or ctx.text[lo - 1] in _PART_ENDS) \
        and _SUBJECT.match(ctx.text, c.end) is not None


#: What ends a sentence or one of its parts before an industry that opens the next as its subject.
_PART_ENDS = frozenset("。；;！？!?\n")
#: The industry as a subject: 产业 or 产业链 after it, not a park's or a cluster's name (生物医药产业园).
_SUBJECT = re.compile(r"产业链?(?![园区城基集])")
