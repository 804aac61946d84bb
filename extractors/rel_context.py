"""What the relation rules look at: mentions by position, sentences, clauses, scopes, short names.

:class:`RelContext` is built once per document by ``kg_relations`` and
handed to every rule. Lookups are by position with ``bisect`` so the rules
stay linear in the number of mentions. The short forms a company is
referred to by are made in :mod:`extractors.company_cores`.

Example:
    >>> region_prefixes()["苏州"]
    ('苏州市',)
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache

from spacy.tokens import Doc

from extractors.base import KNOWN_FIRMS, document_of, mentions_of, relation, relations_of, text_of
from extractors.company_cores import company_core, company_forms
from extractors.pair_gate import occurrence_lists
from extractors.text_marks import MarkIndex, TakenSpans, WordHits
from schema import Label, Mention, RelationMention, RelType, Span

ADMIN = {Label.REGION, Label.TOWN, Label.VILLAGE}
ACTORS = {Label.ENTERPRISE, Label.ORGANIZATION}
#: What is built or developed: works and zones.
BUILT = {Label.PROJECT, Label.PARK}
#: What a place may hold (LOCATED_IN's sources), and the places (its targets).
LOCATABLE = BUILT | ACTORS
PLACES = {Label.TOWN, Label.REGION, Label.PARK}
_CLAUSE_MARKS = "，,；;。！？!?\n：:"
_BACK_REFERENCE = re.compile(r"该(?:项目|园区|基地|企业|公司)")


@lru_cache(maxsize=1)
def region_prefixes() -> dict[str, tuple[str, ...]]:
    """Name starts that say where a thing is: each province's and prefecture's name and short form
    (苏州, 上海市), and each county's full name (昆山市), mapped to the full names they stand for."""
    from extractors.gazetteer_data import load_gazetteer

    gz = load_gazetteer()
    found: dict[str, set[str]] = {}
    for area in gz.areas():
        forms = [area.name] if area.level == "county" else [area.name, area.short]
        for form in forms:
            if len(form) >= (3 if area.level == "county" else 2):
                found.setdefault(form, set()).add(area.name)
    return {form: tuple(sorted(names)) for form, names in found.items()}


def ancestors(parents: dict[tuple[Label, str], tuple[Label, str]], m: Mention) -> set[str]:
    """The names of the regions above ``m`` (its county, city, province), from the gazetteer's
    PART_OF edges of the document and the gazetteer's own records of the county and city."""
    from extractors.gazetteer_data import load_gazetteer

    gz, out, key = load_gazetteer(), set(), (m.label, m.name)
    while key in parents and key[1] not in out:
        key = parents[key]
        out.add(key[1])
    for name in list(out):
        for area in gz.counties.get(name, []) + gz.cities.get(name, []):
            out.update(x for x in (area.city, area.province) if x)
    return out


class RelContext:
    """Mentions sorted by start, with sentence, clause, paragraph and heading lookups."""

    def __init__(self, doc: Doc, lead_max: int = 40) -> None:
        self.doc = doc
        self.document = document_of(doc)
        self.text = text_of(doc)
        self.lead_max = lead_max
        self.ms = sorted(mentions_of(doc), key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.ms]
        self.sent_starts = [s.start for s in self.document.sentences]
        self.marks = MarkIndex(self.text, _CLAUSE_MARKS).positions
        self._lead_marks = MarkIndex(self.text, "。；;")
        self.parents = self._gazetteer_parents()
        self.companies = self._companies()
        self.refs = self._with_short_refs()
        self.ref_starts = [m.start for m in self.refs]
        covered = {id(m) for m in self.ms if m.label in ADMIN and any(
            r.rule == "ref.short_form" and r.start <= m.start and m.end <= r.end for r in self.within_refs(m))}
        if covered:
            self.ms = [m for m in self.ms if id(m) not in covered]
            self.starts = [m.start for m in self.ms]
            self.refs = self._with_short_refs()
        self.ref_starts = [m.start for m in self.refs]
        self._by_labels: dict[tuple[frozenset[Label] | None, bool], tuple[list[Mention], list[int]]] = {}
        self._names_within: dict[tuple[int, int, Label], set[str]] = {}
        self._word_hits: dict[tuple[str, ...], WordHits] = {}

    # -- positions ---------------------------------------------------------

    def within_refs(self, m: Mention) -> list[Mention]:
        """Short-name references starting up to 8 characters before ``m`` and overlapping it."""
        starts = self.ref_starts
        lo, hi = bisect_left(starts, m.start - 8), bisect_right(starts, m.start)
        return [r for r in self.refs[lo:hi] if r.end > m.start]

    def within(self, start: int, end: int, labels: set[Label] | None = None, *, refs: bool = False) -> list[Mention]:
        """Mentions (or mentions plus short-name references) inside ``[start, end)``."""
        ms, starts = (self.refs, self.ref_starts) if refs else (self.ms, self.starts)
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return [m for m in ms[lo:hi] if m.end <= end and (labels is None or m.label in labels)]

    def _labelled(self, labels: set[Label] | None, refs: bool) -> tuple[list[Mention], list[int]]:
        """The mentions (or references) of ``labels`` in order, with their starts: made once per label set."""
        key = (frozenset(labels) if labels is not None else None, refs)
        found = self._by_labels.get(key)
        if found is None:
            ms = [m for m in (self.refs if refs else self.ms) if labels is None or m.label in labels]
            found = self._by_labels[key] = (ms, [m.start for m in ms])
        return found

    def last_within(self, start: int, end: int, labels: set[Label] | None = None, *,
                    refs: bool = False) -> Mention | None:
        """``within(start, end, labels, refs=refs)[-1]`` (None if empty), without listing the others."""
        ms, starts = self._labelled(labels, refs)
        i = bisect_left(starts, end) - 1
        while i >= 0 and starts[i] >= start:
            if ms[i].end <= end:
                return ms[i]
            i -= 1
        return None

    def iter_within(self, start: int, end: int, labels: set[Label] | None = None, *,
                    refs: bool = False) -> Iterator[Mention]:
        """The mentions of ``within(start, end, labels, refs=refs)``, in order, found as they are asked for."""
        ms, starts = self._labelled(labels, refs)
        i = bisect_left(starts, start)
        while i < len(ms) and starts[i] < end:
            if ms[i].end <= end:
                yield ms[i]
            i += 1

    def first_within(self, start: int, end: int, labels: set[Label] | None = None, *,
                     refs: bool = False) -> Mention | None:
        """``within(start, end, labels, refs=refs)[0]`` (None if empty)."""
        return next(self.iter_within(start, end, labels, refs=refs), None)

    def next_after(self, pos: int, *, refs: bool = False) -> Mention | None:
        """The first mention starting at or after ``pos``."""
        ms, starts = (self.refs, self.ref_starts) if refs else (self.ms, self.starts)
        i = bisect_left(starts, pos)
        return ms[i] if i < len(ms) else None

    def ending_at(self, pos: int, *, refs: bool = False) -> Mention | None:
        """The mention that ends exactly at ``pos`` (the latest starting one)."""
        ms, starts = (self.refs, self.ref_starts) if refs else (self.ms, self.starts)
        i = bisect_right(starts, pos) - 1
        while i >= 0 and pos - ms[i].start <= 40:
            if ms[i].end == pos:
                return ms[i]
            i -= 1
        return None

    def sentence(self, pos: int) -> Span:
        """The sentence holding ``pos`` (the line as a fallback)."""
        i = bisect_right(self.sent_starts, pos) - 1
        if i >= 0:
            span = self.document.sentences[i]
            if span.start <= pos < span.end:
                return span
        lo = self.text.rfind("\n", 0, pos) + 1
        hi = self.text.find("\n", pos)
        return Span(start=lo, end=len(self.text) if hi < 0 else hi)

    def sentences_from(self, lead: int, pos: int) -> Span:
        """The sentences from the one holding ``lead`` (a paragraph's lead naming the town, park or chain
        of a context rule) to the one holding ``pos``, or back: the evidence of a fact whose two sides
        are in different sentences of one paragraph or section (the sentence of ``pos`` if the same)."""
        here, there = self.sentence(pos), self.sentence(lead)
        if here.start == there.start:
            return here
        return Span(start=min(here.start, there.start), end=max(here.end, there.end))

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause (between commas, semicolons, full stops) holding ``pos``."""
        i = bisect_left(self.marks, pos)
        lo = self.marks[i - 1] + 1 if i > 0 else 0
        return lo, self.marks[i] if i < len(self.marks) else len(self.text)

    def paragraphs(self) -> Iterable[tuple[int, int]]:
        """Non-empty lines as ``(start, end)``."""
        pos = 0
        for line in self.text.split("\n"):
            if line.strip():
                yield pos, pos + len(line)
            pos += len(line) + 1

    def lead(self, start: int, end: int) -> tuple[int, int] | None:
        """The first sentence of a paragraph when short enough to act as its heading."""
        first = self._lead_marks.first_from(start)  # the least text.find(c, start, end) of 。；; found
        stop = first if 0 <= first < end else end
        return (start, stop) if 0 < stop - start <= self.lead_max and stop < end else None

    def heading_scopes(self) -> Iterable[tuple[tuple[int, int], tuple[int, int]]]:
        """``((heading_start, heading_end), (body_start, body_end))`` of every section."""
        for sec in self.document.sections:
            if sec.heading_end > sec.heading_start:
                yield (sec.heading_start, sec.heading_end), (sec.heading_end, sec.end)

    # -- gazetteer and companies -------------------------------------------

    def _gazetteer_parents(self) -> dict[tuple[Label, str], tuple[Label, str]]:
        parents: dict[tuple[Label, str], tuple[Label, str]] = {}
        for r in relations_of(self.doc):
            if r.rule.startswith("gazetteer") and r.type.value == "PART_OF":
                parents.setdefault((r.source.label, r.source.name), (r.target.label, r.target.name))
        return parents

    def parent_of(self, m: Mention) -> tuple[Label, str] | None:
        """The gazetteer parent of an administrative mention."""
        return self.parents.get((m.label, m.name))

    def _companies(self) -> dict[str, str]:
        """Short forms of the enterprises named in full and of those other documents register whose short forms the
        text writes (:data:`KNOWN_FIRMS`: 新洁能功率半导体封测基地 opens with one), by :func:`company_forms`."""
        named = [(m.name, m.end) for m in self.ms if m.label == Label.ENTERPRISE]
        known = sorted(set(self.doc.user_data.get(KNOWN_FIRMS, {}).values()))
        return company_forms(self.text, named + [(name, -1) for name in known])

    @cached_property
    def cores_by_head(self) -> dict[str, list[tuple[str, str]]]:
        """``(full name, core)`` of the companies, by core length then name, under the core's first two
        characters (a name shares two or more first characters only with the cores under its own)."""
        out: dict[str, list[tuple[str, str]]] = {}
        for full in sorted(set(self.companies.values()), key=lambda f: (len(company_core(f)), f)):
            out.setdefault(company_core(full)[:2], []).append((full, company_core(full)))
        return out

    @cached_property
    def towns_by_name(self) -> dict[str, Mention]:
        """The town mentions by name (the last one of each name), made once per document."""
        return {t.name: t for t in self.ms if t.label == Label.TOWN}

    @cached_property
    def park_forms(self) -> frozenset[str]:
        """The parks' names and forms as written, made once per document."""
        return frozenset(f for m in self.ms if m.label == Label.PARK for f in (m.name, m.text))

    @cached_property
    def back_references(self) -> list[int]:
        """Where 该项目/该园区/该基地/该企业/该公司 start (the 该 forms never overlap), found once per document."""
        return [hit.start() for hit in _BACK_REFERENCE.finditer(self.text)]

    @cached_property
    def list_marks(self) -> MarkIndex:
        """The enumeration commas (、) of the text."""
        return MarkIndex(self.text, "、")

    def word_hits(self, words: tuple[str, ...]) -> WordHits:
        """The occurrences of ``words`` in the text, found once per document and word set."""
        hits = self._word_hits.get(words)
        if hits is None:
            hits = self._word_hits[words] = WordHits(self.text, words)
        return hits

    def names_within(self, start: int, end: int, label: Label) -> set[str]:
        """The names of the ``label`` mentions of ``within(start, end, {label})``, made once per span."""
        key = (start, end, label)
        names = self._names_within.get(key)
        if names is None:
            names = self._names_within[key] = {m.name for m in self.within(start, end, {label})}
        return names

    def owner_of(self, name: str) -> str | None:
        """The full company a name refers to: itself, a short form, or a shared-prefix core."""
        if name in self.companies.values():
            return name
        return self.companies.get(name)

    def _blocked(self, s: int, e: int) -> bool:
        """Whether a mention overlaps ``[s, e)``, other than a shorter place inside it (泾渭 in 泾渭重卡)."""
        lo, hi = bisect_left(self.starts, s - 40), bisect_left(self.starts, e)
        for m in self.ms[lo:hi]:
            if m.end > s and m.start < e and not (m.label in ADMIN and s <= m.start and m.end <= e and m.end - m.start < e - s):
                return True
        return False

    @cached_property
    def short_form_spans(self) -> list[tuple[str, list[tuple[int, int]]]]:
        """The short forms of ``companies`` that may stand for a company, each with its occurrences in
        the text (each as ``re.finditer(re.escape(form), self.text)``): found once, though
        ``_with_short_refs`` runs twice when a reference covers an administrative mention."""
        forms = [form for form, full in self.companies.items() if len(form) >= 3 or form == company_core(full)]
        found = occurrence_lists(forms, self.text)
        return [(form, found[form]) for form in forms]

    def _with_short_refs(self) -> list[Mention]:
        """Mentions plus references to known companies by short form where no mention stands."""
        extra: list[Mention] = []
        taken = TakenSpans(len(self.text))  # the spans of ``extra`` (forms are never empty)
        for form, spans in self.short_form_spans:
            full = self.companies[form]
            for s, e in spans:
                if self._blocked(s, e):
                    continue
                if self.text[e:e + 1] in ("有", "科", "股", "集") or taken.overlaps(s, e):
                    continue
                extra.append(Mention(label=Label.ENTERPRISE, text=form, name=full, start=s, end=e, rule="ref.short_form"))
                taken.add(s, e)
        return sorted(self.ms + extra, key=lambda m: (m.start, m.end))


def sentence_relation(ctx: RelContext, rel: RelType, src: tuple[Label, str], dst: tuple[Label, str], at: int,
                      rule: str) -> RelationMention:
    """A relation mention with the sentence holding ``at`` as its evidence span."""
    return relation(rel, src, dst, ctx.sentence(at), rule)


def key_of(m: Mention) -> tuple[Label, str]:
    """The ``(label, name)`` a relation refers to ``m`` by."""
    return (m.label, m.name)


#: A sum invested, after 投资 or 出资 (约1.2亿元, 超过5000万元, 30余亿元, 1.8亿美元): the rules reading who builds and where.
AMOUNT = r"(?:约|超|近|超过)?[\d.]+(?:多|余)?(?:亿|万)?(?:美)?元"

def located_chain_end(ctx: RelContext, first: Mention) -> Mention | None:
    """What a chain opening at ``first`` locates in: its most specific place, or the town before a village that
    ends it (位于永安镇凤凰村: 永安镇; a village is no LOCATED_IN target); None for a village alone."""
    place = place_chain_end(ctx, first)
    if place.label != Label.VILLAGE:
        return place
    town = ctx.ending_at(place.start)
    return town if place is not first and town is not None and town.label == Label.TOWN else None


def place_chain_end(ctx: RelContext, first: Mention) -> Mention:
    """The most specific place of an adjacent chain (上海市嘉定区安亭镇 -> 安亭镇)."""
    last = first
    while True:
        nxt = ctx.next_after(last.end)
        if nxt is None or nxt.start != last.end or nxt.label not in ADMIN | {Label.PARK}:
            return last
        last = nxt


def places_listed_after(ctx: RelContext, first: Mention) -> list[Mention]:
    """The places of the same kind listed right after ``first`` (位于索河街道、玉贤街道境内: 玉贤街道 too)."""
    out: list[Mention] = []
    end = first.end
    while ctx.text[end:end + 1] in _LIST_JOINERS:
        nxt = ctx.first_within(end + 1, end + 12, {first.label})
        if nxt is None or nxt.start != end + 1:
            break
        out.append(nxt)
        end = nxt.end
    return out


#: What joins the places of a list (索河街道、玉贤街道, 蔡甸街道和奓山街道).
_LIST_JOINERS = ("、", "和", "及", "与")
