"""The scopes whose chains every item inside them takes, for IN_CHAIN (split from :mod:`extractors.rel_chains`,
which gives an item the chains of its sentence first and those of these scopes after):

- :func:`lead_chains`: the rest of a paragraph whose lead sentence names chains (一是发展生物医药产业。…), cut where a
  later ordinal sentence names chains of its own (二是做大生物医药产业。); the first answer after an interview question
  naming one chain; a sentence opened by a chain and a comma (:func:`extractors.rel_chain_lists.chain_openings`);
- :func:`heading_chains`: a section under a heading naming one or two chains ((二)高端装备制造产业链), less a
  sub-heading naming another industry while a sibling names the chain's own (二、港航物流 beside 一、高端化工新材料
  under 石化新材料产业链) and less a 专栏 box;
- :func:`title_chain`: a text under a news title naming one chain (…：动力电池产业链再添“强链”项目).

:func:`specific_chains` (the most specific chains, one per name) and :func:`chains_in` (the chains inside a span)
serve :mod:`extractors.rel_chains` and :mod:`extractors.rel_sentence_chains` too.

Example:
    >>> _TOPIC.match("二、港航物流").group("topic")
    '港航物流'
"""

from __future__ import annotations

import re
from bisect import bisect_left

from extractors.rel_chain_lists import chain_openings
from extractors.rel_context import RelContext
from schema import Label, Mention


def specific_chains(chains: list[Mention]) -> list[Mention]:
    """Drop chains whose name is inside another chain's name; one per name."""
    names = {c.name for c in chains}
    out: dict[str, Mention] = {}
    for c in chains:
        if not any(c.name != n and c.name in n for n in names):
            out.setdefault(c.name, c)
    return list(out.values())


def chains_in(chains: list[Mention], start: int, end: int) -> list[Mention]:
    """The chains (``chains`` in text order) inside ``start:end``."""
    lo = bisect_left(chains, start, key=lambda c: c.start)
    hi = bisect_left(chains, end, key=lambda c: c.start)
    return [c for c in chains[lo:hi] if c.end <= end]


_QUESTION = re.compile(r"^\s*(?:记者|问)[:：]")


def lead_chains(ctx: RelContext, all_chains: list[Mention]) -> list[tuple[int, int, list[Mention]]]:
    """Paragraph leads naming chains, and an interview question naming one chain (for the answers after it)."""
    out = []
    asked: tuple[int, list[Mention]] | None = None
    for p_start, p_end in ctx.paragraphs():
        if _QUESTION.match(ctx.text[p_start:p_end]):
            chains = specific_chains(chains_in(all_chains, p_start, p_end))
            asked = (p_start, chains) if len(chains) == 1 else None
            continue
        if asked is not None:  # the first answer only
            out.append((p_start, p_end, asked[1]))
            asked = None
        lead = ctx.lead(p_start, p_end)
        if lead:  # (not a chain inside a park's name: 华口智能制造产业园一期已完成主体结构封顶)
            chains = specific_chains([c for c in chains_in(all_chains, lead[0], lead[1]) if not c.properties.get("nested")])
            if chains and not _says_of_firm(ctx, lead[0], chains[0].start):
                out += _ordinal_scopes(ctx, all_chains, (lead[1], p_end), chains)
    return out + chain_openings(ctx, all_chains)


#: An ordinal clause opening a sentence inside a paragraph (。二是做大生物医药产业。).
_ORDINAL = re.compile(r"(?<=[。；;])[一二三四五六七八九十]是")


def _ordinal_scopes(ctx: RelContext, all_chains: list[Mention], scope: tuple[int, int],
                    chains: list[Mention]) -> list[tuple[int, int, list[Mention]]]:
    """A lead's scope, cut where a later ordinal sentence of the paragraph names chains of its own (一是做强新一代信息技术
    产业。…二是做大生物医药产业。…): each such sentence leads what follows it up to the next."""
    out, (lo, hi) = [], scope
    for hit in _ORDINAL.finditer(ctx.text, lo, hi):
        end = ctx.sentence(hit.start()).end
        own = specific_chains(chains_in(all_chains, hit.start(), end))
        if own:
            out.append((lo, hit.start(), chains))
            lo, chains = end, own
    return out + [(lo, hi, chains)]


_TOPIC = re.compile(r"^[\s\d一二三四五六七八九十、.．()（）第节章]*(?P<topic>[^\s，。；,;]{2,8}?(?:物流|制造|产业|材料|医药|信息|服务|农业|旅游|"
                    r"经济|能源|电子|装备|汽车|贸易|金融|食品|化工|科技|文旅|商贸|康养))$")


def _topic_shares(ctx: RelContext, start: int, end: int, chains: list[Mention]) -> bool | None:
    """For a bare industry sub-heading (二、港航物流): whether it shares a word with the chains; None otherwise."""
    inside = ctx.within(start, end, None)
    if any(x.label != Label.INDUSTRY_CHAIN for x in inside):
        return None
    topic = _TOPIC.match(ctx.text[start:end])
    words = "".join(x.name for x in inside) or (topic.group("topic") if topic else "")
    if not words:
        return None
    return any(c.name[i:i + 2] in words for c in chains for i in range(len(c.name) - 1))


def heading_chains(ctx: RelContext) -> list[tuple[int, int, list[Mention]]]:
    """Chain headings' scopes. Under 石化新材料产业链, sub-headings 一、高端化工新材料 and 二、港航物流:
    the sub-heading that names another industry while its sibling names the chain's own is left out. A news subhead
    telling an event before its chain (海通智能三期开工 高端装备集群再扩容) scopes nothing."""
    out = []
    sections = sorted(ctx.document.sections, key=lambda x: x.start)
    for sec in sections:
        if sec.heading_end <= sec.heading_start:
            continue
        chains = specific_chains(ctx.within(sec.heading_start, sec.heading_end, {Label.INDUSTRY_CHAIN}))
        if not chains or len(chains) > 2 or _says_of_firm(ctx, sec.heading_start, chains[0].start) \
                or _EVENT_HEADLINE.search(ctx.text, sec.heading_start, chains[0].start):
            continue
        first = bisect_left(sections, sec.heading_end, key=lambda x: x.start)
        last = bisect_left(sections, sec.end, key=lambda x: x.start)
        subs = [(sub, _topic_shares(ctx, sub.heading_start, sub.heading_end, chains))
                for sub in sections[first:last] if sub.level == sec.level + 1]
        left_out = [sub for sub, shares in subs if shares is False] if any(shares for _, shares in subs) else []
        left_out += [box for box in sections[first:last] if box.kind == "box"]  # a 专栏 box is no part of the heading's
        lo = sec.heading_end
        for sub in sorted(left_out, key=lambda x: x.start):
            if sub.start >= lo:
                out.append((lo, sub.start, chains))
                lo = sub.end
        out.append((lo, sec.end, chains))
    return out


#: A news subhead telling one item's event before the chain it adds to (【集中开工】海通智能三期开工 高端装备集群再扩容):
#: the item's news, no topic of the items after it.
_EVENT_HEADLINE = re.compile(r"开工|签约|竣工|投产|落户|落地|开业|揭牌|封顶|达产|下线")


#: A firm's place in a chain said as a clause (烯望新材为西太湖石墨烯产业链重点培育企业): a statement, no topic.
_FIRM_IS = re.compile(r"(?:为|是|作为|成为)[^，,；;。]{0,12}$")


def _says_of_firm(ctx: RelContext, start: int, chain: int) -> bool:
    """Whether a heading or a paragraph's lead (from ``start``) says what a firm it names is to the chain at ``chain``
    (a note's run-in item, （四）烯望新材为…石墨烯产业链重点培育企业): the chain is the firm's, not the topic of what follows."""
    firm = ctx.last_within(start, chain, {Label.ENTERPRISE}, refs=True)
    return firm is not None and _FIRM_IS.search(ctx.text, firm.end, chain) is not None


_TITLE_CHAIN = re.compile(r"^[^\n]{0,24}?(?:产业链|产业集群)")


def title_chain(ctx: RelContext, chains: list[Mention]) -> tuple[int, list[Mention]]:
    """A news title naming one industrial chain (…：动力电池产业链再添“强链”项目) sets the topic of the text:
    (end of the title, [that chain]), or (0, []) when the title names none or several."""
    end = ctx.text.find("\n")
    if end <= 0 or not _TITLE_CHAIN.match(ctx.text):
        return 0, []
    named = specific_chains(chains_in(chains, 0, end))
    return (end, named) if len({c.name for c in named}) == 1 else (0, [])
