"""Task forces and joint meetings: bodies named by what they are set up to do (ANNOTATION.md rule 16).

Governments coordinate a programme through a 领导小组, a 联席会议, a 指挥部 or a 工作专班 whose name
is the programme itself, verbs included (推进新型城镇化工作部际联席会议, 区重点项目协调推进工作领导小组),
so the name is not walked word by word from its suffix as other bodies are: it starts after the clause
mark, 的, or the verb that puts the body to work (发挥, 建立, 完善, 向 …) before it.

Example:
    >>> text = "充分发挥区重点项目协调推进工作领导小组作用。2019年，推进新型城镇化工作部际联席会议印发通知。"
    >>> [text[s:e] for s, e in task_force_spans(text)]
    ['区重点项目协调推进工作领导小组', '推进新型城镇化工作部际联席会议']
"""

from __future__ import annotations

import re

from extractors import lexicon

_SUFFIX = re.compile(r"领导小组|联席会议|指挥部|工作专班")
#: What ends the text before a task force's name: a clause mark, 的, a number, or a verb or preposition
#: that puts the body to work (发挥…领导小组作用, 建立…联席会议, 向…领导小组报告, X局承担领导小组办公室日常工作,
#: 清单由…指挥部办公室印发, 将整改方案报区…指挥部, 要求用好…联席会议, 对经区…领导小组认定的),
#: or a count (明确…一个承载园区和一个工作专班: a kind of body each chain has); a year's digits stay (成立2024年…领导小组).
_BEFORE = re.compile(r"[，,。；;：:、！？\n\t（()）“”\"《》等]|\d(?!\d*年)|的|充分发挥|发挥|建立健全|建立|健全|完善|成立|组建|设立|"
                     r"调整|召开|依托|用好|要求|通过|按照|根据|落实|向|承担|负责|牵头|担任|兼任|一个|一家|(?<!第)一次|每个|每条|各个|交由|(?<![自理缘经])由|会同|报请|报送|报(?=[区市县省])|经(?=[区市县省])")
_MAX_NAME = 24


def task_force_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the task forces named in ``text`` (the suffix alone, 领导小组, is left out)."""
    out: list[tuple[int, int]] = []
    for m in _SUFFIX.finditer(text):
        floor = max(0, m.start() - _MAX_NAME)
        start = floor
        for before in _BEFORE.finditer(text, floor, m.start()):
            start = before.end()
        start = _level_start(text, start, m.start())
        if m.start() - start >= 2 and not text.startswith("工作", start):
            out.append((start, m.end()))
    return out


def _level_start(text: str, start: int, end: int) -> int:
    """Where the name starts when a common word runs into the level word it opens with (…奠定了坚实的基础|区诚信建设
    领导小组, a text whose clause marks were lost): at the level word; else ``start``."""
    word, glued = text[start:start + 2], text[start:start + 3]
    if end - start > 4 and glued[-1:] in _LEVELS and lexicon.count(word) and not lexicon.count(glued):
        return start + 2
    return start


_LEVELS = frozenset("区县市镇")
