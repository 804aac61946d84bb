"""Industry-chain vocabulary (``data/industry_chains.yml``) and its matcher.

A taxonomy term counts as an IndustryChain mention when the text confirms
it is an industry: a following 产业/产业链/行业/领域/集群, or a list of such
terms. A compound written as one (新能源新材料) stays one chain; composites
joined by 和 (电子信息和人工智能) are split into their parts.

Example:
    >>> cm = ChainMatcher()
    >>> [(s, e, r) for s, e, r in cm.find("发展新能源新材料产业和电子信息和人工智能产业")]
    [(2, 8, 'taxonomy'), (11, 15, 'taxonomy.composite'), (16, 20, 'taxonomy.composite')]
    >>> cm.canonical("高端装备")
    '高端装备制造'
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from extractors import lexicon, segment
from extractors.base import YAML_LOADER
from extractors.matching import DictMatcher
from extractors.name_words import CHAIN_QUALIFIERS


CHAINS_FILE = Path(__file__).with_name("data") / "industry_chains.yml"
_CLAUSE_END = re.compile(r"[，。；：,;:！？!?\n]")
_LIST_REACH = 40
_AS_INDUSTRY = re.compile(r"把(?P<x>[\u4e00-\u9fff]{2,8}?)作为[^，。；,;]{0,10}?(?:首位|主导|支柱|特色|优势|重点)产业"
                          r"|以(?P<y>[\u4e00-\u9fff]{2,6}?)行业为(?:龙头|主导|引领|核心)")
#: An industry a development verb makes a whole chain of (做优白茶全产业链, 做强竹产业链), also outside the taxonomy.
_CHAIN_VERBS = "做强|做大|做优|做精|做实|延伸|培育|壮大|打造|完善|补强"
#: What a 链主 does to its chain (以E为链主，带动C产业链; 以E为链主企业，…打造C产业链): the chain verbs and a leader's.
LEADER_VERBS = f"带动|引领|牵引|构建|{_CHAIN_VERBS}"
#: 做优X全产业链 (not 做大|做强|产业链: two verbs, no industry between them).
_WHOLE_CHAIN = re.compile(rf"(?:{_CHAIN_VERBS})(?P<x>(?!{_CHAIN_VERBS})[\u4e00-\u9fff]{{1,4}}?)全?产业链")
_NAMED_AFTER = re.compile(r"[化园]")
_COUNTED_CLASS = re.compile(r"^[一二三四五六七八九十两]+(?:大|条|个)")
_STEP = re.compile(r"(?:产业链?)?环节|产业化")
_QUALIFIER = re.compile(r"[^，。；,;、]{0,10}?(?:企业|龙头|公司|厂商)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# a bare numbered sub-heading line (二、港航物流; (一)高端化工新材料), the task's verb before the topic left out
# (五、稳妥发展海洋新能源)
_BARE_HEADING = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、])[ \t]*"
                           r"(?:(?:稳妥|积极|加快|大力|有序|前瞻)?(?:发展|培育|布局|壮大|做强|做优|做大|提升))?"
                           r"(?P<topic>[\u4e00-\u9fff]{2,10})[ \t]*(?:$|[:：])", re.M)
_RANKS = (re.compile(r"^第[一二三四五六七八九十]+章"), re.compile(r"^第[一二三四五六七八九十]+节"),
          re.compile(r"^[一二三四五六七八九十]{1,3}、"))


class ChainMatcher:
    """Find industry-chain terms and give their canonical names."""

    def __init__(self, path: Path = CHAINS_FILE) -> None:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
        self.canonical_of: dict[str, str] = {}
        for name, spec in data["chains"].items():
            self.canonical_of[name] = name
            for alias in spec.get("aliases", []):
                self.canonical_of.setdefault(alias, name)
        self._terms = tuple(self.canonical_of)
        self.composites: dict[str, list[str]] = data.get("composites", {})
        self.confirm = tuple(sorted(data["confirm_after"], key=len, reverse=True))
        self.joiners = tuple(data.get("list_joiners", []))
        self.topic_verbs = tuple(data.get("confirm_before_whole", []))
        self.closers = tuple(data.get("list_closers", []))
        self.heading_closers = tuple(data.get("heading_closers", []))
        self.verbs = tuple(data.get("confirm_before", []))
        self.broad_classes = frozenset(data.get("broad_classes", []))
        terms = {t: "taxonomy" for t in self.canonical_of} | {t: "composite" for t in self.composites}
        self.matcher = DictMatcher(terms)

    def canonical(self, surface: str, text: str = "") -> str:
        """Canonical chain name of a surface form (产业/产业链/行业 stripped for unknown ones); '' for a
        counted class (四大支柱产业), which names no industry. With the document's ``text``, a taxonomy alias
        takes its canonical name only where the text writes that name (the alias may hold it: 高端装备制造业,
        大数据存储和应用); elsewhere the chain is named as written (rule 19: 文化旅游 where no 休闲旅游 is written)."""
        if surface in self.canonical_of:
            name = self.canonical_of[surface]
            return name if not text or name in text else surface
        if _COUNTED_CLASS.match(surface):
            return ""
        for tail in ("产业链", "产业", "行业"):
            if surface.endswith(tail) and len(surface) > len(tail) + 1:
                return surface[: -len(tail)]
        return surface

    def ends_with_term(self, text: str) -> bool:
        """True if ``text`` ends with a taxonomy term (高端装备, 绿色新能源装备 -> 新能源装备)."""
        return text.endswith(self._terms)  # any(text.endswith(term) for term in self.canonical_of), in C

    def _confirmed(self, text: str, start: int, end: int) -> bool:
        """An industry word after the term, or after the list it opens (新能源、新材料产业), or a
        development verb right before it (做强数字经济)."""
        word = next((w for w in self.confirm if text.startswith(w, end)), None) if text.startswith(self.confirm, end) else None
        if (word is not None and not (word == "企业" and _FIRM_COUNT.match(text, end + 2))) \
                or text.endswith(self.verbs, 0, start):
            return True  # not a count of firms of a kind (集聚光通信企业120余家, 新引进智能装备企业11家)
        if text.endswith(self.topic_verbs, 0, start) and (text.startswith(self.joiners, end) or not _HAN.match(text, end)):
            return True  # 围绕航空物流，… (but not 围绕创新药研发)
        if text.startswith(("项目", "板块"), end) and HEADING_OPENING.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
            return True  # (一)高端装备制造项目多点开花: a numbered heading opened by the industry of its projects
        if not text.startswith(self.joiners, end):
            return False
        if self._verb_list(text, start, end):
            return True
        clause = _CLAUSE_END.search(text, end, end + _LIST_REACH)
        stop = clause.start() if clause else min(len(text), end + _LIST_REACH)
        closers = self.closers if text[end] != "等" else [w for w in self.closers if w != "企业"]
        if start == 0 or text[start - 1] == "\n":  # a category heading line (高端装备制造和大数据项目。)
            closers = [*closers, *self.heading_closers]
        return any(_closes(text, word, end, stop + 1) for word in closers)  # 长荣印刷等企业: instances

    def _verb_list(self, text: str, start: int, end: int) -> bool:
        """The term closes a list (…、文化创意等，) that a development verb opens (积极发展商业楼宇、…)."""
        if not (text.startswith("等", end) and _CLAUSE_END.match(text, end + 1)):
            return False
        lo = max(0, start - _LIST_REACH)
        clause = max((m.end() for m in _CLAUSE_END.finditer(text, lo, start)), default=lo)  # each end is >= lo
        head = text[clause:start]
        return any(re.search(f"{verb}(?:[^、，。；]{{2,10}}、)+$", head) for verb in self.verbs)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, rule)`` of every confirmed chain term."""
        out: list[tuple[int, int, str]] = []
        listed = -1  # end of the last confirmed term: the next item of its list is confirmed too
        for start, end, kind in self.matcher.finditer(text):
            if _qualifier(text, start, end) or not (text[listed:start] in self.joiners or self._confirmed(text, start, end)):
                continue
            listed = end
            term = text[start:end]
            if kind == "composite":
                pos = start
                for part in self.composites[term]:
                    at = text.find(part, pos, end)
                    if at >= 0:
                        out.append((at, at + len(part), "taxonomy.composite"))
                        pos = at + len(part)
            elif term in self.broad_classes:
                out.append((_compound_start(text, start), end, "taxonomy"))  # 食品医药: a compound, no class
            else:
                out.append((start, end, "taxonomy"))
        found = {(s, e) for s, e, _ in out}
        ends = {e for _, e, _ in out}  # a term ending where a led chain's words end names it (江阴|集成电路|产业链链主)
        out += [x for x in self.bare_headings(text) + _set_as_industry(text) if (x[0], x[1]) not in found
                and not (x[2] == "pattern.led_chain" and x[1] in ends)]
        return _drop_broad_tails(text, out, self.broad_classes)

    def bare_headings(self, text: str) -> list[tuple[int, int, str]]:
        """A numbered sub-heading that is only an industry (二、港航物流; run in: 1. 生物医药：依托…) under a heading
        naming an industry chain (第一节 做强石化新材料产业链, 二、主导产业), or that is a chain's own name run in under any
        heading ((一)集成电路：聚焦…, not 八、金融): it ends with a taxonomy term."""
        return [(m.start("topic"), m.end("topic"), "heading.topic") for m in _BARE_HEADING.finditer(text)
                if self.ends_with_term(m.group("topic")) and (
                    m.group("topic") in self.canonical_of and m.group().endswith(("：", ":"))
                    or "产业" in _parent_heading(text, m.start()))]


#: A numbered heading's marker, all that stands before a term opening the heading ((一), 一、, 1.).
HEADING_OPENING = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])[ \t\u3000]*")


#: What stands before an industry's compound name opening a list or an object (的食品医药, 、食品医药, 围绕食品医药).
_COMPOUND_BEFORE = frozenset("的、，,：:和及与\n")


def _compound_start(text: str, start: int) -> int:
    """Where a broad class's compound opens (食品|医药: 食品医药, as written, rule 19): a noun of two characters glued
    before it, itself after a list mark, a verb or no Chinese; else ``start`` (发展医药, 重点医药)."""
    word = text[max(0, start - 2):start]
    if len(word) < 2 or not all(map(_HAN.match, word)) or word in CHAIN_QUALIFIERS or lexicon.tagged(word, "verb") \
            or not lexicon.count(word):
        return start
    before = text[start - 3:start - 2]
    opened = not before or before in _COMPOUND_BEFORE or not _HAN.match(before) \
        or lexicon.tagged(text[max(0, start - 4):start - 2], "verb")
    return start - 2 if opened else start


def _drop_broad_tails(text: str, found: list[tuple[int, int, str]],
                      classes: frozenset[str]) -> list[tuple[int, int, str]]:
    """Drop a broad class that is the tail of a longer chain the same text names (装备制造 beside
    高端装备制造, 医药 beside 生物医药/中医药): the class, not a chain of its own (ANNOTATION.md rule 19)."""
    surfaces = {text[s:e] for s, e, _ in found}
    broad = {t for t in surfaces & classes if any(len(o) > len(t) and o.endswith(t) for o in surfaces)}
    return [x for x in found if text[x[0]:x[1]] not in broad]


def _closes(text: str, word: str, start: int, stop: int) -> bool:
    """``word`` occurs in ``[start, stop)`` and is not 产业化 or the head of a park name (产业园)."""
    at = text.find(word, start, stop)
    while at >= 0:
        if not _NAMED_AFTER.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1, stop)
    return False


def _set_as_industry(text: str) -> list[tuple[int, int, str]]:
    """X in 把X作为(…的)主导/首位/支柱…产业, 以X行业为龙头, 做优X全产业链 or 以E为龙头的X产业集群: an industry the text sets
    as its target."""
    found = [(m.start(g), m.end(g), "pattern.as_industry") for m in _AS_INDUSTRY.finditer(text)
             for g in ("x", "y") if m.group(g)]
    found += [(m.start("x"), m.end("x"), "pattern.led_cluster") for m in LED_CLUSTER.finditer(text)
              if not _UNNAMED.search(m.group("x"))]
    found += [(m.start("x"), m.end("x"), "pattern.whole_chain") for m in _WHOLE_CHAIN.finditer(text)
              if not _UNNAMED.search(m.group("x"))]
    found += [(m.start(g), m.end(g), "pattern.led_chain") for m in _LED_CHAIN.finditer(text) for g in ("x", "y")
              if m.group(g) and not _UNNAMED.search(m.group(g))]
    found += [(m.start("x"), m.end("x"), "pattern.led_chain") for m in _DRIVEN_CHAIN.finditer(text)
              if not _UNNAMED.search(m.group("x"))]
    return found + _chain_list(text) + _leaders_chains(text)


#: A chain a 链长 heads (担任航天产业链链长; 。航天产业链实行链长制), whatever the taxonomy holds.
_LED_CHAIN = re.compile(r"(?:担任|任)(?P<x>[\u4e00-\u9fff]{2,6}?)产业链(?:副)?链长"
                        r"|(?:^|(?<=[，。；,;\n]))(?P<y>[\u4e00-\u9fff]{2,6}?)产业链(?:实行|推行|落实|建立|全面推行)链长制", re.M)


#: A chain a 链主's clause goes on to drive or build (以E为链主，做强碳纤维及复合材料产业链), whatever the taxonomy holds.
_DRIVEN_CHAIN = re.compile(rf"为[“\"]?链主(?:企业)?[”\"]?[，,](?:{LEADER_VERBS})(?P<x>[\u4e00-\u9fff]{{2,10}}?)(?:全)?产业链")


#: A list of industries a verb sets as the text's chains (聚焦智能家电、集成电路、绿色化工、影视文化等重点产业链; 围绕花卉、
#: 数字经济、生物医药和大健康、新能源电池四条产业链), each a chain whatever the taxonomy holds.
_CHAIN_LIST = re.compile(r"(?:聚焦|围绕|培育|发展|打造|做强|壮大|突出|包括|涵盖|覆盖)[“\"]?(?P<list>(?:(?!等)[\u4e00-\u9fff]){2,10}?"
                         r"(?:[、和及](?:(?!等)[\u4e00-\u9fff]){2,10}?){2,11})[”\"]?(?:等(?:[一二三四五六七八九十两\d]+[条个大])?"
                         r"|[一二三四五六七八九十两\d]+[条个大])"
                         r"(?:重点|主导|优势|特色|新兴|战略性新兴|先进制造业)?产业链(?:群)?")
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,10}")
#: The chains firms listed before lead in turn (E1、E2、E3分别作为A、B与C、D产业链的链主企业): a list of chains.
_LEADERS_CHAINS = re.compile(r"分别(?:作为|是|为|成为|担任)(?P<list>[\u4e00-\u9fff]{2,10}?(?:、[\u4e00-\u9fff]{2,10}?){1,11})"
                             r"产业链的?[“\"]?链主")


#: A chain a text names a leading firm of (眼镜产业链链主企业瓯眼光学, 是我区锁具产业链的“链主”, 处州白莲产业链以E为链主企业):
#: the word before 产业链.
_LEADER_OF = re.compile(r"产业链(?:的)?[“\"]?链主|产业链(?=以[^，。；,;\n]{2,40}?为[“\"]?链主)")


def _leaders_chains(text: str) -> list[tuple[int, int, str]]:
    """The chain of each 链主 written after its chain (:data:`_LEADER_OF`), whatever the taxonomy holds: all of a firm's
    note in brackets before 产业链 (:data:`_NOTED_CHAIN`), else the dictionary words of two to eight characters right
    before it from where they open the name (重点跟踪|眼镜|产业链链主企业, 作为|智能车联网|产业链: after a verb, a mark or
    我区), or any words after a mark (，处州白莲|产业链以E为链主企业)."""
    out = []
    for m in _LEADER_OF.finditer(text):
        end = m.start()
        if (noted := _NOTED_CHAIN.search(text, max(0, end - 12), end)) is not None:
            out.append((noted.start("x"), end, "pattern.led_chain"))  # 恒瑞智能（工程机械及关键零部件|产业链链主企业）
            continue
        words = segment.cut(text[max(0, end - 10):end])
        opening = next((k for k in range(len(words) - 1, -1, -1) if _opens_chain(words[k])), -1)
        named = words[opening + 1:]
        while len(named) > 1 and lexicon.tagged(named[0], "verb"):
            named = named[1:]  # 重点跟踪|眼镜, 推动|智能制造 (服装 and 制造 are verbs to the dictionary too: not first)
        name = "".join(named)
        if opening >= 0 and 2 <= len(name) <= 8 and _LIST_ITEM.fullmatch(name) \
                and (all(lexicon.count(w) for w in named) or not _HAN.match(words[opening])) and not _UNNAMED.search(name):
            out.append((end - len(name), end, "pattern.led_chain"))  # not 安全应急|装备, 关键|零部件: a longer name's end
    return out


def _opens_chain(word: str) -> bool:
    """A chain's name written before 产业链链主 opens after ``word``: a mark, a word of :data:`_OPENERS` or a qualifier
    (入选福建省|重点|产业链链主企业名单: no chain named)."""
    return not _HAN.match(word) or word in _OPENERS or word in CHAIN_QUALIFIERS \
        or len(word) >= 3 and word[-1] in "区市县镇"  # 作为鹿城区|眼镜|产业链的链主企业: the place's chain


#: A chain's name opening a firm's note in brackets (恒瑞智能（工程机械及关键零部件产业链链主企业）): all of it.
_NOTED_CHAIN = re.compile(r"[（(](?P<x>[\u4e00-\u9fff]{2,10})$")
#: Words a chain's name written before 产业链链主 may follow (是我区|眼镜产业链链主企业), beside marks and qualifiers (a verb
#: right before the name is dropped from it: 重点跟踪|眼镜).
_OPENERS = frozenset(("我区", "全区", "我市", "全市", "我县", "全县", "区", "市", "县", "的", "作为", "为", "是", "和", "及",
                      "担任"))


def _chain_list(text: str) -> list[tuple[int, int, str]]:
    """Each item of a list of industries set as chains (:data:`_CHAIN_LIST`, and the chains listed firms lead in turn:
    :data:`_LEADERS_CHAINS`) that names one (no 相关…, no …等)."""
    out = []
    for m in [*_CHAIN_LIST.finditer(text), *_LEADERS_CHAINS.finditer(text)]:
        base = m.start("list")
        items = _list_items(m.group("list"), base)
        if all(_LIST_ITEM.fullmatch(text, s, e) and "的" not in text[s:e] for s, e in items):
            out += [(s, e, "pattern.chain_list") for s, e in items if not _UNNAMED.search(text[s:e])]
    return out


def _list_items(listed: str, base: int) -> list[tuple[int, int]]:
    """The spans of a list's items (from ``base``): split at 、 and 和, the last item also at 及 (A、B及C); 及 inside an
    item before the last joins one chain's two parts (智能装备、汽车摩托车及零部件、绿色能源)."""
    parts = listed.split("、")
    spans, start = [], 0
    for k, part in enumerate(parts):
        joins = "[^和及]+" if k == len(parts) - 1 else "[^和]+"
        spans += [(base + start + i.start(), base + start + i.end()) for i in re.finditer(joins, part)]
        start += len(part) + 1
    return spans


#: A cluster or chain led by a firm (以中科锂能为龙头的电池产业集群): the industry, whatever its name.
LED_CLUSTER = re.compile(r"以(?P<lead>[^，。；,;、以]{2,40}?)为(?:龙头|链主|“链主”|引领|核心)的(?P<x>[\u4e00-\u9fff]{2,8}?)产业(?:集群|链)")


#: Words that make ``X`` of 做强X产业链 no industry's name (各类, 相关, 本地, 现有…).
_UNNAMED = re.compile(r"^(?:各|相关|本地|现有|重点|优势|特色|主导|标志性|地方|区域|产业|整个|完整|这|该|其|新兴|传统|支柱|战略|未来|核心|关键"
                      r"|全|上下游|配套|的)|(?:的|等|和|与|级)$"
                      r"|^(?:先进)?制造业$|^工业$|^(?:现代)?服务业$")  # (全省制造业产业链链主企业: a province's list)


#: A count of firms after 企业 (120余家, 11家, 三家): firms of a kind counted, no industry the text develops.
_FIRM_COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)(?:余|多)?家")


def _qualifier(text: str, start: int, end: int) -> bool:
    """A link of a chain (智能装备制造产业环节), a product's industrialisation (氢能产业化) or a kind of
    enterprise (等装备制造龙头企业): not a chain."""
    return _STEP.match(text, end) is not None or (text[start - 1:start] == "等" and _QUALIFIER.match(text, end) is not None)


def _parent_heading(text: str, pos: int) -> str:
    """The nearest heading line of a higher rank before ``pos`` ('' if none): 第…章/节 above 一、,
    and 一、 above (一)."""
    ranks = _RANKS[: 2 if text.startswith(("一", "二", "三", "四", "五", "六", "七", "八", "九", "十"), pos) else 3]
    end = pos
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        if any(r.match(line) for r in ranks):
            return line
        end = start
    return ""


@lru_cache(maxsize=1)
def chain_terms() -> frozenset[str]:
    """The industries' names and aliases of the chain vocabulary (轨道交通, 生物医药, 医疗器械)."""
    return frozenset(ChainMatcher().canonical_of)
