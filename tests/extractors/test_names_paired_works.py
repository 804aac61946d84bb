"""Two works joined by 与 under one 工程/项目 are one project (永定河综合治理与生态修复工程), named with its tail;
a name of its own before 与, or a proper element after it, keeps the names apart."""

from __future__ import annotations

import pytest

from tests.extractors.test_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推进永定河综合治理与生态修复工程，强化区内一、二级河道水系连通循环。",  # 002, 004
         {("Project", "永定河综合治理与生态修复工程")}),
        ("依托赵庄子村休闲农业与乡村旅游项目和“曙光水镇”项目资源，积极布局完善西堤头组团。",  # 004
         {("Project", "赵庄子村休闲农业与乡村旅游项目"), ("Project", "曙光水镇")}),
        ("新能源和生态环保项目。国家电投西堤头镇风力发电、光大集团生活垃圾与餐厨垃圾协同处理项目等。",  # 002
         {("Project", "国家电投西堤头镇风力发电"), ("Project", "光大集团生活垃圾与餐厨垃圾协同处理项目")}),
        # probes in other districts' wording
        ("实施太湖流域水环境综合治理与生态补水工程。", {("Project", "太湖流域水环境综合治理与生态补水工程")}),
    ],
)
def test_two_works_joined_by_yu_are_one_project(text: str, expected: set) -> None:
    assert expected <= names(text)


@pytest.mark.parametrize(
    ("text", "kept_apart"),
    [
        # a park before 与 is a name of its own; the works after it names nothing by itself
        ("推进北辰产业园与生态修复工程建设。", "北辰产业园与生态修复工程"),
        # a proper element after 与: the second works is named on its own
        ("推进河道综合治理与北运河生态修复工程。", "河道综合治理与北运河生态修复工程"),
        # nothing proper before 与: a kind of works, no name
        ("加强河道治理与生态修复工程建设。", "河道治理与生态修复工程"),
    ],
)
def test_no_joined_project_without_a_proper_first_works(text: str, kept_apart: str) -> None:
    assert kept_apart not in {name for _, name in names(text)}
