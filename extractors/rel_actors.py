"""Actor rules: DEVELOPS, COOPERATES_WITH and SUBSIDIARY_OF.

- DEVELOPS: phase names (SMC二期 <- SMC), a project named after a company
  the passage names (远腾数控总部基地 <- 苏州远腾数控科技有限公司), and
  verbs: X投资建设(的)Y, X建设/开发/运营Y, Y由X建设, X参与Y, X与Z共建Y.
- COOPERATES_WITH: X与Y(、Z)合作/共建/签约/签署…协议/对接/协同发展, the
  subject written right before 与 (or leading the sentence when 与 opens a
  clause); an implicit party (the document's district) does not count; an
  investment's signing (X与Y签署投资协议, X与园区签约Y项目) is none unless the
  next clause tells a cooperation (ANNOTATION.md rule 30).
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

from extractors.base import mentions_of
from extractors.patterns import load_patterns
from extractors.rel_context import (
    ACTORS,
    ADMIN,
    RelContext,
    common_prefix,
    company_core,
    key_of,
    place_prefixes,
    sentence_relation,
)
from extractors.rel_subsidiaries import subsidiaries
from extractors.short_names import PLACE_AFTER
from extractors.text_marks import said_short
from schema import Label, Mention, RelationMention, RelType

BUILT = {Label.PROJECT, Label.PARK}
PARTIES = {Label.ENTERPRISE, Label.ORGANIZATION, Label.REGION, Label.TOWN, Label.PARK}
_PHASE = re.compile(r"^(?P<base>.{2,}?)(?:[(（])?(?:[一二三四五六七八九十]|\d+)期")
#: A size or capacity inside a phase's base (芯锐12英寸特色工艺晶圆二期): what the works make, no company's name.
_SIZED = re.compile(r"\d+(?:\.\d+)?(?:英寸|纳米|万|亿|吨|GW|MW|兆瓦|千瓦|代)")
#: A village or town opening a name (金华村田园综合体): a place's works, no company's name.
_PLACE_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:村|社区|镇|街道)")
_FACILITY_TAIL = re.compile(r"(?:房|院区|校区|设施|综合体|车间|厂|园|园区|中心|工程|项目|基地|城|线|产线|站|港|区|公园|街|路|楼|馆|场|所|库|湖|河|镇|村|堤|桥|道|院|寺|山|岛|湾|苑|景区|广场|大厦|公寓|学校|医院|带|廊|环|轴|片区|水系|小区|社区|家园)$")
_BUILD_GAP = re.compile(
    r"^(?:将|已|正|拟|计划|正式|还将|也|负责|全面|加快|主导|牵头)*(?:在[^，。；,;]{0,20}?)?(?:用于|用以)?"
    r"(?:(?:总)?投资(?:约|超|近|超过)?[\d.]+(?:多|余)?(?:亿|万)?(?:美)?元)?"  # X投资1.2亿元建设Y
    r"(?:投资建设|投资兴建|投资打造|出资建设|投建|新建|扩建|建设|建成|兴建|开发|运营|打造|承建|参与|负责建设|引进精品|改造|设立|实施|投资实施)(?:的)?$")
_INVEST_GAP = re.compile(
    r"^(?:将|已|正|拟|计划|总)*(?:投资|出资)(?:约|超|近|超过)?(?:[\d.]+(?:多|余)?(?:亿|万)?(?:美)?元)?(?:建设|兴建|打造)?的$"
    r"|^(?:投资[\d.]+(?:亿|万)?元)?(?:建设)?的?年产[^，。；,;、]{1,20}的$")
_BY_GAP = re.compile(r"^(?:项目)?(?:将|已)?由$")
#: A firm's clause that only says how much it invests (X投资85亿元，建设Y…), and the build verb opening the next one.
_AMOUNT_ONLY = re.compile(r"(?:将|已|拟|计划|总)*(?:投资|出资)(?:约|超|近|超过)?[\d.]+(?:多|余)?(?:亿|万)?(?:美)?元")
_NEXT_BUILD = re.compile(r"(?:主要|用于)?(?:投资建设|建设|新建|扩建|打造|实施)")
_BY_AFTER = re.compile(r"^(?:负责)?(?:投资建设|投资|建设|开发|运营|承建|打造)")
_COOP_WORDS = ("合作", "共建", "合资", "签约", "协议", "对接", "携手", "联盟", "协作", "协同发展", "结对", "联合")
#: A signing (签约, 签署…协议) ...
_SIGNED = ("签约", "签署", "签订", "协议")
#: ... is an investment's, no cooperation (ANNOTATION.md rule 30), when it is for works or money or with a government,
#: its body or a zone (X与郫都区人民政府签署投资协议, X与青岛经开区签约Y项目), unless the next clause tells a cooperation.
_INVESTED = re.compile(r"投资|项目")
_GOVERNMENT = re.compile(r"(?:人民政府|政府|管委会|管理委员会)$")
_COOP_NEXT = re.compile(r"\s*(?:双方)?(?:将)?(?:合作|共建|联合|携手|共同)")
_THIS_COMPANY = re.compile(r"^(?:该公司|该企业|该集团)(?:将|还|已|也|正|则|并)*$")
_PARTNER_SEP = re.compile(r"^(?:、|和|及|以及)$")
_GAP_WORDS = "将|还|已|也|正|已经|积极|计划|今年|继续|则|并|同时|首次|率先|分别"
_SUBJECT_GAP = re.compile(f"^(?:{_GAP_WORDS})*$")
#: Between a party and its 与 in one clause, also a verb of deepening (海河教育园区要深化与天津大学…的校地合作).
_PARTY_GAP = re.compile(f"^(?:{_GAP_WORDS}|要|深化|加强|持续|进一步|主动|全面|深入|不断)*$")
#: The fields a cooperation is in, written before its verb (与长宁区在总部经济、人工智能等领域开展合作).
_COOP_FIELDS = re.compile(r"^在[^，。；,;]{0,40}?(?:领域|方面|行业)")
_PARK_REF = re.compile(r"(?:推动|支持|鼓励|引导|促进)?(?:该)?(?P<head>集聚区|园区|开发区|高新区|产业园|科技城)(?:将|还|已)?$")
_SIGNED_BY = re.compile(r"^[^，。；,;]{0,12}?(?:协议|合作|协作)的$")
_THIS_BUILT = re.compile(r"该(?:中心|项目|基地|园区|工程|园)(?:将|已|主要)?由$")
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
                and name[:n] not in towns:  # 鄞州区 shared by 鄞州区城市建设投资… and 鄞州区全民健身中心
            best, best_n = full, n
    if best is not None and best not in near and not name.startswith(_GROUP_WORDS, best_n):  # (南瑞|集团…基地二期:
        best = next((f for f in sorted(near) if f in ctx.companies.values() and f != name  # the group's, by name)
                     and common_prefix(company_core(f), name) == best_n), best)
    return best


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
    towns = ctx.doc.user_data.get("kg_town_forms", {})
    return any(base[:n] in towns for n in (2, 3, 4))


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
        span = ctx.sentence(m.start)
        if (span.start, span.end) not in near_by_sentence:  # the sentence's companies, once per sentence
            near_by_sentence[span.start, span.end] = frozenset(
                e.name for e in ctx.within(span.start, span.end, {Label.ENTERPRISE}))
        near = near_by_sentence[span.start, span.end]
        owner = _owner_by_prefix(ctx, m.name, near) or company_prefix(m.name, shorts)
        if owner and phase and _short_core_of_longer_base(owner, phase.group("base")):
            owner = None  # 长江存储二期 is 长江存储's, not 湖北省长江产业投资集团's (core 长江)
        rule = "name.owner_prefix"
        if owner is None and phase and ctx.owner_of(phase.group("base")):
            owner, rule = ctx.owner_of(phase.group("base")), "name.phase"
        elif owner is None and phase and load_patterns().suffix_label(phase.group("base")) == Label.PARK:
            out += _phase_in_park(ctx, m, phase.group("base"), parks)  # 济南药谷二期: no firm's
            continue
        elif owner is None and phase:
            base = phase.group("base")
            bracketed = m.name[len(base):len(base) + 1] in ("(", "（")  # 交通枢纽(一期): the works' own phase
            if base in others or _FACILITY_TAIL.search(base) or _PLACE_HEAD.match(base) or len(base) < 2 \
                    or _quoted(ctx, m) or bracketed or _SIZED.search(base) or _town_opened(ctx, base):
                continue  # (横沥岛尖二期: a place's works, no firm 横沥岛尖)
            group = _GROUP_IN_BASE.match(base)  # 三一集团智联重卡二期: 三一集团's, not 三一集团智联重卡's
            if group is None and len(base) > _BRAND_MAX:
                continue  # 三一智联重卡二期, 天津港北疆港区C段二期: a brand and its works, no firm's name
            owner, rule = group.group(1) if group else base, "name.phase"
            mentions_of(ctx.doc).append(Mention(label=Label.ENTERPRISE, text=owner, name=owner, start=m.start,
                                                end=m.start + len(owner), rule="name.phase_base"))
        elif phase:
            rule = "name.phase"
        if owner:
            out.append(_rel(ctx, RelType.DEVELOPS, (Label.ENTERPRISE, owner), _key(m), m.start, rule))
    return out


def company_before_project(ctx: RelContext) -> list[RelationMention]:
    """江苏汤泉康养产业发展有限公司汤山国际康养社区: a full company name written right before a project."""
    out: list[RelationMention] = []
    for a in ctx.ms:
        if a.label != Label.ENTERPRISE or not _LEGAL_TAIL.search(a.name):
            continue
        for b in ctx.within(a.end, a.end + 40, {Label.PROJECT}):
            if b.start == a.end:
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
        obj = ctx.first_within(after, hi, BUILT | ACTORS)
        if obj is not None and obj.label == Label.PARK and ctx.text[obj.start - 1:obj.start] in ("在", "于"):
            obj = ctx.first_within(obj.end, hi, BUILT | ACTORS)  # X在P投资5亿元建设Y: P is where, Y what is built
        gap = ctx.text[after:obj.start] if obj else ""
        if obj and obj.label in BUILT and (_BUILD_GAP.match(gap) or _INVEST_GAP.match(gap)):
            out.append(_rel(ctx, RelType.DEVELOPS, _key(m), _key(obj), m.start, "pattern.develop_verb"))
        elif obj is None and hi < len(ctx.text) and _AMOUNT_ONLY.fullmatch(ctx.text, after, hi) \
                and (verb := _NEXT_BUILD.match(ctx.text, hi + 1)):  # X投资85亿元，建设Y: the next clause's works
            nxt = ctx.first_within(verb.end(), ctx.clause(hi + 1)[1], BUILT)
            if nxt is not None and nxt.start == verb.end():
                out.append(_rel(ctx, RelType.DEVELOPS, _key(m), _key(nxt), m.start, "pattern.develop_verb"))
        c_lo = ctx.clause(m.start)[0]
        before = ctx.last_within(c_lo, m.start, BUILT)
        if before is None and this_built_before(ctx.text, c_lo, m.start):
            before = ctx.last_within(max(0, c_lo - 200), c_lo, BUILT)
            gap_ok = before is not None
        else:
            # _BY_GAP (项目将由) holds at most 4 characters: a longer gap is not read
            gap_ok = before is not None and m.start - before.end <= 8 \
                and _BY_GAP.match(ctx.text[before.end:m.start]) is not None
        if gap_ok and before is not None and _BY_AFTER.match(ctx.text[m.end:m.end + 6]):
            out.append(_rel(ctx, RelType.DEVELOPS, _key(m), _key(before), m.start, "pattern.develop_by"))
    return out


def this_built_before(text: str, lo: int, pos: int) -> bool:
    """Whether ``text[lo:pos]`` ends with 该项目(将)由 (``_THIS_BUILT``), read from its last 8 characters only:
    the pattern is anchored at the end and at most 6 characters long, and a clause holds no line break."""
    return _THIS_BUILT.search(text[max(lo, pos - 8):pos]) is not None


# -- COOPERATES_WITH ---------------------------------------------------------


def _partners(ctx: RelContext, first: Mention, hi: int) -> list[Mention]:
    partners, prev = [first], first
    for m in ctx.within(first.end, hi, PARTIES, refs=True):
        gap = ctx.text[prev.end:m.start]
        if gap == "" and prev.label == m.label == Label.REGION:
            partners[-1] = m  # 与咸阳市三原县: the county, written after its city
        elif not _PARTNER_SEP.match(gap):
            break
        else:
            partners.append(m)
        prev = m
    return partners


def _aside_gap(ctx: RelContext, m: Mention, pos: int) -> str:
    """The text between ``m`` and ``pos``, without the bracket of a short form ``m`` is declared in
    (…股份有限公司（以下简称长飞公司）与华中科技大学共建: the company, then nothing)."""
    gap = ctx.text[m.end:pos]
    if gap in (")", "）", "”)", "”）") and ctx.text.endswith(("简称", "简称“", '简称"'), 0, m.start):
        return ""
    aside = said_short(ctx.text, m.end, m.name)
    return ctx.text[aside.end():pos] if aside is not None and aside.end() <= pos else gap


def _coop_subject(ctx: RelContext, yu: int) -> Mention | None:
    """The party written right before 与 (gap: 将/还将/已 …), or leading the sentence after a comma."""
    lo = ctx.clause(yu)[0]
    before = ctx.within(ctx.sentence(yu).start, yu, PARTIES, refs=True)
    if before and before[-1].end >= lo and _PARTY_GAP.match(_aside_gap(ctx, before[-1], yu)):
        return before[-1]
    if lo == yu or _SUBJECT_GAP.match(ctx.text[lo:yu]):  # the actor leading the sentence, before its first 与
        first = min((m.start - 1 for m in before if ctx.text[m.start - 1:m.start] in ("与", "同")), default=yu)
        actors = [m for m in before if m.label in ACTORS and m.end <= first]
        return actors[0] if actors else None  # (…，与上海交通大学共建X，与昆山开发区开展协作: no subject written)
    if _THIS_COMPANY.match(ctx.text[lo:yu]):
        prev = ctx.within(max(0, lo - 200), lo, {Label.ENTERPRISE}, refs=True)
        return prev[-1] if prev else None
    return _park_backref(ctx, lo, yu)


def _listed_with(ctx: RelContext, subject: Mention) -> list[Mention]:
    """``subject`` and the parties of its kind listed right before it with 、 (以北辰医院、北辰中医院与北京301…合作:
    both hospitals cooperate), first to last."""
    out = [subject]
    while (prev := ctx.ending_at(out[0].start - 1, refs=True)) is not None and prev.label == subject.label \
            and ctx.text[prev.end:out[0].start] == "、":
        out.insert(0, prev)
    return out


def _park_backref(ctx: RelContext, lo: int, yu: int) -> Mention | None:
    """推动集聚区与…: a bare park word before 与 stands for the last park named with that head."""
    ref = _PARK_REF.search(ctx.text, lo, yu)
    if ref is None or ctx.ending_at(ref.end("head")) is not None:
        return None
    at = ref.start()
    parks = [p for p in ctx.within(max(0, at - 400), at, {Label.PARK}) if p.name.endswith(ref.group("head"))]
    return parks[-1] if parks else None


#: Unnamed bodies of a place (河北省职业院校): the partner is they, not the place.
_PLACE_BODIES = re.compile(r"(?:的)?(?:各类|相关|有关)?(?:职业院校|院校|高校|学校|中小学|医院|企业|部门|单位|机构)")


def _bodies_of(ctx: RelContext, party: Mention) -> bool:
    """A place written right before a kind of body (与河北省职业院校“结对子”): its bodies cooperate."""
    return party.label in ADMIN and _PLACE_BODIES.match(ctx.text, party.end) is not None


def _invested(ctx: RelContext, partners: list[Mention], tail: str, hi: int) -> bool:
    """Whether the partners' clause is an investment's signing and nothing more (:data:`_INVESTED`): no other word of
    cooperation before it, and no cooperation told by the next clause (签约，共建…)."""
    words = _COOP_FIELDS.sub("", tail)[:14]
    if not any(w in words for w in _SIGNED) or any(w in words for w in _COOP_WORDS if w not in _SIGNED):
        return False
    invested = _INVESTED.search(tail) is not None or any(
        p.label in (Label.PARK, Label.REGION, Label.TOWN) or _GOVERNMENT.search(p.name) for p in partners)
    return invested and _COOP_NEXT.match(ctx.text, hi + 1) is None


def cooperation(ctx: RelContext) -> list[RelationMention]:
    """X与Y(、Z)合作/共建/签约…: X with each partner; both X and the partners develop what they build."""
    out: list[RelationMention] = []
    for m in ctx.refs:
        if m.label not in PARTIES or ctx.text[m.start - 1:m.start] not in ("与", "同") or m.start < 1:
            continue
        prev = ctx.ending_at(m.start - 1, refs=True)
        if prev is not None and prev.label in PARTIES and ctx.text[prev.end - 0:m.start - 1] == "" and \
                ctx.text[max(0, prev.start - 1):prev.start] in ("与", "同"):
            continue  # second item of 与A与B; handled from the first
        hi = ctx.clause(m.start)[1]
        partners = _partners(ctx, m, hi)
        tail = ctx.text[partners[-1].end:hi]
        if not any(w in _COOP_FIELDS.sub("", tail)[:14] for w in _COOP_WORDS) or _invested(ctx, partners, tail, hi):
            continue
        after = ctx.next_after(partners[-1].end, refs=True)
        relative = after is not None and after.label in ACTORS and after.start < hi \
            and _SIGNED_BY.match(ctx.text[partners[-1].end:after.start]) is not None
        subject = after if relative else _coop_subject(ctx, m.start - 1)
        if subject is None:
            continue
        for s in ([subject] if relative else _listed_with(ctx, subject)):
            for p in partners:
                if _key(p) != _key(s) and not _bodies_of(ctx, p):
                    out.append(_rel(ctx, RelType.COOPERATES_WITH, _key(s), _key(p), m.start, "pattern.cooperate"))
        built = None if relative else next(iter(ctx.within(partners[-1].end, hi, BUILT)), None)
        builders = [subject, *partners]
        if built is None and not relative and (built := _built_next(ctx, tail, hi)) is not None:
            builders = [subject]  # X与Y合作，在Z建设W: X builds W, with Y's help (s22, s23)
        if built and re.search(r"(?:共建|合作建设|共同建设|联合建设|共同打造|合作打造|合作[，,]\s*(?:在[^，。；]{1,12})?(?:共同)?建设)",
                               ctx.text[partners[-1].end:built.start]):
            for actor in builders:
                if actor.label in ACTORS:
                    out.append(_rel(ctx, RelType.DEVELOPS, _key(actor), _key(built), m.start, "pattern.co_build"))
    return out


#: The clause after a cooperation that builds: 与东北大学合作，在科技城建设刻蚀装备中试线.
_BUILDS_NEXT = re.compile(r"\s*(?:在[^，。；,;]{1,12})?(?:共同)?建设")


def _built_next(ctx: RelContext, tail: str, hi: int) -> Mention | None:
    """What the clause right after a clause ending in 合作 builds (…合作，在科技城建设X): X, else None."""
    if not tail.rstrip().endswith("合作") or ctx.text[hi:hi + 1] not in ("，", ","):
        return None
    lo, end = ctx.clause(hi + 1)
    if not _BUILDS_NEXT.match(ctx.text, lo):
        return None  # (在科技城 is where: the park written there is no works built)
    return next((b for b in ctx.within(lo, end, BUILT) if not (b.label == Label.PARK and ctx.text[b.start - 1] in "在于")), None)


#: A firm signing for its works with a place or body (X与我县签订Y项目投资协议): after the firm, up to the works.
_SIGNS_FOR = re.compile(r"与[^，。；,;与]{1,15}?(?:签订|签署|签约)(?:了)?")
#: After the works: the agreement signed (项目投资协议, 合作协议, 入园协议).
_AGREEMENT = re.compile(r"(?:项目)?(?:投资|合作|入园|框架|战略合作)?(?:协议|合同)")


def signing_developers(ctx: RelContext) -> list[RelationMention]:
    """X与P签订Y项目投资协议: the firm X develops the works Y it signs for (the 长沙县 series probe)."""
    out: list[RelationMention] = []
    for hit in _SIGNS_FOR.finditer(ctx.text):
        firm = ctx.ending_at(hit.start(), refs=True)
        works = next(iter(ctx.within(hit.end(), hit.end() + 40, BUILT)), None)
        if firm is not None and firm.label == Label.ENTERPRISE and works is not None and works.start == hit.end() \
                and _AGREEMENT.match(ctx.text, works.end):
            out.append(_rel(ctx, RelType.DEVELOPS, _key(firm), _key(works), hit.start(), "pattern.signs_for"))
    return out


def actor_relations(ctx: RelContext) -> list[RelationMention]:
    """Every actor rule, in order."""
    found: list[RelationMention] = []
    for rule in (phase_and_prefix_owners, company_before_project, operating_bodies, verb_developers, signing_developers,
                 cooperation, subsidiaries):
        found += rule(ctx)
    return found
