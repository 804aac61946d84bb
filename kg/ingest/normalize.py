"""Normalisation for matching: characters, spaces, web chrome, PDF line breaks.

``normalise`` is idempotent: ``normalise(normalise(t)) == normalise(t)``. Its
output has one paragraph per line (blank lines removed), half-width ASCII,
plain spaces only between two Latin/digit characters (and after a heading
label such as ``第四章``), no web chrome, and paragraphs that a PDF export broke
over lines (or pages) joined back.

Example:
    >>> normalise("城镇化稳步提升,全区城镇常住人口由 86.4 万人增加到\\n\\n86.9 万人。")
    '城镇化稳步提升,全区城镇常住人口由86.4万人增加到86.9万人。'
    >>> normalise("名\\u2002\\u2002称 :通知（一）")
    '名称:通知(一)'
"""

from __future__ import annotations

import re

from kg.ingest.chrome import drop_chrome
from kg.ingest.patterns import (
    BARE_MARKER_RE,
    PROTECTED_PREFIX_RE,
    SOFT_END,
    TERMINATORS,
    ends_sentence,
    heading_marker,
    is_caption,
    opens_item,
    run_in_heading,
)

# Character table: code points mapped to a replacement (None = delete).
SPACE_CHARS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
#: Invisible characters, and U+FFFE and U+FFFF, noncharacters that XML 1.0 cannot carry (kg.graphml).
DELETE_CHARS = "\ufeff\u200b\u200c\u200d\u2060\u00ad\ufffe\uffff"
LINE_BREAK_CHARS = "\r\u2028\u2029\x0b\x0c\x85"

_CHAR_TABLE: dict[int, str | None] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_CHAR_TABLE.update({ord(c): " " for c in SPACE_CHARS})
_CHAR_TABLE.update({ord(c): None for c in DELETE_CHARS})
_CHAR_TABLE.update({ord(c): "\n" for c in LINE_BREAK_CHARS})
_CHAR_TABLE.update({cp: None for cp in range(0x00, 0x20) if cp not in (0x09, 0x0A, 0x0D, 0x0B, 0x0C)})
_CHAR_TABLE.update({cp: None for cp in range(0x7F, 0xA0) if cp != 0x85})
_CHAR_TABLE.update({cp: None for cp in range(0xD800, 0xE000)})  # lone surrogates

_MAPPED_RE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_CHAR_TABLE)) + "]")


def _map_char(match: re.Match[str]) -> str:
    return _CHAR_TABLE[ord(match.group())] or ""


EMPHASIS_RE = re.compile(r"\*{2,}")
SPACE_RUN_RE = re.compile(r" +")
TAB_SPACE_RE = re.compile(r" *\t *")
JOIN_MIN_LONG = 40  # a line this long that does not end a sentence continues
JOIN_MIN_CLAUSE = 24  # a line with an inner comma this long continues
MAX_ROUNDS = 6
TITLE_MAX = 24  # a line up to this long without punctuation reads as a title
CLAUSE_PUNCT = ",、;:。!?"
# a line opening with 一是…/二是… or a short complete lead sentence (农村养老。支持…) starts a paragraph
NEW_PARAGRAPH_RE = re.compile(r"^([一二三四五六七八九十]{1,3}是|[^,、;:。!?]{4,12}。(?=.))")
FIELD_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}:")


def normalise(text: str) -> str:
    """Normalise ``text`` for matching (idempotent).

    Args:
        text: Decoded text of a document, any line-break style.

    Returns:
        The normalised text: non-empty lines joined by ``\\n``.
    """
    current = text
    for _ in range(MAX_ROUNDS):
        following = _normalise_once(current)
        if following == current:
            break
        current = following
    return current


def _normalise_once(text: str) -> str:
    """One pass of every rule; ``normalise`` repeats it to a fixed point."""
    text = EMPHASIS_RE.sub("", _MAPPED_RE.sub(_map_char, ideographic_cells(text)))
    lines = [normalise_line(line) for line in single_spaced_tables(text.split("\n"))]
    lines = drop_chrome([line for line in lines if line.strip(" \t")])
    lines = [row for row in map(pipe_row, lines) if row]
    return "\n".join(join_broken_lines(lines))


#: A line whose words are parted by a run of ideographic spaces inside it (a table aligned with them).
_IDEOGRAPHIC_ROW = re.compile(r"^[ \t\u3000]*\S[^\n]*?\S\u3000{2,}\S[^\n]*$", re.MULTILINE)
#: One ideographic space between two words.
_ONE_IDEOGRAPHIC = re.compile(r"(?<=\S)\u3000(?=\S)")


def ideographic_cells(text: str) -> str:
    """``text`` with a single ideographic space doubled in a line whose cells are parted by runs of them: a table
    aligned with ideographic spaces leaves one beside its longest cell (标准厂房　天津…有限公司　　　　4.8), which parts
    cells as the longer runs do (:func:`spaced_row`), not the words of one name.

    Example:
        >>> ideographic_cells("4\u3000\u3000产业园标准厂房\u3000天津建设投资有限公司\u3000\u30004.8").split("\u3000\u3000")
        ['4', '产业园标准厂房', '天津建设投资有限公司', '4.8']
    """
    if "\u3000\u3000" not in text:
        return text
    return _IDEOGRAPHIC_ROW.sub(lambda row: _ONE_IDEOGRAPHIC.sub("\u3000\u3000", row.group()), text)


#: Two spaces or more between a table's cells (森林覆盖率(%)  11.5  12.5  —  约束性; ideographic spaces are mapped to spaces).
_CELL_GAP = re.compile(r" {2,}")
#: A cell that is a table's value or year (11.5, 〔8〕, —, 2025年): a row holding one is a table's row, not prose.
_VALUE_CELL = re.compile(r"[〔(]?[≥≤<>约]?\d+(?:\.\d+)?[〕)]?[%‰]?|[—\-–/]|(?:19|20)\d{2}年?")


#: The words of a table's header cells (项目名称  建设地点  总投资(亿元)  建设内容).
_HEADER_CELL = re.compile(r"^(?:序号|指标|属性|类别|年份|领域)$|名称|地点|投资|内容|进度|主体|单位$|方向$|园区$|产品$")


def spaced_row(line: str) -> str:
    """A line of three or more cells parted by runs of spaces (:func:`_table_cells`) as a TAB-separated row; any other
    line as it is (a footer's fields parted so hold no value and no header's words).

    Example:
        >>> spaced_row("森林覆盖率(%)  11.5  12.5  —  约束性").split("\\t")
        ['森林覆盖率(%)', '11.5', '12.5', '—', '约束性']
        >>> spaced_row("主办单位:天津市北辰区人民政府  版权所有  承办:区政府办公室")
        '主办单位:天津市北辰区人民政府  版权所有  承办:区政府办公室'
    """
    if "  " not in line:
        return line
    cells = _CELL_GAP.split(line)
    return "\t".join(cells) if _table_cells(cells) else line


def _table_cells(cells: list[str]) -> bool:
    """Three or more short cells, one of them a value or a year or two of them a header's words."""
    return len(cells) >= 3 and all(0 < len(c) <= 40 for c in cells) and (
        any(_VALUE_CELL.fullmatch(c) for c in cells) or sum(bool(_HEADER_CELL.search(c)) for c in cells) >= 2)


def single_spaced_tables(lines: list[str]) -> list[str]:
    """``lines`` with the rows of a table whose cells one space (or one ideographic space) parts as TAB-separated rows:
    a header of three short cells or more naming two columns (序号 项目名称 建设单位 所在街镇, 标段　供应商名称　供应商地址),
    then each line under it of as many cells (opening with its number under 序号); a numbered row of more (a cell holding
    a space) is parted after its number only, and a row of another count ends the table.

    Example:
        >>> single_spaced_tables(["序号 项目名称 建设单位 所在街镇", "1 跳马智慧农业产业园一期 长沙跳马公司 跳马镇"])[1].split("\\t")
        ['1', '跳马智慧农业产业园一期', '长沙跳马公司', '跳马镇']
    """
    out: list[str] = []
    width, numbered = 0, False
    for line in lines:
        cells = _ONE_GAP.split(line.strip(" \r\u3000")) if "\t" not in line and _ONE_GAP.search(line) else []
        if width and len(cells) == width and all(cells) and (cells[0].isdigit() or not numbered):
            line = "\t".join(cells)
        elif width and numbered and len(cells) > width and cells[0].isdigit():
            line = cells[0] + "\t" + " ".join(cells[1:])  # a cell holding a space: the row's number parts it still
        elif len(cells) >= 3 and not cells[0][:1].isdigit() and all(0 < len(c) <= 16 and not _LISTING.search(c) for c in cells) \
                and sum(map(_is_header_cell, cells)) >= 2:
            line, width, numbered = "\t".join(cells), len(cells), cells[0] == "序号"
        else:
            width = 0
        out.append(line)
    return out


#: One space or one ideographic space between two cells of a row.
_ONE_GAP = re.compile("[ \u3000]")
#: The words of a header's cells beside :data:`_HEADER_CELL` (供应商地址, 中标金额, 职务, 所在镇街, 结对企业), a note in
#: brackets aside (中标（成交）金额（元）).
_MORE_HEADER_WORDS = re.compile(r"(?:地址|金额|职务|镇街|街镇|所在街道|所属街道|企业|姓名)$")
_NOTE = re.compile(r"[（(][^（()）]*[）)]")
#: Marks of a list or a clause inside a cell: a row's data, no header.
_LISTING = re.compile("[、，,；;。]")


def _is_header_cell(cell: str) -> bool:
    bare = _NOTE.sub("", cell)
    return _HEADER_CELL.search(bare) is not None or _MORE_HEADER_WORDS.search(bare) is not None


#: A Markdown table's rule line (|---|:---:|), which holds no cell.
_RULE_ROW = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")


def pipe_row(line: str) -> str:
    """A table row written with | between three or more cells (｜ is mapped to |; Markdown's | a | b | too), one of them
    a value or a year or two of them a header's words, as the TAB-separated row the table readers take; a Markdown rule
    line as nothing; any other line as it is (贝|DEVELOPS|丙科技有限公司: a name holding bars).

    Example:
        >>> pipe_row("一般公共预算收入(亿元)|62.3|79.5|5以上|预期性")
        '一般公共预算收入(亿元)\\t62.3\\t79.5\\t5以上\\t预期性'
        >>> pipe_row("|---|---|---|"), pipe_row("专题|北辰区")
        ('', '专题|北辰区')
    """
    if line.count("|") < 2 or "\t" in line:
        return line
    if _RULE_ROW.fullmatch(line):
        return ""
    cells = [cell.strip(" ") for cell in line.strip(" ").strip("|").split("|")]
    return "\t".join(cells) if _table_cells(cells) else line


def normalise_line(line: str) -> str:
    """Normalise spaces in one line (characters already mapped).

    Example:
        >>> normalise_line("完成燃气管网改造、1 号供热站 Mini LED")
        '完成燃气管网改造、1号供热站Mini LED'
    """
    line = spaced_row(line.strip(" "))
    if "\t" in line:
        line = TAB_SPACE_RE.sub("\t", line)
    protected = PROTECTED_PREFIX_RE.match(line)
    if protected:
        head = SPACE_RUN_RE.sub("", protected.group(1))
        return head + " " + _collapse_spaces(line[protected.end() :])
    return _collapse_spaces(line)


def _collapse_spaces(line: str) -> str:
    """Drop every space run except a single one between two Latin/digit characters."""
    return SPACE_RUN_RE.sub(lambda m: _space_between(m.string, m.start(), m.end()), line)


def _space_between(line: str, start: int, end: int) -> str:
    if start == 0 or end >= len(line):
        return ""
    left, right = line[start - 1], line[end]
    return " " if _latin(left) and _latin(right) else ""


def _latin(ch: str) -> bool:
    return "!" <= ch <= "~"


def join_broken_lines(lines: list[str]) -> list[str]:
    """Join lines that a PDF export or page break split in the middle of a sentence.

    Args:
        lines: Non-empty normalised lines.

    Returns:
        The lines with every continuation appended to the line it continues.
    """
    out: list[str] = []
    for line in lines:
        # the first line is a title (四川省宜宾市叙州区:…再添“强链”项目) unless it reads as part of a sentence
        if out and continues(out[-1], line) and (len(out) > 1 or _not_a_title(out[0])):
            out[-1] = _glue(out[-1], line)
        else:
            out.append(line)
    return out


def _not_a_title(line: str) -> bool:
    """A document's first line that is part of a paragraph or of a heading: it holds clause punctuation other than
    a title's colon (城镇化稳步提升,全区…增加到), breaks off at a comma, or is a bare heading marker (第二章)."""
    return line[-1] in SOFT_END or any(p in line for p in _SENTENCE_PUNCT) or BARE_MARKER_RE.match(line) is not None


#: Clause punctuation of a sentence, not of a title (a news title is often place:headline).
_SENTENCE_PUNCT = ",、;。!?"


def _glue(left: str, right: str) -> str:
    if BARE_MARKER_RE.match(left) and PROTECTED_PREFIX_RE.match(left + " " + right):
        return left + " " + right
    return left + (" " if _latin(left[-1]) and _latin(right[0]) else "") + right


def continues(line: str, following: str) -> bool:
    """True when ``following`` is the rest of the sentence that ``line`` leaves open.

    Example:
        >>> continues("住房供给能力不断提升。“十三五”期间,北辰区建", "成融创半湾半岛等一批高端居住区。")
        True
        >>> continues("聚焦协调联动,争当协同发展排头兵", "2020年,北辰区将围绕功能定位。")
        False
    """
    if BARE_MARKER_RE.match(line):
        return not BARE_MARKER_RE.match(following) and "\t" not in following
    if not _open_line(line) or not _continuation_line(following):
        return False
    if not any(p in line[-JOIN_MIN_LONG:] for p in CLAUSE_PUNCT):
        return False  # a title or an unpunctuated paragraph: no evidence of a break
    if line[-1] in SOFT_END or len(line) >= JOIN_MIN_LONG:
        return True
    return len(line) >= JOIN_MIN_CLAUSE or any(t in line for t in TERMINATORS + ";")


#: A date with its time of day, as a post's or a page's stamp writes it.
_STAMP = re.compile(r"\d{4}-\d{1,2}-\d{1,2} ?\d{1,2}:\d{2}")


def _open_line(line: str) -> bool:
    """A line that may continue: not a sentence end, heading, field, caption or table row."""
    if len(line) < 2 or ends_sentence(line) or line.endswith(":") or "\t" in line:
        return False
    if FIELD_RE.match(line) or _STAMP.search(line):
        return False  # 原创 团泊镇融媒 魅力团泊 2024-05-20 18:00 天津: a post's date and time, no open sentence
    if line.endswith(";") and opens_item(line):
        return False  # 3.项目一期达产后,…亩均税收不低于50万元;: a list's item ends at its ;
    if opens_item(line) and ":" in line and not any(p in line for p in ",;。") and line[-1] not in SOFT_END:
        return False  # (二)两轴:长江东路城市发展轴、铜陵路—凤阳路更新轴: a heading and the items it names
    return heading_marker(line) is None and not is_caption(line)


def _continuation_line(line: str) -> bool:
    """A line that may be the rest of a sentence: no heading, bullet, field, caption or table row."""
    if "\t" in line or line.startswith(("——", "专栏")) or BARE_MARKER_RE.match(line):
        return False
    if FIELD_RE.match(line) or _title_like(line) or NEW_PARAGRAPH_RE.match(line) or opens_item(line):
        return False
    # an article opened by its marker and lead (二、建设高水平产业园区。支持…) starts a paragraph however long
    return heading_marker(line) is None and run_in_heading(line) is None and not is_caption(line)


def _title_like(line: str) -> bool:
    """A short line without clause punctuation: a heading or a table cell, not a continuation."""
    return len(line) <= TITLE_MAX and not any(p in line for p in CLAUSE_PUNCT)
