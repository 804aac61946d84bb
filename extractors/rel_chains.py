"""IN_CHAIN: enterprises, projects and parks to the industrial chain their context names.

For each item, in order of preference:

1. the chains of the nearest clause of its sentence that names any chain
   (the most specific: 成套装备制造 wins over 装备制造);
2. the chain of the paragraph's lead sentence (一是发展生物医药产业。…); when the
   lead names two chains, the one the item's own name points to;
3. and always the chains of the headings above it ((二)高端装备制造产业链; both
   levels when two headings name chains).

Example:
    >>> from kg.ingest import document_from_text
    >>> from extractors.pipeline import extract
    >>> ex = extract(document_from_text("新能源产业链。依托甲乙科技有限公司等企业做强。", doc_id="t"))
    >>> [(r.source.name, r.target.name) for r in ex.relations if r.type.value == "IN_CHAIN"]
    [('甲乙科技有限公司', '新能源')]
"""

from __future__ import annotations

import re

from extractors.base import relation
from extractors.firm_tables import firm_side_cells
from extractors.project_tables import side_cells
from extractors.rel_chain_lists import described_parks, framed_chain, kind_listed, led_clusters
from extractors.rel_chain_scopes import chains_in, heading_chains, lead_chains, specific_chains, title_chain
from extractors.rel_context import RelContext
from extractors.text_marks import ScopesAt
from schema import Label, Mention, RelationMention, RelType

CHAINED = {Label.ENTERPRISE, Label.PROJECT, Label.PARK}
_MAX_SENTENCE_CHAINS = 4
_ZONE = ("园", "园区", "区", "谷", "城", "小镇")
_DESCRIPTIVE = re.compile(r"^[^，。；,;、]{0,10}?(?:企业|龙头|公司|厂商|项目)")
_INFRA = re.compile(r"(?<!生产)(?<!产)(?:站|铁路|城际|线|公路|道|路|隧道|高速|复线|桥|枢纽|通道|立交)$")
#: Public works a news item lists beside its title's chain (a hospital, a school, a water or power plant, a line's section):
#: no item of it.
_PUBLIC_WORKS = re.compile(r"医院|院区|学校|中学|小学|幼儿园|污水|水厂|供水|变电站|城际|地铁|轨道交通|大道|公路|道路|公园|安置房|"
                           r"保障房|棚户区|体育|图书馆|文化中心|养老")
#: The verb of a park's own clause saying what it develops (X园主攻…, X园重点发展…).
_PARK_AIMS = re.compile(r"(?:重点|主要|着力)?(?:主攻|发展|聚焦|布局|打造|培育|集聚)")
_TARGET_WORDS = ("围绕", "聚焦", "发展", "做强", "做大", "做优", "培育", "壮大", "打造", "布局", "深耕", "在", "主攻",
                 "瞄准", "突出", "推动", "建设", "建成", "形成", "集聚")
_TARGET = re.compile("(?:" + "|".join(_TARGET_WORDS) + ")")


_PARALLEL = re.compile(r"[；;]")
_MEANS = re.compile(r"^\s*(?:重点|主要|积极|充分)?(?:依托|依靠|借助)")
_GROWS = re.compile(r"^(?:产业链?|行业)(?:加快|加速|快速|持续|不断)?(?:集聚|发展|壮大|成长)")
_BUILDS = re.compile(r"^(?:投资建设|投资|建设|新建|扩建|打造)[^，。；,;、]{0,8}$")
_QUALIFIERS = ("现代", "高端", "智能", "新型", "绿色", "先进", "传统", "特色", "新一", "数字", "智慧")


_DEVELOPER = re.compile(r"^\s*(?:投资建设|投资|建设)的")
_PARENT = re.compile(r"^[^，。；,;]{0,10}?(?:的|旗下)[^，。；,;的]{0,4}子公司")
#: X是Y的(核心)子公司: the sentence says whose firm X is, not that X is an item of the chain.
_SUBSIDIARY = re.compile(r"是[^，。；,;]{2,30}?(?:的|旗下)[^，。；,;的]{0,4}子公司")
#: 由X(与Y)投资建设: X is the builder of the item the clause is about (a list item's head names it).
_BUILT_BY = re.compile(r"(?:[与和][^，。；,;]{2,40}?)?(?:共同|合作)?(?:投资建设|投资兴建|合作建设|投资|建设|运营)")


def _developer(ctx: RelContext, m: Mention) -> bool:
    """An enterprise named as developer or parent of the listed item (X投资的Y, XY二期, 是X的全资子公司,
    是X旗下子公司, 由X投资建设, 由A与X共同投资建设), or said to be a subsidiary (X是Y的核心子公司)."""
    if m.label != Label.ENTERPRISE:
        return False
    after = ctx.text[m.end:m.end + 20]
    if _DEVELOPER.match(after) or _PARENT.match(after) or _SUBSIDIARY.match(ctx.text, m.end, m.end + 40) \
            or _built_by(ctx, m) and _BUILT_BY.match(ctx.text, m.end, m.end + 50):
        return True
    return any(x.start <= m.start and m.end <= x.end and (x.start, x.end) != (m.start, m.end) or x.start == m.end
               for x in ctx.within(m.start, m.end + 40, {Label.PROJECT, Label.PARK}))


def _built_by(ctx: RelContext, m: Mention) -> bool:
    """``m`` follows 由, or is the partner after 由A与 (由A与B共同投资建设: both build the item)."""
    if ctx.text[m.start - 1:m.start] == "由":
        return True
    first = ctx.ending_at(m.start - 1) if ctx.text[m.start - 1:m.start] in ("与", "和") else None
    return first is not None and ctx.text[first.start - 1:first.start] == "由"


_SITE_BEFORE = re.compile(r"(?:在|于|落户|位于|入驻)$")
#: A park written as the whole that the described item is part of (是P“一区多园”中的…专业园区).
_WHOLE_AFTER = re.compile(r"(?:“[^”]{1,8}”)?(?:中|内|里)的")


def _site(ctx: RelContext, m: Mention) -> bool:
    """A park written as the place where a listed item is built or settles (…公司在吴中经济技术开发区扩建X,
    落户P), or as the whole the item is part of (是P“一区多园”中的汽车零部件专业园区), is the item's site, not an
    item of the chain."""
    return m.label == Label.PARK and (_SITE_BEFORE.search(ctx.text[max(0, m.start - 2):m.start]) is not None
                                      or _WHOLE_AFTER.match(ctx.text, m.end) is not None)


def chain_mentions(ctx: RelContext) -> list[Mention]:
    """Final chain mentions plus chains nested in project and park names (汽车零部件产业基地)."""
    final = [m for m in ctx.ms if m.label == Label.INDUSTRY_CHAIN]
    nested = []
    for c in ctx.doc.user_data.get("kg_all_mentions", []):
        if c.label == Label.INDUSTRY_CHAIN and any(h.start < c.end and c.start < h.end and not h.name.endswith(_ZONE)
                                                   for h in ctx.within(c.start - 40, c.end + 40, {Label.PROJECT, Label.PARK})):
            nested.append(c.model_copy(update={"properties": {"nested": True}}))
    return sorted(final + nested, key=lambda m: (m.start, m.end))


def _builds(ctx: RelContext, m: Mention, c: Mention) -> bool:
    """The enterprise builds the project whose name holds the chain (X建设瓶窑智能装备产业基地)."""
    # _BUILDS holds at most 13 characters (a verb, 8 more, a line break before its end): no longer gap is read
    return m.end <= c.start <= m.end + 16 and _BUILDS.match(ctx.text[m.end:c.start]) is not None


def _descriptive(ctx: RelContext, c: Mention) -> bool:
    """A chain word qualifying the head of an enumeration (…等高端装备制造企业) is no target, nor a market a
    product serves (产品主要应用于新能源汽车、光伏储能等领域)."""
    if ctx.text[c.start - 1:c.start] == "等" and _DESCRIPTIVE.match(ctx.text[c.end:c.end + 14]) is not None:
        return True
    if _EVENT.match(ctx.text, c.end):
        return True  # 举办中国生物医药产业发展大会: an event's name
    return _MARKET.search(ctx.text, ctx.clause(c.start)[0], c.start) is not None


#: An event named by an industry (生物医药产业发展大会, 人工智能峰会, 集成电路产业博览会).
_EVENT = re.compile(r"(?:产业|行业)?(?:发展|创新|合作|投资)?(?:大会|论坛|峰会|博览会|展览会|推介会|交流会|对接会|研讨会|年会|高峰论坛)")
#: What a product is used in, before the markets it names.
_MARKET = re.compile(r"应用于|运用于|应用在|服务于|配套于|广泛用于|主要用于")


def _near_chains(ctx: RelContext, found: list[Mention], m: Mention, here: tuple[int, int]) -> list[Mention]:
    """When no chain of the item's clause is left: the target chains of the clauses next to it, or of a
    topic frame (the end of ``_sentence_chains``; ``found``: the sentence's chains the item may take)."""
    relied = _relied_on(ctx, here)
    near = [c for c in found if ((framed := framed_chain(ctx, c)) or _targeted(ctx, c)
                                 and abs(ctx.clause(c.start)[0] - here[0]) <= 2 * (here[1] - here[0]) + 40
                                 and not (m.label == Label.ENTERPRISE and _firms_of_its_own(ctx, c)))
            and _adjacent(ctx.text[min(c.end, m.end):max(c.start, m.start)], framed or relied)]
    if not relied and len({c.name for c in near}) > 1 and _counted_firms(ctx, m, here):
        return []  # 已聚集京东、顺丰、宝能等企业300余家，正围绕新能源、智能装备、现代物流三大产业: which firm is in which?
    return specific_chains(near)


def _firms_of_its_own(ctx: RelContext, c: Mention) -> bool:
    """The chain's clause names firms of its own (…，库卡、博智林等装备企业聚焦工业机器人…): the chain is theirs, not
    that of the firms of the clause before (美的、格兰仕等龙头企业…; works there may still be named by it)."""
    lo, hi = ctx.clause(c.start)
    return bool(ctx.within(lo, hi, {Label.ENTERPRISE}))


#: A count of the firms a place holds, after a list of some of them (京东、顺丰、宝能等企业300余家).
_FIRMS_COUNTED = re.compile(r"等[\u4e00-\u9fff]{0,6}企业\d+余?家|等\d+余?家[\u4e00-\u9fff]{0,6}企业")


def _counted_firms(ctx: RelContext, m: Mention, clause: tuple[int, int]) -> bool:
    """The item is a firm of a list its clause counts as some of a place's firms (its holdings, no chain's items)."""
    return m.label == Label.ENTERPRISE and "、" in ctx.text[m.start - 1:m.end + 1] \
        and _FIRMS_COUNTED.search(ctx.text, m.end, min(clause[1], m.end + _COUNT_REACH)) is not None


#: How far after a listed firm its list's count is looked for (a list of fifty firms; not a whole enumeration clause).
_COUNT_REACH = 1000


def _targeted(ctx: RelContext, c: Mention) -> bool:
    """A development verb before the chain in its clause (做强X产业), or right after its 产业 (X产业加快集聚)."""
    lo, hi = ctx.clause(c.start)
    return _TARGET.search(ctx.text[lo:c.start]) is not None or _GROWS.match(ctx.text[c.end:hi]) is not None


def _relied_on(ctx: RelContext, clause: tuple[int, int]) -> bool:
    """The item's clause names the means of the sentence's goal (重点依托A、B等企业，…，加快建设X产业…)."""
    return _MEANS.match(ctx.text[clause[0]:clause[1]]) is not None


def _adjacent(between: str, framed: bool = False) -> bool:
    """A target chain of another clause reaches the item across one comma (any number from a topic
    frame before it), never across a semicolon."""
    if _PARALLEL.search(between):
        return False
    return framed or between.count("，") + between.count(",") <= 1


def _sibling_item(ctx: RelContext, c: Mention, m: Mention, clause: tuple[int, int]) -> bool:
    """The chain names another, unextracted item of the same list (A智能装备制造、B氢能产业化、C产业园)."""
    marks = ctx.list_marks  # the 、 of the text: no slice of the clause is read
    lo = max(marks.last_before(c.start, clause[0]) + 1, clause[0])
    hi = marks.first_from(c.end)
    hi = hi if 0 <= hi < clause[1] else clause[1]
    if lo <= m.start < hi or ctx.word_hits(_TARGET_WORDS).inside(clause[0], c.start):
        return False
    if not 0 <= marks.first_from(min(c.end, m.end)) < max(c.start, m.start):  # no 、 between them
        return False
    return not [x for x in ctx.within(lo, hi, CHAINED) if not (x.start <= c.start and c.end <= x.end)]


def _pointed(m: Mention, chains: list[Mention]) -> list[Mention]:
    """Among several chains, those the item's name points to (its name holds the chain's tail, or its
    head unless that is a mere qualifier: 华岭光电子 -> 光电子信息, 现代农业 -/-> 现代物流)."""
    return [c for c in chains if c.name in m.name or len(c.name) >= 4 and (
        c.name[-2:] in m.name or c.name[:2] not in _QUALIFIERS and c.name[:2] in m.name)]


def _narrowed(m: Mention, chains: list[Mention]) -> list[Mention]:
    """Of several chains in an item's sentence, the ones its name points to, if any (闽梅冷链加工基地 after
    发展海洋渔业和海产品冷链加工 -> 海产品冷链加工; ANNOTATION.md rule 29); else all of them."""
    if len({c.name for c in chains}) < 2 or m.label == Label.ENTERPRISE:
        return chains  # a company name holds product words, not its chain (福建闽梅海洋食品有限公司)
    return _pointed(m, chains) or chains


class _NamedChains:
    """The longest chain of the text that a park is named by: the chain right before the park's type
    (坪山生物医药创新产业园 -> 生物医药; not 绿色新能源装备产业园, a park of 新能源装备), if any.

    Of the chains (two characters or more) whose name is in the park's name and followed there, after
    its last occurrence, by a park type, the longest, then the first in the text. The chains are looked
    up by the pieces of the park's name, once per park name, not each compared with every park.
    """

    def __init__(self, chains: list[Mention]) -> None:
        #: name -> (key, chain): the chain of that name that ``max`` by (length, -start) would pick first
        self.best: dict[str, tuple[tuple[int, int, int], Mention]] = {}
        for i, c in enumerate(chains):
            key = (len(c.name), -c.start, -i)
            if len(c.name) >= 2 and (c.name not in self.best or key > self.best[c.name][0]):
                self.best[c.name] = (key, c)
        self.longest = max(map(len, self.best), default=0)
        self.found: dict[str, Mention | None] = {}

    def of(self, m: Mention) -> Mention | None:
        """The chain park ``m`` is named by, or a project named as a park is (工大智能装备公司机器人产业基地); None for
        other labels."""
        if m.label != Label.PARK and not (m.label == Label.PROJECT and m.name.endswith(_PROJECT_PARKS)):
            return None
        if m.name not in self.found:
            self.found[m.name] = self._lookup(m.name)
        named = self.found[m.name]
        # a project's chain is one the text sets, not one only names hold (瓶窑智能装备产业基地 of 浙江瓶窑智能装备…公司)
        return None if named is not None and m.label == Label.PROJECT and named.properties.get("nested") else named

    def _lookup(self, name: str) -> Mention | None:
        pieces = {name[i:j] for i in range(len(name)) for j in range(i + 2, min(len(name), i + self.longest) + 1)}
        named = [self.best[p] for p in pieces
                 if p in self.best and _PARK_TYPE.fullmatch(name[name.rindex(p) + len(p):])]
        return max(named)[1] if named else None  # keys differ (they hold the list position)


#: How a project named as a park by its industry ends (…机器人产业基地).
_PROJECT_PARKS = ("产业基地", "产业园")
#: What follows the industry in the name of a park named by it: its type (创新产业园, 配套产业园, 集聚区).
_PARK_TYPE = re.compile(r"(?:创新|配套|特色|专业|科技|高新|现代)?(?:产业园区?|园区|产业基地|产业?集聚区|产业城|谷|小镇)")


def _park_led(ctx: RelContext, chains: list[Mention]) -> dict[tuple[int, int], list[Mention]]:
    """A park leading a paragraph or heading takes the chains its paragraph develops (推动印刷产业…)."""
    led: dict[tuple[int, int], list[Mention]] = {}
    scopes = [(lead, (lead[1], p_end)) for p_start, p_end in ctx.paragraphs() if (lead := ctx.lead(p_start, p_end))]
    scopes += list(ctx.heading_scopes())
    for (h_start, h_end), (b_start, b_end) in scopes:
        parks = ctx.within(h_start, h_end, {Label.PARK})
        if len(parks) != 1:
            continue
        found = [c for c in chains_in(chains, b_start, b_end) if not _descriptive(ctx, c)
                 and not any(x.start <= c.start and c.end <= x.end for x in parks)]
        names = {c.name for c in found}
        if found and len(names) <= _MAX_SENTENCE_CHAINS:
            led.setdefault((parks[0].start, parks[0].end), []).extend(found)
    return led


def _widen(found: list[tuple[Mention, str]], scope: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """Add a scope's chains when the sentence named none, or where it named a broader form of them
    (by name, or by surface: 医药 -> 现代医药 is broader than 生物医药)."""
    if not found:
        return scope
    out = list(found)
    for c, rule in scope:
        broader = [x for x in out if x[0].name != c.name and (x[0].name in c.name or x[0].text in c.text)]
        if broader:
            out = [x for x in out if x not in broader] + [(c, rule)]
    return out


def _context_targets(m: Mention, leads: ScopesAt[list[Mention]], headings: ScopesAt[list[Mention]],
                     infra: bool) -> list[tuple[Mention, str]]:
    """Paragraph-lead then heading chains of an item (``leads``, ``headings``: the scopes holding a
    position); a heading naming a chain outranks a lead naming several (under 绿色食品产业,
    做强川菜调味品和预制菜两大特色产业 does not split the items)."""
    under = [heading for _, _, heading in headings(m.start)]
    targets: list[tuple[Mention, str]] = []
    for lo, hi, lead in ([] if infra else leads(m.start)):
        if lo <= m.start < hi and (len(lead) == 1 or not under):
            picked = lead if len(lead) == 1 else _pointed(m, lead)
            targets = _widen(targets, [(c, "context.paragraph_chain") for c in picked])
    levels = [[(c, "context.heading_chain") for c in (h if len(h) == 1 else _pointed(m, h))] for h in under]
    if levels:  # every level of a heading path that names chains (石化新材料 / 高端化工新材料)
        targets = _widen(targets, levels[0]) + [t for level in levels[1:] for t in level]
    return targets


#: Firms listed as a kind of service body (东莞证券…、东莞农村商业银行…等金融机构): they serve the chain, no item of it.
_SERVICE_FIRMS = re.compile(r"(?:[、和及][^，。；、]{2,30}?)*等(?:金融|投资|中介|服务|咨询|法律|会计|担保)机构")
#: Rules whose chain is named in the paragraph's lead: their evidence runs from the lead's sentence.
_LED_RULES = ("context.paragraph_chain", "context.park_paragraph")


#: Openings of a news item's paragraph telling other news than its title's (另悉, 另据; not 同日, whose signings are the
#: title's chain's too).
_OTHER_NEWS = ("另悉", "另据", "另讯")


def _under_title(ctx: RelContext, m: Mention, chains: list[Mention], title: list[Mention]) -> list[tuple[Mention, str]]:
    """The chain of a project under a news title naming one (:func:`title_chain`): another chain of the text its name
    holds (呈贡数字经济产业园二期, 昆明国际花卉拍卖交易中心二期), else none where its sentence names another chain outside
    the names in it (…，届时全区新能源电池产业链产值将突破80亿元) or where its paragraph opens with other news (另悉，…),
    else the title's."""
    own = {c.name for c in title}
    if ctx.text.startswith(_OTHER_NEWS, ctx.text.rfind("\n", 0, m.start) + 1):
        return []  # 另悉，…医院东南分院已于2024年底正式启用: the paragraph tells other news
    inner = max((c for c in chains if c.name not in own and c.text in m.name), key=lambda c: len(c.text), default=None)
    if inner is not None:
        return [(inner, "name.project_chain")]
    sentence = ctx.sentence(m.start)
    named = [(n.start, n.end) for n in ctx.within(sentence.start, sentence.end, CHAINED)]
    if any(c.name not in own and sentence.start <= c.start < sentence.end and not any(s <= c.start < e for s, e in named)
           for c in chains):
        return []
    return [(c, "context.title_chain") for c in title]


def chain_relations(ctx: RelContext) -> list[RelationMention]:
    """IN_CHAIN for every enterprise, project and park with a chain in its context."""
    # a local import: rel_sentence_chains reads this module's rules
    from extractors.rel_sentence_chains import SentenceChains

    chains = chain_mentions(ctx)
    leads, headings = ScopesAt(lead_chains(ctx, chains)), ScopesAt(heading_chains(ctx))
    led, described, kinds = _park_led(ctx, chains), described_parks(ctx, chains), kind_listed(ctx, chains)
    clusters = led_clusters(ctx, chains)
    named_chains = _NamedChains(chains)
    title_end, title = title_chain(ctx, chains)
    sentence_chains, sides = SentenceChains(ctx, chains), side_cells(ctx.text, firm_side_cells(ctx.text))
    out: list[RelationMention] = []
    for m in ctx.ms:
        if m.label not in CHAINED or _developer(ctx, m) or _site(ctx, m) or sides.holds(m.start) \
                or m.label == Label.ENTERPRISE and _SERVICE_FIRMS.match(ctx.text, m.end):
            continue  # a table row's builder or place, a bank among 等金融机构: no item of the chain around it
        # roads, rail lines and stations serve a chain only under that chain's heading
        infra = m.label == Label.PROJECT and _INFRA.search(m.name) is not None
        found = [] if infra else [(c, "sentence.chain") for c in _narrowed(m, sentence_chains.of(m))]
        if m.label == Label.PARK and _PARK_AIMS.match(ctx.text, m.end):
            lo, hi = ctx.clause(m.start)  # 张湾工业园主攻新能源，双沟农产品加工园主攻农产品精深加工: each park its clause's
            found = [(c, rule) for c, rule in found if lo <= c.start < hi]
        targets = _widen(found, _context_targets(m, leads, headings, infra))
        targets += [(c, "context.park_paragraph") for c in led.get((m.start, m.end), [])]
        targets += [(c, "sentence.park_described") for c in described.get((m.start, m.end), [])]
        targets += [(c, "list.kind_of_enterprise") for c in kinds.get((m.start, m.end), []) if not targets]
        if not targets and title and m.label == Label.PROJECT and not infra and m.start >= title_end \
                and not _PUBLIC_WORKS.search(m.name):
            targets = _under_title(ctx, m, chains, title)
        named = named_chains.of(m)
        if named is not None:  # a park named by a chain of the text is in it (坪山生物医药创新产业园)
            targets = [(named, "name.park_chain")]
        if (m.start, m.end) in clusters:  # 以E为龙头的X产业集群: E leads X, whatever else its sentence names
            targets = [(clusters[m.start, m.end], "sentence.led_cluster")]
        seen: set[str] = set()
        for c, rule in targets:
            if c.name not in seen and c.name != m.name:
                seen.add(c.name)
                evidence = ctx.sentences_from(c.start, m.start) if rule in _LED_RULES else ctx.sentence(m.start)
                out.append(relation(RelType.IN_CHAIN, (m.label, m.name), (c.label, c.name), evidence, rule))
    return out
