"""Tables of contents and flattened tables, found before headings so they never become headings.

Three table shapes are recognised: rows with tab-separated cells (PDF/Word
exports), runs of short cell lines (a table flattened one cell per line, as in
002), and tables the container reported (docx/html cells, given as hints). A
caption line before a table (``表1 …``, ``1 …指标表``, or a 专栏 box heading)
becomes its title.

Example:
    >>> from kg.ingest.lines import split_lines
    >>> blocks = find_blocks(split_lines("目录\\n第一章\\t总则\\t- 1 -\\n第一章 总则\\n正文。"))
    >>> [(b.kind, b.first, b.last) for b in blocks]
    [('toc', 0, 1)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.lines import Line
from kg.ingest.patterns import BOX_RE, TABLE_TITLE_ENDS, TOC_RE, ends_sentence, heading_marker, toc_entry

CELL_MAX = 40  # a flattened cell line is at most this long
MIN_CELL_RUN = 8  # and a table has at least this many of them in a row
MIN_NUMERIC_CELLS = 3
NUMERIC_CELL_RE = re.compile(r"^[<>≥≤≧≦±+\-~【\[(]*\d[\d.,%‰]*[%‰]?[】\])]*(万人|万|个|家|人|年|%)?$")
CAPTION_RE = re.compile(r"^(表\s*\d+(?:-\d+)?|\d{1,2}(?![\d.%]))\s*(\D.{1,60})$")
TITLE_CUE_RE = re.compile(r"(表|指标|一览|清单)")


@dataclass(frozen=True)
class Block:
    """Lines ``first..last`` (inclusive) forming a table or a table of contents."""

    kind: str  # "table" or "toc"
    first: int
    last: int
    title: str = ""
    title_first: int | None = None  # first caption line, if any


def find_blocks(lines: list[Line], hinted: list[list[str]] | None = None) -> list[Block]:
    """Find tables of contents and tables among ``lines``, in order, not overlapping."""
    blocks: list[Block] = []
    taken: set[int] = set()
    for finder in (_tocs, _tab_tables, lambda ls: _hinted_tables(ls, hinted or []), _cell_run_tables):
        for block in finder(lines):
            span = set(range(block.title_first if block.title_first is not None else block.first, block.last + 1))
            if not span & taken:
                blocks.append(block)
                taken |= span
    return sorted(blocks, key=lambda b: b.first)


def _tocs(lines: list[Line]) -> list[Block]:
    out: list[Block] = []
    for i, line in enumerate(lines):
        if TOC_RE.match(line.text):
            j = i + 1
            while j < len(lines) and toc_entry(lines[j].text):
                j += 1
            if j > i + 1:
                out.append(Block("toc", i, j - 1, "目录"))
    return out


def _tab_tables(lines: list[Line]) -> list[Block]:
    out: list[Block] = []
    i = 0
    while i < len(lines):
        if "\t" in lines[i].text and not toc_entry(lines[i].text):
            j = i
            while j + 1 < len(lines) and ("\t" in lines[j + 1].text or _category_row(lines, j + 1, lines[i].text)):
                j += 1
            if j > i:
                out.append(_with_caption(lines, Block("table", i, j)))
            i = j + 1
        else:
            i += 1
    return out


#: A table's category row (一、经济发展 between two rows of a plan's indicator table): a short line with no cells.
_CATEGORY_MAX = 16


def _category_row(lines: list[Line], i: int, header: str) -> bool:
    """The line at ``i`` is a category of the rows of the TAB table around it (whose first line is ``header``): short,
    no sentence, and a TAB line right after it (一、经济发展, （二）创新驱动), not a heading after the table nor one
    over a table of its own (（二）计划新开工项目 over 序号	项目名称…, the header again)."""
    text = lines[i].text.strip()
    return 0 < len(text) <= _CATEGORY_MAX and not ends_sentence(text) and heading_marker(text) is not None \
        and i + 1 < len(lines) and "\t" in lines[i + 1].text and not toc_entry(lines[i + 1].text) \
        and lines[i + 1].text != header and not lines[i + 1].text.startswith("序号\t")


def _is_cell(text: str) -> bool:
    if not text or len(text) > CELL_MAX or "\t" in text or ends_sentence(text) or text.endswith(":"):
        return False
    if BOX_RE.match(text) or TOC_RE.match(text):
        return False
    return heading_marker(text) is None or NUMERIC_CELL_RE.match(text) is not None


def _cell_run_tables(lines: list[Line]) -> list[Block]:
    out: list[Block] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_cell(lines[j].text):
            j += 1
        run = lines[i:j]
        numeric = sum(1 for x in run if NUMERIC_CELL_RE.match(x.text))
        if len(run) >= MIN_CELL_RUN and numeric >= MIN_NUMERIC_CELLS:
            out.append(_with_caption(lines, _trim_caption_into_run(lines, Block("table", i, j - 1))))
        i = max(j, i + 1)
    return out


def _trim_caption_into_run(lines: list[Line], block: Block) -> Block:
    """A caption written as cell-like lines (``1“十四五”时期…领域`` / ``主要发展指标``) is not a cell."""
    first = block.first
    for k in range(first, min(first + 3, block.last)):
        if CAPTION_RE.match(lines[k].text) and TITLE_CUE_RE.search(lines[k].text + lines[k + 1].text):
            title_lines = [k]
            if not TITLE_CUE_RE.search(lines[k].text):
                title_lines.append(k + 1)
            return Block("table", title_lines[-1] + 1, block.last, _caption_title(lines, title_lines), k)
    return block


def _with_caption(lines: list[Line], block: Block) -> Block:
    """Attach the caption or box heading just above ``block`` as its title."""
    if block.title:
        return block
    k = block.first - 1
    if k < 0:
        return block
    text = lines[k].text
    box = BOX_RE.match(text)
    if box:
        return Block(block.kind, block.first, block.last, box.group(2).strip(), None)
    if CAPTION_RE.match(text) and TITLE_CUE_RE.search(text) and not ends_sentence(text):
        return Block(block.kind, block.first, block.last, _caption_title(lines, [k]), k)
    if block.kind == "table" and _NAMED_TABLE.fullmatch(text.strip()):  # 主要经济指标完成情况表, no number
        return Block(block.kind, block.first, block.last, text.strip(), k)
    return block


#: A caption naming its table without a number, right above it (主要经济指标完成情况表, 2025年重点项目一览表).
_NAMED_TABLE = re.compile(rf"[^\t。；;，,：:]{{2,40}}?{TABLE_TITLE_ENDS}(?:[（(][^）)\t]{{1,20}}[）)])?")


def _caption_title(lines: list[Line], indexes: list[int]) -> str:
    """``表1 北辰区…指标表`` from caption lines, the 表 added back when the export lost it."""
    text = "".join(lines[i].text for i in indexes)
    match = CAPTION_RE.match(text)
    if not match:
        return text
    number = re.sub(r"\D", "", match.group(1).split("-")[0]) or match.group(1)
    return f"表{number} {match.group(2).strip()}"


def _hinted_tables(lines: list[Line], hinted: list[list[str]]) -> list[Block]:
    """Locate the cell sequences the container reported, in order."""
    out: list[Block] = []
    pos = 0
    texts = [x.text for x in lines]
    for cells in hinted:
        cells = [c for c in cells if c]
        if not cells:
            continue
        for i in range(pos, len(texts) - len(cells) + 1):
            if texts[i : i + len(cells)] == cells:
                out.append(_with_caption(lines, Block("table", i, i + len(cells) - 1)))
                pos = i + len(cells)
                break
    return out
