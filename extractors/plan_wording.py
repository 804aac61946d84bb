"""Plan wording: a project that a clause names as the object of its construction verb (建成X, 建设X, 加快建设X; not
推进X建设, works urged on) is to be built, ``planned`` (NOTES 14: "plan wording such as 建成X"), unless the clause or
the sentence before it tells the works done or going on (已, 正在, 去年…), a year before the document's own dates the verb, or the
section reviews past work (工作回顾, 发展基础). A stage dated after the document's year (2022年完成X in a 2021 plan) or
said with 将 (将投资建设X) is planned too, wherever the verb stands, and so is one dated after the document's own month
(于2023年6月竣工 in a notice of March 2023), an item's end dated so in its last clause (X：…2023年开工，2025年投产), and
one under a goal word opening its sentence (确保A年内封顶、B开工，C竣工投产) up to a clause of a directive of its own.

Only the stages read from a clause's verb (rules ``clause.verb`` and ``clause.subject``) that say the works are going
on or done are changed:
a start (开工建设X) or a signing stays as the text gives it.

Example:
    >>> from schema import Document, Label, Mention, Stage, StageMention
    >>> text = "建成文一西路延伸段。文二路已建成通车。"
    >>> ms = [Mention(label=Label.PROJECT, text="文一西路延伸段", name="文一西路延伸段", start=2, end=9, rule="t"),
    ...       Mention(label=Label.PROJECT, text="文二路", name="文二路", start=10, end=13, rule="t")]
    >>> sts = [StageMention(project="文一西路延伸段", stage=Stage.COMPLETED, start=0, end=9, rule="clause.verb"),
    ...        StageMention(project="文二路", stage=Stage.COMPLETED, start=10, end=19, rule="clause.verb")]
    >>> [s.stage.value for s in plan_wording(text, sts, ms, Document(doc_id="t", source_file="t.txt", sha256="0",
    ...     text=text, date="2022"))]
    ['planned', 'completed']
"""

from __future__ import annotations

import re
from bisect import bisect_right

from extractors.stage_steps import CLAUSE
from extractors.stages import BUILDER_VERBS, GOAL, clause_of, stage_of
from extractors.text_marks import MarkIndex
from schema import Document, Label, Mention, Stage, StageMention

#: Construction verbs whose object the project is when they stand before it in its clause.
_OBJECT_VERBS = re.compile(r"建成|建设|新建|扩建|改建|实施|打造|完成")
#: Words telling the works done or going on, or a past time, before the project in its sentence.
_DONE_OR_GOING = re.compile(r"已|正在|在建|续建|目前|顺利|相继|先后|陆续|累计|去年|上年|过去|以来|近年|近几年|期间|"
                            r"建成了|完成了|全年|年内已|截至|截止|当年")
#: Headings of sections that review past work (2022年工作回顾, 发展基础, “十三五”时期发展成就).
_REVIEW_HEADING = re.compile(r"回顾|成就|成效|基础(?!设施)|总结|十三五|过去|上年|去年|进展")  # (加快基础设施建设: no review)
#: A future said with 将 (将投资6.8亿元建设X, 将与…合作建设X; not 将X打造成…, which is 把).
_WILL = re.compile(r"将(?:投资|与|在|新建|建设|建成)")
_YEAR = re.compile(r"(20\d{2})年")
#: How far a sentence is read either side of a project where the document gives no sentence there, and its ends.
_REACH = 300
_ENDS = "。！？!?\n"
#: Construction urged on (加快建设X, NOTES 14): under way, whatever the wording.
_URGED = re.compile(r"加快")
#: A builder's relative clause before the project (X公司投资建设的Y): its verb is no plan wording.
_BUILT_BY = re.compile(rf"(?:{BUILDER_VERBS})的$")
#: Verbs of plan wording that no stage verb list holds (实施X, 共建X): the project is planned where they govern it.
_PLAN_ONLY_VERBS = re.compile(r"(?:实施|共建|新建|扩建|改建|打造|建设)$")
#: The rules whose stages plan wording reads: a clause's verb, and the verb after an item's subject (X：…2025年投产).
_READ_RULES = ("clause.verb", "clause.subject")
#: What may stand before a goal word opening a sentence's part (全力确保…).
_GOAL_LEAD = re.compile(r"[ \t\u3000]*(?:全力|努力)?")
#: A clause with a directive of its own (…新开工，推动C、D竣工投产: works urged on, under way): the goal stops before it.
_OWN_DIRECTIVE = re.compile(r"[，,](?:推动|加快|推进|促进|抓紧|力促|督促|实施|开工|续建)")
#: Stages a plan's wording turns into ``planned``.
_TURNED = (Stage.UNDER_CONSTRUCTION, Stage.COMPLETED, Stage.IN_OPERATION)


def plan_wording(text: str, stages: list[StageMention], mentions: list[Mention],
                 document: Document) -> list[StageMention]:
    """``stages`` with those of plan wording made ``planned`` (see the module's docstring)."""
    doc_year = int(document.date[:4]) if document.date and document.date[:4].isdigit() else None
    reviews = [(s.start, s.end) for s in document.sections if _REVIEW_HEADING.search(" ".join(s.path))]
    starts = sorted((m.start, m.end, m.name) for m in mentions if m.label == Label.PROJECT)
    marks = MarkIndex(text, CLAUSE)  # the clauses' marks, found once for the text
    out = []
    for st in stages:
        mention = _mention_in(starts, st)
        if st.rule in _READ_RULES and st.stage in _TURNED and mention is not None \
                and not any(lo <= mention[0] < hi for lo, hi in reviews):
            part = _part_of(document, text, mention[0])
            if st.rule == "clause.verb" and _planned(text, (st.start, part), mention, doc_year, marks) \
                    or _dated_later(text, *_verb_span(text, st, mention), document.date) \
                    or _goal_opened(text, part[0], mention[0]):
                st = st.model_copy(update={"stage": _planned_or_signed(document, text, mention[0])})
        out.append(st)
    staged = {(st.project, st.start) for st in stages}
    for k, (start, end, name) in enumerate(starts):  # 同步实施X、Y和Z, 共建X: no stage verb, but plan wording
        (clause, clause_end), first = clause_of(text, start, end, marks), _list_start(text, starts, k)
        if (name, clause) not in staged and _PLAN_ONLY_VERBS.search(text, clause, first) \
                and not any(lo <= start < hi for lo, hi in reviews) and _planned(text, (clause, _part_of(document, text, start)), (start, end), doc_year, marks):
            out.append(StageMention(project=name, stage=_planned_or_signed(document, text, start), start=clause,
                                    end=clause_end, rule="clause.plan"))
    return out


def _verb_span(text: str, st: StageMention, mention: tuple[int, int]) -> tuple[int, int]:
    """Where a date of the stage's verb may stand: after the project in its clause, or for a later clause's end
    (X：…2023年开工，2025年投产) that clause; none for works going on there (…正在施工，预计2024年投产)."""
    if st.rule == "clause.verb":
        return mention[1], st.end
    if st.stage == Stage.UNDER_CONSTRUCTION:
        return st.end, st.end
    return max(st.start - 1, *(text.rfind(mark, st.start, st.end) for mark in CLAUSE)) + 1, st.end


def _goal_opened(text: str, part: int, pos: int) -> bool:
    """The sentence's part holding ``pos`` opens with a goal word that governs its clauses (确保A年内封顶、B开工，C竣工
    投产，…), with no 已 before ``pos`` and no clause of a directive of its own between (…，推动C竣工投产)."""
    goal = GOAL.match(text, _GOAL_LEAD.match(text, part).end())  # (the stage verbs' goal words: stages.GOAL)
    return goal is not None and "已" not in text[goal.end():pos] and not _OWN_DIRECTIVE.search(text, goal.end(), pos)


def _mention_in(starts: list[tuple[int, int, str]], st: StageMention) -> tuple[int, int] | None:
    """The first mention of the stage's project inside its clause."""
    k = bisect_right(starts, (st.start, -1, ""))
    while k < len(starts) and starts[k][0] < st.end:
        if starts[k][2] == st.project:
            return starts[k][0], starts[k][1]
        k += 1
    return None


def _planned_or_signed(document: Document, text: str, pos: int) -> Stage:
    """``signed`` for works to be built that a signing names (签约项目中，X投资20亿元建设Y; under 二、集中签约项目), else
    ``planned``."""
    span, section = document.sentence_at(pos), document.section_at(pos)
    lead = text[max(span.start, text.rfind("；", 0, pos) + 1, text.rfind(";", 0, pos) + 1):pos] if span is not None else ""
    return Stage.SIGNED if _SIGNING.search(lead) or section is not None and _SIGNING.search(" ".join(section.path)) \
        else Stage.PLANNED


#: Words of a signing's items (签约项目中，…; 二、集中签约项目; X与南通镇签约，投资…; 签订…协议), not of a task (三、强化招商签约).
_SIGNING = re.compile(r"签约(?:项目|仪式|活动|的|[，,])|集中签约|已签约|正式签约|成功签约|签订|签署")


def _part_of(document: Document, text: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos`` (the document's own sentences), from its last ；before ``pos``."""
    span = document.sentence_at(pos)
    if span is None:  # a document made without sentences: its sentence marks, read so far either side
        lo = max([max(0, pos - _REACH)] + [at + 1 for at in (text.rfind(m, max(0, pos - _REACH), pos) for m in _ENDS) if at >= 0])
        hi = min([min(len(text), pos + _REACH)] + [at for at in (text.find(m, pos, pos + _REACH) for m in _ENDS) if at >= 0])
    else:
        lo, hi = span.start, span.end
    return max([lo] + [at + 1 for at in (text.rfind(mark, lo, pos) for mark in "；;") if at >= 0]), hi


def _planned(text: str, spans: tuple[int, tuple[int, int]], mention: tuple[int, int], doc_year: int | None,
             marks: MarkIndex) -> bool:
    """Whether the project at ``mention`` is stated as to be built; ``spans``: where its clause opens, and the part of its
    sentence it stands in (from the last ；)."""
    clause, (sentence, sentence_end) = spans
    before, whole = text[clause:mention[0]], text[clause:sentence_end]
    if _BUILT_BY.search(before) or _URGED.search(before) or stage_of(text[mention[1]:clause_of(text, *mention, marks)[1]]):
        return False  # …投资建设的X于2021年投入运营: the verb after the project is its stage
    years = [int(y) for y in _YEAR.findall(text[sentence:mention[0]])]
    if doc_year and years and max(years) > doc_year or _WILL.search(text, sentence, mention[0]):
        return True  # 2022年完成X in a 2021 plan; 将投资…建设X
    if _DONE_OR_GOING.search(text, sentence, mention[0]) or doc_year and years and max(years) < doc_year:
        return False
    return _OBJECT_VERBS.search(before) is not None and not _DONE_OR_GOING.search(whole)


def _dated_later(text: str, start: int, end: int, date: str | None) -> bool:
    """A month or year after the document's own date between ``start`` and ``end`` (the project's clause after its name),
    with no 已 before it: the time the verb is to come (龙睿…一期于2023年6月竣工 in a notice of 2023-03-10)."""
    if not date or not date[:4].isdigit():
        return False
    own = (int(date[:4]), int(date[5:7]) if date[5:7].isdigit() else 0)
    for hit in _WHEN.finditer(text, start, end):
        when = (int(hit.group(1)), int(hit.group(2) or 0))
        if when[0] > own[0] or when[0] == own[0] and own[1] and when[1] > own[1]:
            return "已" not in text[start:hit.start()]
    return False


#: A year and month (2023年6月), the month left out at times.
_WHEN = re.compile(r"(20\d{2})年(?:(\d{1,2})月)?")


def _list_start(text: str, starts: list[tuple[int, int, str]], k: int) -> int:
    """Where the list of projects that ``starts[k]`` closes opens (实施A、B和C: A's start), or its own start."""
    start = starts[k][0]
    while k > 0 and text[starts[k - 1][1]:start] in ("、", "和", "及", "与", "以及"):
        k -= 1
        start = starts[k][0]
    return start
