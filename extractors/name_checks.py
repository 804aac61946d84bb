"""Checks on a name the suffix and list rules found: whether it may be a name of its label at all
(:meth:`NameChecks.acceptable`: no generic phrase, no class of projects, no works on a road …) and whether a park or
project name holds a proper element before its suffix (:meth:`NameChecks.proper`, ANNOTATION.md rule 3)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors import lexicon
from extractors import name_filters as nf
from extractors.chains import HEADING_OPENING, ChainMatcher
from extractors.honours import HONOURED
from extractors.name_walk import conjunction_opened
from extractors.name_words import GLUED_POSITIONS, quoted_phase, specific_suffix
from extractors.patterns import NamePatterns, canonical_name
from extractors.proper import city_forms, has_proper_element
from extractors.token_bounds import TokenBounds
from schema import Label

#: Labels whose names need a proper element (ANNOTATION.md rule 3).
NEEDS_PROPER = (Label.PROJECT, Label.PARK)

#: Endings of what a plan wants a place to become, or of a class of works, rather than one named work.
_ROLE_ENDINGS = ("经济中心", "消费中心", "副中心", "区域中心", "道路", "产城", "廊道", "核心区", "核心功能区", "名城", "之城", "之都")
#: A branch's parent, named, then the branch's place (天津市安定医院|北辰|分院, 合肥一中|滨湖|分校).
_BRANCH = re.compile(r"(.{2,}(?:医院|大学|学院|研究院|科学院|中学|小学|学校|一中|二中|三中))[\u4e00-\u9fff]{1,6}(?:分院|分校)$")
#: A firm's relative clause right before works it builds (X有限公司投资建设的…项目): what follows is their name.
_BUILT_BY = re.compile(r"(?:(?:公司|集团)(?:投资)?|投资(?:\d+(?:\.\d+)?|[一二三四五六七八九十两]+)(?:万|亿)元)(?:建设|兴建|打造)的$")
_ROAD_WORKS = re.compile(r"(?:道|路|公路|高速|大道|快速路)(?:互通)?立交(?:工程|项目)?$")
#: Offices written inside what a suffix rule took for a works or park name.
_OFFICE_INSIDE = re.compile(r"书记|董事长|总经理|理事长|党总支|党支部|主任|秘书长")  # (not 镇长: 松下镇长乐滨海工业区)
#: Words pointing at things named before or around (这批项目, 当地…基地): no name holds them.
_POINTING = re.compile(r"这批|这些|这个|那些|该批|此批|^当地|^本地")
_TOWN_PROGRAMME = re.compile(r"示范(?:小城)?镇建设(?:工程|项目)$")
#: A counted slogan opening a name: count, word, count, word (三横三纵, 一环十一…, 一带一路), not 九十二中学.
_SLOGAN_OPENING = re.compile(r"[一二两三四五六七八九十双多][^一二两三四五六七八九十双多\d][一二两三四五六七八九十双多]+"
                             r"[\u4e00-\u9fff]")
#: Words of the land along a road or river (京津公路两侧和大张庄示范镇等地).
_SIDES = (*GLUED_POSITIONS, "两侧", "沿岸", "两岸", "一带", "沿途")
#: Projects named by the city they come from (北京项目, 北京转移项目) and a place's or a period's key projects.
_CITY_PROJECTS = re.compile(r"(.{2,3}?)(?:转移|招商|签约|合作|产业)?(?:项目|工程)")
#: An industry's projects (集成电路产业项目) and the place before it (东西湖区食品): a class, no name.
#: A region's full name and a kind of zone: the zones of the region (天津市开发区, 滨海新区功能区).
_REGIONS_ZONES = re.compile(r"[\u4e00-\u9fff]{1,5}?[区县市省](?:开发区|功能区|园区|产业园区|工业园区)")
_INDUSTRY_PROJECTS = re.compile(r"(.{2,12}?)(?:产业|行业)(?:重点|重大)?项目")
_REGION_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,5}?[区县市]")
_PLACES_KEY_PROJECTS = re.compile(r"(?:区|镇|街道|乡|县|市|城|园|季度|年)(?:领导)?(?:包联|包保|联系|挂牌|督办)?"
                                  r"(?:(?:重点|重大)(?:项目|工程)?|(?:招商|签约|推介)项目)$")
# (余杭区领导包联重点项目: the projects leaders answer for; 鄞州区招商项目: the projects seeking investors)


@dataclass
class NameChecks:
    """The checks, with the name patterns and the chain vocabulary they read."""

    patterns: NamePatterns
    chains: ChainMatcher
    #: The weak park suffixes (小镇, 园区 …): an industry before one makes a kind of place (文创小镇), not one park.
    place_kinds: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.place_kinds = tuple(s for s, (label, strong) in self.patterns.suffixes.items()
                                 if label == Label.PARK and not strong)

    def acceptable(self, name: str, label: Label) -> bool:
        """True if ``name`` (as written) may be a name of ``label``: no generic phrase, no works on a road, …"""
        clean = canonical_name(name, label)
        if len(clean) < 2 or clean in self.patterns.generic.get(label, ()):
            return False
        if label == Label.PROJECT and ((city := _CITY_PROJECTS.fullmatch(clean)) and city.group(1) in city_forms()
                                       or _PLACES_KEY_PROJECTS.search(clean)):
            return False  # 引进北京(转移)项目50个, 听取静海经济开发区重点项目推进情况: a class of projects, no name
        if label == Label.PROJECT and (clean.endswith("类项目") or (kind := _INDUSTRY_PROJECTS.fullmatch(clean))
                                       and _REGION_FIRST.sub("", kind.group(1)) in self.chains.canonical_of):
            return False  # 集成电路产业项目, 东西湖区食品类项目: a class of projects by industry, no name
        if label in NEEDS_PROPER and _POINTING.search(clean):
            return False  # 温江这批项目, 当地2.3万亩花木基地: works pointed at, no name of them
        if label in NEEDS_PROPER and _OFFICE_INSIDE.search(clean):
            return False  # 党总支书记刘宝军站在田埂上: an office and its holder, whose 站 (stands) is no station
        if label == Label.PROJECT and _ROAD_WORKS.search(clean):
            return False  # 上跨龙门东道立交工程: works on a road are annotated by the road (ANNOTATION.md rule 11)
        if label == Label.PARK and _REGIONS_ZONES.fullmatch(clean):
            return False  # 天津市开发区, 滨海新区开发区: the zones of a region, no one park (西青开发区 is one)
        if label == Label.PROJECT and nf.NOT_WORKS.match(clean):
            return False  # 大运河北辰段, 信用中国(天津北辰)网站: a river or its stretch, a website (rule 4)
        if label in HONOURED and _SLOGAN_OPENING.match(clean) and not name.startswith(("“", '"')) \
                and clean[:2] not in city_forms():  # 四川双流经济开发区: 四川 is a province, no count
            return False  # 三横三纵高速, 一环十一公园: a layout's slogan (ANNOTATION.md rule 4: planning concepts)
        if label in NEEDS_PROPER and clean.endswith(_SIDES):
            return False  # 京津公路两侧, 北运河沿岸: the land along a road or river, no works
        if label == Label.PROJECT and _TOWN_PROGRAMME.search(clean):
            return False  # 木渎示范镇建设工程: the programme of a town (ONTOLOGY: 示范镇 is the town), no project
        if label in NEEDS_PROPER and (clean.endswith(_ROLE_ENDINGS) or lexicon.tagged(clean, "idiom")):
            return False  # a city's role (天津经济中心, 北部副中心), a class of roads (骨干道路), an idiom (必由之路)
        if label == Label.ORGANIZATION and nf.kind_of_body(clean, suffix := self.patterns.suffix_of(clean)):
            return False  # 行业协会, 产业技术研究院, 校际联盟: kinds of body
        if label == Label.ORGANIZATION and suffix == "办" and not nf.office_short_form(clean):
            return False  # 举办, 一网通办: a verb, no office (区信访办 is one)
        if label == Label.ORGANIZATION and suffix in ("分院", "分校") and not _branch_of_named(clean):
            return False  # 名校办分校, 名医院建分院: a policy's words, no branch of a named school or hospital
        levels = ("市级", "省级", "区级", "国家级") if label in (Label.ORGANIZATION, Label.PROJECT) else ()  # a class
        slogan = label == Label.PROJECT and clean[:len(clean) - 2] in self.patterns.stop_tokens  # “强链”项目: a kind
        return not clean.startswith(self.patterns.bad_starts + levels) and not quoted_phase(name) \
            and not nf.GLUED_LIST.search(clean) and not slogan

    def acceptable_at(self, text: str, bounds: TokenBounds, start: int, end: int, label: Label) -> bool:
        """:meth:`acceptable` for the name at ``text[start:end]``, one opening with 和 or 与 where no conjunction stands
        judged without it (推动和泽医药疫苗基地)."""
        opening = start + 1 if conjunction_opened(text, bounds, start) else start
        return self.acceptable(text[opening:end], label)

    def proper(self, text: str, start: int, end: int, label: Label, bounds: TokenBounds) -> bool:
        """A project or park name needs a proper element before its suffix (a word or a gazetteer place);
        a park may be named by an industry."""
        prefix = text[start:end]
        if label == Label.PARK and text.startswith(_GATHERING_ZONES, end):
            industry = next((n for n in range(len(prefix), 1, -1) if prefix[:n] in self.chains.canonical_of), 0)
            return bounds.place_within(start, end) or has_proper_element(prefix[industry:])  # not 中医药现代化产业聚集区
        if label not in NEEDS_PROPER or has_proper_element(prefix) or conjunction_opened(text, bounds, start):
            return True  # (推动|和泽|医药疫苗基地: a coined word opening with 和 where no conjunction stands)
        if bounds.place_within(start, end) or bounds.cut_town(prefix, start) or nf.named_road(text, start, end, label):
            return True
        if len(bounds.words_in(start, end)) >= 3 and len(text) > end and specific_suffix(self.patterns, text, end):
            return True  # a long descriptive name with a specific type is a name (都市绿谷田园综合体)
        if label == Label.PROJECT and _BUILT_BY.search(text, max(0, start - 12), start):
            return True  # 四川空港物流发展有限公司投资建设的|空港国际冷链物流枢纽项目, 好想你投资8.5亿元建设的|好想你
            # 红枣产业园二期: the firm's works, named
        if label == Label.PROJECT and described_item(text, start, end):
            return True  # 1.港城氢能液氢储运装备基地项目(三期)。由…投资建设，总投资30亿元: a listed project's title
        return label == Label.PARK and self.chains.ends_with_term(prefix) \
            and not text.startswith(self.place_kinds, end)  # 生物医药产业园 is one park; 文创小镇 a kind of town


#: Park suffixes that a description ends as well (大科学装置集中区, 中医药现代化产业聚集区): a zone's name needs a place or
#: a proper word that is no industry's before them (江北新兴产业集中区, 大连湾临海装备制造业聚集区).
_GATHERING_ZONES = ("集中区", "聚集区")


#: 项目 ending an item's title, its phase in brackets, and the mark ending the title.
_ITEM_TITLE_END = re.compile(r"项目(?:[（(][^（()）\n]{1,6}[)）])?[。：:]")
#: What the sentence after a project's title says of one project: its builder, sum, site or land.
_ITEM_BODY = re.compile(r"由[^。\n]{2,40}?(?:投资|建设|实施)|[^。\n]{0,30}?(?:总投资|计划投资|选址|落户|占地)")


def described_item(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` and 项目 at ``end`` are all the title of a numbered list item whose sentence
    after it describes one project (1.液氢储运装备基地项目。由…投资建设，总投资30亿元): a name however common its words."""
    title = _ITEM_TITLE_END.match(text, end)
    if title is None or not HEADING_OPENING.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        return False
    return _ITEM_BODY.match(text, title.end()) is not None


def _branch_of_named(name: str) -> bool:
    """``name`` is a branch (…分院, …分校) of a school or hospital named by a proper element (天津市安定医院北辰分院)."""
    branch = _BRANCH.match(name)
    return branch is not None and has_proper_element(branch.group(1))
