"""Parts: several documents published in one file, such as the four plans in 002's notice.

A notice names what it publishes in 《》 (``《北辰区京津冀协同发展“十四五”规划》…已经区人民
政府同意,现印发给你们``). Each named title that then stands alone on a line (or on
two lines, when the export broke it) opens a part; a part runs to the next one.
Two or more found titles make parts; otherwise the file is one document.

Example:
    >>> text = "通知\\n《北辰甲规划》《北辰乙规划》印发。\\n北辰甲规划\\n第一章 总则\\n北辰乙\\n规划\\n第一章 总则"
    >>> [(p.title, p.start) for p in find_parts(text)]
    [('北辰甲规划', 21), ('北辰乙规划', 34)]
"""

from __future__ import annotations

import re

from schema.document import Part

from kg.ingest.lines import Line, split_lines

NAMED_RE = re.compile(r"《([^《》\n]{2,60}(?:规划|计划|方案|纲要|办法|意见|细则|规定|报告|条例|要点))》")
NOTICE_WINDOW = 40  # the names must appear within this many lines of the start
MAX_TITLE_LINES = 3


def find_parts(text: str, body_start: int = 0) -> list[Part]:
    """Parts of ``text`` (empty list when the file is a single document).

    Args:
        text: Normalised document text.
        body_start: Offset of the body (after the header block).
    """
    lines = [x for x in split_lines(text) if x.text and x.start >= body_start]
    names: list[str] = []
    first_seen = len(lines)
    for i, line in enumerate(lines[:NOTICE_WINDOW]):
        found = [n for n in NAMED_RE.findall(line.text) if n not in names]
        if found:
            names.extend(found)
            first_seen = min(first_seen, i)
    starts = _locate(lines, names, first_seen + 1)
    if len(starts) < 2:
        return []
    parts = []
    for k, (title, start) in enumerate(starts):
        end = starts[k + 1][1] if k + 1 < len(starts) else len(text)
        parts.append(Part(title=title, start=start, end=_trim_end(text, start, end)))
    return parts


def title_lines_end(text: str, part: Part) -> int:
    """Offset just after the (possibly broken) title lines that open ``part``."""
    pos, joined = part.start, ""
    for line in split_lines(text[part.start : part.end], part.start)[:MAX_TITLE_LINES]:
        joined += line.text
        pos = line.end
        if _same(joined, part.title):
            return pos
    return part.start + len(part.title)


def _locate(lines: list[Line], names: list[str], begin: int) -> list[tuple[str, int]]:
    """(title, start offset) of each name standing alone on 1-3 lines, in text order."""
    found: list[tuple[str, int]] = []
    keys = [_key(x.text) for x in lines]
    i = begin
    for name in names:
        wanted = _key(name)
        for j in range(i, len(lines)):
            if keys[j] and wanted.startswith(keys[j]) and _title_at(lines, j, name):
                found.append((name, lines[j].start))
                i = j + 1
                break
    return found


def _title_at(lines: list[Line], j: int, name: str) -> bool:
    joined = ""
    for k in range(j, min(j + MAX_TITLE_LINES, len(lines))):
        joined += lines[k].text
        if _same(joined, name):
            return True
        if len(joined) >= len(name):
            return False
    return False


def _key(text: str) -> str:
    return re.sub(r"[\s\"“”]", "", text)


def _same(a: str, b: str) -> bool:
    return _key(a) == _key(b)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] == "\n":
        end -= 1
    return end
