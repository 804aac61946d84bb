"""Tables of projects: a key-project plan's rows under a header such as 序号 项目名称 建设单位 建设地点 总投资
建设内容 建设性质, one row per line with its cells split by TABs (as a table reads when copied from a page or a
Word file).

Each row names one project in its 项目名称 cell; the companies and bodies of its 建设单位 cell build it (DEVELOPS),
the towns, parks and districts of its 建设地点 cell hold it (LOCATED_IN), and its 建设性质 cell gives its stage
(新开工: starting, 续建: under construction, 竣工: completed). The other cells (建设内容, investment) describe the
project and name nothing of their own. Category rows (一、产业项目) and a 合计 row between the rows are no rows.
This module reads the rows and the names in them; the relations and stages they tell are
:mod:`extractors.project_table_facts`'s.

Example:
    >>> rows = project_rows("序号\\t项目名称\\t建设单位\\t建设地点\\t建设性质\\n1\\tA产业园二期\\tB有限公司\\t姜山镇\\t续建")
    >>> [(r.cell("name").text, r.cell("developer").text, r.cell("place").text, r.cell("stage").text) for r in rows]
    [('A产业园二期', 'B有限公司', '姜山镇', '续建')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from extractors.candidates import Candidate
from extractors.name_filters import BRACKETED_PHASE
from extractors.patterns import NamePatterns
from extractors.cell_stages import cell_stage, notice_stage
from extractors.text_marks import Covered
from kg.ingest.patterns import TABLE_TITLE_ENDS
from schema import Cell, Label

#: Header cells and the role of their column (compared without a bracketed note: 建设性质（新开工/续建/竣工）).
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("项目名称", "项目", "名称", "载体名称", "更新单元名称", "单元名称", "楼宇名称", "示范点名称", "点位名称"),
    "developer": ("建设单位", "实施主体", "业主单位", "建设主体", "项目业主", "实施单位", "项目单位", "投资主体",
                  "运营主体", "运营单位", "开发主体", "投资方", "投资企业", "签约企业", "投资单位", "承担单位", "申报主体",
                  "申报单位", "签约单位", "签约主体", "签约方", "改造主体", "改造单位", "更新主体", "申请主体"),
    # the unit answering for the project (区发改局、中泰街道、区城投集团): a company there builds it, a body serves it
    "responsible": ("责任单位", "牵头单位", "责任部门", "主责单位", "牵头部门"),
    "place": ("建设地点", "项目地点", "实施地点", "建设地址", "所在地", "项目所在地", "所在区域", "所属区域", "选址",
              "落户区块", "落户地", "落户地点", "落户园区", "落户镇街", "落地乡镇", "落地地点", "落地园区", "落地镇街",
              "所在镇", "所属镇", "所在镇街", "所属镇街", "所在街镇", "所属街镇", "所在街道", "所属街道", "所在乡镇", "所属乡镇",
              "镇街", "街镇", "所在街镇/园区", "所属街镇/园区", "所在镇街/园区", "所属镇街/园区", "所在片区", "所属片区",
              "所在园区", "所属园区"),
    # (所在镇（街道）: the note taken off)
    "stage": ("建设性质", "建设阶段", "项目性质", "建设状态", "项目阶段", "推进阶段", "项目类型", "项目类别", "建设类别",
              "项目状态", "状态", "类型", "性质", "类别",
              "年度进展", "建设进展", "项目进展", "进展情况", "建设进度", "形象进度", "推进情况", "项目推进情况", "进度情况",
              "目前进展", "当前进度", "目前进度", "进展", "进度", "进度安排", "进度计划", "阶段", "当前阶段", "所处阶段"),
    "chain": ("所属产业链", "产业链", "所属产业", "产业领域", "所属领域", "重点产业链", "领域", "重点领域"),
}
#: Header cells of the other tables a text holds: a header line naming two of these (or 序号) ends the table above.
_HEADER_WORDS = frozenset(w for words in ROLE_WORDS.values() for w in words) | {
    "企业名称", "公司名称", "单位名称", "包联区领导", "责任领导", "指标名称", "主要指标"}
#: A note in brackets (a header cell's 建设性质（新开工/续建/竣工）, a place cell's 仁和街道(余杭经济技术开发区)).
NOTE = re.compile(r"[（(][^）)]*[）)]")
#: Where a cell lists several companies or places (宁波市鄞州区城市建设投资发展有限公司、中铁十一局集团有限公司).
PART_SPLIT = re.compile(r"[、，,；;/]|(?<=[镇区县市道园])和")


@dataclass(frozen=True)
class TableRow:
    """One row of a project table: its span and its cells by role (and the describing cells)."""

    start: int
    end: int
    roles: dict[str, Cell] = field(default_factory=dict)
    others: tuple[Cell, ...] = ()

    def cell(self, role: str) -> Cell | None:
        """The row's cell of ``role`` (name, developer, place, stage), if it has one."""
        return self.roles.get(role)


#: The period a progress column is of, written before its word (2025年进展, 一季度形象进度, 1-6月建设进度).
_PERIOD = re.compile(r"^(?:20\d{2}年度?)?(?:[一二三四1-4]季度|上半年|下半年|前三季度|\d{1,2}(?:-\d{1,2})?月(?:底|份)?|年底|年末)?"
                     r"(?=[\u4e00-\u9fff]*进[展度])")


def header_words(line: str) -> list[str]:
    """The cells of a TAB table's line as header words: without their bracketed notes, blanks and the period a
    progress column is of."""
    return [_PERIOD.sub("", NOTE.sub("", cell).strip()) for cell in line.split("\t")]


def text_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with its offset."""
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def table_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with its offset (none where the text holds no TAB table)."""
    return text_lines(text) if "\t" in text else iter(())


def ends_table(line: str) -> bool:
    """A line without TABs that ends the table above it: a paragraph (a category row, 30 characters or fewer, keeps it)."""
    return "\t" not in line and len(line.strip()) > 30


def header_roles(line: str) -> dict[int, str] | None:
    """The role of each column a header line names, or None when the line is no project table's header."""
    roles: dict[int, str] = {}
    for i, word in enumerate(header_words(line)):
        role = next((r for r, words in ROLE_WORDS.items() if word in words and r not in roles.values()), None)
        if role is not None:
            roles[i] = role
    return roles if "name" in roles.values() and len(roles) >= 2 else None


@lru_cache(maxsize=4)
def project_rows(text: str) -> tuple[TableRow, ...]:
    """Every row of every project table in ``text``, and every block of project fields (项目名称：… / 建设单位：… /
    建设地点：…) of a notice, as one row each (read once per text: the names, relations and stages all ask)."""
    return tuple(_noted(row) for row in _table_rows(text) + field_rows(text) + inline_field_rows(text))


#: A builder's cell with a note in brackets after the builder (X有限公司（Y集团有限公司全资子公司）): the note names
#: no builder, and its names are read as the text's.
_NOTED_BUILDER = re.compile(r"^(.{4,}?(?:公司|集团|中心|局|委员会|院))[（(][^（）()]{4,}[）)]$")


#: A builder's cell naming a firm's supplier, not the firm (X有限公司配套企业).
_SUPPLIERS = ("配套企业", "配套商", "供应商")


def _noted(row: TableRow) -> TableRow:
    """``row`` with its builder's cell cut before a bracketed note."""
    builder = row.cell("developer")
    if builder is not None and builder.text.endswith(_SUPPLIERS):  # 签约方：X有限公司配套企业: X's supplier signs
        return TableRow(row.start, row.end, {k: v for k, v in row.roles.items() if k != "developer"}, row.others)
    noted = _NOTED_BUILDER.match(builder.text) if builder else None
    if noted is None:
        return row
    cut = Cell(text=noted.group(1), start=builder.start, end=builder.start + noted.end(1))
    return TableRow(row.start, row.end, {**row.roles, "developer": cut}, row.others)


#: A field line of a project notice: its label and its value (建设单位：苏州渭塘城乡发展集团有限公司), the first of a block
#: after the item's number where a bare number line was joined to it ((一)项目名称:…).
_FIELD = re.compile(r"^[ \t\u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）][ \t\u3000]*)?([\u4e00-\u9fff]{2,8})[:：]"
                    r"[ \t\u3000]*(\S.*?)[ \t\u3000]*$")
#: A numbered heading line naming a project (1．高性能预应力钢材及新型建材产业园项目).
_NUMBERED_NAME = re.compile(r"^[ \t\u3000]*\d{1,2}[．.、][ \t\u3000]*([^\s：:，。；]{4,40})[ \t\u3000]*$")
#: Field labels whose values describe the works (and name nothing of their own).
_DESCRIBING = ("建设内容", "建设内容及规模", "建设规模", "主要建设内容", "项目概况", "配套设施", "主要内容")


def field_rows(text: str) -> list[TableRow]:
    """Each block of field lines opened by 项目名称：… (a project notice's form), or by 项目地点：… under a numbered
    heading that names the project (a catalogue's form: 1．X项目 / 项目地点：…), as a row of its roles."""
    if "项目名称" not in text and "项目地点" not in text:
        return []
    rows: list[TableRow] = []
    block: list[tuple[str, Cell]] = []
    pos, heading = 0, None
    for line in text.split("\n") + [""]:
        start, pos = pos, pos + len(line) + 1
        field = _FIELD.match(line)
        if field is not None and not block and heading is not None and field.group(1) == "项目地点":
            block = [("项目名称", heading)]  # 1．X项目 / 项目地点：…: a catalogue's project named by its numbered heading
        numbered = _NUMBERED_NAME.match(line)
        heading = Cell(text=numbered.group(1), start=start + numbered.start(1), end=start + numbered.end(1)) \
            if numbered else None
        if field is not None and (block or field.group(1) == "项目名称") and not (block and field.group(1) == "项目名称"):
            block.append((field.group(1), Cell(text=field.group(2), start=start + field.start(2), end=start + field.end(2))))
            continue
        if block:
            row = _field_row(block)
            stage = row.cell("stage") if row.cell("stage") and cell_stage(row.cell("stage").text) \
                else notice_stage(text, row.start)
            rows.append(TableRow(row.start, row.end, {**row.roles, "stage": stage}, row.others) if stage else row)
        block = [(field.group(1), Cell(text=field.group(2), start=start + field.start(2), end=start + field.end(2)))] \
            if field is not None and field.group(1) == "项目名称" else []
    return rows


#: A numbered item naming its works, then its fields in the same line (1.容东片区G7路改造工程。建设单位：X；建设地点：Y;
#: 8．X项目，总投资21.6亿元，建设单位：A，建设地点：B。), a field's value ending at the next mark.
_INLINE_ITEM = re.compile(r"^[ \t\u3000]*\d{1,2}[．.、][ \t\u3000]*([^\s：:，,。；;]{4,40})[。，,]"
                          r"(?=[^\n:：]{0,30}?[\u4e00-\u9fff]{2,8}[:：])")
_INLINE_FIELD = re.compile(r"([\u4e00-\u9fff]{2,8})[:：]([^；;。，,]+)")


def inline_field_rows(text: str) -> list[TableRow]:
    """Each numbered item whose line names its works and then their fields parted by ； (a project list's form), as
    a row of its roles; only items naming a builder or a place."""
    if not any(word in text for word in ("单位", "地点", "签约方", "落户地")):
        return []
    rows: list[TableRow] = []
    heading: Cell | None = None  # the stage of the heading over the items (三、部分开工项目一览)
    for start, line in text_lines(text):
        item = _INLINE_ITEM.match(line)
        if item is None:
            heading = _group_stage(line, start, None) or _caption_stage(line, start) if line.strip() else heading
            continue
        block = [("项目名称", Cell(text=item.group(1), start=start + item.start(1), end=start + item.end(1)))]
        block += [(f.group(1), Cell(text=f.group(2).strip(), start=start + f.start(2), end=start + f.start(2)
                                    + len(f.group(2).strip()))) for f in _INLINE_FIELD.finditer(line, item.end())]
        row = _field_row(block)
        if heading is not None and not row.cell("stage"):
            row = TableRow(row.start, row.end, {**row.roles, "stage": heading}, row.others)
        if row.cell("developer") or row.cell("place"):
            rows.append(row)
    return rows


def _field_row(block: list[tuple[str, Cell]]) -> TableRow:
    roles: dict[str, Cell] = {}
    for label, cell in block:
        role = next((r for r, words in ROLE_WORDS.items() if label in words and (r != "name" or label == "项目名称")), None)
        if role is not None and role not in roles:
            roles[role] = cell
    others = tuple(cell for label, cell in block if label in _DESCRIBING)
    return TableRow(start=block[0][1].start, end=block[-1][1].end, roles=roles, others=others)


def _table_rows(text: str) -> list[TableRow]:
    """Every row of every TAB table under a header naming 项目名称 and another role."""
    rows: list[TableRow] = []
    roles: dict[int, str] | None = None
    group: Cell | None = None  # the stage of a group row (一、续建项目（9个）) over the rows under it
    caption: Cell | None = None  # the stage the caption above a table gives (…集中开工重点项目一览表)
    above = False  # the line above is a group line (一、续建项目 over a table of its own, header first)
    for start, line in table_lines(text):
        if "\t" not in line:
            roles = None if ends_table(line) or _NEXT_TABLE.fullmatch(line.strip()) else roles
            above = _GROUP_ROW.match(line) is not None
            group = _group_stage(line, start, group)
            caption = _caption_stage(line, start) if line.strip() else caption  # (a blank line under the caption)
            continue
        header = header_roles(line)
        if header is not None or roles is None or _other_header(line):  # 序号	企业名称…: another table ends this one
            roles, group = header, (group if above else None) or caption if header is not None else None
            above = False
            continue
        above = False
        row = _row(line, start, roles)
        if row is None:
            group = _group_stage(line, start, group)
        elif group is not None and not (row.cell("stage") and cell_stage(row.cell("stage").text)):
            row = TableRow(row.start, row.end, {**row.roles, "stage": group}, row.others)
        if row is not None:
            rows.append(row)
    return rows


#: A group row of a project table, opened by a top-level number (一、续建项目（9个）, 二、新开工项目, （二）计划新开工项目).
_GROUP_ROW = re.compile(r"[ \t\u3000]*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])([^\t]{2,20})")


#: A table's caption: a short line naming a list (北辰区2024年一季度集中开工重点项目一览表, 签约项目（部分）一览), or the projects themselves
#: under an appendix mark (附：龙岗区2023年第二批集中开工重点项目（部分）), or a line announcing them (主要签约项目如下：,
#: 本次开工项目（部分）如下：).
_CAPTION = re.compile(rf"[^\t]{{4,40}}{TABLE_TITLE_ENDS}(?:[（(](?:部分|节选|摘录)[）)])?"
                      r"|附[:：][^\t]{4,40}项目(?:[（(](?:部分|节选|摘录)[）)])?"
                      r"|[^\t，,。]{2,30}项目(?:情况)?(?:[（(](?:部分|节选|摘录)[）)])?如下[:：。]")


#: The caption of a table of its own (a caption, an annex's title, 附表：慈溪市智能家电产业链图谱 under the last row of a
#: project table): the table above ends there, whatever the header under it names.
_NEXT_TABLE = re.compile(rf"{_CAPTION.pattern}|附(?:表|件)[0-9一二三四五六七八九十]*[:：].{{2,40}}|[^\t]{{4,40}}图谱")


def _caption_stage(line: str, start: int) -> Cell | None:
    """The stage a caption line's words give the rows of the table under it (集中开工 → starting), if any; a caption may
    be the last sentence of a paragraph (…按节点推进。附:2023年一季度部分集中开工项目情况如下。)."""
    text = line.strip()
    lead = len(line) - len(line.lstrip()) + max(text.rfind(c, 0, len(text) - 1) for c in "。；;") + 1
    lead += len(line[lead:]) - len(line[lead:].lstrip())  # (a space after the sentence before)
    text = line[lead:].strip()
    if _CAPTION.fullmatch(text) is None or cell_stage(text) is None or "签约" in text and "开工" in text:
        return None  # (部分重点签约及开工项目一览: two groups, each row's own)
    return Cell(text=text, start=start + lead, end=start + lead + len(text))


def _other_header(line: str) -> bool:
    """A table line naming the columns of a table (序号 or two header words), whatever table it opens."""
    words = set(header_words(line))
    return "序号" in words or len(words & _HEADER_WORDS) >= 2


def _group_stage(line: str, start: int, group: Cell | None) -> Cell | None:
    """The group stage in force after ``line``: a top-level group row sets it (to None when its words give no
    stage: 一、产业项目), any other line keeps it."""
    head = _GROUP_ROW.match(line)
    if head is None:
        return group
    words = head.group(2)
    if cell_stage(words, timed=True) is None:  # 二、新建项目: a plan's group of the works starting this year
        return None
    return Cell(text=words, start=start + head.start(2), end=start + head.end(2))


def _row(line: str, start: int, roles: dict[int, str]) -> TableRow | None:
    """The row of one table line, its cells placed by column; None for a line without a project name (合计)."""
    cells = line_cells(line, start)
    by_role = {role: cells[i] for i, role in roles.items() if i < len(cells) and cells[i].text}
    name = by_role.get("name")
    if name is None or name.text.startswith(("合计", "小计", "总计")) or len(name.text) < 3:
        return None
    others = tuple(c for i, c in enumerate(cells) if i not in roles and c.text)
    return TableRow(start=start, end=start + len(line), roles=by_role, others=others)


def line_cells(line: str, start: int) -> list[Cell]:
    """The cells of a TAB table's line starting at ``start``, without their blanks, offsets kept."""
    cells, at = [], start
    for raw in line.split("\t"):
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        cells.append(Cell(text=text, start=at + lead, end=at + lead + len(text)))
        at += len(raw) + 1
    return cells


def side_cells(text: str, more: Iterable[tuple[int, int]] = ()) -> Covered:
    """The cells of every row other than its project's (builders, places, chains, describing cells), and the spans
    ``more``: what they name takes no chain from the row (the row's project does, by its 所属产业链 cell)."""
    return Covered([(c.start, c.end) for row in project_rows(text)
                    for role, c in [*row.roles.items(), *(("", o) for o in row.others)] if role != "name"] + [*more])


def cell_parts(cell: Cell) -> list[Cell]:
    """The parts of a cell listing several names, with their offsets."""
    out, at = [], cell.start
    for piece in PART_SPLIT.split(cell.text):
        lead = len(piece) - len(piece.lstrip())
        text = piece.strip()
        if text:
            begin = cell.text.index(piece, at - cell.start) + cell.start + lead
            out.append(Cell(text=text, start=begin, end=begin + len(text)))
            at = begin + len(text)
    return out


# -- names, relations and stages of the rows ------------------------------------------------------------------


def table_candidates(text: str, patterns: NamePatterns, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each row's project (its whole 项目名称 cell: a Park when a park suffix ends it) and the
    companies and bodies of its 建设单位 cell in place of what the name rules found inside those cells; nothing
    is found in the describing cells (建设内容: 新建厂房…, 五轴联动数控机床生产线)."""
    rows = project_rows(text)
    if not rows:
        return found
    made: list[Candidate] = []
    for row in rows:
        name = row.cell("name")
        end = name.start + _without_note(name.text)  # …人才公寓（二期）, …产业园（一期）EPC总承包: the works
        label = Label.PARK if patterns.suffix_label(text[name.start:end]) == Label.PARK else Label.PROJECT
        made.append(Candidate(name.start, end, label, "table.project"))
        for part in (p for role in _ACTORS for p in (cell_parts(row.cell(role)) if row.cell(role) else ())):
            actor = _actor_label(part.text, patterns)
            if actor is not None:
                made.append(Candidate(part.start, part.end, actor, "table.developer"))
        made.extend(Candidate(part.start, part.end, Label.INDUSTRY_CHAIN, "table.chain")
                    for part in (cell_parts(row.cell("chain")) if row.cell("chain") else ()) if CHAIN_CELL.fullmatch(part.text))
    named = Covered([(c.start, c.end) for r in rows for c in (r.cell("name"), *map(r.cell, _ACTORS), r.cell("chain")) if c])
    described = Covered([(c.start, c.end) for r in rows for c in r.others])
    placed = Covered([(c.start, c.end) for r in rows if (c := r.cell("place"))])  # 望丛东路以南…: works there are an address
    return [c for c in found if not named.holds(c.start) and not (c.label in _WORKS and described.holds(c.start))
            and not (c.label == Label.PROJECT and placed.holds(c.start))] + made


#: A note closing a project's cell: its phase, batch or buildings, and what follows it (（一期）EPC总承包); a stretch
#: of the works (（鄞州段）) is no note.
_CELL_NOTE = re.compile(r"(?<!首台)[（(][^（）()]{0,15}[^（）()段][）)](?:建设)?(?:项目|工程)?(?:EPC)?(?:总承包)?$")  # (首台（套）: a term)


def _without_note(cell: str) -> int:
    """Where a project's cell ends without the note closing it (its length when it has none); a phase opening the
    note stays in the name (…科创总部项目（二期）, …产业园（一期）EPC总承包: the phase's works)."""
    note = _CELL_NOTE.search(cell)
    if note is None or note.start() < 4:
        return len(cell)
    phase = BRACKETED_PHASE.match(cell, note.start())
    return note.start() if phase is None else phase.end()


def _actor_label(text: str, patterns: NamePatterns) -> Label | None:
    """Enterprise or Organization for a 建设单位 part, by its suffix (None for a word that names neither)."""
    label = patterns.suffix_label(text)
    if label in (Label.ENTERPRISE, Label.ORGANIZATION):
        return label
    return Label.ORGANIZATION if text.endswith(_BODY_ENDS) and len(text) > 3 else None


#: A 所属产业链 cell's industry: a few characters, no figure (汽车零部件, 高端装备).
CHAIN_CELL = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,12}")
#: Bodies a 建设单位 cell names that the name suffixes leave out (明楼街道办事处, 县供销社).
_BODY_ENDS = ("办事处", "供销社", "管理处", "指挥部", "人民政府")
#: The columns naming who builds or answers for a project (建设单位, 责任单位).
_ACTORS = ("developer", "responsible")
#: What a describing cell (建设内容) names that is no thing of its own: the works it describes and their kinds.
_WORKS = (Label.PROJECT, Label.PARK, Label.INDUSTRY_CHAIN)
