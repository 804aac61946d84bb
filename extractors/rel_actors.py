"""Actor rules: DEVELOPS, COOPERATES_WITH and SUBSIDIARY_OF.

- DEVELOPS: phase names (SMC二期 <- SMC), a project named after a company
  the passage names (远腾数控总部基地 <- 苏州远腾数控科技有限公司), and
  verbs: X投资建设(的)Y, X建设/开发/运营Y, Y由X建设 (its clauses: :mod:`extractors.rel_built_by`), X参与Y, X与Z共建Y;
  roles: 项目业主为X (:mod:`extractors.rel_roles`).
- COOPERATES_WITH, and the DEVELOPS a signing tells: :mod:`extractors.rel_cooperation`.
- SUBSIDIARY_OF: :mod:`extractors.rel_subsidiaries`.

Example:
    >>> from kg.ingest import document_from_text
    >>> from extractors.pipeline import extract
    >>> ex = extract(document_from_text("甲乙控股集团有限公司旗下的丙丁科技有限公司发展迅速。", doc_id="t"))
    >>> [(r.source.name, r.target.name) for r in ex.relations if r.type.value == "SUBSIDIARY_OF"]
    [('丙丁科技有限公司', '甲乙控股集团有限公司')]
"""

from __future__ import annotations

import re

from extractors import lexicon
from extractors.base import mentions_of
from extractors.chains import chain_terms
from extractors.company_cores import common_prefix, company_core, place_prefixes
from extractors.patterns import load_patterns
from extractors.proper import has_proper_element
from extractors.rel_built_by import (
    AMOUNT_ONLY,
    BY_GAP,
    bare_built_before,
    clause_subject,
    group_before,
    joint_partner,
    this_built_before,
)
from extractors.rel_context import ACTORS, AMOUNT, BUILT, RelContext, key_of, sentence_relation
from extractors.rel_cooperation import cooperation, signing_developers
from extractors.rel_roles import role_developers
from extractors.rel_subsidiaries import subsidiaries
from extractors.short_names import PLACE_AFTER
from extractors.text_marks import said_short
from schema import Label, Mention, RelationMention, RelType

_PHASE = re.compile(r"^(?P<base>.{2,}?)(?:[(（])?(?:[一二三四五六七八九十]|\d+)期")
#: A size or capacity inside a phase's base (芯锐12英寸特色工艺晶圆二期): what the works make, no company's name.
_SIZED = re.compile(r"\d+(?:\.\d+)?(?:英寸|纳米|万|亿|吨|GW|MW|兆瓦|千瓦|代)")
#: A village or town opening a name (金华村田园综合体): a place's works, no company's name.
_PLACE_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:村|社区|镇|街道)")
_FACILITY_TAIL = re.compile(r"(?:房|院区|校区|设施|综合体|车间|厂|园|园区|中心|工程|项目|基地|城|线|产线|站|港|区|公园|街|路|楼|馆|场|所|库|湖|河|镇|村|堤|桥|道|院|寺|山|岛|湾|苑|景区|广场|大厦|公寓|学校|中学|小学|幼儿园|医院|带|廊|环|轴|片区|水系|小区|社区|家园|高速|谷|块|乡|庄|坊|巷|城际|铁路|地铁|快线|轨道|隧道|管网)$")
_BUILD_GAP = re.compile(
    r"^(?:将|已|正|拟|计划|正式|还将|也|负责|全面|加快|主导|牵头|共同|合作|联合)*(?:在[^，。；,;]{0,20}?)?(?:用于|用以)?"
    rf"(?:(?:总)?投资{AMOUNT})?"  # X投资1.2亿元建设Y
    r"(?:投资建设|投资兴建|投资打造|出资建设|投建|新建|扩建|建设|建成|兴建|开发|运营|打造|承建|参与|负责建设|引进精品|改造|设立|实施|投资实施)(?:的)?$")
_INVEST_GAP = re.compile(
    r"^(?:将|已|正|拟|计划|总|共同|合作|联合)*(?:投资|出资)(?:约|超|近|超过)?(?:[\d.]+(?:多|余)?(?:亿|万)?(?:美)?元)?(?:建设|兴建|打造)?的$"
    r"|^(?:投资[\d.]+(?:亿|万)?元)?(?:建设)?的?年产[^，。；,;、]{1,20}的$")
#: Verbs bringing a firm in (玉贤街道引进A，投资6.5亿元建设Y): the next clause's works are the firm's.
_BROUGHT_IN = ("引进", "引入", "招引", "签约引进")
_NEXT_BUILD = re.compile(rf"(?:在[^，。；,;、]{{2,24}}?)?(?:主要|用于)?(?:(?:将|拟|计划)?(?:投资|出资){AMOUNT})?"
                         r"(?:投资建设|建设|新建|扩建|打造|实施)")
#: A firm's clause that signs with a place or a body (X与张卜街道签约，投资2.1亿元建设Y): the next clause's works are its.
_SIGNS = re.compile(r"(?:与[^，。；,;]{2,20}?)?(?:签约|签订(?:了)?(?:投资)?协议|签署(?:了)?(?:投资)?协议)")
#: What the party after 由 does to the works: builds them, also as their owner or agent (Y由X作为项目业主建设, Y由X代建,
#: Y由X负责实施).
_BY_AFTER = re.compile(r"^(?:作为(?:项目)?(?:业主|建设单位|建设主体|实施主体|投资主体|龙头企业|链主企业)(?:单位)?)?(?:负责|牵头)?"
                       r"(?:一级|整体)?(?:投资建设|投资|建设|开发|运营|承建|打造|实施|代建)|^(?:具体|统一)?负责(?:[。，,；;]|$)")
#: What 该X由 names when X is a park's word (the rest name a project).
_THIS_LABEL = {word: {Label.PARK} for word in ("园区", "产业园", "园", "示范区")}
_LEGAL_TAIL = re.compile(r"(?:有限公司|有限责任公司|集团)$")
_BODY_OF = re.compile(r"是(?P<obj>[^，。；,;的]{3,20})的(?:运营|建设|投资|开发|实施|管理)主体")
#: A unit of a group right after its short name: a bureau, a numbered company, a branch (中铁十八局, 中建三局,
#: 中交一公局, 中交二航局, 中国一冶, 中铁大桥局, 中铁上海工程局).
_UNIT_AFTER = re.compile(r"(?:第?[一二三四五六七八九十]{1,3}|\d{1,3})(?:工程|[公航])?(?:局|公司)|[一二三四五六七八九十]{1,3}冶|"
                         r"分公司|(?:[\u4e00-\u9fff]{2})?(?:工程|建设|设计|大桥|隧道|电气化|航务|航道|港湾)局")


_rel = sentence_relation
_key = key_of


# -- DEVELOPS ----------------------------------------------------------------


def _owner_by_prefix(ctx: RelContext, name: str, near: frozenset[str] = frozenset()) -> str | None:
    """The company whose core shares the longest prefix (>= 3, or the whole core) with ``name``.

    Ties go to the shorter core (the group rather than its specialised subsidiary), so the
    answer does not depend on set order; but a company of the project's sentence (``near``)
    sharing as long a prefix wins over a group named elsewhere. A name going on after the
    shared part with a unit of the company (中铁|十八局…, 中建|三局…) is that unit's project; one going on with a
    zone's or a road's word (临空港|大道 of 武汉临空港科技投资有限公司) is named after that place.
    """
    best, best_n = None, 0
    towns = ctx.doc.user_data.get("kg_town_forms", {})  # 王庆坨 of 天津王庆坨建设投资有限公司 and of 王庆坨中学: the town's
    for full, core in ctx.cores_by_head.get(name[:2], ()) if len(name) >= 2 else ():  # others share < 2
        n = common_prefix(core, name)
        if (n >= 3 or (n == len(core) >= 2)) and n > best_n and name != full and not _UNIT_AFTER.match(name, n) \
                and not PLACE_AFTER.match(name, n) and name[:n] not in place_prefixes() \
                and name[:n] not in towns and not _town_and_common(name[:n], towns) \
                and name[:n] not in chain_terms() and name[:n] not in ctx.park_forms \
                and not _common_core(core, name, n):
            # 鄞州区 shared by 鄞州区城市建设投资… and 鄞州区全民健身中心; 轨道交通 shared by 成都轨道交通集团 and a supplier's
            # 轨道交通…基地: an industry, no firm; 宁河现代产业区 of its zone's platform firm and of 宁河现代产业区220千伏输变电
            # 工程: the park's works; 机场 of 湖北机场集团 and of 机场北连接线: a common word, no firm
            best, best_n = full, n
    if best is not None and best not in near and not name.startswith(_GROUP_WORDS, best_n):  # (南瑞|集团…基地二期:
        best = next((f for f in sorted(near) if f in ctx.companies.values() and f != name  # the group's, by name)
                     and common_prefix(company_core(f), name) == best_n), best)
    return best


#: jieba's count of a word so common that it names no one thing (海洋, which jieba tags as a place).
_COMMON_WORD = 1000


def _common_core(core: str, name: str, n: int) -> bool:
    """A company's whole core that is a common word (机场 of 湖北机场集团) opening ``name`` (its first ``n`` characters)
    with no group's word after it (机场|北连接线, not 轨道|集团项目): the word's, no firm's."""
    return n == len(core) and (lexicon.count(core) or 0) >= _COMMON_WORD and not name.startswith(_GROUP_WORDS, n)


def _town_and_common(shared: str, towns: dict[str, str]) -> bool:
    """A shared prefix that is a town's short form and common words (松下|海洋 of 福建松下海洋食品有限公司 and
    松下海洋文化研学基地 of 松下镇): both are named after the town, not the one after the other."""
    k = _town_prefix(shared, towns)  # (never the whole of it: a prefix that is a town names no owner, see the caller)
    rest = shared[k:]
    return 0 < k < len(shared) and (not has_proper_element(rest) or (lexicon.count(rest) or 0) >= _COMMON_WORD)


def _short_core_of_longer_base(owner: str, base: str) -> bool:
    """Whether a phase's base only starts with the owner's two-character core and goes on (长江 of 长江存储)."""
    core = company_core(owner)
    return len(core) == 2 and base != core and base.startswith(core) and owner not in base \
        and not base.startswith(_GROUP_WORDS, 2)  # 三一集团智联重卡二期 is 三一集团's


#: Words of a company's form inside a phase's base (三一集团|智联重卡二期): the company ends there.
_GROUP_WORDS = ("集团", "股份", "控股", "公司")
#: The longest phase base taken for a firm's name on its own (SMC二期, 江铜华北二期, 朝亚大数据二期).
_BRAND_MAX = 5
_GROUP_IN_BASE = re.compile(r"^(.{2,8}?(?:集团|股份|控股|公司))(?=.{2,})")


def _town_opened(ctx: RelContext, base: str) -> bool:
    """A phase's base opens with a town of the document's county (横沥 of 横沥镇 in 横沥岛尖)."""
    return _town_prefix(base, ctx.doc.user_data.get("kg_town_forms", {})) > 0


def _town_prefix(name: str, towns: dict[str, str]) -> int:
    """How long the town form ``name`` opens with is (the longest of two to four characters), 0 if none."""
    return next((k for k in (4, 3, 2) if name[:k] in towns), 0)


def company_prefix(name: str, companies: set[str]) -> str | None:
    """The longest of ``companies`` that ``name`` starts with and goes on after (one look-up per length)."""
    return next((name[:k] for k in range(len(name) - 1, 0, -1) if name[:k] in companies), None)


def _whole_core_prefix(cores: frozenset[str], name: str) -> bool:
    """Whether some company's whole core (3+ characters, from ``cores``) starts ``name``."""
    return any(name[:n] in cores for n in range(3, min(len(name), 12) + 1))


def _quoted(ctx: RelContext, m: Mention) -> bool:
    """“城市双修”二期: a quoted base names a programme, not a company."""
    return ctx.text[m.start - 1:m.start] in ("“", '"') or "”" in ctx.text[m.start:m.end]


def _phase_in_park(ctx: RelContext, m: Mention, park: str, parks: set[tuple[Label, str]]) -> list[RelationMention]:
    """A phase of works named after a park (济南药谷二期) is in the park, when the text names the park on its own."""
    if (Label.PARK, park) not in parks:
        return []
    return [_rel(ctx, RelType.LOCATED_IN, _key(m), (Label.PARK, park), m.start, "name.phase_park")]


def phase_and_prefix_owners(ctx: RelContext) -> list[RelationMention]:
    """SMC二期 <- SMC; a project named after a company the passage names."""
    out: list[RelationMention] = []
    others = {m.name for m in ctx.ms if m.label not in (Label.ENTERPRISE,)}
    parks = {(m.label, m.name) for m in ctx.ms if m.label == Label.PARK}  # a phase's park, named on its own
    shorts = {m.name for m in ctx.ms if m.label == Label.ENTERPRISE}
    cores = frozenset(company_core(full) for full in set(ctx.companies.values()))
    near_by_sentence: dict[tuple[int, int], frozenset[str]] = {}
    for m in ctx.ms:
        if m.label not in BUILT or (m.label == Label.PARK and not _whole_core_prefix(cores, m.name)):
            continue  # a park takes a company's name only with its whole core (淮海工程机械再制造产业园)
        phase = _PHASE.match(m.name) if m.label == Label.PROJECT else None
        near = _sentence_companies(ctx, m.start, near_by_sentence)
        owner = _prefix_owner(ctx, m.name, phase, near, shorts)
        if owner is None and phase:
            base = phase.group("base")
            known = ctx.owner_of(base)
            if not known and load_patterns().suffix_label(base) == Label.PARK:
                out += _phase_in_park(ctx, m, base, parks)  # 济南药谷二期: no firm's
                continue
            owner = known or _base_owner(ctx, m, base, others)
        if owner:
            rule = "name.phase" if phase else "name.owner_prefix"
            out.append(_rel(ctx, RelType.DEVELOPS, (Label.ENTERPRISE, owner), _key(m), m.start, rule))
    return out


def _sentence_companies(ctx: RelContext, pos: int, by_sentence: dict[tuple[int, int], frozenset[str]]) -> frozenset[str]:
    """The names of the companies in the sentence holding ``pos``, found once per sentence (kept in ``by_sentence``)."""
    span = ctx.sentence(pos)
    if (span.start, span.end) not in by_sentence:
        by_sentence[span.start, span.end] = frozenset(e.name for e in ctx.within(span.start, span.end, {Label.ENTERPRISE}))
    return by_sentence[span.start, span.end]


def _prefix_owner(ctx: RelContext, name: str, phase: re.Match[str] | None, near: frozenset[str],
                  shorts: set[str]) -> str | None:
    """The company a built thing's ``name`` opens with (``near``: the companies of its sentence; ``shorts``: the
    passage's company names), unless the phase's base opens with a longer name of which it is a short core."""
    owner = _owner_by_prefix(ctx, name, near) or company_prefix(name, shorts)
    if owner and phase and _short_core_of_longer_base(owner, phase.group("base")):
        return None  # 长江存储二期 is 长江存储's, not 湖北省长江产业投资集团's (core 长江)
    return owner


def _base_owner(ctx: RelContext, m: Mention, base: str, others: set[str]) -> str | None:
    """The firm a works' phase (``m``) is named after when the passage names no company for it (SMC二期: SMC),
    added as a mention of its own; None where ``base`` names a place's works, a facility or a brand's works
    (``others``: the names of the passage's things other than companies)."""
    bracketed = m.name[len(base):len(base) + 1] in ("(", "（")  # 交通枢纽(一期): the works' own phase
    if base in others or _FACILITY_TAIL.search(base) or _PLACE_HEAD.match(base) or len(base) < 2 \
            or _quoted(ctx, m) or bracketed or _SIZED.search(base) or _town_opened(ctx, base):
        return None  # (横沥岛尖二期: a place's works, no firm 横沥岛尖)
    group = _GROUP_IN_BASE.match(base)  # 三一集团智联重卡二期: 三一集团's, not 三一集团智联重卡's
    if group is None and len(base) > _BRAND_MAX:
        return None  # 三一智联重卡二期, 天津港北疆港区C段二期: a brand and its works, no firm's name
    owner = group.group(1) if group else base
    mentions_of(ctx.doc).append(Mention(label=Label.ENTERPRISE, text=owner, name=owner, start=m.start,
                                        end=m.start + len(owner), rule="name.phase_base"))
    return owner


def company_before_project(ctx: RelContext) -> list[RelationMention]:
    """江苏汤泉康养产业发展有限公司汤山国际康养社区: a full company name written right before a project, also across
    the short form it declares (海洋石油工程股份有限公司（海油工程）天津智能化制造基地二期)."""
    out: list[RelationMention] = []
    for a in ctx.ms:
        if a.label != Label.ENTERPRISE or not _LEGAL_TAIL.search(a.name):
            continue
        aside = said_short(ctx.text, a.end, a.name)
        end = aside.end() if aside else a.end
        for b in ctx.within(end, end + 40, {Label.PROJECT}):
            if b.start == end:
                out.append(_rel(ctx, RelType.DEVELOPS, _key(a), _key(b), b.start, "pattern.company_project"))
    return out


def operating_bodies(ctx: RelContext) -> list[RelationMention]:
    """X是(…)Y的运营/建设主体: X develops Y, also when Y is a short back-reference (冷链物流园)."""
    out: list[RelationMention] = []
    for hit in _BODY_OF.finditer(ctx.text):
        firm = ctx.ending_at(hit.start(), refs=True)
        if firm is None or firm.label not in ACTORS:
            continue
        ref = hit.group("obj")
        before = [b for b in ctx.within(max(0, hit.start() - 400), hit.start(), BUILT)
                  if b.name.endswith(ref) and len(b.name) > len(ref)]
        target = before[-1] if before else next(iter(ctx.within(hit.start("obj"), hit.end("obj"), BUILT)), None)
        if target is not None:
            out.append(_rel(ctx, RelType.DEVELOPS, _key(firm), _key(target), hit.start(), "pattern.operating_body"))
    return out


def verb_developers(ctx: RelContext) -> list[RelationMention]:
    """X投资建设(的)Y, X建设Y, X参与Y; Y由X建设."""
    out: list[RelationMention] = []
    for m in ctx.refs:
        if m.label not in ACTORS:
            continue
        aside = said_short(ctx.text, m.end, m.name)  # 宋茗白茶有限公司（以下简称宋茗茶业）建设…: no part of the gap
        after = aside.end() if aside else m.end
        lo, hi = ctx.clause(after)
        obj, gap = _object_after(ctx, after, hi)
        if obj and obj.label in BUILT and (_BUILD_GAP.match(gap) or _INVEST_GAP.match(gap)):
            out.append(_rel(ctx, RelType.DEVELOPS, _key(m), _key(obj), m.start, "pattern.develop_verb"))
        elif obj is None and hi < len(ctx.text) and (AMOUNT_ONLY.fullmatch(ctx.text, after, hi)
                                                     or _SIGNS.fullmatch(ctx.text, after, hi)
                                                     and not _signing_host(ctx, m)
                                                     or after == hi and ctx.text.endswith(_BROUGHT_IN, 0, m.start)) \
                and (verb := _NEXT_BUILD.match(ctx.text, hi + 1)):  # X投资85亿元，(在P)建设Y: the next clause's works
            nxt = ctx.first_within(verb.end(), ctx.clause(hi + 1)[1], BUILT)
            if nxt is not None and nxt.start == verb.end():
                out.append(_rel(ctx, RelType.DEVELOPS, _key(m), _key(nxt), m.start, "pattern.develop_verb"))
        c_lo = ctx.clause(m.start)[0]
        lead = group_before(ctx, m, c_lo)
        before = ctx.last_within(c_lo, lead, BUILT)
        word = this_built_before(ctx.text, c_lo, lead) or bare_built_before(ctx.text, c_lo, lead, after)
        if before is None and word:
            paragraph = ctx.text.rfind("\n", 0, c_lo) + 1  # 该项目: the last project of its paragraph, 该园: the last park
            before = ctx.last_within(max(paragraph, c_lo - 200), c_lo, _THIS_LABEL.get(word, {Label.PROJECT}))
            gap_ok = before is not None
        elif before is None and (before := clause_subject(ctx, c_lo, lead)) is not None:
            gap_ok = True  # Y位于P，由X（简称…）投资建设: the clause's subject before
        else:
            # BY_GAP (项目将由, 开发建设和招商运营由) holds at most 12 characters: a longer gap is not read
            gap_ok = before is not None and lead - before.end <= 12 \
                and BY_GAP.match(ctx.text[before.end:lead]) is not None
        if gap_ok and before is not None and _BY_AFTER.match(ctx.text[after:after + 16]):
            out.append(_rel(ctx, RelType.DEVELOPS, _key(m), _key(before), m.start, "pattern.develop_by"))
        elif gap_ok and before is not None and (partner := joint_partner(ctx, m, after, hi)) is not None:
            for actor in (m, partner):  # Y由A（简称…）与B合作开发: both build it
                out.append(_rel(ctx, RelType.DEVELOPS, _key(actor), _key(before), m.start, "pattern.develop_by"))
    return out


def _object_after(ctx: RelContext, after: int, hi: int) -> tuple[Mention | None, str]:
    """What an actor ending at ``after`` builds in its clause (up to ``hi``), and the words between: the first works or
    actor, past a park it builds in (X在P投资5亿元建设Y) and a partner it builds with (由A与B共同投资的Y: Y); None where it
    signs with the actor (X与P签订协议，投资28亿元建设Y: the next clause's works)."""
    obj = ctx.first_within(after, hi, BUILT | ACTORS)
    if obj is not None and obj.label == Label.PARK and ctx.text[obj.start - 1:obj.start] in ("在", "于"):
        obj = ctx.first_within(obj.end, hi, BUILT | ACTORS)
    if obj is not None and obj.label in ACTORS and _SIGNS.fullmatch(ctx.text, after, hi):
        return None, ""
    gap = ctx.text[after:obj.start] if obj else ""
    if obj and obj.label in ACTORS and gap in ("与", "和"):
        return _jointly_built(ctx, obj, hi)
    return obj, gap


def _jointly_built(ctx: RelContext, partner: Mention, hi: int) -> tuple[Mention | None, str]:
    """The works the ``partner`` after 与 builds jointly (与B共同投资的Y: Y) and the gap before them, else (None, "")."""
    works = ctx.first_within(partner.end, hi, BUILT | ACTORS)
    gap = ctx.text[partner.end:works.start] if works is not None else ""
    return (works, gap) if works is not None and gap.startswith(("共同", "合作", "联合")) else (None, "")


def _signing_host(ctx: RelContext, m: Mention) -> bool:
    """``m`` is the body a firm signs with (A与兴仁镇人民政府签订协议，投资28亿元建设Y): the host, not who builds Y."""
    return m.label == Label.ORGANIZATION and ctx.text[m.start - 1:m.start] in ("与", "和", "同")


def actor_relations(ctx: RelContext) -> list[RelationMention]:
    """Every actor rule, in order."""
    found: list[RelationMention] = []
    for rule in (phase_and_prefix_owners, company_before_project, operating_bodies, verb_developers, role_developers,
                 signing_developers, cooperation, subsidiaries):
        found += rule(ctx)
    return found
