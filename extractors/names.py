"""``kg_names``: Park, Project, Enterprise, Organization and IndustryChain mentions.

Three sources, all driven by ``data/name_patterns.yml`` and
``data/industry_chains.yml``:

1. suffix names: a name suffix (产业园, 二期, 有限公司, 大学 …) ending at a
   token boundary, extended left over jieba tokens until a stop token
   (verbs, function words, punctuation);
2. enumerations: in "A、B和C等40余个重大项目" every item takes the label of
   the head noun after 等 (a strong suffix of its own wins; an item with no
   project-like suffix in a project list is the Enterprise behind it);
3. the industry taxonomy, when the context confirms an industry.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import partial

from spacy.tokens import Doc

from extractors import lexicon
from extractors import name_filters as nf
from extractors.bare_zones import (ZONE_KINDS, bare_heads, bare_start, bare_zones, committees_zones, own_park_words,
                                  zones_of_bodies)
from extractors.base import mentions_of, text_of
from extractors.candidates import Candidate
from extractors.built_works import built_works
from extractors.firm_lists import firm_list_items, leading_firms, weak_suffix_firms
from extractors.chain_tables import chain_table_candidates
from extractors.firm_tables import firm_chain_candidates
from extractors.chains import ChainMatcher
from extractors.honours import HONOURED, honoured_names
from extractors.lead_lists import shared_works_names
from extractors.name_checks import NEEDS_PROPER, NameChecks
from extractors.town_places import town_forms
from extractors.name_chains import chain_terms, counted_chains
from extractors.name_repeats import repeated_names
from extractors.name_lists import enumeration_items, lead_items, shared_tail_items
from extractors.said_names import said_short_forms
from extractors.name_words import CLAUSE_END as _CLAUSE_END
from extractors.name_words import (ROAD_SUFFIXES, counted_before, counted_kind, glued_function_end, heading_works,
                                   place_start)
from extractors.own_bodies import own_bureau
from extractors.project_tables import table_candidates
from extractors.place_quotes import place_quoted_items
from extractors.patterns import NamePatterns, becoming_goal, canonical_name, load_patterns, role_description
from extractors.proper import city_forms, has_proper_element, sector_word
from extractors.name_units import numbered_units, units_of_bodies
from extractors.name_walk import LeftWalk
from extractors.rail_lines import rail_line_spans
from extractors.shared_brand import brand_shared
from extractors.task_forces import task_force_spans
from extractors.suffix_scan import LiteralMatch
from extractors.suffix_starts import PAIRED_WORKS, refined_start
from extractors.text_marks import after_last_mark, doc_number_spans, inside_any
from extractors.token_bounds import TokenBounds
from extractors.zone_shorts import zone_short_candidates
from schema import Label, Mention

_PLACE_LABELS = (Label.REGION, Label.TOWN, Label.VILLAGE)
_COMPANY_SUFFIXES = ("公司", "集团", "有限公", "株式会社")
#: Words ending in 局 that name no bureau, however the segmenter cut them (天津市空间布局: 空间布局 one word).
_NO_BUREAU = ("布局", "格局", "结局", "大局", "全局", "变局", "开局", "僵局", "破局", "新局",
              "大厅", "展厅", "餐厅", "客厅", "歌厅", "门厅")
def _street_office_start(bounds: TokenBounds, start: int, suffix: int) -> int:
    """Where a 街道办事处's name opens: at ``start`` when only places stand between it and the 街道 (杭州市余杭区良渚街道办事处),
    else at the 街道 (区委秘书长杨帆北塘街道办事处, a table's cells run together: 北塘街道办事处)."""
    places = bounds.places  # sorted: the ones opening in ``start:suffix`` are a slice of them
    at, spans = start, places[bisect_left(places, (start,)):bisect_left(places, (suffix,))]
    for opens, ends in spans:
        if opens > at:  # something else between two places
            return spans[-1][0]
        at = max(at, ends)
    return start


#: A national administration whose local bureaus carry its name before their place (国家税务总局天津市北辰区税务局).
_NATIONAL = re.compile(r"国家[\u4e00-\u9fff]{2,10}?总局")


def _town_as_works(text: str, c: Candidate, towns: set[str]) -> bool:
    """A project candidate that is a town, written alone or before 项目 (航天基地、郭杜街道、韦曲街道项目推进较快: the
    towns' projects, no works): a 街道 or one of the text's ``towns``."""
    name = text[c.start:c.end - 2] if text.endswith("项目", c.start, c.end) else text[c.start:c.end]
    return name.endswith("街道") or name in towns


def _national(text: str, bounds: TokenBounds, start: int, end: int) -> bool:
    """Whether the bureau's name at ``start:end`` is a national administration (国家税务总局) or its local bureau,
    whose name carries it before the place (国家税务总局天津市北辰区税务局)."""
    national = _NATIONAL.match(text, start)
    return national is not None and (national.end() == end or national.end() in bounds.place_starts)


#: Bodies of a place's service that need the place or its level in front of them.
_PLACED_BODIES = frozenset(("事务中心", "事务服务中心", "政务服务中心", "政务中心", "行政服务中心", "督查室", "监委", "纪委监委",
                            "海关", "残联", "侨联", "文联", "办事处"))
#: The level of region a government written 政府 must follow (区政府, 西青区政府, 双街镇政府).
_GOVERNED = ("省", "市", "区", "县", "镇", "乡")
#: Words ending so that are no region (城市政府: a city's government in general; 乡镇政府: every town's).
_NOT_GOVERNED = ("城市", "城区", "市区", "地区", "社区", "园区", "辖区", "景区", "新区", "乡镇", "城镇", "村镇", "集镇")
#: What opens the bodies of every county, district or town (各县(市)区人民政府, 各镇街道办事处).
_COLLECTIVE_BEFORE = re.compile(r"各(?:县|区|市|镇|乡|街)?(?:\((?:市|区|县)\))?$")
#: A district's zones written bare, which a quoted name after them is in (高新区“紫光云”).
_ZONE_WORDS = tuple(ZONE_KINDS)


#: Words opening with 工程 that name no works (多计工程量, 拖欠工程款, 工程价款, 工程造价, 工程费).
_WORKS_WORDS = ("量", "款", "价款", "造价", "费")


#: A county's or a city's 城管 before 管委 (区城管委): its urban management committee, no zone's.
_CITY_ADMIN = ("区城管", "市城管", "县城管")
#: Who a firm's project has, after X项目 (蓉芯微电子项目负责人, 中科芯航项目核心团队): X项目 names no works there.
_PROJECT_PEOPLE = ("负责人", "核心团队", "团队", "相关负责人", "经理", "总经理", "技术负责人")
#: Conjunctions before a bare 项目 (汶水路西延工程与|项目): the projects in general, no name ending in 项目.
_JOINING = ("与", "和", "及")


class NamesComponent(LeftWalk):
    """Find names by suffix, enumeration and taxonomy."""

    def __init__(self, *, max_len: int = 24, county_shorts: frozenset[str] = frozenset()) -> None:
        self.patterns: NamePatterns = load_patterns()
        self.chains = ChainMatcher()
        self.max_len = max_len
        self.county_shorts = county_shorts  # the short forms of counties (郫都 of 郫都区), from kg_gazetteer
        self.checks = NameChecks(self.patterns, self.chains)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Candidate]:
        """Candidates from all three sources (overlaps are settled by ``kg_overlaps``)."""
        bounds = TokenBounds(doc)
        places = [m for m in mentions_of(doc) if m.label in _PLACE_LABELS]
        bounds.set_places((m.start, m.end) for m in places)
        bounds.cut_at(m.end for m in places if m.label == Label.TOWN)
        bounds.set_towns(town_forms(places))
        suffixes = self.patterns.suffix_matches(text_of(doc))  # one scan for both suffix rules
        found = list(self._suffix_names(text_of(doc), bounds, suffixes))
        found.extend(Candidate(s, e, label, rule) for s, e, label, rule in enumeration_items(
            self, text_of(doc), bounds, {(c.start, c.end): c.label for c in found if c.strong}))
        found.extend(Candidate(s, e, Label.INDUSTRY_CHAIN, rule) for s, e, rule in counted_chains(
            text_of(doc), bounds, self.patterns, lambda pos: self.left_boundary(text_of(doc), bounds, pos)))
        found.extend(Candidate(s, e, Label.INDUSTRY_CHAIN, rule) for s, e, rule in chain_terms(
            text_of(doc), bounds, self.chains, self.patterns, [c for c in found if c.label == Label.INDUSTRY_CHAIN]))
        found.extend(Candidate(s, e, label, "enum.lead") for s, e, label in lead_items(
            self, text_of(doc), bounds, ((c.start, c.end) for c in found if c.strong)))
        found.extend(Candidate(s, e, label, "enum.shared_tail", True) for s, e, label in shared_tail_items(
            self, text_of(doc), bounds, ((c.start, c.end) for c in found)))
        found.extend(Candidate(s, e, Label.ENTERPRISE, "name.leading_firm") for s, e in leading_firms(
            self, text_of(doc), bounds, ((c.start, c.end) for c in found)))
        found.extend(Candidate(s, e, Label.ENTERPRISE, "name.firm_list") for s, e in weak_suffix_firms(
            self, text_of(doc), bounds, suffixes, ((c.start, c.end) for c in found)))
        found.extend(Candidate(s, e, Label.PROJECT, "name.rail_line") for s, e in rail_line_spans(text_of(doc)))
        found.extend(Candidate(s, e, Label.ORGANIZATION, "name.task_force") for s, e in task_force_spans(text_of(doc)))
        found.extend(self._units(text_of(doc), found))
        found.extend(Candidate(s, e, Label.PROJECT, "name.place_quoted", True)
                     for s, e in place_quoted_items(text_of(doc), bounds.places, _ZONE_WORDS))
        found.extend(self._brand_shared(text_of(doc), bounds, found))
        found = self._with_shared_works(text_of(doc), bounds, found)
        zones = self._bare_zones(doc, bounds, found)  # 经开区党工委 is the zone's body: the bare form's name wins
        zone_spans = {(z.start, z.end) for z in zones}
        found = [c for c in found if (c.start, c.end) not in zone_spans] + zones
        companies = [text_of(doc)[c.start:c.end] for c in found if c.label == Label.ENTERPRISE and c.strong]
        found.extend(Candidate(s, e, Label.PROJECT, "name.built_by", True) for s, e in built_works(text_of(doc), companies))
        found.extend(Candidate(s, e, Label.ENTERPRISE, "list.firm_field", True) for s, e in firm_list_items(text_of(doc)))
        found.extend(repeated_names(text_of(doc), bounds, found))
        found = zone_short_candidates(text_of(doc), bounds, found)  # 航天基地 of 西安国家民用航天产业基地(管委会)
        said = said_short_forms(self, text_of(doc), bounds, found)
        renamed = {(c.start, c.end) for c in said}
        return self._settled(text_of(doc), places, [c for c in found if (c.start, c.end) not in renamed] + said)

    def _settled(self, text: str, places: list[Mention], found: list[Candidate]) -> list[Candidate]:
        """``found`` without honours won, works named by a district's short form, addresses and classes of project
        lists; glued bodies split; a project table's rows in place of what the name rules found in their cells."""
        # an honour won (创建X示范区) is the honour wherever the text names it (rule 4)
        honours = honoured_names(text, {text[c.start:c.end] for c in found if c.label in HONOURED})
        # a works suffix that ends a named district's short form (城 of 相城: 国家统计局相城调查队, 举办苏州相城马拉松)
        shorts = tuple({m.name[:-1] for m in places if m.label == Label.REGION and len(m.name) >= 3 and m.text == m.name})
        # a county named as a park is (长春市绿园区, 商丘市梁园区: the county's name ends as a park's)
        counties = {m.end for m in places if m.label == Label.REGION and m.end - m.start >= 3}
        found = [c for c in found if not (c.label in HONOURED and text[c.start:c.end] in honours)
                 and not (c.label in NEEDS_PROPER and c.rule.startswith("suffix") and text.endswith(shorts, c.start, c.end))
                 and not (c.label == Label.PARK and c.rule.startswith("suffix") and c.end in counties)]
        found = [part for c in found for part in nf.joint_parts(text, c) if not nf.address_or_list(text, part)]
        found = nf.without_former(text, found, {m.start for m in places})  # 原中牟汽车产业集聚区: its name is after 原
        towns = {m.name for m in places if m.label == Label.TOWN}
        found = [c for c in found if not (c.label == Label.PROJECT and _town_as_works(text, c, towns))]
        found = committees_zones(text, found)  # 铜官循环经济工业基地 beside its 管委会: a zone
        if numbers := doc_number_spans(text):  # 郑港项目办〔2024〕17号: no 郑港项目
            found = [c for c in found if not inside_any(numbers, c.start, c.end)]
        found = table_candidates(text, self.patterns, found)  # a project table's rows name what its cells hold
        found = chain_table_candidates(text, self.patterns, found)  # and a chain table's (链主企业: firms)
        chains = firm_chain_candidates(text)
        spans = {(c.start, c.end) for c in found} if chains else set()
        return found + [c for c in chains if (c.start, c.end) not in spans]

    def _units(self, text: str, known: list[Candidate]) -> list[Candidate]:
        """Units of groups and universities, named with them (:mod:`extractors.name_units`)."""
        strong = [c for c in known if c.strong]
        companies = [(c.start, c.end) for c in strong if c.label == Label.ENTERPRISE]
        bodies = [(c.start, c.end) for c in strong if c.label == Label.ORGANIZATION]
        return [Candidate(s, e, Label.ORGANIZATION, "name.numbered_unit") for s, e in numbered_units(text, companies)] \
            + [Candidate(s, e, Label.ORGANIZATION, "name.unit_of_body", True, name) for s, e, name in units_of_bodies(
                text, companies + bodies, [(c.start, c.end) for c in known if c.label == Label.ORGANIZATION],
                self.patterns.suffix_of)]

    def _bare_zones(self, doc: Doc, bounds: TokenBounds, known: list[Candidate]) -> list[Candidate]:
        """Zones written bare (开发区, 经开区) as the district's own (:mod:`extractors.bare_zones`)."""
        text = text_of(doc)
        owners = [o for o in (*doc.user_data.get("kg_focus_counties", [])[:1], doc.user_data.get("kg_focus_city", "")) if o]
        named = [c.name or text[c.start:c.end] for c in known if c.label == Label.PARK]
        stops = self.patterns.stop_tokens
        zones = named + zones_of_bodies(text[c.start:c.end] for c in known if c.label == Label.ORGANIZATION)
        before = partial(bare_start, text, bounds, stops)
        first_line = text.find("\n")
        titled = [c.name or text[c.start:c.end] for c in known if c.label == Label.PARK and c.end <= first_line]
        return [Candidate(s, e, label, rule, True, name)
                for s, e, label, name, rule in bare_zones(text, bounds, stops, owners, zones)] + [
            Candidate(s, e, Label.PARK, "park.bare_head", True, name)  # 科技城 of 京津中关村科技城, 园区 of a park's text
            for s, e, name in bare_heads(text, before, named) + own_park_words(text, before, titled)]

    def _brand_shared(self, text: str, bounds: TokenBounds, known: list[Candidate]) -> list[Candidate]:
        """Second items that share the brand of the park or project before them (绿地缤纷城及全球贸易港); a
        name opening with a place (北京十一学校…及幼儿园项目) has no brand to share."""
        firsts = ((c.start, c.end, c.label) for c in known
                  if c.strong and c.label in NEEDS_PROPER and c.start not in bounds.place_starts)
        items = brand_shared(text, firsts, lambda item, label: self.patterns.suffix_label(
            canonical_name(item, label)) == label, self.patterns.suffix_of)
        starts = sorted(c.start for c in known)  # an item holding a name found (…和新材料产业园富源北路) is none
        return [Candidate(s, e, label, "name.brand_shared", True, name) for s, e, label, name in items
                if bisect_left(starts, s) == bisect_left(starts, e)]

    def _with_shared_works(self, text: str, bounds: TokenBounds, found: list[Candidate]) -> list[Candidate]:
        """``found`` with :meth:`_shared_works`, in place of a list item found as written (永金引河)."""
        shared = self._shared_works(text, bounds, found)
        spans = {(c.start, c.end) for c in shared}
        return [c for c in found if (c.start, c.end) not in spans] + shared

    def _shared_works(self, text: str, bounds: TokenBounds, known: list[Candidate]) -> list[Candidate]:
        """Things of one kind before works named after the last of them (实施永金引河、淀南引河治理工程): the works of
        each (永金引河治理工程); places are no such things (西堤头镇、双街镇…治理工程 are works of towns, left unnamed)."""
        starts = sorted(c.start for c in known)
        ends_at: dict[int, set[int]] = {}  # where the names found at each start end
        for c in known:
            ends_at.setdefault(c.start, set()).add(c.end)
        out: list[Candidate] = []
        for c in known:
            if c.label != Label.PROJECT or not c.strong or c.start < 1 or text[c.start - 1] != "、":
                continue
            floor = max(0, c.start - 60)
            opens = after_last_mark(text, _CLAUSE_END, floor, c.start)
            items = shared_works_names(text, (c.start, c.end), opens)
            if items:  # the first item opens after the verb before it (实施)
                s, e, name = items[0]
                cut = max(s, self.left_boundary(text, bounds, e))
                items[0] = (cut, e, name[cut - s:])
            if all(bounds.place_end_at.get(s) != e and e - s >= 2 and bisect_left(starts, s + 1) == bisect_left(starts, e)
                   and ends_at.get(s, {e}) == {e} and has_proper_element(text[s:e])
                   for s, e, _ in items):
                out.extend(Candidate(s, e, Label.PROJECT, "name.shared_works", True, name) for s, e, name in items)
        return out

    def _suffix_ends_no_name(self, text: str, bounds: TokenBounds, m: LiteralMatch) -> bool:
        """The suffix match ``m`` ends no name whatever stands before it."""
        end = m.end()
        if not bounds.is_end(end) and not glued_function_end(text, bounds, end) \
                and not (m.group(0) == "局" and text.startswith("局长", end) and bounds.is_end(end + 2)):
            return True  # (江夏区交通运输|局局长: the bureau, then its head's title)
        if text.startswith(("分院", "分校", "核心区"), end) or text.startswith("之隔", end) \
                or text.startswith("片区", end) and m.group(0) not in ROAD_SUFFIXES:
            return True  # 肥东县人民医院示范园|分院, 京津冀地区实验室|核心区: the name runs on; 一路之隔 (a road apart);
            # 黄埔港|片区: an area named by the works (a road's stays a road: 北辰道|片区, rule 11)
        if m.group(0) == "管委" and text.endswith(_CITY_ADMIN, 0, m.start() + 1):
            return True  # 北辰区城管委: the 城市管理委员会 written short, no zone's 管委
        if m.group(0) == "工程" and (text.endswith("主体", 0, m.start()) or text.startswith(_WORKS_WORDS, end)):
            return True  # …技术升级项目|主体工程: the main works of the project named before; 多计工程|量, 工程|款
        label, strong = self.patterns.suffixes[m.group(0)]
        if label == Label.PARK and nf.PARK_RUNS_ON.match(text, end):
            return True  # 新城|路38号: a road named after a park; 北京市第八十中学京津合作示范区|学校: a school there
        if not strong and (glued_function_end(text, bounds, end + 1) and not lexicon.count(text[end:end + 2])
                           or m.group(0) == "城" and nf.CITY_FIRM.match(text, end)):  # 汉阳城|更公司: a firm written short
            return True  # 雨花城|投为|长沙…: the word runs on into the token the segmenter glued to a function word
        if label == Label.PROJECT and (text.endswith("街道", 0, end)  # a 街道 is a town, not a road
                                       or m.group(0) == "工程" and nf.DISCIPLINES.match(text, end)  # 机械工程…等学科
                                       or text[m.start() - 1:end] in nf.WORDS_ENDING_LIKE_WORKS  # 分阶段, 多渠道
                                       or m.group(0) == "段" and text[end:end + 1] in ")）"  # 北运河(北辰段)
                                       or m.group(0) == "中心" and text.startswith(("村", "镇", "城区"), end)  # 中心村
                                       or not strong and text.startswith(("社区", "村", "街道", "镇", "乡"), end)
                                       # 南港|社区, 中山路|社区, 夏港|街道: a place named by the works' word
                                       or m.group(0) == "市场" and not text.endswith(nf.MARKET_KINDS, 0, m.start())
                                       or m.group(0) in ("生产线", "车间") and text.endswith("项目", 0, m.start())
                                       or m.group(0) == "项目" and text.startswith(_PROJECT_PEOPLE, end)
                                       or m.group(0) == "项目" and text[m.start() - 1:m.start()] in _JOINING):
            # 察看了鑫源汽车零部件二期项目|生产线: the named project's line, no works of its own; 蓉芯微电子项目|负责人:
            # the people of a firm's project, no works named; 汶水路西延工程与|项目同步建成: the projects, after a conjunction
            return True
        # weak enterprise suffixes (科技, 动力 …) only count inside enumerations; 股份合作社
        return not strong and label == Label.ENTERPRISE or text.startswith("合作社", end)

    def _suffix_start(self, text: str, bounds: TokenBounds, m: LiteralMatch, label: Label, company: bool) -> int:
        """Where the name ending in the suffix ``m`` opens; -1 where a bureau's or a body's suffix ends no one body."""
        end = m.end()
        start = place_start(bounds.places, self.left_boundary(text, bounds, m.start(), company=company,
                                                              body=label == Label.ORGANIZATION))
        if m.group(0) == "办事处" and "驻" not in text[start:m.start()]:  # (佛山海关驻禅城办事处: stationed there)
            start = _street_office_start(bounds, start, m.start())
        if m.group(0) in ("局", "厅") and (start not in bounds.place_starts and not own_bureau(text, bounds, start, m.start())
                                          and not _national(text, bounds, start, end)
                                  or text.endswith(_NO_BUREAU, 0, end) and not text.endswith(("创新局", "更新局"), 0, end)
                                  or end - bounds.token_start(end - 1) == 2 and lexicon.count(text[end - 2:end])):
            return -1  # a bureau needs its region in front (江夏区经济和信息化局, 区统计局, 湖北省科学技术厅), else 格局, 大厅
        if m.group(0) in _PLACED_BODIES and start not in bounds.place_starts and text[start:start + 1] not in _GOVERNED \
                and not {text[start:start + 2], text[start:start + 3]} & city_forms():
            return -1  # 区机关事务服务中心, 区委督查室, 长沙海关: a service body needs its place (not 新政务服务中心)
        if m.group(0) == "政府" and (text[m.start() - 1:m.start()] not in _GOVERNED
                                    or text.endswith(_NOT_GOVERNED, 0, m.start())
                                    or text[m.start() - 1] in "镇乡" and m.start() - start < 3):
            return -1  # 区政府, 双街镇政府 (a government written short: 人民政府 in resolution), not 法治政府, 镇政府
        if label == Label.ORGANIZATION and _COLLECTIVE_BEFORE.search(text, max(0, start - 8), start):
            return -1  # 各县（市）区人民政府: the bodies of every county, no one body
        if label == Label.PROJECT and text[start:start + 1] in "(（":  # (集团)有限公司北疆港区…二期工程: the walk's reach cut
            return nf.after_company(text, start, m.start())  # the company's name; the works start after it
        if label != Label.PARK:
            return start
        return nf.park_address_start(text, bounds, self.patterns, nf.after_company(text, start, m.start()), m.start())

    def _described(self, text: str, bounds: TokenBounds, m: LiteralMatch, start: int, label: Label) -> bool:
        """The words from ``start`` to the suffix ``m`` describe what a place is or becomes (是全国重要的蔬菜生产基地,
        打造成为…科技创新中心), head a section, count a kind (城市更新行动项目40个) or name a place's works: no name."""
        end = m.end()
        if label == Label.ORGANIZATION:
            return becoming_goal(text, start, end)
        return label in NEEDS_PROPER and (role_description(text, start, end) or heading_works(text, end)
                                          or counted_kind(text, start, end) or counted_before(text, start)
                                          or bounds.place_end_at.get(start) == m.start() and m.group(0) in PAIRED_WORKS)

    def _suffix_names(self, text: str, bounds: TokenBounds, suffixes: list[LiteralMatch]) -> list[Candidate]:
        """Names ending in a suffix of ``suffixes``, walked left to where they open."""
        out: list[Candidate] = []
        for m in suffixes:
            if self._suffix_ends_no_name(text, bounds, m):
                continue
            end = m.end()
            label, strong = self.patterns.suffixes[m.group(0)]
            company = label == Label.ENTERPRISE and m.group(0).endswith(_COMPANY_SUFFIXES)
            start = self._suffix_start(text, bounds, m, label, company)
            if start < 0:
                continue
            if (refined := refined_start(self, text, bounds, m, start, label, company)) is None:
                continue
            start = refined
            if self._described(text, bounds, m, start, label):
                continue
            if label == Label.ENTERPRISE and not company and sector_word(text[start:m.start()]) \
                    and not has_proper_element(text[start:m.start()]):
                continue  # 加快向生物制药转型: a trade (common words) before a trade suffix, no company
            if self._suffix_name_holds(text, bounds, m, start, label, strong):
                start = nf.with_size(text, bounds, start)  # 建设|12英寸功率半导体封测基地: the size keeps its number
                out.append(Candidate(start, nf.part_end(text, end, label), label, f"suffix.{label.value}", strong))
                if label == Label.PROJECT and (works := nf.works_on_named(text, end, text[start:end])) > end:
                    out.append(Candidate(start, works, label, "suffix.works_on_named", strong))
                if label == Label.PARK and (phase := nf.park_phase_end(text, end)) > end:
                    out.append(Candidate(start, phase, Label.PROJECT, "suffix.park_phase", strong))
        return out

    def _suffix_name_holds(self, text: str, bounds: TokenBounds, m: LiteralMatch, start: int, label: Label,
                           strong: bool) -> bool:
        """Whether the words from ``start`` to the suffix ``m`` and the suffix make a name of ``label``: long enough
        (two characters before a weak suffix), acceptable and proper, cutting no word at either end of the suffix."""
        min_prefix = 1 if strong else 2
        return m.start() - start >= min_prefix and self.checks.acceptable_at(text, bounds, start, m.end(), label) \
            and self.proper(text, start, m.start(), label, bounds) \
            and not (label in NEEDS_PROPER and nf.suffix_cuts_word(text, bounds, start, m.start(), m.end())) \
            and not nf.suffix_starts_compound(text, m.start())

    def acceptable(self, name: str, label: Label) -> bool:
        """True if ``name`` (as written) may be a name of ``label`` (:meth:`NameChecks.acceptable`)."""
        return self.checks.acceptable(name, label)

    def proper(self, text: str, start: int, end: int, label: Label, bounds: TokenBounds) -> bool:
        """Whether ``text[start:end]`` before a suffix names one park or work (:meth:`NameChecks.proper`)."""
        return self.checks.proper(text, start, end, label, bounds)

    def set_annotations(self, doc: Doc, found: list[Candidate]) -> None:
        """Turn candidates into mentions with canonical names."""
        mentions = mentions_of(doc)
        for c in found:
            surface = text_of(doc)[c.start:c.end]
            written = c.name or surface
            name = self.chains.canonical(written, text_of(doc)) if c.label == Label.INDUSTRY_CHAIN \
                else canonical_name(written, c.label)
            if name:
                mentions.append(Mention(label=c.label, text=surface, name=name, start=c.start, end=c.end,
                                        rule=c.rule, properties={} if c.strong else {"weak": True}))
