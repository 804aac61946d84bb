"""A brand written once for two names (extractors/shared_brand.py): the corpus's 绿地缤纷城及全球贸易港 (c11, c17),
probes in other wording, and second items that are names of their own or have no brand to share."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text

C11 = ("积极推进大张庄示范镇建设。基本完成拆迁、建设及还迁入住工作,实现土地出让1000亩,基本建成栖凤小镇。推进一批住宅小区以及"
       "光华国际学校、绿地缤纷城及全球贸易港、盛景星级酒店、大双污水处理厂二期扩建改造项目、核心区能源站等生活设施建设,"
       "提升生活便利度,打造独有特色、生态宜居的城镇空间。")


def read(text: str) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    """Each mention's text by its name (one per name), and the relations."""
    ex = extract(document_from_text("天津市北辰区\n" + text, doc_id="t"))
    return ({m.name: m.text for m in ex.mentions if m.label.value == "Project"},
            {(r.type.value, r.source.name, r.target.name) for r in ex.relations})


def test_the_corpus_list_names_both_facilities_of_the_brand_in_the_town() -> None:
    projects, relations = read(C11)
    assert projects["绿地缤纷城"] == "绿地缤纷城"
    assert projects["绿地全球贸易港"] == "全球贸易港"  # the name the brand makes, over the words written
    assert {("LOCATED_IN", "绿地缤纷城", "大张庄镇"), ("LOCATED_IN", "绿地全球贸易港", "大张庄镇")} <= relations
    assert "全球贸易港" not in projects


@pytest.mark.parametrize(("text", "name"), [
    ("推进万科城市之光及国际会展中心、滨江公园等设施建设。", "万科国际会展中心"),
    ("推进碧桂园凤凰酒店及国际会展中心、东湖公园等设施建设。", "碧桂园国际会展中心"),
])
def test_other_brands_shared_across_a_join(text: str, name: str) -> None:
    assert name in read(text)[0]


@pytest.mark.parametrize(("text", "absent"), [
    # the second item has a proper element of its own: two names, no brand shared
    ("推进光华国际学校、绿地缤纷城及盛景星级酒店建设。", "绿地盛景星级酒店"),
    # a name opening with a place: 北京 is no brand (and 幼儿园 alone no name)
    ("加快北京十一学校天津实验学校及幼儿园项目等建设。", "北京幼儿园"),
    # the second item is no name of the first one's kind
    ("推进绿地缤纷城及周边道路建设。", "绿地周边道路"),
    # a road's name is no brand (永安|道), and an item holding a name found is none
    ("推进智能装备产业园兴华道、永安道和新材料产业园富源北路等道路建设。", "永安新材料产业园富源北路"),
    # the item runs on past the list item: not read
    ("推进绿地缤纷城及全球贸易港功能提升工作。", "绿地全球贸易港"),
])
def test_no_brand_is_shared_where_the_second_item_is_not_a_bare_works(text: str, absent: str) -> None:
    assert absent not in read(text)[0]
