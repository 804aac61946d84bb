"""Stages found in the sixteenth session's series probes (three texts each about 西青区, 宁乡市, 黄埔区 and 武清区
over three years): the words a later year's text says a project runs with, and a part of the works done."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text


def _stages(sentence: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text(f"西青区重大项目竣工投产\n\n{sentence}\n", doc_id="r"))
    return {(s.project, s.stage.value) for s in ex.stages}


@pytest.mark.parametrize(("sentence", "project", "stage"), [
    ("西青医院新院区同日正式投用，新增床位800张。", "西青医院新院区", "in_operation"),
    ("宁乡市人民医院新院区9月正式启用。", "宁乡市人民医院新院区", "in_operation"),
    ("粤芯半导体12英寸集成电路生产线二期实现满产运行。", "粤芯半导体12英寸集成电路生产线二期", "in_operation"),
])
def test_stages_of_the_series_probes(sentence: str, project: str, stage: str | None) -> None:
    assert (project, stage) in _stages(sentence)


def test_a_part_of_the_works_done_is_no_project_and_completes_none() -> None:
    # 宁乡市: 完成路基工程的70% had made the Project 路基工程, completed, and the road's works completed with it
    sentence = "319国道改线工程完成路基工程的70%，预计2024年底建成。"
    ex = extract(document_from_text(f"宁乡市重点项目建设综述\n\n{sentence}\n", doc_id="r"))
    assert not [m for m in ex.mentions if m.name == "路基工程"]
    assert not [s for s in ex.stages if s.stage.value == "completed"]
