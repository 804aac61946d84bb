"""Read statistical tables: one reported figure and its growth, or its goal, per row.

A statistics bureau's brief or bulletin appends its main figures as a table with no nature column
(预期性/约束性), which :func:`extractors.indicator_tables.read_table` needs, but with a growth column::

    指标	单位	1—10月	同比增长(%)
    规模以上工业增加值	亿元	2076.35	5.2
    　其中：工业投资	—	—	27.5

A plan report's table of main indicators has a column of the year done and one of the goal instead::

    指标名称	单位	2023年完成	2024年目标
    地区生产总值增速	%	4.8	5左右

Each line is a row: the indicator's name (an opening 其中： dropped), its unit, the value of the period
column, the growth, and the goal with its year. Pure functions over the table's cells and the document's text
(no spaCy).

Example:
    >>> from schema import Cell, Table
    >>> text = "指标\\t单位\\t1—10月\\t同比增长(%)\\n全社会用电量\\t亿千瓦时\\t246.7\\t6.9"
    >>> cells, at = [], 0
    >>> for line in text.split("\\n"):
    ...     for w in line.split("\\t"):
    ...         cells.append(Cell(text=w, start=at, end=at + len(w))); at += len(w) + 1
    >>> rows = read_stat_table(Table(start=0, end=len(text), cells=tuple(cells)), text)
    >>> (rows[0].name, rows[0].unit, rows[0].value, rows[0].growth, rows[0].period)
    ('全社会用电量', '亿千瓦时', '246.7', '6.9', '1—10月')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.indicator_statements import YEAR
from schema import Cell, Table

#: The header cell over the names.
_NAME_HEADS = frozenset(("指标", "指标名称", "主要指标", "项目", "名称"))
#: A header cell over growth rates (同比增长(%), 比上年增长, 增幅, 增减%).
_GROWTH_HEAD = re.compile(r"增长|增减|增幅|同比|比上年")
#: A header cell naming the period of a value column (1—10月, 2023年1-10月, 10月末, 前三季度, 本月).
_PERIOD_HEAD = re.compile(r"(?:1[—\-–~至]\d{1,2}|\d{1,2})月(?:末|份)?|[一二三四]季度|前三季度|上半年|本月|累计")
#: A header cell over goals (2024年目标, 预期目标, 计划).
_GOAL_HEAD = re.compile(r"目标|预期|计划")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
#: A goal's cell: a number with its bound (5左右, 4以内, ≥60).
_GOAL = re.compile(r"[≥≤>＞<＜]?-?\d+(?:\.\d+)?(?:左右|以上|以内|以下)?")
_EMPTY = frozenset(("—", "-", "–", "/", "…", ""))
_OF_WHICH = re.compile(r"^(?:其中|内)[：:]\s*")
#: A rate's name in percent (地区生产总值增速 %): the measure's growth, written as a sentence writes it (增长5%).
_RATE = re.compile(r"(?:增速|增长率|增幅|增长)$")


@dataclass(frozen=True)
class StatRow:
    """One row of a statistical table: the name's span, the row's span and its figures."""

    name: str
    name_start: int
    name_end: int
    start: int
    end: int
    unit: str | None
    value: str | None
    growth: str | None
    period: str | None
    year: int | None
    goal: str | None = None
    goal_year: int | None = None
    change: str | None = None
    goal_rate: bool = False  # the goal is a growth rate (全年目标（%） beside 同比增长（%）, for a level)


@dataclass(frozen=True)
class _Columns:
    name: int
    unit: int | None
    value: int | None
    growth: int | None
    period: str | None
    year: int | None
    goal: int | None = None
    goal_year: int | None = None


def table_lines(table: Table, text: str) -> list[list[Cell]]:
    """The table's cells grouped by the line they stand on in ``text``."""
    lines: list[list[Cell]] = []
    for cell in table.cells:
        if not lines or "\n" in text[lines[-1][-1].end:cell.start]:
            lines.append([])
        lines[-1].append(cell)
    return lines


def _columns(header: list[Cell]) -> _Columns | None:
    """Where the name, unit, value and growth stand, from the header line (None: no statistical table)."""
    plain = [re.sub(r"\s", "", c.text) for c in header]
    name = next((i for i, p in enumerate(plain) if p in _NAME_HEADS), None)
    growth = next((i for i, p in enumerate(plain) if _GROWTH_HEAD.search(p)), None)
    goal = next((i for i, p in enumerate(plain) if _GOAL_HEAD.search(p) and i not in (name, growth)), None)
    if name is None or (growth is None and goal is None):
        return None
    last = growth if growth is not None else goal
    unit = next((i for i, p in enumerate(plain) if p == "单位"), None)
    values = [i for i, p in enumerate(plain) if i not in (name, unit, growth) and i < last]
    value = values[-1] if values else None
    if goal is not None and value is None and growth is None:
        return None  # a goal needs the year done beside it (2023年完成 2024年目标)
    head = plain[value] if value is not None else plain[growth]
    period, year = _PERIOD_HEAD.search(head), YEAR.search(head)  # 2024年完成, 2023年1—10月
    goal_year = YEAR.search(plain[goal]) if goal is not None else None
    return _Columns(name=name, unit=unit, value=value, growth=growth,
                    period=period.group() if period else None, year=int(year.group(1)) if year else None,
                    goal=goal, goal_year=int(goal_year.group(1)) if goal_year else None)


def _figure(cells: list[Cell], at: int | None, form: re.Pattern[str] = _NUMBER) -> str | None:
    if at is None or at >= len(cells):
        return None
    plain = re.sub(r"\s", "", cells[at].text)
    return plain if plain not in _EMPTY and form.fullmatch(plain) else None


def read_stat_table(table: Table, text: str) -> list[StatRow]:
    """The rows of ``table`` if its header reads as a statistical table's, else []."""
    lines = table_lines(table, text)
    cols = _columns(lines[0]) if lines else None
    if cols is None:
        return []
    out: list[StatRow] = []
    for cells in lines[1:]:
        if len(cells) <= max(cols.name, cols.value or 0):
            continue
        name_cell = cells[cols.name]
        lead = _OF_WHICH.match(name_cell.text)
        name = name_cell.text[lead.end():] if lead else name_cell.text
        value, growth, goal = _figure(cells, cols.value), _figure(cells, cols.growth), _figure(cells, cols.goal, _GOAL)
        if len(name) < 2 or (value is None and growth is None and goal is None):
            continue
        unit = re.sub(r"\s", "", cells[cols.unit].text) if cols.unit is not None else None
        rate = _RATE.search(name) if unit == "%" and growth is None else None
        measure = name[:rate.start()] if rate and rate.start() >= 2 else name
        out.append(StatRow(name=measure, name_start=name_cell.end - len(name),
                           name_end=name_cell.end - len(name) + len(measure), start=cells[0].start, end=cells[-1].end,
                           unit=None if unit in _EMPTY else unit, value=value, growth=growth, period=cols.period,
                           year=cols.year, goal=goal, goal_year=cols.goal_year if goal is not None else None,
                           change="增长" if measure != name else None,
                           goal_rate=goal is not None and cols.growth is not None and unit != "%"))
    return out
