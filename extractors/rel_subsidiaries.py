"""SUBSIDIARY_OF rules (one of the actor rules of :mod:`extractors.rel_actors`): X下属/旗下/下设(的)/全资子公司Y(、Z),
Y是X的(全资/控股)子公司, Y是X所属企业, Y…，其母公司为X, X控股/收购Y, Y由A和B合资成立, X有限公司Y分公司.

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
from extractors.company_cores import company_core
from extractors.project_tables import ends_table, table_lines
from extractors.rel_context import RelContext
from extractors.rel_context import key_of as _key
from extractors.rel_context import sentence_relation as _rel
from schema import Label, Mention, RelationMention, RelType

_SUB_BEFORE = re.compile(r"^(?:[”\"]?[）)])?(?:在[^，。；,;]{1,8}?(?:注册)?(?:成立|设立|组建)(?=的))?(?:的)?(?:(?:下属|旗下|控股|所属|下设)(?:拥有|有|的)?(?:(?:全资|控股)?子公司|企业|公司)?|(?:全资|控股)子公司)(?:——|—|-|:|：)?$")
_CONTROLS = re.compile(r"^(?:同时|还|也|已|并|另)*(?:全资)?(?:控股|收购)(?:了)?(?:位于[^，。；,;]{1,12}?的)?$")
_SUB_AFTER = re.compile(r"^(?:[”\"]?[）)])?[，,]?(?:则|也|即|同)?(?:是|为|系|作为|[（(])(?:其)?$")  # …有限公司（…集团有限公司全资子公司）
#: Between a firm and its parent written as an apposition (——X，Y控股子公司，主营…; X（x），Y旗下…平台，…).
_APPOSED = re.compile(r"^(?:[”\"]?[）)])?[，,]$")
# (and after a short form's note: X（以下简称“x”）系Y旗下全资子公司)
_SUB_TAIL = re.compile(r"^(?:在[^，。；,;]{1,8}?(?:布局|设立|成立|投资)(?:的)?)?(?:的)?(?:全资|控股|核心|重要|主要)?(?:子公司|分公司|孙公司|"
                       r"(?:下属|旗下|所属)(?:的)?[^，。；、]{0,16}?(?:企业|公司|平台))")  # 旗下从事…研发制造的子公司, 旗下…研发平台
_ITS_SUB = re.compile(r"(?:(?:其|该公司|该集团)(?:的)?(?:全资|控股)?(?:子公司|分公司)|(?:其|该公司|该集团)(?:全资)?控股的|[，,](?:其|该公司|该集团)?(?:旗下|下属)(?:拥有|有)?(?:的)?"
                      r"|(?:其|该公司|该集团)(?:旗下|下属)(?:拥有|有)?(?:的)?)$")
_LEAD_VERB = re.compile(r"^(?:支持|推动|鼓励|引导|加快|依托|促进|推进|引进|服务)")
_JOINT = re.compile(r"^(?:共同)?(?:出资|合资)(?:成立|组建|设立)(?:的)?$")
#: A branch's registered name: its company's full name, then the branch (…有限公司西航港分公司, …集团有限公司黄水分公司).
_BRANCH_OF = re.compile(r"^(.{4,}?(?:有限责任公司|股份有限公司|有限公司))[^公司]{2,8}(?:分公司|供电公司)$")
#: Between a company and the one it belongs to (立中车轮隶属于立中四通轻合金集团股份有限公司).
_BELONGS = re.compile(r"^(?:隶属于|隶属|归属于)$")
#: A company set up by the one named after 由 (润泰模具由浙江润泰模具集团投资设立, 是由X独资设立的): after the parent.
_SET_UP_BY = re.compile(r"(?:全资|独资)?(?:投资|出资)?(?:设立|成立|组建)")
#: The same after 是 or 系 without 由, where the parent's money is named (立达精密系立达控股集团独资设立).
_FUNDED_BY = re.compile(r"(?:全资|独资|投资|出资)+(?:设立|成立|组建)")


def parent_of_next(gap: str) -> bool:
    """``gap``, between two companies, makes the first the second's parent (A旗下全资子公司B, A下属的B)."""
    return bool(gap) and _SUB_BEFORE.match(gap) is not None


#: After a listed firm, what makes it the parent of the next item (旗下, 下属, 控股子公司, 全资子公司).
_PARENT_OF_NEXT = re.compile(r"(?:的)?(?:下属|旗下|所属|下设|控股|全资|子公司)")


def _company_list(ctx: RelContext, first: Mention, hi: int) -> list[Mention]:
    items, prev = [first], first
    for m in ctx.within(first.end, hi, {Label.ENTERPRISE}, refs=True):
        gap = ctx.text[prev.end:m.start]
        # 以及 opens another group (旗下A、B以及C、D等120余家企业: C and D are no subsidiaries)
        if gap not in ("、", "和", "及", ",", "，", "") or _PARENT_OF_NEXT.match(ctx.text, m.end):
            break  # 老板电器旗下X、春风动力控股子公司Y: 春风动力 is the next item's parent, none of the first's
        items.append(m)
        prev = m
    return items


def subsidiaries(ctx: RelContext) -> list[RelationMention]:
    """X下属/旗下Y(、Z); Y是X的(全资/控股)子公司; Y隶属于X, Y(是/系)由X(独资/投资)设立, Y系X独资设立; Y由A和B合资成立."""
    out: list[RelationMention] = []
    ents = [m for m in ctx.refs if m.label == Label.ENTERPRISE]
    for a, b, c in zip(ents, ents[1:], [*ents[2:], None]):
        gap = ctx.text[a.end:b.start]
        if _CONTROLS.match(gap) and a.name != b.name:
            parent = (Label.ENTERPRISE, ctx.owner_of(a.name) or a.name)
            out.append(_rel(ctx, RelType.SUBSIDIARY_OF, _key(b), parent, b.start, "pattern.controls"))
        elif _SUB_BEFORE.match(gap):
            hi = ctx.sentence(b.start).end
            for c in _company_list(ctx, b, hi):
                if c.name != a.name:
                    out.append(_rel(ctx, RelType.SUBSIDIARY_OF, _key(c), _key(a), c.start, "pattern.subsidiary"))
        elif (_BELONGS.match(gap) or gap in ("由", "是由", "系由") and _SET_UP_BY.match(ctx.text, b.end)
              or gap in ("是", "系") and _FUNDED_BY.match(ctx.text, b.end)) and a.name != b.name:
            out.append(_rel(ctx, RelType.SUBSIDIARY_OF, _key(a), _key(b), b.start, "pattern.belongs_to"))
        elif (tail := _SUB_TAIL.match(ctx.text[b.end:b.end + 20])) and a.name != b.name \
                and not (c is not None and _SUB_BEFORE.match(ctx.text[b.end:c.start])):  # X是P旗下|Y的合作企业: Y's parent
            apposed = _APPOSED.match(gap) and ctx.text[b.end + tail.end():b.end + tail.end() + 1] in ("，", ",", "；", ";")
            child = a if _SUB_AFTER.match(gap) or apposed else _sentence_subject(ctx, b)
            if child is not None and child.name != b.name:
                out.append(_rel(ctx, RelType.SUBSIDIARY_OF, _key(child), _key(b), b.start, "pattern.subsidiary_of"))
    out += _its_subsidiaries(ctx, ents) + _named_parents(ctx, ents)
    out += _named_branches(ctx, ents)
    out += _joint_ventures(ctx, ents)
    out += _unnamed_parents(ctx, ents)
    out += _table_subsidiaries(ctx, ents)
    return out


#: The header of a table's column of subsidiaries (子公司全称 | 简称 | 持股比例 | 主营业务).
_SUBSIDIARY_COLUMN = ("子公司全称", "子公司名称", "子公司", "控股子公司", "全资子公司", "一级子公司")


def _table_subsidiaries(ctx: RelContext, ents: list[Mention]) -> list[RelationMention]:
    """Each row's firm of a table of subsidiaries, of the group the text is about: the firm its title opens with, else
    the group it names most (an annual report's 子公司全称 | 简称 | 持股比例 under 集团纳入合并报表范围的子公司…)."""
    if "\t" not in ctx.text or "子公司" not in ctx.text:
        return []
    titled = next((m for m in ents if m.start == 0), None)
    parent = titled.name if titled is not None else _own_group(ctx)
    firms = {m.start: m for m in ents}
    out: list[RelationMention] = []
    column: int | None = None  # the subsidiaries' column of the table being read
    for pos, line in table_lines(ctx.text):
        cells = line.split("\t")
        header = next((k for k, cell in enumerate(cells) if cell.strip() in _SUBSIDIARY_COLUMN), None) \
            if len(cells) > 1 else None
        if header is not None:
            column = header  # (序号 | 子公司全称 | 简称 | …: the column by its header, wherever it stands)
        elif ends_table(line) or "\t" not in line and not line.strip():
            column = None  # (a category row of its own, 全资子公司, keeps the table)
        elif column is not None and parent and column < len(cells):
            at = pos + sum(len(cell) + 1 for cell in cells[:column]) + len(cells[column]) - len(cells[column].lstrip())
            if (m := firms.get(at)) is not None and m.name != parent:
                out.append(_rel(ctx, RelType.SUBSIDIARY_OF, _key(m), (Label.ENTERPRISE, parent), m.start,
                                "table.subsidiary"))
    return out


def _named_branches(ctx: RelContext, ents: list[Mention]) -> list[RelationMention]:
    """A branch registered under its company's full name (成都空港兴城城市运营有限公司西航港分公司) is that company's."""
    out: list[RelationMention] = []
    for m in ents:
        legal = _BRANCH_OF.match(m.name)
        if legal is not None:
            parent = (Label.ENTERPRISE, legal.group(1))
            out.append(_rel(ctx, RelType.SUBSIDIARY_OF, _key(m), parent, m.start, "pattern.named_branch"))
    return out


def _its_subsidiaries(ctx: RelContext, ents: list[Mention]) -> list[RelationMention]:
    """"A…；其控股子公司B": B is SUBSIDIARY_OF the sentence's first company."""
    out: list[RelationMention] = []
    for b in ents:
        if not _ITS_SUB.search(ctx.text[max(0, b.start - 10):b.start]):
            continue
        first = ctx.within(ctx.sentence(b.start).start, b.start, {Label.ENTERPRISE}, refs=True)
        if first and first[0].name != b.name:
            for c in _company_list(ctx, b, ctx.sentence(b.start).end):
                if c.name != first[0].name:
                    out.append(_rel(ctx, RelType.SUBSIDIARY_OF, _key(c), _key(first[0]), c.start, "pattern.its_subsidiary"))
    return out


#: A parent named after the child's sentence opened with it (…，其母公司为江苏烯望科技集团有限公司).
_PARENT_IS = re.compile(r"(?:其|该公司|该企业|[，,])(?:的)?(?:母公司|控股股东|控股公司)(?:为|是|系)$")  # (…，母公司为X)


def _named_parents(ctx: RelContext, ents: list[Mention]) -> list[RelationMention]:
    """"A…，其母公司为B": A, the sentence's first company, is SUBSIDIARY_OF B."""
    out: list[RelationMention] = []
    for b in ents:
        if _PARENT_IS.search(ctx.text, max(0, b.start - 10), b.start):
            first = ctx.first_within(ctx.sentence(b.start).start, b.start, {Label.ENTERPRISE}, refs=True)
            if first is not None and first.name != b.name:
                out.append(_rel(ctx, RelType.SUBSIDIARY_OF, _key(first), _key(b), b.start, "pattern.named_parent"))
    return out


def _unnamed_parents(ctx: RelContext, ents: list[Mention]) -> list[RelationMention]:
    """"<group>下属<company>…" where the group is no mention yet: the words back to the last mark name it."""
    out: list[RelationMention] = []
    group: list[str | None] = []  # the group a text writing 集团 is about, found once when first asked
    for b in ents:
        head = _UNNAMED_HEAD.search(ctx.text[max(0, b.start - 14):b.start])
        if head is None:
            continue
        s = b.start - len(head.group(0)) + head.start(1) - head.start(0)
        name = head.group(1)
        verb = _LEAD_VERB.match(name)
        if verb:
            name, s = name[verb.end():], s + verb.end()
        if ctx.within(s, b.start, None) or name.startswith(("其", "该", "各", "区", "市")) or name.endswith("其") \
                or len(name) < 2 or head.group(2) not in ("下属", "旗下") and name not in _SELF:
            continue  # 带动其旗下: 其 (its) refers back (_its_subsidiaries); 所属, 全资子公司 only after 集团
        if name in _SELF and not group:
            group.append(_own_group(ctx))
        known = group[0] if name in _SELF else ctx.owner_of(name) or _core_owner(ctx, name)
        if name in _SELF and known is None:
            continue  # 集团下属… of a text naming no group: no one
        if known:
            for c in _company_list(ctx, b, ctx.sentence(b.start).end):
                if c.name != known:
                    out.append(_rel(ctx, RelType.SUBSIDIARY_OF, _key(c), (Label.ENTERPRISE, known), c.start, "pattern.subsidiary"))
            continue
        mentions_of(ctx.doc).append(Mention(label=Label.ENTERPRISE, text=name, name=name, start=s,
                                            end=s + len(name), rule="pattern.subsidiary_parent"))
        for c in _company_list(ctx, b, ctx.sentence(b.start).end):
            out.append(_rel(ctx, RelType.SUBSIDIARY_OF, _key(c), (Label.ENTERPRISE, name), c.start, "pattern.subsidiary"))
    return out


#: The words before a company that make it a subsidiary of the words before them (X下属, X旗下; 集团所属, 集团全资子公司).
_UNNAMED_HEAD = re.compile(r"(?:^|[，,、；;：:。\n—])([^，,、；;：:。\n—\d]{2,8}?)(?:的)?(下属|旗下|所属|全资子公司|控股子公司)(?:的)?$")
#: A group's news writing itself (集团下属…): the group the text is about.
_SELF = frozenset(("集团", "本集团"))


def _own_group(ctx: RelContext) -> str | None:
    """The group a text is about, written 集团 for short: the group it names most often (by name or short form)."""
    counts: dict[str, int] = {}
    for m in ctx.refs:
        if m.label == Label.ENTERPRISE and "集团" in m.name and m.name.endswith("公司"):
            counts[m.name] = counts.get(m.name, 0) + 1
    return max(counts, key=lambda name: (counts[name], -len(name))) if counts else None


def _core_owner(ctx: RelContext, name: str) -> str | None:
    """The one company whose core starts with ``name`` (3+ characters)."""
    hits = {full for full in ctx.companies.values() if len(name) >= 3 and company_core(full).startswith(name)}
    return hits.pop() if len(hits) == 1 else None


def _sentence_subject(ctx: RelContext, owner: Mention) -> Mention | None:
    """In "…，是X的子公司" the child is the sentence's first company."""
    lo, _ = ctx.clause(owner.start)
    if not _SUB_AFTER.match(ctx.text[lo:owner.start]):
        return None
    first = [m for m in ctx.within(ctx.sentence(owner.start).start, lo, {Label.ENTERPRISE}, refs=True)]
    return first[0] if first else None


def _joint_ventures(ctx: RelContext, ents: list[Mention]) -> list[RelationMention]:
    out: list[RelationMention] = []
    for a, b in zip(ents, ents[1:]):
        if ctx.text[a.end:b.start] not in ("和", "与", "、", "及", "，与", ",与", "，并与"):
            continue
        nxt = ctx.next_after(b.end, refs=True)
        if nxt is not None and nxt.label == Label.ENTERPRISE and _JOINT.match(ctx.text[b.end:nxt.start]):
            for parent in (a, b):
                out.append(_rel(ctx, RelType.SUBSIDIARY_OF, _key(nxt), _key(parent), nxt.start, "pattern.joint_venture"))
    return out
