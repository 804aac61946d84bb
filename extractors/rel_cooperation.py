"""COOPERATES_WITH, and the DEVELOPS a signing tells (one of the actor rules of :mod:`extractors.rel_actors`).

COOPERATES_WITH: X与Y(、Z)合作/共建/签约/签署…协议/对接/协同发展, the subject written right before 与 (or leading the
sentence when 与 opens a clause); an implicit party (the document's district) does not count; an investment's signing
(X与Y签署投资协议, X与园区签约Y项目) is none unless the next clause tells a cooperation (ANNOTATION.md rule 30).
"""

from __future__ import annotations

import re

from extractors.rel_context import ACTORS, ADMIN, BUILT, RelContext, key_of, sentence_relation
from extractors.text_marks import said_short
from schema import Label, Mention, RelationMention, RelType

PARTIES = {Label.ENTERPRISE, Label.ORGANIZATION, Label.REGION, Label.TOWN, Label.PARK}
_COOP_WORDS = ("合作", "共建", "合资", "签约", "签署", "签订", "协议", "对接", "携手", "联盟", "协作", "协同发展", "结对", "联合")
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


_rel = sentence_relation
_key = key_of


def _partners(ctx: RelContext, first: Mention, hi: int) -> list[Mention]:
    """The partners listed from ``first`` up to ``hi``; a group's firm written after it (旗下Y) in the group's place."""
    partners, prev = [first], first
    for m in ctx.within(first.end, hi, PARTIES, refs=True):
        gap = ctx.text[prev.end:m.start]
        if gap == "" and prev.label == m.label == Label.REGION:
            partners[-1] = m  # 与咸阳市三原县: the county, written after its city
        elif not _PARTNER_SEP.match(gap) or ctx.text[m.end:m.end + 1] == "与":
            break  # (A与B、C与D分别签署…: C opens the next pair)
        else:
            partners.append(m)
        prev = m
    last = partners[-1]
    sub = ctx.next_after(last.end + 2, refs=True) if ctx.text.startswith(("旗下", "下属"), last.end) else None
    if sub is not None and sub.start == last.end + 2 and sub.label == Label.ENTERPRISE and sub.end <= hi:
        partners[-1] = sub  # 与上汽集团旗下华域汽车系统股份有限公司签署…: the group's firm signs
    return partners


def _aside_gap(ctx: RelContext, m: Mention, pos: int) -> str:
    """The text between ``m`` and ``pos``, without the bracket of a short form ``m`` is declared in or is
    (…股份有限公司（以下简称长飞公司）与华中科技大学共建: the company, then nothing)."""
    gap = ctx.text[m.end:pos]
    if gap in (")", "）", "”)", "”）") and ctx.text.endswith(("简称", "简称“", '简称"', "(", "（"), 0, m.start):
        return ""  # the short form itself, in its brackets (…有限公司（东航物流）与…)
    aside = said_short(ctx.text, m.end, m.name)
    return ctx.text[aside.end():pos] if aside is not None and aside.end() <= pos else gap


def _listed_end(ctx: RelContext, end: int, hi: int) -> int:
    """Where the list of partners ending at ``end`` ends past the items of it that are no parties (、北京中关村科技创业服务
    中心, a centre the names rules took for works)."""
    while ctx.text[end:end + 1] == "、" and (nxt := ctx.next_after(end + 1, refs=True)) is not None \
            and nxt.start == end + 1 and nxt.end < hi:
        end = nxt.end
    return end


def _pairs_end(ctx: RelContext, last: Mention, hi: int) -> int:
    """Where the pairs written after ``last`` end (A与B、C与D分别签署: after D), else ``last``'s end."""
    end = last.end
    while ctx.text[end:end + 1] == "、" and (c := ctx.next_after(end + 1, refs=True)) is not None \
            and c.start == end + 1 and c.end < hi and ctx.text[c.end:c.end + 1] == "与":
        d = ctx.next_after(c.end + 1, refs=True)
        if d is None or d.start != c.end + 1:
            return c.end + 1  # (…、京津科技谷与|中关村科技园区开展园区共建: D is no name found)
        end = d.end
    return end


def _coop_subject(ctx: RelContext, yu: int) -> Mention | None:
    """The party written right before 与 (gap: 将/还将/已 …), or leading the sentence (its ；-segment) after a comma."""
    lo = ctx.clause(yu)[0]
    opening = max(ctx.sentence(yu).start, ctx.text.rfind("；", 0, yu) + 1, ctx.text.rfind(";", 0, yu) + 1)
    before = ctx.within(opening, yu, PARTIES, refs=True)  # (…；新材料产业链以辰宇为龙头，与郑州大学…: the segment's)
    if before and before[-1].end >= lo and _PARTY_GAP.match(_aside_gap(ctx, before[-1], yu)):
        return before[-1]
    if lo == yu or _SUBJECT_GAP.match(ctx.text[lo:yu]):  # the actor leading the sentence, before its first 与
        first = min((m.start - 1 for m in before if ctx.text[m.start - 1:m.start] in ("与", "同")), default=yu)
        actors = [m for m in before if m.label in ACTORS and m.end <= first and not _title_body(ctx, m)]
        return actors[0] if actors else None  # (…，与上海交通大学共建X，与昆山开发区开展协作: no subject written)
    if _THIS_COMPANY.match(ctx.text[lo:yu]):
        prev = ctx.within(max(0, lo - 200), lo, {Label.ENTERPRISE}, refs=True)
        return prev[-1] if prev else None
    return _park_backref(ctx, lo, yu)


def _title_body(ctx: RelContext, m: Mention) -> bool:
    """``m`` is the body of a person's title right after it (三河镇党委|书记吴海涛介绍，…): the person speaks, the body is
    no party of the sentence."""
    person = ctx.next_after(m.end)
    return person is not None and person.label == Label.PERSON and person.start - m.end <= 6 \
        and _NO_MARK.fullmatch(ctx.text, m.end, person.start) is not None


#: A title between a body and its holder's name: no mark.
_NO_MARK = re.compile(r"[\u4e00-\u9fff]*")


def _listed_with(ctx: RelContext, subject: Mention) -> list[Mention]:
    """``subject`` and the parties of its kind listed right before it with 、 (以北辰医院、北辰中医院与北京301…合作:
    both hospitals cooperate), first to last."""
    out = [subject]
    while (prev := ctx.ending_at(out[0].start - 1, refs=True)) is not None and prev.label == subject.label \
            and ctx.text[prev.end:out[0].start] == "、" and ctx.text[prev.start - 1:prev.start] != "与":
        out.insert(0, prev)  # (A与B、C与D分别签署: B is A's partner, not listed with C)
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


def _invested(ctx: RelContext, parties: list[Mention], tail: str, hi: int) -> bool:
    """Whether the clause of ``parties`` (the subject and its partners) is a firm's investment's signing and nothing more
    (:data:`_INVESTED`): no other word of cooperation before it, and no cooperation told by the next clause (签约，共建…)."""
    words = _COOP_FIELDS.sub("", tail)[:14]
    if not any(w in words for w in _SIGNED) or any(w in words for w in _COOP_WORDS if w not in _SIGNED):
        return False
    if not any(p.label == Label.ENTERPRISE for p in parties):
        return False  # 海宁市人民政府与上海市闵行区人民政府签署…协议: no firm, no investment
    invested = _INVESTED.search(tail) is not None or any(
        p.label in (Label.PARK, Label.REGION, Label.TOWN) or _GOVERNMENT.search(p.name) for p in parties)
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
        tail = ctx.text[_listed_end(ctx, _pairs_end(ctx, partners[-1], hi), hi):hi]
        if not any(w in _COOP_FIELDS.sub("", tail)[:14] for w in _COOP_WORDS):
            continue
        after = ctx.next_after(partners[-1].end, refs=True)
        relative = after is not None and after.label in ACTORS and after.start < hi \
            and _SIGNED_BY.match(ctx.text[partners[-1].end:after.start]) is not None
        subject = after if relative else _coop_subject(ctx, m.start - 1)
        if subject is None or _invested(ctx, [subject, *partners], tail, hi):
            continue
        for s in ([subject] if relative else _listed_with(ctx, subject)):
            for p in partners:
                if _key(p) != _key(s) and not _bodies_of(ctx, p):
                    out.append(_rel(ctx, RelType.COOPERATES_WITH, _key(s), _key(p), m.start, "pattern.cooperate"))
        built = None if relative else next(iter(ctx.within(partners[-1].end, hi, BUILT)), None)
        builders = [subject, *partners]
        if built is None and not relative and (built := _built_next(ctx, tail, hi)) is not None:
            builders = [subject]  # X与Y合作，在Z建设W: X builds W, with Y's help (s22, s23)
        if built and re.search(r"(?:共建|合作建设|共同建设|联合建设|合资建设|合资兴建|共同投资建设|共同打造|合作打造|合作[，,]\s*(?:在[^，。；]{1,12})?(?:共同)?建设)",
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
#: What ends the works a firm signs for (X与P签约Y项目，…): no longer name goes on.
_WORKS_END = re.compile(r"(?:项目|工程)?(?:[，。；、,;等]|$)")
#: After the works: the agreement signed (项目投资协议, 合作协议, 入园协议).
_AGREEMENT = re.compile(r"(?:项目)?(?:投资|合作|入园|框架|战略合作)?(?:协议|合同)")


def signing_developers(ctx: RelContext) -> list[RelationMention]:
    """X与P签订Y项目投资协议, X与P签约(建设)Y, P与X签约建设Y: the firm X develops the works Y it signs for with the place
    or body P (the 长沙县 and 铜山区 series probes)."""
    out: list[RelationMention] = []
    for hit in _SIGNS_FOR.finditer(ctx.text):
        at = hit.end() + 2 if ctx.text.startswith("建设", hit.end()) else hit.end()
        works = next(iter(ctx.within(at, at + 40, BUILT)), None)
        if works is None or works.start != at:
            continue
        signed = hit.group().endswith("签约") and _WORKS_END.match(ctx.text, works.end) is not None
        if not (signed or _AGREEMENT.match(ctx.text, works.end)):
            continue  # (签订…: the agreement for the works named; 签约: the works signed for, whole: not 吴泾工业区|转型…项目)
        firm = ctx.ending_at(hit.start(), refs=True)
        if (firm is None or firm.label != Label.ENTERPRISE) and signed:  # P与X签约建设Y: the partner signing is the firm
            partner = next(iter(ctx.within(hit.start() + 1, hit.end(), PARTIES, refs=True)), None)
            firm = partner if partner is not None and partner.start == hit.start() + 1 else None
        if firm is not None and firm.label == Label.ENTERPRISE:
            out.append(_rel(ctx, RelType.DEVELOPS, _key(firm), _key(works), hit.start(), "pattern.signs_for"))
    return out
