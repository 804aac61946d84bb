"""Where an appointment, a removal, 同志 or 院士 names a person (:meth:`extractors.people.PeopleFinder._appointments`,
``_addressed``).

A notice writes it inline (任命刘永强为…主任；免去王振宇的…局长职务), as a list after a colon, one person per item
(任命：\\n张建国为…局长；\\n李红为…副局长。\\n免去：\\n王振宇的…职务。), or with the name first (张建国同志任…副区长,
张建国同志担任…局长). Each is given as where the name opens and what follows it. A name before 同志 or 院士 is a
person whatever follows (会议由李明同志主持, 追授张国强同志…称号, 由钟南山院士担任主任): :func:`addressed_starts`.

Example:
    >>> [(a.kind, a.starts) for a in appointment_starts("任命：\\n张建国为局长；\\n李红为副局长。")]
    [('任命', (4,)), ('任命', (12,)), ('任命', (19,))]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

#: An appointment or a removal before the person's name, with the colon of a list (任命：).
_APPOINTS = re.compile(r"(任命|免去)(?:([:：])[ \t\u3000]*\n?[ \t\u3000]*)?")
#: Where an item of a list ends (the next name opens after it and the blanks that follow).
_ITEM_END = re.compile(r"[；;。\n][ \t\u3000\n]*")
#: Where a list ends: a blank line, or the next list.
_LIST_END = re.compile(r"\n[ \t\u3000]*\n|(?:任命|免去)[:：]")
#: A name written first, then 同志 and the post it takes (张建国同志任北辰区副区长).
_TAKES = re.compile(r"同志(?:担任|出任|任)(?!务|期|职)")
#: 同志 or 院士 after a name (not 同志们, 同志会).
_ADDRESS = re.compile(r"同志(?![们会])|院士")
#: Characters before a two-character name that open no three-character one (由|李明同志, 请|王芳同志, 由|王辰院士).
_BEFORE_NAME = frozenset("由和与及对向给让是为请在被把将同")
#: Words for a role or a body before 同志 or 院士, not a name's end (有关负责同志, 主要领导同志, 中国工程院院士).
_ROLE_BEFORE = ("负责", "领导", "干部", "党员", "工作", "青年", "基层", "一线", "机关", "同事", "院")
#: How far a list runs at most.
_LIST_REACH = 3000


@dataclass(frozen=True)
class Appointment:
    """``kind`` 任命 or 免去; ``starts``: where the name may open, the first that opens one wins; ``after``: what
    must follow the name; ``evidence``: where the statement opens, unless the name opens before."""

    kind: str
    starts: tuple[int, ...]
    after: tuple[str, ...]
    evidence: int


_NAMED_BEFORE_POST = ("为", "的", "同志为", "同志的")


def appointment_starts(text: str) -> Iterator[Appointment]:
    """Every place ``text`` may name an appointed or removed person (the name itself is checked by the caller)."""
    for hit in _APPOINTS.finditer(text):
        kind = hit.group(1)
        yield Appointment(kind, (hit.end(),), _NAMED_BEFORE_POST, hit.start())
        if hit.group(2):
            end = _LIST_END.search(text, hit.end(), hit.end() + _LIST_REACH)
            for item in _ITEM_END.finditer(text, hit.end(), end.start() if end else min(len(text), hit.end() + _LIST_REACH)):
                yield Appointment(kind, (item.end(),), _NAMED_BEFORE_POST, item.end())
    for hit in _TAKES.finditer(text):
        yield Appointment("任命", _name_starts(text, hit.start()), ("同志",), hit.start())


def addressed_starts(text: str) -> Iterator[tuple[int, tuple[int, ...]]]:
    """``(end, starts)`` of each 同志 or 院士 in ``text``: where the name before it ends, and where it may open
    (three characters back, unless a function word stands there, then two)."""
    for hit in _ADDRESS.finditer(text):
        end = hit.start()
        if end >= 2 and not text.endswith(_ROLE_BEFORE, 0, end):
            yield end, _name_starts(text, end)


def _name_starts(text: str, end: int) -> tuple[int, ...]:
    """Where a name ending at ``end`` may open, the likelier first: three characters back (张建国, not 建国), unless
    a function word stands there (由|李明), then two."""
    three = () if end < 3 or text[end - 3] in _BEFORE_NAME else (end - 3,)
    return (*three, end - 2) if end >= 2 else three
