"""``kg_indicators``: indicators and the values or targets documents set for them.

Two sources:

- indicator tables (``Document.tables``), read by
  :func:`extractors.indicator_tables.read_table`: one Indicator mention per row
  and a ``SETS_TARGET`` from the Document, and from the Policy of the plan part
  holding the table, with unit, baseline year and value, target year and value,
  nature (预期性/约束性) and field;
- sentences such as 地区生产总值增长6.5% or 国家高新技术企业达到530家: a head noun
  from the vocabulary (or a noun phrase ending in a measure word such as 覆盖率;
  read by :mod:`extractors.indicator_phrases`), a verb, a number and a unit. The
  year comes from the sentence, the section heading or the document date; a past
  year (or 十三五/以来) makes it a baseline.

The vocabulary lives in ``data/indicator_vocab.yml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extractors.base import document_of, mentions_of, relations_of, sentence_span, text_of
from extractors.indicator_years import IndicatorYears, Sections
from extractors.indicator_statements import (
    COMPARED_YEAR,
    GROWTH_AFTER,
    LIST_JOINS,
    ONE_PROJECT,
    PERIOD,
    PROJECT_FIGURES,
    SCOPES,
    YEAR,
    full_measure,
    listed_growths,
    last_word,
    one_firms_sentence,
    paired_values,
    carried_scope,
    scope_before,
    sentence_start_of,
    value_hits,
    year_of,
)
from extractors.indicator_phrases import IndicatorPhrases, usable_name
from extractors.indicator_tables import VOCAB, Row, TableVocab, read_table
from extractors.stat_tables import StatRow, read_stat_table
from extractors.matching import OrderedWords
from extractors.base import load_yaml
from extractors.policy_names import policy_name
from extractors.text_marks import Covered, SpansByStart
from schema import Document, EntityRef, Label, Mention, RelationMention, RelType, Span
from schema.document import lazy_section_finder

_NUMBER = r"\d+(?:\.\d+)?"
#: :data:`_NUMBER` where no digit comes before: ``(?<!\d)`` + it, written so that ``re`` looks for a match only
#: at digits (a pattern opening with a look-behind is tried at every position, three times slower).
_NUMBER_AT_RUN = r"\d(?<!\d\d)\d*(?:\.\d+)?"
_PLACES = (Label.REGION, Label.TOWN, Label.VILLAGE)
#: Measures that a number may follow without a verb (高原夏菜外销量86.5万吨, 集成电路产业产值1620亿元);
#: not a capacity (年产能30万吨), which is no indicator.
_VERBLESS_EXCLUDED = ("产能",)
#: A bound a value is written after, and the obligation of a condition (申报企业须…不低于100万元): an eligibility rule.
_AT_LEAST = ("不低于", "不少于", "不高于", "不超过", "不得低于", "不得少于")
_MUST = re.compile(r"须|必须|应当|应具备|需具备|需满足")
#: What a contribution to another measure's growth is written after (拉动全区规上工业产值增长7.4个百分点).
_PULLS = ("拉动", "拉动全区", "拉动全市", "拉动全县", "带动", "带动全区", "带动全市")
_DIGIT = re.compile(r"\d")
#: A value's condition going on after it, then closed by 的 (达到1亿元以上且按期投产的，…: a condition of support), or a
#: range closed by 的 (税收5000万元至1亿元的楼宇: a class of things).
_AND_CONDITION = re.compile(r"且[^。，,；;]{1,20}的[，,]|至[\d.]+[万亿]?元的")  # (对税收5000万元至1亿元的楼宇: a class)
#: The year's goal a reached value is measured against (2.86万人，完成年度目标2.6万人的110%): its target.
_YEARS_GOAL = re.compile(r"[，,]?(?:完成|为|达到)(?:年度|全年)(?:目标|计划)(?:任务)?([\d.]+)([^\d\s，,。；;的]{1,4})的")
#: A target's nature noted after its value (历史建筑保护修缮率达到100%（约束性）, （约束）).
_NATURE_NOTE = re.compile(r"[（(](约束|预期)性?(?:指标)?[）)]")
def _nature(text: str, start: int, end: int, past: bool) -> dict[str, str]:
    """The nature of a target whose value ends at ``end`` in the sentence from ``start``: noted after it, else 约束性 said
    in its own clause (…；约束性指标是单位地区生产总值能耗下降3%), else 预期性 in a sentence of expected targets (主要预期
    目标是：…; not …能耗下降完成市下达的约束性任务；城镇调查失业率…, 约束性 another clause's); {} for a value reached."""
    if past:
        return {}
    if note := _NATURE_NOTE.match(text, end):
        return {"nature": note.group(1) + "性"}
    clause = max(text.rfind("；", start, end), text.rfind(";", start, end), start)
    if "约束性" in text[clause:end]:
        return {"nature": "约束性"}
    return {"nature": "预期性"} if "预期目标" in text[start:end] or "预期性" in text[start:end] else {}


#: The document's section at an offset (:func:`schema.document.lazy_section_finder`).


@dataclass
class IndicatorFinding:
    """One indicator with its value: the name span, evidence span and properties."""

    name: str
    start: int
    end: int
    evidence: Span
    rule: str
    properties: dict[str, str | int | bool] = field(default_factory=dict)


class IndicatorFinder(IndicatorPhrases, IndicatorYears):
    """Find indicators in tables and sentences, with the targets set for them."""

    def __init__(self, nlp: Language | None = None, name: str = "kg_indicators", *,
                 vocab_path: str | None = None) -> None:
        self.name = name
        data = load_yaml(Path(vocab_path) if vocab_path else VOCAB)
        self.table_vocab = TableVocab.from_data(data)
        longest = lambda words: sorted(set(words), key=lambda w: (-len(w), w))  # noqa: E731  (one order in every process)
        self.heads = longest(data["heads"])
        self.head_suffixes = tuple(longest(data["head_suffixes"]))
        self.categories = tuple(longest(data.get("statistical_categories", [])))
        self._heads = tuple(self.heads)  # for one endswith before the walk for the longest
        self.verbs = longest(data["verbs"])
        self.growth_verbs = frozenset(data["growth_verbs"])
        self.to_verbs = tuple(v for v in self.verbs if v.endswith(("到", "至")))  # 增加到, 下降至: a level follows
        self.qualifiers = longest(data["value_qualifiers"])
        self.adverbs = longest(data["value_adverbs"])
        self.tails = longest(data["target_tails"])
        self.stop_words = longest(data["stop_words"])
        self.past_markers = tuple(data["past_markers"])
        self.goal_markers = tuple(data["goal_markers"])
        self._cut_words = OrderedWords(self.stop_words + self.qualifiers + self.verbs)  # a phrase starts after one
        units = "|".join(map(re.escape, self.table_vocab.units))
        value = "[ \\u3000]?(" + units + ")(" + "|".join(self.tails) + ")?"
        self._value = re.compile(f"({_NUMBER}){value}")
        #: The same, only where no digit comes before (None if a unit starts with a digit: see :func:`value_hits`).
        self._value_at_run = None if any(_DIGIT.match(u) for u in self.table_vocab.units) else (
            re.compile(f"({_NUMBER_AT_RUN}){value}"))
        heads = "|".join(map(re.escape, self.heads))
        self._in_step = re.compile(f"({heads})(?:增长)?({data['in_step_pattern']})")

    def __call__(self, doc: Doc) -> Doc:
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    def match(self, doc: Doc) -> list[IndicatorFinding]:
        """Table rows first, then sentences (skipping names a plan table already gives, and the values a statistical
        table does: a sentence's target for one of its rows is kept, 主要预期目标为：地区生产总值增长6%左右)."""
        document = document_of(doc)
        found, stated = self._table_findings(document), self._sentence_findings(doc, document)
        for f in found + stated:
            f.name = full_measure(f.name)  # 规上工业总产值 is 规模以上工业总产值, written short (an alias)
        planned = {f.name for f in found if f.rule != "indicator.stat_table"}
        reported = {f.name for f in found} - planned
        return found + [f for f in stated if f.name not in planned
                        and (f.name not in reported or "target_value" in f.properties)]

    def set_annotations(self, doc: Doc, matches: list[IndicatorFinding]) -> None:
        """One Indicator mention and one SETS_TARGET per setter (Document, plan part)."""
        document = document_of(doc)
        mentions, relations = mentions_of(doc), relations_of(doc)
        for f in matches:
            mentions.append(Mention(label=Label.INDICATOR, text=text_of(doc)[f.start:f.end], name=f.name,
                                    start=f.start, end=f.end, rule=f.rule))
            relations.extend(self._targets(document, f))

    def _targets(self, document: Document, f: IndicatorFinding) -> list[RelationMention]:
        setters = [(Label.DOCUMENT, document.doc_id)]
        part = next((p for p in document.parts if p.start <= f.start < p.end), None)
        if part is not None:
            setters.append((Label.POLICY, policy_name(part.title)))
        # Built directly: ``target`` is both a property name and an argument of base.relation.
        return [RelationMention(type=RelType.SETS_TARGET,
                                source=EntityRef(label=label, name=name),
                                target=EntityRef(label=Label.INDICATOR, name=f.name),
                                start=f.evidence.start, end=f.evidence.end, rule=f.rule,
                                properties=dict(f.properties)) for label, name in setters]

    # -- tables ------------------------------------------------------------------

    def _table_findings(self, document: Document) -> list[IndicatorFinding]:
        out = []
        for table in document.tables:
            rows = read_table(table, self.table_vocab, document.text)
            out.extend(_from_row(row) for row in rows if usable_name(row.name))
            if not rows:  # no plan table: a statistical one (指标 单位 1—10月 同比增长)
                out.extend(self._stat_finding(document, row) for row in read_stat_table(table, document.text)
                           if usable_name(row.name))
        return out

    def _stat_finding(self, document: Document, row: StatRow) -> IndicatorFinding:
        """A statistical table's row: a reported value (baseline) of its column's year, else of the title's or
        the document's, with the growth and the period."""
        years = YEAR.findall(document.title or "")
        year = row.year or (int(years[-1]) if years else year_of(document.date))
        props: dict[str, str | int | bool] = {"unit": row.unit, "baseline": row.value, "growth": row.growth,
                                              "period": row.period, "change": row.change}
        if row.goal is not None:  # beside a growth column, a level's goal is its growth rate (全年目标（%）)
            props |= {"growth_target" if row.goal_rate else "target_value": row.goal,
                      "growth_target_year" if row.goal_rate else "target_year": row.goal_year or year}
        props = {k: v for k, v in props.items() if v is not None}
        if year is not None:  # the year the row reports, also of a growth alone (固定资产投资 — — 8.9)
            props["baseline_year"] = year
        return IndicatorFinding(row.name, row.name_start, row.name_end, Span(start=row.start, end=row.end),
                                "indicator.stat_table", props)

    # -- sentences -----------------------------------------------------------------

    def _sentence_findings(self, doc: Doc, document: Document) -> list[IndicatorFinding]:
        text, out = text_of(doc), []
        tables = Covered([(t.start, t.end) for t in document.tables])
        places = SpansByStart([(m.start, m.end) for m in mentions_of(doc) if m.label in _PLACES])
        # a phrase starting with, inside or right after a company's name (…有限公司产值增长46.2%): one firm's figure
        firms = Covered([(m.start, m.end + 1) for m in mentions_of(doc) if m.label == Label.ENTERPRISE])
        firm_starts = frozenset(m.start for m in mentions_of(doc) if m.label == Label.ENTERPRISE)
        scoped = {m.end: m.name for m in mentions_of(doc) if m.label in SCOPES}  # a figure's town, village or park
        sections = lazy_section_finder(document)
        last: tuple[int, str, int] = (-1, "", 0)  # the sentence start, scope and start of the last scoped figure
        scope_ends = sorted(scoped)
        for hit in value_hits(self._value, self._value_at_run, text):
            if tables.holds(hit.start()):
                continue
            found = self._sentence_finding(doc, document, hit, places, sections, (firms, firm_starts))
            scope = scope_before(text, found[0].start, scoped) if found else None
            if found and scope is None and carried_scope(text, found[0].start, last[0]) \
                    and bisect_left(scope_ends, found[0].start) == bisect_left(scope_ends, last[2]):
                scope = last[1]  # 园区实现X…；完成Y…；实现Z…: the park's too (not past another town: …；朱沱镇受…影响，Z…)
            if found:  # (a figure of the whole area between ends the carrying: 开发区…；全区完成B…；实现C…)
                last = (sentence_start_of(text, found[0].start), scope, found[0].start) if scope else (-1, "", 0)
            out.extend(f if scope is None else replace(f, properties=f.properties | {"scope": scope}) for f in found)
        return out + self._in_step_findings(doc, document, tables, places, sections)

    def _in_step_findings(self, doc: Doc, document: Document, tables: Covered,
                          places: SpansByStart, sections: Sections) -> list[IndicatorFinding]:
        """Qualitative targets tying a measure to growth: 居民人均可支配收入与经济发展同步增长."""
        text, out = text_of(doc), []
        for hit in self._in_step.finditer(text):
            span = self._noun_phrase(text, hit.end(1), places)
            if span is None or tables.holds(hit.start()):
                continue
            start, end, name, _ = span
            evidence = sentence_span(doc, start, hit.end())
            year, past = self._year(document, text[evidence.start:hit.start()], start, sections)
            if not past:
                props: dict[str, str | int | bool] = {"target_value": hit.group(2)}
                out.append(IndicatorFinding(name, start, end, evidence, "indicator.in_step",
                                            props | ({"target_year": year} if year else {})))
        return out

    def _sentence_finding(self, doc: Doc, document: Document, hit: re.Match[str], places: SpansByStart,
                          sections: Sections, firms: tuple[Covered, frozenset[int]]) -> list[IndicatorFinding]:
        """The measures a value of a sentence sets (``firms``: the spans and starts of the text's enterprises)."""
        text = text_of(doc)
        pos, verb, adverb = self._strip_left(text, hit.start())
        earlier = _FROM_LEVEL.search(text, max(0, pos - 20), pos) if verb in self.verbs and hit.group(2) != "年" else None
        pos = earlier.start() if earlier else pos  # 本地配套率由2022年的18%|提高到40%: the level it rises from
        if earlier and (hope := _GOAL_ADVERB.search(text, max(0, pos - 4), pos)):
            pos = hope.start()  # 本地配套率有望|从目前的32%提高到45%以上
        name_span = self._noun_phrase(text, pos, places) or self._full_conjunct(text, pos, places)
        if name_span is None:
            return []
        start, end, name, from_vocab = name_span
        start, name = self._with_subject(text, start, name, places)
        if self._no_measure(text, hit, (start, end, name), verb, from_vocab, firms):
            return []
        evidence = sentence_span(doc, start, hit.end())
        before = self._said_before(text, evidence.start, hit.start())
        if earlier:  # the level risen from dates nothing (由2020年底的78%, 从目前的32%)
            before = before.replace(earlier.group(), "", 1)
        dated = self._dated_level(text, hit.start())
        year, past = self._year(document, before, start, sections, int(dated.group(1)) if dated else None)
        if past and verb in self.growth_verbs and "年均" in text[end:hit.start()]:
            return []  # “十三五”时期，地区生产总值年均增长6.3%: a past period's average, no year's growth
        names: list[tuple[int, int, str]] = [(start, end, name)]
        values: list[re.Match[str] | None] = [hit]
        listed = [hit]
        if adverb is not None:  # 规模以上工业增加值、社会消费品零售总额分别增长10.5%和8.2%
            names, listed = self._listed_names(text, start, end, places) + names, self._listed_values(text, hit)
            values = paired_values(adverb, len(names), listed)
        period = [p.group() for p in PERIOD.finditer(text, evidence.start, hit.start())][-1:]
        past = past or bool(period) and last_word(text[evidence.start:hit.start()], self.goal_markers) < 0  # 1—5月，…
        found = [IndicatorFinding(n, s, e, evidence, "indicator.sentence",
                                  self._figures(v, verb, year, past) | ({"period": period[0]} if period else {})
                                  | _nature(text, evidence.start, v.end(), past))
                 for (s, e, n), v in zip(names, values) if v is not None]
        if earlier and len(found) == 1 and not past:
            found[0].properties.update(baseline=earlier.group(2), **({"baseline_year": int(earlier.group(1))}
                                                                     if earlier.group(1) else {}))
        if past and len(found) == 1 and (goal := _YEARS_GOAL.match(text, hit.end())) and goal.group(2) == hit.group(2):
            found[0].properties.update(target_value=goal.group(1), **({"target_year": year} if year else {}))
        if adverb == "分别" and verb not in self.growth_verbs and (growths := listed_growths(text, listed[-1].end())):
            for finding, change in zip(reversed(found), reversed(growths)):  # the lists aligned at their ends
                finding.properties["growth"] = change
            return found
        growth = GROWTH_AFTER.match(text, hit.end()) if len(found) == 1 and verb not in self.growth_verbs else None
        if growth is not None:  # 地区生产总值1186.52亿元，比上年增长6.1%
            found[0].properties["growth"] = ("-" if growth.group(1) in ("下降", "降低", "减少") else "") + growth.group(2)
        return found

    def _no_measure(self, text: str, hit: re.Match[str], span: tuple[int, int, str], verb: str | None,
                    from_vocab: bool, firms: tuple[Covered, frozenset[int]]) -> bool:
        """Whether the value ``hit`` after the measure ``span`` (start, end, name) measures nothing of the place: one
        project's or one firm's figure, a measure without a verb not written right before its number, a condition
        of support or one an applicant must meet, an industry's pull on the growth (``firms``: as
        :meth:`_sentence_finding`)."""
        start, end, name = span
        sentence_start = sentence_start_of(text, start)
        if any(w in text[max(0, start - 12):end] for w in PROJECT_FIGURES) or firms[0].holds(start) \
                or name.startswith(("公司", "该公司", "该企业")) \
                or ONE_PROJECT.search(text, sentence_start, start) or one_firms_sentence(text, sentence_start, firms[1]):
            return True  # 达产后可实现年产值120亿元: one project's expected output (NOTES 15), no measure of the place
        if verb is None and not from_vocab and (name.endswith(_VERBLESS_EXCLUDED) or text[hit.start() - 1:hit.start()] != name[-1:]):
            return True  # without a verb only a measure written right before its number
        if text.startswith("的", hit.end()) and (hit.group(3) in ("以上", "及以上", "以下")
                                               or text[hit.end() + 1:hit.end() + 2] in ("，", ",")) \
                or _AND_CONDITION.match(text, hit.end()):  # (…达到1亿元以上且按期投产的，按…给予补助)
            return True  # 对固定资产投资5000万元以上的制造业项目, 营业收入达到5000万元的，给予…: a condition of support, no
            # target (…6%左右的预期目标 is one)
        if text.endswith(_AT_LEAST, 0, hit.start()) and _MUST.search(text, sentence_start, start):
            return True  # 申报企业须…研发费用总额不低于100万元: a condition an applicant must meet, no measure of the place
        if hit.group(2) == "个百分点" and text.endswith(_PULLS, 0, start):
            return True  # 拉动全区规上工业产值增长7.4个百分点: one industry's share in the growth, no measure of its own
        return False

    def _figures(self, hit: re.Match[str], verb: str | None, year: int | None, past: bool) -> dict[str, str | int | bool]:
        """The SETS_TARGET properties of one value: unit, change, and the value as baseline or target."""
        props: dict[str, str | int | bool] = {"unit": hit.group(2)}
        value = hit.group(1) + (hit.group(3) or "")
        if verb in self.growth_verbs:
            props["change"] = verb
        if past:
            props.update(baseline=value, **({"baseline_year": year} if year else {}))
        else:
            props.update(target_value=value, **({"target_year": year} if year else {}))
        return props

    def _listed_values(self, text: str, hit: re.Match[str]) -> list[re.Match[str]]:
        """``hit`` and the values joined to it (10.5%、9.1%和8.2%)."""
        out = [hit]
        while text[out[-1].end():out[-1].end() + 1] in LIST_JOINS:
            found = self._value.match(text, out[-1].end() + 1)
            if found is None:
                break
            out.append(found)
        return out

    def _dated_level(self, text: str, pos: int) -> re.Match[str] | None:
        """The year written between a verb of rising or falling to a level and the level at ``pos``
        (由2016年的780亿元增加到|2020年的|1050亿元): the level's own year."""
        dated = _VALUE_YEAR.search(text, max(0, pos - 8), pos)
        return dated if dated and any(text.endswith(w, 0, dated.start()) for w in self.to_verbs) else None

    def _strip_left(self, text: str, pos: int) -> tuple[int, str | None, str | None]:
        """Step left over qualifiers, the verb and an adverb (分别, 均) in front of the number."""
        verb = adverb = None
        dated = self._dated_level(text, pos)
        pos = dated.start() if dated else pos
        for _ in range(3):
            word = next((w for w in self.qualifiers + (self.adverbs if verb else []) if text.endswith(w, 0, pos)), None)
            if word is None and verb is None:
                word = next((w for w in self.verbs if text.endswith(w, 0, pos)), None)
                verb = word
            if word is None:
                break
            adverb = word if word in self.adverbs else adverb
            pos -= len(word)
        compared = COMPARED_YEAR.search(text, max(0, pos - 10), pos) if verb else None
        pos = compared.start() if compared else pos
        milestone = _MILESTONE.search(text, max(0, pos - 16), pos) if verb else None
        pos = milestone.start() if milestone else pos  # 地区生产总值突破千亿大关，|达到1006.3亿元
        abbreviation = _ABBREVIATION.search(text, max(0, pos - 10), pos)  # 地区生产总值（GDP）1236.5亿元
        return (abbreviation.start() if abbreviation else pos), verb, adverb

#: The level a measure rises or falls from, between its name and its verb (由2022年的18%, 由18%).
_FROM_LEVEL = re.compile(r"[由从](?:目前的?|现在的?|当前的?)?(?:(20\d{2})年(?:底|末)?的?)?(\d+(?:\.\d+)?)(?:%|个|家|万|亿)?[\u4e00-\u9fff]{0,2}?$")
#: The year of a level a measure rises or falls to, between the verb and the value (增加到2020年的1050亿元).
_VALUE_YEAR = re.compile(r"(20\d{2})年(?:底|末)?的?$")
#: A goal's adverb between a measure and the level it rises from (本地配套率有望从目前的32%提高到45%).
_GOAL_ADVERB = re.compile(r"(?:有望|可望|将|预计|力争|计划)$")
#: A measure's abbreviation in brackets between it and its value (地区生产总值（GDP）).
_ABBREVIATION = re.compile(r"[（(][A-Za-z]{2,8}[)）]$")
#: A round milestone written in words before the figure's own clause (突破千亿大关，达到1006.3亿元; 首次迈上千亿台阶，).
_MILESTONE = re.compile(r"(?:首次|成功|一举)?(?:突破|迈上|跨上|跃上|站上|超过|超)[一二两三四五六七八九十百千万]+亿元?(?:大关|台阶|级)?[，,]$")


def _from_row(row: Row) -> IndicatorFinding:
    return IndicatorFinding(row.name, row.name_start, row.name_end, Span(start=row.start, end=row.end),
                            "indicator.table_row", row.properties())
