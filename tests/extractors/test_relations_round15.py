"""Relations of the fifteenth session's probe texts: what a place lies next to is not in it, and the parties of a
project notice (建设单位, 环评机构) are not where the project is unless the town names them."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text


def _located(text: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text(text, doc_id="r"))
    return {(r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN"}


def test_a_work_a_place_lies_next_to_is_not_in_it() -> None:
    located = _located("西青区产业用地出让\n\n中北工业园地块紧邻地铁7号线，交通条件便利；精武镇工业园内建设智能装备产业园。\n")
    assert ("地铁7号线", "中北工业园") not in located


NOTICE = """天津市北辰区生态环境局关于建设项目环境影响评价文件受理情况的公示

（一）双口镇郝堡村20兆瓦渔光互补光伏发电项目
建设地点：双口镇郝堡村
建设单位：国家电投集团天津清洁能源有限公司（国家电力投资集团有限公司下属企业）
环评机构：天津众环联创环境科技有限公司
项目概况：利用鱼塘水面建设光伏组件。

（二）双口镇农产品冷链物流中心项目
建设地点：双口镇
建设单位：天津双口城乡发展有限公司
项目概况：新建冷库2万平方米。
"""


def test_a_notices_parties_are_not_in_the_projects_town_unless_it_names_them() -> None:
    located = _located(NOTICE)
    assert not located & {("国家电投集团天津清洁能源有限公司", "双口镇"), ("国家电力投资集团有限公司", "双口镇"),
                          ("天津众环联创环境科技有限公司", "双口镇")}
    assert ("天津双口城乡发展有限公司", "双口镇") in located


def test_a_park_written_after_its_zone_and_a_city_is_a_park_of_its_own_in_the_zone() -> None:
    # M (北辰区's impact-assessment notice): the address had been one park's name
    ex = extract(document_from_text("北辰区建设项目环评公示\n\n建设地点：天津市北辰区北辰经济技术开发区天津医药医疗器械工业园"
                                    "京福公路东侧。\n废水排入北辰经济技术开发区医药医疗器械工业园污水处理厂。\n", doc_id="m"))
    parks = {m.name for m in ex.mentions if m.label.value == "Park"}
    assert {"北辰经济技术开发区", "天津医药医疗器械工业园"} <= parks
    assert ("天津医药医疗器械工业园", "北辰经济技术开发区") in {
        (r.source.name, r.target.name) for r in ex.relations if r.type.value == "PART_OF"}
    assert not any(m.name.startswith("排入") for m in ex.mentions)
