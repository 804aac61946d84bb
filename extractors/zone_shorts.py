"""A national base written in short after its committee names it in full: 航天基地 of 西安国家民用航天产业基地 (its
committee: 西安国家民用航天产业基地管委会).

A zone whose committee the text names (X管委会, X管理委员会) is a Park (:func:`extractors.bare_zones.committees_zones`);
a base (X基地) is mostly written by one word of its name and its kind: the word that tells it from other bases (航天,
not 国家, 产业 or its city) and 基地. Each such short form the text writes on word bounds, where no other name covers
it, is a mention of the base, named in full; a short form two of the text's bases share names neither.

Example:
    >>> sorted(short_forms("西安国家民用航天产业基地"))
    ['民用基地', '航天基地']
"""

from __future__ import annotations

import re
from extractors.bare_zones import committee_zones
from extractors.candidates import Candidate
from extractors.proper import city_forms, jieba_words
from extractors.token_bounds import TokenBounds
from schema import Label
from schema.extraction import COMMITTEE_ZONE_RULE

#: The kind of zone whose short forms are read (航天基地, 航空基地).
_KIND = "基地"
#: Words of a base's name that tell it from no other base.
_COMMON = frozenset(("国家", "国家级", "产业", "经济", "技术", "高新", "开发", "国际", "中国", "示范", "综合", "现代",
                     "科技", "创新", "工业", "新型", "先进", "制造", "中心", "省级", "市级"))


def short_forms(zone: str) -> set[str]:
    """The short forms of the base ``zone`` (a word of its name that is no common word nor a city, and 基地)."""
    words = jieba_words(zone[:-len(_KIND)])
    return {word + _KIND for word in words if len(word) >= 2 and word not in _COMMON and word not in city_forms()}


def zone_short_candidates(text: str, bounds: TokenBounds, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each short form of a base its committee names (see the module) as a Park named in full; a Project
    found at the very span gives way to it."""
    zones = {zone for zone in committee_zones(text, found) if zone.endswith(_KIND) and len(zone) >= 4 + len(_KIND)}
    if not zones:
        return found
    owners: dict[str, set[str]] = {}
    for zone in zones:
        for short in short_forms(zone):
            owners.setdefault(short, set()).add(zone)
    taken = [(c.start, c.end) for c in found]
    added: list[Candidate] = []
    for short, named in owners.items():
        if len(named) != 1:
            continue  # two bases share the word
        for hit in re.finditer(re.escape(short), text):
            span = (hit.start(), hit.end())
            if bounds.token_start(span[0]) == span[0] and bounds.is_end(span[1]) \
                    and not any(s <= span[0] < e or s < span[1] <= e for s, e in taken if (s, e) != span):
                added.append(Candidate(*span, Label.PARK, COMMITTEE_ZONE_RULE, True, next(iter(named))))
    spans = {(c.start, c.end) for c in added}
    return [c for c in found if (c.start, c.end) not in spans] + added
