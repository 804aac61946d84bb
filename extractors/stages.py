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


#: A goal word: a verb after it in the clause gives no stage yet (较预计/比计划…提前 compare with the
#: plan, 预计总投资 estimates the cost; neither is a goal).
_GOAL = re.compile(r"(?<![较比])(?:预计(?!总?投资)|计划于|力争|有望|将于)")
#: Design work (完成方案设计, 推进…规划设计, 施工图): a plan, whatever verb it has.
_DESIGN = re.compile(r"(?:完成|推进|开展|优化|深化|启动)[^，,；;。]*?设计(?:方案)?|施工图|(?:方案|规划)设计|设计方案")


def stage_of(clause: str) -> Stage | None:
    """The stage a clause gives (None when it names none).

    A verb with a goal word anywhere before it in the clause (预计2024年6月底前竣工投产,
    力争江铜华北二期、精雕数控等20余个项目竣工投产) is not a stage yet. Design work (完成…方案设计)
    is ``planned`` unless the rest of the clause gives another stage (完成方案设计并正式开工: starting).
    """
    plain = _DESIGN.sub(lambda m: " " * len(m.group(0)), clause)
    for stage, verbs in STAGE_VERBS:
        for v in verbs:
            at = plain.find(v)
            if at >= 0 and not _goal_before(plain, at):
                return stage
    return Stage.PLANNED if plain != clause else None


def _goal_before(clause: str, at: int) -> bool:
    """A goal word before ``at`` that no 已 (already: 计划于2020年开工的…已于2021年建成) follows."""
    goals = list(_GOAL.finditer(clause, 0, at))
    return bool(goals) and "已" not in clause[goals[-1].end():at]


def stage_mentions(text: str, mentions: list[Mention]) -> list[StageMention]:
    """One StageMention per project mention whose clause names a stage."""
    out: list[StageMention] = []
    marks = MarkIndex(text, _CLAUSE)
    for m in mentions:
        if m.label != Label.PROJECT:
            continue
        lo, hi = clause_of(text, m.start, m.end, marks)
        clause = text[lo:m.start] + text[m.end:hi]
        stage = stage_of(clause)
        if stage is not None:
            out.append(StageMention(project=m.name, stage=stage, start=lo, end=hi, rule="clause.verb"))
    return out
