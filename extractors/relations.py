"""``kg_relations``: LOCATED_IN, IN_CHAIN, DEVELOPS, COOPERATES_WITH, SUBSIDIARY_OF and stages.

Runs after ``kg_overlaps`` on the final mentions. Each rule is a small
function over paragraphs and sentences; rule names go into the evidence.

- LOCATED_IN: a paragraph led by a town (积极推进双街示范镇建设。) or a
  heading naming one places the projects and parks under it there; a name
  that starts with a town or district (双街都市绿谷, 北辰经济技术开发区) is
  located there; 位于/落户/坐落于 + place.
- IN_CHAIN: a paragraph led by a chain (成套装备制造产业链。/ 一是发展…产业)
  or a sentence naming chains links the enterprises, projects and parks in it.
- DEVELOPS: phase names (SMC二期 <- SMC) and names starting with an
  enterprise's name.
- COOPERATES_WITH: "X与Y合作/共建/签约…", and "与Y合作" with the document's
  district as subject.
- SUBSIDIARY_OF: "X下属/旗下(的)Y", "Y是X的子公司".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Doc

from extractors.base import document_of, mentions_of, relation, relations_of, sentence_span, text_of
from extractors.stages import stage_mentions
from schema import Label, Mention, RelationMention, RelType, Span

_PLACED = {Label.PROJECT, Label.PARK}
_CHAINED = {Label.ENTERPRISE, Label.PROJECT, Label.PARK}
_PHASE = re.compile(r"^(?P<base>.{2,}?)(?:[一二三四五六七八九十]|\d+)期")
_LOCATE_VERB = re.compile(r"^(?:位于|落户于?|坐落于|落地于?|入驻|选址于?|建于|布局于?)$")
_COOP_VERB = ("合作", "共建", "签约", "签署", "对接", "携手", "联动", "协作", "战略合作", "联盟", "结对")
_COOP_LABELS = {Label.ENTERPRISE, Label.ORGANIZATION, Label.REGION, Label.TOWN, Label.PARK}
_SUB_BEFORE = re.compile(r"^(?:的)?(?:下属|旗下|控股)(?:的)?(?:企业|公司)?$")
_SUB_AFTER = re.compile(r"^(?:是|为|系)(?:其)?$")


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, pos + len(line)
        pos += len(line) + 1


def _lead(text: str, start: int, end: int) -> tuple[int, int]:
    """The first sentence of a paragraph, if short enough to act as its heading."""
    stop = min((i for i in (text.find(c, start, end) for c in "。；;") if i >= 0), default=end)
    return start, stop


def _within(ms: list[Mention], start: int, end: int, labels: set[Label]) -> list[Mention]:
    """Mentions inside ``[start, end)`` with one of ``labels`` (``ms`` sorted by start)."""
    lo = bisect_left(ms, start, key=lambda m: m.start)
    hi = bisect_left(ms, end, lo=lo, key=lambda m: m.start)
    return [m for m in ms[lo:hi] if m.end <= end and m.label in labels]


class RelationsComponent:
    """Relationship rules over the final mentions."""

    def __init__(self, *, lead_max: int = 40) -> None:
        self.lead_max = lead_max

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[RelationMention]:
        ms = sorted(mentions_of(doc), key=lambda m: (m.start, m.end))
        found: list[RelationMention] = []
        found += self._paragraph_context(doc, ms)
        found += self._name_prefix_places(doc, ms)
        found += self._locate_verbs(doc, ms)
        found += self._sentence_chains(doc, ms)
        found += self._develops(doc, ms)
        found += self._cooperation(doc, ms)
        found += self._subsidiary(doc, ms)
        return found

    def set_annotations(self, doc: Doc, found: list[RelationMention]) -> None:
        kept = {(m.label, m.name) for m in mentions_of(doc)}
        rels = relations_of(doc)
        rels[:] = [r for r in rels if not r.rule.startswith("gazetteer")
                   or (r.source.label, r.source.name) in kept] + found
        doc._.kg_stages.extend(stage_mentions(text_of(doc), mentions_of(doc)))

    def _paragraph_context(self, doc: Doc, ms: list[Mention]) -> list[RelationMention]:
        out: list[RelationMention] = []
        text = text_of(doc)
        for p_start, p_end in _paragraphs(text):
            l_start, l_end = _lead(text, p_start, p_end)
            if l_end - l_start > self.lead_max:
                continue
            towns = _within(ms, l_start, l_end, {Label.TOWN})
            chains = _within(ms, l_start, l_end, {Label.INDUSTRY_CHAIN})
            if len(towns) == 1:
                out += self._link(doc, _within(ms, l_end, p_end, _PLACED), towns[0], RelType.LOCATED_IN, "context.paragraph_town")
            if len(chains) == 1:
                out += self._link(doc, _within(ms, l_end, p_end, _CHAINED), chains[0], RelType.IN_CHAIN, "context.paragraph_chain")
        return out

    def _link(self, doc: Doc, items: list[Mention], target: Mention, rel: RelType, rule: str) -> list[RelationMention]:
        return [relation(rel, (m.label, m.name), (target.label, target.name), sentence_span(doc, m.start, m.end), rule)
                for m in items]

    def _name_prefix_places(self, doc: Doc, ms: list[Mention]) -> list[RelationMention]:
        forms: dict[str, tuple[Label, str]] = {k: (Label.TOWN, v) for k, v in doc.user_data.get("kg_town_forms", {}).items()}
        for county in doc.user_data.get("kg_focus_counties", [])[:1]:
            forms[county] = (Label.REGION, county)
            forms[county[:-1]] = (Label.REGION, county)
        out: list[RelationMention] = []
        for m in ms:
            if m.label not in _PLACED | {Label.ORGANIZATION}:
                continue
            for length in range(min(len(m.name) - 2, 6), 1, -1):
                place = forms.get(m.name[:length])
                if place:
                    out.append(relation(RelType.LOCATED_IN, (m.label, m.name), place,
                                        sentence_span(doc, m.start, m.end), "name.place_prefix"))
                    break
        return out

    def _locate_verbs(self, doc: Doc, ms: list[Mention]) -> list[RelationMention]:
        out: list[RelationMention] = []
        place_labels = {Label.TOWN, Label.REGION, Label.PARK}
        for m in ms:
            if m.label not in _PLACED | {Label.ENTERPRISE, Label.ORGANIZATION}:
                continue
            for p in _within(ms, m.end, m.end + 6, place_labels):
                gap = text_of(doc)[m.end:p.start]
                if 0 < p.start - m.end <= 5 and _LOCATE_VERB.match(gap) and p.label != m.label:
                    out.append(relation(RelType.LOCATED_IN, (m.label, m.name), (p.label, p.name),
                                        sentence_span(doc, m.start, p.end), "pattern.locate_verb"))
        return out

    def _sentence_chains(self, doc: Doc, ms: list[Mention]) -> list[RelationMention]:
        out: list[RelationMention] = []
        for span in document_of(doc).sentences:
            chains = _within(ms, span.start, span.end, {Label.INDUSTRY_CHAIN})
            items = _within(ms, span.start, span.end, {Label.ENTERPRISE})
            if chains and items and len(chains) <= 3:
                for chain in chains:
                    out += self._link(doc, items, chain, RelType.IN_CHAIN, "sentence.chain")
        return out

    def _develops(self, doc: Doc, ms: list[Mention]) -> list[RelationMention]:
        enterprises = {m.name for m in ms if m.label == Label.ENTERPRISE}
        out: list[RelationMention] = []
        for m in ms:
            if m.label != Label.PROJECT:
                continue
            base = _PHASE.match(m.name)
            owner = base.group("base") if base else next(
                (e for e in sorted(enterprises, key=len, reverse=True) if m.name.startswith(e) and len(m.name) > len(e)), None)
            if owner and owner not in _not_owner(ms):
                out.append(relation(RelType.DEVELOPS, (Label.ENTERPRISE, owner), (Label.PROJECT, m.name),
                                    sentence_span(doc, m.start, m.end), "name.phase" if base else "name.owner_prefix"))
                if base:
                    mentions_of(doc).append(Mention(label=Label.ENTERPRISE, text=owner, name=owner, start=m.start,
                                                    end=m.start + len(owner), rule="name.phase_base"))
        return out

    def _cooperation(self, doc: Doc, ms: list[Mention]) -> list[RelationMention]:
        out: list[RelationMention] = []
        text = text_of(doc)
        parties = [m for m in ms if m.label in _COOP_LABELS]
        subject = (doc.user_data.get("kg_focus_counties") or [None])[0]
        for i, m in enumerate(parties):
            before = text[max(0, m.start - 1):m.start]
            if before not in ("与", "同", "和"):
                continue
            after = text[m.end:m.end + 12]
            if not any(v in after[:8] for v in _COOP_VERB):
                continue
            prev = parties[i - 1] if i else None
            span = sentence_span(doc, m.start, m.end)
            if prev and 0 < m.start - prev.end <= 1:
                out.append(relation(RelType.COOPERATES_WITH, (prev.label, prev.name), (m.label, m.name), span, "pattern.cooperate"))
            elif subject and m.name != subject:
                out.append(relation(RelType.COOPERATES_WITH, (Label.REGION, subject), (m.label, m.name), span, "pattern.cooperate_subject"))
        return out

    def _subsidiary(self, doc: Doc, ms: list[Mention]) -> list[RelationMention]:
        out: list[RelationMention] = []
        ents = [m for m in ms if m.label == Label.ENTERPRISE]
        for a, b in zip(ents, ents[1:]):
            gap = text_of(doc)[a.end:b.start]
            if _SUB_BEFORE.match(gap):
                out.append(relation(RelType.SUBSIDIARY_OF, (Label.ENTERPRISE, b.name), (Label.ENTERPRISE, a.name),
                                    sentence_span(doc, a.start, b.end), "pattern.subsidiary"))
            elif _SUB_AFTER.match(gap) and text_of(doc)[b.end:b.end + 6].lstrip("的").startswith(("子公司", "分公司", "下属")):
                out.append(relation(RelType.SUBSIDIARY_OF, (Label.ENTERPRISE, a.name), (Label.ENTERPRISE, b.name),
                                    sentence_span(doc, a.start, b.end), "pattern.subsidiary"))
        return out


def _not_owner(ms: list[Mention]) -> set[str]:
    """Names typed as something other than an enterprise cannot own a phase project."""
    return {m.name for m in ms if m.label in (Label.PARK, Label.PROJECT, Label.TOWN, Label.REGION, Label.ORGANIZATION)}


__all__ = ["RelationsComponent", "Span"]
