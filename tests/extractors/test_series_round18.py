"""Rules from the eighteenth session's series probes: a town that is one end of a stretch of road (义桥至临浦段) leads
no paragraph's places (萧山区)."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text
from schema import Label, RelType

REPORT = ("萧山区2022年政府工作报告\n\n义桥镇、临浦镇、瓜沥镇加快发展。\n"
          "义桥至临浦段完成路基工程的80%；机场轨道快线萧山段、湘湖三期保护与开发工程有序推进，萧山体育中心改造提升工程通过验收。\n"
          "瓜沥镇七彩未来社区二期加快建设，湘湖三期保护与开发工程有序推进。\n")


def _placed() -> set[tuple[str, str]]:
    ex = extract(document_from_text(REPORT, doc_id="r"))
    return {(r.source.name, r.target.name) for r in ex.relations
            if r.type == RelType.LOCATED_IN and r.target.label == Label.TOWN}


def test_a_town_ending_a_stretch_of_road_places_no_item_of_its_paragraph() -> None:
    placed = _placed()
    assert not {town for _, town in placed} & {"义桥镇", "临浦镇"}  # the works run between them
    assert ("七彩未来社区二期", "瓜沥镇") in placed  # a town leading its paragraph still places its items
