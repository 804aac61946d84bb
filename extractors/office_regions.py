"""The region an office title belongs to when the title does not write it (``kg_people``'s fallbacks).

A title written right after its region (北辰区区长) or its body (区发展改革委主任) is that region's or body's; the
component reads those itself. Here are the cases the text leaves open: a short city before a title opening with
市 (苏州|市委常委), a region written with a title of its own earlier in the sentence (高陵区委书记张建峰主持会议，
区委副书记、区长王丽萍…: 高陵区's 区长, not the other district the text names), and else the region of the title's
level the document is about; and a body's title written without its body after a titled person of the same
sentence is that person's body's (区人大常委会主任张建伟主持会议，副主任李红霞…: the 人大常委会's 副主任).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any, TypeVar

from spacy.tokens import Doc

from extractors.base import mentions_of, text_of
from extractors.patterns import load_patterns
from extractors.stop_words_kept import city_start
from schema import Document, Label, Mention

#: A region of two characters and its level written right before a title (北辰区|区长).
REGION_BEFORE = re.compile(r"([\u4e00-\u9fff](?![社园片景港])[\u4e00-\u9fff](?:省|市|区|县))$")  # not 天明社区|党委书记
#: The levels of title (区长: 区) whose region the document may supply.
LEVELS = frozenset("省市区县")
#: What stands before a title written without its body (，副主任李红霞; not 管委会|主任, an unknown body's).
_OPEN_BEFORE = frozenset("，,、；;：:（( \t\n由")
#: A person found after a title (``extractors.people.PersonMatch``).
Match = TypeVar("Match", bound=Any)
#: ``Doc.user_data`` key of the text's region mentions by start (for :func:`titled_region_before`).
_REGIONS = "kg_office_regions"


def titled_region_before(doc: Doc, document: Document, level: str, title_start: int,
                         title: re.Pattern[str]) -> tuple[str, int] | None:
    """The region of ``level`` last written with a title of its own (``title`` matching right after it) earlier in
    the sentence of the title at ``title_start``, and its start: officials of two regions listed in one sentence."""
    span = document.sentence_at(title_start)
    if span is None:
        return None
    text = text_of(doc)
    regions = doc.user_data.get(_REGIONS)
    if regions is None:  # the text's regions in order, listed once per document
        regions = doc.user_data[_REGIONS] = sorted((m.start, m.end, m.name) for m in mentions_of(doc)
                                                   if m.label == Label.REGION)
    i = bisect_left(regions, (title_start,))
    while i > 0 and regions[i - 1][0] >= span.start:
        i -= 1
        start, end, name = regions[i]
        if end <= title_start and name.endswith(level) and (title.match(text, end) or title.match(text, end - 1)):
            return name, start
    return None


def document_region(doc: Doc, document: Document, level: str) -> str | None:
    """The region of ``level`` a document is about: its header region, else for a city the county-level city it is
    about, or the city of the district it is about (副市长 in a 包河区 news item: 合肥市, not 肥城市 read inside
    合肥城市规划展示馆), else the most mentioned."""
    if document.region:
        last = re.split(r"[-—/、\s]+", document.region.strip())[-1]
        if last.endswith(level):
            return last
    counties = doc.user_data.get("kg_focus_counties")
    if level == "市" and counties and counties[0].endswith("市"):
        return counties[0]  # a county-level city's text: 市长 is its own (江阴市), not its prefecture's
    if level == "市" and counties and doc.user_data.get("kg_focus_city"):
        return doc.user_data["kg_focus_city"]
    counts = Counter(m.name for m in mentions_of(doc)
                     if m.label == Label.REGION and m.name.endswith(level))
    if counts:
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    found = Counter(w for w in re.findall(rf"[\u4e00-\u9fff]{{2}}{level}", text_of(doc)) if _known_county(w))
    return found.most_common(1)[0][0] if found else None


def city_before(text: str, title_start: int) -> tuple[str, int] | None:
    """The city whose short form ends right before a title opening with 市 (苏州|市委常委 -> 苏州市), and its start."""
    from extractors.gazetteer_data import load_gazetteer

    start = city_start(text, title_start)
    city = text[start:title_start] + "市" if start is not None else ""
    return (city, start) if start is not None and city in load_gazetteer().cities else None


def _known_county(word: str) -> bool:
    """Whether ``word`` (two characters and 区/县/市) is a county or city the gazetteer knows (not 心园区, 由副区)."""
    from extractors.gazetteer_data import load_gazetteer

    gz = load_gazetteer()
    return word in gz.counties or word in gz.cities


def sentence_offices(matches: list[Match], text: str, levels: dict[str, str], named: list[int],
                     sentence_start: Callable[[int], int]) -> list[Match]:
    """``matches`` (persons after titles, in any order), where a body's title written without its body after a mark
    takes the body of the titled person before it in the same sentence, when no name stands between them
    (``levels``: each title's level; ``named``: the sorted starts of the text's names; ``sentence_start``: where the
    sentence holding an offset starts)."""
    out: list[Match] = []
    last: tuple[int, Any, int, int] | None = None  # the sentence, body, evidence start and end of the last body's holder
    for m in sorted(matches, key=lambda m: m.start):
        sentence, title = sentence_start(m.start), m.evidence_start  # (a title without its body: evidence from it)
        if m.office is not None and m.office[0] == Label.ORGANIZATION:
            last = (sentence, m.office, m.evidence_start, m.end)
        elif m.office is None and m.role is not None and levels.get(m.role) == "org" and last and last[0] == sentence \
                and text[title - 1:title] in _OPEN_BEFORE and bisect_left(named, last[3]) == bisect_left(named, title):
            m = replace(m, office=last[1], evidence_start=last[2])
        out.append(m)
    return out


def ending_at_start(ending_at: dict[int, list[Mention]], pos: int) -> int:
    """Where the body named right before ``pos`` starts (the title list goes on before it), else ``pos``."""
    org = next((m for m in ending_at.get(pos, []) if m.label == Label.ORGANIZATION), None)
    return org.start if org is not None else pos


#: Zone words ending in 区 beside the Park suffixes (试验区长沙片区: 区 is the zone's, 长 the city's).
_MORE_ZONE_ENDS = frozenset(("试验区", "片区", "新区", "自贸区", "港区", "景区"))


@cache
def zone_ends() -> tuple[str, ...]:
    """The words a zone's name ends in with 区 (a title's 区长 may be their end and the next name's start): the Park
    suffixes (开发区, 园区 …) and :data:`_MORE_ZONE_ENDS`."""
    parks = {s for s, (label, _) in load_patterns().suffixes.items() if label == Label.PARK and s.endswith("区")}
    return tuple(sorted(parks | _MORE_ZONE_ENDS))
