"""Tables of enterprises: a list's rows under a header such as 序号 企业名称 所属镇街（园区） 所属行业 (a 专精特新 list,
a list of key firms), one row per line with its cells split by TABs.

Each row's enterprise (its 企业名称 cell) is LOCATED_IN the town, park or district of its 所属镇街 cell. The other
cells (the industry of the national classification, a count) name nothing the row places.

Example:
    >>> [(r.firm, r.place) for r in firm_rows("序号\\t企业名称\\t所属镇街（园区）\\n1\\tA有限公司\\t大朗镇")]
    [((19, 24), (25, 28))]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.base import relation
from extractors.rel_context import RelContext, located_chain_end
from schema import Label, RelationMention, RelType, Span

#: Header cells of the firm's column and of its place's (compared without a bracketed note: 所属镇街（园区）).
_FIRM_WORDS = ("企业名称", "公司名称", "单位名称", "企业")
_PLACE_WORDS = ("所属镇街", "所在镇街", "所属园区", "所在园区", "所属镇", "所在镇", "属地", "所属区域", "所在区域",
                "所属地区", "所在地", "企业所在地", "所属街道", "所在街道")
_NOTE = re.compile(r"[（(][^）)]*[）)]")
_PLACED = {Label.TOWN, Label.PARK, Label.REGION, Label.VILLAGE}


@dataclass(frozen=True)
class FirmRow:
    """One row of an enterprise table: its span, its firm cell's and its place cell's spans."""

    start: int
    end: int
    firm: tuple[int, int]
    place: tuple[int, int]


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
        spans = _cell_spans(line, start)
        if columns is not None and max(columns) < len(spans) and all(a < b for a, b in (spans[c] for c in columns)):
            rows.append(FirmRow(start, start + len(line), spans[columns[0]], spans[columns[1]]))
    return tuple(rows)


def _cell_spans(line: str, start: int) -> list[tuple[int, int]]:
    """Each cell's span without its blanks."""
    out, at = [], start
    for raw in line.split("\t"):
        lead = len(raw) - len(raw.lstrip())
        out.append((at + lead, at + lead + len(raw.strip())))
        at += len(raw) + 1
    return out


def firm_table_relations(ctx: RelContext) -> list[RelationMention]:
    """LOCATED_IN from each row's enterprise to the place of its 所属镇街 cell."""
    out: list[RelationMention] = []
    for row in firm_rows(ctx.text):
        firms = sorted(ctx.within(*row.firm, {Label.ENTERPRISE}), key=lambda m: m.start - m.end)  # the longest
        places = ctx.within(*row.place, _PLACED)
        parks = [p for p in places if p.label == Label.PARK]
        target = parks[0] if parks else located_chain_end(ctx, places[0]) if places else None
        if firms and target is not None:
            out.append(relation(RelType.LOCATED_IN, (Label.ENTERPRISE, firms[0].name), (target.label, target.name),
                                Span(start=row.start, end=row.end), "table.firm_place"))
    return out
