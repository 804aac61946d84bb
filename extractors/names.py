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
from dataclasses import dataclass

from spacy.tokens import Doc

from extractors import lexicon
from extractors import name_filters as nf
from extractors.base import mentions_of, text_of
from extractors.chains import ChainMatcher
from extractors.name_chains import chain_terms, counted_chains
from extractors.name_lists import lead_items, shared_tail_items
from extractors.name_words import (
    CHAIN_QUALIFIERS,
    COMPANY_INNER,
    GLUED_AFTER,
    GLUED_POSITIONS,
    after_inner_words,
    body_word,
    counted_slogan,
    county_before,
    glued_clause_opening,
    glued_function_end,
    glued_function_start,
    has_stop,
    heading_works,
    kinds_wanted,
    name_opening,
    name_token,
    place_start,
    quoted_phase,
    quoted_start,
    repeat_bounded,
    specific_suffix,
    unquoted,
)
from extractors.name_words import CLAUSE_END as _CLAUSE_END
from extractors.pair_gate import occurrence_lists
from extractors.patterns import (
    NamePatterns,
    becoming_goal,
    canonical_name,
    load_patterns,
    role_description,
)
from extractors.proper import brand_like, has_proper_element, sector_word
from extractors.rail_lines import rail_line_spans
from extractors.text_marks import MarkIndex, comma_list_start
from extractors.token_bounds import TokenBounds
from schema import Label, Mention

_PLACE_LABELS = (Label.REGION, Label.TOWN, Label.VILLAGE)
_ITEM_SPLIT = re.compile(r"、|以及|(?:和|及|与)(?![、，,；;。等])|下穿|上跨")  # 高丘六和、…: 和 ends a name
_COMPANY_FORM = re.compile(r"有限责任公司|有限公司|集团")
_CAPACITY = re.compile(r"\s*(?:年产\s*)?\d")
#: Endings of what a plan wants a place to become, or of a class of works, rather than one named work.
_ROLE_ENDINGS = ("经济中心", "消费中心", "副中心", "区域中心", "道路", "产城", "廊道", "核心区", "核心功能区")
#: Stop words that describe a product inside a name when a name word stands before them (…重工大型矿用挖掘机生产线).
_INNER_MODIFIERS = frozenset(("大型", "小型"))
_ROAD_WORKS = re.compile(r"(?:道|路|公路|高速|大道|快速路)(?:互通)?立交(?:工程|项目)?$")
_TOWN_PROGRAMME = re.compile(r"示范(?:小城)?镇建设(?:工程|项目)$")
#: Road and line suffixes: a park name written before a road is the road's location, not its name
#: (高端装备产业园永信道 -> 永信道).
_ROAD_SUFFIXES = ("道", "路", "公路", "大道", "快速路", "高速")
#: Labels whose names need a proper element (ANNOTATION.md rule 3).
_NEEDS_PROPER = (Label.PROJECT, Label.PARK)
#: Works suffixes whose names may pair two works with 与 (…综合治理与生态修复工程).
_PAIRED_WORKS = ("工程", "项目")
_COMPANY_SUFFIXES = ("公司", "集团", "有限公")
_ITEM_CLAUSE = "，,；;。：:！？\n（("  # an enumeration's items start after one of these
#: Labels whose names found once are also found at their other occurrences in the same text.
_REPEATED = (Label.PARK, Label.PROJECT, Label.ENTERPRISE, Label.ORGANIZATION)
#: Enumeration heads that make their items specific even without one (rule 14).
_SPECIFIC_HEADS = ("项目", "重大项目", "重点项目", "产业项目", "龙头项目", "旗舰项目", "载体项目", "在谈项目")


@dataclass(frozen=True)
class Candidate:
    """A proposed name span with its label and how it was found."""

    start: int
    end: int
    label: Label
    rule: str
    strong: bool = True


class NamesComponent:
    """Find names by suffix, enumeration and taxonomy."""

    def __init__(self, *, max_len: int = 24, county_shorts: frozenset[str] = frozenset()) -> None:
        self.patterns: NamePatterns = load_patterns()
        self.chains = ChainMatcher()
        self.max_len = max_len
        self.county_shorts = county_shorts  # the short forms of counties (郫都 of 郫都区), from kg_gazetteer

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Candidate]:
        """Candidates from all three sources (overlaps are settled by ``kg_overlaps``)."""
        bounds = TokenBounds(doc)
        bounds.set_places((m.start, m.end) for m in mentions_of(doc) if m.label in _PLACE_LABELS)
        found = list(self._suffix_names(text_of(doc), bounds))
        found.extend(self._enumerations(text_of(doc), bounds, found))
        found.extend(Candidate(s, e, Label.INDUSTRY_CHAIN, rule)
                     for s, e, rule in chain_terms(text_of(doc), bounds, self.chains, self.patterns))
        found.extend(Candidate(s, e, Label.INDUSTRY_CHAIN, rule) for s, e, rule in counted_chains(
            text_of(doc), bounds, self.patterns, lambda pos: self.left_boundary(text_of(doc), bounds, pos)))
        found.extend(Candidate(s, e, label, "enum.lead") for s, e, label in lead_items(
            self, text_of(doc), bounds, ((c.start, c.end) for c in found if c.strong)))
        found.extend(Candidate(s, e, label, "enum.shared_tail", True) for s, e, label in shared_tail_items(
            self, text_of(doc), bounds, ((c.start, c.end) for c in found)))
        found.extend(Candidate(s, e, Label.PROJECT, "name.rail_line") for s, e in rail_line_spans(text_of(doc)))
        found.extend(self._repeats(text_of(doc), bounds, found))
        return [c for c in found if not nf.honour(text_of(doc), c.label, c.start, c.end)]

    def _repeats(self, text: str, bounds: TokenBounds, known: list[Candidate]) -> list[Candidate]:
        """Other occurrences of a park, project, enterprise or organisation name found once in the text
        (a name read from a project list is the same name in a list of facilities: 盛景星级酒店)."""
        spans = {(c.start, c.end) for c in known}
        out: list[Candidate] = []
        named = {(text[c.start:c.end], c.label): c for c in known if c.label in _REPEATED and c.end - c.start >= 4}
        found = occurrence_lists((surface for surface, _ in named), text)  # each as occurrences(surface, text)
        for c in named.values():
            for at, end in found[text[c.start:c.end]]:
                if (at, end) not in spans and repeat_bounded(text, bounds, at, end):
                    out.append(Candidate(at, end, c.label, "name.repeat", c.strong))
        return out

    def _suffix_names(self, text: str, bounds: TokenBounds) -> list[Candidate]:
        out: list[Candidate] = []
        for m in self.patterns.suffix_re.finditer(text):
            end = m.end()
            if not bounds.is_end(end) and not glued_function_end(text, bounds, end):
                continue
            label, strong = self.patterns.suffixes[m.group(0)]
            if label == Label.PROJECT and text.endswith("街道", 0, end):
                continue  # a 街道 is a town, not a road
            if label == Label.PROJECT and m.group(0) == "工程" and nf.DISCIPLINES.match(text, end):
                continue  # 机械工程、电气工程等优势学科: a discipline, not a works
            if label == Label.PROJECT and text[m.start() - 1:end] in nf.WORDS_ENDING_LIKE_WORKS:
                continue  # 分阶段, 多渠道: 段 and 道 end a common word here, no road or section
            if not strong and label == Label.ENTERPRISE or text.startswith("合作社", end):
                continue  # weak enterprise suffixes (科技, 动力 …) only count inside enumerations; 股份合作社
            company = label == Label.ENTERPRISE and m.group(0).endswith(_COMPANY_SUFFIXES)
            start = place_start(bounds.places, self.left_boundary(text, bounds, m.start(), company=company,
                                                                  body=label == Label.ORGANIZATION))
            if m.group(0) == "局" and (start not in bounds.place_starts
                                      or end - bounds.token_start(end - 1) == 2 and lexicon.count(text[end - 2:end])):
                continue  # a bureau needs its region in front (江夏区经济和信息化局), else 格局, 在X街道布局
            start = nf.after_company(text, start, m.start()) if label == Label.PARK else start  # …有限公司江夏产业园
            start = nf.after_quality(text, bounds, start, m.start())  # 高能级科创平台|嘉定新城科创中心
            if label == Label.PROJECT and m.group(0) in _ROAD_SUFFIXES:
                start = self._after_park(text, bounds, start, m.start())
            if label == Label.PROJECT and m.group(0) == "项目":
                if self.patterns.park_suffix_re.search(text, max(start, m.start() - 6), m.start()) \
                        and self.patterns.suffix_label(text[start:m.start()]) == Label.PARK:
                    continue  # 锡联感知产业园项目: a park suffix decides even when the text calls it 项目
                start = self._company_capacity_start(text, bounds, start, m.start())
            if label == Label.PROJECT and m.group(0) in _PAIRED_WORKS:  # …综合治理与生态修复工程
                start = nf.paired_works_start(text, bounds, start, m.start(), self.patterns,
                                              lambda pos: self.left_boundary(text, bounds, pos))
            if label in _NEEDS_PROPER and (role_description(text, start, end) or heading_works(text, end)) \
                    or label == Label.ORGANIZATION and becoming_goal(text, start, end):
                continue  # 是全国重要的蔬菜生产基地, 打造成为…科技创新中心: what a place is or becomes, no name
            min_prefix = 1 if strong else 2
            if label == Label.ENTERPRISE and not company and sector_word(text[start:m.start()]) \
                    and not has_proper_element(text[start:m.start()]):
                continue  # 加快向生物制药转型: a trade (common words) before a trade suffix, no company
            if m.start() - start >= min_prefix and self.acceptable(text[start:end], label) \
                    and self._proper(text, start, m.start(), label, bounds) \
                    and not (label in _NEEDS_PROPER and nf.suffix_cuts_word(text, bounds, start, m.start(), end)) \
                    and not nf.suffix_starts_compound(text, m.start()):
                out.append(Candidate(start, nf.part_end(text, end, label), label, f"suffix.{label.value}", strong))
        return out

    def left_boundary(self, text: str, bounds: TokenBounds, pos: int, *, company: bool = False,
                      body: bool = False) -> int:
        """Walk left over name tokens from ``pos``; return where the name starts.

        ``company``: the suffix is a company form (有限公司, 集团), whose names also
        hold words such as 发展/管理 and a bracketed place (华芯(无锡)微电子有限公司).
        """
        start = bounds.token_start(pos)
        floor = max(0, pos - self.max_len)
        while start > floor:
            if company and (county := county_before(text, start, self.county_shorts)) < start:
                start = county  # 成都郫|都, 从化, 于|都: a county's short form opens a company name, however cut
                continue
            prev = bounds.token_start(start - 1)
            token = text[prev:start]
            if token in ("”", '"') and "“" in text[floor:prev]:
                start = text.rfind("“", floor, prev)
                continue
            if company and token in ("）", ")"):
                opening = max(text.rfind("（", floor, prev), text.rfind("(", floor, prev))
                if 0 <= opening and 2 <= prev - opening - 1 <= 4 and opening > 0 \
                        and self._name_token(text[bounds.token_start(opening - 1):opening], text, opening):
                    start = opening
                    continue
            if token == "公" and text.endswith("有限", 0, prev):
                break  # the garbled end of the company before (…有限公中铁四局…)
            if company and token.endswith("公司") and "分" not in text[pos - 1:pos + 1]:
                return after_inner_words(text, bounds.words_in(start, pos), start)  # 由A有限公司投资建设B有限公司
            if token == "中" and (prev == 0 or text[prev - 1] in _CLAUSE_END + "、"
                                 or text[bounds.token_start(prev - 1):prev] in self.patterns.stop_tokens):
                start = prev  # 中 after a stop word or a mark starts a name (下属中材…, 、中铁…), not 在…中
                break
            inner = (company and token in COMPANY_INNER) or (body and body_word(token, text, start) and not (
                token == "建设" and text[prev - 2:prev] in self.patterns.stop_tokens))  # 开发建设X研究院
            inner_size = (token.isdigit() and text.startswith(nf.SIZES, start)  # 华芯12英寸特色工艺生产线
                          or token == "特色" and text.endswith(nf.SIZES, 0, prev))
            if (token in _INNER_MODIFIERS or inner_size) and prev > floor and self._name_token(
                    text[bounds.token_start(prev - 1):prev], text, prev):
                start = prev  # 彭城重工大型矿用挖掘机生产线: a size or kind word inside a name (not 建设100兆瓦…)
                continue
            if not inner and not self._name_token(token, text, start) \
                    and not self._split_word(text, bounds, prev, start):
                if glued_function_start(token):
                    start = prev + 1  # 以坪山|生物医药…: the name starts after the glued function word
                break
            start = prev
        return name_opening(text, bounds, start, pos, company=company, body=body)

    def _company_capacity_start(self, text: str, bounds: TokenBounds, start: int, end: int) -> int:
        """<full company name><capacity><product>项目 is one project name (…有限公司年产1万辆…重卡项目), and so is
        <full company name><works>项目 when the name's own walk stopped inside the company (…现代物流有限公司研发中心建设项目)."""
        last = None
        for co in _COMPANY_FORM.finditer(text, max(0, end - 30), end):
            last = co
        if last is None or any(ch in _CLAUSE_END or ch in "、" for ch in text[last.end():end]):
            return start
        company = self.left_boundary(text, bounds, last.start(), company=True)
        capacity = _CAPACITY.match(text, last.end()) is not None
        return company if company < last.start() and company < start and (capacity or start <= last.start()) else start

    def _split_word(self, text: str, bounds: TokenBounds, prev: int, start: int) -> bool:
        """A one-character token that the segmenter cut off its word (睿智/能 in 宁睿智能电网)."""
        if start - prev != 1 or prev == 0 or text[prev] in GLUED_AFTER:
            return False  # 变更|为: a function word after a verb, no piece of 更为
        before = text[bounds.token_start(prev - 1):prev]
        return bool(lexicon.count(text[prev - 1:start])) and before not in self.patterns.stop_tokens \
            and self._name_token(before, text, prev)

    def _after_park(self, text: str, bounds: TokenBounds, start: int, end: int) -> int:
        """Skip a park name at the start of a road name (生物医药产业园富源南路 -> 富源南路)."""
        for park in self.patterns.park_suffix_re.finditer(text, start, end):
            if bounds.is_end(park.end()) and end - park.end() >= 1:
                start = park.end()
        return start

    def _name_token(self, token: str, text: str, end: int) -> bool:
        return name_token(token, text, end, self.patterns.stop_tokens)

    def acceptable(self, name: str, label: Label) -> bool:
        """True if ``name`` (as written) may be a name of ``label``: no generic phrase, no works on a road, …"""
        clean = canonical_name(name, label)
        if len(clean) < 2 or clean in self.patterns.generic.get(label, ()):
            return False
        if label == Label.PROJECT and _ROAD_WORKS.search(clean):
            return False  # 上跨龙门东道立交工程: works on a road are annotated by the road (ANNOTATION.md rule 11)
        if label == Label.PROJECT and nf.NOT_WORKS.match(clean):
            return False  # 大运河北辰段, 信用中国(天津北辰)网站: a river or its stretch, a website (rule 4)
        if label == Label.PROJECT and _TOWN_PROGRAMME.search(clean):
            return False  # 木渎示范镇建设工程: the programme of a town (ONTOLOGY: 示范镇 is the town), no project
        if label in _NEEDS_PROPER and (clean.endswith(_ROLE_ENDINGS) or lexicon.tagged(clean, "idiom")):
            return False  # a city's role (天津经济中心, 北部副中心), a class of roads (骨干道路), an idiom (必由之路)
        levels = ("市级", "省级", "区级", "国家级") if label == Label.ORGANIZATION else ()  # 省级工程研究中心: a class
        return not clean.startswith(self.patterns.bad_starts + levels) and not quoted_phase(name) \
            and not nf.GLUED_LIST.search(clean)

    def _proper(self, text: str, start: int, end: int, label: Label, bounds: TokenBounds) -> bool:
        """A project or park name needs a proper element before its suffix (a word or a gazetteer place);
        a park may be named by an industry."""
        prefix = text[start:end]
        if label not in _NEEDS_PROPER or has_proper_element(prefix):
            return True
        if bounds.place_within(start, end):
            return True
        if len(bounds.words_in(start, end)) >= 3 and len(text) > end and specific_suffix(self.patterns, text, end):
            return True  # a long descriptive name with a specific type is a name (都市绿谷田园综合体)
        return label == Label.PARK and self.chains.ends_with_term(prefix)

    def _enumerations(self, text: str, bounds: TokenBounds, known: list[Candidate]) -> list[Candidate]:
        strong = {(c.start, c.end): c for c in known if c.strong}
        out: list[Candidate] = []
        marks = MarkIndex(text, _ITEM_CLAUSE)
        places = set(bounds.places)
        for m in self.patterns.head_re.finditer(text):
            head = m.group("head")
            label = self.patterns.heads[head]
            items = [] if "文物" in m.group(0) else self._items(  # 等文物修缮工程: heritage
                text, bounds, m.start(), marks, unquote=head in _SPECIFIC_HEADS)
            specific = head in _SPECIFIC_HEADS and not (items and kinds_wanted(text, items[0][0]))
            for s, e in items:
                e = nf.item_without_activity(text, s, e, self.patterns.suffix_of)  # …示范区建设等项目: the park
                built = head in _SPECIFIC_HEADS and (s, e) in strong and strong[(s, e)].label == Label.ORGANIZATION
                if (s, e) in strong and not built:
                    continue
                item = text[s:e]
                if text[s - 1:s] == "“" and counted_slogan(item):
                    continue  # 推动“一园两带”、…等项目: a layout's slogan, no works
                item_label = Label.PROJECT if built else self._item_label(item, label)  # 建设X研究院等产业项目 (rule 14)
                if item_label == Label.PROJECT and head in _SPECIFIC_HEADS and not self.patterns.suffix_of(item) \
                        and brand_like(item) and text[s - 1:s] != "“":  # a quoted item is a coinage
                    item_label = Label.ENTERPRISE  # a bare trade name stands for its enterprise (rule 15)
                if item_label != Label.INDUSTRY_CHAIN and item in self.chains.canonical_of:
                    continue  # 装备制造、新能源新材料等研究院: industries that qualify the head, no names
                if not item_label or not self.acceptable(item, item_label) or item_label in (Label.PARK, Label.ENTERPRISE) \
                        and not self.patterns.suffix_of(item) and sector_word(item):
                    continue  # 科技服务等主题园区, 电力、燃气等国有企业: sectors that qualify the head, no names
                if item_label == Label.PROJECT and item.endswith(_ROAD_SUFFIXES):
                    road = self._after_park(text, bounds, s, e - 1)
                    if road > s:  # 高端装备产业园永信道: the park, then the road
                        out.append(Candidate(s, road, Label.PARK, f"enum.{label.value}", True))
                        s = road
                if (s, e) in places and item_label in (Label.PROJECT, Label.PARK):
                    continue  # 新村街、宜兴埠镇及北仓镇等社区卫生服务中心建设项目: the towns of the works, no works
                if head == "机构" and not nf.named_body(text, bounds.place_around, s, e, self.patterns.suffix_of):
                    continue  # 引进北京、长三角…知名的教育、医疗等机构: places and kinds of body, no names
                if specific or self._proper(text, s, e - len(self.patterns.suffix_of(item)), item_label, bounds):
                    out.append(Candidate(s, e, item_label, f"enum.{label.value}", True))
        return out

    def _items(self, text: str, bounds: TokenBounds, deng: int, marks: MarkIndex,
               unquote: bool = False) -> list[tuple[int, int]]:
        """The items of the list ending at ``deng`` (等 or the head); ``unquote``: an item written “X” is X."""
        clause = marks.last_before(deng) + 1  # marks of _ITEM_CLAUSE
        start = comma_list_start(text, clause, deng, marks)
        if start < clause and not self._joinable(text, bounds, start, clause, deng):
            start = clause
        cuts = [(part.start(), part.end()) for part in _ITEM_SPLIT.finditer(text, start, deng)]
        if start < clause:
            cuts = sorted([*cuts, (clause - 1, clause)])
        items, pos = [], start
        for cut_start, cut_end in cuts:
            items.append((pos, cut_start))
            pos = cut_end
        items.append((pos, deng))
        if len(items) < 2 and text[deng:deng + 1] != "等":
            return []
        first_s, first_e = items[0]
        opening = quoted_start(text, first_s, first_e) if unquote else -1  # 推动“梦天津”、…等项目
        items[0] = (opening if opening >= 0 else self.left_boundary(text, bounds, first_e - 1)
                    if first_e > first_s else first_e, first_e)
        if items[0][0] < first_s:
            items[0] = (first_s, first_e)
        elif glued_clause_opening(text, items[0][0] - 2, items[0][0]):
            items[0] = (items[0][0] - 1, first_e)  # 以天|锻、长荣印刷等企业: 天锻, cut by the glued 以
        at = max(text.rfind(word, items[0][0], first_e) for word in GLUED_POSITIONS)
        if at >= 0:  # 京津公路沿线红星美凯龙、…等: the list starts after the place it is along
            items[0] = (at + 2, first_e)
        items = [unquoted(text, s, e) for s, e in items] if unquote else items
        return [(s, e) for s, e in items if 2 <= e - s <= self.max_len and not has_stop(text[s:e], self.patterns)]

    def _joinable(self, text: str, bounds: TokenBounds, start: int, clause: int, deng: int) -> bool:
        """Whether the list before a comma (``start`` to ``clause``) joins the item after it (A、B、C，D等):
        D is all name (no verb: …，引进宁德时代等), and A, B, C are names of three to ten characters, no
        places (杨柳青镇、辛口镇…) and no counts (小学2所)."""
        if self.left_boundary(text, bounds, deng - 1) > clause:
            return False
        first = self.left_boundary(text, bounds, text.find("、", start, clause) - 1)
        parts = text[max(first, start):clause - 1].split("、")
        if any(not 3 <= len(p) <= 10 or re.search(r"[\d所个]", p) for p in parts):
            return False
        return not any(start <= s < clause for s, _ in bounds.places)

    def _item_label(self, item: str, head: Label) -> Label | None:
        own = self.patterns.suffix_label(item)
        if head == Label.INDUSTRY_CHAIN:
            stem = item.removesuffix("链").removesuffix("产业")
            named = item.endswith(("产业", "产业链")) and len(stem) >= 2 and "等" not in stem \
                and stem not in CHAIN_QUALIFIERS  # 优势产业, 现代服务业等新兴产业: kinds, not chains
            return Label.INDUSTRY_CHAIN if own is None and (item in self.chains.canonical_of or named) else None
        return own or head

    def set_annotations(self, doc: Doc, found: list[Candidate]) -> None:
        """Turn candidates into mentions with canonical names."""
        mentions = mentions_of(doc)
        for c in found:
            surface = text_of(doc)[c.start:c.end]
            name = self.chains.canonical(surface) if c.label == Label.INDUSTRY_CHAIN else canonical_name(surface, c.label)
            if name:
                mentions.append(Mention(label=c.label, text=surface, name=name, start=c.start, end=c.end,
                                        rule=c.rule, properties={} if c.strong else {"weak": True}))
