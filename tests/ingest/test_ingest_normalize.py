"""The normaliser: rules on small strings, the corpus, and hypothesis properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest.chrome import chrome_rule
from kg.ingest.normalize import normalise
from schema.document import Document


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("全区城镇常住人口由 86.4 万人增加", "全区城镇常住人口由86.4万人增加"),
        ("完成燃气管网改造、1 号供热站等工程", "完成燃气管网改造、1号供热站等工程"),
        ("名    称 :通知", "名称:通知"),
        ("发\u2002文\u2002字\u2002号\u2002: 〔北辰政办发〔2021〕14号 〕", "发文字号:〔北辰政办发〔2021〕14号〕"),
        ("（一）坚持以人为本，推进ＡＢＣ１２３！", "(一)坚持以人为本,推进ABC123!"),
        ("推动创维Mini LED显示屏\u3000签约", "推动创维Mini LED显示屏签约"),
        ("第一章\u2002发展基础", "第一章 发展基础"),
        ("第一节发展基础", "第一节发展基础"),
        ("第二章\u2002\n\u2002“十四五”新型城镇化发展总体要求", "第二章 “十四五”新型城镇化发展总体要求"),
        ("——**京津冀协同发展先行区**。依托", "——京津冀协同发展先行区。依托"),
        ("《北辰区规划》提出“一带两镇”", "《北辰区规划》提出“一带两镇”"),
        ("a\r\nb\r\n\r\nc", "a\nb\nc"),
        ("天津壹\uffff贰科技有限公司\ufffe", "天津壹贰科技有限公司"),
    ],
)
def test_normalise_rules(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_joins_lines_broken_mid_sentence() -> None:
    raw = "住房供给能力不断提升。“十三五”期间,北辰区建\n\n成融创半湾半岛等一批高端居住区。\n\n第二节 发展环境"
    assert normalise(raw) == "住房供给能力不断提升。“十三五”期间,北辰区建成融创半湾半岛等一批高端居住区。\n第二节 发展环境"


def test_keeps_short_heading_lines_apart() -> None:
    raw = "聚焦协调联动,争当协同发展排头兵\n\n2020年,北辰区将围绕“一带两镇四园”功能定位,加大开发建设力度。"
    assert normalise(raw).split("\n")[0] == "聚焦协调联动,争当协同发展排头兵"


@pytest.mark.parametrize(
    "line",
    ["下载津云客户端关注更多精彩", "推荐新闻", "我来说两句", "扫码阅读手机版",
     "关于北方网 | 广告服务 | 诚聘英才 | 联系我们 | 网站律师", "Copyright (C) 2000-2024 Enorth.com.cn",
     "本网站由天津北方网版权所有", "增值电信业务经营许可证编号:津B2-20000001", "位置:首页--政务公开--政策文件--北辰政办发",
     "关于我们|网站地图|网站帮助|版权声明|法律声明", "友情链接"],
)
def test_chrome_lines(line: str) -> None:
    assert chrome_rule(normalise(line) or line) is not None


def test_a_tables_licence_number_column_is_no_sites_licence_footer() -> None:
    # T (郫都区's list of construction permits): the header naming 许可证编号 had been dropped as a site's footer,
    # and with it the whole table's columns
    header = "序号\t项目名称\t建设单位\t建设地址\t发证日期\t许可证编号"
    assert chrome_rule(header) is None
    assert chrome_rule("增值电信业务经营许可证编号:津B2-20000001") is not None


def test_corpus_chrome_dropped(corpus: dict[str, Document]) -> None:
    text001 = corpus["001"].text
    for junk in ("下载津云客户端", "推荐新闻", "我来说两句", "关于北方网", "举报", "Copyright", "版权所有", "许可证", "公网安备", "扫码阅读"):
        assert junk not in text001, junk
    assert text001.endswith("(津云新闻记者赵颖妍)")
    text002 = corpus["002"].text
    assert not text002.startswith("位置") and "友情链接" not in text002 and "网站地图" not in text002
    assert text002.rstrip().endswith("形成良好的舆论环境。加强部门间合作,增强大众对城镇化建设的理解和认知,明确城镇化建设活动和城乡居民生活环境改善之间的密切关系,减少未来建设管理中的公众负面障碍,保障新型城镇化建设目标顺利实现,重大工程顺利落地。")


def test_corpus_spaces_and_joins(corpus: dict[str, Document]) -> None:
    text = corpus["004"].text
    assert "由86.4万人增加到86.8万人" in text
    assert "1号供热站" in text
    assert "北辰区建成融创半湾半岛" in text
    assert "其余区域竞争力明显提升。" in text and "\n其余区域" not in text
    assert "“" in text and "《" in text


def test_corpus_normalisation_idempotent(corpus: dict[str, Document]) -> None:
    for doc in corpus.values():
        assert normalise(doc.text) == doc.text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalise_idempotent_on_any_unicode(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


CJKISH = st.text(alphabet=st.sampled_from(list("北辰区规划第一章节二三、()（）。,，!?;:“”《》 \u3000\u2002\n\t0123456789.万人号ABab-—专栏表图")), max_size=300)


@settings(max_examples=300, deadline=None)
@given(CJKISH)
def test_normalise_idempotent_on_document_like_text(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert "\u3000" not in once and "\n\n" not in once


def test_a_first_line_titled_with_a_colon_is_no_broken_sentence() -> None:
    """s28: a news title (place:headline) stays the title; the paragraph after it is a line of its own."""
    raw = "四川省宜宾市叙州区：动力电池产业链再添“强链”项目\n11月8日，四川叙新动力电池有限公司年产20GWh储能电池项目在叙州区签约。"
    assert normalise(raw).split("\n")[0] == "四川省宜宾市叙州区:动力电池产业链再添“强链”项目"
    broken = "北辰区推进双街示范镇建设,完成拆迁、建设、还迁,\n推动花卉博览园落地。"  # a first line broken at a comma
    assert normalise(broken) == "北辰区推进双街示范镇建设,完成拆迁、建设、还迁,推动花卉博览园落地。"


def test_a_numbered_item_is_never_the_rest_of_the_line_before() -> None:
    # 历城区 probe: item 8 had been glued to item 7, whose last bracket left it open (…完成时限:2024年11月底))
    from kg.ingest.normalize import continues

    before = "7.启动唐冶、港沟片区改造。唐冶村城中村改造项目已纳入省级计划,年内完成拆除。(牵头单位:区城中村改造中心;完成时限:2024年11月底)"
    assert not continues(before, "8.遥墙、临港地区结合济南临空经济区建设,推进遥墙街道遥墙村、临港街道宅科村搬迁安置,全年完成征收面积120万平方米,确保群众满意")
    assert not continues("甲方负责协调项目用地,并为项目提供服务;", "3.甲方按照合肥市现行产业扶持政策给予项目公司支持;")
    assert continues(before[:-1] + ",", "2.5亿元用于安置房建设。")  # a number, no item marker
