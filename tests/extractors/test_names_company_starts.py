"""Where a company name starts: after a verb and its particle (变更为), with the words of its own name
(联合集团), and not inside a park or project named after it."""

from __future__ import annotations

import pytest

from schema import Label
from tests.extractors.test_names import names

COMPANIES = {Label.ENTERPRISE}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 变更|为: 为 is the verb's particle, not the tail of a word 更为 the segmenter cut
        ("公司经营主体变更为浙江海亮集团股份有限公司，注册资本同步增加。", {("Enterprise", "浙江海亮集团股份有限公司")}),
        ("项目建设单位调整为成都兴城投资集团有限公司。", {("Enterprise", "成都兴城投资集团有限公司")}),
        ("原运营方更名为苏州吴中文旅发展集团有限公司。", {("Enterprise", "苏州吴中文旅发展集团有限公司")}),
        # a one-character piece of a word the segmenter cut stays in the name (睿智|能 -> 智能)
        ("宁睿智能电网有限公司落户大碶街道。", {("Enterprise", "宁睿智能电网有限公司")}),
    ],
)
def test_a_verb_particle_starts_no_company_name(text: str, expected: set) -> None:
    assert names(text, COMPANIES) == expected
