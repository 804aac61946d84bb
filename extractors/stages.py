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
from bisect import bisect_left
from collections.abc import Callable

from extractors.spliced import SplicedText, WordPositions
from extractors.stage_steps import CLAUSE, NEXT_STEP, partial
from extractors.text_marks import MarkIndex
from schema import Label, Mention, Section, Stage, StageMention

STAGE_VERBS: tuple[tuple[Stage, tuple[str, ...]], ...] = (
    (Stage.PLANNED, ("启动前期", "前期工作", "前期研究")),
    (Stage.SIGNED, ("签约", "签署", "签订")),
    (Stage.STARTING, ("启动", "开工", "动工", "新开工", "奠基")),
    # the steps before the works (完成可研批复, 已完成土地摘牌): what they complete is no project yet
    (Stage.PLANNED, ("可研", "可行性研究", "土地摘牌", "摘牌", "立项", "环评批复", "用地预审", "征地拆迁", "征拆")),
    (Stage.IN_OPERATION, ("投产", "投入运营", "开园运营", "运营", "投入使用", "开业", "试营业", "通车", "开园",
                          "投用", "启用", "量产", "满产", "满负荷", "投入运行", "正式运行", "达产", "试生产", "试运行",
                          "开门纳客", "开车成功", "并网发电", "并网运行", "全容量并网", "实现并网",
                          "成功并网", "并网以来", "交付使用", "开诊", "投运", "开学")),  # 一期开门纳客 (a resort), 聚丙烯装置一次开车成功 (a plant)
    # 新院区正式投用, 实现满产运行, 全面达产, 进入试生产阶段; a plant on the grid (not 燃煤锅炉改并网: boilers joined up)
    # the main structure done is the works under way (五院迁建工程主体完工, 主体工程竣工验收，正在进行设备调试)
    # and a milestone reached on the way (轨道交通6号线二期完成洞通，计划年内通车)
    (Stage.UNDER_CONSTRUCTION, ("主体完工", "主体竣工", "主体工程竣工", "主体结构完工", "主体结构竣工", "主体工程完工",
                                "完成洞通", "实现洞通", "完成封顶", "实现封顶", "完成铺轨", "完成桩基")),
    (Stage.COMPLETED, ("竣工", "建成", "完工", "交工验收", "完成", "全线贯通", "验收")),  # (not 交工 of 立交工程; 通过省级验收)
    (Stage.PLANNED, ("规划建设",)),  # to be planned and built (规划建设联科医疗…基地), before 建设 is read
    (Stage.UNDER_CONSTRUCTION, ("在建", "加快建设", "封顶", "结顶", "设备安装", "设备调试", "推进", "建设", "续建", "施工", "洞通",
                                "轨通", "铺轨", "掘进", "工程量")),  # 盾构已累计掘进5.6公里, 已完成80%工程量; 结顶: 封顶
    (Stage.SIGNED, ("落户",)),
    (Stage.PLANNED, ("规划", "谋划", "筹建", "拟建", "策划", "储备")),
)
_CLAUSE = CLAUSE
#: Urging a project on to its end (加快湖南三安半导体二期投产, 确保X竣工: the mention is cut from its clause, so
#: the word stands right before the verb): the end is a goal, not yet reached.
_ENDS = (Stage.IN_OPERATION, Stage.COMPLETED)
_URGING = frozenset(("加快", "确保", "推动", "争取", "促进", "抓紧", "力促", "尽快", "早日", "推进", "冲刺"))


#: When an urged end is to come (加快X年内投产): skipped between the urging word and the verb.
_WHEN = frozenset(("年内", "今年", "当年", "年底", "明年", "同步"))


def _char_of(text: str) -> Callable[[int], str]:
    return lambda i: text[i] if 0 <= i < len(text) else ""


def _urged(char: Callable[[int], str], at: int) -> bool:
    """An urging word right before the verb at ``at``, or before a time word there (加快|年内|投产)."""
    if char(at - 2) + char(at - 1) in ("竣工", "建成", "完工"):
        at -= 2  # 加快…竣工|投产: the end before the end urged on
    if char(at - 2) + char(at - 1) in ("项目", "工程"):
        at -= 2  # 推动华川机器人二期|项目|竣工投产: the project's head noun left in the clause
        at = _before_count(char, at)  # 推动A、B等25个(重点)项目竣工投产: the list's count too
    if char(at - 1) == "等":  # 推动A、B等项目建成投产: the urging word opens the list (推进A、B等建成开放 reports it done)
        return any(char(i) + char(i + 1) in _URGING - {"推进"} for i in range(at - 3, max(-1, at - 80), -1))
    if char(at - 2) + char(at - 1) in _WHEN:
        at -= 2
    return char(at - 2) + char(at - 1) in _URGING


def _not_reached(char: Callable[[int], str], at: int, end: int) -> bool:
    """The verb at ``at:end`` is denied (尚未建成, 仍未开工, 没有投产): no stage reached; or it opens a span of time (从签约到开工
    仅用了98天: the stage is the span's end); or it is said to lag (推进滞后, 建设缓慢: a problem at any stage, none given)."""
    return char(at - 1) in ("未", "没", "从") or char(at - 2) + char(at - 1) == "没有" \
        or char(end) + char(end + 1) in _LAGGING


_LAGGING = frozenset(("滞后", "缓慢", "迟缓", "受阻", "不力"))


def _before_count(char: Callable[[int], str], at: int) -> int:
    """Where a list's count (等25个重点|项目) ending at ``at`` opens, right after its 等; ``at`` if none ends there."""
    i = at - 2 if char(at - 2) + char(at - 1) in ("重点", "重大") else at
    if char(i - 1) != "个":
        return at
    i -= 1
    while char(i - 1).isdigit() or char(i - 1) in _NUMERALS:
        i -= 1
    return i if i < at - 1 and char(i - 1) == "等" else at


#: Numerals of a count written in words (二十五个).
_NUMERALS = frozenset("一二三四五六七八九十百余多两")


def clause_of(text: str, start: int, end: int, marks: MarkIndex | None = None) -> tuple[int, int]:
    """The clause around ``[start, end)``; ``marks`` (of ``_CLAUSE`` in ``text``) answers by bisect."""
    marks = marks or MarkIndex(text, _CLAUSE)
    hi = marks.first_from(end)
    return marks.last_before(start) + 1, hi if hi >= 0 else len(text)


#: A goal word: a verb after it in the clause gives no stage yet (较预计/比计划…提前 compare with the
#: plan, 预计总投资 estimates the cost; neither is a goal; 拟在…投资建设 intends to build, 拟建 is planned).
GOAL = re.compile(r"(?<![较比原])(?:预计(?!总?投资)|拟(?!建)|计划于|计划(?=\d|今年|明年|年内|年底|[一二三四五六七八九十]+月)|力争|有望|将于|将有|原定|确保"
                   r"|将用于|将由|底前|月前|年内|(?<![于在至截\d])(?:\d{4})?年底(?!前))")  # 用地将用于建设…: the land's use to come
#: Deadlines before a verb (6月底前竣工投产, 年内建成, X年底竣工): a goal unless 已 comes first (于2022年底建成 is done).
_DEADLINES = ("底前", "月前", "年内", "年底")
#: Design work (完成方案设计, 推进…规划设计, 施工图): a plan, whatever verb it has.
_DESIGN = re.compile(r"(?:完成|推进|开展|优化|深化|启动)[^，,；;。]*?设计(?:方案)?|施工图|(?:方案|规划)设计|设计方案")


#: Any stage verb: a clause holding none skips the walk over the verbs (most clauses around a project hold none).
_ANY_VERB = re.compile("|".join(sorted({re.escape(v) for _stage, verbs in STAGE_VERBS for v in verbs})))


def stage_of(clause: str) -> Stage | None:
    """The stage a clause gives (None when it names none).

    A verb with a goal word anywhere before it in the clause (预计2024年6月底前竣工投产,
    力争江铜华北二期、精雕数控等20余个项目竣工投产) is not a stage yet. Design work (完成…方案设计)
    is ``planned`` unless the rest of the clause gives another stage (完成方案设计并正式开工: starting).
    """
    plain = _DESIGN.sub(lambda m: " " * len(m.group(0)), clause)
    char = _char_of(plain)
    urged = False
    for stage, verbs in STAGE_VERBS if _ANY_VERB.search(plain) else ():  # most clauses hold none
        for v in verbs:
            at = plain.find(v)
            if at < 0 or _goal_before(plain, at) or partial(char, at, v) or _not_reached(char, at, at + len(v)):
                continue
            if stage in _ENDS and _urged(char, at):
                urged = True  # 推动X竣工投产: pushed on to its end, so under way (no end reached)
                continue
            return Stage.UNDER_CONSTRUCTION if urged and STAGE_ORDER.index(stage) > _UNDER_WAY else stage
    return Stage.UNDER_CONSTRUCTION if urged else Stage.PLANNED if plain != clause else None


def _goal_before(clause: str, at: int) -> bool:
    """A goal word before ``at`` that no 已 (already: 计划于2020年开工的…已于2021年建成) follows; a deadline
    (6月底前, 年内) that no 已 precedes either (已于2023年底前建成 is done)."""
    goals = [g for g in GOAL.finditer(clause, 0, at) if not (g.group() in _DEADLINES and "已" in clause[:g.start()])]
    return bool(goals) and "已" not in clause[goals[-1].end():at]


#: ``_DESIGN``'s alternatives: a verb up to the next 设计 (and 方案 right after it), then three words.
_DESIGN_VERBS = ("完成", "推进", "开展", "优化", "深化", "启动")
_DESIGN_WORDS = ("施工图", "方案设计", "规划设计", "设计方案")
_GOAL_WORDS = ("预计", "拟", "计划于", "计划", "力争", "有望", "将于", "将有", "原定", "确保", "将用于", "将由", *_DEADLINES)
#: What 计划 is a goal word before: a date (计划10月底建成通车, 计划今年开工).
_PLANNED_WHEN = re.compile(r"\d|今年|明年|年内|年底|[一二三四五六七八九十]+月")
#: Clauses up to this length are built and searched as strings (faster than the index when short).
_SHORT_CLAUSE = 300


class _Plain:
    """A clause as ``stage_of`` reads it (its design work blanked: ``plain``), without building the string:
    the spans ``_DESIGN.sub`` blanks, and word searches through :class:`SplicedText` that skip them."""

    def __init__(self, clause: SplicedText) -> None:
        self.clause = clause
        self.spans = self._design_spans()
        self.span_starts = [s for s, _ in self.spans]

    def _design_spans(self) -> list[tuple[int, int]]:
        """``_DESIGN``'s matches, leftmost first, each search from where the last match ended."""
        clause, spans, pos = self.clause, [], 0
        last_design = next(clause.ends_before("设计", clause.length), -1)
        while True:
            verb_at = min((p for p in (clause.find(v, pos) for v in _DESIGN_VERBS) if 0 <= p <= last_design - 2),
                          default=-1)
            words = [(at, w) for w in _DESIGN_WORDS if (at := clause.find(w, pos)) >= 0]
            at = min([verb_at] * (verb_at >= 0) + [a for a, _ in words], default=-1)
            if at < 0:
                return spans
            if at == verb_at:  # the first alternative, lazily to the next 设计, with 方案 after it
                end = clause.find("设计", at + 2) + 2
                end += 2 * clause.startswith("方案", end)
            else:
                end = at + len(next(w for a, w in words if a == at))
            spans.append((at, end))
            pos = end

    def _blanked(self, at: int, length: int) -> tuple[int, int] | None:
        """The blanked span that ``[at, at + length)`` runs into, if any."""
        k = bisect_left(self.span_starts, at + length) - 1
        return self.spans[k] if k >= 0 and self.spans[k][1] > at else None

    def char(self, i: int) -> str:
        """``plain[i]`` (a space where blanked, "" outside)."""
        return " " if self._blanked(i, 1) and 0 <= i < self.clause.length else self.clause.char(i)

    def find(self, word: str, i: int) -> int:
        """``plain.find(word, i)``: the first occurrence that no blanked span touches."""
        while (at := self.clause.find(word, i)) >= 0:
            span = self._blanked(at, len(word))
            if span is None:
                return at
            i = span[1] if at >= span[0] else at + 1
        return -1

    def goal_before(self, at: int) -> bool:
        """``_goal_before(plain, at)``: the last goal word ending by ``at`` (one per start; of 预计划于 the
        hidden 计划于 differs from 预计 only by 划于, no 已), with no 已 from its end to ``at``."""
        last = max((s for w in _GOAL_WORDS for s in [next((s for s in self.clause.ends_before(w, at)
                                                             if self._goal_at(s, w, at)), -1)]), default=-1)
        if last < 0:
            return False
        word = next(w for w in _GOAL_WORDS if self.clause.startswith(w, last))
        return not 0 <= self.find("已", last + len(word)) < at

    def _goal_at(self, s: int, word: str, at: int) -> bool:
        """Whether ``GOAL`` matches ``word`` at ``s`` in ``plain[:at]`` (no 较/比/原 before, no 总?投资 after 预计,
        a date after 计划)."""
        if self._blanked(s, len(word)) or self.char(s - 1) in ("较", "比", "原"):
            return False
        after = "".join(self.char(k) for k in range(s + 2, min(s + 5, at)))
        if word == "计划":
            return _PLANNED_WHEN.match(after) is not None
        if word in _DEADLINES:
            return not 0 <= self.find("已", 0) < s
        if word == "拟":  # 拟建 is a planned verb; the goal search reads no further than ``at``, as GOAL does
            return s + 1 >= at or self.char(s + 1) != "建"
        return word != "预计" or not after.startswith(("投资", "总投资"))


def stage_in(clause: SplicedText) -> Stage | None:
    """``stage_of(clause.text())``, read through the text's word index (no string built or searched)."""
    plain = _Plain(clause)
    urged = False
    for stage, verbs in STAGE_VERBS:
        for v in verbs:
            at = plain.find(v, 0)
            if at < 0 or plain.goal_before(at) or partial(plain.char, at, v) or _not_reached(plain.char, at, at + len(v)):
                continue
            if stage in _ENDS and _urged(plain.char, at):
                urged = True
                continue
            return Stage.UNDER_CONSTRUCTION if urged and STAGE_ORDER.index(stage) > _UNDER_WAY else stage
    return Stage.UNDER_CONSTRUCTION if urged else Stage.PLANNED if plain.spans else None


STAGE_ORDER = list(Stage)
_UNDER_WAY = STAGE_ORDER.index(Stage.UNDER_CONSTRUCTION)

#: The verbs of a builder's relative clause before its project (X公司投资建设的Y, 其控股子公司X投资9亿元的Y).
BUILDER_VERBS = "投资|建设|开发|承建|打造|建成"


#: The heading of a year's work plan (二、2024年工作计划, 2024年工作安排): what its projects are to do, no stage.
_PLAN_HEADING = re.compile(r"20\d{2}年[^\n]{0,8}?(?:工作)?(?:计划|安排|打算|思路)$")


def outside_plans(stages: list[StageMention], sections: list[Section]) -> list[StageMention]:
    """The stages not stated under a year's work-plan heading (NOTES 14: a stage the text gives for the future
    is not used; 重点推进…项目开工建设 there does not undo the 签约 the summary reports)."""
    plans = [(sec.start, sec.end) for sec in sections if _PLAN_HEADING.search(sec.path[-1] if sec.path else "")]
    return [st for st in stages if not any(lo <= st.start < hi for lo, hi in plans)] if plans else stages


#: A notice's field line of a place (建设地点：…): what it names is where, not what is built.
_PLACE_FIELD = re.compile(r"[ \t\u3000]*(?:建设地点|项目地点|实施地点|建设地址|项目地址|地址|选址|四至范围|四至)[:：]")


#: What follows a venue's name (签约仪式在无锡太湖国际博览中心举行): the clause's stage is the event's, not the venue's.
_HELD_AT = re.compile(r"(?:项目)?(?:现场)?(?:隆重|正式|盛大|同步)?(?:举行|举办|召开|开幕)")
#: What stands before a venue's name: 在, and its place at most (在径河街道…生产基地举行); a project holding its own
#: ceremony (X项目举行开工仪式) is no venue.
_AT_VENUE = re.compile(r"在[^，,；;。\n]{0,12}$")


def _item_after(starts: list[int], mark: int) -> bool:
    """Whether a project opens the list item after the 、 at ``mark`` (推动A项目建成投产、B开工建设: B's own verb, where its
    own verb does not say it; not 已完成鲁台村、西河村一带房屋征收: the object of A's verb goes on), at most a place's words
    after it."""
    i = bisect_left(starts, mark)
    return i < len(starts) and starts[i] - mark <= _PLACE_BEFORE_ITEM


#: How far after a list's 、 the next item's project may open (、瓜沥七彩未来社区二期: its town before it).
_PLACE_BEFORE_ITEM = 8


def stage_mentions(text: str, mentions: list[Mention]) -> list[StageMention]:
    """One StageMention per project mention whose clause (without the mention) names a stage; none for a project
    where an event is held (集中开工活动在…生产基地举行)."""
    out: list[StageMention] = []
    marks = MarkIndex(text, _CLAUSE)
    words = WordPositions(text)
    starts = sorted(m.start for m in mentions if m.label == Label.PROJECT)
    place_starts = {p.end: p.start for p in sorted(mentions, key=lambda p: -p.start) if p.label in PLACES_BEFORE}
    for m in mentions:
        if m.label != Label.PROJECT or _PLACE_FIELD.match(text, text.rfind("\n", 0, m.start) + 1):
            continue  # 建设地点：…四经路以东: a road bounding a plot, no works staged by the field's label
        if _HELD_AT.match(text, m.end) and _AT_VENUE.search(text, max(0, m.start - 13), m.start):
            continue
        lo, hi = clause_of(text, m.start, m.end, marks)
        item_end = text.find("、", m.end, hi)
        if item_end > 0 and stage_of(text[m.end:item_end]) is not None and not NEXT_STEP.match(text, item_end + 1) \
                and (_item_after(starts, item_end) or stage_of(text[item_end + 1:hi]) is not None):
            hi = item_end  # 推动A项目建成投产、B开工建设: each item has its own verb (not 当年签约、当年开工: one item's)
        cut = _places_before(place_starts, m.start, lo)  # 推动|瓜沥|七彩未来社区二期|建成交付: the place goes too
        if hi - lo <= _SHORT_CLAUSE:
            after = stage_of(text[m.end:hi]) if text.endswith("的", lo, cut) and _PAST.search(text, lo, cut) else None
            # 去年开工的X已完成主体结构封顶: a past step before the works, the clause's own verb after them
            stage = after or stage_of(text[lo:cut] + text[m.end:hi])
        else:  # a clause of hundreds of items: read through the word index, the same answer
            stage = stage_in(SplicedText(text, words, lo, cut, m.end, hi))
        if stage is not None:
            out.append(StageMention(project=m.name, stage=stage, start=lo, end=hi, rule="clause.verb"))
            if (later := _continued(text, marks, starts, hi, stage)) is not None:
                out.append(StageMention(project=m.name, stage=later[0], start=lo, end=later[1], rule="clause.verb"))
        elif _TOPIC_BEFORE.fullmatch(text, lo, cut) and (topic := _topic_stage(text, marks, starts, m, hi)):
            out.append(topic)
    return out


#: The opening of a clause going on with its sentence's project, no subject of its own: a time or 于/已/并
#: (…于2023年6月开工，去年9月竣工并正式投产; …落户花都经济开发区，于10月正式动工).
_GOES_ON = re.compile(r"(?:并|随后|后|已|于|去年|今年|前年|当年|同年|次年|20\d{2}年|\d{1,2}月)")


def _continued(text: str, marks: MarkIndex, starts: list[int], hi: int, stage: Stage) -> tuple[Stage, int] | None:
    """The latest stage, after ``stage``, that the clauses going on with a project's clause (ending at ``hi``) give it
    in its sentence, and where they end; None where they give none later or name another project."""
    found: tuple[Stage, int] | None = None
    while text[hi:hi + 1] in ("，", ",", "；", ";") and _GOES_ON.match(text, hi + 1):
        lo, hi = clause_of(text, hi + 1, hi + 1, marks)
        if bisect_left(starts, hi) > bisect_left(starts, lo) or hi - lo > _SHORT_CLAUSE:
            break  # …开工，B项目已建成: the next clause's stage is B's
        later = stage_of(text[lo:hi])
        if later is not None and STAGE_ORDER.index(later) > STAGE_ORDER.index(found[0] if found else stage):
            found = (later, hi)
    return found


#: A past time in the words before a project (去年开工的X, 2023年签约的X): what they tell is done, the clause goes on.
_PAST = re.compile(r"去年|前年|上年|此前|早前|20\d{2}年")
#: Places written right before a project's name (瓜沥 of 推动瓜沥七彩未来社区二期建成交付): cut from its clause with it,
#: so that an urging word before them stands before the verb.
PLACES_BEFORE = frozenset((Label.REGION, Label.TOWN, Label.VILLAGE, Label.PARK))


def _places_before(place_starts: dict[int, int], start: int, lo: int) -> int:
    """Where the places written right before ``start`` begin (``start`` without any; not before ``lo``)."""
    while start in place_starts and place_starts[start] >= lo:
        start = place_starts[start]
    return start


#: What may stand before a project that is its clause's topic: nothing, or where it lies (位于玉山镇的…); not a verb
#: whose object it is (依托X，推进…; 落实X，建成…).
_TOPIC_BEFORE = re.compile(r"(?:(?:位于|地处|坐落于)[^，,；;。]{1,20}的)?")


def _topic_stage(text: str, marks: MarkIndex, starts: list[int], m: Mention, hi: int) -> StageMention | None:
    """The stage the clause after a project's own gives it, when the name is its clause (its place before it at
    most), ends at a comma and the next clause names no other project (位于玉山镇的市中医医院迁建工程，主体结构已于6月
    全面封顶: under construction)."""
    if text[m.end:hi].strip() not in ("", "项目", "工程") or text[hi:hi + 1] not in ("，", ","):
        return None
    lo, end = clause_of(text, hi + 1, hi + 1, marks)
    if bisect_left(starts, end) > bisect_left(starts, lo) or end - lo > _SHORT_CLAUSE:
        return None  # …工程，B项目已建成: the next clause's stage is B's
    stage = stage_of(text[lo:end])
    return StageMention(project=m.name, stage=stage, start=m.start, end=end, rule="clause.topic") if stage else None
