"""Villages found from structure, not from the gazetteer (extractors.gazetteer.structural_villages)."""

from extractors.gazetteer import Place, structural_villages
from schema import Label


def _names(text: str, places: list[tuple[int, int, Place]] = ()) -> list[tuple[str, str]]:
    return [(p.name, p.town) for _, _, p in structural_villages(text, list(places))]


def test_list_of_villages() -> None:
    assert _names("完成五峰村、天平村整村改造。") == [("五峰村", ""), ("天平村", "")]


def test_common_words_are_no_villages() -> None:
    assert _names("建设美丽乡村、新农村和文明村。") == []


def test_village_after_its_town() -> None:
    text = "西堤头镇赵庄子9个示范村"
    town = (0, 4, Place(Label.TOWN, "西堤头镇", "gazetteer.town"))
    assert _names(text, [town]) == [("赵庄子村", "西堤头镇")]
    quoted = "双口镇“小五堡”建设"
    assert _names(quoted, [(0, 3, Place(Label.TOWN, "双口镇", "gazetteer.town"))]) == [("小五堡村", "双口镇")]


def test_town_followed_by_villagers_is_no_village() -> None:
    town = (0, 3, Place(Label.TOWN, "木渎镇", "gazetteer.town"))
    assert _names("木渎镇常住人口达到12万人", [town]) == []
