"""Who issued a policy, which policy is the document itself, which policy sets a reported target.

Rules over the final mentions, used by ``kg_document_relations``:

- the document's own plan: the Policy named by the document title (a passage
  that is itself a titled plan does not cite itself);
- ``ISSUED_BY`` from a Policy to the Organization that a title names in front
  of 关于/转发 (国务院办公厅关于推进…的指导意见), that 印发/出台/发布 it
  (X印发《P》), or that issues a notice (X关于印发…的通知: the plans the
  notice hands out, 《P》…现印发给你们);
- ``ISSUED_BY`` from the Document to the bodies that draft it (X会同Y制定本计划),
  to the body whose 工作报告 it is, and to its source line ((来源：X));
- ``SETS_TARGET`` moved from the Document to a reported Policy when the
  sentence attributes the target to it (《计划》提出/方案提出，到2025年…).

Example:
    >>> from kg.ingest import document_from_text
    >>> from extractors.pipeline import extract
    >>> ex = extract(document_from_text("近日，某市人民政府办公室印发《某市物流发展实施方案》。", doc_id="t"))
    >>> sorted((r.source.name, r.target.name) for r in ex.relations if r.type.value == "ISSUED_BY")
    [('某市物流发展实施方案', '某市人民政府办公室')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import pairwise

from extractors.policy_names import policy_name
from extractors.text_marks import WordHits
from schema import Document, EntityRef, Label, Mention, RelationMention, RelType, Span

_TITLE_ISSUER = re.compile(r"^(?:关于|转发)")
#: What stands between an issuer and the title it issued: a verb of issuing, or nothing (国务院《…规划》).
_ISSUE_VERB = re.compile(r"^(?:(?:近日|日前|正式|先后|联合)?[，,]?(?:印发|出台|发布|制定|颁布)(?:了)?(?:实施)?(?:的)?)?$")
_HANDED_WORDS = ("印发给", "印发你们", "现印发")
_HANDED_OUT = re.compile("|".join(_HANDED_WORDS))
_NOTICE = "关于印发"
#: What stands between two titles handed out together (《A》《B》, 《A》和《B》).
_RUN_GAP = re.compile(r"[《》“”\"、和及与\s]*")
_DRAFTS = re.compile(r"^(?:(?:会同|联合|和|与|、)(?P<other>[^，,。；;]{2,30}?))?(?:共同|组织)?(?:制定|编制|起草|研究制定)(?:了)?本"
                     r"(?:行动计划|计划|方案|规划|意见|办法|纲要)")
_SOURCE = re.compile(r"[(（]?(?:来源|来源于|稿件来源)[:：]\s*$")
_REPORT = re.compile(r"^(?:\d{4}年)?政府工作报告|^工作报告")
#: Under a work report's title, the government and its head who reports (芜湖市人民政府市长 单向前).
_REPORTER = re.compile(r"(?:代理?|常务副)?(?:市|区|县|州|省|旗|盟)长")
_HEAD = 300  # characters from the top where a report names who reports
#: What a report's title may hold before its body's name (2024年湘潭县人民政府工作报告).
_YEAR_OPENING = re.compile(r"(?:\d{4}年)?")
_REPORTED = re.compile(r"(?:《(?P<short>[^》]{1,20})》|(?P<head>实施方案|行动计划|方案|计划|规划|意见|纲要))(?:还|中|进一步)?"
                       r"(?:提出|明确|要求|指出)")


#: A notice's title handing out one document (…关于印发《关于支持…的若干措施》的通知): the document is what it carries.
_HANDS_OUT = re.compile(r"(?:印发|转发|发布)《([^《》]+)》的(?:通知|公告)$")


def own_policy(document: Document) -> str | None:
    """The Policy name of the document's own title, or of the one document its notice title hands out (not for a
    notice that hands out plan parts)."""
    if document.parts or not document.title:
        return None
    handed = _HANDS_OUT.search(document.title)
    return policy_name(handed.group(1) if handed else document.title)


def _orgs_by_end(mentions: list[Mention]) -> dict[int, Mention]:
    return {m.end: m for m in mentions if m.label == Label.ORGANIZATION}


def _rel(rel: RelType, src: tuple[Label, str], org: Mention, evidence: Span, rule: str) -> RelationMention:
    return RelationMention(type=rel, source=EntityRef(label=src[0], name=src[1]),
                           target=EntityRef(label=Label.ORGANIZATION, name=org.name),
                           start=evidence.start, end=evidence.end, rule=rule)


def _issuer_before(text: str, orgs: dict[int, Mention], pos: int, lo: int) -> Mention | None:
    """The Organization whose mention ends before ``pos`` with only an issuing verb between."""
    for end in range(pos, max(lo, pos - 12) - 1, -1):
        org = orgs.get(end)
        if org is not None and _ISSUE_VERB.match(text[end:pos].replace("《", "")):
            return org
    return None


def _listed_before(text: str, orgs: dict[int, Mention], last: Mention) -> list[Mention]:
    """``last`` and the Organizations listed right before it with 、 or 和 (中共无锡市委办公室、无锡市人民政府办公室印发的…)."""
    out = [last]
    while out[0].start > 0 and text[out[0].start - 1] in "、和" and (prev := orgs.get(out[0].start - 1)) is not None:
        out.insert(0, prev)
    return out


def _joint_issuers(inner: list[Mention], head: Mention) -> list[Mention]:
    """The title's issuer before 关于 and the issuers written right before it (中共中央|国务院)."""
    out = [head]
    while (prev := next((o for o in inner if o.end == out[0].start), None)) is not None:
        out.insert(0, prev)
    return out


def _inner_orgs(orgs: list[Mention], starts: list[int], m: Mention) -> list[Mention]:
    """Organization mentions inside the name ``m`` (国务院办公厅 in 国务院办公厅关于…意见)."""
    i = bisect_left(starts, m.start)
    out = []
    while i < len(orgs) and orgs[i].start < m.end:
        if orgs[i].end < m.end:
            out.append(orgs[i])
        i += 1
    return out


def policy_issuers(text: str, mentions: list[Mention], sentence: Callable[[int], Span]) -> list[RelationMention]:
    """ISSUED_BY Policy -> Organization from titles, 印发 verbs and notices."""
    orgs = _orgs_by_end(mentions)
    by_start = sorted(orgs.values(), key=lambda o: o.start)
    starts = [o.start for o in by_start]
    out: list[RelationMention] = []
    notice = next((_joint_before(text, orgs, orgs[m.start()]) for m in re.finditer(_NOTICE, text) if m.start() in orgs),
                  None)
    handed = WordHits(text, _HANDED_WORDS) if notice is not None else None  # _HANDED_OUT, found once
    policies = sorted((m for m in mentions if m.label == Label.POLICY), key=lambda m: m.start)
    order = {id(m): i for i, m in enumerate(policies)}
    for m in mentions:
        if m.label != Label.POLICY:
            continue
        src = (Label.POLICY, m.name)
        inner = _inner_orgs(by_start, starts, m)
        head = next((o for o in inner if _TITLE_ISSUER.match(text[o.end:m.end])), None)
        span = sentence(m.start)
        if head is not None:  # 《中共中央 国务院关于…》: the bodies written together before 关于 all issue it
            out.extend(_rel(RelType.ISSUED_BY, src, body, span, "policy.title_issuer") for body in _joint_issuers(inner, head))
        elif (org := _issuer_before(text, orgs, m.start, span.start)) is not None:
            out.extend(_rel(RelType.ISSUED_BY, src, body, span, "policy.issue_verb") for body in _listed_before(text, orgs, org))
        elif notice is not None and handed is not None and (text[max(0, m.start - 4):m.start].endswith(_NOTICE)
                                                            or _handed_out(text, handed, policies, order[id(m)], span.end)):
            out.extend(_rel(RelType.ISSUED_BY, src, body, span, "policy.notice_issuer") for body in notice)
    return out


def _joint_before(text: str, orgs: dict[int, Mention], last: Mention) -> list[Mention]:
    """The bodies a joint notice's title writes before 关于印发, spaces or a 、 between (区工信局 区财政局关于印发…):
    each issues what it hands out."""
    out = [last]
    while (prev := next((orgs[end] for end in range(out[0].start, max(0, out[0].start - 3), -1)
                         if end in orgs and not text[end:out[0].start].strip(" 、\u3000")), None)) is not None \
            and prev.start < out[0].start:
        out.insert(0, prev)
    return out


def _handed_out(text: str, handed: WordHits, policies: list[Mention], i: int, sentence_end: int) -> bool:
    """A 印发 word follows the ``i``-th policy in its sentence, with only policies written one after another between:
    the titles the notice hands out (《A》《B》已经区人民政府同意，现印发给你们: A and B), not those it cites before them
    (根据《A》《B》有关要求，…编制了《C》，现印发给你们: C only)."""
    end = policies[i].end
    word = handed.first_inside(end, sentence_end)
    if word < 0:
        return False
    for j in range(i + 1, len(policies)):  # (no copy of the rest: a notice may hand out hundreds of titles)
        later = policies[j]
        if later.start >= word:
            break
        if _RUN_GAP.fullmatch(text, end, later.start) is None:
            return False  # words between two titles: the first is cited, not handed out
        end = later.end
    return True


#: News outlets: a 来源 naming one below the head of a body's document is a news report appended to it.
_MEDIA_ENDS = ("融媒体中心", "日报", "晚报", "电视台", "新闻中心", "报社")


def _appended_report(org: Mention, document: Document) -> bool:
    """(来源：西青区融媒体中心　记者 孙悦) under a bureau's notice: the source of a report the page appends, not the
    document's issuer."""
    return org.start >= _HEAD and bool(document.publisher) and org.name != document.publisher \
        and org.name.endswith(_MEDIA_ENDS)


def document_issuers(text: str, mentions: list[Mention], document: Document,
                     sentence: Callable[[int], Span]) -> list[RelationMention]:
    """ISSUED_BY Document -> Organization: X会同Y制定本计划, X工作报告 as the title, (来源：X)."""
    own = (Label.DOCUMENT, document.doc_id)
    orgs = [m for m in mentions if m.label == Label.ORGANIZATION]
    names = {o.name: o for o in orgs}
    out: list[RelationMention] = []
    title_line = text.lstrip().split("\n", 1)[0]
    title_at = len(text) - len(text.lstrip())
    for o in orgs:
        span = sentence(o.start)
        after = text[o.end:o.end + 40]
        drafts = _DRAFTS.match(after)
        if drafts:
            out.append(_rel(RelType.ISSUED_BY, own, o, span, "document.drafter"))
            other = names.get(re.sub(r"\s", "", drafts.group("other") or ""))
            if other is not None:
                out.append(_rel(RelType.ISSUED_BY, own, other, span, "document.drafter"))
        elif _YEAR_OPENING.fullmatch(text, title_at, o.start) and _REPORT.match(text[o.end:title_at + len(title_line)]):
            out.append(_rel(RelType.ISSUED_BY, own, o, span, "document.report_title"))
        elif _SOURCE.search(text[max(0, o.start - 8):o.start]) and not _appended_report(o, document):
            out.append(_rel(RelType.ISSUED_BY, own, o, span, "document.source_line"))
        elif o.start < _HEAD and "工作报告" in title_line and _REPORTER.match(text, o.end):
            out.append(_rel(RelType.ISSUED_BY, own, o, span, "document.reporter"))
    return out


def reported_targets(text: str, mentions: list[Mention], relations: list[RelationMention],
                     document: Document) -> list[RelationMention]:
    """Move a Document's SETS_TARGET to the Policy the sentence attributes it to (《计划》提出…)."""
    policies = sorted((m for m in mentions if m.label == Label.POLICY), key=lambda m: m.start)
    indicators: dict[str, list[int]] = {}
    for m in mentions:
        if m.label == Label.INDICATOR:
            indicators.setdefault(m.name, []).append(m.start)
    in_order = {name for name, starts in indicators.items() if all(a <= b for a, b in pairwise(starts))}
    out: list[RelationMention] = []
    for r in relations:
        if r.type != RelType.SETS_TARGET or r.source.label != Label.DOCUMENT:
            out.append(r)
            continue
        name = r.target.name
        at = _first_within(indicators.get(name, []), r.start, r.end, name in in_order)
        policy = _reported_policy(text, policies, r.start, at) if at is not None else None
        out.append(r if policy is None else r.model_copy(update={"source": EntityRef(label=Label.POLICY,
                                                                                     name=policy)}))
    return out


def _first_within(starts: list[int], lo: int, hi: int, in_order: bool) -> int | None:
    """The first of ``starts`` in ``[lo, hi)``: by bisection when they are ``in_order`` (mentions in text
    order), else by reading them all."""
    if in_order:
        i = bisect_left(starts, lo)
        return starts[i] if i < len(starts) and starts[i] < hi else None
    return next((s for s in starts if lo <= s < hi), None)


def _reported_policy(text: str, policies: list[Mention], lo: int, at: int) -> str | None:
    """The Policy that a 提出/明确 back-reference before ``at`` in its sentence points to."""
    said = [m for m in _REPORTED.finditer(text, lo, at) if text[m.start() - 1:m.start()] != "本"
            and not (m.group("short") and _FOLLOWING.search(text, max(0, m.start() - 3), m.start()))]
    if not said:
        return None
    ref = said[-1]
    earlier = [p for p in policies if p.end <= ref.end()]
    if ref.group("short"):
        fitting = [p for p in earlier if p.name.endswith(ref.group("short")) or ref.group("short") in p.name]
    else:
        fitting = [p for p in earlier if p.name.endswith(ref.group("head"))]
    return fitting[-1].name if fitting else None


#: Before a policy whose 要求 (requirements) the text follows with targets of its own (围绕《…实施方案》要求，力争…).
_FOLLOWING = re.compile(r"(?:围绕|按照|根据|对照|落实|贯彻|依据)$")
_SAYS = re.compile(r"[》”\"]?(?:中|还|进一步|也)?(?:明确指出|明确提出|强调|提出|明确|指出|要求|部署)")


def reported_cites(text: str, mentions: list[Mention], sentence: Callable[[int], Span]) -> list[RelationMention]:
    """《P》强调/提出/明确指出…: P cites the policies its reported content names in that sentence."""
    policies = sorted((m for m in mentions if m.label == Label.POLICY), key=lambda m: m.start)
    out: list[RelationMention] = []
    for i, m in enumerate(policies):
        if not _SAYS.match(text, m.end):
            continue
        span = sentence(m.start)
        for other in policies[i + 1:]:
            if other.start >= span.end:
                break
            if other.name != m.name:
                out.append(RelationMention(type=RelType.CITES, source=EntityRef(label=Label.POLICY, name=m.name),
                                           target=EntityRef(label=Label.POLICY, name=other.name),
                                           start=span.start, end=span.end, rule="policy.reported_cites"))
    return out
