"""``kg_gazetteer``: Region, Town and Village mentions from the administrative gazetteer.

Two passes. First provinces, cities and counties are found by full name
(and provinces by short name: 天津, 北京). The counties a text talks about
(plus the document's ``region`` field) become its focus; towns and villages
are then matched only under those counties, so a 北辰社区 in another city is
never picked up from a 北辰区 text. Short town forms (双街, 果园新村街) and
示范镇 forms (双街示范镇) are matched for the main county only (the matchers of those towns:
:mod:`extractors.town_dictionary`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache, partial
from itertools import pairwise

from spacy.tokens import Doc

from extractors import lexicon
from extractors.base import (
    FOCUS_WRITTEN,
    document_of,
    mentions_of,
    relation,
    relations_of,
    sentence_span,
    text_of,
    token_offsets,
)
from extractors.gazetteer_data import Area, Gazetteer, listed_after, load_gazetteer, word_counties
from extractors.matching import DictMatcher
from extractors.place_context import in_quoted_name, names_a_road, not_inside_word, runs_on, zone_block
from extractors.town_places import (
    Place,
    on_street,
    renamed_town,
    structural_villages,
    villages_in_named_towns,
    written_street,
    written_towns,
)
from extractors.town_dictionary import TownDictionary
from extractors.town_words import common_word, common_word_town, water_named
from extractors.text_marks import doc_number_spans, inside_any
from schema import Label, Mention, RelationMention, RelType, Span

#: Zones the gazetteer lists among counties (合肥高新技术产业开发区, 340171): parks, found by the name rules.
_ZONE_ENDS = ("开发区", "示范区", "试验区", "产业园", "园区", "工业区")


def _zone(name: str) -> bool:
    """A zone the gazetteer lists as a county (苏州工业园区), not a county whose name ends as one does (绿园区 of 长春市,
    梁园区, 下花园区: a short name and 区)."""
    return name.endswith(_ZONE_ENDS) and not (name.endswith("园区") and len(name) <= 4)


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: After a county's short form, what makes it part of another name (琅琊镇, 琅琊台 in a text about 黄岛区: no 琅琊区).
_NAME_GOES_ON = frozenset("镇乡村台街路湖山岛港湾园")
#: What a county's name may follow in a text that names neither its city nor its province: a place's last character, a
#: function word (在水城区, 赴水城区, 与水城区).
_BEFORE_A_PLACE = frozenset("省市州盟县区镇乡在于与和及、的到至从赴对向同跟为是把将由经让给年月日")


def _focus_city(counties: list[Area], areas: list[Area]) -> str:
    """The city the text is about: its district's, else the one it names most (a city's notice), else none."""
    if counties:
        return counties[0].city if counties[0].city.endswith("市") else ""
    named = Counter(a.name for a in areas if a.level == "city")
    return named.most_common(1)[0][0] if named else ""


#: Whether the county a text is about is only the one its towns lie in, and the codes of the counties a new area holds.
_About = tuple[bool, set[str]]


class GazetteerComponent:
    """Find administrative areas; remember the doc's towns for later components."""

    def __init__(self, *, min_short: int = 2, short_forms: bool = True,
                 min_focus_short: int = 3) -> None:
        self.gz: Gazetteer = load_gazetteer()
        self.min_short = min_short
        self.min_focus_short = min_focus_short
        self.region_matcher = DictMatcher(self._region_entries())
        self._by_code = {a.code: a for areas in self.gz.counties.values() for a in areas}
        self._province_shorts = {a.short for a in self.gz.provinces.values()}
        self.list_matcher = DictMatcher(shorts := self._short_entries())
        self.county_shorts: frozenset[str] = frozenset(shorts)  # for names that hold one (成都郫都…有限公司)
        self.towns = TownDictionary(self.gz, short_forms=short_forms)

    def _region_entries(self) -> dict[str, list[Area]]:
        entries: dict[str, list[Area]] = {}
        for area in self.gz.areas():
            if not _zone(area.name):  # 合肥经济技术开发区, listed as a county: a Park (NOTES 6)
                entries.setdefault(area.name, []).append(area)
        for area in self.gz.provinces.values():
            if len(area.short) >= self.min_short:
                entries.setdefault(area.short, []).append(area)
        return entries

    def _short_entries(self) -> dict[str, Area]:
        """County short forms of the whole country that are no common word (for place lists)."""
        entries: dict[str, Area] = {}
        for name, areas in self.gz.counties.items():
            short = areas[0].short
            if len(areas) == 1 and 2 <= len(short) < len(name) and short not in self._province_shorts \
                    and not common_word(short):
                entries.setdefault(short, areas[0])
        return entries

    def __call__(self, doc: Doc) -> Doc:
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    def match(self, doc: Doc) -> list[tuple[int, int, Place]]:
        """All gazetteer matches, regions first pass, towns and villages second."""
        text = text_of(doc)
        bounds = _token_bounds(doc)
        named = lru_cache(maxsize=None)(text.__contains__)  # one search per city or province name
        regions = self._regions(doc, bounds, named)
        shorts = list(self.list_matcher.finditer(text))
        regions += self._listed_short_forms(text, regions, shorts)
        counties, town_counties, about = self._counties(doc, regions, shorts, bounds, named)
        places = [(s, e, Place(Label.REGION, a.name, f"gazetteer.{a.level}", a)) for s, e, a in regions]
        if town_counties:
            places.extend(self._towns(doc, town_counties, about, bounds, named))
        if counties and counties[0].name.endswith(("区", "县", "市")):  # 我区/我县/我市 (a county-level city): rule 6
            own = "我" + counties[0].name[-1]
            places += [(h.start(), h.end(), Place(Label.REGION, counties[0].name, "gazetteer.own", counties[0]))
                       for h in re.finditer(own, text)]
        if not (counties and counties[0].name.endswith("市")):
            places += self._own_city(text, doc.user_data["kg_focus_city"])
        if town_counties:
            places += written_towns(text, places, bounds, town_counties[0].code)
        places += structural_villages(text, places, bounds)
        places = _outside_doc_numbers(text, villages_in_named_towns(places, text))
        return _as_written(doc, sorted(map(partial(renamed_town, text), places), key=lambda m: m[0]))

    def _regions(self, doc: Doc, bounds: set[int], named: Callable[[str], bool]) -> list[tuple[int, int, Area]]:
        """The regions the text names, each the area its name most likely means, where that area is plausible in
        the document and its name is no piece of another word (``bounds``: the token boundaries)."""
        text = text_of(doc)
        count = lru_cache(maxsize=None)(text.count)  # one count per name and document
        regions: list[tuple[int, int, Area]] = []
        for s, e, areas in self.region_matcher.finditer(text):
            if not _after_other_city(text, s, areas):
                regions.append((s, e, listed_after(text, s, areas, regions) or self._pick_area(areas, count)))
        return [(s, e, a) for s, e, a in regions if self._plausible(a, doc, named) and not zone_block(text, e)
                and not (e - s < len(a.name) and water_named(text, s, e))  # 巢湖十年禁渔: the lake, no 巢湖市
                and not (s - 1 in bounds and self._glued_county(text, s, a, named)) and not runs_on(text, bounds, e)
                and (e - s > max(len(a.short), 2) or (s in bounds and e in bounds
                                                      and not in_quoted_name(text, s, e)))
                and not (e - s < len(a.name) and names_a_road(text, e))]

    def _counties(self, doc: Doc, regions: list[tuple[int, int, Area]], shorts: list[tuple[int, int, Area]],
                  bounds: set[int], named: Callable[[str], bool]) -> tuple[list[Area], list[Area], _About]:
        """The counties the document is about; the same with those holding towns first (a 国家级新区 holds none: its
        member counties'), after the county its towns lie in when it names no county holding towns; and whether it
        names none, with the member counties' codes. Noted in ``doc.user_data`` with the city it is about."""
        text = text_of(doc)
        bounded = [m for m in shorts if m[0] in bounds and m[1] in bounds and _plain_short(m[2])
                   and text[m[1]:m[1] + 1] not in _NAME_GOES_ON]
        counties = self._focus_counties(doc, [a for _, _, a in regions], bounded, named)
        members = self.towns.members(counties[0]) if counties else []  # (a 国家级新区's towns are its counties')
        with_towns = members + [c for c in counties if c.code in self.gz.towns and c not in members]
        inferred = [] if with_towns else self.towns.county_of_towns(text)
        doc.user_data["kg_inferred_counties"] = {c.code for c in inferred}
        doc.user_data[FOCUS_WRITTEN] = bool(counties)  # (the text names the county it is about)
        counties = counties or inferred
        doc.user_data["kg_focus_counties"] = [c.name for c in counties]
        doc.user_data["kg_focus_city"] = _focus_city(counties, [a for _, _, a in regions])
        doc.user_data["kg_focus_province"] = counties[0].province if counties else ""  # (省政府 of its bodies)
        towns = (with_towns or inferred) + [c for c in counties if c not in with_towns]
        return counties, towns, (bool(inferred), {c.code for c in members})

    def _towns(self, doc: Doc, counties: list[Area], about: _About, bounds: set[int],
               named: Callable[[str], bool]) -> list[tuple[int, int, Place]]:
        """The towns and villages of ``counties`` the text names (``about``: whether the county is the one its towns
        lie in, named nowhere, and the counties whose towns count anywhere, a new area's, whose towns' short forms do
        not count); their forms go in ``doc.user_data``."""
        text, (inferred, own) = text_of(doc), about
        matcher = self.towns.matcher(counties, inferred=inferred, town_shorts=not own)
        doc.user_data["kg_town_forms"] = self.towns.forms(matcher)
        county_forms = {c.name[:-1] for c in counties if len(c.name) >= 3}  # 南沙 of 南沙区 and 南沙街道: the district's
        return [(s, e, p) for s, e, p in matcher.finditer(text, accept=not_inside_word)
                if (not (p.rule.endswith("_short") or e - s <= 2) or (s in bounds and e in bounds))
                and not (p.rule.endswith("_short") and (p.name.endswith(("村镇", "村乡"))  # 南蔡村: a village
                                                        or p.label == Label.TOWN and text[s:e] in county_forms
                                                        or water_named(text, s, e, p.label == Label.TOWN)))
                and (p.county in own or self._near_its_county(p, counties[0], text, s))
                and not common_word_town(text, s, e, p.rule, p.name, named)]

    def _own_city(self, text: str, city: str) -> list[tuple[int, int, Place]]:
        """我市: the city the text is about (a city's notice, or a district's city; rule 6)."""
        area = next(iter(self.gz.cities.get(city, ())), None)
        if area is None or "我市" not in text:
            return []
        return [(h.start(), h.end(), Place(Label.REGION, city, "gazetteer.own", area)) for h in re.finditer("我市", text)]

    def _near_its_county(self, place: Place, main: Area, text: str, start: int) -> bool:
        """A town of another county than the one the text is about counts only after its county's
        name in the sentence (滨海新区新城镇, not 新城镇人口 in a text about 北辰区 that names 滨海新区)."""
        if not place.county or place.county == main.code:
            return True
        county = self._by_code.get(place.county)
        lead = text[max(0, start - _COUNTY_WINDOW):start]
        lead = lead[max(lead.rfind(c) for c in "。！？!?\n") + 1:]  # normalised text has ASCII ! and ?
        return county is not None and (county.name in lead or (len(county.short) >= 2 and county.short in lead))

    def _listed_short_forms(self, text: str, known: list[tuple[int, int, Area]],
                            shorts: list[tuple[int, int, Area]]) -> list[tuple[int, int, Area]]:
        """County short forms written as a list of three or more (帮助正宁、华池、丁青、兴隆实现脱贫)."""
        taken = {(s, e) for s, e, _ in known}
        found = [m for m in shorts if (m[0], m[1]) not in taken]
        runs: list[list[tuple[int, int, Area]]] = []
        for m in found:
            if runs and text[runs[-1][-1][1]:m[0]] == "、":
                runs[-1].append(m)
            else:
                runs.append([m])
        return [m for run in runs if len(run) >= 3 for m in run]

    def _pick_area(self, areas: list[Area], count: Callable[[str], int]) -> Area:
        """Of areas sharing a name, the one whose city (in full, or short right before it: 长春朝阳区) and
        province the text (``count``) names most."""
        if len(areas) == 1:
            return areas[0]

        def named(a: Area) -> int:
            short = _with_short_city(a)
            return (count(a.city) if a.city else 0) + (count(short) if short else 0) + count(a.province[:2])

        return min(areas, key=lambda a: (-named(a), a.code))

    def _plausible(self, area: Area, doc: Doc, named: Callable[[str], bool]) -> bool:
        """A county counts only if its city or province is named too (``named``: whether the text holds a
        name), or the metadata names it."""
        if area.level != "county":
            return True
        region = document_of(doc).region or ""
        if area.name in region:
            return True
        if area.name in word_counties():  # 经八路等老城区, 深圳中心城区: an everyday word, the county only after its city
            return named(area.city + area.name) or bool(_with_short_city(area)) and named(_with_short_city(area))
        if len(area.name) < 3:  # 萧县 in a text naming 宿州市 (the caller wants it a whole word); 和县 (市和县两级)
            return named(area.city + area.name) if area.name[0] in "和与及或" else self._city_named(area, named)
        if len(self.gz.counties.get(area.name, ())) == 1:
            return True  # a county name found once in the whole country, and no everyday word
        return self._city_named(area, named)

    def _glued_county(self, text: str, start: int, area: Area, named: Callable[[str], bool]) -> bool:
        """A county named in full whose city and province the text never names, right after a character that is no
        place's end and no function word (the caller: a one-character word; 里|水|城区: 里水镇's 城区, no 水城区 of
        六盘水市)."""
        before = text[start - 1:start]
        return area.level == "county" and bool(_CJK_CHAR.match(before)) and before not in _BEFORE_A_PLACE \
            and not self._city_named(area, named)

    def _city_named(self, area: Area, named: Callable[[str], bool]) -> bool:
        """Whether the text names the county's city or province (营口市, 辽宁省 or 辽宁 anywhere; the city's short
        form only right before the county, 营口站前区, as two characters are found inside other words)."""
        names = (area.city, _with_short_city(area), area.province,
                 self.gz.provinces[area.province].short if area.province in self.gz.provinces else "")
        return any(n and named(n) for n in names)

    def _focus_counties(self, doc: Doc, areas: list[Area], shorts: list[tuple[int, int, Area]],
                        named: Callable[[str], bool]) -> list[Area]:
        """Counties by how often the text names them; a short form written ``min_focus_short`` times
        or more (温暖北辰, 创业在北辰, 北辰特色) makes its county a focus even when the full name is absent, unless a
        county heads the text (its name, or its short form of three characters, in the title or the publisher: 江海联运
        in a text of 张家港保税区管理委员会 is no 江海区 of 江门市)."""
        counts = Counter(a for a in areas if a.level == "county")
        top = max(counts.values(), default=0)
        document = document_of(doc)
        region, heads = document.region or "", (document.title or "") + (document.publisher or "")
        for name, candidates in self.gz.counties.items():
            short = candidates[0].short  # (张家港保税区管理委员会: 张家港市, its three-character short form heading the text)
            headed = len(name) > 2 and name in heads or len(short) > 2 and name == short + name[-1] and short in heads
            weight = 1000 if name in region else 500 if headed else 0  # (title, publisher)
            if weight:  # of two counties of one name, the one the text's regions are (西安市长安区, not 石家庄市's)
                area = next((a for a in candidates if a in counts), candidates[0])
                counts[area] += weight
        if max(counts.values(), default=0) < 500:  # a short form counts when no county heads the text (太湖 of 太湖湾)
            short_counts = Counter(a for _, _, a in shorts)
            counts.update({a: n for a, n in short_counts.items() if n >= self.min_focus_short and n > top
                           and (_place_word(a.short) or self._city_named(a, named))})
        return [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].code))]

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, Place]]) -> None:
        """Add mentions and gazetteer PART_OF relations."""
        mentions, relations = mentions_of(doc), relations_of(doc)
        seen: set[tuple[Label, str]] = set()
        for start, end, place in matches:
            props = {"level": place.area.level, **({"admin_code": place.area.code} if place.area.code.isdigit() else {})} \
                if place.area else {}  # (a 国家级新区 has no administrative code)
            mentions.append(Mention(label=place.label, text=text_of(doc)[start:end], name=place.name,
                                    start=start, end=end, rule=place.rule, properties=props))
            if (place.label, place.name) not in seen:
                seen.add((place.label, place.name))
                if place.county in doc.user_data.get("kg_inferred_counties", ()) and place.label == Label.TOWN:
                    continue  # the county is inferred, not written: no PART_OF to it
                relations.extend(self._parents(place, sentence_span(doc, start, end)))

    def _parents(self, place: Place, evidence: Span) -> list[RelationMention]:
        rule = "gazetteer.part_of"
        if place.label == Label.VILLAGE:
            if not place.town:
                return []
            return [relation(RelType.PART_OF, (Label.VILLAGE, place.name), (Label.TOWN, place.town), evidence, rule)]
        if place.label == Label.TOWN:
            county = self._by_code[place.county]  # a zone listed as a county (济南高新技术产业开发区) is a Park: its city
            parent = county.city if _zone(county.name) and county.city else county.name
            return [relation(RelType.PART_OF, (Label.TOWN, place.name), (Label.REGION, parent), evidence, rule)]
        area = place.area
        chain = [area.name, area.city, area.province] if area.level == "county" else [area.name, area.province]
        chain = [c for i, c in enumerate(chain) if c and (i == 0 or c != chain[i - 1])]
        return [relation(RelType.PART_OF, (Label.REGION, a), (Label.REGION, b), evidence, rule)
                for a, b in pairwise(chain)]


def _after_other_city(text: str, start: int, areas: list[Area]) -> bool:
    """A county's name right after a city that holds none of the counties so named (绍兴|滨海新区: 绍兴's zone, not
    天津's 滨海新区; 福州鼓楼区 is one of the 鼓楼区)."""
    from extractors.proper import city_forms

    if start < 2 or not all(a.level == "county" for a in areas):
        return False
    city = next((text[start - n:start] for n in (4, 3, 2) if text[start - n:start] in city_forms()), None)
    return city is not None and not any(city in (a.city, a.province) or a.city.startswith(city)
                                        or a.province.startswith(city) for a in areas)


def _as_written(doc: Doc, places: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """``places`` with each town named as the text writes it (:func:`extractors.town_places.written_street`), and
    the document's town forms too (安德川菜小镇 is in 安德街道 where the text writes 安德街道)."""
    street = written_street(places, text_of(doc))
    if "kg_town_forms" in doc.user_data:
        doc.user_data["kg_town_forms"] = {k: street(v) for k, v in doc.user_data["kg_town_forms"].items()}
    return [(s, e, on_street(p, street)) for s, e, p in places]


def _outside_doc_numbers(text: str, places: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """``places`` less the towns and villages inside a document number (郑港 of 郑港项目办〔2024〕17号 is no 郑港街道; 北辰
    of 北辰政办发〔2021〕14号 is the district issuing it)."""
    numbers = doc_number_spans(text)
    return [(s, e, p) for s, e, p in places if p.label == Label.REGION or not inside_any(numbers, s, e)] if numbers \
        else places


def _token_bounds(doc: Doc) -> set[int]:
    """Character offsets where a jieba token starts or ends (a short form must not cut a word: 湘江西岸)."""
    starts, ends, _ = token_offsets(doc)
    return {len(text_of(doc)), *starts, *ends}


def _place_word(short: str) -> bool:
    """A county's short form that reads as a place by itself: a proper noun to jieba (武清, 北辰) or no word it
    knows (郫都); not a common word such as 振兴 (of 振兴区, in every 乡村振兴), which counts only where the
    text names the county's city or province."""
    return lexicon.tagged(short, "proper") or not lexicon.count(short)


def _plain_short(area: Area) -> bool:
    """The short form is the name without its 区/县 (北辰 of 北辰区; not 产业园 of a zone listed as county)."""
    return area.name in (area.short + "区", area.short + "县")


#: How far before a town of another county its county's name is looked for.
_COUNTY_WINDOW = 40


def _with_short_city(area: Area) -> str:
    """The county written after its city's short form (营口站前区, 长春朝阳区); "" if that form is one character."""
    short = area.city.removesuffix("市")
    return short + area.name if len(short) >= 2 else ""
