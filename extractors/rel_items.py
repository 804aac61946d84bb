"""Subjects written once for several clauses. Numbered items of a project list whose head names the project and whose body goes on without a subject
(a signing ceremony's list: 6.安徽储丰…20GWh储能电池项目。总投资48亿元，落户双凤经济开发区，…; 2.蔚澜汽车轻量化
车身项目。由合肥蔚澜汽车部件有限公司投资建设，…): the head's project is what the body's clauses are about.

- a clause opening with 落户, 选址, 位于, 坐落于 or 在 and a place: the project is LOCATED_IN it (the park when the
  clause names one after its town: 位于岗集镇的长丰生物医药产业园);
- a clause opening with 由 and companies or bodies before 投资建设, 建设, 投资 or 合作建设: they DEVELOP it.

A sentence a park opens (在双凤经济开发区，A项目竣工投产，B项目开工) places its projects in the park.

The evidence runs from the item's head to the clause's sentence, so that it names both sides. The items of a
list a paragraph introduces as signed (主要签约项目如下：) are ``signed`` (:func:`signed_items`).
"""

from __future__ import annotations

import re

from extractors.base import relation
from extractors.rel_context import RelContext, located_chain_end
from extractors.rel_subsidiaries import parent_of_next
from schema import Label, Mention, RelationMention, RelType, Stage, StageMention

#: An item's number opening its paragraph (6. / 6、 / （6）).
_ITEM_NUMBER = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)])")
#: The longest item head read (the item's first sentence).
_HEAD_MAX = 80
_LOCATE = re.compile(r"(?:同样|也|将|拟|计划)?(?:落户|选址|位于|坐落于|在)(?:于|在)?")
#: The verb of building after the builders (由X与Y合作建设, 由X投资建设, 由X投资，…).
_BUILT_AFTER = re.compile(r"(?:共同|合作)?(?:投资建设|投资兴建|合作建设|建设|投资|运营)")
#: A clause: a run of text between commas, semicolons and full stops.
_CLAUSE = re.compile(r"[^，,；;。]+")
_PLACE_LABELS = (Label.PARK, Label.TOWN, Label.REGION)
_ACTORS = (Label.ENTERPRISE, Label.ORGANIZATION)
#: A category heading inside a list (一、新能源汽车及零部件产业（5个，…）): the list goes on across it.
_LIST_HEADING = re.compile(r"[ \t\u3000]*[一二三四五六七八九十]{1,3}[、.．]")


def item_relations(ctx: RelContext) -> list[RelationMention]:
    """LOCATED_IN and DEVELOPS of every numbered item's project from its body's subject-less clauses, and the
    projects of sentences a park opens."""
    out: list[RelationMention] = park_openers(ctx) + subject_builders(ctx)
    for p_start, p_end in ctx.paragraphs():
        number = _ITEM_NUMBER.match(ctx.text, p_start)
        head_end = ctx.text.find("。", p_start, min(p_end, p_start + _HEAD_MAX)) if number else -1
        if head_end < 0:
            continue
        project = _head_project(ctx, number.end(), head_end)
        if project is None:
            continue
        for lo, hi in _clauses(ctx.text, head_end + 1, p_end):
            out += _located(ctx, project, lo, hi, p_start) + _developed(ctx, project, lo, hi, p_start)
    return out


#: A sentence opened by a park (在双凤经济开发区，…): the park, then a comma.
_PARK_OPENER = re.compile(r"[在于](?P<park>[^，,。；;]{2,30}?)(?:内|里)?[，,]")


def park_openers(ctx: RelContext) -> list[RelationMention]:
    """在P，A项目竣工投产，B项目开工: the projects of a sentence that a park opens are LOCATED_IN it, unless a place is
    written right before them."""
    out: list[RelationMention] = []
    for span in ctx.document.sentences:
        opener = _PARK_OPENER.match(ctx.text, span.start, span.end)
        park = ctx.within(opener.start("park"), opener.end("park"), {Label.PARK}) if opener else []
        if len(park) != 1 or (park[0].start, park[0].end) != opener.span("park"):
            continue
        for m in ctx.within(opener.end(), span.end, {Label.PROJECT}):
            before = ctx.ending_at(m.start)
            if before is None or before.label not in _PLACE_LABELS + (Label.VILLAGE,):
                out.append(relation(RelType.LOCATED_IN, (m.label, m.name), (park[0].label, park[0].name),
                                    ctx.sentence(m.start), "context.sentence_park"))
    return out


def subject_builders(ctx: RelContext) -> list[RelationMention]:
    """P位于…，由X投资建设: the park or project a sentence opens with is built by the X of a later clause that
    opens with 由 (the sentence's subject, written once)."""
    out: list[RelationMention] = []
    for span in ctx.document.sentences:
        first = ctx.first_within(span.start, span.end, {Label.PROJECT, Label.PARK})
        if first is None or ctx.text[span.start:first.start].strip():
            continue
        for lo, hi in _clauses(ctx.text, first.end, span.end):
            out += _developed(ctx, first, lo, hi, span.start, "sentence.subject_developer")
    return out


def _head_project(ctx: RelContext, start: int, end: int) -> Mention | None:
    """The one project (or park) an item's head names, ending the head (…储能电池项目。; 3.九龙湖国际企业总部园。)."""
    projects = ctx.within(start, end, {Label.PROJECT, Label.PARK})
    if len(projects) != 1 or ctx.text[projects[0].end:end] not in ("", "项目"):
        return None
    return projects[0]


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]``, split at commas, semicolons and full stops."""
    return [(m.start(), m.end()) for m in _CLAUSE.finditer(text, start, end)]


def _located(ctx: RelContext, project: Mention, lo: int, hi: int, head: int) -> list[RelationMention]:
    verb = _LOCATE.match(ctx.text, lo)
    if verb is None:
        return []
    places = ctx.within(verb.end(), hi, set(_PLACE_LABELS) | {Label.VILLAGE})
    if not places or places[0].start != verb.end():
        return []
    parks = [p for p in places if p.label == Label.PARK]
    place = parks[0] if parks else located_chain_end(ctx, places[0])
    if place is None or place.label not in _PLACE_LABELS:
        return []
    return [relation(RelType.LOCATED_IN, (project.label, project.name), (place.label, place.name),
                     ctx.sentences_from(head, lo), "list.item_place")]


def _developed(ctx: RelContext, project: Mention, lo: int, hi: int, head: int,
               rule: str = "list.item_developer") -> list[RelationMention]:
    """由X(与Y)投资建设: the companies and bodies between 由 and the verb of building build ``project``."""
    if not ctx.text.startswith("由", lo):
        return []
    actors = ctx.within(lo + 1, hi, set(_ACTORS))
    if not actors or not _BUILT_AFTER.match(ctx.text, actors[-1].end):
        return []
    # 由A旗下全资子公司B投资建设: B builds it, A owns B (rel_subsidiaries)
    actors = [a for a, b in zip(actors, actors[1:]) if not parent_of_next(ctx.text[a.end:b.start])] + actors[-1:]
    return [relation(RelType.DEVELOPS, (a.label, a.name), (project.label, project.name),
                     ctx.sentences_from(head, lo), rule) for a in actors]


def signed_items(text: str, mentions: list[Mention]) -> list[StageMention]:
    """``signed`` for the project heading each numbered item of a list that the paragraph before the list
    (over its category headings) introduces as signed (本次签约项目…, 主要签约项目如下); the item's head is its first
    sentence or part (up to 。 or ；), or the whole item when it is one short sentence."""
    projects = sorted((m for m in mentions if m.label == Label.PROJECT), key=lambda m: m.start)
    out: list[StageMention] = []
    signed = False
    pos = 0
    for line in text.split("\n"):
        start, end, pos = pos, pos + len(line), pos + len(line) + 1
        number = _ITEM_NUMBER.match(line)
        if not line.strip() or (_LIST_HEADING.match(line) and not number):
            continue
        if number is None:
            signed = "签约" in line
            continue
        head = min((p for p in (line.find(mark, 0, _HEAD_MAX) for mark in "。;；") if p > 0), default=-1)
        if head < 0 and len(line) <= _HEAD_MAX:
            head = len(line)  # 1.X投资85亿元，建设Y项目，落户Z: an item of one sentence
        found = [m for m in projects if start + number.end() <= m.start and m.end <= start + head] if signed and head > 0 else []
        if len(found) == 1:
            out.append(StageMention(project=found[0].name, stage=Stage.SIGNED, start=start, end=end, rule="list.signed_item"))
    return out


#: A signing's count (28个项目集中签约, 共签约项目9个, 签约项目12个), then a sentence opening with 其中 that names them.
_SIGNED_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十]+)个(?:重大|重点|产业|招商)?项目(?:集中|现场|成功)?签约"
                           r"|(?:共|集中)签约(?:项目)?\d+个|签约项目\d+个")
_AMONG = re.compile(r"[。；;]\s*其中[:：，,]")
#: A site's verb before a project named as where another is built (拟选址顺德机器人谷智造产业园二期).
_SITE_BEFORE = re.compile(r"(?:选址|落户|位于|落地|入驻|在)$")


def signed_among(text: str, mentions: list[Mention]) -> list[StageMention]:
    """``signed`` for the projects a sentence opening with 其中 names right after a signing's count (28个项目集中签约，
    总投资216亿元。其中：A公司投资25亿元建设X，…；B…建设Y项目): each was signed, whatever else its clause says."""
    out: list[StageMention] = []
    for count in _SIGNED_COUNT.finditer(text):
        among = _AMONG.search(text, count.end(), count.end() + 60)
        if among is None or "。" in text[count.end():among.start()]:
            continue
        end = text.find("。", among.end())
        end = len(text) if end < 0 else end
        out += [StageMention(project=m.name, stage=Stage.SIGNED, start=among.end(), end=end, rule="list.signed_among")
                for m in mentions if m.label == Label.PROJECT and among.end() <= m.start < end
                and not _SITE_BEFORE.search(text, max(0, m.start - 4), m.start)]  # (拟选址X二期: the site)
    return out
