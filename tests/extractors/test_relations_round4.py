"""Round-4 relation rules on invented sentences (places, actors)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract
from kg.ingest import document_from_text

Triple = tuple[str, str, str]


def triples(text: str) -> set[Triple]:
    """Relations read from the text (gazetteer PART_OF proposals left out)."""
    ex = extract(document_from_text(text, doc_id="t"))
    return {(r.type.value, r.source.name, r.target.name) for r in ex.relations if not r.rule.startswith("gazetteer")}


CASES: list[tuple[str, set[Triple], set[Triple]]] = [
    ("东丽区产业发展规划\n第一章 发展基础\n东丽区承接首都功能疏解成效明显，华北海岳集团下属天津海岳智能装备有限公司、"
     "天津海岳物流有限公司等企业相继落户我区。",
     {("LOCATED_IN", "天津海岳智能装备有限公司", "东丽区"), ("LOCATED_IN", "天津海岳物流有限公司", "东丽区")}, set()),
    ("湖南岳麓储能有限公司发展迅速。岳麓储能是江苏岳麓能源科技股份有限公司在华中布局的全资子公司。",
     {("SUBSIDIARY_OF", "湖南岳麓储能有限公司", "江苏岳麓能源科技股份有限公司")}, set()),
    ("浙江云帆控股集团有限公司同时控股位于瓶窑镇的杭州云帆精密铸造有限公司。",
     {("SUBSIDIARY_OF", "杭州云帆精密铸造有限公司", "浙江云帆控股集团有限公司")}, set()),
    ("镇里引入湖北楚天文旅集团有限公司，与江夏区文化旅游投资有限公司合资成立武汉楚天古镇运营管理有限公司。",
     {("COOPERATES_WITH", "湖北楚天文旅集团有限公司", "江夏区文化旅游投资有限公司"),
      ("SUBSIDIARY_OF", "武汉楚天古镇运营管理有限公司", "湖北楚天文旅集团有限公司"),
      ("SUBSIDIARY_OF", "武汉楚天古镇运营管理有限公司", "江夏区文化旅游投资有限公司")}, set()),
    ("衢州柯城经济开发区加快转型。柯城区推动开发区与浙江理工大学签订战略合作协议。",
     {("COOPERATES_WITH", "衢州柯城经济开发区", "浙江理工大学")}, set()),
    ("与湖北省武汉市江夏区人民政府签订共建协议的武汉职业技术学院将在园区设立光谷汽车实训基地。",
     {("COOPERATES_WITH", "武汉职业技术学院", "湖北省武汉市江夏区人民政府"),
      ("DEVELOPS", "武汉职业技术学院", "光谷汽车实训基地")},
     {("DEVELOPS", "武汉市江夏区人民政府", "光谷汽车实训基地")}),
    ("12月6日，舟山港岚冷链物流中心正式投入运营。该中心由浙江港岚供应链有限公司投资建设。",
     {("DEVELOPS", "浙江港岚供应链有限公司", "舟山港岚冷链物流中心")}, set()),
    ("湖北宏驰汽车部件有限公司与江夏区签订协议，宏驰动力电池生产基地项目落户江夏。宏驰部件是武汉宏驰科技集团有限公司的子公司。",
     {("DEVELOPS", "湖北宏驰汽车部件有限公司", "宏驰动力电池生产基地")},
     {("DEVELOPS", "武汉宏驰科技集团有限公司", "宏驰动力电池生产基地")}),
    ("湖南湘岳新能源电池有限公司投资的湘岳电池二期开工建设。", {("DEVELOPS", "湖南湘岳新能源电池有限公司", "湘岳电池二期")},
     {("DEVELOPS", "湘岳电池", "湘岳电池二期")}),
    ("湖北宏远电机有限公司年产10万台电机项目在红安县七里坪镇签约，项目总投资20亿元，落户红安经济开发区。",
     {("LOCATED_IN", "湖北宏远电机有限公司年产10万台电机", "红安经济开发区")}, set()),
    ("红安经济开发区是黄冈市重点园区，园内湖北宏远电机有限公司投资的宏远电机生产基地已于6月投产。",
     {("LOCATED_IN", "湖北宏远电机有限公司", "红安经济开发区")}, set()),
    ("武汉光谷汽车产业园加快发展。武汉楚天智驾科技有限公司投资9亿元的楚天智驾控制器生产基地落户园区东山村地块。",
     {("LOCATED_IN", "楚天智驾控制器生产基地", "武汉光谷汽车产业园")},
     {("LOCATED_IN", "武汉楚天智驾科技有限公司", "武汉光谷汽车产业园")}),
    ("湖北宏远电机有限公司是红安经济开发区内规模最大的企业之一。",
     {("LOCATED_IN", "湖北宏远电机有限公司", "红安经济开发区")}, set()),
    ("湖北宏远电机有限公司电机二期、湖北宏远电缆有限公司电缆三期等项目分别落户红安经济开发区和麻城经济开发区。",
     {("LOCATED_IN", "湖北宏远电机有限公司电机二期", "红安经济开发区"), ("LOCATED_IN", "湖北宏远电缆有限公司电缆三期", "麻城经济开发区")},
     {("LOCATED_IN", "湖北宏远电机有限公司电机二期", "麻城经济开发区")}),
    ("石家庄市藁城区2023年工作安排\n今年重点抓好两件事：一是推动廉州镇西里村食品加工企业入驻石家庄食品产业园，做大食品区域品牌；"
     "二是加快丘头镇至南营镇的物流园连接线建设。", set(), {("LOCATED_IN", "石家庄食品产业园", "廉州镇")}),
    ("武汉市江夏区加快发展。在纸坊街道，江夏临空经济区围绕航空物流，推进江夏航空货运中心二期建设。",
     {("LOCATED_IN", "江夏临空经济区", "纸坊街道"), ("LOCATED_IN", "江夏航空货运中心二期", "江夏临空经济区")},
     {("LOCATED_IN", "江夏航空货运中心二期", "纸坊街道")}),
    ("郑州市中牟县加快发展。在县城东部，韩寺镇依托中牟农业科技产业园，引进河南韩寺农业发展有限公司建设韩寺蔬菜加工基地。",
     {("LOCATED_IN", "中牟农业科技产业园", "韩寺镇"), ("LOCATED_IN", "韩寺蔬菜加工基地", "中牟农业科技产业园")}, set()),
    ("对话武汉市江夏区纸坊街道党委书记李华：做强南部新城\n记者：纸坊街道有哪些新举措？\n"
     "李华：我们还和武汉理工大学合作编制了发展规划，并推动江夏经济开发区与我们开展飞地合作。",
     {("COOPERATES_WITH", "纸坊街道", "武汉理工大学"), ("COOPERATES_WITH", "江夏经济开发区", "纸坊街道")}, set()),
    ("重庆市荣昌区加快发展。安富街道位于荣昌区东部，重点发展陶瓷产业。", {("PART_OF", "安富街道", "荣昌区")}, set()),
    ("荣昌陶瓷产业园是荣昌高新技术产业开发区的重要组成部分。",
     {("PART_OF", "荣昌陶瓷产业园", "荣昌高新技术产业开发区")}, set()),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), CASES, ids=[c[0][:14] for c in CASES])
def test_round4_rules(text: str, expected: set[Triple], forbidden: set[Triple]) -> None:
    found = triples(text)
    assert expected <= found, f"missing {expected - found}; found {found}"
    assert not forbidden & found, f"unexpected {forbidden & found}"
