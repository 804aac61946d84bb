"""What one statement of an indicator says beyond its name and its number (:mod:`extractors.indicators`): the year
it dates its figures by, the growth written after a level, the measures and values a list pairs off (分别, 均), the
subject a generic measure takes, the stop words a measure's name may hold, the scope and period of its figures, one
project's figures (no indicator), and where the values stand in a text (:func:`value_hits`).

Example:
    >>> GROWTH_AFTER.match("，比上年增长6.1%").group(2), BULLETIN_TITLE.search("2023年相城区国民经济和社会发展统计公报").group(1)
    ('6.1', '2023')
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from schema import Label

_DIGIT = re.compile(r"\d")
#: A year a sentence dates its figures by; not one it compares with (是2015年的1.2倍, 比2015年翻一番).
YEAR = re.compile(r"(?<![比较是])(20\d{2})年(?!的)")
#: The year a change is measured against, before its verb (能耗较2023年下降8%, 较上年同期增长).
COMPARED_YEAR = re.compile(r"(?:较|比)(?:20\d{2}年(?:末|底)?|上年|去年)(?:同期)?$")
#: The change written after a level, in the same clause group (…亿元，按可比价格计算，比上年增长6.1%; 同口径增长4.2%).
GROWTH_AFTER = re.compile(r"[，,]?(?:按(?:可比|不变)价(?:格)?计算[，,]?)?(?:比上年|比去年|较上年|较去年|同比|同口径)?"
                          r"(增长|下降|提高|降低|减少)(\d+(?:\.\d+)?)%")
#: The changes listed after values listed with 分别 (…分别达到72156元和43875元，分别增长4.0%和6.5%).
_GROWTHS_AFTER = re.compile(r"[，,]分别(?:比上年|比去年|较上年|较去年|同比)?(增长|下降|提高|降低|减少)"
                            r"((?:\d+(?:\.\d+)?%?[和、及])+\d+(?:\.\d+)?)%")


def listed_growths(text: str, pos: int) -> list[str]:
    """The changes (signed: -1.2 for a fall) listed with 分别 right after ``pos``, the end of listed values.

    Example:
        >>> text = "分别达到72156元和43875元，分别增长4.0%和6.5%。"
        >>> listed_growths(text, text.index("，"))
        ['4.0', '6.5']
    """
    hit = _GROWTHS_AFTER.match(text, pos)
    if hit is None:
        return []
    sign = "-" if hit.group(1) in ("下降", "降低", "减少") else ""
    return [sign + g for g in re.findall(r"\d+(?:\.\d+)?", hit.group(2))]


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


#: Measure names holding a stop word (与, 使, 预期, 末): 研究与试验发展(R&D)经费支出, 化肥使用量, 人均预期寿命, 年末常住人口.
COMPOUNDS = ("研究与试验发展", "研究与开发", "使用", "预期寿命", "期末", "年末", "月末")


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
    at = gap.start() if gap else start
    if text[at - 1:at] in (")", "）"):  # 顺德高新区(佛山国家高新区顺德园)规上…: the park before the bracket
        at = max(text.rfind("(", max(0, at - 30), at), text.rfind("（", max(0, at - 30), at))
    if (back := _BACK_REFERENCE.search(text, max(0, start - 4), start)) is not None:
        return _referent(text, back, scoped)  # 大王古庄镇依托天津京滨工业园…，全镇规模以上工业总产值: that town's
    return scoped.get(at) or scoped.get(start)


#: A clause going on with the subject of the one before: a mark, then only the verb of achieving (…；完成固定资产投资…).
_SAME_SUBJECT = re.compile(r"[，,；;](?:全年|同时)?(?:完成|实现)?$")


def sentence_start_of(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after its 。 or line break)."""
    return max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1


def carried_scope(text: str, start: int, scoped_sentence: int) -> bool:
    """The measure at ``start`` opens a clause going on with the subject of its sentence, whose earlier figure had a
    scope starting its sentence at ``scoped_sentence`` (莱山经济开发区全年实现A…；完成B…；实现C…: all the park's)."""
    return scoped_sentence >= 0 and sentence_start_of(text, start) == scoped_sentence \
        and _SAME_SUBJECT.search(text, max(0, start - 5), start) is not None


#: A word referring back to the sentence's town, village or park (全镇, 该街道, 园区) right before a measure.
_BACK_REFERENCE = re.compile(r"(?:全|该)(?:镇|乡|街道|街|村|园区|园)(?:的)?$|(?<![工业产])园区(?:的)?$")
#: How far back the referent of a back reference is looked for.
_REFERENT_REACH = 80


def _referent(text: str, back: re.Match[str], scoped: dict[int, str]) -> str | None:
    """The last town, village or park of the kind ``back`` refers to (全镇: a 镇) named before it in its sentence
    (None: none, and the measure is the area's)."""
    word = back.group().removesuffix("的")
    ends = next((kinds for key, kinds in _REFERRED.items() if word.endswith(key)), None)
    for end in range(back.start(), max(0, back.start() - _REFERENT_REACH), -1):
        if text[end - 1:end] in ("。", "\n"):
            return None
        name = scoped.get(end)
        if name is not None and (name.endswith(ends) if ends else not name.endswith(_PLACE_KINDS)):
            return name
    return None


#: The kind of place a back reference names, by its last word: the endings of such names (园, 园区: a park).
_REFERRED = {"镇": ("镇",), "乡": ("乡",), "街道": ("街道",), "街": ("街道",), "村": ("村",)}
_PLACE_KINDS = ("镇", "乡", "街道", "村")


#: A project's expected figures follow these (达产后可实现年产值120亿元, 投产后年营业收入…).
PROJECT_FIGURES = ("达产后", "投产后", "满产后", "达效后", "建成后")
#: A sentence about one project's money or output (项目计划总投资约18.6亿元，其中固定资产投资约15.3亿元; 项目一期达产后，
#: …亩均税收不低于50万元): its figures are the project's, no indicator of a place (ANNOTATION 23).
ONE_PROJECT = re.compile(r"(?:该|本|此)?项目(?:一期|二期|计划|预计)?(?:总投资|达产后|投产后|建成后)")
#: A sentence about one firm: opened (after who says it: 企业负责人介绍，) by the firm or by 该公司.
_FIRM_LEAD = re.compile(r"(?:[^，。；,;]{0,12}(?:介绍|表示)[，,])?")


def one_firms_sentence(text: str, sentence_start: int, firm_starts: frozenset[int]) -> bool:
    """The sentence at ``sentence_start`` is about one firm (该公司专注于…，2023年营业收入突破4亿元): its figures are
    the firm's, no measure of the place (``firm_starts``: where the text's enterprise mentions start).

    Example:
        >>> one_firms_sentence("该公司专注于齿轮研发，营业收入突破4亿元。", 0, frozenset())
        True
    """
    lead = _FIRM_LEAD.match(text, sentence_start).end()
    return text.startswith(("该公司", "该企业"), lead) or lead in firm_starts


def value_hits(value: re.Pattern[str], at_run: re.Pattern[str] | None, text: str) -> Iterator[re.Match[str]]:
    """``value.finditer(text)``, in time linear in the length of runs of digits.

    ``finditer`` tries the number pattern at every digit of a run and each try reads the run to its
    end, so a long run of digits costs the square of its length. When no unit starts with a digit,
    the number of a match is the whole run of digits it starts in, so a match can start inside a run
    only where the previous match ended with a digit (a unit such as μg/m3): there ``value`` is tried,
    elsewhere ``at_run`` (``value`` where no digit comes before) finds the next match.

    Args:
        value: The value pattern (a number, a unit, a tail).
        at_run: ``value`` behind ``(?<!\\d)``; None when a unit starts with a digit (plain ``finditer``).
        text: The text searched.
    """
    if at_run is None:
        yield from value.finditer(text)
        return
    pos = 0
    while True:
        hit = value.match(text, pos) if pos and _DIGIT.match(text, pos - 1) else None
        hit = hit or at_run.search(text, pos)
        if hit is None:
            return
        yield hit
        pos = hit.end()


def last_word(text: str, words: tuple[str, ...]) -> int:
    """Where the last of ``words`` in ``text`` starts (-1: none)."""
    return max((text.rfind(word) for word in words), default=-1)


def last_period(text: str, period_years: dict[str, int]) -> int | None:
    """The year of the period named last in ``text`` (十四五: 2025), if any."""
    found = [(text.rfind(name), year) for name, year in period_years.items() if name in text]
    return max(found)[1] if found else None


def year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and re.match(r"\d{4}", date) else None


def full_measure(name: str) -> str:
    """A measure written with 规上 for 规模以上 at its start, named in full (规上工业增加值 -> 规模以上工业增加值).

    Example:
        >>> full_measure("规上工业增加值"), full_measure("数字经济规上企业")
        ('规模以上工业增加值', '数字经济规上企业')
    """
    return "规模以上" + name[2:] if name.startswith("规上") else name


#: A year opening a paragraph (2023年，…; 答：2023年，…): the year of the paragraph's figures that name none, read
#: in the paragraph's last 2,000 characters before the figure.
_PARAGRAPH_REACH = 2000
_PARAGRAPH_YEAR = re.compile(r"[ \t\u3000]*(?:答[:：])?[ \t\u3000]*20\d{2}年[，,]")


def paragraph_year(text: str, sentence_start: int) -> str:
    """The year (as written, 2023年，) that opens the paragraph of the sentence at ``sentence_start``, or "".

    Example:
        >>> text = "答：2023年，经济运行稳中有进。全年实现地区生产总值1342.6亿元。"
        >>> paragraph_year(text, text.index("全年"))
        '答：2023年，'
    """
    lo = max(0, sentence_start - _PARAGRAPH_REACH)  # (a line of 400k characters is not read back for each figure)
    line = text.rfind("\n", lo, sentence_start)
    if line < 0 and lo > 0:
        return ""
    hit = _PARAGRAPH_YEAR.match(text, line + 1)
    return hit.group(0) if hit and hit.end() <= sentence_start else ""


#: A goal's item under its lead (到2025年，…。具体目标如下：\n——产业规模。…): a dash opening its line.
_ITEM = re.compile(r"[ \t\u3000]*[—-]{1,2}")
_LEAD_YEAR = re.compile(r"到20\d{2}年")


def lead_year(text: str, sentence_start: int) -> str:
    r"""The goal's year (到2025年) of the lead closing with a colon above the dashed items of the sentence at
    ``sentence_start`` (到2025年，…具体目标如下：\n——…\n——…), or "".

    Example:
        >>> text = "到2025年，产业实力显著增强。具体目标如下：\n——产业规模。产值突破2000亿元。\n——创新能力。…"
        >>> lead_year(text, text.index("——创新"))
        '到2025年'
    """
    line = text.rfind("\n", 0, sentence_start) + 1
    if not _ITEM.match(text, line):
        return ""
    for _ in range(_ITEMS_READ):
        if line == 0:
            return ""
        line = text.rfind("\n", 0, line - 1) + 1
        if not _ITEM.match(text, line):
            lead = text[line:text.find("\n", line)]
            hit = _LEAD_YEAR.search(lead) if lead.rstrip().endswith(("：", ":")) else None
            return hit.group() if hit else ""
    return ""


#: How many items a goal's lead is looked for above.
_ITEMS_READ = 12


#: The title of a profile page (青岛即墨经济开发区简介, 园区概况): its figures are what the zone has now.
PROFILE_TITLE = re.compile(r"(?:简介|概况)[)）]?\s*$")
#: A year ahead written before a value (到2025年, 2025年将): a goal, even in a profile.
YEAR_AHEAD = re.compile(r"到20\d{2}年|20\d{2}年(?:将|要|力争|预计)")


def category_start(categories: tuple[str, ...], text: str, start: int, end: int) -> int:
    """Where an official industry category of ``categories`` that the phrase from ``start`` to ``end`` cuts at its 、 or
    和 opens (计算机、通信和|其他电子设备制造业产值), else ``start``.

    Example:
        >>> text = "计算机、通信和其他电子设备制造业产值628.9亿元"
        >>> end = text.index("628")
        >>> text[category_start(("计算机、通信和其他电子设备制造业",), text, text.index("其他"), end):end]
        '计算机、通信和其他电子设备制造业产值'
    """
    lo = max(0, start - 20)
    for category in categories if "业" in text[start:end] else ():
        at = text.find(category, lo, end)
        if 0 <= at < start < at + len(category):
            return at
    return start
