"""Resolution: names of one thing written with and without the region that opens them, or in short
(北辰中医院, 北辰区中医医院), are one node under the fullest form; names two regions open stay apart."""

from __future__ import annotations

import pytest

from kg.place_forms import merge_place_forms, place_core, region_forms
from kg.resolve import resolve
from schema import DocumentFacts, Label, Mention

FORMS = region_forms(["北辰区", "天津市", "江夏区", "武汉市", "顺德区", "佛山市", "成都市", "吴中区", "苏州市"])


def test_region_forms_drop_a_short_form_two_regions_share() -> None:
    forms = region_forms(["朝阳区", "朝阳市", "北辰区"])
    assert forms["北辰"] == "北辰区" and "朝阳" not in forms and forms["朝阳市"] == "朝阳市"


def test_the_core_drops_the_regions_and_spells_short_words_in_full() -> None:
    assert place_core("天津市北辰区中医医院", FORMS) == ("北辰区", "中医医院")
    assert place_core("北辰中医院", FORMS) == ("北辰区", "中医医院")
    assert place_core("国家产城融合示范区", FORMS) == place_core("国家级产城融合示范区", FORMS)
    assert place_core("北辰公园", FORMS) == ("", "北辰公园")  # three characters must remain


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # the corpus (002, 004)
        ({"北辰中医院", "北辰中医医院", "北辰区中医医院", "北辰医院"},
         {"北辰中医院": "北辰区中医医院", "北辰中医医院": "北辰区中医医院"}),
        ({"堆山公园", "北辰堆山公园", "银河公园", "刘园苗圃公园"}, {"堆山公园": "北辰堆山公园"}),
        ({"国家产城融合示范区", "国家级产城融合示范区"}, {"国家产城融合示范区": "国家级产城融合示范区"}),
        # probes in other districts' wording
        ({"江夏区中医医院", "江夏中医院", "武汉协和医院"}, {"江夏中医院": "江夏区中医医院"}),
        # two regions open the same core: two hospitals, nothing merges
        ({"顺德中医院", "佛山市中医院"}, {}),
        ({"北辰区中医医院", "天津市中医医院", "中医医院"}, {}),
        # ... but each region's own forms of it still merge (the bare form stays: which hospital is unknown)
        ({"吴中中医院", "吴中区中医医院", "苏州市中医医院", "中医医院"}, {"吴中中医院": "吴中区中医医院"}),
        ({"天津市北辰区中医医院", "北辰区中医医院", "天津市中医医院"}, {"北辰区中医医院": "天津市北辰区中医医院"}),
        # different cores stay apart
        ({"北辰公园", "北辰郊野公园", "银河公园"}, {}),
    ],
)
def test_place_forms_merge_into_the_fullest(names: set[str], expected: dict[str, str]) -> None:
    assert merge_place_forms(names, FORMS) == expected


def _mention(label: Label, name: str, at: int) -> Mention:
    return Mention(label=label, text=name, name=name, start=at, end=at + len(name), rule="t")


def test_resolution_merges_a_park_named_with_and_without_its_district() -> None:
    """002 and 004 write 北辰堆山公园 and 堆山公园 in two lists; 北辰 is the Region 北辰区's short form."""
    facts = DocumentFacts(doc_id="d", mentions=[
        _mention(Label.REGION, "北辰区", 0), _mention(Label.PROJECT, "北辰堆山公园", 10),
        _mention(Label.PROJECT, "堆山公园", 30), _mention(Label.ORGANIZATION, "北辰中医院", 40)])
    ids = {n.id: n for n in resolve([facts])[0]}
    assert "Project:堆山公园" not in ids and ids["Project:北辰堆山公园"].aliases == ["堆山公园"]
    # a label of its own merges only within its label
    assert "Organization:北辰中医院" in ids


def test_without_the_region_in_the_documents_nothing_merges() -> None:
    facts = DocumentFacts(doc_id="d", mentions=[_mention(Label.PROJECT, "北辰堆山公园", 0),
                                                _mention(Label.PROJECT, "堆山公园", 10)])
    assert {n.id for n in resolve([facts])[0]} >= {"Project:北辰堆山公园", "Project:堆山公园"}
