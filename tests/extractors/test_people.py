"""Golden tests of kg_people: office titles, names, HOLDS_OFFICE, bylines skipped."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import spacy

from extractors.base import init_doc
from extractors.pipeline import extract
from extractors.people import PeopleFinder
from kg.ingest import document_from_text, read_document
from schema import Document, Label, RelType

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
NLP = spacy.blank("zh")


@lru_cache(maxsize=1)
def finder() -> PeopleFinder:
    return PeopleFinder()


def run(document: Document):
    return finder()(init_doc(NLP.make_doc(document.text), document))


@pytest.mark.parametrize(
    ("text", "region", "persons", "offices"),
    [
        ("近日,江宁区区长李明华在接受专访时表示,李明华介绍了工作。", None,
         ["李明华", "李明华"], [("李明华", "江宁区", "区长")]),
        ("副区长张伟在会上讲话。", "南京-江宁区", ["张伟"], [("张伟", "江宁区", "副区长")]),
        ("区长王宝在接受采访时说。", "天津-北辰区", ["王宝"], [("王宝", "北辰区", "区长")]),
        ("(新华社记者 赵颖妍)编辑:李松达", None, ["赵颖妍", "李松达"], []),
        ("区委书记和区长共同出席。", None, [], []),
    ],
)
def test_people_golden(text: str, region: str | None, persons: list[str],
                       offices: list[tuple[str, str, str]]) -> None:
    document = document_from_text(text, doc_id="p").model_copy(update={"region": region})
    doc = run(document)
    assert [m.name for m in doc._.kg_mentions if m.label == Label.PERSON] == persons
    got = [(r.source.name, r.target.name, r.properties["role"]) for r in doc._.kg_relations
           if r.type == RelType.HOLDS_OFFICE]
    assert got == offices
    for r in doc._.kg_relations:
        assert r.source.name in document.text[r.start:r.end]


def test_people_corpus_001_district_head() -> None:
    document = read_document(next(RAW.glob("001_*.txt")), root=RAW)
    doc = run(document)
    persons = {m.name for m in doc._.kg_mentions if m.label == Label.PERSON}
    assert persons == {"王宝雨", "赵颖妍", "李松达"}  # byline names are persons, with no office (rule 18)
    offices = {(r.source.name, r.target.label, r.target.name, r.properties["role"])
               for r in doc._.kg_relations if r.type == RelType.HOLDS_OFFICE}
    assert offices == {("王宝雨", Label.REGION, "北辰区", "区长")}
    for r in doc._.kg_relations:
        assert "王宝雨" in document.text[r.start:r.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news outlets in bylines and datelines are organisations; a place in front is dropped
        ("县长李明在接受川观记者专访时表示,今年要稳增长。", {"川观"}),
        ("全力推进项目建设。(川观新闻记者 张伟)", {"川观"}),
        ("四川封面网讯:今年以来,全县经济稳中有进。", {"封面网"}),
    ],
)
def test_round4_media_outlets(text: str, expected: set[str]) -> None:
    ex = extract(document_from_text(text, doc_id="media"))
    assert {m.name for m in ex.mentions if m.label == Label.ORGANIZATION} == expected


APPOINTMENTS = """郑州市金水区人民政府关于刘永强等同志职务任免的通知

各街道办事处，区政府各部门：
经区政府研究决定：
任命刘永强为郑州市金水区发展和改革委员会主任；
任命韩冬为郑州市金水区财政局局长（试用期一年）；
免去王振宇的郑州市金水区财政局局长职务；
八、副区长（挂职） 马骏
"""


def test_an_appointment_notice_names_the_appointed_and_their_offices() -> None:
    # 金水区 probe: none of the appointed or removed was found
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    ex = extract(document_from_text(APPOINTMENTS, doc_id="v"))
    people = {m.name for m in ex.mentions if m.label == Label.PERSON}
    assert {"刘永强", "韩冬", "王振宇", "马骏"} <= people
    offices = {(r.source.name, r.target.name, r.properties["role"]) for r in ex.relations
               if r.type == RelType.HOLDS_OFFICE}
    assert ("刘永强", "郑州市金水区发展和改革委员会", "主任") in offices
    assert ("韩冬", "郑州市金水区财政局", "局长") in offices
    assert not {o for o in offices if o[0] == "王振宇"}  # removed: named, holding no office here
    assert ("马骏", "金水区", "副区长") in offices  # a note between the title and the name (（挂职）)


def test_a_citys_bureau_branch_in_a_district_is_one_body() -> None:
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    ex = extract(document_from_text("标题\n\n联系郑州市自然资源和规划局金水分局、郑州市生态环境局金水分局。\n", doc_id="v"))
    assert {m.name for m in ex.mentions if m.label == Label.ORGANIZATION} == {
        "郑州市自然资源和规划局金水分局", "郑州市生态环境局金水分局"}


def test_a_second_office_in_brackets_after_the_name() -> None:
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    ex = extract(document_from_text("天津市北辰区人民政府领导分工\n\n四、副区长 赵建国（兼任天津经济技术开发区管理委员会主任）\n"
                                    "负责公安工作。\n", doc_id="v"))
    offices = {(r.target.name, r.properties["role"]) for r in ex.relations if r.type == RelType.HOLDS_OFFICE}
    assert offices == {("北辰区", "副区长"), ("天津经济技术开发区管理委员会", "主任")}


def test_round13_a_ceremonys_guests_and_a_bylines_two_reporters() -> None:
    # 高陵区 probe: 刘建国 and 张红梅 (titles 副秘书长, 主席) were missed, and （记者 孙悦 杨帆） made 孙悦杨
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    text = ("西安市高陵区重大项目集中开工暨签约活动举行\n\n市政府副秘书长刘建国，区委书记周晓明，区人大常委会主任王立新，"
            "区政协主席张红梅等出席主会场活动。（记者 孙悦 杨帆）\n")
    ex = extract(document_from_text(text, doc_id="x"))
    assert {m.name for m in ex.mentions if m.label == Label.PERSON} == {"刘建国", "周晓明", "王立新", "张红梅", "孙悦", "杨帆"}
    offices = {(r.source.name, r.target.name) for r in ex.relations if r.type == RelType.HOLDS_OFFICE}
    assert ("王立新", "高陵区人大常委会") in offices
