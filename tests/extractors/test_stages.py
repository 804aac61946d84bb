"""Golden tests of project stages (extractors/stages.py), on clauses and on the real corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.pipeline import extract
from extractors.stages import stage_of
from kg.ingest import read_document
from schema import Stage

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"

CLAUSES = [
    ("尽快启动爱旭科技、SMC二期建设", Stage.STARTING),
    ("推动西门子、SMC二期等项目竣工投产", Stage.IN_OPERATION),
    ("与投资方正式签约", Stage.SIGNED),
    ("项目主体结构封顶", Stage.UNDER_CONSTRUCTION),
    ("项目已全面建成", Stage.COMPLETED),
    ("新政务服务中心投入使用", Stage.IN_OPERATION),
    ("谋划储备一批重大项目", Stage.PLANNED),
    ("进一步提升发展质量", None),
    ("预计年底投产", None),
    ("项目正式落户开发区", Stage.SIGNED),
    ("启动前期工作", Stage.PLANNED),
    # the design of a project is finished, not the project
    ("完成京滨高铁北辰站及周边重点区域城市方案设计", Stage.PLANNED),
    # a goal word anywhere before the verb, not only right before it
    ("力争江铜华北二期、精雕数控等20余个项目竣工投产", None),
    ("北辰有望借助京滨城际铁路北辰站与陆路港构成的“双枢纽”带动都市圈建设", None),
]


@pytest.mark.parametrize(("clause", "stage"), CLAUSES, ids=[c[0] for c in CLAUSES])
def test_stage_of_clause(clause: str, stage: Stage | None) -> None:
    assert stage_of(clause) == stage


def _smc_stages(prefix: str) -> tuple[str | None, set[Stage]]:
    path = next(RAW.glob(f"{prefix}_*.txt"))
    doc = read_document(path, root=RAW)
    return doc.date, {s.stage for s in extract(doc).stages if s.project == "SMC二期"}


def test_corpus_001_smc_phase_two_is_starting() -> None:
    date, stages = _smc_stages("001")
    assert date == "2020-01-18"
    assert stages == {Stage.STARTING}


def test_corpus_003_smc_phase_two_is_finished() -> None:
    _, stages = _smc_stages("003")
    assert stages and stages <= {Stage.COMPLETED, Stage.IN_OPERATION}
