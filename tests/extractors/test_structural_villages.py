"""Villages found from structure, not from the gazetteer (extractors.gazetteer.structural_villages)."""

from extractors.town_places import Place, structural_villages
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


def test_a_village_found_once_is_found_again() -> None:
    """The later 赵庄子村 of the text is the village too; 赵庄子村民 (villagers) and a longer word are not."""
    text = "西堤头镇赵庄子村荣获示范村称号。依托赵庄子村休闲农业项目，赵庄子村民增收，老赵庄子村改造。"
    town = (0, 4, Place(Label.TOWN, "西堤头镇", "gazetteer.town"))
    bounds = {text.index("依托") + 2, text.index("，赵") + 1}  # where jieba starts a word (not inside 老赵庄子)
    found = [(text[s:e], p.rule, p.town) for s, e, p in structural_villages(text, [town], bounds)]
    assert found == [("赵庄子村", "village.after_town", "西堤头镇"), ("赵庄子村", "village.repeat", "西堤头镇")]
    assert [s for s, _, p in structural_villages(text, [town], bounds) if p.rule == "village.repeat"] == \
        [text.index("依托") + 2]


def test_corpus_village_mentions_repeat() -> None:
    from extractors.pipeline import extract
    from tests.extractors.test_names import corpus

    rules = [m.rule for m in extract(corpus("004")).mentions if m.name == "赵庄子村"]
    assert rules == ["village.after_town", "village.repeat"]


def test_villagers_far_after_the_village_do_not_hide_it() -> None:
    """民 further on in the clause (特色民宿) is no 村民: 童周岭村 is the village, found again later;
    镇广大村民 (villagers) and a 村党委 right after stay no village."""
    text = "五里界街道童周岭村打造特色民宿，童周岭村农家乐年接待游客10万人次。"
    town = (0, 5, Place(Label.TOWN, "五里界街道", "gazetteer.town"))
    bounds = {text.index("，童") + 1}
    found = [(text[s:e], p.rule) for s, e, p in structural_villages(text, [town], bounds)]
    assert found == [("童周岭村", "village.after_town"), ("童周岭村", "village.repeat")]
    assert _names("五里界街道广大村民积极参与", [town]) == []
    assert _names("五里界街道各行政村党委书记参加", [town]) == []


def test_a_preposition_after_the_town_is_no_part_of_the_village() -> None:
    """临湖镇在湖桥村开展…: the village is 湖桥村, not 在湖桥村; 向阳坡村 and 于家庄村 keep their first character."""
    town = (0, 3, Place(Label.TOWN, "临湖镇", "gazetteer.town"))
    assert _names("临湖镇在湖桥村开展人居环境整治", [town]) == [("湖桥村", "临湖镇")]
    assert _names("临湖镇向阳坡村开展人居环境整治", [town]) == [("向阳坡村", "临湖镇")]
    assert _names("临湖镇于家庄村开展人居环境整治", [town]) == [("于家庄村", "临湖镇")]


def test_a_repeat_before_its_committee_is_no_village_mention() -> None:
    """As after a town: 村党委 (民/委/级 within three characters) is the village's committee, not the village."""
    text = "园山街道大康村开展旧村改造，大康村党委书记介绍，大康村城市更新项目已启动。"
    town = (0, 4, Place(Label.TOWN, "园山街道", "gazetteer.town"))
    bounds = {text.index("，大康") + 1, text.rindex("大康")}
    found = [(s, p.rule) for s, _, p in structural_villages(text, [town], bounds)]
    assert found == [(4, "village.after_town"), (text.rindex("大康"), "village.repeat")]


def _villages_and_projects(text: str) -> set[tuple[str, str]]:
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    ex = extract(document_from_text(text, doc_id="village-openings"))
    return {(m.label.value, m.name) for m in ex.mentions if m.label in (Label.VILLAGE, Label.PROJECT)}


def test_a_village_opening_a_project_name_is_a_village_too() -> None:
    # c16 (004): the village is named nowhere else in the passage; the project keeps it (the rest is generic)
    text = "依托赵庄子村休闲农业与乡村旅游项目和“曙光水镇”项目资源，积极布局完善西堤头组团。"
    assert {("Village", "赵庄子村"), ("Project", "赵庄子村休闲农业与乡村旅游项目")} <= _villages_and_projects(text)


def test_words_ending_in_cun_opening_a_name_are_no_villages() -> None:
    text = "推进中关村科学中心建设。实施果园新村城市双修项目。推进美丽乡村示范工程。"
    assert not {name for label, name in _villages_and_projects(text) if label == "Village"}
