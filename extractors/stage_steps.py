"""Verbs that give no stage where they stand: a step of the works done, a share of them, how the works are to be built.

:mod:`extractors.stages` reads a clause's verbs in stage order; a verb this module calls partial there is passed over
(完成设备安装 completes no project, 主体结构已完工 is a step of the works, 完成全线桥梁桩基施工的60% a share of them,
项目分两期建设 says how it is to be built).

Example:
    >>> text = "完成河道清淤及堤防加固4.8公里"
    >>> partial(lambda i: text[i] if 0 <= i < len(text) else "", 0, "完成")
    True
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: What ends a clause (a TAB ends a table's cell).
CLAUSE = "，,；;。！？!?\n\t"

#: What 完成 may complete short of the works (完成设备安装, 完成投资12亿元, 完成主体结构, 完成桩基施工, 完成前期手续):
#: no completed project.
_PARTIAL = ("设备安装", "主体", "投资", "招标", "备案", "年度投资", "年度计划", "征地", "土地", "工程量", "土建", "桩基", "基础",
            "地基", "土方", "前期", "手续", "设计", "可研", "环评", "拆迁", "地下室", "钢结构", "路基",
            "铺轨", "过半", "规划", "选址", "立项", "审批", "报建", "论证", "首批", "封顶", "轨道", "铺设", "供地",
            # a part of the works or a figure of the year (完成水工结构, 共完成集装箱吞吐量1860万标准箱, 完成产值; the
            # word read in 4 characters)
            "水工结构", "吞吐量", "集装箱吞", "货邮", "旅客", "进出口", "出口额", "外贸", "产值", "营业收入", "营收",
            "货运量", "客运量", "税收", "年度目标", "全年目标", "年度任务", "年度目标任务", "全年任务", "阶段性",
            # a rail line's works before the stations' and its parts (完成站前工程, 完成桥梁桩基, 完成征迁, 完成货物吞吐量)
            "站前", "站后", "桥梁", "隧道", "征迁", "管架", "货物",
            # a building or a plot, not the works (完成厂房建设，计划10月下线; 完成首宗地块出让)
            "厂房", "地块", "出让", "首宗",
            # the works' paper steps (完成选线论证, 完成初步设计, 完成施工图设计, 完成方案评审, 完成勘察)
            "选线", "初步", "初设", "施工图", "方案", "勘察", "可行性", "工可", "评审")
#: What stands between 完成 and the step it completes (完成主要生产设备安装, 完成全部桩基施工, 完成一期设备安装, 完成主线
#: 桥梁施工, 完成全部车站主体结构).
_STEP_QUALIFIERS = re.compile(r"(?:[一二三四首]期)?(?:主要|全部|部分|全线|首宗|首批|主线)?(?:生产|车站|站房)?")
#: A step of the works done before 完成, 完工, 竣工 or 建成 (桩基施工全部完成, 主体结构施工已完成, 主体工程已于今年1月完工,
#: 钢结构吊装完成, 设备安装完成, 一期征迁完成): no completed project either.
#: The works' steps done (…施工, 钢结构吊装, 设备安装, 设备调试): before 完成 or after it, no project done.
_STEP_WORDS = "施工|吊装|安装|调试"
_PARTIAL_BEFORE = re.compile(r"(?:桩基|地基|基础|土方|主体结构|主体工程|主体|主厂房|钢结构|路基|土建|设备|征迁|征收|拆迁|征地|"
                             r"[^，,；;。\t]延长段|"
                             rf"[^，,；;。\t]{{2}}段|跑道)(?:工程|{_STEP_WORDS})?"
                             r"(?:已经|已|全部|基本|顺利|于[^，,；;。]{0,8}?)*$")


#: After 完成, the works done so far measured to the clause's end (完成河道清淤及堤防加固4.8公里, 完成全线桥梁桩基施工的
#: 60%) or a step of them ending the clause (已完成机房装修, 已完成…老旧房屋征收): part of the works, no completed project
#: (完成年产10万吨生产线建设 is the works done).
_SHARE_DONE = re.compile(r"[^，,；;。！？!?\n\t]{0,24}?\d+(?:\.\d+)?(?:%|％|公里|千米|米|平方米|亩|立方米|万方)(?:左右|以上|多)?$"
                         rf"|[^，,；;。！？!?\n\t]{{0,24}}?(?:装修|征收|浇筑|清表|{_STEP_WORDS})$")
#: The next step of the same item (当年签约、当年开工, 签约开工): a signing before it is passed, and a 、 before it parts
#: no item from the next (:func:`extractors.stages.stage_mentions`).
NEXT_STEP = re.compile(r"(?:当年|同年|当月|当天|同步|随即)?(?:开工|动工|投产|建成|竣工)")
#: Before 建设, how many phases the works take (分两期建设).
_IN_PHASES = ("分两期", "分二期", "分三期", "分四期", "分期")


def partial(char: Callable[[int], str], at: int, verb: str) -> bool:
    """Whether the verb at ``at`` gives no stage there: 完成 following or followed by a step of the works rather than
    the works, a verb followed by 后 (建成后将形成…: what follows once it is done), 启动 of a zone's 启动区, 建设 after
    the number of phases (分两期建设) or between 投资 and 的 (X投资建设的Y names who builds Y)."""
    after = "".join(char(at + len(verb) + i) for i in range(8))
    if verb == "完成":
        after = after[_STEP_QUALIFIERS.match(after).end():]  # (完成主要生产|设备安装)
    if verb in ("签约", "签署", "签订") and NEXT_STEP.match(after, 1 if after[:1] in "、，," else 0):
        return True  # 当年签约、当年开工: the signing, then the start the clause goes on to
    if verb == "启动" and after.startswith("区"):
        return True  # 启动区: a zone's first part (阿波罗未来产业城启动区完成首批载体建设), no start
    before = "".join(char(at - i) for i in range(12, 0, -1))
    if verb in ("完成", "完工", "竣工", "建成") and _PARTIAL_BEFORE.search(before):
        return True  # 主体结构已完工: a step of the works, done
    if verb == "建设" and (before.endswith(_IN_PHASES) or before.endswith("投资") and (
            after.startswith("的") or _built_by(char, at))):
        return True  # 项目分两期建设: how it is to be built; X投资建设的Y, 由X投资建设: who builds it; no stage
    if verb == "运营" and before.endswith(("建设", "投资", "开发", "负责")) and _built_by(char, at):
        return True  # 由X建设运营: who builds and runs it, no stage
    return verb == "完成" and (after.startswith(_PARTIAL) or after[:1].isdigit() or share_done(char, at + 2)) \
        or after.startswith("后")  # (完成80%工程量: a share of the works)


def share_done(char: Callable[[int], str], at: int) -> bool:
    """Whether the clause from ``at`` (after 完成) tells part of the works done so far (:data:`_SHARE_DONE`)."""
    rest = []
    while len(rest) < 32 and (c := char(at + len(rest))) and c not in CLAUSE:
        rest.append(c)
    return _SHARE_DONE.match("".join(rest)) is not None


def _built_by(char: Callable[[int], str], at: int) -> bool:
    """Whether 由 stands before the clause's 投资建设 at ``at`` (该项目由成都天芯微电子科技有限公司投资建设: its builder)."""
    i = at - 1
    while at - i <= 40 and (c := char(i)) and c not in CLAUSE:
        if c == "由":
            return True
        i -= 1
    return False
