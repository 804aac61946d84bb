"""A company renamed in the text is one firm: its old name is an alias of its new one.

Two wordings say it: the new name with the old in brackets (江苏海达新能源科技股份有限公司（原江阴海达橡塑股份有限公司）)
and a rename verb between the two (江苏华宏科技股份有限公司正式更名为江苏华宏智能装备股份有限公司). Every mention of the
old name in the document is then named by the new one, so the graph holds one Enterprise with both names.

Example:
    >>> from schema import Label, Mention
    >>> text = "甲公司更名为乙科技有限公司。"
    >>> old = Mention(label=Label.ENTERPRISE, text="甲公司", name="甲公司", start=0, end=3, rule="t")
    >>> new = Mention(label=Label.ENTERPRISE, text="乙科技有限公司", name="乙科技有限公司", start=6, end=13, rule="t")
    >>> [m.name for m in renamed([old, new], text)]
    ['乙科技有限公司', '乙科技有限公司']
"""

from __future__ import annotations

import re

from schema import Label, Mention

#: Between a firm and its later name: (于2024年3月)(正式)(名称)更名为 / 改名为 / 变更为.
_RENAMED_TO = re.compile(r"(?:于[\d年月日]{4,12})?(?:已|已经)?(?:正式|整体)?(?:名称)?(?:更名|改名|变更)为")
#: Between a firm and its former name in brackets: （原 / （原名 / （曾用名：.
_FORMER_OPEN = re.compile(r"[(（](?:原名?|曾用名[:：]?)")
_CLOSE = ("）", ")")


def renamed(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with every Enterprise mention of a name the text renames named by the new name."""
    new_of = renames(mentions, text)
    if not new_of:
        return mentions
    return [m.model_copy(update={"name": _latest(m.name, new_of)})
            if m.label == Label.ENTERPRISE and m.name in new_of else m for m in mentions]


def renames(mentions: list[Mention], text: str) -> dict[str, str]:
    """Old name -> new name of each rename the text states between two Enterprise mentions."""
    firms = sorted((m for m in mentions if m.label == Label.ENTERPRISE), key=lambda m: m.start)
    out: dict[str, str] = {}
    for first, second in zip(firms, firms[1:]):
        if first.name == second.name:
            continue
        if _RENAMED_TO.fullmatch(text, first.end, second.start):
            out.setdefault(first.name, second.name)
        elif (opened := _FORMER_OPEN.match(text, first.end)) and opened.end() == second.start \
                and text[second.end:second.end + 1] in _CLOSE:
            out.setdefault(second.name, first.name)
    return out


def _latest(name: str, new_of: dict[str, str]) -> str:
    """The last name of a chain of renames from ``name`` (A→B→C gives C; a cycle stops where it would repeat)."""
    seen = {name}
    while (name := new_of.get(name, name)) not in seen:
        seen.add(name)
    return name
