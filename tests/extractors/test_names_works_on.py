"""Works on a named facility written right after its name are one project (三河古镇保护提升工程二期): the
gold passages' sentences and probes in other districts' wording; works on a road keep the road's name."""

from __future__ import annotations

import pytest

from tests.extractors.test_names import names


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("今年，肥西县启动三河古镇保护提升工程二期，对一里街、古西街等历史街区实施微改造。", "三河古镇保护提升工程二期"),  # s30
        ("靖港镇镇长周敏介绍，靖港古镇夜游提质工程已于国庆前投入运营。", "靖港古镇夜游提质工程"),  # s21
        ("昆山市推进亭林公园提升改造工程。", "亭林公园提升改造工程"),
        ("北辰区推动大双污水处理厂二期扩建改造项目。", "大双污水处理厂二期扩建改造项目"),  # c11 (in a list there)
        ("长丰县第二污水处理厂提标改造工程完工。", "长丰县第二污水处理厂提标改造工程"),  # 长丰县 probe (round 12)
    ],
)
def test_works_on_a_named_facility_are_one_project(text: str, project: str) -> None:
    assert ("Project", project) in names(text)


@pytest.mark.parametrize(
    ("text", "project", "gone"),
    [
        # ANNOTATION.md rule 11: works on a road are annotated by the road's name
        ("北辰区推进杨北公路提升改造工程。", "杨北公路", "杨北公路提升改造工程"),
        # rule 13: a phase's 建设项目 is the project itself (曙光水镇一期建设项目 -> 曙光水镇)
        ("北辰区加快西堤头曙光水镇一期建设项目。", "曙光水镇", "曙光水镇一期建设项目"),
    ],
)
def test_works_that_take_the_name_of_what_they_work_on(text: str, project: str, gone: str) -> None:
    got = {name for _, name in names(text)}
    assert project in got and gone not in got


def test_a_facility_phase_being_built_is_the_facility_not_an_enterprise_phase() -> None:
    """002/004: 继续完善曙光水镇一期建设项目 names 曙光水镇 (rule 13); 曙光水镇 is no enterprise with a phase (rule 16)."""
    got = names("完善曙光水镇建设。继续完善曙光水镇一期建设项目，增强曙光水镇项目的精品生产功能。")
    assert ("Project", "曙光水镇") in got
    assert ("Enterprise", "曙光水镇") not in got and ("Project", "曙光水镇一期建设项目") not in got
