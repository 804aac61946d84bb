"""The stage a news item gives a group of projects in one lead (开工的12个项目中，…; 签约的18个项目中，…; 开工项目中，…),
and a plan its groups by stage (续建项目11个，包括…；新开工项目9个，包括…).

A report of a ceremony where many projects are signed or started at once names the group first and then its
projects, most of them with no stage word of their own (开工的12个项目中，…弗迪电池…二期项目总投资60亿元，位于…).
Each project the lead's paragraph names takes the group's stage, and so do those of the paragraphs right after it
that go on with the group by field (社会民生方面，…; 智能装备领域，…); a project the text stages anywhere keeps its own.

Example:
    >>> from schema import Label, Mention
    >>> text = "开工的12个项目中，弗迪电池二期项目总投资60亿元。\\n社会民生方面，区人民医院新院区项目位于璧泉街道。\\n与此同时，璧铜线加快建设。"
    >>> ms = [Mention(label=Label.PROJECT, text=n, name=n, start=text.index(n), end=text.index(n) + len(n), rule="t")
    ...       for n in ("弗迪电池二期", "区人民医院新院区", "璧铜线")]
    >>> [(s.project, s.stage.value) for s in lead_stages(text, ms, [])]
    [('弗迪电池二期', 'starting'), ('区人民医院新院区', 'starting')]
"""

from __future__ import annotations

import re
from bisect import bisect_left

from extractors.stages import GOAL
from schema import Label, Mention, Stage, StageMention

#: A group's lead: what was done to the group, and how many projects it holds (searched from its verb: a whole-text
#: scan opening with a look-behind tries every position) ...
_LEAD = re.compile(r"(?P<verb>签约|开工|竣工投产|竣工|投产)(?:的(?:\d+|[一二三四五六七八九十百两]+)个|的)?(?:其他|其余)?(?:重大|重点)?"
                   r"(?:产业)?项目(?:中|还?包括)")  # (开工项目中，A、B、C等项目备受关注: no count; 竣工投产的其他项目还包括：…)
#: ... opening its sentence (what may stand before the verb there).
_OPENING = re.compile(r"[。！？\n][ \t\u3000]*(?:(?:据悉|据了解|此外|另外)[，,])?(?:此次|本次|今天|当天|其中[，,]?)?(?:集中)?新?$")
#: A paragraph going on with the group by field (社会民生方面，; 智能装备领域，).
_GOES_ON = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,8}(?:方面|领域)[，,]")
_STAGES = {"签约": Stage.SIGNED, "开工": Stage.STARTING, "竣工": Stage.COMPLETED, "投产": Stage.IN_OPERATION,
           "竣工投产": Stage.IN_OPERATION}
RULE = "context.group_lead"


def lead_stages(text: str, mentions: list[Mention], stages: list[StageMention]) -> list[StageMention]:
    """The group's stage of every project in a lead's scope (see the module's notes) that ``stages`` do not stage."""
    staged = {st.project for st in stages}
    out: list[StageMention] = []
    leads = [lead for lead in _LEAD.finditer(text)
             if _OPENING.search(("\n" if lead.start() <= 12 else "") + text[max(0, lead.start() - 12):lead.start()])]
    projects = _projects(mentions)
    for k, lead in enumerate(leads):  # a lead's scope ends where the next lead opens (签约项目中，…。开工项目中，…)
        end = min(_scope_end(text, lead.end()), leads[k + 1].start() if k + 1 < len(leads) else len(text))
        out += _scope_stages(projects, lead, end, _STAGES[lead.group("verb")], RULE, staged)
    return out


def _projects(mentions: list[Mention]) -> tuple[list[int], list[Mention]]:
    """The project mentions, by start, and their starts."""
    projects = sorted((m for m in mentions if m.label == Label.PROJECT), key=lambda m: m.start)
    return [m.start for m in projects], projects


def _scope_stages(projects: tuple[list[int], list[Mention]], lead: re.Match[str], end: int, stage: Stage, rule: str,
                  staged: set[str]) -> list[StageMention]:
    """The stage of each project from the lead's end to ``end`` that ``staged`` does not hold yet (then it does)."""
    starts, mentions = projects
    out = []
    for m in mentions[bisect_left(starts, lead.end()):bisect_left(starts, end)]:
        if m.name not in staged:
            staged.add(m.name)
            out.append(StageMention(project=m.name, stage=stage, start=lead.start(), end=m.end, rule=rule))
    return out


#: A plan's group of projects by stage, then its items up to the part's end (续建项目11个，包括A、B等；新开工项目9个，…).
_CATEGORY = re.compile(r"(?P<kind>续建|新开工|竣工|前期|储备)(?:重点|重大)?项目(?:\d+|[一二三四五六七八九十百两]+)个[，,：:]"
                       r"(?:包括|主要有|主要包括|分别是|有)?")
_KINDS = {"续建": Stage.UNDER_CONSTRUCTION, "新开工": Stage.STARTING, "竣工": Stage.COMPLETED, "前期": Stage.PLANNED,
          "储备": Stage.PLANNED}
CATEGORY_RULE = "context.stage_group"


#: A count of projects that reached a stage together, then its items (此次有6个城市更新项目集中开工，包括A、B、C等).
_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)个[^，,。；;\n]{0,16}?项目(?:集中|同步|同日|正式)?(?P<kind>开工|签约|竣工)"
                      r"[，,：:](?:包括|主要有|主要包括|分别是|其中|有)")
#: The same with the verb before the count, its items after a colon (还集中开工了3个项目，总投资19.8亿元：A、B、C).
_VERB_COUNTED = re.compile(r"(?P<kind>开工|签约|竣工)了?(?:\d+|[一二三四五六七八九十百两]+)个(?:重大|重点)?项目[^。；;\n：:]{0,20}[：:]")
_COUNTED_KINDS = {"开工": Stage.STARTING, "签约": Stage.SIGNED, "竣工": Stage.COMPLETED}


def category_stages(text: str, mentions: list[Mention], stages: list[StageMention]) -> list[StageMention]:
    """The group's stage of every project listed after a group by stage (续建项目11个，包括A、B等；) or after a count of
    projects that reached one together (6个…项目集中开工，包括A、B等; 集中开工了3个项目：A、B; not after a goal's words:
    计划…) that ``stages`` do
    not stage: the group's items end at its part's ；, 。 or line end."""
    staged = {st.project for st in stages}
    out: list[StageMention] = []
    projects = _projects(mentions)
    groups = [(g, _KINDS[g.group("kind")]) for g in _CATEGORY.finditer(text)]
    groups += [(g, _COUNTED_KINDS[g.group("kind")]) for pattern in (_COUNTED, _VERB_COUNTED) for g in pattern.finditer(text)
               if not GOAL.search(text, max(0, text.rfind("。", 0, g.start()) + 1), g.start())]
    for group, stage in groups:
        end = min((i for i in (text.find(mark, group.end()) for mark in "；;。\n") if i >= 0), default=len(text))
        out += _scope_stages(projects, group, end, stage, CATEGORY_RULE, staged)
    return out


def _scope_end(text: str, start: int) -> int:
    """The end of the lead's paragraph and of the paragraphs after it that go on by field."""
    end = text.find("\n", start)
    while end >= 0 and _GOES_ON.match(text, end + 1):
        end = text.find("\n", end + 1)
    return len(text) if end < 0 else end
