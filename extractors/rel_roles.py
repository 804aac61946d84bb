"""DEVELOPS stated by a project's role (one of the actor rules of :mod:`extractors.rel_actors`).

A notice names who builds its works by their role: 项目业主为X, 建设单位为X, 招标人为X, 代建单位为X (X is the works'
owner, developer or agent builder), or X为该项目的建设单位. The works are the last project or park written before
the role in the sentence, but for a route's ends (北起新锦湖路); after 该工程/该项目 naming none (该工程北起…，建设单位为X),
the last written before it; for a role opening its sentence, the numbered item's title on its line (1. X项目。建设单位为Y).
A builder by trade (施工单位, 施工总承包单位, 监理单位) is no role of these: the ontology's DEVELOPS is the owner's.

Example:
    >>> from kg.ingest import document_from_text
    >>> from extractors.pipeline import extract
    >>> text = "本招标项目甲乙路改造工程已批准建设，项目业主为丙丁城市建设发展集团有限公司。"
    >>> ex = extract(document_from_text(text, doc_id="t"))
    >>> [(r.source.name, r.target.name) for r in ex.relations if r.type.value == "DEVELOPS"]
    [('丙丁城市建设发展集团有限公司', '甲乙路')]
"""

from __future__ import annotations

import re

from extractors.rel_context import ACTORS, BUILT, RelContext, key_of, sentence_relation
from schema import Mention, RelationMention, RelType

#: The roles of the party that owns, develops or builds for the owner (not the contractor's 施工单位).
_ROLES = r"(?:建设单位|业主单位|项目业主|建设主体|实施主体|实施单位|代建单位|招标人|项目单位|投资主体|开发主体|运营主体)"
#: 项目业主为X, 建设单位是X: the party follows (项目建设单位为X: from 建设单位; a literal opening keeps the scan fast).
_ROLE_IS = re.compile(rf"{_ROLES}(?:均|仍)?(?:为|是)")
#: X为该项目的建设单位, X作为项目业主: the party stands before.
_IS_ROLE = re.compile(rf"(?:为|是|作为)(?:该|本)?(?:项目|工程)?(?:的)?{_ROLES}")
#: A sentence opening on its works written before (该工程北起…).
_THIS_WORKS = re.compile(r"(?:该|本)(?:工程|项目|基地|园区|中心)")
#: The characters before a route's end (北起A路，南至B路，途经C路): a road there is no works of the sentence.
_ROUTE_ENDS = frozenset("起至到接经")
#: What may follow the works' name in an item's title (（二期）, 项目, the title's 。): 龙兴新城|人才公寓 is no title of 龙兴新城.
_TITLE_END = re.compile(r"(?:[(（][一二三四五六七八九十\d]{1,2}期[)）])?(?:项目|工程)?[。.]?\s*")
#: How far back the works of a 该工程 sentence are looked for.
_BACK = 300


def role_developers(ctx: RelContext) -> list[RelationMention]:
    """DEVELOPS from 项目业主为X / 建设单位为X / 招标人为X and from X为该项目的建设单位."""
    out: list[RelationMention] = []
    for hit in _ROLE_IS.finditer(ctx.text):
        party = ctx.next_after(hit.end(), refs=True)
        if party is None or party.start != hit.end() or party.label not in ACTORS:
            continue
        works = _works_before(ctx, hit.start())
        if works is not None:
            out.append(sentence_relation(ctx, RelType.DEVELOPS, key_of(party), key_of(works), hit.start(),
                                         "pattern.role_developer"))
    for hit in _IS_ROLE.finditer(ctx.text):
        party = ctx.ending_at(hit.start(), refs=True)
        if party is None or party.label not in ACTORS:
            continue
        works = _works_before(ctx, party.start)
        if works is not None:
            out.append(sentence_relation(ctx, RelType.DEVELOPS, key_of(party), key_of(works), party.start,
                                         "pattern.role_developer"))
    return out


def _works_before(ctx: RelContext, pos: int) -> Mention | None:
    """The works the role at ``pos`` is of: the last project or park of the sentence before it, passing over a route's
    ends (北起新锦湖路，南至江北大道) and, after 该工程, looking before the sentence."""
    sentence = ctx.sentence(pos)
    this = _last_this_works(ctx.text, sentence.start, pos)
    lo = sentence.start if this is None else this
    for works in reversed(ctx.within(lo, pos, BUILT)):
        if ctx.text[works.start - 1:works.start] not in _ROUTE_ENDS:
            return works
    if this is not None:
        return ctx.last_within(max(0, this - _BACK), this, BUILT)
    if ctx.text[sentence.start:pos].strip() in ("", "项目", "该项目"):  # 1. X项目。建设单位为Y: the item's title names it
        line = ctx.text.rfind("\n", 0, sentence.start) + 1
        works = ctx.last_within(line, sentence.start, BUILT)
        return works if works is not None and _TITLE_END.fullmatch(ctx.text, works.end, sentence.start) else None
    return None


def _last_this_works(text: str, start: int, end: int) -> int | None:
    """Where the last 该工程/该项目 of ``text[start:end]`` stands (None if none)."""
    found = None
    for hit in _THIS_WORKS.finditer(text, start, end):
        found = hit.start()
    return found
