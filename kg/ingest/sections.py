"""The heading tree of one region of a document (a part, or the whole body).

Headings are found by marker (第X章, 第X节, 一、, (一), 1., (1)), as 专栏 boxes,
名词解释 glossaries, container headings (docx styles, html h1-h6), run-in
headings (``(一)抓住…成效显著。强化…``) and short stand-alone lines between
paragraphs. A stack of open headings gives each its path; a heading closes at
the next heading of the same or an outer rank. Tables and the table of contents
are found first (``tables.find_blocks``) so their lines never become headings.
``一是…二是…`` enumerations become ``subitem`` leaves.

Example:
    >>> secs, _ = build_tree("第一章 总则\\n一、目的\\n正文。\\n二、范围\\n正文。", prefix=())
    >>> [s.path_str for s in secs]
    ['第一章 总则', '第一章 总则 / 一、目的', '第一章 总则 / 二、范围']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from schema.document import Cell, Section, Table

from kg.ingest.lines import Line, split_lines
from kg.ingest.metadata import ORG_DATE_LINE_RE
from kg.ingest.patterns import (
    BARE_RANK,
    BOX_RANK,
    BOX_RE,
    GLOSSARY_RE,
    ITEMS_IN_BOX,
    SOURCE_LINE_RE,
    SUBITEM_RE,
    cn_number,
    ends_sentence,
    heading_marker,
    is_caption,
    marker_kind,
    marker_number,
    marker_rank,
    run_in_heading,
)
from kg.ingest.tables import Block, find_blocks

BARE_MAX = 24  # a stand-alone heading without a marker is at most this long
HEADLINE_MAX = 60  # a news item's headline (above its 来源 line) is at most this long
PARAGRAPH_MIN = 25  # the line after it is a paragraph at least this long (or a heading)
SUBITEM_TITLE_MAX = 40


@dataclass
class Heading:
    """A heading found on a line: where, how deep, and its path entry."""

    start: int
    heading_end: int
    rank: int
    kind: str
    title: str
    marker: str = ""
    number: int | None = None


@dataclass
class _Open:
    heading: Heading
    path: tuple[str, ...]
    run_in: bool = False  # the heading opens its line and the body goes on after it (1.…项目。总投资…)
    paragraphs: int = 0  # plain lines met while this was the innermost open heading
    one_line_items: int = 0  # closed children that were run-in items of their own line only
    other_children: int = 0
    count: int | None = None  # the items a heading says it holds (四、港航物流产业链（2个）): its paragraphs at most


def build_tree(
    text: str,
    *,
    prefix: tuple[str, ...],
    offset: int = 0,
    end: int | None = None,
    hinted_headings: dict[str, int] | None = None,
    hinted_tables: list[list[str]] | None = None,
) -> tuple[list[Section], list[Table]]:
    """Sections and tables of a region of text.

    Args:
        text: The region's text (a slice of the normalised document).
        prefix: Path entries above this region (the part title, if any).
        offset: Offset of ``text[0]`` in the document.
        end: Offset where the region ends (default ``offset + len(text)``).
        hinted_headings: Heading texts the container marked, with their level.
        hinted_tables: Cell sequences the container reported as tables.

    Returns:
        (sections in order of start, tables).
    """
    region_end = offset + len(text) if end is None else end
    lines = [x for x in split_lines(text, offset) if x.text]
    builder = _TreeBuilder(prefix, region_end, hinted_headings or {})
    blocks = {b.first: b for b in find_blocks(lines, hinted_tables)}
    skip = _block_lines(blocks.values())
    for i in range(len(lines)):
        block = blocks.get(i)
        if block is not None:
            builder.add_block(block, lines)
        if i not in skip:
            builder.add_line(lines, i, before_block=i + 1 in blocks)
    return builder.finish()


def _block_lines(blocks: Iterable[Block]) -> set[int]:
    """The indexes of the lines that tables and tables of contents hold, their titles' lines included."""
    skip: set[int] = set()
    for b in blocks:
        skip |= set(range(b.title_first if b.title_first is not None else b.first, b.last + 1))
    return skip


#: Lines read ahead for the next item of a list that a plain line interrupts (a figure's caption, a note).
_LIST_LOOKAHEAD = 6


def _ends_a_list(text: str, ahead: list[str], number: tuple[str, int] | None) -> bool:
    """Whether a plain line ends the list of run-in items open above it: a paragraph of sentences (not a
    caption: 图1-1 北辰区外部交通优势图), and no next item of the list follows soon ((六) after (五))."""
    if number is None or "。" not in text or len(text) < 30:
        return False
    for line in ahead:
        marked = run_in_heading(line) or heading_marker(line)
        if marked is not None and marked[0] == number[0] and marker_number(marked[1]) == number[1] + 1:
            return False
    return True


class _TreeBuilder:
    """Keeps the stack of open headings and the finished records."""

    def __init__(self, prefix: tuple[str, ...], region_end: int, hints: dict[str, int]) -> None:
        self.prefix = prefix
        self.region_end = region_end
        self.hints = hints
        self.stack: list[_Open] = []
        self.sections: list[Section] = []
        self.tables: list[Table] = []
        self.subitems: list[tuple[tuple[str, ...], int, Heading, int]] = []
        self.last_digit: int | None = None  # the number of the last digit heading (1. 2. …)
        self.root_items = 0  # run-in items of one line each closed in a row with no heading open above them

    def path(self) -> tuple[str, ...]:
        return self.stack[-1].path if self.stack else self.prefix

    def level(self, path: tuple[str, ...]) -> int:
        return len(path) - len(self.prefix)

    def classify(self, line: Line, prev: str | None, nxt: str | None) -> Heading | None:
        """The heading on ``line``, or None for body text."""
        text = line.text
        marked = heading_marker(text)
        if marked is not None:
            return self._marked(line, *marked)
        box = BOX_RE.match(text)
        if box:
            return Heading(line.start, line.end, BOX_RANK, "box", f"专栏{box.group(1) or ''} {box.group(2).strip()}")
        if GLOSSARY_RE.match(text):
            return Heading(line.start, line.end, BARE_RANK, "glossary", text)
        if text in self.hints:
            level = max(1, self.hints[text])
            kind = "chapter" if level == 1 else "section" if level == 2 else "item"
            return Heading(line.start, line.end, level, kind, text)
        run_in = run_in_heading(text)
        if run_in is not None:
            name, marker, lead, length = run_in
            return self._marked(Line(line.index, line.start, line.start + length, text[:length]), name, marker, lead)
        if is_bare_heading(text, prev, nxt) or is_news_headline(text, nxt):
            return Heading(line.start, line.end, BARE_RANK, "chapter", text)
        return None

    def _marked(self, line: Line, name: str, marker: str, title: str) -> Heading:
        rank, kind, number = marker_rank(name), marker_kind(name), marker_number(marker)
        if name == "digit" and self.stack and number is not None and number > 1 and self.last_digit != number - 1:
            top = self.stack[-1].heading
            if top.marker == "paren" and top.number == number - 1:  # (三) … 4.加快… (五): a typo'd (四)
                rank, name = top.rank, "paren"  # (not 3. after (二) when 1. and 2. came before: one running list)
        if name == "digit" and number is not None:
            self.last_digit = number
        sep = " " if kind in ("chapter", "section") else ""
        return Heading(line.start, line.end, rank, kind, marker + sep + title, name, number)

    def push(self, heading: Heading, run_in: bool = False) -> None:
        self._close(heading.rank, heading.start, box=heading.kind == "box")
        path = self.path() + (heading.title,)
        counted = _COUNTED.search(heading.title) if not run_in else None
        self.stack.append(_Open(heading, path, run_in, count=cn_number(counted.group(1)) or None if counted else None))

    def close_all(self, at: int) -> None:
        """Close every open heading at ``at``."""
        self._close(0, at)

    def _close(self, rank: int, at: int, box: bool = False) -> None:
        """Close the open headings ``rank`` closes; a box closes the box open before it, with the box's items."""
        while box and any(o.heading.kind == "box" for o in self.stack):
            box = self.stack[-1].heading.kind != "box"
            self._pop(at)
        while self.stack and self.stack[-1].heading.rank >= rank \
                and not (self.stack[-1].heading.kind == "box" and ITEMS_IN_BOX <= rank < BOX_RANK):
            self._pop(at)  # (专栏4-1 …项目 then 1.X 2.Y: the box's items, not the (三) item's before it)

    def _pop(self, at: int) -> None:
        item = self.stack.pop()
        self._emit(item, at)
        one_line = item.run_in and item.paragraphs == 0
        if self.stack and one_line:
            self.stack[-1].one_line_items += 1
        elif self.stack:
            self.stack[-1].other_children += 1
        else:
            self.root_items = self.root_items + 1 if one_line else 0

    def top_number(self) -> tuple[str, int] | None:
        """The marker name and number of the innermost open heading when it is a numbered run-in item."""
        top = self.stack[-1].heading if self.stack and self.stack[-1].run_in else None
        return (top.marker, top.number) if top is not None and top.number is not None else None

    def end_list(self, at: int) -> None:
        """A plain line after a list of run-in items that each were one line (1.…项目。总投资…落户…) is no part of
        the last item: the list ends there, and so does the heading holding only such items (五、绿色食品…
        over items 13 to 15), so that the text after the list (a speech, the next news item) is under neither. A
        list with no heading above it (部分签约项目简介：1.…项目。由…投资建设… 6.…) ends the same way."""
        top = self.stack[-1] if self.stack else None
        parent = self.stack[-2] if len(self.stack) > 1 else None
        if top is None or not top.run_in or top.paragraphs:
            return
        if parent is None:
            if self.root_items:
                self._pop(at)
            return
        if not parent.one_line_items or parent.other_children:
            return
        self._pop(at)
        if not parent.paragraphs and not parent.run_in:
            self._pop(at)

    def _emit(self, item: _Open, end: int) -> None:
        h = item.heading
        self.sections.append(
            Section(path=item.path, kind=h.kind, level=self.level(item.path), start=h.start,
                    end=max(end, h.heading_end), heading_start=h.start, heading_end=h.heading_end)
        )

    def add_line(self, lines: list[Line], i: int, *, before_block: bool) -> None:
        """Read ``lines[i]``, a line outside every table: the heading on it opens, or else it counts as a paragraph,
        which may end the list of run-in items above it. ``before_block``: a table or a table of contents starts on
        the next line."""
        line = lines[i]
        prev = lines[i - 1].text if i > 0 else None
        nxt = lines[i + 1].text if i + 1 < len(lines) else None
        if _ANNEX.match(line.text) and before_block:
            self.close_all(line.start)  # 附件：…目录 over a table after 附则: the document's annex, not that section's
        heading = self.classify(line, prev, nxt)
        if heading is not None:
            self.push(heading, run_in=heading.heading_end < line.end)
        else:
            if _ends_a_list(line.text, [x.text for x in lines[i + 1:i + 1 + _LIST_LOOKAHEAD]], self.top_number()):
                self.end_list(line.start)
            self.note_paragraph(line)

    def add_block(self, block: Block, lines: list[Line]) -> None:
        """Record a table or a table of contents starting at ``block``."""
        first = lines[block.title_first if block.title_first is not None else block.first]
        last = lines[block.last]
        if block.kind == "toc":
            self._close(BARE_RANK, lines[block.first].start)
        elif block.title and _ANNEX.match(block.title):
            self.close_all(first.start)  # 附：…一览表 after the last section: the document's, not that section's
        path = self.path() + (block.title or "表",)
        self.sections.append(
            Section(path=path, kind=block.kind, level=self.level(path), start=first.start, end=last.end,
                    heading_start=first.start, heading_end=lines[block.first].end if block.kind == "toc" else first.start)
        )
        if block.kind == "table":
            cells = tuple(c for x in lines[block.first : block.last + 1] for c in _cells(x))
            self.tables.append(Table(title=block.title, start=first.start, end=last.end, cells=cells, section_path=self.path()))

    def note_paragraph(self, line: Line) -> None:
        """Count the line for the innermost open heading; remember the ``一是/二是`` openings of a body line. A line
        after as many paragraphs as the heading says it holds items is no part of it (签约仪式上，… after the two
        projects of 四、港航物流产业链（2个）)."""
        while self.stack and self.stack[-1].count is not None and self.stack[-1].paragraphs >= self.stack[-1].count:
            self._pop(line.start)
        if self.stack:
            self.stack[-1].paragraphs += 1
        for match in SUBITEM_RE.finditer(line.text) if "是" in line.text else ():  # 是 ends every opening
            start = line.start + match.start()
            tail = line.text[match.start() :]
            cut = min([i for i in (tail.find(c) for c in "。;,:!?") if i > 0] + [len(tail), SUBITEM_TITLE_MAX])
            heading = Heading(start, start + cut, 99, "subitem", tail[:cut], "subitem", marker_number(match.group(1)))
            # …问题：一是…；二是…；三是…。下一步，…: items parted by ； end with their sentence (not 。三是… of a plan)
            stop = tail.find("。") if match.start() and line.text[match.start() - 1] in "；;" else -1
            self.subitems.append((self.path(), start + stop + 1 if stop > 0 else line.end, heading, line.start))

    def finish(self) -> tuple[list[Section], list[Table]]:
        self._close(0, self.region_end)
        self._emit_subitems()
        self.sections.sort(key=lambda s: (s.start, s.level))
        return self.sections, self.tables

    def _emit_subitems(self) -> None:
        items = self.subitems
        for k, (path, line_end, h, line_start) in enumerate(items):
            nxt = items[k + 1] if k + 1 < len(items) else None
            follows = nxt is not None and nxt[0] == path and nxt[2].number == (h.number or 0) + 1
            starts_run = h.number == 1 or h.start == line_start
            prev = items[k - 1] if k > 0 else None
            continues = prev is not None and prev[0] == path and h.number == (prev[2].number or 0) + 1
            if not (follows or continues or starts_run):
                continue
            end = nxt[2].start if follows and nxt is not None else line_end
            full = path + (h.title,)
            self.sections.append(
                Section(path=full, kind="subitem", level=self.level(full), start=h.start, end=end,
                        heading_start=h.start, heading_end=h.heading_end)
            )


#: A heading's count of the items under it: （3个）, (2项), （十个）.
_COUNTED = re.compile(r"[（(]([0-9]{1,2}|[一二三四五六七八九十]{1,3})[个项][）)]$")
#: A table's title naming it an annex (附：…一览表, 附件1, 附表).
_ANNEX = re.compile(r"附(?:件|表)?[0-9一二三四五六七八九十]*[：:、\s]|附件|附表")


def _cells(line: Line) -> list[Cell]:
    """Cells of a table line: tab-separated fields, or the whole line."""
    cells: list[Cell] = []
    pos = line.start
    for field in line.text.split("\t"):
        if field.strip():
            lead = len(field) - len(field.lstrip())
            cells.append(Cell(text=field.strip(), start=pos + lead, end=pos + lead + len(field.strip())))
        pos += len(field) + 1
    return cells


def is_news_headline(text: str, nxt: str | None) -> bool:
    """A news item's headline: a line that ends no sentence, right above its 来源/作者/发布时间 line (a
    page of several news items starts each with one).

    Example:
        >>> is_news_headline("张浦镇:智能制造项目“拿地即开工”", "来源:张浦镇人民政府 发布时间:2024-03-21 10:20")
        True
    """
    return (nxt is not None and SOURCE_LINE_RE.match(nxt) is not None and 4 <= len(text) <= HEADLINE_MAX
            and not ends_sentence(text) and SOURCE_LINE_RE.match(text) is None)


#: The words a news story's byline opens with.
_BYLINES = ("本报记者", "记者", "通讯员", "见习记者", "特约记者", "融媒体记者", "文/", "图/", "摄影")


#: A news subheading naming quoted things, listed and then what happens to them (“芯”项目、“翼”项目同步签约).
_QUOTED_LIST = re.compile(r"“[^”、]{1,6}”[^“”、,]{0,4}(?:、“[^”、]{1,6}”[^“”、,]{0,4})+[^“”、,]{2,8}")


#: A news subheading's closing slogan in quotes (新材料、生物医药项目“添后劲”).
_SLOGAN_END = re.compile(r"[\u4e00-\u9fff]“[\u4e00-\u9fff]{2,5}”$")


def is_bare_heading(text: str, prev: str | None, nxt: str | None) -> bool:
    """A short stand-alone line between paragraphs that reads as a title.

    Example:
        >>> is_bare_heading("聚焦协调联动,争当协同发展排头兵", "上文。", "2020年,北辰区将围绕功能定位加大核心区开发建设力度,加快建设重大项目。")
        True
    """
    if not 2 <= len(text) <= BARE_MAX or ends_sentence(text) or is_caption(text) or nxt is not None and "\t" in nxt:
        return False  # (主要经济指标完成情况表 right above a TAB table's header: the table's caption, no section)
    quoted = _QUOTED_LIST.fullmatch(text) is not None  # “芯”项目、“翼”项目同步签约: 、 and “ allowed
    listed = quoted or _SLOGAN_END.search(text) is not None  # 新材料、生物医药项目“添后劲”: 、 allowed
    if any(p in text for p in "。!?;:") or "、" in text and not listed or text.count(",") > 1 \
            or text[0] in "(——-0123456789《" or text[0] == "“" and not quoted or text.isascii() \
            or text.startswith(_BYLINES) or ORG_DATE_LINE_RE.match(text):
        return False  # 本报记者 孟若冰 通讯员 杨晓丹, 长清区人民政府 2021年3月: who wrote it and when, no heading
    if prev is not None and (prev.endswith(":") or (len(prev) <= BARE_MAX and not ends_sentence(prev) and heading_marker(prev) is None)):
        return False
    return nxt is not None and (len(nxt) >= PARAGRAPH_MIN or heading_marker(nxt) is not None or run_in_heading(nxt) is not None)
