"""What a project table's rows tell beyond their names (:mod:`extractors.project_tables` reads the rows): who builds
each row's works (DEVELOPS from its 建设单位), where they stand (LOCATED_IN from its 建设地点 cell, else from where its
建设内容 cell says they are built), the chain of its 所属产业链 cell (IN_CHAIN), and the stage of its 建设性质 or progress
cell."""

from __future__ import annotations

import re

from extractors.base import relation
from extractors.cell_stages import cell_stage
from extractors.project_tables import NOTE, TableRow, cell_parts, project_rows
from extractors.rel_context import RelContext, located_chain_end
from schema import Cell, Label, Mention, RelationMention, RelType, Span, StageMention

_PLACED = (Label.TOWN, Label.PARK, Label.REGION, Label.VILLAGE)


def table_relations(ctx: RelContext) -> list[RelationMention]:
    """DEVELOPS from the companies and bodies of each row's 建设单位 cell, LOCATED_IN the places of its 建设地点 cell,
    IN_CHAIN the chains of its 所属产业链 cell."""
    out: list[RelationMention] = []
    for row in project_rows(ctx.text):
        project = _cell_mention(ctx.within(row.cell("name").start, row.cell("name").end, {Label.PROJECT, Label.PARK}),
                                row.cell("name"))
        if project is None:
            continue
        evidence = Span(start=row.start, end=row.end)
        developer, place, chain = row.cell("developer"), row.cell("place"), row.cell("chain")
        actors = [*(ctx.within(developer.start, developer.end, {Label.ENTERPRISE, Label.ORGANIZATION}) if developer else ()),
                  *(ctx.within(c.start, c.end, {Label.ENTERPRISE}) if (c := row.cell("responsible")) else ())]
        for actor in actors:  # a 责任单位's company builds the project (区城投集团), its bodies serve it (区发改局)
            out.append(relation(RelType.DEVELOPS, (actor.label, actor.name), (project.label, project.name), evidence,
                                "table.developer"))
        for named in ctx.within(chain.start, chain.end, {Label.INDUSTRY_CHAIN}) if chain else ():
            out.append(relation(RelType.IN_CHAIN, (project.label, project.name), (named.label, named.name), evidence,
                                "table.chain"))
        placed = [(t, "table.place") for part in cell_parts(place) for t in cell_places(ctx, part)] if place \
            else [(t, "table.content_place") for t in _content_places(ctx, row)]
        for target, rule in placed:  # 京滨工业园(大良镇): the park and the town (a zone may span towns)
            if target.label != Label.VILLAGE and (target.label, target.name) != (project.label, project.name):
                out.append(relation(RelType.LOCATED_IN, (project.label, project.name), (target.label, target.name),
                                    evidence, rule))
    return out


#: Where a describing cell (建设内容) says where the works stand: 在…, 位于…, 选址…, 落户… opening it or a clause.
_CONTENT_PLACE = re.compile(r"(?:^|(?<=[，,；;]))(?:在|位于|选址于?|落户于?)")


def _content_places(ctx: RelContext, row: TableRow) -> list[Mention]:
    """The places a row without a place column names in a describing cell as where its works are built
    (在禄口街道空港开发区内建设…: the park; 在秣陵街道建设…: the town)."""
    out: list[Mention] = []
    for cell in row.others:
        for hit in _CONTENT_PLACE.finditer(cell.text):
            at = end = cell.start + hit.end()
            found = ctx.within(at, cell.end, set(_PLACED))
            while nxt := [m.end for m in found if m.start == end]:
                end = max(nxt)  # the places written one after the other (禄口街道空港开发区), each its longest
            target = cell_place(ctx, Cell(text=ctx.text[at:end], start=at, end=end)) if end > at else None
            if target is not None and target.label in (Label.TOWN, Label.PARK):  # (江宁 of 江宁开发区…: no district)
                out.append(target)
    return out


def cell_places(ctx: RelContext, cell: Cell) -> list[Mention]:
    """The places a place cell names: :func:`cell_place` of its words before a bracket closing it and of the bracket's
    (京滨工业园(大良镇), 仁和街道(余杭经济技术开发区): both; 火炬（翔安）产业区, a bracket inside a name: the cell's one)."""
    note = NOTE.search(cell.text)
    parts = [cell] if note is None or note.end() < len(cell.text) else [Cell(text=cell.text[:note.start()], start=cell.start, end=cell.start + note.start()),
                                         Cell(text=note.group(0), start=cell.start + note.start(), end=cell.start + note.end())]
    return [place for part in parts if (place := cell_place(ctx, part)) is not None]


def cell_place(ctx: RelContext, cell: Cell) -> Mention | None:
    """The place a place cell names: its park (黄埭镇潘阳工业园春兴路88号: the park), else its most specific place."""
    found = ctx.within(cell.start, cell.end, set(_PLACED))
    parks = [p for p in found if p.label == Label.PARK]
    return parks[0] if parks else located_chain_end(ctx, found[0]) if found else None


def table_stages(text: str, mentions: list[Mention]) -> list[StageMention]:
    """The stage each row's 建设性质 cell gives its project."""
    out: list[StageMention] = []
    rows = project_rows(text)
    timed = any((cell := row.cell("stage")) is not None and ("续建" in cell.text or "新建项目" in cell.text) for row in rows)
    for row in rows:
        stage_cell, name = row.cell("stage"), row.cell("name")
        stage = cell_stage(stage_cell.text, timed=timed) if stage_cell else None
        project = _cell_mention([m for m in mentions if m.label == Label.PROJECT
                                 and name.start <= m.start and m.end <= name.end], name) if stage else None
        if project is not None and stage is not None:
            out.append(StageMention(project=project.name, stage=stage, start=row.start, end=row.end, rule="table.stage"))
    return out


def _cell_mention(found: list[Mention], cell: Cell) -> Mention | None:
    """The mention covering the whole cell, else the longest inside it."""
    return max(found, key=lambda m: (m.start == cell.start and m.end == cell.end, m.end - m.start), default=None)
