"""Read indicator tables flattened to one cell per line into rows of values.

Pure functions over :class:`schema.Table` cells (no spaCy), used by
``kg_indicators``. A table is cut into rows at its nature cells (预期性 /
约束性); the header (序号, 指标, 单位, 2020, 2025, 属性 …) gives the years and
tells whether there is a serial-number and a unit column. Category cells (领域)
split over lines (人口 / 发展) are joined and carried down to the next rows.

Example:
    >>> from schema import Cell, Table
    >>> words = ["序号", "指标", "2020", "2025", "属性", "1", "常住人口数量(万人)", "90.96", "105", "预期性"]
    >>> cells, at = [], 0
    >>> for w in words:
    ...     cells.append(Cell(text=w, start=at, end=at + len(w))); at += len(w) + 1
    >>> rows = read_table(Table(start=0, end=at, cells=tuple(cells)), TableVocab.default())
    >>> (rows[0].name, rows[0].unit, rows[0].baseline, rows[0].target, rows[0].target_year)
    ('常住人口数量', '万人', '90.96', '105', 2025)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractors.base import load_yaml
from schema import Cell, Table

VOCAB = Path(__file__).with_name("data") / "indicator_vocab.yml"
_VALUE = re.compile(r"^[【\[〔]?[≧≦≥≤><＞＜约]?\d+(?:\.\d+)?[】\]〕]?(?:%|‰|[\u4e00-\u9fff]{1,2})?"
                    r"(?:以上|以下|左右)?(?:[（(]累计[）)])?$|^[-—–/]$")  # (1.9（累计）: a sum over the period)
#: A target written in words in a value column (完成市下达任务, 达到国家要求), wherever the column stands.
_WRITTEN_TARGET = re.compile(r"^(?:完成|达到|落实)[\u4e00-\u9fff]{0,8}(?:任务|要求|目标)$")
_SERIAL = re.compile(r"^\d{1,3}$")
#: A cell of a table's 单位 column: a short unit, also one the vocabulary lacks (部, 万套, 公里/平方公里).
_UNIT_CELL = re.compile(r"[\u4e00-\u9fffA-Za-z%‰²³·]{1,4}(?:/[\u4e00-\u9fffA-Za-z²³·]{1,5})?")
_YEAR = re.compile(r"(19\d{2}|20\d{2})")


@dataclass(frozen=True)
class TableVocab:
    """The words a table reader needs, from ``data/indicator_vocab.yml``."""

    natures: dict[str, str]
    header_words: frozenset[str]
    header_keywords: tuple[str, ...]
    period_years: dict[str, int]
    units: tuple[str, ...]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "TableVocab":
        """Build from the parsed YAML mapping."""
        return cls(
            natures=dict(data["natures"]),
            header_words=frozenset(data["header_words"]),
            header_keywords=tuple(data["header_keywords"]),
            period_years={k: int(v) for k, v in data["period_years"].items()},
            units=tuple(sorted(data["units"], key=len, reverse=True)),
        )

    @classmethod
    def default(cls) -> "TableVocab":
        """The vocabulary shipped with kg."""
        return cls.from_data(load_yaml(VOCAB))


@dataclass
class Row:
    """One indicator row: its name, values, and the cells it spans."""

    name: str
    name_start: int
    name_end: int
    start: int
    end: int
    unit: str | None = None
    baseline: str | None = None
    target: str | None = None
    baseline_year: int | None = None
    target_year: int | None = None
    nature: str | None = None
    field: str | None = None
    cumulative: bool = False
    growth_target: str | None = None  # a 年均增长(%) column's rate, beside the level's values
    later_target: str | None = None  # a third year's column (2020 | 2025 | 2027): the later target
    later_target_year: int | None = None

    def properties(self) -> dict[str, str | int | bool]:
        """SETS_TARGET properties, without the empty ones."""
        growth_year = self.target_year if self.growth_target is not None else None
        props = {"unit": self.unit, "baseline_year": self.baseline_year, "baseline": self.baseline,
                 "target_year": self.target_year, "target_value": self.target, "nature": self.nature,
                 "field": self.field, "cumulative": self.cumulative or None, "growth_target": self.growth_target,
                 "growth_target_year": growth_year, "later_target": self.later_target,
                 "later_target_year": self.later_target_year if self.later_target is not None else None}
        return {k: v for k, v in props.items() if v is not None}


@dataclass
class _Layout:
    years: list[int] = field(default_factory=list)
    serial: bool = False
    unit_column: bool = False
    growth_column: bool = False  # 年均增长(%) after the years' columns


def split_cells(table: Table) -> list[Cell]:
    """The table's cells, split at tabs and stripped, offsets kept exact."""
    out: list[Cell] = []
    for cell in table.cells:
        for piece in re.finditer(r"[^\t\n]+", cell.text):
            raw = piece.group()
            lead = len(raw) - len(raw.lstrip())
            stripped = raw.strip()
            if stripped:
                start = cell.start + piece.start() + lead
                out.append(Cell(text=stripped, start=start, end=start + len(stripped)))
    return out


def _lined_cells(table: Table, text: str) -> list[tuple[int, Cell]]:
    """The table's cells as :func:`split_cells` gives them, each with the number of the line of ``text`` (the
    document's) it stands on (without the text, each cell a line of its own: no remarks told apart)."""
    if not text:
        return list(enumerate(split_cells(table)))
    out: list[tuple[int, Cell]] = []
    line, end = 0, None
    for cell in split_cells(table):
        line += end is not None and "\n" in text[end:cell.start]
        out.append((line, cell))
        end = cell.end
    return out


def _plain(text: str) -> str:
    return re.sub(r"[\s“”\"]", "", text)


def is_header(text: str, vocab: TableVocab) -> bool:
    """Tell whether a cell reads as a header cell (序号, 2025年目标, “十三五”基期情况 …)."""
    plain = _plain(text)
    if plain in vocab.header_words or re.fullmatch(r"(19|20)\d{2}年?(目标|基期)?", plain):
        return True
    return len(plain) <= 8 and any(k in plain for k in vocab.header_keywords)


def _layout(header: list[Cell], vocab: TableVocab) -> _Layout:
    plain = [_plain(c.text) for c in header]
    years = [int(p[:4]) for p in plain if re.fullmatch(r"(19|20)\d{2}\D{0,4}", p)]
    if not years:
        years = [y for p in plain for k, y in vocab.period_years.items() if k in p]
    growth = any(("增长" in p or "增速" in p) and len(p) <= 10 for p in plain)  # 年均增长(%), 年均增速
    return _Layout(years=years[:1] + years[-2:] if len(years) >= 3 else years, serial="序号" in plain, unit_column="单位" in plain, growth_column=growth)


def _segments(cells: list[tuple[int, Cell]], vocab: TableVocab) -> list[list[Cell]]:
    """Cut the cell list after each nature cell; the cells after it on its line (an assessment column, 评估结论: 滞后)
    are the row's remarks, no part of the next row."""
    out, current = [], []
    closed = -1  # the line of the last nature cell
    for line, cell in cells:
        if line == closed:
            continue
        current.append(cell)
        if _plain(cell.text) in vocab.natures:
            out.append(current)
            current, closed = [], line
    return out


def _header_end(first: list[Cell], vocab: TableVocab) -> int:
    """Index just after the header cells at the head of the first segment: up to the first row's serial, or its first
    value that is no year (1386.5 | 2000 under 2020年 | 2025年: 2000 is the target, not a year's column)."""
    limit = next((i for i, c in enumerate(first) if c.text == "1"
                  or _is_value(c.text) and not is_header(c.text, vocab)), len(first) - 1)
    end = 0
    for i, cell in enumerate(first[:limit]):
        if is_header(cell.text, vocab):
            end = i + 1
    return end


def read_table(table: Table, vocab: TableVocab, text: str = "") -> list[Row]:
    """All indicator rows of ``table`` (empty when it is no indicator table; ``text``: the document's, whose lines
    tell a row's remarks after its nature cell from the next row's category)."""
    lined = _lined_cells(table, text)
    segments = _segments(lined, vocab)
    if not segments:
        return []
    cut = _header_end(segments[0], vocab)
    layout = _layout(segments[0][:cut], vocab)
    header_line = lined[cut - 1][0] if cut and text else -1  # (a header cell the vocabulary lacks: 评估结论)
    segments[0] = [cell for (line, cell) in lined[cut:len(segments[0])] if line != header_line]
    rows: list[Row] = []
    current_field: str | None = None
    for seg in segments:
        row, new_field = _read_row(seg, layout, vocab)
        current_field = new_field or current_field
        if row is not None:
            row.field = current_field
            rows.append(row)
    return rows


def _read_row(seg: list[Cell], layout: _Layout, vocab: TableVocab) -> tuple[Row | None, str | None]:
    body, nature = seg[:-1], vocab.natures[_plain(seg[-1].text)]
    serial_at = next((i for i, c in enumerate(body) if _SERIAL.match(c.text)), None)
    if layout.serial and serial_at is not None:
        category, rest = body[:serial_at], body[serial_at + 1:]
        names, unit, values = _name_and_values(rest, layout, vocab)
    else:
        names, unit, values, category = _from_right(body, layout, vocab)
    if not names:
        return None, None
    name, name_unit = _name_unit(_plain("".join(c.text for c in names)), vocab)
    row = Row(name=name, name_start=names[0].start, name_end=names[-1].end,
              start=seg[0].start, end=seg[-1].end, nature=nature)
    row.unit = name_unit or unit
    _set_values(row, [c.text for c in values], layout, vocab)
    return row, _plain("".join(c.text for c in category)) or None


def _is_value(text: str) -> bool:
    plain = _plain(text)
    return bool(_VALUE.match(plain) or _WRITTEN_TARGET.match(plain))


def _is_unit(text: str, vocab: TableVocab) -> bool:
    return re.sub(r"\s", "", text) in _plain_units(vocab.units)


@lru_cache(maxsize=8)
def _plain_units(units: tuple[str, ...]) -> frozenset[str]:
    """The units without their white space, once per vocabulary (not per cell)."""
    return frozenset(re.sub(r"\s", "", u) for u in units)


def _name_and_values(rest: list[Cell], layout: _Layout, vocab: TableVocab):
    """Serial tables: name cells up to the first unit or value cell, then unit, then values."""
    marks = [i for i, c in enumerate(rest) if _is_value(c.text) or _is_unit(c.text, vocab)]
    split = marks[0] if marks else min(1, len(rest))
    names, tail = rest[:split], rest[split:]
    unit = None
    if tail and _is_unit(tail[0].text, vocab) and not _is_value(tail[0].text):
        unit, tail = re.sub(r"\s", "", tail[0].text), tail[1:]
    elif layout.unit_column and len(names) >= 2 and _UNIT_CELL.fullmatch(_plain(names[-1].text)):
        unit, names = _plain(names[-1].text), names[:-1]  # a unit the vocabulary lacks (部, 万套, 人/万车)
    return names, unit, tail


def _from_right(body: list[Cell], layout: _Layout, vocab: TableVocab):
    """Tables without serial numbers: values at the end, the name before them, category first."""
    width = max(1, len(layout.years) + layout.growth_column)
    n_values = 0
    while n_values < min(width, len(body) - 1) and (_is_value(body[-1 - n_values].text) or _text_target(body, n_values)):
        n_values += 1
    n_values = max(n_values, 1)
    values, head = body[len(body) - n_values:], body[:len(body) - n_values]
    unit = None
    if layout.unit_column and head and _is_unit(head[-1].text, vocab):
        unit, head = re.sub(r"\s", "", head[-1].text), head[:-1]
    elif layout.unit_column and len(head) >= 2 and _UNIT_CELL.fullmatch(cell := _plain(head[-1].text)) \
            and ("/" in cell or len(cell) <= 2):
        unit, head = cell, head[:-1]  # a unit the vocabulary lacks (台/万人, 万元/亩; not a short name 常住人口)
    if not head:
        return [], None, [], []
    return head[-1:], unit, values, head[:-1]


def _text_target(body: list[Cell], n_values: int) -> bool:
    """A written target in the last column after a value cell (—, 完成市下达任务): a value too."""
    return n_values == 0 and len(body) > 2 and _is_value(body[-2].text)


def _name_unit(name: str, vocab: TableVocab) -> tuple[str, str | None]:
    """Split a unit written into the name: 常住人口数量(万人), 常住人口城镇化率%."""
    if m := re.fullmatch(r"(.+?)[(（]([^()（）]{1,8})[)）]", name):
        if _is_unit(m.group(2), vocab):
            return m.group(1), m.group(2)
    for unit in ("%", "‰"):
        if name.endswith(unit) and len(name) > 1:
            return name[:-1], unit
    return name, None


#: A target written as the growth to reach, in a row whose values are levels (地区生产总值（亿元） 1016.3 增长5.5%左右).
_GROWTH_CELL = re.compile(r"(?:增长|增速)([\d.]+)%((?:左右|以上)?)")


def _set_values(row: Row, values: list[str], layout: _Layout, vocab: TableVocab) -> None:
    """Baseline and target from the value cells, years from the header."""
    texts = [_plain(v) for v in values]
    if layout.growth_column and len(texts) == len(layout.years) + 1:
        texts, growth = texts[:-1], texts[-1]  # 5731 | — | 6左右: the level's two values, then the yearly growth
        if growth not in {"-", "—", "–", "/"}:
            row.growth_target = growth
    if len(layout.years) >= 3 and len(texts) == len(layout.years):  # 935 | 1300 | 1600 under 2020 | 2025 | 2027
        row.baseline, row.target, row.later_target = texts
        row.baseline_year, row.target_year, row.later_target_year = layout.years
    elif len(layout.years) >= 2 and len(texts) >= 2:
        row.baseline, row.target = texts[0], "".join(texts[1:])
        row.baseline_year, row.target_year = layout.years[0], layout.years[-1]
    elif texts:
        row.target = "".join(texts)
        row.target_year = layout.years[-1] if layout.years else None
    for attr in ("baseline", "target", "later_target"):
        value = getattr(row, attr)
        if value is None:
            continue
        if value[:1] in "【〔" and value[-1:] in "】〕":  # 〔1.4〕: a five-year sum (注：〔〕内为五年累计数)
            value, row.cumulative = value[1:-1], True
        if value in {"-", "—", "–", "/"}:
            value = None
            if attr == "baseline":
                row.baseline_year = None
        elif row.unit is None and (m := re.fullmatch(r"([≧≦≥≤><]?\d+(?:\.\d+)?)(\D{1,3})", value)):
            if _is_unit(m.group(2), vocab):
                value, row.unit = m.group(1), m.group(2)
        elif row.unit and value.endswith(row.unit) and re.match(r"[≧≦≥≤><]?\d", value):
            value = value[: -len(row.unit)]
        setattr(row, attr, value)
    if row.target and row.unit != "%" and (rate := _GROWTH_CELL.fullmatch(row.target)):
        row.growth_target, row.target = rate.group(1) + rate.group(2), None  # 增长5.5%左右 in a row of 亿元
