"""Tables of industrial chains: a plan's rows under a header such as 序号 产业链 链长 牵头部门 链主企业 主要承载平台
(the 链长制: each chain with the firms that lead it and the platforms that carry it), one row per line with its cells
split by TABs.

Each row's 产业链 cell is a chain mention. Its 链主企业 cell lists enterprises (separated by 、): the column says what
they are, so a short trade name there (菜鸟, 长川科技) is an enterprise too, and each is IN_CHAIN the row's chain. Each
park its 主要承载平台 cell names is IN_CHAIN the chain as well (a town there is no source of IN_CHAIN). The other cells
(the chain's leader, the leading department) give nothing here.

Example:
    >>> rows = chain_rows("序号\\t产业链\\t链主企业\\t主要承载平台\\n1\\t集成电路\\t长川科技、士兰微\\t萧山经开区")
    >>> [(r.chain.text, [p.text for p in firm_parts(r)], r.platforms.text) for r in rows]
    [('集成电路', ['长川科技', '士兰微'], '萧山经开区')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.base import relation
from extractors.candidates import Candidate
from extractors.patterns import NamePatterns
from extractors.firm_tables import header_rows
from extractors.name_chains import without_gloss
from extractors.project_tables import CHAIN_CELL, ROLE_WORDS, cell_parts, header_words, line_cells
from extractors.rel_context import RelContext
from extractors.text_marks import Covered
from schema import Cell, Label, RelationMention, RelType, Span

#: Header cells of the column of the firms leading a chain.
_FIRM_WORDS = ("链主企业", "链主", "链主型企业", "龙头企业", "重点企业", "骨干企业", "代表企业", "主要企业", "领军企业")
#: Header cells of the firms' column saying they lead the chain.
_LEADER_WORDS = ("链主企业", "链主", "链主型企业")
#: Header cells of the column of the platforms carrying a chain.
_PLATFORM_WORDS = ("主要承载平台", "承载平台", "主要平台", "重点平台", "承载园区", "主要承载园区", "主要载体", "承载载体",
                   "重点园区", "主要园区", "产业平台")
#: Header cells of the tables :mod:`extractors.project_tables` and :mod:`extractors.firm_tables` read.
_OTHER_TABLES = ("项目名称", "企业名称", "公司名称", "单位名称")
#: What a firm cell holds when it names no firm (暂无, 待引进), and the 等 closing a list.
_NO_FIRM = re.compile(r"无|暂无|待定|待引进|若干|[—\-－]+")
_TRAILING = re.compile(r"等(?:企业)?$")


@dataclass(frozen=True)
class ChainRow:
    """One row of a chain table: its span, its chain's cell, and its firms' and platforms' cells (None without)."""

    start: int
    end: int
    chain: Cell
    firms: Cell | None
    platforms: Cell | None
    leaders: bool = False  # (the firms' column is headed 链主企业: the firms lead the chain)


def _columns(line: str) -> tuple[int, int | None, int | None, bool] | None:
    """The chain's, the firms' and the platforms' column of a header line (None when the line is no chain table's
    header: a chain column and one of the other two are needed, and no project's or firm's name column), and whether the
    firms' column is headed as their leaders' (链主企业)."""
    words = header_words(line)
    chain = next((i for i, w in enumerate(words) if w in ROLE_WORDS["chain"]), None)
    firms = next((i for i, w in enumerate(words) if w in _FIRM_WORDS), None)
    platforms = next((i for i, w in enumerate(words) if w in _PLATFORM_WORDS), None)
    if chain is None or (firms is None and platforms is None) or any(w in _OTHER_TABLES for w in words):
        return None
    return chain, firms, platforms, firms is not None and words[firms] in _LEADER_WORDS


def _cell(cells: list[Cell], column: int | None) -> Cell | None:
    return cells[column] if column is not None and column < len(cells) and cells[column].text else None


def _without_gloss(cell: Cell | None) -> Cell | None:
    """``cell`` without the gloss in brackets closing it (食品饮料(川菜): :func:`extractors.name_chains.without_gloss`)."""
    if cell is None:
        return None
    end = without_gloss(cell.text, 0, len(cell.text))[1]
    return cell if end == len(cell.text) else Cell(text=cell.text[:end], start=cell.start, end=cell.start + end)


@lru_cache(maxsize=4)
def chain_rows(text: str) -> tuple[ChainRow, ...]:
    """Every row of every chain table in ``text`` (a category line between rows keeps the table)."""
    rows: list[ChainRow] = []
    for start, line, columns in header_rows(text, _columns):
        cells = line_cells(line, start)
        chain = _without_gloss(_cell(cells, columns[0]))
        if chain is not None and CHAIN_CELL.fullmatch(chain.text):
            rows.append(ChainRow(start, start + len(line), chain, _cell(cells, columns[1]), _cell(cells, columns[2]),
                                 columns[3]))
    return tuple(rows)


def firm_parts(row: ChainRow) -> list[Cell]:
    """The firms a row's firm cell lists, each without a closing 等 (长川科技、士兰微等: two firms)."""
    out: list[Cell] = []
    for part in cell_parts(row.firms) if row.firms is not None else ():
        trailing = _TRAILING.search(part.text)
        end = part.end - len(trailing.group(0)) if trailing else part.end
        if end - part.start >= 2 and not _NO_FIRM.fullmatch(part.text):
            out.append(Cell(text=part.text[:end - part.start], start=part.start, end=end))
    return out


def chain_table_candidates(text: str, patterns: NamePatterns, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each row's chain and the firms of its firm cell in place of what the name rules found in those
    cells (a firm is an enterprise unless its suffix makes it a body: 中科院微电子研究所)."""
    rows = chain_rows(text)
    if not rows:
        return found
    made = [Candidate(row.chain.start, row.chain.end, Label.INDUSTRY_CHAIN, "table.chain") for row in rows]
    for part in (p for row in rows for p in firm_parts(row)):
        body = patterns.suffix_label(part.text) == Label.ORGANIZATION
        made.append(Candidate(part.start, part.end, Label.ORGANIZATION if body else Label.ENTERPRISE, "table.chain_firm"))
    named = Covered([(c.start, c.end) for row in rows for c in (row.chain, row.firms) if c is not None])
    return [c for c in found if not named.holds(c.start)] + made


def chain_table_relations(ctx: RelContext) -> list[RelationMention]:
    """IN_CHAIN from the firms of each row's firm cell and the parks of its platform cell to the row's chain."""
    out: list[RelationMention] = []
    for row in chain_rows(ctx.text):
        chains = ctx.within(row.chain.start, row.chain.end, {Label.INDUSTRY_CHAIN})
        if not chains:
            continue
        target, evidence = (Label.INDUSTRY_CHAIN, chains[0].name), Span(start=row.start, end=row.end)
        for cell, labels, rule in ((row.firms, {Label.ENTERPRISE}, "table.chain_firm"),
                                   (row.platforms, {Label.PARK}, "table.chain_platform")):
            found = ctx.within(cell.start, cell.end, labels) if cell is not None else []
            role = {"role": "链主"} if row.leaders and rule == "table.chain_firm" else {}
            out.extend(relation(RelType.IN_CHAIN, (m.label, m.name), target, evidence, rule, **role)
                       for m in dict((m.name, m) for m in found).values())
    return out
