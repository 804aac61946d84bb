"""A project's later phases written after its first without the name again (X项目一期、二期已全部投产): each phase is a
Project of its own, named with the first's name (its mention's text is that name: 二期 alone is no alias of it).

Example:
    >>> from schema import Label, Mention
    >>> text = "恒越电子年产5万吨电子级环氧树脂项目一期、二期已全部投产。"
    >>> first = Mention(label=Label.PROJECT, text=text[:20], name=text[:20], start=0, end=20, rule="t")
    >>> [(m.text, m.name) for m in elided_phases(text, [first])]
    [('恒越电子年产5万吨电子级环氧树脂二期', '恒越电子年产5万吨电子级环氧树脂二期')]
"""

from __future__ import annotations

import re
from bisect import bisect_right

from extractors.name_filters import PHASE_AFTER
from schema import Label, Mention

#: A name closing with its phase, 项目 or 工程 before it (…环氧树脂项目一期).
PHASED = re.compile(r"(?P<base>.{2,}?)(?:项目|工程)?[一二三四五六七八九十]期$")
#: A later phase right after, joined by 、, 和 or 及 (、二期; 和三期项目).
_NEXT_PHASE = re.compile(r"[、和及](?P<phase>" + PHASE_AFTER.pattern + r")(?:项目|工程)?")
RULE = "name.elided_phase"


def elided_phases(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Project mention for each phase written bare after a project's phased name (、二期, 和三期), as many as follow,
    and for one opening a later clause of its sentence (X一期建成投产，二期于9月份开工建设)."""
    out: list[Mention] = []
    taken = {m.start for m in mentions}
    works = sorted(m.start for m in mentions if m.label in (Label.PROJECT, Label.PARK))
    for m in mentions:
        phased = PHASED.match(m.name) if m.label == Label.PROJECT else None
        end = m.end
        while phased is not None and (nxt := _NEXT_PHASE.match(text, end)) is not None and nxt.start("phase") not in taken:
            out.append(_phase(phased.group("base") + nxt.group("phase"), nxt.start("phase"), nxt.end("phase")))
            end = nxt.end()
        if phased is not None and end == m.end and (later := _clause_phase(text, m, works, taken)) is not None:
            out.append(_phase(phased.group("base") + later.group("phase"), later.start("phase"), later.end("phase")))
    return out


def _phase(name: str, start: int, end: int) -> Mention:
    """The mention of a phase written bare (二期 alone names nothing: its text is the project's name, no alias of it)."""
    return Mention(label=Label.PROJECT, text=name, name=name, start=start, end=end, rule=RULE)


#: A bare phase opening a clause, what it does after it (，二期于9月份开工建设; ；二期工程于去年11月开工).
_CLAUSE_PHASE = re.compile(r"[，,；;](?P<phase>[一二三四五六七八九十]期)(?:项目|工程)?(?=[于已将正计拟也同目还则预力]|开工|建成|投产|竣工)")


def _clause_phase(text: str, m: Mention, works: list[int], taken: set[int]) -> re.Match[str] | None:
    """A later phase of ``m`` (a phased name) opening a clause of its sentence before any other works or park is named:
    the first such, of another number than ``m``'s."""
    stop = min([end for end in (text.find(c, m.end) for c in "。！？\n") if end >= 0], default=len(text))
    after = bisect_right(works, m.start)  # the next works or park named after ``m``
    if after < len(works) and works[after] < stop:
        stop = works[after]
    for hit in _CLAUSE_PHASE.finditer(text, m.end, stop + 1):
        if hit.start("phase") < stop and hit.group("phase") != m.name[-2:] and hit.start("phase") not in taken:
            return hit
    return None


__all__ = ["elided_phases"]
