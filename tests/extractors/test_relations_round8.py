"""Round-8 rules found on a probe report in another district's wording (武清区): a town written right before an
item places it whatever town leads the sentence; works on a road's section are annotated by the section."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text
from tests.extractors.test_names import names

REPORT = ("过去一年，全区地区生产总值完成1050亿元。大王古庄镇、崔黄口镇入选全国农业产业强镇，"
          "黄庄街道北辰道片区老旧小区改造完成，惠及居民2300户。")


def located(text: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text("武清区\n" + text, doc_id="t"))
    return {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}


def test_a_town_right_before_an_item_wins_over_the_town_leading_the_sentence() -> None:
    got = located(REPORT)
    assert ("北辰道", "黄庄街道") in got
    assert ("北辰道", "大王古庄镇") not in got


def test_the_town_leading_the_sentence_still_places_the_items_without_a_town_of_their_own() -> None:
    got = located("大王古庄镇加快建设京津农产品物流园，推进大王古庄镇卫生院迁建项目。")
    assert ("京津农产品物流园", "大王古庄镇") in got


def test_works_on_a_section_of_a_road_are_annotated_by_the_section() -> None:
    got = names("武清区加快京津塘高速武清段改扩建工程和津兴城际武清站建设。")
    assert ("Project", "京津塘高速武清段") in got
    assert ("Project", "京津塘高速武清段改扩建工程") not in got


def test_a_named_wharf_is_a_project_and_a_kind_of_wharf_none() -> None:
    got = names("天津港集团与中远海运集团共同推进北疆港区C段智能化集装箱码头建设。北仑区建设游艇码头和客运码头。")
    assert ("Project", "北疆港区C段智能化集装箱码头") in got
    assert not {name for label, name in got if label == "Project" and name in ("游艇码头", "客运码头")}


def test_a_quoted_slogan_before_project_is_a_kind_of_project() -> None:
    """s28's title: 动力电池产业链再添“强链”项目 — 强链 (strengthening a chain) names no project."""
    got = names("四川省宜宾市叙州区：动力电池产业链再添“强链”项目\n叙州区还集中签约了“补链”项目和宜宾金江隔膜科技有限公司湿法隔膜项目。")
    projects = {name for label, name in got if label == "Project"}
    assert not {"强链项目", "补链项目"} & projects
