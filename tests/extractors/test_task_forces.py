"""Task forces and joint meetings (领导小组, 联席会议, 指挥部, 工作专班) are Organizations named by their whole
programme, verbs included; the name starts after the clause mark, 的 or the verb that puts the body to work."""

from __future__ import annotations

import pytest

from extractors.task_forces import task_force_spans
from tests.extractors.test_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 004 (c14): the body that issued the 2019 urbanisation tasks
        ("2019年，推进新型城镇化工作部际联席会议召开第六次会议审议通过的《2019年新型城镇化建设重点任务》强调。",
         "推进新型城镇化工作部际联席会议"),
        ("充分发挥区重点项目协调推进工作领导小组作用，加快项目建设。", "区重点项目协调推进工作领导小组"),  # 002
        # probes in other districts' wording
        ("成立以区委书记为组长的乡村振兴工作领导小组。", "乡村振兴工作领导小组"),
        ("吴中区召开安全生产工作领导小组会议。", "安全生产工作领导小组"),
        ("郫都区疫情防控指挥部发布通告。", "郫都区疫情防控指挥部"),
    ],
)
def test_a_task_force_is_named_by_its_programme(text: str, expected: str) -> None:
    assert ("Organization", expected) in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "各镇街要成立相应的工作专班。",  # a kind of body, no programme
        "建立由发改、财政等部门参加的联席会议制度。",
        "领导小组办公室设在区发改委。",
    ],
)
def test_a_bare_task_force_is_no_name(text: str) -> None:
    assert [text[s:e] for s, e in task_force_spans(text)] == []
