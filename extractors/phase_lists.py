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

from extractors.name_filters import PHASE_AFTER
from schema import Label, Mention

#: A name closing with its phase, 项目 or 工程 before it (…环氧树脂项目一期).
_PHASED = re.compile(r"(?P<base>.{2,}?)(?:项目|工程)?[一二三四五六七八九十]期$")
#: A later phase right after, joined by 、, 和 or 及 (、二期; 和三期项目).
_NEXT_PHASE = re.compile(r"[、和及](?P<phase>" + PHASE_AFTER.pattern + r")(?:项目|工程)?")
RULE = "name.elided_phase"


def elided_phases(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Project mention for each phase written bare after a project's phased name (、二期, 和三期), as many as follow."""
    out: list[Mention] = []
    taken = {m.start for m in mentions}
    for m in mentions:
        phased = _PHASED.match(m.name) if m.label == Label.PROJECT else None
        end = m.end
        while phased is not None and (nxt := _NEXT_PHASE.match(text, end)) is not None and nxt.start("phase") not in taken:
            name = phased.group("base") + nxt.group("phase")
            out.append(Mention(label=Label.PROJECT, text=name, name=name, start=nxt.start("phase"),  # (二期 alone
                               end=nxt.end("phase"), rule=RULE))  # names nothing: no alias of it)
            end = nxt.end()
    return out


__all__ = ["elided_phases"]
