"""Names a text writes again: the other occurrences of a name found once, and a zone's name without its city.

A name read from a project list is the same name in a list of facilities further on (盛景星级酒店), so every other
occurrence of a park, project, enterprise or organisation name of four characters or more, on word bounds, is a
mention of it (``name.repeat``). A development zone the text names with its city (无锡空港经开区) is the same zone
where the text writes it without (空港经开区, 临空港经开区): those occurrences are mentions named by the whole.

Example:
    >>> import spacy
    >>> from extractors.token_bounds import TokenBounds
    >>> text = "项目落户无锡空港经开区。空港经开区新增企业30家。"
    >>> bounds = TokenBounds(spacy.blank("zh").make_doc(text))
    >>> bounds.set_places([])
    >>> [(text[c.start:c.end], c.name) for c in repeated_names(text, bounds, [Candidate(4, 11, Label.PARK, "suffix")])]
    [('空港经开区', '无锡空港经开区')]
"""

from __future__ import annotations

import re

from extractors.candidates import Candidate
from extractors.name_words import repeat_bounded
from extractors.pair_gate import occurrence_lists
from extractors.proper import city_forms
from extractors.token_bounds import TokenBounds
from schema import Label

RULE = "name.repeat"
#: Labels whose names found once are also found at their other occurrences in the same text.
REPEATED = (Label.PARK, Label.PROJECT, Label.ENTERPRISE, Label.ORGANIZATION)
#: A development zone's name without its city that stands for the zone in its text (空港经开区 of 无锡空港经开区): a
#: name of two characters or more before the zone's word.
_CITY_LESS_ZONE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区|综合保税区|综保区)")


def repeated_names(text: str, bounds: TokenBounds, known: list[Candidate]) -> list[Candidate]:
    """Candidates at the other occurrences of the names of ``known`` (see the module's notes)."""
    spans = {(c.start, c.end) for c in known}
    out: list[Candidate] = []
    named = {(text[c.start:c.end], c.label): c for c in known if c.label in REPEATED and c.end - c.start >= 4}
    cities = {text[at:c.end]: c for c in known if c.label == Label.PARK
              and _CITY_LESS_ZONE.fullmatch(text, at := city_end(text, bounds, c.start), c.end)}
    found = occurrence_lists([*(surface for surface, _ in named), *cities], text)
    for c in named.values():
        for at, end in found[text[c.start:c.end]]:
            if (at, end) not in spans and repeat_bounded(text, bounds, at, end):
                out.append(Candidate(at, end, c.label, RULE, c.strong))
    parks = [(c.start, c.end) for c in known if c.label == Label.PARK]
    for rest, c in cities.items():
        out.extend(Candidate(at, end, Label.PARK, RULE, c.strong, c.name or text[c.start:c.end])
                   for at, end in found[rest] if (at, end) not in spans
                   and not any(s <= at < e for s, e in parks)  # not the part of a park's whole name
                   and repeat_bounded(text, bounds, at, end))
    return out


def city_end(text: str, bounds: TokenBounds, start: int) -> int:
    """Where the place or the city (无锡, 武汉) opening a name at ``start`` ends (``start`` without one)."""
    return bounds.place_end_at.get(start) or next(
        (start + k for k in (3, 2) if text[start:start + k] in city_forms()), start)
