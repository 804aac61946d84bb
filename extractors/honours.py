"""Honours won: a park, project or body a text names as a title won is the title, no entity (ANNOTATION.md rule 4).

A text names an honour right after the verb of winning it (成功创建第三批国家公共文化服务体系示范区), in a list after
that verb (获评A、B和C), right before what follows one (巩固…示范区创建成果, …示范区称号), or as an item of a list that
ends in the word for titles (先后获得国家生态工业示范园区、…、中国最具投资价值开发区等称号).

Example:
    >>> sorted(honoured_names("先后获得国家生态工业示范园区、中国最具投资价值开发区等称号。",
    ...                       {"国家生态工业示范园区", "中国最具投资价值开发区"}))
    ['中国最具投资价值开发区', '国家生态工业示范园区']
"""

from __future__ import annotations

import re

from schema import Label

#: Labels of the names that can be an honour won (a demonstration zone, a model project, a body's title).
HONOURED = (Label.PARK, Label.PROJECT, Label.ORGANIZATION)

#: Verbs of an honour or a designation won (成功创建第三批国家公共文化服务体系示范区, 获评…试点单位, 争创…基地).
_BATCH = r"(?:第[一二三四五六七八九十\d]+批|首批)"
_HONOUR_VERBS = re.compile(r"(创建|获评|荣获|被评为|评为|争创|创成|复审|入选|命名为|授予|认定为|评定为|列为|确定为|获批为|晋升为|升级为)(成功|为)?(" + _BATCH + ")?")
#: One honour of a list of them and the mark after it: its name ends in the kind of title won (…试点单位,
#: …示范区, …卫生城区, …称号), with a note in brackets (…示范基地（智能家电）); 获评A、B和C, or 获评…试点单位国家级…示范区
#: with the marks lost.
_LISTED_HONOUR = re.compile(r"[^，。；：！？、\n]{2,30}?(?:单位|示范区|示范县|示范市|示范镇|示范村|示范基地|示范城市|示范园区|先进区|"
                            r"先进县|城区|试点(?:单位|城市|地区|区|县)?|基地|称号)(?:[(（][^()（）]{1,10}[)）])?(?:[、和及与]|以及)?"
                            + _BATCH + "?")
#: What follows an honour's name (巩固…示范区创建成果, …示范区称号).
_HONOUR_TAILS = re.compile("创建成果|创建工作|荣誉称号|称号|复审")
#: The word for titles closing a list of them (A、B和C等称号, …等荣誉称号, …等荣誉).
_TITLES_LIST_END = re.compile("等(?:荣誉)?称号|等荣誉")
#: Where a list's items end inside its clause, and where the clause opens.
_ITEM_ENDS = re.compile("[、和及与]")
_CLAUSE_MARKS = "，。；：！？\n"


class _ByEnds:
    """The names a text writes at a place, looked up by their first or last character."""

    def __init__(self, text: str, names: set[str]) -> None:
        self.text = text
        self.by_first: dict[str, list[str]] = {}
        self.by_last: dict[str, list[str]] = {}
        for name in names:
            self.by_first.setdefault(name[0], []).append(name)
            self.by_last.setdefault(name[-1], []).append(name)

    def opening(self, at: int) -> set[str]:
        """The names written from ``at`` on."""
        return {n for n in self.by_first.get(self.text[at:at + 1], ()) if self.text.startswith(n, at)}

    def closing(self, at: int) -> set[str]:
        """The longest name written up to ``at`` (中国最具投资价值开发区, not the bare 开发区 inside it)."""
        ending = [n for n in self.by_last.get(self.text[at - 1:at], ()) if self.text.endswith(n, 0, at)]
        return {max(ending, key=len)} if ending else set()


def honoured_names(text: str, names: set[str]) -> set[str]:
    """The ``names`` that ``text`` writes, somewhere, as an honour won (创建X示范区, X称号, A、B等称号).

    Example:
        >>> honoured_names("成功创建国家公共文化服务体系示范区。深化国家公共文化服务体系示范区建设。",
        ...                {"国家公共文化服务体系示范区"})
        {'国家公共文化服务体系示范区'}
    """
    at_ends = _ByEnds(text, names)
    out = set()
    for verb in _HONOUR_VERBS.finditer(text):  # a name right after the verb (创建|第三批|…, 创建第三批|…)
        for at in {verb.end(g) for g in (1, 2, 3) if verb.group(g)}:
            out |= at_ends.opening(at)
        at = verb.end()
        for _ in range(4):  # or after the honours listed before it (获评A、B和C)
            listed = _LISTED_HONOUR.match(text, at)
            if listed is None:
                break
            at = listed.end()
            out |= at_ends.opening(at)
    for tail in _HONOUR_TAILS.finditer(text):  # a name right before what follows an honour
        out |= at_ends.closing(tail.start())
    for end in _TITLES_LIST_END.finditer(text):  # each item of a list of titles
        out |= _listed_titles(text, end.start(), at_ends)
    return out


def _listed_titles(text: str, end: int, at_ends: _ByEnds) -> set[str]:
    """The names ending an item of the list that closes at ``end`` (A、B和C|等称号), in its clause."""
    opens = max(text.rfind(mark, 0, end) for mark in _CLAUSE_MARKS) + 1
    out = at_ends.closing(end)
    for mark in _ITEM_ENDS.finditer(text, opens, end):
        out |= at_ends.closing(mark.start())
    return out
