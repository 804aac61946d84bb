"""Tables of enterprises: a list's rows under a header such as 序号 企业名称 所属镇街（园区） 所属行业 (a 专精特新 list,
a list of key firms), one row per line with its cells split by TABs.

Each row's enterprise (its 企业名称 cell) is LOCATED_IN the town, park or district of its 所属镇街 cell, and the
park a bracket there adds (仁和街道(余杭经济技术开发区)); IN_CHAIN the chain of its 所属产业 cell. The other cells (the
industry of the national classification: 所属行业, a count, a leader) name nothing the row places.

Example:
    >>> [(r.firm.text, r.place.text) for r in firm_rows("序号\\t企业名称\\t所属镇街（园区）\\n1\\tA有限公司\\t大朗镇")]
    [('A有限公司', '大朗镇')]
"""

from __future__ import annotations

import re

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from extractors.base import relation
from extractors.candidates import Candidate
from extractors.project_table_facts import cell_places
from extractors.project_tables import CHAIN_CELL, ROLE_WORDS, ends_table, header_words, line_cells, table_lines
from extractors.rel_context import RelContext
from schema import Cell, Label, RelationMention, RelType, Span

C = TypeVar("C")

#: Header cells of the firm's column and of its place's (compared without a bracketed note: 所属镇街（园区）).
_FIRM_WORDS = ("企业名称", "公司名称", "单位名称", "企业")
_PLACE_WORDS = ("所属镇街", "所在镇街", "所属街镇", "所在街镇", "所属园区", "所在园区", "所属镇", "所在镇", "属地", "所属区域", "所在区域",
                "所属地区", "所在地", "企业所在地", "所属街道", "所在街道", "所在片区", "所属片区")


@dataclass(frozen=True)
class FirmRow:
    """One row of an enterprise table: its span, its firm's cell and its place's cell."""

    start: int
    end: int
    firm: Cell
    place: Cell | None
    chain: Cell | None = None


def _columns(line: str) -> tuple[int, int | None, int | None] | None:
    """The firm's, the place's and the chain's column (None without one) of a header line, or None when the line is
    no firm table's header."""
    words = header_words(line)
    firm = next((i for i, w in enumerate(words) if w in _FIRM_WORDS), None)
    place = next((i for i, w in enumerate(words) if w in _PLACE_WORDS or re.split(r"[/／]", w)[0] in _PLACE_WORDS), None)
    chain = next((i for i, w in enumerate(words) if w in ROLE_WORDS["chain"]), None)
    # (企业名称 | 所属产业 | 营收: a table of firms by chain, without their places)
    return (firm, place, chain) if firm is not None and (place is not None or chain is not None) \
        and "项目名称" not in words else None


#: The first cell of a table's header line (序号).
_NUMBER_HEADER = "序号"


def header_rows(text: str, columns_of: Callable[[str], C | None]) -> Iterator[tuple[int, str, C]]:
    """Each row line of every TAB table in ``text`` with its offset and the columns of the header above it
    (``columns_of`` a header line; None for any other line): a paragraph ends a table, a category line (no TAB, 30
    characters or fewer) keeps it."""
    columns: C | None = None
    for start, line in table_lines(text):
        if "\t" not in line:
            columns = None if ends_table(line) else columns
            continue
        header = columns_of(line)
        if header is not None:
            columns = header
        elif line.split("\t", 1)[0].strip() == _NUMBER_HEADER:
            columns = None  # 序号	项目名称…: another table's header ends this one
        elif columns is not None:
            yield start, line, columns


@lru_cache(maxsize=4)
def firm_rows(text: str) -> tuple[FirmRow, ...]:
    """Every row of every enterprise table in ``text`` (a category line between rows keeps the table)."""
    rows: list[FirmRow] = []
    for start, line, columns in header_rows(text, _columns):
        cells, (firm, place, chain) = line_cells(line, start), columns
        placed = cells[place] if place is not None and place < len(cells) and cells[place].text else None
        named = cells[chain] if chain is not None and chain < len(cells) and cells[chain].text else None
        if firm < len(cells) and cells[firm].text and (placed or named):
            rows.append(FirmRow(start, start + len(line), cells[firm], placed, named))
    return tuple(rows)


def firm_chain_candidates(text: str) -> list[Candidate]:
    """The chain each row's 所属产业 cell names (数字安防, 高端装备), as a chain mention."""
    return [Candidate(row.chain.start, row.chain.end, Label.INDUSTRY_CHAIN, "table.chain")
            for row in firm_rows(text) if row.chain is not None and CHAIN_CELL.fullmatch(row.chain.text)]


def firm_side_cells(text: str) -> list[tuple[int, int]]:
    """The place cell of every firm row: what it names takes no chain from the row (the row's firm does)."""
    return [(row.place.start, row.place.end) for row in firm_rows(text) if row.place is not None]


def _places(ctx: RelContext, cell: Cell) -> list[tuple[Label, str]]:
    """The place a place cell names and the park a bracket after it adds (仁和街道(余杭经济技术开发区))."""
    return list(dict.fromkeys((p.label, p.name) for p in cell_places(ctx, cell)))


def firm_table_relations(ctx: RelContext) -> list[RelationMention]:
    """LOCATED_IN from each row's enterprise to the places of its 所属镇街 cell, IN_CHAIN its 所属产业 cell's chain."""
    out: list[RelationMention] = []
    for row in firm_rows(ctx.text):
        firms = sorted(ctx.within(row.firm.start, row.firm.end, {Label.ENTERPRISE}), key=lambda m: m.start - m.end)
        if not firms:
            continue
        firm, evidence = (Label.ENTERPRISE, firms[0].name), Span(start=row.start, end=row.end)  # the cell's longest
        out.extend(relation(RelType.LOCATED_IN, firm, target, evidence, "table.firm_place")
                   for target in (_places(ctx, row.place) if row.place else ()))
        out.extend(relation(RelType.IN_CHAIN, firm, (Label.INDUSTRY_CHAIN, chain.name), evidence, "table.firm_chain")
                   for chain in (ctx.within(row.chain.start, row.chain.end, {Label.INDUSTRY_CHAIN}) if row.chain else ()))
    return out
