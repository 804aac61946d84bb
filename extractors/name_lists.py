"""Lists of ``kg_names``: names read from their place in a list (split from :mod:`extractors.names`).

- the items of an enumeration before its head noun, ``A、B和C等(40余个)重大项目``, take the head's label
  (:func:`enumeration_items`; ANNOTATION.md rules 14 and 15);
- the items of a category-led list, ``<category>项目。A、B等。`` (:func:`lead_items`);
- the items of a list closed by one 项目 they share, ``A、B、C项目`` without 等 (:func:`shared_tail_items`),
  when two thirds of them name works.

Each function takes the names component (for its patterns, filters and left walk), the text, its token
bounds and the spans found so far, and returns spans with their label;
:class:`extractors.names.NamesComponent` makes them candidates.

Example:
    >>> import spacy
    >>> from extractors.names import NamesComponent
    >>> text = "农业项目顺利完成，双口鱼菜共生、双街蚯蚓养殖、耕耘种子质量提升项目顺利完成。"
    >>> bounds = TokenBounds(spacy.blank("zh").make_doc(text))
    >>> [(text[s:e], label.value) for s, e, label in shared_tail_items(NamesComponent(), text, bounds, [])]
    [('双口鱼菜共生', 'Project'), ('双街蚯蚓养殖', 'Project'), ('耕耘种子质量提升', 'Project')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from extractors import lexicon, segment
from extractors import name_filters as nf
from extractors.lead_lists import lead_list_spans, shared_tail_lists
from extractors.name_words import (
    CHAIN_QUALIFIERS,
    GLUED_POSITIONS,
    ROAD_SUFFIXES,
    counted_slogan,
    glued_clause_opening,
    has_stop,
    kinds_wanted,
    quoted_start,
    unquoted,
)
from extractors.proper import (
    brand_like,
    city_forms,
    has_proper_element,
    jieba_words,
    proper_word,
    sector_word,
)
from extractors.text_marks import MarkIndex, comma_list_start
from extractors.token_bounds import TokenBounds
from schema import Label

if TYPE_CHECKING:
    from extractors.names import NamesComponent

Span = tuple[int, int, Label]
#: 高丘六和、…: 和 ends a name; 、万和新电气: 和 right after an item's first character is inside the name; 、和泽医药…: 和 right
#: after a mark opens one.
_ITEM_SPLIT = re.compile(r"、|以及|(?<![、，,；;。：:\n][\u4e00-\u9fff])(?<![、，,；;。：:\n])(?:和|及|与)(?![、，,；;。等])|下穿|上跨")
_ITEM_CLAUSE = "，,；;。：:！？\n（("  # an enumeration's items start after one of these
#: Enumeration heads that make their items specific even without one (rule 14).
_SPECIFIC_HEADS = ("项目", "重大项目", "重点项目", "产业项目", "龙头项目", "旗舰项目", "载体项目", "在谈项目")


def enumeration_items(names: NamesComponent, text: str, bounds: TokenBounds,
                      strong: dict[tuple[int, int], Label]) -> list[tuple[int, int, Label, str]]:
    """The items of every enumeration before a head noun (A、B等重大项目), with their label and rule;
    ``strong``: the label of each span already found by a strong rule (those items are left out)."""
    out: list[tuple[int, int, Label, str]] = []
    marks, places = MarkIndex(text, _ITEM_CLAUSE), set(bounds.places)
    for m in names.patterns.head_re.finditer(text):
        head = m.group("head")
        if text.startswith(_NOT_ITEMS_KINDS, m.start() + 1) and m.start("head") > m.start() + 2:
            continue  # 现场查阅、网上查阅等方式了解项目详情: ways and fields, whatever head follows (not 等领域 itself)
        if _place_kind_after(text, m.start() + 1) and m.start("head") > m.start() + 1:
            continue  # 推动大沥、九江、里水等镇家居企业…, 会同嘉兴市、湖州市等九城市中小企业主管部门: the items are
            # places, the firms theirs
        items = [] if "文物" in m.group(0) else list_items(  # 等文物修缮工程: heritage
            names, text, bounds, m.start(), marks, unquote=head in _SPECIFIC_HEADS)
        specific = head in _SPECIFIC_HEADS and not (items and kinds_wanted(text, items[0][0]))
        if names.patterns.heads[head] == Label.ENTERPRISE and "配套" in m.group(0) \
                and _kinds_of_firms(text, items, m.start()):
            continue  # 引进一批电池、电驱、汽车电子等核心零部件配套企业: the kinds of firm wanted, no firms
        for s, e in items:
            out += _enumerated(names, text, bounds, strong, places, (s, e), head, specific)
    return out


#: A count of the firms a list names (等12家配套企业): the items are firms, whatever words they are made of.
_FIRMS_COUNTED = re.compile(r"等\s*(?:\d+|[一二两三四五六七八九十百]+)(?:余|多)?家")


def _kinds_of_firms(text: str, items: list[tuple[int, int]], end: int) -> bool:
    """The items before a suppliers' head (等…配套企业 at ``end``) are kinds of firm: one of them is a common word or
    a sector (电池、电驱、汽车电子等配套企业; 车身结构件、汽车电子等配套企业) and the list counts no firms."""
    if _FIRMS_COUNTED.match(text, end):
        return False  # 宁德时代、汇川技术等12家配套企业
    return any(one_common_word(text[s:e]) or sector_word(text[s:e]) for s, e in items)


#: A place or a group in brackets inside a company's name, up to its legal form (（中国）有限公司, （集团）有限公司).
_COMPANY_BRACKET = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[）)][\u4e00-\u9fff]{0,12}?(?:公司|集团)(?=[、和及与等]|$)")
#: The opening of a state firm's short name (中国重汽, 中国建筑): no sector, whatever words follow.
_STATE_FIRM = re.compile(r"中国[\u4e00-\u9fff]{2,4}$")
#: A firm's city in brackets closing the last item before 等 (中国重汽、比亚迪、澳柯玛（济南）等企业).
_PLACE_NOTE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")


def _city_note(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a city in brackets (（济南）), not a stretch of works (（环外段）)."""
    note = _PLACE_NOTE.fullmatch(text, start, end)
    return note is not None and note.group(1) in city_forms()


def _without_city_notes(item: str) -> str:
    """``item`` without the cities in brackets it holds (澳柯玛（济南）: a firm and its city)."""
    return _PLACE_NOTE.sub(lambda note: "" if note.group(1) in city_forms() else note.group(0), item)
#: What a list before 等 may be a list of that is no kind of thing named (等方式, 等领域).
_NOT_ITEMS_KINDS = ("方式", "形式", "渠道", "途径", "手段", "方面", "领域", "环节", "措施", "办法")
#: Kinds of place right after 等: the items are places of that kind, whatever head follows (等镇家居企业; 等片区老旧小区
#: 改造项目, 等旧村改造项目: areas and villages written short, no trade names).
_PLACE_KINDS = ("镇", "街道", "镇街", "街镇", "乡镇", "县", "区", "村", "社区", "片区", "旧村", "城中村", "村庄", "小区", "棚户区",
                "地块", "地", "国家", "国", "城市", "省份", "省市", "地区")  # 赴瓜沥、临浦、义桥等地调研重点企业: places;
# 与德国、日本、韩国等国家新设合作项目: countries
#: A count before a kind of place after 等 (等九城市, 等3个镇), and the people counted so (等10人).
_PLACES_COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)个?")


def _place_kind_after(text: str, at: int) -> bool:
    """A kind of place, counted or not, opens ``text`` at ``at`` (after 等: 镇, 九城市, 3个镇), or people counted (等10人)."""
    count = _PLACES_COUNTED.match(text, at)
    return text.startswith(_PLACE_KINDS, count.end() if count else at) or bool(count) and text[count.end():count.end() + 1] in ("人", "名", "位")


#: An item that opens with a count (1个牵头部门, 2至4家链主企业): how many, no name.
_COUNT_END = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)(?:个|家|名|条|项)$")
_COUNTED_ITEM = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:个|家|名|条|项|至|到|-)")


#: A verb opening a list's item that joins it to the sentence (联合X、Y等企业共同组建).
_JOINING_VERB = re.compile(r"(?:联合|携手|会同|协同|带动|组织)")


def _joined_after_name(names: NamesComponent, text: str, s: int, e: int) -> re.Match[str] | None:
    """A joining verb after a name inside an item (区文旅局|联合|西安电子科技大学等8所高校: the item is the joined body)."""
    joined = _JOINING_VERB.search(text, s + 2, e)
    return joined if joined is not None and names.patterns.suffix_of(text[s:joined.start()]) else None


def _enumerated(names: NamesComponent, text: str, bounds: TokenBounds, strong: dict[tuple[int, int], Label],
                places: set[tuple[int, int]], span: tuple[int, int], head: str,
                specific: bool) -> list[tuple[int, int, Label, str]]:
    """What one item of an enumeration under ``head`` names (nothing, or a name, or a park and a road)."""
    label = names.patterns.heads[head]
    rule = f"enum.{label.value}"
    s, e = span[0], nf.item_without_activity(text, *span, names.patterns.suffix_of)  # …示范区建设等项目: the park
    if (joined := _JOINING_VERB.match(text, s, e) or _joined_after_name(names, text, s, e)) and e - joined.end() >= 4:
        s = joined.end()  # 由湖南大学牵头、联合中联重科股份有限公司等12家企业: the verb joining the item is no name's
    built = head in _SPECIFIC_HEADS and strong.get((s, e)) == Label.ORGANIZATION
    item = text[s:e]
    if (s, e) in strong and not built or text[s - 1:s] == "“" and counted_slogan(item) or _COUNTED_ITEM.match(item) \
            or _COUNT_END.search(item) or _COUNT_END.search(text, max(0, s - 6), s + 1) or item.endswith("的") and len(item) > 2 \
            or item.endswith(_ASSIGNING) and not names.patterns.suffix_of(item):  # (美的 is a brand; X牵头: a role)
        return []  # found already; 推动“一园两带”、…等项目: a layout's slogan; 1个牵头部门、2至4家…, …示范区分别集聚了4家、
        # 5家和2家企业, 生物医药基地的186家企业, 选派126|名区领导和…: counts, no names
    item_label = Label.PROJECT if built else _item_label(names, item, label)  # 建设X研究院等产业项目 (rule 14)
    if item_label == Label.PROJECT and head in _SPECIFIC_HEADS and not names.patterns.suffix_of(item) \
            and brand_like(item) and text[s - 1:s] != "“":  # a quoted item is a coinage
        item_label = Label.ENTERPRISE  # a bare trade name stands for its enterprise (rule 15)
    if item_label != Label.INDUSTRY_CHAIN and item in names.chains.canonical_of:
        return []  # 装备制造、新能源新材料等研究院: industries that qualify the head, no names
    if not item_label or not names.acceptable(item, item_label) or item_label in (Label.PARK, Label.ENTERPRISE) \
            and not names.patterns.suffix_of(item) and sector_word(item) and not _STATE_FIRM.match(item):
        return []  # 科技服务等主题园区, 电力、燃气等国有企业: sectors that qualify the head, no names
    out = []
    if item_label == Label.PROJECT and item.endswith(ROAD_SUFFIXES):
        road = nf.after_park(text, bounds, names.patterns, s, e - 1)
        if road > s:  # 高端装备产业园永信道: the park, then the road
            out.append((s, road, Label.PARK, rule))
            s = road
    if (s, e) in places and item_label in (Label.PROJECT, Label.PARK):
        return out  # 新村街、宜兴埠镇及北仓镇等社区卫生服务中心建设项目: the towns of the works, no works
    if head == "机构" and not nf.named_body(text, bounds.place_around, s, e, names.patterns.suffix_of):
        return out  # 引进北京、长三角…知名的教育、医疗等机构: places and kinds of body, no names
    if specific and not one_common_word(item) or names.proper(text, s, e - len(names.patterns.suffix_of(item)),
                                                                    item_label, bounds):
        out.append((s, e, item_label, rule))  # not 住宅和商业等大型公建项目: kinds of building
    return out


def one_common_word(item: str) -> bool:
    """``item`` is one dictionary word and no proper noun (住宅, 商业): a kind of thing, even in a list
    whose head makes its items specific."""
    words = jieba_words(item)
    return len(words) == 1 and bool(lexicon.count(item)) and not proper_word(item)


def list_items(names: NamesComponent, text: str, bounds: TokenBounds, deng: int, marks: MarkIndex,
               unquote: bool = False) -> list[tuple[int, int]]:
    """The items of the list ending at ``deng`` (等 or the head); ``unquote``: an item written “X” is X."""
    mark = marks.last_before(deng)  # marks of _ITEM_CLAUSE
    while mark > 0 and (_COMPANY_BRACKET.match(text, mark, deng) or _city_note(text, mark, deng)):
        before = marks.last_before(mark)  # 通用电气医疗系统（中国）有限公司等企业: a bracket inside a company's name
        if "与" in text[before + 1:mark]:
            break  # 政府分别与A、B、C（集团）有限公司等企业签订: the list opens after 与, as the bracket's cut had it
        mark = before
    clause = mark + 1
    start = comma_list_start(text, clause, deng, marks)
    if start < clause and not _joinable(names, text, bounds, start, clause, deng):
        start = clause
    cuts = [(part.start(), part.end()) for part in _ITEM_SPLIT.finditer(text, start, deng)]
    if start < clause:
        cuts = sorted([*cuts, (clause - 1, clause)])
    items, pos = [], start
    for cut_start, cut_end in cuts:
        items.append((pos, cut_start))
        pos = cut_end
    items.append((pos, deng))
    if len(items) < 2 and text[deng:deng + 1] != "等":
        return []
    while len(items) > 2 and bounds.place_end_at.get(items[0][0]) == items[0][1]:
        items = items[1:]  # 宝龙街道、坪地街道要全力做好华微晶芯、德赛康宇等项目: the subject's places open the clause
    items = _from_last_verb(names, text, bounds, items)
    items[0] = _first_item(names, text, bounds, *items[0], unquote)
    items = _subject_parted(names, text, bounds, items, unquote)
    items = [unquoted(text, s, e) for s, e in items] if unquote else items
    items = [(_after_role(text, _after_clause(text, s, e, names.patterns.suffix_of), e), e) for s, e in items]
    return [(s, e) for s, e in items if 2 <= e - s <= names.max_len
            and not has_stop(_without_city_notes(text[s:e]), names.patterns)]


def _from_last_verb(names: NamesComponent, text: str, bounds: TokenBounds,
                    items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The list from its last item holding a verb giving a leader the works (区委书记周海波、区长韩立东分别牵头包联深哈产业园
    科创总部、…等项目: the works' list opens after 包联; what stands before it names who answers for them)."""
    for i in range(len(items) - 1, 0, -1):
        s, e = items[i]
        words = bounds.words_in(s, e)
        ends = [e, *words[:-1]]
        if any(text[w:w_end] in _ASSIGNING for w, w_end in zip(words, ends)):
            return items[i:]
    return items


#: Verbs giving leaders their projects (区长韩立东分别牵头包联X、Y等项目): the list of works opens after them.
_ASSIGNING = ("包联", "包保", "分包", "包抓", "牵头", "领衔", "挂帅", "联系", "负责")


def _after_clause(text: str, start: int, end: int, suffix_of: Callable[[str], str]) -> int:
    """Where an unquoted item with a name's suffix opens after a clause describing it (与已落户的天津力神电池股份有限公司
    等企业): after its 的."""
    at = text.rfind("的", start, end)
    named = at >= 0 and end - at > 4 and text[start:start + 1] not in "“\"" and suffix_of(text[at + 1:end])
    return at + 1 if named else start


#: A firm's role written before its name in a list (锁具产业链链主企业瑞锁科技、…等龙头企业).
_ROLE_BEFORE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:链主|龙头|骨干|领军)企业")


def _after_role(text: str, start: int, end: int) -> int:
    """Where an item opens after the role its firm is named with (服装产业链链主企业|森马服饰), ``start`` where none is."""
    role = _ROLE_BEFORE.match(text, start, end)
    return role.end() if role and end - role.end() >= 2 else start


#: Verbs of a subject resting on the list after them (A和B产业依托C、D等企业): the list opens after them.
_RESTING_VERBS = frozenset(("依托", "依靠", "围绕", "聚焦", "引进", "集聚", "吸引"))


#: What a list's subject parted by 与 or 及 ends as (…产业园, …创新基地).
_SUBJECTS = (Label.PARK, Label.PROJECT)


def _subject_parted(names: NamesComponent, text: str, bounds: TokenBounds, items: list[tuple[int, int]],
                    unquote: bool) -> list[tuple[int, int]]:
    """The list without what a 与 or 及 parts from it as the clause's subject: a park or works when the second item opens
    with a verb (国家网络安全人才与创新基地已累计吸引奇安信、天琴网安等企业: 奇安信 opens the list; not 以智能科技产业和现代服务业等
    新兴产业), or a first item naming nothing before a 、 list (支持企业与山东大学、中国海洋大学等高校共建: 企业 is who works with
    the list, in general)."""
    if len(items) < 2 or text[items[0][1]:items[1][0]] not in ("与", "及", "和", "以及"):
        return items
    first_end = items[0][1]
    if text[bounds.token_start(first_end - 1):first_end] in names.patterns.stop_tokens:
        return items[1:]  # 鸠江区人民政府分别与A、B等企业签订: who signs with the list, no item of it
    if len(items) >= 3 and text[items[0][1]:items[1][0]] == "与" and text[items[1][1]:items[2][0]] == "、" \
            and not has_proper_element(text[items[0][0]:items[0][1]]):
        return items[1:]
    s, e = items[1]
    start = _first_item(names, text, bounds, s, e, unquote)[0]
    subject = any(names.patterns.suffix_label(text[s:k]) in _SUBJECTS for k in range(s + 2, start + 1)) \
        or text[bounds.token_start(start - 1):start] in _RESTING_VERBS  # 生物医药和大健康产业依托|云南白药、…等龙头企业
    return [(start, e), *items[2:]] if start > s and subject else items


def _first_item(names: NamesComponent, text: str, bounds: TokenBounds, first_s: int, first_e: int,
                unquote: bool) -> tuple[int, int]:
    """Where a list's first item starts: after the verb before it, at its opening quote (推动“梦天津”、…等项目)."""
    opening = quoted_start(text, first_s, first_e) if unquote else -1
    start = opening if opening >= 0 else names.left_boundary(text, bounds, first_e - 1) \
        if first_e > first_s else first_e
    if start < first_s:
        start = first_s
    elif glued_clause_opening(text, start - 2, start):
        start -= 1  # 以天|锻、长荣印刷等企业: 天锻, cut by the glued 以
    at = max(text.rfind(word, start, first_e) for word in GLUED_POSITIONS)
    start = at + 2 if at >= 0 else start  # 京津公路沿线红星美凯龙、…等: after the place it is along
    inside = next((w for w in INSIDE_WORDS if text.startswith(w, start)), "")
    return (start + len(inside) if first_e - start - len(inside) >= 2 else start, first_e)


#: Where the firms of a list are, written before its first item (园区内锦鸿新能源、东丽纤维等企业): no part of the name.
INSIDE_WORDS = ("园区内", "辖区内", "区内", "园内")


def _joinable(names: NamesComponent, text: str, bounds: TokenBounds, start: int, clause: int, deng: int) -> bool:
    """Whether the list before a comma (``start`` to ``clause``) joins the item after it (A、B、C，D等):
    D is all name (no verb: …，引进宁德时代等), and A, B, C are names of three to ten characters, no
    places (杨柳青镇、辛口镇…) and no counts (小学2所)."""
    if names.left_boundary(text, bounds, deng - 1) > clause:
        return False
    first = names.left_boundary(text, bounds, text.find("、", start, clause) - 1)
    parts = text[max(first, start):clause - 1].split("、")
    if any(not 3 <= len(p) <= 10 or re.search(r"[\d所个]", p) for p in parts):
        return False
    return not any(start <= s < clause for s, _ in bounds.places)


#: Nouns by the dictionary that govern a list of industries as verbs do (重点投向网络安全、大健康等领域).
_LIST_VERBS = ("投向", "面向", "瞄准", "覆盖")


def _verb_opened(item: str) -> bool:
    """An item opening with a verb (涵盖, 制定) or a list verb (:data:`_LIST_VERBS`): the walk left took it in."""
    return item.startswith(_LIST_VERBS) or lexicon.tagged(item[:2], "verb")


#: Weak company suffixes that, with common words only before them, name a material (碳纤维复合材料), not a firm.
_MATERIALS = ("材料", "新材")


def _item_label(names: NamesComponent, item: str, head: Label) -> Label | None:
    """An item's own suffix label, else the head's; under an industry head only chains."""
    own = names.patterns.suffix_label(item)
    if head == Label.INDUSTRY_CHAIN:
        stem = item.removesuffix("链").removesuffix("产业")
        named = item.endswith(("产业", "产业链")) and len(stem) >= 2 and "等" not in stem \
            and stem not in CHAIN_QUALIFIERS  # 优势产业, 现代服务业等新兴产业: kinds, not chains
        industry = len(item) <= 8 and (names.chains.ends_with_term(item) or item.endswith("加工")) \
            and not _verb_opened(item)  # 食品医药, 有色金属精深加工 (not 涵盖食品医药: the list's verb walked over)
        return Label.INDUSTRY_CHAIN if own is None and (item in names.chains.canonical_of or named or industry) else None
    if own == Label.ENTERPRISE and head != own and item.endswith(_MATERIALS) and not has_proper_element(item):
        return None  # 布局碳纤维复合材料、金属新材料等项目: materials (a weak company suffix), no firm's name
    return own or head


def lead_items(names: NamesComponent, text: str, bounds: TokenBounds,
               strong: Iterable[tuple[int, int]]) -> list[Span]:
    """Items of a ``<category>项目。A、B等。`` list (spans in ``strong`` left out): projects, or what their own
    suffix says."""
    strong, place_ends = set(strong), {e for _, e in bounds.places}
    out: list[Span] = []
    for s, e in lead_list_spans(text, names.max_len):
        label = names.patterns.suffix_label(text[s:e]) or Label.PROJECT
        if (s, e) not in strong and e not in place_ends and not has_stop(text[s:e], names.patterns) \
                and names.acceptable(text[s:e], label):
            out.append((s, e, label))
    return out


def shared_tail_items(names: NamesComponent, text: str, bounds: TokenBounds,
                      taken: Iterable[tuple[int, int]]) -> list[Span]:
    """Items of an ``A、B、C项目`` list when two thirds of them name works (spans in ``taken`` left out):
    projects, or what their own suffix says; the first item starts after the verb before it."""
    taken = set(taken)
    out: list[Span] = []
    for items in shared_tail_lists(text):
        items[0] = (max(items[0][0], names.left_boundary(text, bounds, items[0][1])), items[0][1])
        labels = [names.patterns.suffix_label(text[s:e]) or Label.PROJECT for s, e in items]
        named = sum(works_item(names, text, bounds, s, e) for s, e in items)
        if any(w in _VISITING for s, e in items for w in segment.cut(text[s:e])):
            continue  # 周振宇、韩立军一行先后到A、B实地察看项目运营情况: a visit's clause, no list of names
        if 3 * named >= 2 * len(items) and all(e - s >= 2 and names.acceptable(text[s:e], label)
                                              for (s, e), label in zip(items, labels, strict=True)):
            out.extend((s, e, label) for (s, e), label in zip(items, labels, strict=True) if (s, e) not in taken)
    return out


#: Words of leaders visiting (一行, 先后到, 实地察看): a list holding one tells a visit, not the names of works.
_VISITING = frozenset(("一行", "先后", "到", "来到", "察看", "查看", "实地", "调研", "走访", "深入"))


def works_item(names: NamesComponent, text: str, bounds: TokenBounds, start: int, end: int) -> bool:
    """An item of a list that names works: a place or a proper element, no industry, trade, stop word,
    batch (第五批…) or list of its own (考古送审和区级第四批非遗传承人); a place alone is no works (西堤头镇、双街镇、
    大张庄镇农村生活污水治理工程 names works of three towns, not three works)."""
    item = text[start:end]
    return not has_stop(item, names.patterns) and item not in names.chains.canonical_of and not sector_word(item) \
        and "和" not in item and not item.startswith("第") and bounds.place_end_at.get(start) != end \
        and (start in bounds.place_starts or has_proper_element(item))
