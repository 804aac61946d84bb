"""``kg_policies``: named plans, programmes, strategies, regulations and mechanisms.

Names come from the shape of the text, never from a list of names: 《》 book
titles, quoted names followed by a policy word (“海河英才”行动计划), bare plan
names that start with a region (北辰区…“十四五”规划), strategies (乡村振兴战略)
and X长制 mechanisms. The plan parts of a multi-plan file are policies too.
The vocabulary lives in ``data/policy_patterns.yml``.

Example:
    >>> import spacy
    >>> from extractors.base import init_doc, text_of
    >>> from schema import Document
    >>> text = "落实《北辰区京津冀协同发展“十四五”规划》和乡村振兴战略。"
    >>> doc = spacy.blank("zh").make_doc(text)
    >>> doc = init_doc(doc, Document(doc_id="t", source_file="t", sha256="", text=text))
    >>> [m.name for m in PolicyRuler()(doc)._.kg_mentions]
    ['北辰区京津冀协同发展十四五规划', '乡村振兴战略']
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extractors import lexicon
from extractors.base import document_of, load_yaml, mentions_of, text_of
from extractors.policy_names import (
    EXCERPT_MARK,
    PolicyMatch,
    balance_quotes,
    campaign_patterns,
    declared_short_titles,
    issued_as_titled,
    policy_name,
    vision_end,
)
from extractors.suffix_scan import AnchoredPattern, LazySuffixPattern
from extractors.text_marks import TakenSpans
from schema import Label, Mention


DATA = Path(__file__).with_name("data") / "policy_patterns.yml"
_NAME_CHARS = r"\u4e00-\u9fff0-9A-Za-z“”\"()（）\-—·+"
_NAME_CHAR = re.compile(f"[{_NAME_CHARS}]")
#: X长制 (河长制, 落实林长制, 实施产业链链长制, 建立健全链长制, 以链长制为抓手): 长制 at most six characters after the start.
_MECHANISM = AnchoredPattern(re.compile(r"(?:(?<![\u4e00-\u9fff“\"])|(?<=[以把将由在]))(?![以把将由在])([\u4e00-\u9fff]{1,2})长制|"
                                        r"(?:落实|推行|实行|实施|开展|全面|推进|完善|深化|建立健全|建立|健全|坚持|强化|产业链)([\u4e00-\u9fff]{1,2})长制|"
                                        r"(?<=长制[、和及与])([\u4e00-\u9fff])长制"), "长制", 6)
_DUTY_SYSTEM = AnchoredPattern(re.compile(r"([\u4e00-\u9fff])(?:[(（][\u4e00-\u9fff][)）])?长责任制"), "长责任制", 4)
_PUNCT_END = set("，。；：、！？,.;:!?）)》」』\n\t ") | {""}
#: A coordinator and the next quoted name (“中小学教师师德浸润工程”和“辰青工程”): the quote before it closed a whole name.
_QUOTED_NEXT = re.compile("[和及与][“\"]")
#: A title in 《》, with one stray 《 inside it (a page break in a PDF copy) as a second group.
#: Central bodies issuing a title jointly, written one after the other (中共中央国务院, 中共中央办公厅国务院办公厅).
_JOINT_CENTRAL = re.compile(r"中共中央办公厅|国务院办公厅|中共中央|国务院")
_JOINT = re.compile(r"(?:中共中央办公厅|国务院办公厅|中共中央|国务院){2,}")
#: A date opening a strategy's name window (2014年|京津冀协同发展战略实施以来).
_LEADING_DATE = re.compile(r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|起|后)?")
#: A central body written right before the title it issued (贯彻落实国务院《“十四五”数字经济发展规划》).
_CENTRAL_BEFORE = re.compile(r"(中共中央办公厅|国务院办公厅|中共中央|国务院)$")
_BOOK = re.compile(r"《([^《》\n]{2,80}?)(?:《([^《》\n]{2,80}))?》")


class PolicyRuler:
    """Find named policies in the document text and in its plan parts."""

    def __init__(self, nlp: Language | None = None, name: str = "kg_policies", *,
                 patterns_path: str | None = None) -> None:
        self.name = name
        data = load_yaml(Path(patterns_path) if patterns_path else DATA)
        by_length = lambda words: sorted(set(words), key=lambda w: (-len(w), w))  # noqa: E731  (one order in every process)
        self.book_suffixes = tuple(by_length(data["book_suffixes"]))
        self.quoted_suffixes = by_length(data["quoted_suffixes"])
        self.bare_suffixes = by_length(data["bare_suffixes"])
        self.state_prefixes = tuple(data["state_prefixes"])
        self.region_prefix = re.compile(data["region_prefix"])
        self.qualifiers = by_length(data["strategy_qualifiers"])
        self.stop_words = by_length(data["stop_words"])
        self.strategy_stops = by_length(data["stop_words"] + data["strategy_stop_words"])
        self.right_words = tuple(by_length(data["right_boundary_words"]))
        self.generic = frozenset(data["generic_names"])
        self.generic_after_region = frozenset(data["generic_after_region"])
        self.strategy_reject = re.compile(data["strategy_reject"])
        self.issuing = re.compile(data["issuing_pattern"])
        self.edition = re.compile(data["edition_pattern"])
        self._edition_tail = re.compile(data["edition_pattern"].rstrip("$"))
        self.term_plan = re.compile(data["term_plan_pattern"])
        self._quoted = re.compile(
            "[“\"]([^”\"\n，,。；;]{1,30})[”\"](" + "|".join(map(re.escape, self.quoted_suffixes)) + ")?"
        )
        self._campaign, self._campaign_next, self._campaign_list = campaign_patterns(
            by_length(data["campaign_verbs"]), by_length(data["campaign_heads"]))
        self.short_forms: dict[str, str] = data.get("strategy_short_forms", {})
        self.short_form_left = tuple(by_length(data["campaign_verbs"] + data["stop_words"] + ["打造", "推动", "助力", "助推", "带动"]))
        bodies = "|".join(map(re.escape, by_length(data["issuer_heads"])))
        self._issuer = re.compile(f"《((?:[\u4e00-\u9fff]{{0,12}}?)(?:{bodies}))(?=关于|转发|印发)")
        mid_heads = "|".join(map(re.escape, by_length(data["quoted_mid_heads"])))
        self._quoted_mid = re.compile(f"[“\"]([^”\"\n]{{2,30}})[”\"]的?([\u4e00-\u9fff]{{1,4}}?)({mid_heads})")
        self.periods: dict[str, str] = data.get("period_spellings", {})
        self._mid_reject = re.compile(data["quoted_mid_reject"])
        self._named_patterns = [re.compile(p) for p in data["named_patterns"]]
        self._column = re.compile(data["column_pattern"], re.MULTILINE)
        self._wrapped = re.compile(data["wrapped_title_pattern"], re.MULTILINE)
        self.elliptical: dict[str, dict[str, str]] = data.get("elliptical_strategies", {})
        self._bare = LazySuffixPattern(_NAME_CHARS, 2, 40, self.bare_suffixes)

    def __call__(self, doc: Doc) -> Doc:
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    def match(self, doc: Doc) -> list[PolicyMatch]:
        """All policy names of ``doc``, one per span, in text order."""
        text = text_of(doc)
        found = self._parts(doc) + self._books(text) + self._quoted_names(text)
        found += self._bare_plans(text) + self._strategies(text) + self._mechanisms(text) + self._campaigns(text)
        found += self._short_forms(text) + _duty_systems(text) + self._quoted_heads(text)
        found += self._columns(text) + self._wrapped_titles(text) + self._elliptical(text) + self._named(text)
        return declared_short_titles(text, issued_as_titled(text, self._same_plans(_dedupe(found))))

    def _same_plans(self, found: list[PolicyMatch]) -> list[PolicyMatch]:
        """A plan named without its region and with its period spelt out (京津冀协同发展第十四个五年规划)
        is the plan of the same text whose name ends with it (北辰区京津冀协同发展十四五规划)."""
        names = {m.name for m in found if self.region_prefix.match(m.name)}
        out = []
        for m in found:
            short = m.name
            for long_form, period in self.periods.items():
                short = short.replace(long_form, period)
            full = next((n for n in names if n != m.name and n.endswith(short) and len(n) > len(short)), None)
            out.append(replace(m, name=full, rule="policy.same_plan") if full and short != m.name else m)
        return out

    def set_annotations(self, doc: Doc, matches: list[PolicyMatch]) -> None:
        """Append one :class:`Mention` per match to ``doc._.kg_mentions``, and the issuer a title starts with."""
        mentions = mentions_of(doc)
        for m in matches:
            mentions.append(Mention(label=Label.POLICY, text=text_of(doc)[m.start:m.end], name=m.name,
                                    start=m.start, end=m.end, rule=m.rule))
            issuer = self._issuer.match(text_of(doc), m.start) if m.rule == "policy.book_title" else None
            issuer = issuer or (_CENTRAL_BEFORE.search(text_of(doc), max(0, m.start - 8), m.start)
                                if m.rule == "policy.book_title" else None)
            at = issuer.start(1) if issuer else 0
            for body in _JOINT_CENTRAL.findall(issuer.group(1)) if issuer and _JOINT.fullmatch(issuer.group(1)) else (
                    [issuer.group(1)] if issuer else []):  # 中共中央 国务院 (the space gone): two issuers
                mentions.append(Mention(label=Label.ORGANIZATION, text=body, name=body, start=at, end=at + len(body),
                                        rule="policy.issuer"))
                at += len(body)

    # -- the rules ---------------------------------------------------------

    def _accept(self, name: str) -> bool:
        if len(name) < 3 or name in self.generic:
            return False
        region = self.region_prefix.match(name)
        return not (region and name[region.end():] in self.generic_after_region)

    def _make(self, start: int, end: int, surface: str, rule: str) -> PolicyMatch | None:
        name = policy_name(surface, self.edition)
        return PolicyMatch(start, end, name, rule) if self._accept(name) else None

    def _parts(self, doc: Doc) -> list[PolicyMatch]:
        """Each plan part of a multi-plan file, at its title line."""
        out: list[PolicyMatch] = []
        for part in document_of(doc).parts:
            at = text_of(doc).find(part.title, part.start, part.end)
            if at >= 0 and (m := self._make(at, at + len(part.title), part.title, "policy.part")):
                out.append(m)
        return out

    def _books(self, text: str) -> list[PolicyMatch]:
        """Titles in 《》; one stray 《 inside a title is dropped (004's page break: 《…推进海绵《城市建设工作方案的通知》)."""
        out = []
        for hit in _BOOK.finditer(text):
            inner = self.edition.sub("", hit.group(1) + (hit.group(2) or ""))
            issued = self.issuing.match(inner)
            inner = issued.group(1) if issued else inner
            if inner.endswith(self.book_suffixes):
                if m := self._make(hit.start(), hit.end(), inner, "policy.book_title"):
                    out.append(m)
        return out

    def _quoted_names(self, text: str) -> list[PolicyMatch]:
        out = []
        for hit in self._quoted.finditer(text):
            inner, suffix = hit.group(1), hit.group(2)
            if suffix:
                start, end, rule = hit.start(), hit.end(), "policy.quoted_name"
            elif inner.endswith(tuple(self.quoted_suffixes)):
                start, end, rule = hit.start(1), hit.end(1), "policy.quoted_whole"
            else:
                continue
            if not suffix and _after(text, hit.end()) not in _PUNCT_END and text[hit.end()] not in "“\"" \
                    and not _QUOTED_NEXT.match(text, hit.end()) and text[hit.start() - 1:hit.start()] not in ("”", "\""):
                continue  # (“林长制”“河长制”工作: the run's last name is whole as its first is)
            if (m := self._make(start, end, text[start:end], rule)):
                out.append(m)
        return out

    def _bare_plans(self, text: str) -> list[PolicyMatch]:
        """Bare plan names that start with a region or the state, or carry a term (三年行动计划)."""
        out = []
        for hit in self._bare.finditer(text):
            end = vision_end(text, hit.end())
            if not self._right_ok(text, self._edition_end(text, end)):
                continue
            start = self._left_cut(text, hit.start(), hit.end(), self.stop_words)
            surface = text[start:end]
            if (surface.startswith(self.state_prefixes) or self.region_prefix.match(surface)
                    or self.term_plan.search(surface)):
                if (m := self._make(start, end, surface, "policy.bare_plan")):
                    out.append(m)
        return out

    def _strategies(self, text: str) -> list[PolicyMatch]:
        out = []
        for hit in re.finditer("战略", text):
            end = hit.end()
            if not self._right_ok(text, end):
                continue
            head_end = hit.start()
            for q in self.qualifiers:
                if text.endswith(q, 0, head_end):
                    head_end -= len(q)
                    break
            start = self._left_cut(text, max(0, head_end - 12), head_end, self.strategy_stops)
            if start == head_end - 12 and start > 0 and lexicon.count(text[start - 1:start + 1]):
                start += 1  # 深入贯彻落|实成渝地区双城经济圈建设战略: the window cut a word (落实), the name opens after it
            if (year := _LEADING_DATE.match(text, start, head_end)) is not None:
                start = year.end()  # 2014年京津冀协同发展战略实施以来: the year the strategy began, no part of its name
            qualified = head_end < hit.start()
            surface_end = head_end if qualified else end
            name = policy_name(text[start:surface_end], self.edition)
            short = self.short_forms.get(name[:-2], "") if name.endswith("战略") else ""  # 京津冀协同发展战略
            if len(name) - (0 if qualified else 2) < 3 or re.search(r"[“”\"]", text[start:end]):  # 强省会战略
                continue
            if self.strategy_reject.search(name):
                continue
            if (m := self._make(start, surface_end, text[start:surface_end], "policy.strategy")):
                out.append(replace(m, name=short) if short else m)
        return out

    def _mechanisms(self, text: str) -> list[PolicyMatch]:
        out = []
        for hit in _MECHANISM.finditer(text):
            group = next(g for g in (1, 2, 3) if hit.group(g))
            start = hit.start(group)
            if (m := self._make(start, hit.end(), text[start:hit.end()], "policy.mechanism")):
                out.append(m)
        return out

    def _campaigns(self, text: str) -> list[PolicyMatch]:
        """Campaigns and programmes named after a verb: 打赢蓝天保卫战, 实施城市更新行动, 实施就业优先政策."""
        out = []
        for first in self._campaign.finditer(text):
            hit: re.Match[str] | None = first
            while hit is not None and self._right_ok(text, hit.end()):
                name = text[hit.start("name"):hit.start("head")]  # (the head may hold a stop word: 企业培育行动)
                if any(word in name for word in self.strategy_stops if len(word) > 1) or self.strategy_reject.search(name) \
                        or _LIST_ETC.search(name):  # (开展“两打两清”等专项打击整治行动: a list's kind, no campaign's name)
                    break
                if (m := self._make(hit.start("name"), hit.end(), text[hit.start("name"):hit.end()], "policy.campaign")):
                    out.append(m)
                hit = self._campaign_next.match(text, hit.end())
        return out + self._shared_heads(text)

    def _shared_heads(self, text: str) -> list[PolicyMatch]:
        """Campaigns written with one head for a list of them (打好蓝天、碧水、净土保卫战): one per item, head added."""
        out = []
        for hit in self._campaign_list.finditer(text):
            head = hit.group("head")
            for item in re.finditer(r"[\u4e00-\u9fff]+", hit.group("items")):
                at = hit.start("items") + item.start()
                if (m := self._make(at, at + len(item.group()), item.group() + head, "policy.campaign_list")):
                    out.append(m)
        return out

    def _short_forms(self, text: str) -> list[PolicyMatch]:
        """An established strategy written without 战略 (打造乡村振兴升级版 -> 乡村振兴战略), after a verb or a mark."""
        out = []
        for short, full in self.short_forms.items():
            tail = "(?!战略)" if full.endswith("战略") else ""  # 京津冀协同发展(战略) is named without 战略
            for hit in re.finditer(re.escape(short) + tail, text):
                before = text[max(0, hit.start() - 4):hit.start()]
                if hit.start() == 0 or before[-1:] in _PUNCT_END or before.endswith(self.short_form_left):
                    out.append(PolicyMatch(hit.start(), hit.end(), full, "policy.short_form"))
        return out

    def _quoted_heads(self, text: str) -> list[PolicyMatch]:
        """A quoted name, a short qualifier and a head: “一核一网多元共治”社会治理模式, “X”的发展战略."""
        out = []
        for hit in self._quoted_mid.finditer(text):
            if self._right_ok(text, hit.end()) and not re.search(r"[，。；、]", hit.group(1)) \
                    and not self._mid_reject.search(hit.group(2)):
                system = hit.group(1).endswith("制") and hit.group(2) + hit.group(3) in _SYSTEM_WORDS  # “链长制”工作机制
                name = policy_name(hit.group(1) + ("" if system else hit.group(2) + hit.group(3)), self.edition)
                if self._accept(name):
                    out.append(PolicyMatch(hit.start(), hit.end(), name, "policy.quoted_head"))
        return out

    def _named(self, text: str) -> list[PolicyMatch]:
        """Shapes whose ``name`` group is a policy: 实施20项民心工程, 按照X疏解名录."""
        return [m for rx in self._named_patterns for hit in rx.finditer(text)
                if (m := self._make(hit.start("name"), hit.end("name"), hit.group("name"), "policy.named"))]

    def _columns(self, text: str) -> list[PolicyMatch]:
        """A plan's column (专栏) titled as a programme: 专栏 “2+3条”区域性重点产业链提升工程."""
        return [m for hit in self._column.finditer(text)
                if (m := self._make(hit.start(1), hit.end(1), hit.group(1), "policy.column"))]

    def _wrapped_titles(self, text: str) -> list[PolicyMatch]:
        """A plan title wrapped over two lines: 北辰区人口发展和…体系 / 建设“十四五”规划."""
        return [m for hit in self._wrapped.finditer(text)
                if (m := self._make(hit.start(1), hit.end(2), hit.group(1) + hit.group(2), "policy.wrapped_title"))]

    def _elliptical(self, text: str) -> list[PolicyMatch]:
        """An elliptical strategy (协同发展战略) named in full when its anchor (京津冀) is on the same line."""
        out = []
        for short, spec in self.elliptical.items():
            for hit in re.finditer(re.escape(short), text):
                line_start = text.rfind("\n", 0, hit.start()) + 1
                line_end = text.find("\n", hit.end())
                line = text[line_start:line_end if line_end >= 0 else len(text)]
                left = text[hit.start() - 1] if hit.start() > 0 else ""
                if spec["anchor"] in line and (left in _PUNCT_END or not re.match(r"[\u4e00-\u9fff]", left)):
                    out.append(PolicyMatch(hit.start(), hit.end(), spec["name"], "policy.elliptical"))
        return out

    # -- boundaries ----------------------------------------------------------

    def _edition_end(self, text: str, end: int) -> int:
        """End of a trailing edition marker written right after a name ((2023—2025年)), else ``end``."""
        edition = self._edition_tail.match(text, end)
        return edition.end() if edition else end

    def _right_ok(self, text: str, end: int) -> bool:
        if _AND_BODY.match(text, end):
            return False  # 天津市规划|和自然资源局: the first half of a body's name
        return (_after(text, end) in _PUNCT_END or text.startswith(self.right_words, end)
                or EXCERPT_MARK.match(text, end) is not None)

    def _left_cut(self, text: str, lo: int, hi: int, stops: list[str]) -> int:
        """Start of the name ending at ``hi``: after punctuation, a stop word or an open quote."""
        start = hi
        while start > lo and _NAME_CHAR.match(text[start - 1]):
            start -= 1
        best = start
        for word in stops:
            at = text.rfind(word, start, hi)
            if at >= 0 and at + len(word) > best:
                best = at + len(word)
        return balance_quotes(text, best, hi)


#: The generic words a quoted system works by (“链长制”工作机制): the policy is the system.
_SYSTEM_WORDS = ("工作机制", "工作制度")
#: A list's 等 before a campaign's head (“两打两清”等专项…行动; not 高等教育, 平等就业).
_LIST_ETC = re.compile(r"(?<![高中平同均初对])等")


def _duty_systems(text: str) -> list[PolicyMatch]:
    """X(Y)长责任制 is the mechanism X长制 (河(湖)长责任制 -> 河长制, ANNOTATION.md rule 20)."""
    return [PolicyMatch(h.start(), h.end(), h.group(1) + "长制", "policy.short_form")
            for h in _DUTY_SYSTEM.finditer(text)]


#: The rest of a body's name after 和 (规划和自然资源局, 规划和自然资源分局).
_AND_BODY = re.compile(r"和[\u4e00-\u9fff]{2,6}?(?:分局|局|委员会|委)")


def _after(text: str, end: int) -> str:
    return text[end] if end < len(text) else ""


def _dedupe(found: list[PolicyMatch]) -> list[PolicyMatch]:
    """One match per span; where spans overlap the longer one wins (each span checked against the
    characters the kept ones cover, not against every kept one)."""
    if any(m.start >= m.end for m in found):  # never so; TakenSpans needs characters to mark
        return _dedupe_plainly(found)
    kept: list[PolicyMatch] = []
    taken = TakenSpans(max(m.end for m in found) if found else 0)
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if not taken.overlaps(m.start, m.end):
            kept.append(m)
            taken.add(m.start, m.end)
    return sorted(kept, key=lambda m: (m.start, m.end))


def _dedupe_plainly(found: list[PolicyMatch]) -> list[PolicyMatch]:
    """:func:`_dedupe` comparing each span with every kept one (empty spans too)."""
    kept: list[PolicyMatch] = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))
