"""Functional zones a paragraph opens with under a heading of functional zones (split from :mod:`extractors.overlaps`,
which settles overlapping mentions and hands the kept ones to :func:`zone_leads`).

A plan's section of functional zones (重点功能区建设工程) opens its paragraphs with the zone it builds (推进北仓运河文化村建设。):
a project named like a zone there is a Park, and such an opening that no rule named (推进奶业小镇建设。: 奶业 is a common
word) names a Park too (ANNOTATION.md rule 10). Which names the text calls a 项目 and which spans are taken are looked
up in indexes built once per text (:class:`_ProjectWords`, :class:`_Spans`), not read again per zone.

Example:
    >>> _ZONE_OPENING.match("推进奶业小镇建设。").group("zone")
    '奶业小镇'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from schema import Document, Label, Mention, Section
from schema.document import lazy_section_finder
from schema.extraction import ZONE_LEAD_RULE


def zone_leads(mentions: list[Mention], text: str, document: Document, others: list[Mention] = ()) -> list[Mention]:
    """A project named like a zone (…城, …村) that a paragraph opens with (推进北仓运河文化村建设。) under a
    heading of functional zones (重点功能区建设工程) is a Park, unless the text calls it a 项目 (曙光水镇项目;
    ANNOTATION.md rule 10). Such an opening that no rule named (推进奶业小镇建设。: 奶业 is a common word)
    names a Park too, unless its name is a kind of zone (美丽乡村, 特色小镇), a title or slogan (全国文明城,
    城市更新片区), a resort (度假村) or overlaps a name or place found (第六埠村 in ``others``)."""
    out = []
    projects, sections = _ProjectWords(text), lazy_section_finder(document)
    for m in mentions:
        if m.label == Label.PROJECT and m.name.endswith(_ZONE_ENDINGS) \
                and _ZONE_LEAD.search(text, max(0, m.start - 8), m.start) \
                and text.startswith("建设", m.end) and _under_zones(m.text, m.start, projects, sections):
            m = m.model_copy(update={"label": Label.PARK, "rule": ZONE_LEAD_RULE})
        out.append(m)
    taken = _Spans([(m.start, m.end) for m in (*out, *others)])
    for hit in _ZONE_OPENING.finditer(text):
        start, end = hit.span("zone")
        name = hit.group("zone")
        if name not in _ZONE_KINDS and not name.endswith(_ZONE_KIND_ENDINGS) and not _ZONE_GENERIC.search(name) \
                and not taken.overlaps(start, end) and _under_zones(name, start, projects, sections):
            out.append(Mention(label=Label.PARK, text=name, name=name, start=start, end=end, rule=ZONE_LEAD_RULE))
    return sorted(out, key=lambda m: (m.start, m.end))


def _under_zones(name: str, start: int, projects: _ProjectWords,
                 sections: Callable[[int], Section | None]) -> bool:
    """``name`` at ``start`` is under a heading of functional zones (``sections``: the document's section at
    an offset) and the text never calls it a 项目."""
    if projects.called(name):
        return False
    section = sections(start)
    return section is not None and any("功能区" in heading for heading in section.path)


class _ProjectWords:
    """Which names the text calls a 项目 (``name + "项目"`` occurs), without a scan of the text per name:
    the text before each 项目 is indexed once up to :attr:`LONGEST` characters (a zone's name is shorter)."""

    LONGEST = 24

    def __init__(self, text: str) -> None:
        self.text = text
        self.before: set[str] | None = None  # made on the first question

    def called(self, name: str) -> bool:
        if len(name) > self.LONGEST:
            return name + "项目" in self.text
        if self.before is None:
            self.before = set()
            at = self.text.find("项目")
            while at >= 0:
                self.before.update(self.text[max(0, at - k):at] for k in range(1, self.LONGEST + 1))
                at = self.text.find("项目", at + 1)
        return name in self.before


class _Spans:
    """Spans ``(start, end)`` asked whether any overlaps a range, in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []  # the largest end among the spans up to each one
        for _, e in spans:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # the spans starting before ``end``
        return i > 0 and self.reach[i - 1] > start


#: What a zone's name ends with (未来城, 运河文化村); a road, station, school or phase stays a project.
_ZONE_ENDINGS = ("城", "村", "小镇", "片区")
#: A paragraph's opening verb before its subject (推进, 积极推进, 加快推进 …).
_ZONE_LEAD = re.compile(r"(?:^|\n)\s*(?:积极|加快|全面|持续)?推进$")
#: A paragraph opening with a zone as its subject: 推进奶业小镇建设。 (not …村: a village by its name)
_ZONE_OPENING = re.compile(
    r"(?m:^)[ \t\u3000]*(?:积极|加快|全面|持续)?推进(?P<zone>[\u4e00-\u9fff]{2,10}(?:城|小镇|片区))建设[。，,]")
#: Kinds of zone, no names: 推进美丽乡村建设, 推进特色小镇建设.
_ZONE_KINDS = frozenset(("特色小镇", "城中村", "新城", "新村", "美丽村", "示范村", "文明村", "卫星城", "产业新城",
                         "智慧城", "海绵城", "片区", "重点片区", "城市片区", "老旧片区"))
_ZONE_KIND_ENDINGS = ("乡村", "城乡", "农村", "城中村", "各村", "小城", "度假村", "购物村", "名城")
#: Words of titles, slogans and programmes (全国文明城, 城市更新片区, 产城融合示范片区) and of coordinations.
_ZONE_GENERIC = re.compile(r"示范|全国|国家|国际|城市|全域|智慧|中心|更新|融合|文明|历史|城区|[和及与、]|[镇乡](?=.)|街道")
