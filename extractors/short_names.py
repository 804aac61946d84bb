"""A registered company written by its short name elsewhere: 乐金显示 of 乐金显示(广州)有限公司, 力神电池 of
天津力神电池股份有限公司, 粤芯半导体 of 粤芯半导体技术股份有限公司.

A registered name (one ending in 公司, not a 分公司) gives its short forms: the name without the place in
front (天津, 广州市, 昆山 when the text names 昆山市), without the bracketed place and everything after it, and
without its legal form, then each start of what is left that ends on a word, has three characters or more
and holds a word telling one firm from others (乐金显示; not 轨道交通 of 苏州市轨道交通集团有限公司, nor 中关村
of 北京中关村协同发展投资有限公司: see :func:`distinctive`). A short form in the text is an Enterprise mention
named by the registered name where it starts and ends on word bounds (or next to a one-character word the
segmenter glued to it: 由乐金|显示), overlaps no other mention and opens no phase or project (佛罗伦萨小镇三期 is
the outlet's third phase); a short form two registered names give names neither, and one the text writes before a
zone's or a road's word (临空港经开区, 临空港大道 of 武汉临空港科技投资有限公司) is that place's name there.

The registered names are the text's own Enterprise mentions and, in a build, those of the other documents
whose short forms the text writes (``known``, found by :mod:`kg.corpus_firms` after every document was
extracted once): a 2022 text writing only 乐金显示 names the firm a 2020 text registered.

Example:
    >>> short_forms("乐金显示(广州)光电科技有限公司")
    ['乐金显示', '乐金显示光电科技', '乐金显示光电科技有限公司']
    >>> short_forms("中国石油化工股份有限公司天津分公司")
    []
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Mapping
from itertools import accumulate

from spacy.tokens import Doc

from extractors import lexicon
from extractors.base import FIRM_FORMS, KNOWN_FIRMS, text_of, token_offsets
from extractors.chains import chain_terms
from extractors.name_filters import PHASE_AFTER  # a phase right after a firm's short form (中创锂能二期): its works
from extractors.name_repeats import RULE as REPEAT_RULE
from extractors.project_tables import header_words, table_lines
from extractors.proper import city_forms, jieba_words, proper_word
from extractors.text_marks import said_short
from schema import Label, Mention

RULE = "short_name.registered"
#: The shortest short form (two characters, 三一 or 长荣, read as too many other things).
MIN_SHORT = 3
_LEGAL = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)$")
_BRACKET = re.compile(r"[(（][^()（）]{1,12}[)）]")
_PLACE_HEAD = re.compile(r"^(?:中国|[\u4e00-\u9fff]{2}[省市])")
#: What a short form must not open: a phase or a work (then the words name a project, not the firm).
PHASE_RULE = "short_name.phase"
_WORK_AFTER = re.compile(r"[一二三四五六七八九十\d]{1,2}期|项目|工程|[A-Za-z]?\d")
#: What makes a short form a place's name where it is written before it: a zone's or a road's word (武汉临空港科技投资
#: 有限公司 is named after its zone: 临空港经开区, 临空港大道; 深圳市坂雪岗置业有限公司 after its area: 坂雪岗科技城).
PLACE_AFTER = re.compile(r"经济技术开发区|经济开发区|经开区|开发区|高新区|新区|综保区|保税区|自贸区|片区|港区|科技城|科学城|新城|大道|大街"
                         r"|路(?![线径演况])|街(?!头)")


def short_forms(name: str, places: Iterable[str] = ()) -> list[str]:
    """The short forms of the registered company ``name``, shortest first; ``places``: place names (and short
    forms) of the text that may open it besides a province or city. Names of branches (分公司) give none."""
    if not name.endswith("公司") or name.endswith("分公司"):
        return []
    head = _head(name, frozenset(places))
    bracket = _BRACKET.search(head)
    brand = head[:bracket.start()] if bracket else _LEGAL.sub("", head)
    ends = _word_ends(brand)
    zone = max((n for n in ends if _ZONE_END.search(brand[:n])), default=0)  # no part of a zone it opens with
    forms = [brand[:n] for n in ends if n >= MIN_SHORT and n > zone and distinctive(brand[:n])]  # (京津中关村科技)
    # a form also ends one character into the word after a form (恒锦新材 of 恒锦新|材料: a trade word written short)
    forms = sorted({*forms, *(f + brand[len(f)] for f in forms if len(f) + 1 < len(brand) and len(f) + 1 not in ends)},
                   key=len)
    forms += [f[:-len(word)] + short for f in forms for word, short in _CONTRACTED.items()
              if f.endswith(word) and len(f) > len(word) and f[:-len(word)] + short not in forms]
    if bracket and brand not in forms and _own_brand(brand):
        forms.append(brand)  # the name a firm writes before its city (中金数据 of 中金数据(武汉)超算技术有限公司)
    full = _BRACKET.sub("", head)
    return forms + [f for f in (_LEGAL.sub("", full), full)
                    if f not in forms and len(f) >= MIN_SHORT and distinctive(_LEGAL.sub("", f))]


#: Trade words a firm's short form writes contracted (兴澄特钢 of 江阴兴澄特种钢铁有限公司).
_CONTRACTED = {"特种钢铁": "特钢", "重型机械": "重机", "石油化工": "石化", "精密机械": "精机", "化学工业": "化工"}


def _word_ends(brand: str) -> list[int]:
    """Where a word of ``brand`` ends, also inside a dictionary word made of two (信息|技术 of 海光信息技术): a short
    form ends on a word (中芯国际, not 中芯国 of 中芯国际集成电路制造)."""
    ends: set[int] = set()
    start = 0
    for word in jieba_words(brand):
        ends.add(start + len(word))
        ends.update(start + i for i in range(2, len(word) - 1) if lexicon.count(word[:i]) and lexicon.count(word[i:]))
        start += len(word)
    return sorted(ends)


#: The end of a place's or a zone's name: 经开区 of 长沙经开区投资控股有限公司 is the zone, 韩家墅 of
#: 天津韩家墅农产品市场管理有限公司 the village and market (巩固韩家墅作为天津“菜篮子”的地位), 阳澄湖 the lake, 中德生态园 of
#: 青岛中德生态园发展有限公司 the park, 京津中关村科技城 of 天津京津中关村科技城发展有限公司 the park.
_PLACE_END = re.compile(r"(?:[区县镇乡村省市庄屯营堡墅坨沽洼寨湖河岛园城]|街道)$")
#: The end of a zone's name a firm's name opens with (京津中关村科技城 of 天津京津中关村科技城发展有限公司).
_ZONE_END = re.compile(r"(?:城|园|园区|新区|开发区)$")
#: A dictionary word this rare (jieba's count) is a trade name's (丰田 of 一汽丰田 is not, 一汽 is).
RARE = 100
#: Both halves of a dictionary word this common make it a phrase (城市更新), no trade name.
_COMMON = 1000


def distinctive(form: str) -> bool:
    """Whether ``form`` holds a word that tells one firm from others: one the dictionary does not know and that
    is a proper element (力神, 乐金, SMC), or a rare one (一汽, 富士达, 诺和诺德); not a place word as common as
    中关村 or 新城, nor a phrase of two common words (城市更新), nor a name ending as a place's (经开区, 韩家墅), nor an
    industry's name (医疗器械).

    Example:
        >>> [distinctive(f) for f in ("力神电池", "一汽丰田", "中关村", "高铁新城", "城市更新")]
        [True, True, False, False, False]
    """
    words = [w for w in jieba_words(form) if w.strip()]
    if _PLACE_END.search(form) or len(words) == 1 and _phrase(form) or form in chain_terms():
        return False  # (医疗器械 of 常州安康医疗器械有限公司, whose 安康 read as the city: an industry's name)
    return any(proper_word(w) if not lexicon.count(w) else len(w) >= 2 and lexicon.count(w) <= RARE for w in words)


def _own_brand(brand: str) -> bool:
    """Whether the words before a registered name's bracketed city are a brand (中金数据, 益海嘉里): three characters
    or more, no place's or zone's name, no phrase of two common words."""
    return len(brand) >= MIN_SHORT and not _PLACE_END.search(brand) and not _phrase(brand) \
        and not (len(jieba_words(brand)) == 1 and (lexicon.count(brand) or 0) >= _COMMON)


def _phrase(word: str) -> bool:
    """A dictionary word made of two common dictionary words (城市|更新)."""
    return any((lexicon.count(word[:i]) or 0) >= _COMMON and (lexicon.count(word[i:]) or 0) >= _COMMON
               for i in range(2, len(word) - 1))


def _head(name: str, places: frozenset[str]) -> str:
    """``name`` without the place in front of it (two at most: 天津市北辰区…)."""
    for second in (False, True):  # a city's short form only first (常州|安康医疗…: 安康 is the brand here, no city)
        match = _PLACE_HEAD.match(name)
        cut = match.end() if match else next((n for n in (4, 3, 2) if name[:n] in places
                                              or name[:n] in city_forms() and (not second or name[n - 1] in "区县市旗")), 0)
        if not cut or len(name) - cut < MIN_SHORT + 2:
            break
        name = name[cut:]
    return name


def short_names_of(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """:func:`short_name_mentions` of a doc whose mentions ``kept`` are settled (``kg_overlaps``), with the
    corpus's short forms the build gave it (:data:`extractors.base.KNOWN_FIRMS`)."""
    starts, ends, _ = token_offsets(doc)
    forms = firm_forms(_registered(kept), text_places(kept))  # the document's own
    declared = _declared_forms(text_of(doc), kept) | table_short_forms(text_of(doc), kept)
    for form, name in declared.items():  # and those it declares (雨花城投), for the others
        if len(form) >= MIN_SHORT and distinctive(form):
            forms.setdefault(form, set()).add(name)
    doc.user_data[FIRM_FORMS] = forms
    return short_name_mentions(text_of(doc), kept, _Sorted(starts), _Sorted(ends), doc.user_data.get(KNOWN_FIRMS),
                               forms, declared)


class _Sorted:
    """Membership in a sorted list of offsets by bisection (no set of every token's offset built per text)."""

    def __init__(self, offsets: list[int]) -> None:
        self.offsets = offsets

    def __contains__(self, pos: object) -> bool:
        i = bisect_left(self.offsets, pos)
        return i < len(self.offsets) and self.offsets[i] == pos


def short_name_mentions(text: str, mentions: list[Mention], starts: Collection[int], ends: Collection[int],
                        known: Mapping[str, str] | None = None, own: Mapping[str, set[str]] | None = None,
                        declared: Mapping[str, str] | None = None) -> list[Mention]:
    """Enterprise mentions of the short forms of the registered names among ``mentions`` written in ``text``
    (``starts``/``ends``: word bounds), where no mention of ``mentions`` is but one of a declared short form as
    written or a place's short form (which the caller drops); ``known``: short forms of other
    documents' registered names -> the name (a form both a name of the text and one of ``known`` give names
    neither); ``own``: :func:`firm_forms` of ``mentions`` and ``declared`` the short forms the text declares, if
    already found. A form the text writes before a zone's or
    a road's word (:data:`PLACE_AFTER`) names that place in it, nowhere the firm."""
    if own is None:
        own = firm_forms(_registered(mentions), text_places(mentions))
    subsidiaries = _introduced_subsidiaries(text, mentions)
    declared = _declared_forms(text, mentions) if declared is None else declared
    forms = {form: {declared[form]} if form in declared else _brand_owners(names, subsidiaries)
             for form, names in own.items()}
    for form, name in (known or {}).items():
        forms.setdefault(form, set()).add(name)
    owner = {form: next(iter(names)) for form, names in forms.items() if len(names) == 1 and form not in names}
    firms = sorted((form for form, names in forms.items() if names and form not in names), key=len, reverse=True)
    if not firms:
        return []
    said = {**(known or {}), **declared}  # the forms another document or this one declares
    first: dict[str, int] = {}  # where the text first writes each firm's name
    for m in mentions:
        if m.label == Label.ENTERPRISE:
            first.setdefault(m.name, m.start)
    spans = sorted((m.start, m.end) for m in mentions
                   if not _bare_form(m, owner, said) and not _listed_after_name(m, owner, first) and not place_short(m))
    return _written_forms(text, list(re.finditer("|".join(map(re.escape, firms)), text)), owner, spans, (starts, ends))


def _written_forms(text: str, matches: list[re.Match[str]], owner: Mapping[str, str], spans: list[tuple[int, int]],
                   bounds: tuple[Collection[int], Collection[int]]) -> list[Mention]:
    """The short forms ``matches`` on word ``bounds`` and in no mention's ``spans``: the firm where one ``owner`` gives the
    form, and a firm's phase right after it whoever's it is (中|创锂|能|二期, which the segmenter cut for the name rules)."""
    places = {hit.group() for hit in matches if PLACE_AFTER.match(text, hit.end())}
    reach = list(accumulate((e for _, e in spans), max))  # the furthest end of the spans up to each
    found = []
    for match in matches:
        start, end = match.span()
        i = bisect_left(spans, (end, -1))  # the spans starting before ``end``
        if not _on_bounds(text, start, end, *bounds) or match.group() in places:
            continue
        if (phase := PHASE_AFTER.match(text, end)) is not None and _only_form(spans, start, end, phase.end()):
            found.append(Mention(label=Label.PROJECT, text=text[start:phase.end()], name=text[start:phase.end()],
                                 start=start, end=phase.end(), rule=PHASE_RULE))
        elif (i and reach[i - 1] > start) or phase is not None:
            continue
        elif match.group() in owner and not _WORK_AFTER.match(text, end):
            found.append(Mention(label=Label.ENTERPRISE, text=match.group(), name=owner[match.group()],
                                 start=start, end=end, rule=RULE))
    return found


def place_short(m: Mention) -> bool:
    """A county's or town's short form (雨花 of 雨花区): inside a firm's short form (雨花城投) it is the firm's."""
    return m.label in (Label.REGION, Label.TOWN) and m.rule.endswith("_short")


def _only_form(spans: list[tuple[int, int]], start: int, end: int, phase_end: int) -> bool:
    """Whether no mention's span but the form's own (``start``-``end``, a name repeated) touches the form and its phase
    ending at ``phase_end``."""
    lo, hi = bisect_left(spans, (start - _LONGEST_NAME, -1)), bisect_left(spans, (phase_end, -1))
    return all(span == (start, end) for span in spans[lo:hi] if span[1] > start)


#: No mention is longer: the spans that may touch a form start at most this far before it.
_LONGEST_NAME = 80


def _bare_form(m: Mention, owner: Mapping[str, str], declared: Mapping[str, str]) -> bool:
    """An Enterprise mention named as written by a short form the text declares for a registered name, or another
    document does (驰远动力 of （股票简称“驰远动力”） in a list whose walk found no more of it; 智驰汽车, declared by a plan
    and listed in a later news item; not 天士力 of 天津天士力制药有限公司 in the same text, maybe its group), or a list's
    item read as a project that is a registered firm's short form (中科芯航、星河卫星等23个项目: the firms, ONTOLOGY rule
    15): the short form's mention takes its place."""
    if m.label == Label.PROJECT:
        return m.rule.startswith("enum.") and m.name == m.text and m.text in owner
    return m.label == Label.ENTERPRISE and m.name == m.text and m.text in declared and owner.get(m.text) == declared[m.text]


def _listed_after_name(m: Mention, owner: Mapping[str, str], first: Mapping[str, int]) -> bool:
    """An Enterprise mention a list found (or its repeat), named as written by a short form of one registered name the
    text wrote before it (浙江德汇智能装备有限公司… 服务好德汇智能、恒瑞新能源等重点企业): the short form's mention takes
    its place (not 依托天士力、中新药业等重点企业，推动天津天士力制药有限公司…: a group's name, maybe, before the firm's)."""
    return m.label == Label.ENTERPRISE and m.name == m.text and (m.rule.startswith("enum.") or m.rule == REPEAT_RULE) \
        and m.text in owner and first.get(owner[m.text], m.start) < m.start


#: Words introducing a company as another's subsidiary right before its name (全资子公司天津…有限公司).
_SUBSIDIARY_BEFORE = ("子公司", "子企业", "项目公司", "控股公司")


def _introduced_subsidiaries(text: str, mentions: Iterable[Mention]) -> set[str]:
    """The Enterprise names the text introduces as a subsidiary (…注册成立的全资子公司天津瑞能时代储能科技有限公司)."""
    return {m.name for m in mentions if m.label == Label.ENTERPRISE
            and text.endswith(_SUBSIDIARY_BEFORE, max(0, m.start - 5), m.start)}


#: A listed firm's stock short name, declared later in its sentence (…挂牌上市，股票简称“灵犀智能”，股票代码688712).
_STOCK_SHORT = re.compile(r"(?:股票|证券)简称[为是:：]?[“\"]([\u4e00-\u9fffA-Za-z]{2,8})[”\"]")
_STOCK_REACH = 60


def _declared_forms(text: str, mentions: Iterable[Mention]) -> dict[str, str]:
    """The short forms the text declares right after a company's name (…股份有限公司（以下简称“华骐汽车”）), or as its
    stock's later in the sentence -> the name."""
    out: dict[str, str] = {}
    firms = [m for m in mentions if m.label == Label.ENTERPRISE]
    for m in firms:
        if (said := said_short(text, m.end, m.name)) is not None:
            out.setdefault(said.group(1), m.name)
    for hit in _STOCK_SHORT.finditer(text):  # …股份有限公司正式在科创板挂牌上市，股票简称“灵犀智能”: the listed firm's
        listed = [m for m in firms if hit.start() - _STOCK_REACH <= m.end <= hit.start()
                  and "。" not in text[m.end:hit.start()]]
        if listed:
            out.setdefault(hit.group(1), listed[-1].name)
    return out


#: Header cells of a firms' column and of its short names' (企业名称 | 股票简称 | 股票代码).
_FIRM_COLUMN = ("企业名称", "公司名称", "单位名称", "发行人", "全称", "企业全称", "公司全称", "子公司全称", "子公司名称")
_SHORT_COLUMN = ("股票简称", "证券简称", "企业简称", "公司简称", "简称")


def table_short_forms(text: str, mentions: Iterable[Mention]) -> dict[str, str]:
    """The short forms a table of firms declares in a 股票简称 column (深圳市华瑞通信技术股份有限公司 | 华瑞通信) -> the
    firm of the row."""
    if "简称" not in text:
        return {}
    names = {m.name for m in mentions if m.label == Label.ENTERPRISE}
    out: dict[str, str] = {}
    columns: tuple[int, int] | None = None
    for start, line in table_lines(text):
        words = header_words(line)
        firm = next((i for i, w in enumerate(words) if w in _FIRM_COLUMN), None)
        short = next((i for i, w in enumerate(words) if w in _SHORT_COLUMN), None)
        if "\t" not in line or firm is not None and short is not None:
            columns = (firm, short) if firm is not None and short is not None else None
        elif columns is not None and max(columns) < len(words) and words[columns[0]] in names:
            out.setdefault(words[columns[1]], words[columns[0]])
    return out


def _brand_owners(names: set[str], subsidiaries: set[str]) -> set[str]:
    """Of two registered names sharing a short form, the one the text does not introduce as a subsidiary when the
    other is (瑞能时代: the group's, not its local project company's); else all of them."""
    if len(names) == 2 and len(names & subsidiaries) == 1:
        return names - subsidiaries
    return set(names)


#: One-character words the segmenter glues to a name (由乐金|显示, 富士达在): a bound all the same.
_GLUE = frozenset("由与和及在将对把向为是的被让同等")


def _on_bounds(text: str, start: int, end: int, starts: Collection[int], ends: Collection[int]) -> bool:
    """Whether ``[start, end)`` starts and ends on word bounds, or next to a glued one-character word."""
    opens = start in starts or text[start - 1:start] in _GLUE and start - 1 in starts
    return opens and (end in ends or text[end:end + 1] in _GLUE and end + 1 in ends)


def _registered(mentions: Iterable[Mention]) -> set[str]:
    """The Enterprise names of ``mentions`` (:func:`short_forms` keeps the registered ones)."""
    return {m.name for m in mentions if m.label == Label.ENTERPRISE}


def text_places(mentions: Iterable[Mention]) -> set[str]:
    """The places a registered name of the text may open with: its regions and towns as written, and without
    their last character (昆山 of 昆山市)."""
    places = {m.text for m in mentions if m.label in (Label.REGION, Label.TOWN)}
    return places | {p[:-1] for p in places if len(p) >= 3}


def firm_forms(registered: Iterable[str], places: set[str]) -> dict[str, set[str]]:
    """Each short form of the ``registered`` names (see :func:`short_forms`) -> the names giving it."""
    owners: dict[str, set[str]] = {}
    for name in registered:
        for form in short_forms(name, places):
            owners.setdefault(form, set()).add(name)
    return owners

