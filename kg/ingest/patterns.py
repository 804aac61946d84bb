"""Line patterns shared by the normaliser and the sectioner: heading markers, captions.

Headings are recognised by their marker. ``HEADING_MARKERS`` lists them from the
outermost rank to the innermost; ``rank`` is the position in that list plus one.
All patterns apply to normalised text (half-width brackets and digits).

Example:
    >>> heading_marker("第四章 重点工程")
    ('chapter', '第四章', '重点工程')
    >>> heading_marker("(一)示范镇建设工程")
    ('paren', '(一)', '示范镇建设工程')
    >>> heading_marker("地区生产总值增长6.5%。") is None
    True
"""

from __future__ import annotations

import re

CN_NUM = "一二三四五六七八九十百零〇两"
TERMINATORS = "。!?…"
SOFT_END = ",、;“‘《(〔【—-·/"

# name, regex of the marker (group 1), the section kind, the rank (outer = small).
HEADING_MARKERS: tuple[tuple[str, str, str, int], ...] = (
    ("chapter", rf"(第[{CN_NUM}\d]+(?:[章篇]|部分))", "chapter", 1),  # (a brochure's 第一部分 区情概况)
    ("section", rf"(第[{CN_NUM}\d]+节)", "section", 2),
    ("cn", rf"([{CN_NUM}]+、)", "item", 3),
    ("bar", r"(\d{2}\s*[|｜])", "item", 3),  # a post's numbered parts: 01 | 项目建设跑出加速度
    ("paren", rf"(\([{CN_NUM}]+\))", "item", 4),
    ("digit", r"(\d{1,2}(?:\.(?!\d)|、))", "item", 5),
    ("digit-paren", r"(\(\d{1,2}\))", "item", 6),
)
BOX_RANK = 9  # 专栏 boxes sit below every numbered level (its own 1. items below it: ``ITEMS_IN_BOX``)
ITEMS_IN_BOX = 5  # the rank from which a numbered heading opens an item of the box it follows
BARE_RANK = 1  # stand-alone short headings act as chapters

_MARKER_RES = tuple(
    (name, re.compile(rx + r"\s*(.*)$"), kind, rank) for name, rx, kind, rank in HEADING_MARKERS
)
BARE_MARKER_RE = re.compile(
    rf"^(第[{CN_NUM}\d]+(?:[章节篇]|部分)|[{CN_NUM}]+、|\([{CN_NUM}]+\)|\d{{1,2}}[.、]|专栏)$"
)
PROTECTED_PREFIX_RE = re.compile(
    rf"^(第\s*[{CN_NUM}\d]+\s*(?:[章节篇]|部分)|表\s*\d+(?:\s*-\s*\d+)?|图\s*\d+(?:\s*-\s*\d+)?|专栏\s*\d*)[ ]+(?=\S)"
)
#: The words a table's title ends with (主要经济指标完成情况表, 重点项目一览表, 签约项目清单): read by the tables and by the
#: project tables' captions (:mod:`extractors.project_tables`).
TABLE_TITLE_ENDS = r"(?:一览表?|汇总表|清单|名单|计划表|表)"
CAPTION_RE = re.compile(r"^(图|表)?\s*\d+\s*-\s*\d+\s*\S.{0,60}$|^图\s*\d+\s*\S.{0,60}$")
BOX_RE = re.compile(r"^专栏\s*(\d+(?:\s*[-—－]\s*\d+)?)?\s*(.{2,60})$")
GLOSSARY_RE = re.compile(r"^(名词解释|术语解释|名词术语解释|附:名词解释)$")
TOC_RE = re.compile(r"^(目录|目次)$")
TOC_ENTRY_RE = re.compile(r"(\t|\.{3,}|…{2,}).*-?\s*\d+\s*-?\s*$|\t\s*-\s*\d+\s*-\s*$")
RUN_IN_LEAD_RE = re.compile(r"^([^。!?;:]{2,}?)[。!?;:]")
SUBITEM_RE = re.compile(rf"(?:^|(?<=[。;!?:]))([{CN_NUM}]{{1,3}})是")
_TOC_LEADERS = (("\t", 1), ("...", 3), ("……", 2))  # what opens a TOC entry's page number, and its least length


def toc_entry(line: str) -> bool:
    """Whether ``TOC_ENTRY_RE`` finds a table-of-contents entry in ``line`` (第一章\\t总则\\t- 1 -), in linear time.

    The regex tries every tab and leader of a line, each time reading to the line's end and back:
    quadratic on a long line with many tabs. It matches when a leader ends at or before the line's
    last digit and what follows that digit is spaces with at most one ``-``: the page number can
    always start at the last digit. The second alternative of the regex is a case of the first.
    A line holding ``\\n`` (which ``.`` does not cross) is left to the regex.

    Example:
        >>> toc_entry("第一章\\t总则\\t- 1 -"), toc_entry("第一章 总则 1"), toc_entry("2025年\\t目标")
        (True, False, False)
    """
    if "\n" in line:
        return TOC_ENTRY_RE.search(line) is not None
    rest = line.rstrip()
    if rest.endswith("-"):
        rest = rest[:-1].rstrip()
    if not rest or not rest[-1].isdecimal():  # isdecimal and rstrip are the regex's \d and \s
        return False
    found = [at + size for leader, size in _TOC_LEADERS if (at := line.find(leader)) >= 0]
    return bool(found) and min(found) <= len(rest) - 1


def heading_marker(line: str) -> tuple[str, str, str] | None:
    """Split a heading line into (marker name, marker, title), or None.

    Args:
        line: One normalised line.

    Returns:
        The marker's name from ``HEADING_MARKERS``, the marker text and the title
        after it; None when the line does not start with a heading marker or is
        too long / too sentence-like to be a heading.
    """
    if len(line) > 60 or "\t" in line:
        return None
    for name, rx, _kind, _rank in _MARKER_RES:
        m = rx.match(line)
        if m and m.group(2) and not _sentence_like(m.group(2), name):
            return name, m.group(1), m.group(2).strip()
    return None


def opens_item(line: str) -> bool:
    """The line opens with a list item's marker of ``HEADING_MARKERS`` (8.…, (3)…, 二、…), however long it is."""
    return any(kind == "item" and rx.match(line) for _name, rx, kind, _rank in _MARKER_RES)


#: The markers of a numbered list's items (1., (1)), whose one sentence of two clauses is an item, no heading.
_NUMBERED_ITEMS = ("digit", "digit-paren")


def run_in_heading(line: str) -> tuple[str, str, str, int] | None:
    """A paragraph opened by a marker and a short lead sentence: ``(一)抓住…成效显著。强化…``.

    Returns:
        (marker name, marker, lead title, length of marker + lead in ``line``) or None.
    """
    if "\t" in line:
        return None
    for name, rx, _kind, _rank in _MARKER_RES:
        if name in ("chapter", "section"):
            continue
        m = rx.match(line)
        if not m or not m.group(2):
            continue
        lead = RUN_IN_LEAD_RE.match(m.group(2))
        whole = m.group(2).rstrip()
        if lead and lead.end() == len(whole) and (whole.endswith(";") or whole.endswith("。") and whole.count(",") >= (
                1 if name in _NUMBERED_ITEMS else 2)):  # (5.X要立即整改,10月10日前报送整改情况。: one clause more will do)
            return None  # 2.恒力集团…投资36亿元,建设…,落户盛泽镇;: a list's item, the whole line (no lead of a paragraph)
        if lead and whole[len(lead.group(1))] == ":" and "," in lead.group(1):
            return None  # 7.X新院区,总投资14.3亿元,建设单位:Y,…: an item's field after its clauses, no lead of a paragraph
        if lead and len(lead.group(1)) <= 45:
            return name, m.group(1), lead.group(1), m.start(2) + len(lead.group(1))
        return None
    return None


def _sentence_like(title: str, name: str) -> bool:
    """True when the text after a marker reads as a running sentence, not a title."""
    limit = 50 if name in ("chapter", "section", "cn") else 40
    if len(title) > limit:
        return True
    body = title.rstrip("。")
    if any(t in body for t in TERMINATORS):
        return True
    if title.rstrip().endswith((";", "；")):
        return True  # 2. 恒力集团有限公司投资36亿元,建设…项目,落户盛泽镇;: a list's item, no title
    colon = body.find(":")
    if 0 < colon and (title.endswith("。") or any(ch in body[colon:] for ch in ",、")):
        return True  # 2.医疗器械:以迈瑞医疗、新健康成为引领,发展…。: a topic run in before its paragraph (not a
        # title and its subtitle: 一、产业升级:构建现代化产业体系)

    if name in _NUMBERED_ITEMS and title.rstrip().endswith("。") and "," in body:
        return True  # 5.十里店街道、区医保局要立即开展作风整顿,10月10日前…报送整改情况。: a numbered item's sentence
    return name == "digit" and title[0].isdigit()


def marker_rank(name: str) -> int:
    """The rank of a marker name (1 = outermost)."""
    for mname, _rx, _kind, rank in HEADING_MARKERS:
        if mname == name:
            return rank
    raise KeyError(name)


def marker_kind(name: str) -> str:
    """The Section kind of a marker name."""
    for mname, _rx, kind, _rank in HEADING_MARKERS:
        if mname == name:
            return kind
    raise KeyError(name)


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends a sentence (terminator, possibly inside closing quotes)."""
    stripped = line.rstrip("”’\")】》]")
    return bool(stripped) and stripped[-1] in TERMINATORS


def is_caption(line: str) -> bool:
    """True for a figure caption such as ``图1-1 北辰区外部交通优势图``."""
    return bool(CAPTION_RE.match(line)) and not ends_sentence(line)


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(text: str) -> int | None:
    """Value of a Chinese or Arabic numeral up to 999 (``十一`` -> 11), None if not one.

    Example:
        >>> cn_number("二十三"), cn_number("十"), cn_number("12"), cn_number("甲")
        (23, 10, 12, None)
    """
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current if text else None


def marker_number(marker: str) -> int | None:
    """The number a heading marker carries: ``(三)`` -> 3, ``4.`` -> 4, ``第十二章`` -> 12."""
    core = marker.strip("()第章节篇、.")
    return cn_number(core)


#: A news page's field line under a headline: 来源:…, 作者:…, 发布时间:… (full-width colons are normalised).
SOURCE_LINE_RE = re.compile(r"^(?:来源|作者|发布时间)\s*:")
