"""What one statement of an indicator says beyond its name and its number (:mod:`extractors.indicators`): the year
it dates its figures by, the growth written after a level, the measures and values a list pairs off (分别, 均), the
subject a generic measure takes, and the stop words a measure's name may hold.

Example:
    >>> GROWTH_AFTER.match("，比上年增长6.1%").group(2), BULLETIN_TITLE.search("2023年相城区国民经济和社会发展统计公报").group(1)
    ('6.1', '2023')
"""

from __future__ import annotations

import re

from schema import Label

#: A year a sentence dates its figures by; not one it compares with (是2015年的1.2倍, 比2015年翻一番).
YEAR = re.compile(r"(?<![比较是])(20\d{2})年(?!的)")
#: The year a change is measured against, before its verb (能耗较2023年下降8%, 较上年同期增长).
COMPARED_YEAR = re.compile(r"(?:较|比)(?:20\d{2}年(?:末|底)?|上年|去年)(?:同期)?$")
#: The change written after a level, in the same clause group (…亿元，按可比价格计算，比上年增长6.1%).
GROWTH_AFTER = re.compile(r"[，,]?(?:按可比价(?:格)?计算[，,])?(?:比上年|比去年|较上年|较去年|同比)?"
                          r"(增长|下降|提高|降低|减少)(\d+(?:\.\d+)?)%")
#: A statistical bulletin's title: its year is the year of every figure it reports.
BULLETIN_TITLE = re.compile(r"(20\d{2})年[^\n]{0,30}(?:统计(?:监测)?公报|经济运行(?:简况|情况|分析))")
#: The period a sentence's figures cover, written before them (1—10月，…; 前三季度; 10月末), not a whole year.
PERIOD = re.compile(r"1[—\-–~至]\d{1,2}月(?:份)?|前三季度|[一二三四]季度|上半年|\d{1,2}月末")
#: Measures that name nothing without the subject achieving them (NOTES 15: 工业总产值, not 产值).
GENERIC_MEASURES = frozenset(("营业收入", "利润总额", "利润", "产值", "总产值", "营收", "税收", "增加值"))
ACHIEVE = ("实现", "完成")
#: What joins the items of a list of measures or of values (A、B和C; 10.5%和8.2%).
LIST_JOINS = ("、", "和", "及", "与")


def paired_values(adverb: str, names: int, values: list[re.Match[str]]) -> list[re.Match[str] | None]:
    """The value of each of ``names`` measures, the lists aligned at their ends.

    One value after 均/都, or after 分别, is each measure's; after 分别 more values pair off one by one
    from the end (城镇和农村居民人均可支配收入分别达到65000元和32000元: 城镇 alone names no measure,
    so 农村… takes 32000); without 分别 only the last measure, written next to the value, has one.
    """
    if len(values) == 1:
        return values * names
    if adverb != "分别":
        return [*([None] * (names - 1)), values[0]]
    if len(values) >= names:
        return values[len(values) - names:]
    return [*([None] * (names - len(values))), *values]


#: Measure names holding a stop word (与, 使): 研究与试验发展(R&D)经费支出, 化肥使用量.
COMPOUNDS = ("研究与试验发展", "研究与开发", "使用")


def inside_compound(text: str, at: int, word: str) -> bool:
    """Whether the stop word at ``at`` is inside one of :data:`COMPOUNDS`."""
    return any(text.startswith(c, at - c.index(word)) for c in COMPOUNDS if word in c and at >= c.index(word))


#: What a figure's scope is: the town, village or park written before its measure (not a region: the document's own
#: area, or a whole other region's figure, stays unscoped).
SCOPES = (Label.TOWN, Label.VILLAGE, Label.PARK)
#: Between a scope and its measure: the verb of achieving, a period word (北滘镇完成规上工业总产值, 园区全年实现…).
_SCOPE_GAP = re.compile(r"(?:[，,])?(?:全年|累计|共)?(?:完成|实现|达到)?$")


def scope_before(text: str, start: int, scoped: dict[int, str]) -> str | None:
    """The town, village or park (``scoped``: names by the end of their mention) that the measure starting at
    ``start`` is measured in (北滘镇完成规上工业总产值: 北滘镇; 泾河工业园规模以上工业产值); None for the whole area."""
    gap = _SCOPE_GAP.search(text, max(0, start - 5), start)
    return scoped.get(gap.start() if gap else start) or scoped.get(start)

