"""Tables of enterprises: a list's rows under a header such as 序号 企业名称 所属镇街（园区） 所属行业 (a 专精特新 list,
a list of key firms), one row per line with its cells split by TABs.

Each row's enterprise (its 企业名称 cell) is LOCATED_IN the town, park or district of its 所属镇街 cell. The other
cells (the industry of the national classification, a count) name nothing the row places.

Example:
    >>> [(r.firm.text, r.place.text) for r in firm_rows("序号\\t企业名称\\t所属镇街（园区）\\n1\\tA有限公司\\t大朗镇")]
    [('A有限公司', '大朗镇')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.base import relation
from extractors.project_tables import cell_place, line_cells
from extractors.rel_context import RelContext
from schema import Cell, Label, RelationMention, RelType, Span

#: Header cells of the firm's column and of its place's (compared without a bracketed note: 所属镇街（园区）).
_FIRM_WORDS = ("企业名称", "公司名称", "单位名称", "企业")
_PLACE_WORDS = ("所属镇街", "所在镇街", "所属园区", "所在园区", "所属镇", "所在镇", "属地", "所属区域", "所在区域",
                "所属地区", "所在地", "企业所在地", "所属街道", "所在街道")
_NOTE = re.compile(r"[（(][^）)]*[）)]")


@dataclass(frozen=True)
class FirmRow:
    """One row of an enterprise table: its span, its firm's cell and its place's cell."""

    start: int
    end: int
    firm: Cell
    place: Cell


def _columns(line: str) -> tuple[int, int] | None:
    """The firm's and the place's column of a header line, or None when the line is no firm table's header."""
    words = [_NOTE.sub("", cell).strip() for cell in line.split("\t")]
    firm = next((i for i, w in enumerate(words) if w in _FIRM_WORDS), None)
    place = next((i for i, w in enumerate(words) if w in _PLACE_WORDS), None)
    return (firm, place) if firm is not None and place is not None and "项目名称" not in words else None


@lru_cache(maxsize=4)
def firm_rows(text: str) -> tuple[FirmRow, ...]:
    """Every row of every enterprise table in ``text`` (a category line between rows keeps the table)."""
    if "\t" not in text:
        return ()
    rows: list[FirmRow] = []
    columns: tuple[int, int] | None = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "\t" not in line:
            columns = columns if len(line.strip()) <= 30 else None
            continue
        header = _columns(line)
        if header is not None:
            columns = header
            continue
        cells = line_cells(line, start)
        if columns is not None and max(columns) < len(cells) and all(cells[c].text for c in columns):
            rows.append(FirmRow(start, start + len(line), cells[columns[0]], cells[columns[1]]))
    return tuple(rows)


def firm_table_relations(ctx: RelContext) -> list[RelationMention]:
    """LOCATED_IN from each row's enterprise to the place of its 所属镇街 cell."""
    out: list[RelationMention] = []
    for row in firm_rows(ctx.text):
        firms = sorted(ctx.within(row.firm.start, row.firm.end, {Label.ENTERPRISE}), key=lambda m: m.start - m.end)
        target = cell_place(ctx, row.place)  # the longest firm of its cell, the place its cell names
        if firms and target is not None:
            out.append(relation(RelType.LOCATED_IN, (Label.ENTERPRISE, firms[0].name), (target.label, target.name),
                                Span(start=row.start, end=row.end), "table.firm_place"))
    return out
