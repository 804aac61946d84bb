"""Rules from the twenty-second session: a park named after its brand and two industries
(大寺新能源汽车及储能产业园), and the series probes of 望城区, 即墨区 and 萧山区."""

from __future__ import annotations

from kg.ingest import document_from_text
from kg.pipeline import extract_graph
from schema import Node


def _graph(text: str) -> tuple[dict[str, Node], set[tuple[str, str, str]]]:
    nodes, edges = extract_graph([document_from_text(text, doc_id="t")])
    return {n.id: n for n in nodes}, {(e.source, e.type.value, e.target) for e in edges if e.type.value != "MENTIONS"}


def test_a_park_of_two_industries_keeps_its_brand_and_both() -> None:
    nodes, edges = _graph("西青区园区建设\n\n西青经济技术开发区下辖赛达工业园和大寺新能源汽车及储能产业园。"
                          "目前，大寺新能源汽车及储能产业园已集聚天津卓能电池科技有限公司等企业16家。"
                          "推动新能源汽车及储能产业发展。\n")
    park = "Park:大寺新能源汽车及储能产业园"
    assert park in nodes and "Park:储能产业园" not in nodes
    assert not [n for n in nodes if n.endswith("大寺新能源汽车")]
    assert (park, "PART_OF", "Park:西青经济技术开发区") in edges
    assert ("Enterprise:天津卓能电池科技有限公司", "LOCATED_IN", park) in edges


def test_a_group_investing_in_a_company_is_no_part_of_its_name() -> None:
    nodes, edges = _graph("西青区2023年政府工作报告\n\n韩国晓星集团追加投资建设晓星化纤（天津）有限公司二期项目。\n")
    assert {"Enterprise:韩国晓星集团", "Enterprise:晓星化纤(天津)有限公司", "Project:晓星化纤(天津)有限公司二期"} <= set(nodes)
    assert not [n for n in nodes if "追加投资" in n]
    assert ("Enterprise:晓星化纤(天津)有限公司", "DEVELOPS", "Project:晓星化纤(天津)有限公司二期") in edges
