"""When a sentence's value is for, and whether it is reported or aimed at: the year it names, its paragraph's or
heading's, last or next year, the document's own; a past year, a past marker (十三五, 以来) or a year ending makes it
reported (a baseline). Split from :mod:`extractors.indicators`, whose finder mixes :class:`IndicatorYears` in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.indicator_statements import (
    BULLETIN_TITLE,
    PROFILE_TITLE,
    YEAR,
    YEAR_AHEAD,
    last_period,
    last_word,
    lead_year,
    paragraph_year,
    year_of,
)
from extractors.indicator_tables import TableVocab
from schema import Document, Section

Sections = Callable[[int], Section | None]

#: Last year, named as such (去年, 上年), not as what a change is measured against (比上年, 较去年同期).
_LAST_YEAR = re.compile(r"(?<![比较])(?:去年|上年)(?!同期)")
#: Next year, named as such (a year-end meeting's targets).
_NEXT_YEAR = "明年"
#: The whole year's figure estimated (全年预计实现…): from November on, a text's own year is ending and it reports.
_YEAR_END_ESTIMATE = re.compile(r"全年预计|预计全年")
#: The whole year of the text (确保完成全年地区生产总值增长6%左右): a period named before it (“十五五”规划编制) dates nothing.
_WHOLE_YEAR = "全年"
#: A title in 《》 written before a value: its words (years, goals) are the title's, not the value's.
_TITLE = re.compile(r"《[^《》\n]*》")
#: A closed note in brackets giving a level of another year (（2020年为1026.7亿元）, （2021年为96.3%）).
_LEVEL_NOTE = re.compile(r"[（(]\d{4}年(?:底|末)?(?:为|是|达到)[^（）()]{1,16}[）)]")
#: The month from which a text's own year is ending (November).
_YEAR_END = 11
#: A whole year's result said done (全年完成税收收入…, 全年新增城镇就业…): the text's year's from November.
_WHOLE_YEAR_DONE = re.compile(r"全年(?:共|累计|全区|全镇|全市|全县)?(?:完成|实现|新增|引进|签约|接待)")
#: A section reviewing the year's work (一、2024年主要工作成效, 工作回顾): its values are the year's results from November.
_REVIEWED = re.compile(r"(?:工作|主要)?(?:成效|成绩|回顾|完成情况)")
#: A sum reached (a past marker) unless a goal's year frames it (到2025年，…累计达到).
_SUM_REACHED = "累计达到"
_GOAL_YEAR = "到20"


class IndicatorYears:
    """The year readers; the attributes below are set by :class:`extractors.indicators.IndicatorFinder` from its
    vocabulary."""

    #: Words marking a reported value (十三五, 以来, 截至) and a goal (力争, 到20…), searched for the last one.
    past_markers: tuple[str, ...]
    goal_markers: tuple[str, ...]
    table_vocab: TableVocab

    def _said_before(self, text: str, sentence_start: int, pos: int) -> str:
        """What is written before the value at ``pos`` in its sentence, after the year opening its paragraph (答：2023年，
        …。全年实现…) unless the sentence names a year or a period of its own (“十四五”时期，…年均增长6%左右), without the
        titles in 《》 it cites."""
        own = text[sentence_start:pos]
        if own.startswith("其中") and sentence_start > 0:  # 到2025年，…突破2200亿元。其中，…达到1000亿元: the same goal
            own = text[max(text.rfind("。", 0, sentence_start - 1), text.rfind("\n", 0, sentence_start - 1)) + 1:pos]
        own = _TITLE.sub("《》", own)  # 深入实施《…三年行动计划（2024—2026年）》，一季度全市实现…: the title's years date nothing
        own = _LEVEL_NOTE.sub("", own)  # 到2025年，A力争突破1600亿元（2020年为1026.7亿元），B达到…: the note dates only itself
        if YEAR_AHEAD.search(own) or (not (lead := lead_year(text, sentence_start))
                                      and (YEAR.search(own) or last_period(own, self.table_vocab.period_years))):
            return own
        return (lead or paragraph_year(text, sentence_start)) + own

    def _year_of_heading(self, path: str, title: str) -> int | None:
        """The year of a value whose sentence names none: the last year (2022年) or period (“十三五”
        发展回顾: 2020) in its section path, else the period of the document's title (a “十四五”
        plan: 2025)."""
        path_years = re.findall(r"(20\d{2})年", path)
        if path_years:
            return int(path_years[-1])
        periods = self.table_vocab.period_years
        return last_period(path, periods) or last_period(title, periods)

    def _year(self, document: Document, before: str, offset: int, sections: Sections,
              own: int | None = None) -> tuple[int | None, bool]:
        """Year of a sentence value and whether it is a past (reported) value (``sections``: the document's
        section at an offset; ``own``: the year written with the value). A statistical bulletin reports every
        figure, for its title's year when the sentence names none (全年…)."""
        doc_year = year_of(document.date)
        years = YEAR.findall(before)
        year = own or (int(years[-1]) if years else last_period(before[before.rfind(_WHOLE_YEAR) + 1:],
                                                                 self.table_vocab.period_years))
        if year is None and doc_year is not None and _LAST_YEAR.search(before):
            year = doc_year - 1  # 去年集装箱吞吐量突破2200万标准箱 in a 2023 text: 2022's, reported
        elif year is None and doc_year is not None and _NEXT_YEAR in before:
            year = doc_year + 1  # 明年主要预期目标是：地区生产总值增长9%左右 in a December 2024 text: 2025's
        bulletin = BULLETIN_TITLE.search(document.title or "")
        if bulletin:  # a goal it restates (确保完成…增长6%左右的预期目标) stays a goal
            return year or int(bulletin.group(1)), last_word(before, self.goal_markers) < 0
        if PROFILE_TITLE.search(document.title or "") and not YEAR_AHEAD.search(before):
            return year or doc_year, last_word(before, self.goal_markers) < 0  # a zone's profile tells what it has
        past_at = last_word(before, self.past_markers)
        if before.startswith(_SUM_REACHED, past_at) and 0 <= before.find(_GOAL_YEAR) < past_at:
            past_at = last_word(before[:past_at], self.past_markers)  # 到2025年，…累计达到10万人: the sum aimed at
        past = past_at > last_word(before, self.goal_markers)
        section = sections(offset) if year is None else None
        if year is None:
            title = "" if past else document.title or ""  # a plan's period dates its goals, not what it reports
            year = self._year_of_heading(section.path_str if section else "", title) \
                or (_summed_year(document.title or "", doc_year) if last_word(before, self.goal_markers) < 0 else None) \
                or doc_year
        if year is not None and doc_year is not None and year < doc_year:
            past = True
        elif year == doc_year and _month(document.date) >= _YEAR_END and (
                own or _YEAR_END_ESTIMATE.search(before) or self._whole_year_done(before)
                or self._reviewed(before, section if section is not None else sections(offset))):
            past = True  # 全年预计实现地区生产总值415亿元, …增加到2025年的1352亿元 in a December 2025 text: the year's result
        return year, past

    def _reviewed(self, before: str, section: Section | None) -> bool:
        """The value stands in a section reviewing the year's work (一、2024年主要工作成效), no goal word before it."""
        return section is not None and _REVIEWED.search(section.path_str) is not None \
            and last_word(before, self.goal_markers) < 0


    def _whole_year_done(self, before: str) -> bool:
        """The words before a value say the whole year's result done (全年完成…), no goal in their clause (确保全年实现…;
        not a clause before: 完成年度目标的104%；全年新增…)."""
        done = next(reversed(list(_WHOLE_YEAR_DONE.finditer(before))), None)  # (the last, of the value's clause)
        clause = max(before.rfind(mark, 0, done.start()) for mark in "，；,;。") + 1 if done else 0
        return done is not None and last_word(before[clause:], self.goal_markers) < 0


def _summed_year(title: str, doc_year: int | None) -> int | None:
    """The year before the text's when its title names it (碧湖镇2021年工作总结和2022年工作思路 of January 2022: 2021, the
    year of the values it reports without naming one); None elsewhere (2022年政府工作报告)."""
    years = {int(y) for y in YEAR.findall(title)}
    return doc_year - 1 if doc_year is not None and doc_year - 1 in years else None


def _month(date: str | None) -> int:
    """The month of an ISO date (0 when there is none)."""
    return int(date[5:7]) if date and re.match(r"\d{4}-\d{2}", date) else 0
