"""``kg_overlaps``: settle overlapping mentions, longest first.

Among overlapping mentions the longest wins (北辰区人民政府 over 北辰区); at
equal length a strong finding beats a weak one, then the label priority
below decides. Identical spans with the same label and name are merged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc

from extractors import lexicon, segment
from extractors import name_filters as nf
from extractors.base import document_of, mentions_of, text_of
from extractors.chains import ChainMatcher
from extractors.company_cores import place_prefixes
from extractors.institutions import institutions_as_bodies
from extractors.patterns import load_patterns
from extractors.proper import has_proper_element, proper_word
from extractors.renames import renamed
from extractors.short_names import place_short, short_names_of
from extractors.phase_lists import elided_phases
from extractors.text_marks import Covered
from extractors.villages import NOT_VILLAGE_AFTER
from extractors.zone_leads import zone_leads
from schema import Label, Mention

PRIORITY = (
    Label.POLICY, Label.INDICATOR, Label.PARK, Label.PROJECT, Label.ORGANIZATION, Label.ENTERPRISE,
    Label.INDUSTRY_CHAIN, Label.PERSON, Label.TOWN, Label.VILLAGE, Label.REGION,
)
_RANK = {label: i for i, label in enumerate(PRIORITY)}


def _order(m: Mention) -> tuple[int, int, int, int, str]:
    weak = 1 if m.properties.get("weak") else 0
    return (-(m.end - m.start), weak, _RANK.get(m.label, 99), m.start, m.rule)


def resolve_overlaps(mentions: list[Mention], text: str = "") -> list[Mention]:
    """Keep a non-overlapping subset, longest and strongest first; result in text order.

    A town or village written at the start of a park or project name is kept as
    the place (ANNOTATION.md rule 8); the name drops it when the rest still has
    a proper element (西堤头曙光水镇 -> 西堤头镇 + 曙光水镇) and keeps it otherwise
    (宜兴埠未来城).
    """
    mentions = _without_trade_name_towns(mentions, text)
    mentions = [m for m in mentions if not (m.label in _PLACE_HOSTS and (_PARCELS.match(text, m.end, m.end + 60)
                                                                       or _inside_slogan(text, m)))]
    occupied = bytearray(max((m.end for m in mentions), default=0) + 1)
    kept: list[Mention] = []
    places = _places_by_start(mentions + _opening_villages(mentions))
    starts = sorted(places)
    companies = _by_start({(m.start, m.end): m for m in mentions if _full_company(m)}.values())
    issuers = _by_start(m for m in mentions if m.rule == "policy.issuer")
    chains = _by_start(m for m in mentions if m.label == Label.INDUSTRY_CHAIN)
    for m in sorted(mentions, key=_order):
        if any(occupied[m.start:m.end]):
            continue
        m = _names_at_start(m, chains, companies, issuers, kept)
        m = _places_at_start(m, places, starts, kept)
        occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
        kept.append(m)
    return _once(sorted(kept, key=lambda m: (m.start, m.end)))


def _names_at_start(m: Mention, chains: dict[int, list[Mention]], companies: dict[int, list[Mention]],
                    issuers: dict[int, list[Mention]], kept: list[Mention]) -> Mention:
    """``m`` without the full company a project's name opens with; the names written at its start go into ``kept``:
    the chain an indicator measures, that company, a policy's issuers (``chains``, ``companies``, ``issuers``: by start)."""
    if m.label == Label.INDICATOR:  # 工程机械产业集群产值: the chain it measures is named too
        kept.extend(c for c in chains.get(m.start, ()) if c.end < m.end)
    if m.label == Label.PROJECT:  # <full company name><what>项目: the company is named too
        owners = [c for c in companies.get(m.start, ()) if c.end < m.end]
        kept.extend(owners)
        if owners:
            m = _without_company(m, max(owners, key=lambda c: c.end))
    if m.label == Label.POLICY:  # 《国务院办公厅关于…》: the issuer is named too (ANNOTATION.md rule 17)
        at = m.start + 1  # and those written together after it (《中共中央 国务院关于…》)
        while chained := [i for i in issuers.get(at, ()) if i.end < m.end]:
            kept.extend(chained)
            at = chained[0].end
    return m


def _places_at_start(m: Mention, places: dict[int, Mention], starts: list[int], kept: list[Mention]) -> Mention:
    """``m`` without the towns or villages its park or project name opens with, which go into ``kept`` with the
    towns written inside it (``places``: the places by start, whose starts are ``starts``)."""
    chain = _place_chain(places, m) if m.label in _PLACE_HOSTS else []
    if chain:  # the place is annotated whether or not the name keeps it (rule 8)
        kept.extend(chain)
        cut = chain[:-1] if m.label == Label.PARK and _village_named(m, chain[-1]) else chain
        m = _without_prefix(m, cut[-1]) if cut else m
    if m.label in _PLACE_HOSTS:
        kept.extend(_inner_towns(places, starts, m))
    return m


def _village_named(m: Mention, place: Mention) -> bool:
    """A park named by the village it opens with (乐从镇|劳村家居智造产业园: without 劳村 the rest names no place), not
    one whose rest names its place again or opens with a proper word (龙眼村|龙眼智能家电产业园, 西滘村|顺德机器人谷…)."""
    if place.label != Label.VILLAGE:
        return False
    rest = m.text[place.end - m.start:]
    core = place.name.removesuffix("社区").removesuffix("村")
    return not rest.startswith(core) and not proper_word(next(iter(segment.cut(rest)), ""))


def _once(mentions: list[Mention]) -> list[Mention]:
    """One mention per span, label and name: a place or company named at the start of a project is kept
    with the project (rule 8) and again on its own (文石村 of 文石村海滨度假项目)."""
    seen: set[tuple[int, int, Label, str]] = set()
    out = []
    for m in mentions:
        key = (m.start, m.end, m.label, m.name)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _by_start(mentions: Iterable[Mention]) -> dict[int, list[Mention]]:
    """``mentions`` by start offset, in their order (a look-up per name instead of a scan of them all)."""
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.start, []).append(m)
    return out


def _inside_slogan(text: str, m: Mention) -> bool:
    """A name cut out of a quoted phrase that goes on after it (“一市双城多节点”) is part of a slogan."""
    return text[m.start - 1:m.start] == "“" and text[m.end:m.end + 1] not in ("”", "") \
        and text.find("”", m.end, m.end + 12) > m.end


def _without_trade_name_towns(mentions: list[Mention], text: str) -> list[Mention]:
    """Drop a town short form that the text also writes inside a registered company name.

    The short form is then the company's trade name (陕西泾渭重卡新能源有限公司 … 泾渭重卡), so the
    bare form names the company, not the town; the full town name (泾渭街道) still counts. A text
    that also uses the short form as a town (瓶窑示范镇, 径山、瓶窑两个示范镇) keeps it.
    """
    companies = {m.text for m in mentions if _full_company(m)}
    shorts = [m for m in mentions if m.label == Label.TOWN and m.rule.endswith("_short")]
    town_sense = {m.text for m in shorts if _town_context(text, m.start, m.end)}
    trade = {t for t in {m.text for m in shorts} - town_sense if any(t in c for c in companies)}
    if not trade:
        return mentions
    return [m for m in mentions if not (m.label == Label.TOWN and m.rule.endswith("_short") and m.text in trade)]


def _town_context(text: str, start: int, end: int) -> bool:
    """The short form at ``start:end`` is used as a town: a town word or another list item next to it."""
    return text.startswith(("镇", "乡", "街道", "示范镇", "、", "两镇", "两个"), end) or text[start - 1:start] == "、"


def _without_company(m: Mention, company: Mention) -> Mention:
    """A project with a name of its own (a project or park suffix) after its company, without 项目, is the rest (…科技有限公司宁睿智能电网产业园三期 ->
    宁睿智能电网产业园三期); with 项目 the company stays in the name (synthetic NOTES rule 10)."""
    rest = m.text[company.end - m.start:]
    base = re.sub(r"[一二三四五六七八九十\d]+期$", "", rest)
    if m.text.endswith(("项目", "工程")) or len(base) < 4 or load_patterns().suffix_label(base) not in _PLACE_HOSTS \
            or not has_proper_element(base):  # …生物医药有限公司创新药生产基地: works in common words keep it too
        return m  # a product after the company (…有限公司航空发动机叶片) keeps the company in the name
    return m.model_copy(update={"start": company.end, "text": rest, "name": rest})


def _full_company(m: Mention) -> bool:
    """A registered company name (…有限公司), which a project name may start with."""
    return m.label == Label.ENTERPRISE and m.name.endswith("公司") and len(m.name) >= 6


_PLACE_HOSTS = (Label.PARK, Label.PROJECT)
#: Items of a list of land parcels (新康道、星河时代南等地块) are no works (ANNOTATION.md rule 4).
_PARCELS = re.compile(r"(?:[、和及][^，,。；;、]{1,12}?)*等(?:\d+[个块宗])?地块")
#: After a short place form these make a longer place name (梅山湾), not the start of another name.
_PLACE_TAIL_CHARS = frozenset("湾山河湖港岛桥口庄村堡屯台门路道街东西南北站居")
_PLACES = (Label.REGION, Label.TOWN, Label.VILLAGE)
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: A station named by its direction (北站, 东站): generic without the town in front.
_DIRECTION_STATION = re.compile(r"^[东南西北]站")


def _places_by_start(mentions: list[Mention]) -> dict[int, Mention]:
    """Region, town and village mentions by start offset (the longest at each start)."""
    out: dict[int, Mention] = {}
    for m in mentions:
        if m.label in _PLACES and (m.start not in out or m.end > out[m.start].end):
            out[m.start] = m
    return out


#: A village's name opening a works or park name (赵庄子村休闲农业与乡村旅游项目); not 村民/村委/村级, 村庄, 村落.
_OPENING_VILLAGE = re.compile(rf"[\u4e00-\u9fff]{{2,3}}村(?![{NOT_VILLAGE_AFTER}])")


def _opening_villages(mentions: list[Mention]) -> list[Mention]:
    """Villages the gazetteer does not know, written at the start of a park or project name that no place
    opens (赵庄子村休闲农业…项目): X村 that is no word and does not end in one (中关村, 新村, 乡村, 农村)."""
    placed = {m.start for m in mentions if m.label in _PLACES}
    out = []
    for m in mentions:
        hit = _OPENING_VILLAGE.match(m.text) if m.label in _PLACE_HOSTS and m.start not in placed else None
        if hit and len(m.text) - hit.end() >= 2 and not lexicon.count(hit.group()) \
                and not lexicon.count(hit.group()[-2:]):
            out.append(Mention(label=Label.VILLAGE, text=hit.group(), name=hit.group(), start=m.start,
                               end=m.start + hit.end(), rule="village.name_opening"))
    return out


def _inner_towns(places: dict[int, Mention], starts: list[int], m: Mention) -> list[Mention]:
    """Towns written in full inside a works or park name, after its owner (国家电投西堤头镇风力发电): the
    name's place is annotated too (ANNOTATION.md rule 8); ``starts``: the sorted keys of ``places``."""
    inner = (places[s] for s in starts[bisect_left(starts, m.start + 1):bisect_left(starts, m.end)])
    return [p for p in inner if p.label == Label.TOWN and p.end < m.end and p.text == p.name
            and p.name.endswith(_FULL_TOWN)]


_FULL_TOWN = ("镇", "乡", "街道")


def _place_chain(places: dict[int, Mention], m: Mention) -> list[Mention]:
    """Places written back to back at the start of ``m`` (天津市北辰区双街镇…), up to the last town or village."""
    chain: list[Mention] = []
    pos = m.start
    while pos in places and places[pos].end < m.end:
        chain.append(places[pos])
        pos = places[pos].end
    while chain and chain[-1].label == Label.REGION:
        chain.pop()
    if len(chain) > 1 and chain[-2].label == Label.TOWN and chain[-1].rule.endswith("_short") \
            and _fused(m.text, chain[-1].end - m.start):
        chain.pop()  # 永和街道长岭|居…: the short form is part of a place inside the town written before it
    return chain


def _fused(text: str, end: int) -> bool:
    """The word at ``end`` is one place character (长岭|居新型…, 梅山|湾; not 居民, 港区, 街道)."""
    first = next(iter(segment.cut(text[end:end + 6])), "")
    return len(first) == 1 and first in _PLACE_TAIL_CHARS


def _without_prefix(m: Mention, place: Mention) -> Mention:
    """``m`` without the places up to ``place``, if the rest is still a name of its own (else ``m`` itself)."""
    cut = place.end - m.start
    rest = m.text[cut:]
    named = rest[: works.start()] if (works := nf.WORKS_ON_NAMED.search(rest)) else rest  # 三河古镇|保护提升工程
    core = named[: len(named) - len(load_patterns().suffix_of(named))]
    if len(named) < 3 or not core or rest.startswith(("至", "、")):
        return m  # (乔口镇至靖港镇旅游公路: a route from its town keeps it, as 大湖乡、洋里乡食用菌产业园 its towns)
    full_form = place.text == place.name  # 九佛街道知识城国际学校: the town is written in full
    first = next(iter(segment.cut(core)), "")
    coined = len(first) == 1 and _HAN.match(first) and first not in _PLACE_TAIL_CHARS  # 梦/得 (not P of P+R)
    if _DIRECTION_STATION.match(core):
        return _from(m, place.start)  # 安亭北站站前广场: a station named by its direction needs its town
    if full_form and not (has_proper_element(core) or _industry_park(m, rest, core) or _national_brand(core)):
        return _from(m, place.start)  # 七塘镇现代农业产业园: without the town the rest is generic
    if not full_form and not (coined or proper_word(first) and first not in load_patterns().suffixes):
        return _from(m, place.start)  # 宜兴埠未来城, 双街实力小镇, 滨江商务区: the short form is part of the name
    return _from(m, place.end)


def _national_brand(core: str) -> bool:
    """A name led by 中国 is a brand of its own (安德镇中国川菜产业园 -> 中国川菜产业园 in 安德镇)."""
    return core.startswith("中国") and len(core) >= 4


def _industry_park(m: Mention, rest: str, core: str) -> bool:
    """A park named by an industry is a name of its own (ANNOTATION.md rule 3: 高端装备产业园), so a town in
    front is its place (犀浦镇西部智能终端产业园 -> 西部智能终端产业园); a generic park type is not
    (现代农业产业园 is in the generic park list)."""
    generic = load_patterns().generic.get(Label.PARK, frozenset())
    return m.label == Label.PARK and rest not in generic and _chains().ends_with_term(core)


@lru_cache(maxsize=1)
def _chains() -> ChainMatcher:
    return ChainMatcher()


def _from(m: Mention, start: int) -> Mention:
    """``m`` cut to begin at ``start`` (a place prefix dropped)."""
    cut = start - m.start
    if cut <= 0:
        return m
    rest = m.text[cut:]
    name = rest if m.name == m.text else m.name[cut:] if m.name.startswith(m.text[:cut]) else m.name
    return m.model_copy(update={"start": start, "text": rest, "name": name})


def full_park_names(mentions: list[Mention]) -> list[Mention]:
    """A park written in short after its zone or city elsewhere in the text takes the full name
    (金港汽车产业园 after 武汉江夏经济开发区金港汽车产业园, 泾渭新城 after 西安经济技术开发区泾渭新城).

    The full name must be the short one with a park name or a place in front, so that two parks
    named alike stay apart; with two candidates nothing changes.
    """
    parks = {m.name for m in mentions if m.label == Label.PARK}
    places = place_prefixes() | {m.name for m in mentions if m.label in _PLACES} | parks
    ending = _by_tail(parks)
    out = []
    for m in mentions:
        if m.label != Label.PARK or len(m.name) < 4:
            out.append(m)  # only a park of four or more characters can have a full name
            continue
        longer = {p for p in ending.get(m.name, ()) if _zone_or_place(p[: -len(m.name)], places)}
        out.append(m.model_copy(update={"name": longer.pop()}) if len(longer) == 1 else m)
    return out


def _by_tail(parks: set[str]) -> dict[str, list[str]]:
    """The parks under each of their tails of four or more characters other than the whole name (the
    parks ending with a short name are looked up, not each compared with every park)."""
    out: dict[str, list[str]] = {}
    for park in parks:
        for k in range(1, len(park) - 3):
            out.setdefault(park[k:], []).append(park)
    return out


def _zone_or_place(prefix: str, places: set[str] | frozenset[str]) -> bool:
    """``prefix`` is a place or park named in the text, a gazetteer area, or ends with a park suffix."""
    return prefix in places or load_patterns().suffix_label(prefix) == Label.PARK


class OverlapsComponent:
    """Replace ``doc._.kg_mentions`` by a non-overlapping subset."""

    def __init__(self, *, keep_nested_labels: tuple[str, ...] = ()) -> None:
        self.keep_nested = {Label(x) for x in keep_nested_labels}

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Mention]:
        mentions = mentions_of(doc)
        nested = [m for m in mentions if m.label in self.keep_nested]
        kept = resolve_overlaps([m for m in mentions if m.label not in self.keep_nested], text_of(doc))
        kept = zone_leads(full_park_names(kept), text_of(doc), document_of(doc), nested)
        kept = institutions_as_bodies(kept, text_of(doc))
        shorts = short_names_of(doc, kept)
        named = {(m.start, m.end) for m in shorts}  # a short form found as written is named by its registered name
        firms = Covered(sorted(named))  # and a place's short form inside one is the firm's (雨花|城投)
        phases = Covered([(m.start, m.end) for m in shorts if m.label == Label.PROJECT])  # a firm's phase (中创锂能|二期)
        kept = [m for m in kept if (m.start, m.end) not in named and not (place_short(m) and firms.holds(m.start))
                and not phases.holds(m.start)] + shorts
        return renamed(kept + elided_phases(text_of(doc), kept) + nested, text_of(doc))

    def set_annotations(self, doc: Doc, kept: list[Mention]) -> None:
        doc.user_data["kg_all_mentions"] = list(mentions_of(doc))
        doc._.kg_mentions = kept
