"""Names quoted right after their place in a list (extractors/place_quotes.py): c09's cloud projects, probes in
other wording, slogans after places; a bare zone word is no short form of some county (承德高新技术产业开发区)."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text

C09 = ("依托朝亚数据中心和江天大数据等领军企业,与滨海“工业云”、高新区“紫光云”、开发区“腾讯数据中心”、"
       "津南“易华录数据湖”和东丽“华为云”,拓宽产业链,共同打造完整、科技含量高、竞争力强的大数据产业链。")


def read(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    ex = extract(document_from_text(text, doc_id="t"))
    return ({(m.label.value, m.name) for m in ex.mentions},
            {(r.type.value, r.source.name, r.target.name) for r in ex.relations})


def test_the_quoted_projects_of_c09_and_their_districts() -> None:
    mentions, relations = read("天津市北辰区\n" + C09)
    assert {("Project", "工业云"), ("Project", "紫光云"), ("Project", "腾讯数据中心"), ("Project", "易华录数据湖"),
            ("Project", "华为云")} <= mentions
    assert {("LOCATED_IN", "工业云", "滨海新区"), ("LOCATED_IN", "易华录数据湖", "津南区"),
            ("LOCATED_IN", "华为云", "东丽区")} <= relations


def test_a_bare_zone_word_is_no_county_of_a_city_the_text_names() -> None:
    """002 names 承德市 elsewhere; 高新区 is not then 承德高新技术产业开发区."""
    mentions, relations = read("与承德市兴隆县共建体育旅游项目。\n" + C09)
    assert not {m for m in mentions if m[1] == "承德高新技术产业开发区"}
    assert ("LOCATED_IN", "紫光云", "承德高新技术产业开发区") not in relations


def test_quoted_names_after_towns_in_other_wording() -> None:
    mentions, relations = read("昆山市推动花桥“数智港”、周庄“水乡客厅”和锦溪“古窑文创园”建设。")
    assert {("Project", "数智港"), ("Project", "水乡客厅"), ("Project", "古窑文创园")} <= mentions
    assert ("LOCATED_IN", "数智港", "花桥镇") in relations


def test_slogans_after_places_and_a_single_quoted_word_are_no_projects() -> None:
    mentions, _ = read("北辰区打造双街“宜居宜业”、双口“一网通办”和西堤头“链长制”的样板。北辰区推广西堤头“工业云”。")
    projects = {name for label, name in mentions if label == "Project"}
    assert not {"宜居宜业", "一网通办", "链长制", "工业云"} & projects
