"""The stage a sentence's later clauses give a project named before them (split from :mod:`extractors.stages`, which
reads a project's own clause): the clauses after 该项目 stage the project named last before it in its paragraph, and
the clauses after a project opening its sentence stage it (蔚蓝动力…项目总投资32亿元，位于…，已于2024年12月竣工投产); the
furthest stage they tell wins, and a goal word carries over to the clauses after it until one tells a step taken.

Example:
    >>> from schema import Label, Mention
    >>> text = "蔚蓝动力项目总投资32亿元，位于殷巷智能制造产业园，已于2024年12月竣工投产。"
    >>> m = Mention(label=Label.PROJECT, text="蔚蓝动力项目", name="蔚蓝动力", start=0, end=6, rule="suffix.Project")
    >>> [(st.project, st.stage.value) for st in subject_stages(text, [m], [])]
    [('蔚蓝动力', 'in_operation')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

from extractors.stages import BUILDER_VERBS, GOAL, PLACES_BEFORE, STAGE_ORDER, stage_of
from schema import Label, Mention, Stage, StageMention


#: A back-reference to the project named before (该项目由…投资，…上月已签约; 该工程, 该院区 of works so named).
_THIS_PROJECT = re.compile(r"该项目|这一项目|此项目|该工程|该院区")
#: How far back the project a back-reference stands for may be named (in the same paragraph).
_BACK_REACH = 200


def back_reference_stages(text: str, mentions: list[Mention]) -> list[StageMention]:
    """The stage the clauses after 该项目 give, to the project named last before it in its paragraph (二是推动华拓
    精密轴承产业基地尽快落地，该项目由…投资，总投资30亿元，上月已签约: signed)."""
    projects = sorted((m for m in mentions if m.label == Label.PROJECT), key=lambda m: m.end)
    ends = [m.end for m in projects]
    names = {m.name for m in projects}
    out: list[StageMention] = []
    for hit in _THIS_PROJECT.finditer(text):
        i = bisect_left(ends, hit.start() + 1) - 1
        lo = max(text.rfind("\n", 0, hit.start()) + 1, hit.start() - _BACK_REACH)
        if i < 0 or projects[i].start < lo:
            continue
        told = _phases_told(projects[i].name, names)
        for project, phase in told:
            stage, stop = _furthest_stage(text, hit.end(), phase=phase, opening=told[0][1])
            if stage is not None:
                out.append(StageMention(project=project, stage=stage, start=hit.start(), end=stop,
                                        rule="clause.back_reference"))
    return out


#: A clause about one phase of the project (其中一期已于2022年底投入运营, 二期正加紧建设): no stage of the whole.
_PHASE_CLAUSE = re.compile(r"\s*(?:其中|目前)?([一二三四五六七八九十首])期")
#: A stage told of another works, in a relative clause after a preposition (与已建成运营的空港国际物流园二期形成联动): no
#: stage of the subject (是去年签约的重点项目 still is).
_OTHERS_STAGE = re.compile(r"^\s*(?:与|和|同|为|对|向)[^，,；;]*?(?:建成|竣工|投产|运营|开工|签约|投用)(?:投产|运营|投用)?的")
#: A labelled field of a list's item (建设单位：…运营集团有限公司, 建设地点：…): who builds it or where, no stage.
_FIELD_CLAUSE = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}[:：]")
#: A phase's project name (鑫拓精密动力电池结构件项目二期): its base and its phase.
_PHASED = re.compile(r"^(.{2,})([一二三四五六七八九十])期$")


def _phases_told(project: str, names: set[str]) -> list[tuple[str, str]]:
    """The projects 该项目's clauses may stage when it stands for ``project``, each with the phase whose clauses are
    its own: the project alone where it is no phase (""); for a phase (X二期), it and the other phases of X the text
    names (该项目由…投资建设，一期已于2024年6月竣工投产: X一期's stage, not X二期's)."""
    phased = _PHASED.match(project)
    if phased is None:
        return [(project, "")]
    base, own = phased.groups()
    return [(project, own)] + [(base + n + "期", n) for n in "一二三四五六七八九十" if n != own and base + n + "期" in names]


def _clause_phases(clauses: list[str], phase: str) -> list[str]:
    """The phase each clause is about: ``phase`` (该项目's own) until a clause opens with another (一期已于…竣工投产), then
    that one."""
    out = []
    for clause in clauses:
        if (opened := _PHASE_CLAUSE.match(clause)) is not None:
            phase = opened.group(1)
        out.append(phase)
    return out


#: How a clause telling what the works did next opens (…正式开工，目前厂房主体结构施工过半; …3月开工建设，10月主厂房结构封顶):
#: a time or a state, no subject of its own (…开工，区城市更新加快推进 is about something else).
_WENT_ON = re.compile(r"\s*(?:目前|现已|现在|如今|已经|已|正在|正|并|随后|同年|当年|今年|年内|年底|截至|截止|\d{1,2}月)")


def _furthest_stage(text: str, start: int, skip: int = 0, whole: bool = False,
                    went_on: bool = False, phase: str = "", opening: str = "") -> tuple[Stage | None, int]:
    """The furthest stage the clauses from ``start`` to the sentence's end give (去年12月竣工，今年2月已正式投产: in
    operation), the first ``skip`` clauses left out, and those about one phase (:data:`_PHASE_CLAUSE`) when the stage is
    the ``whole`` project's (not 该项目一期…) or when they are about another ``phase`` than the one staged, and, when the
    clauses tell how the works ``went_on``, those that open otherwise (:data:`_WENT_ON`); and where the sentence (for
    the ``whole``, its part) ends. The clauses are about the ``opening`` phase (该项目's own) until one names another."""
    ends = ("。", "\n", "；", ";") if whole else ("。", "\n")  # a sentence's parts about other projects
    stop = min(p for p in (*(text.find(end, start) for end in ends), len(text)) if p >= 0)
    clauses = re.split(r"[，,；;]", text[start:stop])
    aimed = _aimed_clauses(clauses)
    about = _clause_phases(clauses, opening or phase) if phase else [""] * len(clauses)
    stages = [st for i, clause in enumerate(clauses) if i >= skip and i not in aimed and about[i] == phase
              and not _OTHERS_STAGE.match(clause) and not _FIELD_CLAUSE.match(clause)
              and not (whole and _PHASE_CLAUSE.match(clause)) and not (went_on and not _WENT_ON.match(clause))
              and (st := stage_of(clause)) is not None]
    return (max(stages, key=STAGE_ORDER.index) if stages else None), stop


def _aimed_clauses(clauses: list[str]) -> set[int]:
    """The clauses after one with a goal word that tell no step already taken (计划于2025年9月开工，2027年6月建成投产:
    the second is a goal too)."""
    out: set[int] = set()
    aimed = False
    for i, clause in enumerate(clauses):
        if aimed and "已" not in clause:
            out.add(i)
        aimed = (aimed or GOAL.search(clause) is not None) and "已" not in clause
    return out


#: What stands before a project opening its sentence (or its part after a semicolon): the end of a line, a sentence or
#: a part, a numbered item's mark.
_OPENS = re.compile(r"[。；;\n][ \t\u3000]*(?:[一二三四五六七八九十]+是|\d{1,2}[.、．])?$")


def _opens_sentence(text: str, start: int) -> bool:
    return _OPENS.search(("\n" if start <= 6 else "") + text[max(0, start - 6):start]) is not None


#: A builder's relative clause before a project (其控股子公司X投资9亿元的|Y落户…): the clause's subject is the project.
#: Who opens a clause as its own subject, and the marks a clause follows.
_ACTORS = (Label.ENTERPRISE, Label.ORGANIZATION)
_CLAUSE_MARKS = ("，", ",", "；", ";")
_BUILDER_CLAUSE = re.compile(rf"[^，,；;。\n]*(?:{BUILDER_VERBS})[^，,；;。\n]*的$")


def _builder_clause(text: str, start: int) -> int:
    """Where a builder's relative clause ending right before ``start`` opens, else ``start``."""
    hit = _BUILDER_CLAUSE.search(text, max(0, start - 40), start)
    return hit.start() if hit else start


def subject_stages(text: str, mentions: list[Mention], stages: list[StageMention]) -> list[StageMention]:
    """The stage the later clauses of a sentence give to the project opening it, when they name no other project,
    and the text gave it no stage elsewhere (``stages``: those given already; 蔚蓝动力…项目总投资32亿元，位于殷巷智能
    制造产业园，已于2024年12月竣工投产) or only a stage short of it in the sentence's first clause
    (…生产线于去年11月正式开工，目前厂房主体结构施工过半: under construction as well); its place may open the sentence
    before it (九园工业园区的润通精密铸造智能工厂，去年底已竣工投产)."""
    projects = sorted((m for m in mentions if m.label == Label.PROJECT), key=lambda m: m.start)
    starts = [m.start for m in projects]
    subjects = sorted(x.start for x in mentions if x.label in _ACTORS and text[x.start - 1:x.start] in _CLAUSE_MARKS)
    staged: dict[str, list[StageMention]] = defaultdict(list)
    for st in stages:
        staged[st.project].append(st)
    places = {p.end: p.start for p in mentions if p.label in PLACES_BEFORE}
    out: list[StageMention] = []
    for m in projects:
        given = staged.get(m.name, [])
        first = [st.stage for st in given if st.start <= m.start < st.end]
        opening = (places.get(m.start - 1) or _builder_clause(text, m.start)) if text[m.start - 1:m.start] == "的" \
            else m.start  # 九园工业园区的…, X公司投资9亿元的…: the place or the builder before it opens the sentence
        if not _opens_sentence(text, opening) or given and len(first) != len(given):
            continue
        stage, stop = _furthest_stage(text, m.end, skip=1, whole=True, went_on=bool(given))
        if stage is None or bisect_left(starts, stop) != bisect_left(starts, m.end) \
                or bisect_left(subjects, stop) != bisect_left(subjects, m.end):
            continue  # another project named, or a clause of another subject (江阴港完成…,江苏江阴港港口集团…签署…)
        if not given or STAGE_ORDER.index(stage) > max(map(STAGE_ORDER.index, first)):
            out.append(StageMention(project=m.name, stage=stage, start=m.start, end=stop, rule="clause.subject"))
    return out
