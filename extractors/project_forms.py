"""A project written in one text both in full and without its owner or place in front (瑞光新材合肥新型显示光学膜材料
生产基地 and 新型显示光学膜材料生产基地; 西安泾渭水务高陵污水处理厂三期扩建项目 and 高陵污水处理厂三期扩建项目): one project,
named in full. The short form's mentions, relation ends and stages take the full name; the written form stays the
mention's text, so resolution keeps it as an alias.

Example:
    >>> full_project_names(["瑞光新材合肥新型显示光学膜材料生产基地", "新型显示光学膜材料生产基地", "地铁4号线"], set())
    {'新型显示光学膜材料生产基地': '瑞光新材合肥新型显示光学膜材料生产基地'}
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from schema import EntityRef, Label, Mention, RelationMention, StageMention

#: The shortest form joined to a fuller one (shorter tails are generic: 智能制造基地, 产业园二期).
_SHORTEST = 7
#: What may stand before the short form in the full name: an owner's or a place's name, no mark or space.
_PREFIX = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,10}")


def full_project_names(names: Iterable[str], places: set[str]) -> dict[str, str]:
    """Short form -> full name, for the project names that end exactly one longer name of ``names`` after a prefix
    that is no town or village of ``places`` (ANNOTATION 8 drops those: 西堤头曙光水镇 is 曙光水镇)."""
    names = sorted(set(names), key=len)
    tails: dict[str, list[str]] = {}  # each name under its tails of _SHORTEST characters or more, one look-up a name
    for name in names:
        for k in range(2, len(name) - _SHORTEST + 1):
            if _PREFIX.fullmatch(name, 0, k) and name[:k] not in places:
                tails.setdefault(name[k:], []).append(name)
    out = {short: fuller[0] for short in names if len(fuller := tails.get(short, [])) == 1}
    return {short: _longest(full, out) for short, full in out.items()}


def _longest(name: str, joined: dict[str, str]) -> str:
    while name in joined:
        name = joined[name]
    return name


def join_project_forms(mentions: list[Mention], relations: list[RelationMention],
                       stages: list[StageMention]) -> tuple[list[Mention], list[RelationMention], list[StageMention]]:
    """The document's mentions, relations and stages with each project's short form named in full."""
    places = {m.text for m in mentions if m.label in (Label.TOWN, Label.VILLAGE)}
    full = full_project_names((m.name for m in mentions if m.label == Label.PROJECT), places)
    if not full:
        return mentions, relations, stages

    def ref(r: EntityRef) -> EntityRef:
        return EntityRef(label=r.label, name=full[r.name]) if r.label == Label.PROJECT and r.name in full else r

    mentions = [m.model_copy(update={"name": full[m.name]}) if m.label == Label.PROJECT and m.name in full else m
                for m in mentions]
    relations = [r if (ref(r.source), ref(r.target)) == (r.source, r.target)
                 else r.model_copy(update={"source": ref(r.source), "target": ref(r.target)}) for r in relations]
    stages = [s.model_copy(update={"project": full[s.project]}) if s.project in full else s for s in stages]
    return mentions, relations, stages
