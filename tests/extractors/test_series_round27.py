"""Rules of the twenty-seventh session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from tests.extractors.series_graphs import series_graph


def test_a_company_set_up_with_anothers_money_is_its_subsidiary() -> None:
    _, edges = series_graph(
        "北辰区招商引资\n\n天津立达精密机械有限公司系江苏立达控股集团有限公司独资设立，主要生产汽车零部件。"
        "天津华宇新材料有限公司是由浙江华宇化工集团有限公司投资设立的高新技术企业。"
        "天津北辰城市建设有限公司是天津北辰投资集团有限公司成立的第一家平台企业。\n")
    subsidiaries = {(s, t) for s, kind, t in edges if kind == "SUBSIDIARY_OF"}
    assert subsidiaries == {("Enterprise:天津立达精密机械有限公司", "Enterprise:江苏立达控股集团有限公司"),
                            ("Enterprise:天津华宇新材料有限公司", "Enterprise:浙江华宇化工集团有限公司")}
