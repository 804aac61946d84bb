"""Industry-chain names of ``kg_names`` beyond the taxonomy's own terms (split from :mod:`extractors.names`).

- a taxonomy term keeps a qualifying word in front when 产业/产业链 follows (石化新材料产业链);
- the last item of ``<chain>和<Y>，`` is an industry too (海洋渔业和海产品冷链加工，);
- the items of a counted list whose item count equals the count word (生物医药、新材料两大主导产业).

Each function takes the text and its token bounds and returns spans with the rule that found them;
:class:`extractors.names.NamesComponent` makes them candidates.

Example:
    >>> [m.group("count") for m in COUNTED_SCAN.finditer("发展生物医药和新材料两大产业")]
    ['两']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from extractors import lexicon
from extractors.candidates import Candidate
from extractors.chains import ChainMatcher
from extractors.company_cores import place_prefixes
from extractors.name_words import CHAIN_QUALIFIERS, CLAUSE_END, has_stop, name_token
from extractors.patterns import NamePatterns
from extractors.suffix_scan import StartCharsPattern
from extractors.text_marks import after_last_mark
from extractors.token_bounds import TokenBounds
from schema import Label

COUNTED_CHAINS = re.compile(r"为?(?P<count>[两二三四五六七八九])[大条个](?:[\u4e00-\u9fff]{0,4}?)(?:产业链|产业集群|产业|行业)")
COUNTED_SCAN = StartCharsPattern(COUNTED_CHAINS, "为两二三四五六七八九")  # its matches start with these
_CHAIN_HEADS = ("产业链", "产业集群", "产业")
#: What follows a chain term as a park's or a product's word, no chain's (瑞康生物医药产业园: 瑞康 qualifies no industry).
_NO_CHAIN_AFTER = ("产业化", "产业园", "产业基地", "产业城", "产业港", "产业新城")
_LIST_HEADS = ("企业",)
#: The area a counted list's first item may be written after (带动新区海洋装备、集成电路三条产业链), and a chain's name
#: (成为街道|生物医药产业链的链主企业: the street's chain, no industry of its own).
_AREA_WORDS = ("新区", "园区", "片区", "城区", "街道", "辖区", "镇域", "全区", "全市", "全县", "全镇")
_COUNT = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"两": 2}
#: After a counted list's 产业, what makes its items places an industry is hosted in (两个万亩产业平台, 三大产业园区).
_PLATFORMS = ("平台", "园", "基地", "载体", "空间")
Span = tuple[int, int, str]  # start, end, rule


def chain_terms(text: str, bounds: TokenBounds, chains: ChainMatcher, patterns: NamePatterns,
                named: Iterable[Candidate] = ()) -> list[Span]:
    """Taxonomy terms; one named before 产业/产业链 keeps a qualifying word in front (石化新材料产业链), and so does one
    written again after that word, or after one that qualifies it in the chains ``named`` already (海洋生物医药);
    with the partner after 和 of each (:func:`chain_partner`)."""
    out: list[Span] = []
    for s, e, rule in chains.find(text):
        prev = bounds.token_start(s - 1) if s > 0 and bounds.token_start(s) == s else s
        word = text[prev:s]
        before = text[bounds.token_start(prev - 1):prev] if prev > 0 else "。"
        if rule == "taxonomy" and text.startswith(_CHAIN_HEADS, e) and not text.startswith(_NO_CHAIN_AFTER, e) \
                and len(word) == 2 and word not in CHAIN_QUALIFIERS and word not in _AREA_WORDS and not word.endswith("级") \
                and "年" not in word and "月" not in word \
                and (before in patterns.stop_tokens or before in CLAUSE_END + "、") \
                and name_token(word, text, s, patterns.stop_tokens) \
                and lexicon.count(word) and not lexicon.tagged(word, "verb") and not bounds.place_overlaps(prev, s) \
                and word not in place_prefixes():  # 芜湖机器人产业园: a place the gazetteer left inside a name
            s, rule = prev, "taxonomy.qualified"
        out.append((s, e, rule))
        partner = chain_partner(text, bounds, e, patterns)
        if partner:
            out.append((*partner, "taxonomy.partner"))
    found = {(s, e) for s, e, _ in out}
    headings = [h for h in heading_chains(text, patterns) if h[:2] not in found]
    headings += [h for h in taxonomy_headings(text, chains) if h[:2] not in found]
    known = {text[c.start:c.end] for c in named} | {text[s:e] for s, e, _ in headings}
    return _qualified_again(text, out, known) + headings


def _qualified_again(text: str, spans: list[Span], named: set[str]) -> list[Span]:
    """``spans`` with a taxonomy term written again after the word that qualified it in the text (海洋生物医药产业 …
    海洋生物医药领域; or in a chain ``named``: 海洋生物医药、海洋牧场): the qualified chain there too."""
    qualified = named | {text[s:e] for s, e, rule in spans if rule == "taxonomy.qualified"}
    return [(s - 2, e, "taxonomy.qualified") if rule == "taxonomy" and s >= 2 and text[s - 2:e] in qualified
            else (s, e, rule) for s, e, rule in spans]


#: A bracket-numbered heading that is a name alone, run in (（三）生物医药。园区把生物医药…); not a bulletin's section on
#: its own line (八、金融), which names a statistical category.
_NAME_HEADING = re.compile(r"^[ \t\u3000]*[（(][一二三四五六七八九十]{1,3}[）)][ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,10})[。：:]",
                           re.MULTILINE)


def taxonomy_headings(text: str, chains: ChainMatcher) -> list[Span]:
    """A run-in numbered heading that is an industry the taxonomy names, and nothing more (（一）新一代信息技术。, （三）生物医药。):
    the chain of its section, as a heading with 产业链 is (:func:`heading_chains`)."""
    return [(hit.start("name"), hit.end("name"), "chain.heading") for hit in _NAME_HEADING.finditer(text)
            if hit.group("name") in chains.canonical_of and hit.group("name") not in _WORKS_HEADINGS]


#: Industries whose name heads a plan's section on the works it builds as often ((一)轨道交通。建成地铁7号线二期…).
_WORKS_HEADINGS = frozenset(("轨道交通", "城市轨道交通", "交通", "综合交通", "物流", "能源", "水利", "新型基础设施"))


#: A numbered heading's marker at its line's start ((三), 三、, 3.).
_HEADING_MARK = r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[、．.])"
#: A heading that is one chain's name and 产业链 (（三）智能传感器及物联网产业链), on its line or run in (（一）汽车产业链。园区…):
#: the name as written is the chain, one compound (ANNOTATION rule 19) whatever part of it the taxonomy knows.
_CHAIN_HEADING = re.compile(_HEADING_MARK +
                            r"[ \t\u3000]*(?P<name>[\u4e00-\u9fffA-Za-z]{2,14}?)(?:产业链|产业集群)(?:[。：:]|[ \t\u3000]*$)",
                            re.MULTILINE)
#: A heading's words ending in a kind of chain (二、链长设置及重点产业链, 做强主导产业集群; 三、主导产业及产业链), holding a task's verb, or
#: listing two chains that share the head (量子信息和空天信息产业链: ANNOTATION rule 19 keeps them apart): no one chain.
_NO_CHAIN = re.compile(r"(?:重点|主导|优势|特色|新兴|传统|支柱|先进制造|未来|现代|关键|核心|标志性)$|[和、]|产业|[及与]$"
                       r"|打造|做强|做优|做大|做精|培育|发展|推动|推进|加快|聚力|聚焦|壮大|提升|设置|构建|建设|实施|强化|延伸|补齐|围绕")


def heading_chains(text: str, patterns: NamePatterns) -> list[Span]:
    """The chain each chain heading names (:data:`_CHAIN_HEADING`, :data:`_TASK_HEADING`), unless its words name a kind
    of chain or a task (一、推动产业链) or hold a stop word."""
    hits = [*_CHAIN_HEADING.finditer(text), *_TASK_HEADING.finditer(text)]
    return sorted((hit.start("name"), hit.end("name"), "chain.heading") for hit in hits
                  if not _NO_CHAIN.search(hit.group("name")) and not has_stop(hit.group("name"), patterns))


#: A numbered heading that is a task on one industry (2.做优食品饮料产业。, run in or on its own line): the industry as
#: written is a chain.
_TASK_HEADING = re.compile(_HEADING_MARK +
                           r"[ \t\u3000]*(?:做强|做优|做大|做精|壮大|培育|发展)(?P<name>[\u4e00-\u9fff]{2,8}?)产业(?:。|[ \t\u3000]*$)",
                           re.MULTILINE)


def without_gloss(text: str, start: int, end: int) -> tuple[int, int]:
    """An item's span without the gloss in brackets closing it (食品饮料(川菜) → 食品饮料)."""
    if text[end - 1:end] in (")", "）"):
        opened = max(text.rfind("(", start, end), text.rfind("（", start, end))
        if opened > start + 1:
            return start, opened
    return start, end


def chain_partner(text: str, bounds: TokenBounds, end: int, patterns: NamePatterns) -> tuple[int, int] | None:
    """The last item of ``<chain>和<Y>，``: Y is an industry too (海洋渔业和海产品冷链加工，)."""
    if text[end:end + 1] != "和":
        return None
    stop = end + 1
    while stop < len(text) and stop - end <= 9 and text[stop] not in CLAUSE_END + "、":
        stop += 1
    if not 3 <= stop - end - 1 <= 8 or text[stop:stop + 1] not in ("，", ",", "；", "。"):
        return None
    if text.endswith(_LIST_HEADS, end + 1, stop) and stop - end - 1 >= 4:
        stop -= 2  # 引进软件信息、工业互联网和数字金融企业: the firms of the listed industries (not 新能源和生态环保项目)
    head = next((h for h in _CHAIN_HEADS if text.endswith(h, end + 1, stop)), "")
    if head and 2 <= stop - len(head) - end - 1 <= 6:
        stop -= len(head)  # 量子信息和空天信息产业链: the two share the head
    item = text[end + 1:stop]
    if not bounds.is_end(stop) or patterns.suffix_label(item) or "产业" in item or COUNTED_CHAINS.search(item):
        return None  # a named thing (…产业园) or a counted list (氢能两条产业链) is no partner
    tokens = sorted(bounds.words_in(end + 1, stop))
    if any(not name_token(text[a:b], text, b, patterns.stop_tokens) for a, b in zip(tokens, tokens[1:] + [stop])):
        return None
    return end + 1, stop


#: What ends the clause of a counted list: the clause's ends, not brackets (食品饮料(川菜) is an item with its gloss).
_LIST_CLAUSE_END = "".join(ch for ch in CLAUSE_END if ch not in "（(）)")


def counted_chains(text: str, bounds: TokenBounds, patterns: NamePatterns,
                   left_boundary: Callable[[int], int]) -> list[Span]:
    """Items of a counted industry list whose item count equals the count word (两大主导产业).

    Args:
        text: The document text.
        bounds: Its token bounds.
        patterns: The name patterns (stop words).
        left_boundary: Where a name ending at a position starts (the first item's start).
    """
    out: list[Span] = []
    for m in COUNTED_SCAN.finditer(text):
        count = _COUNT[m.group("count")]
        floor = max(0, m.start() - 100)  # bounded look-back keeps the scan linear
        clause = after_last_mark(text, _LIST_CLAUSE_END, floor, m.start())
        items = []
        pos = m.start() - (text[m.start() - 1:m.start()] == "等")  # 绿色石化等|五条产业链: the list's end
        for _ in range(count):
            sep = max(text.rfind(ch, clause, pos) for ch in "、和及与")
            if sep < clause:
                break
            items.append((sep + 1, pos))
            pos = sep
        if len(items) != count - 1 or text[pos - 1:pos] in CLAUSE_END:
            continue
        first = left_boundary(pos - 1)
        items.append((first + 2 if text.startswith(_AREA_WORDS, first) else first, pos))  # 带动新区|海洋装备、…三条产业链
        items = [without_gloss(text, s, e) for s, e in items]  # 食品饮料(川菜): the item is 食品饮料
        items = [(s, e - 2) if text.endswith(("创新", "发展"), s, e) and e - s > 4 else (s, e) for s, e in items]
        if any(not 2 <= e - s <= 10 or has_stop(text[s:e], patterns) or patterns.suffix_label(text[s:e]) == Label.PARK
               or text.endswith(_AREA_WORDS, s, e) for s, e in items) or text.startswith(_PLATFORMS, m.end()):
            continue  # (宁河经济开发区、宁河现代产业区、潘庄工业区三大产业载体: parks, no industries; 荆溪片区、甘蔗片区两个万亩
            # 产业平台: areas)
        out.extend((s, e, "chain.counted") for s, e in items)
    return out
