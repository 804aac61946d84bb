"""Project stages from the verbs around a project mention.

The clause holding the mention (between commas/semicolons/full stops) is
searched for stage verbs; the first stage in ``STAGE_VERBS`` order that
occurs wins, so 启动…建设 is ``starting`` and 竣工投产 is ``in_operation``.

Example:
    >>> from schema import Mention, Label
    >>> m = Mention(label=Label.PROJECT, text="SMC二期", name="SMC二期", start=4, end=9, rule="t")
    >>> [s.stage.value for s in stage_mentions("尽快启动SMC二期建设。", [m])]
    ['starting']
"""

from __future__ import annotations

import re

from extractors.text_marks import MarkIndex
from schema import Label, Mention, Stage, StageMention

STAGE_VERBS: tuple[tuple[Stage, tuple[str, ...]], ...] = (
    (Stage.PLANNED, ("启动前期", "前期工作")),
    (Stage.SIGNED, ("签约", "签署", "签订")),
    (Stage.STARTING, ("启动", "开工", "动工", "新开工", "奠基")),
    (Stage.IN_OPERATION, ("投产", "投入运营", "开园运营", "运营", "投入使用", "开业", "试营业", "通车", "开园")),
    (Stage.COMPLETED, ("竣工", "建成", "完工", "完成")),
    (Stage.UNDER_CONSTRUCTION, ("在建", "加快建设", "封顶", "设备安装", "推进", "建设", "续建", "施工")),
    (Stage.SIGNED, ("落户",)),
    (Stage.PLANNED, ("规划", "谋划", "筹建", "拟建", "策划", "储备")),
)
_CLAUSE = "，,；;。！？!?\n"


def clause_of(text: str, start: int, end: int, marks: MarkIndex | None = None) -> tuple[int, int]:
    """The clause around ``[start, end)``; ``marks`` (of ``_CLAUSE`` in ``text``) answers by bisect."""
    marks = marks or MarkIndex(text, _CLAUSE)
    hi = marks.first_from(end)
    return marks.last_before(start) + 1, hi if hi >= 0 else len(text)


_FUTURE = ("预计", "计划于", "力争", "有望", "将于")
#: A goal word in the text before the project (预计总投资 is an estimate of cost, not a goal).
_GOAL_LEAD = re.compile(r"预计(?!总?投资)|计划于|力争|有望|将于")
#: The design of a project finished (完成…方案设计): a plan, not a finished project.
_DESIGN_DONE = re.compile(r"完成[^，,；;。]*?(?:方案设计|规划设计|设计方案)")


def stage_of(clause: str, lead: str = "") -> Stage | None:
    """The stage a clause gives (None when it names none).

    A verb right after 预计/力争/有望… is not a stage yet, nor any verb of a clause whose ``lead``
    (its text before the project) holds such a word (力争江铜华北二期、精雕数控等20余个项目竣工投产).
    A finished design (完成…方案设计) is ``planned`` unless the clause gives another stage.
    """
    if _GOAL_LEAD.search(lead):
        return None
    design = _DESIGN_DONE.search(clause)
    if design:
        clause = clause[:design.start()] + " " * len(design.group(0)) + clause[design.end():]
    for stage, verbs in STAGE_VERBS:
        for v in verbs:
            at = clause.find(v)
            if at >= 0 and not any(f in clause[max(0, at - 6):at] for f in _FUTURE):
                return stage
    return Stage.PLANNED if design else None


def stage_mentions(text: str, mentions: list[Mention]) -> list[StageMention]:
    """One StageMention per project mention whose clause names a stage."""
    out: list[StageMention] = []
    marks = MarkIndex(text, _CLAUSE)
    for m in mentions:
        if m.label != Label.PROJECT:
            continue
        lo, hi = clause_of(text, m.start, m.end, marks)
        clause = text[lo:m.start] + text[m.end:hi]
        stage = stage_of(clause, lead=text[lo:m.start])
        if stage is not None:
            out.append(StageMention(project=m.name, stage=stage, start=lo, end=hi, rule="clause.verb"))
    return out
