"""DEVELOPS and LOCATED_IN of a later phase written bare after a project's first (:mod:`extractors.phase_lists`): the
builder and the place of the first are the later phase's too (X项目一期建成投产，二期于9月份开工建设; X一期、二期).

Example:
    >>> from kg.ingest import document_from_text
    >>> from extractors.pipeline import extract
    >>> text = "甲乙科技有限公司投资建设的丙丁智能工厂一期已建成投产，二期于9月开工建设。"
    >>> ex = extract(document_from_text(text, doc_id="t"))
    >>> sorted(r.target.name for r in ex.relations if r.type.value == "DEVELOPS")
    ['丙丁智能工厂一期', '丙丁智能工厂二期']
"""

from __future__ import annotations

from extractors.base import relation
from extractors.phase_lists import PHASED, RULE
from extractors.rel_context import RelContext
from schema import Label, Mention, RelationMention, RelType

#: The relations a later phase takes from its first: who builds it and where it is.
_SHARED = (RelType.DEVELOPS, RelType.LOCATED_IN)


def later_phase_relations(ctx: RelContext, found: list[RelationMention]) -> list[RelationMention]:
    """The DEVELOPS and LOCATED_IN of each bare later phase's first phase (``found``), with the later phase in its place
    and the sentence naming both as evidence."""
    firsts = {m.name: first for m in ctx.ms if m.rule == RULE and (first := _first_phase(ctx, m)) is not None}
    if not firsts:
        return []
    out: list[RelationMention] = []
    for later, first in firsts.items():
        evidence = ctx.sentence(first.start)
        for r in found:
            if r.type == RelType.DEVELOPS and (r.target.label, r.target.name) == (Label.PROJECT, first.name):
                out.append(relation(r.type, (r.source.label, r.source.name), (Label.PROJECT, later), evidence, RULE))
            elif r.type in _SHARED and (r.source.label, r.source.name) == (Label.PROJECT, first.name):
                out.append(relation(r.type, (Label.PROJECT, later), (r.target.label, r.target.name), evidence, RULE))
    return out


def _first_phase(ctx: RelContext, later: Mention) -> Mention | None:
    """The phased project mention of ``later``'s sentence before it whose name ``later`` takes its base from."""
    span = ctx.sentence(later.start)
    for m in ctx.within(span.start, later.start, {Label.PROJECT}):
        phased = PHASED.match(m.name)
        if m.rule != RULE and phased is not None and phased.group("base") + later.name[-2:] == later.name:
            return m
    return None


__all__ = ["later_phase_relations"]
