"""Chains taken from how a sentence describes an item (extractors/rel_chain_lists.py): a park described as a
chain's park, enterprises listed under a kind named by a chain of the text (s40 and other wording)."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text

Triple = tuple[str, str, str]

S40 = ("金港汽车产业园：零部件企业“链”式集聚\n"
       "武汉江夏经济开发区金港汽车产业园坐落于江夏区东北部，是武汉江夏经济开发区“一区多园”中的汽车零部件专业园区，"
       "规划面积 12 平方公里。园区已入驻武汉金港汽车座椅系统有限公司、湖北楚风汽车电子股份有限公司、"
       "武汉江汉热管理科技有限公司等零部件企业 75 家，2022年实现工业总产值 286 亿元。")


def chains_of(text: str) -> set[tuple[str, str]]:
    """(item, chain) of every IN_CHAIN read from the text."""
    ex = extract(document_from_text(text, doc_id="t"))
    return {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "IN_CHAIN"}


def test_park_described_by_a_chain_takes_it_not_the_whole_it_is_part_of() -> None:
    got = chains_of(S40)
    assert ("武汉江夏经济开发区金港汽车产业园", "汽车零部件") in got
    assert ("武汉江夏经济开发区", "汽车零部件") not in got


def test_enterprises_listed_under_a_kind_named_by_the_texts_chain() -> None:
    got = chains_of(S40)
    for company in ("武汉金港汽车座椅系统有限公司", "湖北楚风汽车电子股份有限公司", "武汉江汉热管理科技有限公司"):
        assert (company, "汽车零部件") in got


def test_described_park_in_other_wording() -> None:
    got = chains_of("武进智造产业园位于武进区南部，是常州经济开发区“一区多园”中的新材料专业园区。")
    assert ("武进智造产业园", "新材料") in got
    assert ("常州经济开发区", "新材料") not in got


def test_kind_as_the_tail_of_the_one_chain_of_the_text() -> None:
    got = chains_of("园区已入驻常州华日升反光材料有限公司、江苏天合储能有限公司等装备制造企业。\n武进区发展高端装备制造产业。")
    assert {("常州华日升反光材料有限公司", "高端装备制造"), ("江苏天合储能有限公司", "高端装备制造")} <= got


def test_kind_ending_two_chains_of_the_text_is_left_alone() -> None:
    got = chains_of("园区已入驻常州华日升反光材料有限公司、江苏天合储能有限公司等装备制造企业。\n"
                    "武进区发展高端装备制造产业和成套装备制造产业。")
    assert not {pair for pair in got if pair[0] == "常州华日升反光材料有限公司"}


def test_kind_of_two_characters_or_of_no_chain_gives_nothing() -> None:
    for kind in ("制造", "龙头", "新能源"):
        got = chains_of(f"园区已入驻常州华日升反光材料有限公司、江苏天合储能有限公司等{kind}企业。\n武进区发展高端装备制造产业。")
        assert not {pair for pair in got if pair[0] == "常州华日升反光材料有限公司"}, kind
