"""The towns and villages the gazetteer component looks for in one text: those of the counties the text is about.

:class:`TownDictionary` makes a :class:`extractors.matching.DictMatcher` of the towns (with their short forms and
renamed 街道 forms) and villages of a text's focus counties, and of the short forms of the counties of their
cities, once per set of counties (a corpus about one district builds it once). It also finds the one county
whose towns a text names when the text names no county (:meth:`TownDictionary.county_of_towns`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cached_property

from extractors.gazetteer_data import Area, Gazetteer
from extractors.matching import DictMatcher
from extractors.town_places import TOWN_SUFFIXES, Place, town_short_forms, written_office_street
from extractors.town_words import common_word
from schema import Label

#: The last character of a lake's name: a town's short form ending in it is no town by itself (河, 溪 end towns: 三河, 汀溪).
_WATER = ("湖", "海")  # (七里海 of 七里海镇: the wetland, 七里海湿地, as often as the town)
#: The last character of a road's name: a 街道 whose name before 街道 ends in it is named after the road.
_ROAD_ENDS = ("路", "街", "道", "巷")


def _office_area_towns(county: Area, town: str) -> tuple[str, ...]:
    """The names a Beijing town listed by its 地区 office (西红门地区, 东坝地区) is written with: X镇 or X乡, which of the
    two the gazetteer does not say (elsewhere the few entries ending in 地区 are forest farms and zones)."""
    if county.code.startswith("11") and town.endswith("地区") and len(town) >= 4:
        return (town[:-2] + "镇", town[:-2] + "乡")
    return ()


def _road_street(town: str) -> bool:
    """A 街道 named after a road (东风路街道, 浆洗街街道): its short forms are the road's name."""
    return town.endswith("街道") and town[:-2].endswith(_ROAD_ENDS)



class TownDictionary:
    """Town and village matchers of sets of counties, made once per set.

    Args:
        gz: The gazetteer.
        short_forms: Whether towns of the main county are also matched by their short forms (双街 of 双街镇).
    """

    def __init__(self, gz: Gazetteer, *, short_forms: bool = True) -> None:
        self.gz = gz
        self.short_forms = short_forms
        self._province_shorts = {a.short for a in gz.provinces.values()}
        self._by_code = {a.code: a for areas in gz.counties.values() for a in areas}
        self._matchers: dict[tuple[str, ...], DictMatcher[Place]] = {}
        self._forms: dict[int, dict[str, str]] = {}  # id of a kept matcher -> its town forms
        self._all_towns: DictMatcher[str] | None = None

    def matcher(self, counties: list[Area], inferred: bool = False, town_shorts: bool = True) -> DictMatcher[Place]:
        """Towns and villages of ``counties``; short forms only for a county the text names (not ``inferred``), and
        the towns' only for one the text is about (``town_shorts``: not a 国家级新区's member county)."""
        key = (*(c.code for c in counties), str(inferred), str(town_shorts))
        if key not in self._matchers:
            entries: dict[str, Place] = {}
            for county in [] if inferred else self._short_form_counties(counties):
                if county.short not in self._province_shorts and not common_word(county.short) \
                        and not county.short.endswith(("区", "园")):  # 高新区, 产业园 of a zone listed as a county
                    entries[county.short] = Place(Label.REGION, county.name, "gazetteer.county_short", county)
            for rank, county in enumerate(counties):
                self._add_county(entries, county, main=rank == 0 and not inferred and town_shorts, villages=rank == 0)
            self._matchers[key] = DictMatcher(entries)
        return self._matchers[key]

    def forms(self, matcher: DictMatcher[Place]) -> dict[str, str]:
        """Surface form -> town name of a town matcher's towns, made once per kept matcher (read-only)."""
        forms = self._forms.get(id(matcher))
        if forms is None:
            forms = {k: p.name for k, p in matcher._entries.items() if p.label == Label.TOWN}
            self._forms[id(matcher)] = forms
        return forms

    def members(self, area: Area) -> list[Area]:
        """The counties of ``area``'s province whose towns a county-level area without towns holds (``Area.members``:
        a 国家级新区's); [] for any other area."""
        return [a for name in area.members for a in self.gz.counties.get(name, ()) if a.province == area.province]

    def county_of_towns(self, text: str) -> list[Area]:
        """The one county that holds two or more of the full town names a text without a county writes
        (梅山街道 and 大碶街道 both lie in 北仑区 only); none if no county or several qualify."""
        if self._all_towns is None:
            self._all_towns = DictMatcher({t: t for t in self._town_counties})
        counts: Counter[str] = Counter()
        for town in {t for _, _, t in self._all_towns.finditer(text)}:
            counts.update(self._town_counties[town])
        best = [code for code, n in counts.items() if n >= 2 and n == max(counts.values())]
        return [self._by_code[best[0]]] if len(best) == 1 and best[0] in self._by_code else []

    @cached_property
    def _town_counties(self) -> dict[str, set[str]]:
        """Full town name -> codes of the counties that have it (made on first use: few texts need it)."""
        out: dict[str, set[str]] = {}
        for code, towns in self.gz.towns.items():
            for town in towns:
                if len(town) >= 3 and town.endswith(TOWN_SUFFIXES):
                    out.setdefault(town, set()).add(code)
        return out

    def _short_form_counties(self, counties: list[Area]) -> list[Area]:
        """Counties whose short form counts: the focus counties and the other counties of their cities, but one
        whose short form is its city's (南昌县 of 南昌市: 南昌 is the city)."""
        cities = {c.city for c in counties if c.city}
        siblings = [a for areas in self.gz.counties.values() for a in areas if a.city in cities
                    and not a.city.startswith(a.short)]
        return [c for c in dict.fromkeys([*counties, *siblings]) if 2 <= len(c.short) < len(c.name)]

    def _add_county(self, entries: dict[str, Place], county: Area, main: bool, villages: bool = True) -> None:
        """The towns of ``county`` (with short forms if ``main``) and, if ``villages``, their villages: only
        for the county the text is about, since the villages of every county it names matched common
        words (大村 in 广大村民, 创新社区 in 探索创新社区…管理)."""
        for town in self.gz.towns.get(county.code, []):
            if not town.endswith(TOWN_SUFFIXES):
                for form in _office_area_towns(county, town):  # 西红门地区 of 大兴区, written 西红门镇
                    entries.setdefault(form, Place(Label.TOWN, form, "gazetteer.town_renamed", county=county.code))
                continue  # zones and farms listed at town level (保税区, 科技园区南区) are not towns
            entries.setdefault(town, Place(Label.TOWN, town, "gazetteer.town", county=county.code))
            written = written_office_street(town)  # 辛安渡办事处街道 of 东西湖区, written 辛安渡街道
            if written != town:
                entries.setdefault(written, Place(Label.TOWN, written, "gazetteer.town_renamed", county=county.code))
            street = town[:-1] + "街道"
            if main and town.endswith(("镇", "乡")) and street not in self.gz.towns.get(county.code, []):
                # 安德镇 of 郫都区 is 安德街道 since: the text's name wins over another county's 安德街道
                entries.setdefault(street, Place(Label.TOWN, street, "gazetteer.town_renamed", county=county.code))
            old = town[:-2] + "镇"
            if main and town.endswith("街道") and old not in self.gz.towns.get(county.code, []):
                # 诸福屯街道 of 正定县, written by its old name 诸福屯镇 in an older text: the one town
                entries.setdefault(old, Place(Label.TOWN, town, "gazetteer.town_renamed", county=county.code))
            if main and self.short_forms and not _road_street(written):  # 东风路 of 东风路街道 is the road (东风路与
                for form in town_short_forms(written):  # 文化路交叉口, 花园路商圈), and so is 东风路街
                    # 阳澄湖 of 阳澄湖镇 is the lake (大闸蟹, 生态修复) as often as the town
                    if not form.endswith(_WATER):
                        entries.setdefault(form, Place(Label.TOWN, written, "gazetteer.town_short", county=county.code))
            for village in self.gz.villages_of(county.code, town) if villages else ():
                if village.endswith(("村", "社区")) and not village.endswith("虚拟社区"):
                    first = entries.setdefault(village, Place(Label.VILLAGE, village, "gazetteer.village",
                                                              county=county.code, town=town))
                    if first.label == Label.VILLAGE and first.county == county.code and first.town != town:
                        entries[village] = replace(first, towns=(first.towns or (first.town,)) + (town,))
