"""IN_CHAIN with ``role`` 链主: the firm a text names as the leading firm (链主企业) of an industrial chain.

The chain-leader system (链长制) names for each chain of a district one or a few leading firms; the texts say it as

- E作为C产业链链主企业, E是我区C产业链的链主企业, E已成为全区C产业链的“链主”: the firm before, the chain before 链主;
- 作为C产业链的“链主”企业，E已带动…: the chain before, the firm opening the next clause;
- C产业链依托链主企业E, C产业链由…担任链长，链主企业E1、E2…: the chain before, the firms listed after 链主企业;
- 发挥E链主企业作用，带动C产业链…: the firm before, the chain after;
- E1、E2分别作为C1产业链和C2产业链链主企业: firms and chains paired in order;
- E1、E2分别作为链主企业牵引C产业链, 以E为链主企业，…打造C产业链, C方面，以E为链主企业: the firms listed before, the chain
  driven or built after, or the one the sentence opens with;
- E是C产业链链主培育企业: a firm being raised to lead its chain, ``role`` 链主培育;
- E1（C1产业链链主企业）、E2（C2产业链链主企业）: each firm with the chain of its note;
- C产业链实行链长制，…明确E为链主企业, 担任C产业链链长，E1、E2为链主企业: the one chain the sentence writes as C产业链.

Example:
    >>> from kg.ingest import document_from_text
    >>> from extractors.pipeline import extract
    >>> ex = extract(document_from_text("甲乙科技有限公司作为新能源产业链链主企业，带动配套企业集聚。", doc_id="t"))
    >>> [(r.source.name, r.target.name, r.properties) for r in ex.relations if r.rule == "sentence.chain_leader"]
    [('甲乙科技有限公司', '新能源', {'role': '链主'})]
"""

from __future__ import annotations

import re

from extractors.base import relation
from extractors.chains import LEADER_VERBS
from extractors.rel_chain_scopes import heading_chains
from extractors.rel_context import RelContext
from schema import Label, Mention, RelationMention, RelType

#: Between a chain and the 链主 after it: 产业链 and 的, or the verb of a chain resting on its leader (依托, 以).
_CHAIN_BEFORE = re.compile(r"(?:产业链|产业集群|产业|行业)?(?:的|依托|以)?[“\"]?$")
#: Between a firm and the chain of its role: the verb saying what the firm is (作为, 是, 成为, 被确定为, 担纲), and a place's
#: scope.
_FIRM_IS = re.compile(r"^(?:分别)?(?:已经|已|将|要)?(?:被(?:确定|认定|评|列)为|担纲|担任|作为|是|为|成为|当好)"
                      r"[^，,；;。、]{0,8}?$")
#: The end of a note declaring a firm's short form, after the short form (E(以下简称“天衡动力”)为链主企业).
_NOTE_END = re.compile(r"^[”\"]?[)）]")
#: After 链主: its role's words, then the verb leading to the chain it drives (链主企业作用，带动).
_DRIVES = re.compile(r"链主(?:企业)?(?:的)?(?:(?:引领|带动|龙头|牵引)?作用[，,]?)?(?:带动|引领|推动|做强|壮大|牵引)"
                     r"[^，,；;。]{0,6}?$")
#: A clause after the 链主's saying what its firm builds (以E为链主企业，…打造C产业链): the verb before the chain.
_BUILDS = re.compile(rf"[^，,；;。]{{0,16}}?(?:{LEADER_VERBS})$")
#: A sentence opening with the chain it is about (检验检测方面，以E为链主企业…; 半导体产业是全市重点培育的标志性产业链，E作为
#: 链主企业…).
_ABOUT = re.compile(r"(?:产业链|产业)?(?:方面|领域)[，,:：]|(?:产业链|产业)(?:是|为)")
#: A clause with no subject saying what the firm of its sentence becomes (…，成为全区C产业链的“链主”).
_BECOMES = re.compile(r"(?:并|已|也|还)?(?:成为|当好)")
#: The words of the role after 链主 and before the firms it names (链主企业E1、E2).
_ROLE = re.compile(r"链主(?:企业)?")
_FIRMS = {Label.ENTERPRISE}
_CHAINS = {Label.INDUSTRY_CHAIN}
_LIST = ("、", "和", "及", "与")
#: A firm raised to lead its chain (链主培育企业): a role of its own.
_FOSTERED = "培育"


def chain_leader_relations(ctx: RelContext) -> list[RelationMention]:
    """IN_CHAIN (role 链主) for every firm a sentence names as the leading firm of a chain."""
    out: list[RelationMention] = []
    text = ctx.text
    at = text.find("链主")
    while at >= 0:
        pairs = _paired(ctx, at) or [(firm, chain) for firm in _firms(ctx, at) for chain in _chains(ctx, at)[:1]]
        role = "链主培育" if text.startswith(_FOSTERED, at + 2) else "链主"
        out += [relation(RelType.IN_CHAIN, (firm.label, firm.name), (chain.label, chain.name), ctx.sentence(at),
                         "sentence.chain_leader", role=role) for firm, chain in pairs]
        at = text.find("链主", at + 2)
    return out


def without_led_firms(leaders: list[RelationMention], chained: list[RelationMention]) -> list[RelationMention]:
    """``chained`` without the chains a sentence gives a firm it names as another chain's leader (正元智算、恒越电子分别
    作为算力产业链和电子材料产业链链主企业: not 正元智算 in 电子材料)."""
    led = {(r.source.name, r.start) for r in leaders}
    return [r for r in chained if not (r.rule == "sentence.chain" and (r.source.name, r.start) in led)]


def _chains(ctx: RelContext, at: int) -> list[Mention]:
    """The chain whose leader the 链主 at ``at`` is: right before it (C产业链的“链主”), the chain of the clause before one
    opening with it (C产业链由…担任链长，链主企业E), or driven after it (…作用，带动C)."""
    lo, hi = ctx.clause(at)
    before = ctx.last_within(lo, at, _CHAINS)
    if before is not None and _CHAIN_BEFORE.search(ctx.text, before.end, at):
        return [before]
    if at == lo:  # C产业链由区长X担任链长，链主企业E1、E2…: the chain the sentence's clause before names
        before = ctx.last_within(ctx.sentence(at).start, lo, _CHAINS)
        return [before] if before is not None and ctx.text.startswith("产业链", before.end) else []
    after = ctx.first_within(at, ctx.clause(hi + 1)[1], _CHAINS)
    if after is not None and (_DRIVES.match(ctx.text, at, after.start) or after.start > hi
                              and _BUILDS.fullmatch(ctx.text, hi + 1, after.start)):
        return [after]
    start = ctx.sentence(at).start
    opening = ctx.first_within(start, lo, _CHAINS)
    if opening is not None and opening.start == start and _ABOUT.match(ctx.text, opening.end):
        return [opening]
    # the one chain the sentence wrote as C产业链 before (C产业链实行链长制，…明确E为链主企业; 担任C产业链链长，E1、E2为链主企业),
    # not one an earlier 链主 drives (以E1为链主，带动C1产业链…；以E2为链主，做强C2产业链)
    named = [c for c in ctx.within(max(start, ctx.text.rfind("链主", start, at) + 1), at, _CHAINS)
             if ctx.text.startswith("产业链", c.end)]
    if len({c.name for c in named}) == 1:
        return named[:1]
    return _heading_chain(ctx, at) if _LED_BY.fullmatch(ctx.text, lo, at) else []


#: A firm set as the 链主 with no chain in its clause (以华昌光电为链主，围绕新型显示…招引配套企业): the chain is its section's.
_LED_BY = re.compile(r"以[^，,；;。]{2,60}?为")


def _heading_chain(ctx: RelContext, at: int) -> list[Mention]:
    """The one chain the heading over ``at`` names (2.电子信息产业), if any."""
    return next((chains for lo, hi, chains in heading_chains(ctx) if lo <= at < hi and len(chains) == 1), [])


def _firms(ctx: RelContext, at: int) -> list[Mention]:
    """The firms the 链主 at ``at`` names: before it (E作为…链主, 发挥E链主), listed after its role (链主企业E1、E2), or
    opening the next clause (作为…“链主”企业，E…)."""
    text = ctx.text
    lo, hi = ctx.clause(at)
    firm = ctx.last_within(lo, at, _FIRMS, refs=True)
    if firm is not None and text.find("链主", firm.end, at) >= 0:
        firm = None  # 明确襄大集团为生猪产业链链主企业、汉江智装为农机装备…链主企业: the firm of the 链主 before
    gap = _NOTE_END.sub("", text[firm.end:_chain_start(ctx, firm.end, at)], count=1) if firm is not None else ""
    if firm is not None and gap in ("(", "（"):
        return [firm]  # E1（C1产业链链主企业）、E2（…）: the firm of the note alone
    if firm is not None and (firm.end == at or _FIRM_IS.match(gap)):
        return _listed_before(ctx, firm, lo)
    role = _ROLE.match(text, at)
    if role is not None and role.group() == "链主企业":
        listed = _listed(ctx, role.end(), hi)
        if listed:
            return listed
    if _BECOMES.match(text, lo):  # …，E…达到30GWh，成为全区新能源产业链的“链主”: the sentence's firm before
        before = ctx.last_within(ctx.sentence(at).start, lo, _FIRMS, refs=True)
        return [before] if before is not None else []
    if text[lo:lo + 2] == "作为" and text[hi:hi + 1] in ("，", ","):
        first = ctx.first_within(hi + 1, ctx.clause(hi + 1)[1], _FIRMS, refs=True)
        return [first] if first is not None and first.start == hi + 1 else []
    return []


def _chain_start(ctx: RelContext, start: int, at: int) -> int:
    """Where the chain between a firm (ending at ``start``) and its 链主 (at ``at``) begins; ``at`` without one."""
    chain = ctx.first_within(start, at, _CHAINS)
    return chain.start if chain is not None else at


def _listed(ctx: RelContext, start: int, end: int) -> list[Mention]:
    """The firms listed from ``start`` (E1、E2和E3), each following the last or its joiner."""
    out: list[Mention] = []
    for firm in ctx.iter_within(start, end, _FIRMS, refs=True):
        if firm.start != start:
            break
        out.append(firm)
        start = firm.end + (1 if ctx.text[firm.end:firm.end + 1] in _LIST else 0)
    return out


def _listed_before(ctx: RelContext, last: Mention, lo: int) -> list[Mention]:
    """The firms listed up to ``last`` from the clause's start ``lo`` (E1、E2和E3作为…): each right before the next's
    joiner."""
    out = [last]
    if ctx.text[last.start - 1:last.start] in ("（", "(") \
            and (named := ctx.last_within(lo, last.start - 1, _FIRMS, refs=True)) is not None and named.end == last.start - 1:
        out = [named]  # E1、深圳传音控股股份有限公司（传音控股）为链主: the firm its note's short form stands for
    while (end := _item_end(ctx.text, lo, out[0].start)) > lo \
            and (before := ctx.last_within(lo, end, _FIRMS, refs=True)) is not None and before.end == end:
        out.insert(0, before)
    return out


def _item_end(text: str, lo: int, start: int) -> int:
    """Where the item listed before the one at ``start`` ends: before its joiner and its note in brackets
    (沈阳芯源微电子设备股份有限公司（以下简称“芯源微”）、); ``lo`` for none."""
    if text[start - 1:start] not in _LIST:
        return lo
    end = start - 1
    if text[end - 1:end] in ("）", ")"):
        end = max(text.rfind("（", lo, end), text.rfind("(", lo, end), lo)
    return end


def _paired(ctx: RelContext, at: int) -> list[tuple[Mention, Mention]]:
    """E1、E2分别作为C1产业链和C2产业链链主企业: each firm with the chain in its place, where both lists count alike."""
    lo, _ = ctx.clause(at)
    split = ctx.text.find("分别", lo, at)
    if split < 0:
        return []
    firms: list[Mention] = []
    for firm in ctx.within(lo, split, _FIRMS, refs=True):
        if not firms or firms[-1].name != firm.name:  # E1（e1）、E2（e2）: a firm and its short form in brackets, one item
            firms.append(firm)
    chains = ctx.within(split, at, _CHAINS)
    return list(zip(firms, chains)) if len(firms) == len(chains) > 1 else []


__all__ = ["chain_leader_relations", "without_led_firms"]
