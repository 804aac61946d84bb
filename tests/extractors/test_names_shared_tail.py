"""A list closed by one 项目 that all its items share, without 等 (双口鱼菜共生、双街蚯蚓养殖、…基地项目顺利完成):
each item is a project when two thirds of them name works (a place or a proper element); lists of
qualities, industries or batches share a tail too and name nothing."""

from __future__ import annotations

import pytest

from extractors.lead_lists import shared_tail_lists
from tests.extractors.test_names import names

# 002 and 004, the agricultural projects of the towns (as written in 004)
FARM_LIST = ("农业重点项目顺利完成，双口鱼菜共生、双街蚯蚓养殖、西堤头金亚麻蛋鸡养殖及粪污处理、耕耘种子质量提升、"
             "冬冠育繁推一体化基地项目顺利完成。")


def test_items_of_a_shared_tail_list_are_projects() -> None:
    found = names(FARM_LIST)
    assert {("Project", "双街蚯蚓养殖"), ("Project", "西堤头金亚麻蛋鸡养殖及粪污处理"),
            ("Project", "耕耘种子质量提升"), ("Project", "冬冠育繁推一体化基地")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "着力引进关联度大、带动性强、科技含量高的高端项目。",  # 001, 003: qualities
        "聚焦高端装备制造、生物医药、新能源新材料、新一代信息技术项目。",  # 002: industries
        "通过招商引资引入一批补链、强链、延链项目。",  # 000
        "完成大运河保护区文物影响评估、考古送审和区级第四批非遗传承人、第五批非遗代表性项目评审。",  # 002: batches
        "推进健康村镇、健康社区、健康家庭示范工程。",  # 002: kinds of place
    ],
)
def test_lists_that_name_no_works(text: str) -> None:
    assert not {name for label, name in names(text) if label == "Project"}


@pytest.mark.parametrize(
    "text",
    [
        # the list goes on after the tail, or has a head of its own after 等: an enumeration, not a shared tail
        "推进光华国际学校、绿地缤纷城、盛景星级酒店、大双污水处理厂二期扩建改造项目、核心区能源站等生活设施建设。",
        "加快推进津蓟快速、津围快速、武静公路、京津塘高速九园路出入口工程、外环线东北部调线工程北辰段等重点工程建设。",
    ],
)
def test_a_list_with_deng_has_no_shared_tail(text: str) -> None:
    assert shared_tail_lists(text) == []
