"""The stage a table's cell gives its row: a 建设性质 cell's word (续建 → under construction) or a progress cell's clauses
(设备安装调试，预计12月竣工: under way). Split from :mod:`extractors.project_tables`, which reads the rows.

Example:
    >>> cell_stage("续建").value, cell_stage("设备安装调试，预计12月竣工").value, cell_stage("跑道延长段竣工")
    ('under_construction', 'under_construction', None)
"""

from __future__ import annotations

import re

from extractors.stage_steps import partial
from extractors.stages import GOAL
from schema import Cell, Stage

#: Stage words of a 建设性质 cell, first match wins (续建 before 建).
_STAGE_WORDS: tuple[tuple[str, Stage], ...] = (
    ("未开工", Stage.PLANNED), ("未动工", Stage.PLANNED), ("待开工", Stage.PLANNED), ("施工招标", Stage.PLANNED),
    ("征收", Stage.PLANNED), ("征迁", Stage.PLANNED),
    ("拆迁", Stage.PLANNED), ("新开工", Stage.STARTING), ("开工", Stage.STARTING), ("续建", Stage.UNDER_CONSTRUCTION),
    ("在建", Stage.UNDER_CONSTRUCTION), ("竣工", Stage.COMPLETED), ("建成", Stage.COMPLETED),
    ("投产", Stage.IN_OPERATION), ("运营", Stage.IN_OPERATION), ("签约", Stage.SIGNED), ("前期", Stage.PLANNED),
    ("谋划", Stage.PLANNED), ("储备", Stage.PLANNED), ("预备", Stage.PLANNED),
    ("环境影响", Stage.PLANNED), ("环评", Stage.PLANNED), ("批前公示", Stage.PLANNED), ("用地预审", Stage.PLANNED),
    ("选址意见", Stage.PLANNED), ("施工图审查", Stage.PLANNED), ("规划许可", Stage.PLANNED), ("可行性研究", Stage.PLANNED),
    # a progress cell's works under way (桩基施工, 主体结构封顶, 设备安装) or still on paper (方案设计)
    ("施工许可", Stage.PLANNED), ("施工", Stage.UNDER_CONSTRUCTION), ("封顶", Stage.UNDER_CONSTRUCTION),
    ("结顶", Stage.UNDER_CONSTRUCTION),
    ("设备安装", Stage.UNDER_CONSTRUCTION), ("设备调试", Stage.UNDER_CONSTRUCTION),
    ("设计", Stage.PLANNED),
)


def cell_stage(text: str, *, timed: bool = False) -> Stage | None:
    """The stage a 建设性质 cell gives (续建 → under construction), if any; ``timed``: the column speaks of the year's
    works (other rows are 续建), so that a 新建 row starts this year (else 新建 is the kind of works: built new)."""
    parts = _CELL_CLAUSE.split(text)
    found = _said_stage("".join(part for part in parts if not GOAL.search(part)))
    if found is None and (goal := _said_stage("".join(part for part in parts if GOAL.search(part)))) is not None:
        found = Stage.UNDER_CONSTRUCTION if goal in _ENDS else goal  # 预计12月竣工, 年内投产: under way; 拟开工: starting
    return Stage.STARTING if found is None and timed and text.strip().startswith("新建") else found


def _said_stage(said: str) -> Stage | None:
    """The first stage of :data:`_STAGE_WORDS` a cell's words say, but a part of the works done (跑道延长段竣工); a start or
    an end with works going on since (8月开工，正在进行桩基施工; 主体竣工，设备安装; 厂房竣工，设备调试) is under way."""
    found = next((stage for word, stage in _STAGE_WORDS if word in said and not _part_done(said, word)), None)
    if found in (Stage.STARTING, *_ENDS) and any(word in said.replace("施工招标", "") for word in _UNDER_WAY):
        return Stage.UNDER_CONSTRUCTION
    if found == Stage.COMPLETED and any(word in said for word, stage in _STAGE_WORDS if stage == Stage.IN_OPERATION):
        return Stage.IN_OPERATION  # 已建成运营, 竣工投产: working since
    return found


#: Works going on (桩基施工, 主体封顶, 设备安装): a cell saying them besides its start is under way.
_UNDER_WAY = tuple(word for word, stage in _STAGE_WORDS if stage == Stage.UNDER_CONSTRUCTION)


_ENDS = (Stage.COMPLETED, Stage.IN_OPERATION)


#: What parts a progress cell's clauses (设备安装调试，预计12月竣工).
_CELL_CLAUSE = re.compile(r"(?<=[，,；;])")


def _part_done(said: str, word: str) -> bool:
    """The cell's 竣工 or 建成 completes a part of the works (跑道延长段竣工, 主体工程竣工), not the works."""
    return word in ("竣工", "建成") and partial(lambda i: said[i] if 0 <= i < len(said) else "", said.find(word), word)


#: A notice of a step before the works (环评受理, 批前公示, 用地预审, 选址, 施工图审查): its project is planned.
_PLANNING_NOTICE = re.compile(r"环境影响|环评|批前公示|用地预审|选址意见|施工图审查|规划许可|可行性研究")


def notice_stage(text: str, start: int) -> Cell | None:
    """The words of a notice's title before a field block at ``start`` that make its project planned, as its stage."""
    lo = max(0, text.rfind("\n\n", 0, max(0, start - 300)))
    hit = None
    for hit in _PLANNING_NOTICE.finditer(text, lo, start):
        pass
    return Cell(text=hit.group(), start=hit.start(), end=hit.end()) if hit else None
