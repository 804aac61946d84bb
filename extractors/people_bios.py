"""Persons of a personnel notice's biography lines (任前公示, 干部任免), and the post each holds now.

A notice lists each person as ``1.周志强，男，1976年10月生，汉族，…，现任区发展和改革委员会党组副书记、副主任，拟任…``: the
name opens the line before the sex, and 现任 names the body and the post the person holds (the first post written
after the body). The posts proposed (拟任, 提名为) and those to be given up (拟免去) are no office held yet or any
more; the contract has no status for an office, so only the current post is told.

Example:
    >>> [(b.start, b.end, b.role) for b in biographies("1.周志强,男,1976年10月生,现任区财政局党组副书记、副局长,拟任…", [])]
    [(2, 5, None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schema import Label, Mention

#: A biography line's opening: its number, the name, then the sex (1.周志强,男,).
_BIO = re.compile(r"^[ \t\u3000]*(?:\d{1,2}[.．、][ \t\u3000]*)?(?P<name>[\u4e00-\u9fff]{2,4})[,，](?:男|女)[,，（(]",
                  re.MULTILINE)
#: The sex after a name, between commas, as a biography writes it.
_SEX = re.compile(r"[,，](?:男|女)[,，（(]")
#: The current post's verb in a biography.
_NOW = re.compile(r"现任")
#: A post written right after its body (党组副书记, 办事处主任, 三级调研员): up to a mark, ending in a post's word.
_POST = re.compile(r"([^,，、;；。()（）\n]{0,8}?(?:书记|主任|局长|部长|镇长|乡长|区长|县长|市长|主席|委员|成员|秘书长|院长|校长|"
                   r"队长|所长|站长|馆长|处长|科长|调研员|经理|董事长))(?=[,，、;；。()（）\n]|$)")
#: Labels of the bodies an office belongs to (the contract: a Region or an Organization).
_BODIES = (Label.ORGANIZATION, Label.REGION)


@dataclass(frozen=True)
class Biography:
    """A biography's person (span of the name) and, when the line says so, the body and post held now."""

    start: int
    end: int
    role: str | None = None
    body: Mention | None = None


def biographies(text: str, mentions: list[Mention]) -> list[Biography]:
    """The biography lines of ``text``; ``mentions``: those found so far (the bodies a 现任 names)."""
    out: list[Biography] = []
    starting_at: dict[int, list[Mention]] | None = None  # the mentions by start, made at the first biography
    for sex in _SEX.finditer(text):  # (a scan for the sex, then its line's opening: no try at every line's start)
        line_start = text.rfind("\n", 0, sex.start()) + 1
        hit = _BIO.match(text, line_start)
        if hit is None or hit.end() != sex.end():
            continue
        if starting_at is None:
            starting_at = {}
            for m in mentions:
                starting_at.setdefault(m.start, []).append(m)
        line_end = text.find("\n", hit.end())
        line_end = len(text) if line_end < 0 else line_end
        now = _NOW.search(text, hit.end(), line_end)
        bodies = [m for m in starting_at.get(now.end(), []) if m.label in _BODIES] if now else []
        body = max(bodies, key=lambda m: m.end, default=None)  # 璧山高新区管委会, not its 璧山
        post = _POST.match(text, body.end, line_end) if body is not None else None
        if post is None:
            out.append(Biography(hit.start("name"), hit.end("name")))
        else:
            out.append(Biography(hit.start("name"), hit.end("name"), post.group(1), body))
    return out
