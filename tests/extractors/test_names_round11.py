"""Name fixes found in probe texts of the eleventh session (other districts' wording): a hospital's or
school's campus being built."""

from __future__ import annotations

import pytest

from tests.extractors.test_names import names


@pytest.mark.parametrize(("text", "campus"), [
    ("江宁区人民医院湖熟院区开工建设。", "江宁区人民医院湖熟院区"),
    ("湘潭县人民医院新院区建成投用。", "湘潭县人民医院新院区"),
    ("推进天津医科大学总医院空港医院东院区建设。", "天津医科大学总医院空港医院东院区"),
    ("县第一中学新校区、县妇幼保健院新院区建成。", "县妇幼保健院新院区"),
])
def test_a_campus_being_built_is_a_project_named_with_its_institution(text: str, campus: str) -> None:
    assert ("Project", campus) in names(text)
