"""The name of a measure written before its value, for :mod:`extractors.indicators` (split from it: the finder
reads the values, their verbs, years and targets; this reads the words in front of them).

The name ending where the value's verb and qualifiers start is a head of the vocabulary with the words qualifying it
(城镇居民人均可支配收入) or a phrase ending in a measure word (站点600米覆盖率), after any number, stop word, place, scope
or count in front (木渎镇常住人口: 常住人口; 四条重点产业链规模: no count). Also: the first conjunct, written in full,
when the second is elided (义务教育入学率、巩固率保持100%), the subject a generic measure takes (规模以上工业企业实现营业收入)
and the measures listed before one (A、B和C分别…).

:class:`IndicatorPhrases` holds these as methods that :class:`extractors.indicators.IndicatorFinder` inherits, over
the vocabulary the finder's ``__init__`` reads from ``data/indicator_vocab.yml``.

Example:
    >>> from extractors.indicators import IndicatorFinder
    >>> finder, text = IndicatorFinder(), "木渎镇常住人口达到20万人，城镇居民人均可支配收入达到5万元"
    >>> finder._noun_phrase(text, text.index("达到")), finder._noun_phrase(text, text.rindex("达到"))[2]
    ((3, 7, '常住人口', True), '城镇居民人均可支配收入')
"""

from __future__ import annotations

import re

from extractors.indicator_statements import (
    ACHIEVE,
    GENERIC_MEASURES,
    LIST_JOINS,
    category_start,
    inside_compound,
)
from extractors.matching import OrderedWords
from extractors.text_marks import SpansByStart, first_ending

_NP_CHARS = r"\u4e00-\u9fffA-Za-z0-9.()（）&\u2160-\u216f"
#: The longest phrase read before a value (全社会研究与试验发展(R&D)经费支出占地区生产总值比重: 28).
_NP_MAX = 30
#: The phrase characters ending a search window (searched from the window's start: the longest run).
_NP_TAIL = re.compile(f"[{_NP_CHARS}]*\\Z")
#: A count in words opening a measure's phrase (四条重点产业链规模, 十大产业产值), before two characters or more.
_COUNTED = r"[条个家项类大](?=[\u4e00-\u9fff]{2})"
_LEADING_COUNT = re.compile(r"[一二三四五六七八九十两]{1,3}" + _COUNTED)
#: …and inside one (…两条产业链规模分别…; 一 is left out: 统一, 唯一 are words).
_INNER_COUNT = re.compile(r"[两三四五六七八九十]{1,2}" + _COUNTED)
#: A bracketed note after a measure's name on what its figure counts (（不含农户）, （含税）).
_SCOPE_NOTE = re.compile(r"[（(](?:不含|含|包括|不包括)[^（）()]{1,10}[）)]\Z")
_NOTE_MAX = 14
_LEADING_NUMBER = re.compile(r"(?<![A-Za-z.\d])\d[\d.]*(?:年(?:底|末)?)?")
#: A place or park written before an indicator scopes it (三涧溪村村集体经营性收入, 泾河工业园规模以上工业产值).
#: A counted set of places (两镇建成区常住人口) and a market or scenic site (斗南花卉市场交易量, 古镇接待游客) scope it too;
#: 城镇/城乡 are no places (户籍人口城镇化率).
_SCOPE = re.compile(r"(?:[\u4e00-\u9fff]{2,6}?|[两三四五六七八九十]个?)(?:(?<!城)镇|(?<!城)乡|村|街道|县|工业园|产业园|开发区)(?=[\u4e00-\u9fff])"
                    r"|[\u4e00-\u9fff]{0,6}?(?:古镇|景区|市场)(?=[\u4e00-\u9fff])")
#: What follows a verb that compares inside a name rather than before its figure (地表水达到或好于Ⅲ类水体比例:
#: 达到 and its 达).
_COMPARED = re.compile(r"到?(?:或好于|或优于|或超过|及以上|或以上)")
_NO_PLACES = SpansByStart([])
#: The verb before a measure's value in its clause (数字经济核心产业增加值|达到|942亿元).
_DIGIT = re.compile(r"\d")
_VALUE_VERB = re.compile(r"达到|实现|完成|突破|超过|为|增长")


class IndicatorPhrases:
    """The readers of a measure's name before a value; the attributes below are set by
    :class:`extractors.indicators.IndicatorFinder` from its vocabulary."""

    #: The vocabulary's heads (longest first) and the same as a tuple, for one ``endswith`` before the walk.
    heads: list[str]
    _heads: tuple[str, ...]
    #: The measure words a phrase may end with (覆盖率, 营业收入), longest first.
    head_suffixes: tuple[str, ...]
    #: Official industry categories, longest first (计算机、通信和其他电子设备制造业).
    categories: tuple[str, ...]
    #: Stop words, qualifiers and verbs: a phrase starts after one.
    _cut_words: OrderedWords

    def _full_conjunct(self, text: str, pos: int, places: SpansByStart) -> tuple[int, int, str, bool] | None:
        """义务教育入学率、巩固率保持100%: the elided second conjunct names nothing, and the first, written in full,
        takes the value (ANNOTATION 23: only the conjunct written in full)."""
        bare = first_ending(self.head_suffixes, self.head_suffixes, text, pos)
        at = pos - len(bare) if bare else 0
        if bare is None or text[at - 1:at] not in LIST_JOINS:
            return None
        first = self._noun_phrase(text, at - 1, places)
        return first if first is not None and first[2] != bare else None

    def _with_subject(self, text: str, start: int, name: str, places: SpansByStart) -> tuple[int, str]:
        """A generic measure (营业收入, 利润总额) takes the subject that achieves it (规模以上工业企业实现营业收入:
        规模以上工业企业营业收入), also from the clause before (…，实现利润总额); NOTES 15: no generic heads."""
        if name.startswith("占") and text[start - 1:start] in ("，", ","):
            return start, self._share_of(text, start - 1, name, places)
        verb = next((v for v in ACHIEVE if text.endswith(v, 0, start)), None)
        if name not in GENERIC_MEASURES or verb is None:
            return start, name
        at = start - len(verb)
        if text[at - 1:at] in ("，", ","):  # the subject of the clause before: …实现营业收入2315.6亿元，实现利润总额…
            before = max(text.rfind(v, max(0, at - 40), at - 1) for v in ACHIEVE)
            if before < 0 or any(mark in text[before:at - 1] for mark in "。；;"):
                return start, name
            at = before
        lo = self._phrase_start(text, at, places)
        subject = text[lo:at]
        return (lo, subject + name) if len(subject) >= 2 and usable_name(subject) else (start, name)

    def _share_of(self, text: str, comma: int, name: str, places: SpansByStart) -> str:
        """A share written after the clause of the measure it is of (数字经济核心产业增加值达到942亿元，占GDP比重…): that
        measure's share (数字经济核心产业增加值占GDP比重); ``name`` where the clause names no measure before its value."""
        lo = max(text.rfind(mark, 0, comma) for mark in "。；;，,\n") + 1
        verb = _VALUE_VERB.search(text, lo, comma)
        measure = self._noun_phrase(text, verb.start(), places) if verb is not None else None
        if measure is None and verb is not None and (number := _DIGIT.search(text, verb.end(), comma)):
            measure = self._noun_phrase(text, number.start(), places)  # 全区实现海洋生产总值86.5亿元，占…: after the verb
            if measure is not None and measure[2] in GENERIC_MEASURES:  # 民营经济实现增加值318亿元，占…: its subject's
                subject = text[self._phrase_start(text, verb.start(), places):verb.start()]
                measure = (*measure[:2], subject + measure[2], measure[3]) if len(subject) >= 2 else None
        return measure[2] + name if measure is not None else name

    def _listed_names(self, text: str, start: int, end: int, places: SpansByStart) -> list[tuple[int, int, str]]:
        """The measures listed before the one at ``start:end`` (A、B和C分别…), in text order; a conjunct
        sharing the last one's tail (常住人口 of 常住人口和户籍人口城镇化率) ends the list (ANNOTATION 23)."""
        out: list[tuple[int, int, str]] = []
        last = text[start:end]
        while text[start - 1:start] in LIST_JOINS:
            span = self._noun_phrase(text, start - 1, places)
            if span is None or 0 <= last.find(span[2][-2:]) < len(last) - 2:
                break
            out.append(span[:3])
            start = span[0]
        return out[::-1]

    def _noun_phrase(self, text: str, end: int, places: SpansByStart = _NO_PLACES) -> tuple[int, int, str, bool] | None:
        """The indicator name ending at ``end``: a vocabulary head or a measure phrase.

        A head takes the qualifying words written before it (城镇居民人均可支配收入),
        but not a place (木渎镇常住人口 -> 常住人口).
        """
        if note := _SCOPE_NOTE.search(text, max(0, end - _NOTE_MAX), end):
            end = note.start()  # 固定资产投资（不含农户）: the note says what the figure counts, the name is before it
        start = category_start(self.categories, text, self._phrase_start(text, end, places), end)
        if start > 0 and text[start - 1].isdigit():
            return None  # a counted thing (12英寸晶圆月产能), not a named measure
        phrase = text[start:end]
        if _INNER_COUNT.search(phrase, 1):
            return None  # 新能源汽车、高端装备两条产业链规模分别…: several things measured one by one, no name
        head = first_ending(self.heads, self._heads, phrase, len(phrase))
        if head is not None and not (len(phrase) > len(head) and usable_name(phrase) and len(phrase) <= _NP_MAX):
            return end - len(head), end, head, True
        if head is not None:
            return start, end, phrase, True
        if phrase.endswith(self.head_suffixes) and 3 <= len(phrase) <= _NP_MAX and usable_name(phrase) \
                and (phrase not in self.head_suffixes or phrase in GENERIC_MEASURES):
            # 入学率、巩固率保持100%: the elided 巩固率 alone names nothing (营业收入 takes its subject later)
            return start, end, phrase, False
        return None

    def _phrase_start(self, text: str, end: int, places: SpansByStart) -> int:
        """Start of the noun phrase ending at ``end``: after numbers, stop words and places."""
        start = base = _NP_TAIL.search(text, max(0, end - _NP_MAX), end).start()  # the run of phrase characters
        for number in _LEADING_NUMBER.finditer(text[base:end]):
            inner = number.start() > 0 and not number.group().endswith(("年", "底", "末"))
            if not inner:  # a number inside the name stays (站点600米覆盖率); a year or a leading count goes
                start = max(start, base + number.end())
        for word in self._cut_words.present(text[start:end]):  # in order: each search starts after the last cut
            at = text.rfind(word, start, end)
            if at >= 0 and not _COMPARED.match(text, at + len(word)) and not inside_compound(text, at, word):
                start = max(start, at + len(word))
        head = first_ending(self.heads, self._heads, text, end) or ""
        start = min(start, end - len(head)) if head else start  # a stop word inside a head (PM2.5年均浓度)
        for lo, hi in places.starting_in(start, end):  # the loop moves start on, so only these can count
            if start <= lo < end and hi < end:
                start = max(start, hi)
        scope = _SCOPE.match(text, start, end)
        start = scope.end() if scope and scope.end() < end - 1 else start
        close = max(text.rfind(")", start, end), text.rfind("）", start, end))
        if close >= 0 and not ("(" in text[start:close] or "（" in text[start:close]):
            start = close + 1  # 顺德高新区(佛山国家高新区顺德园)规上工业总产值: a bracket's end opens no name
        count = _LEADING_COUNT.match(text, start, end)  # 四条重点产业链规模: the count of things measured goes
        return count.end() if count else start


def usable_name(name: str) -> bool:
    """A name, not a number or a header word left over from a broken table."""
    return len(name) >= 2 and not re.fullmatch(r"[\d.%\-]+", name)
