"""Who builds the works a clause opened by 由 is about (split from :mod:`extractors.rel_actors`, whose
``verb_developers`` reads it): Y由X投资建设 with Y in the clause, 该项目由X…, a sentence opening with 项目由 or 由 after the
works, a clause of only 由 after the works' clause (其中，Y位于P，由X投资建设), a list item's title then 由X (1. Y：由X负责
实施), the group a firm belongs to before it (Y由A集团全资子公司B投资建设), and a second builder (Y由A与B合作开发).

Example:
    >>> BY_GAP.match("项目将由") is not None, bare_built_before("。项目由甲公司投资建设，", 1, 4, 7)
    (True, '项目')
"""

from __future__ import annotations

import re

from extractors.rel_context import ACTORS, AMOUNT, BUILT, RelContext
from schema import Mention

#: Between the works and 由: the rest of a road's works name (浦珠北路|拓宽改造工程由), 项目, a tense.
BY_GAP = re.compile(r"^(?:[^，。；,;、\s]{0,8}?(?:工程|项目))?(?:的?(?:开发建设|投资建设|开发|建设)(?:和|及|、)?(?:招商运营|运营管理|运营)?)?"
                    r"(?:将|已)?由$")  # (Y开发建设和招商运营由X具体负责: who builds and runs Y)
#: A firm's clause that only says how much it invests (X投资85亿元，建设Y…; Y开工，总投资11.2亿元，由X投资建设).
AMOUNT_ONLY = re.compile(rf"(?:将|已|拟|计划|总)*(?:在[^，。；,;、]{{2,24}}?)?(?:投资|出资){AMOUNT}")
#: A back reference right before 由 (该项目由, 该园区将由): the last works of its kind in the paragraph.
_THIS_BUILT = re.compile(r"该(中心|项目|基地|园区|工程|产业园|园|示范区)(?:将|已|主要)?由$")


def group_before(ctx: RelContext, m: Mention, c_lo: int) -> int:
    """Where the group naming ``m`` as its own starts (Y由A集团旗下B投资建设: A's start, B being ``m``), else
    ``m``'s start: the words before the builder are read from there."""
    group = ctx.last_within(c_lo, m.start, ACTORS)
    return group.start if group is not None and _GROUPS_OWN.fullmatch(ctx.text, group.end, m.start) else m.start


#: Between a group and its own firm (A集团旗下B, A集团全资子公司B, A集团下属的B).
_GROUPS_OWN = re.compile(r"(?:旗下|所属|下属)(?:的)?(?:全资|控股)?(?:子公司)?|(?:的)?(?:全资|控股)?子公司")


def clause_subject(ctx: RelContext, c_lo: int, pos: int) -> Mention | None:
    """The works opening the clause before when the clause before ``pos`` is only 由 (其中，Y位于P，由X投资建设), past a
    clause saying only its cost (Y开工，总投资11.2亿元，由X投资建设)."""
    if not BY_GAP.match(ctx.text[c_lo:pos]) or c_lo < 2 or ctx.text[c_lo - 1] not in "，,:：":
        return None
    lo = ctx.clause(c_lo - 2)[0]
    while AMOUNT_ONLY.fullmatch(ctx.text, lo, c_lo - 1) and lo >= 2 and ctx.text[lo - 1] in "，,":
        c_lo, lo = lo, ctx.clause(lo - 2)[0]  # Y项目开工，总投资11.2亿元，由A与B共同投资建设: the works before the cost
    subject = ctx.first_within(lo, c_lo, BUILT)
    if subject is not None and (subject.start == lo or _ITEM_MARK.fullmatch(ctx.text, lo, subject.start)):
        return None if ctx.text[c_lo - 1] in ":：" and subject.end != c_lo - 1 else subject  # (an item's Y：由X…)
    start = ctx.sentence(c_lo).start  # Y于…封顶，…，预计…投产，项目由X投资建设: the works the sentence opens with
    opening = ctx.first_within(start, c_lo, BUILT) if ctx.text.startswith("项目", c_lo) else None
    return opening if opening is not None and opening.start == start else None


#: A list item's mark before its title (1. , （三）, - ).
_ITEM_MARK = re.compile(r"\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[-—·•])\s*")


#: Two builders' joint verb after the second (Y由A与B合作开发, 共同建设, 联合投资建设, 共建).
_JOINT_BUILD = re.compile(r"(?:合作|共同|联合)(?:投资)?(?:开发|建设|运营)|共建")


def joint_partner(ctx: RelContext, m: Mention, after: int, hi: int) -> Mention | None:
    """The second builder of Y由A与B合作开发 (``after``: where A's declared short form ends; ``hi``: the clause's end)."""
    if ctx.text[after:after + 1] not in ("与", "和"):
        return None
    partner = ctx.first_within(after + 1, hi, ACTORS)
    if partner is None or partner.start != after + 1 or not _JOINT_BUILD.match(ctx.text, partner.end):
        return None
    return partner


def this_built_before(text: str, lo: int, pos: int) -> str:
    """The word of 该项目(将)由 (``_THIS_BUILT``: 项目, 园区 …) that ``text[lo:pos]`` ends with, "" for none; read from its
    last 8 characters only: the pattern is anchored at the end and at most 7 characters long, and a clause holds no
    line break."""
    hit = _THIS_BUILT.search(text[max(lo, pos - 8):pos])
    return hit.group(1) if hit else ""


def bare_built_before(text: str, lo: int, pos: int, after: int) -> str:
    """The word of a sentence opening with 项目由 or 由 alone (``text[lo:pos]``; 项目 for 由), where the builder's verb
    after ``after`` ends its clause (。项目由X投资建设，: the works just named; not 由A与B共建的C), "" elsewhere."""
    bare = _BARE_BUILT.fullmatch(text, lo, pos) if text[lo - 1:lo] in ("。", "\n") else None
    return (bare.group(1) or "项目") if bare and _BY_ENDS.match(text, after) else ""


#: What a sentence opening with 由 says of the works before it: who builds them, and no more (由X投资建设，…; not
#: 由A与B共建的C, whose works follow).
_BY_ENDS = re.compile(r"(?:负责)?(?:投资建设|投资|建设|开发运营|开发|运营|承建|打造|实施|代建)[，,。；;]")
#: A sentence opening with 项目由 or 由 alone, about the works the sentence before named (一是常宁宫文旅综合体项目。项目由X
#: 投资建设; 二是子午古道文化公园。由X建设).
_BARE_BUILT = re.compile(r"(项目|园区|产业园|园)?(?:将|已|主要)?由")
