"""The walk left from a name's suffix over jieba tokens to where the name opens, shared by the name rules.

:class:`LeftWalk` is what :class:`extractors.names.NamesComponent` inherits for it; the list rules
(:mod:`extractors.name_lists`) and the paired-name rules (:mod:`extractors.paired_names`) call the same
walk through the component. A token may be part of a name unless it is a stop word, a mark or a
function word the segmenter glued on (:func:`extractors.name_words.name_token`); the walk also crosses
what a name may hold inside: a company's bracketed city (华芯(无锡)微电子有限公司), a hyphen joining a
brand (一汽-大众), a size (华芯12英寸特色工艺生产线), and a body's inner words (规划和自然资源局).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors import lexicon
from extractors import name_filters as nf
from extractors.name_openings import after_inner_words, county_before, name_opening
from extractors.name_words import (
    CLAUSE_END,
    COMPANY_INNER,
    GLUED_AFTER,
    body_word,
    glued_function_start,
    name_token,
)
from extractors.name_stops import stop_at
from extractors.patterns import NamePatterns
from extractors.proper import city_forms, has_proper_element
from extractors.stop_words_kept import function_char_brand
from extractors.token_bounds import TokenBounds

#: Stop words that describe a product inside a name when a name word stands before them (…重工大型矿用挖掘机生产线).
_INNER_MODIFIERS = frozenset(("大型", "小型"))
#: What a body or a firm that builds something ends with (…大学(深圳)|建设|理工学院: 建设 is its verb).
_BUILDERS = (")", "）", "大学", "学院", "公司", "集团")
#: Marks of a clause inside quotes: what is quoted is words said, no name.
_QUOTED_CLAUSE = re.compile("[，。！？；,!?;]")
#: An event's theme in quotes, two slogans a middle dot pairs (“链接长三角·智造新六合”南京六合经济开发区…推介会): no
#: part of the name after it.
_QUOTED_THEME = re.compile("[·•]")
#: A plan's period in quotes (谋深谋实“十五五”重大项目): the works of a period, no name of one.
_PLAN_PERIOD = re.compile("十[一二三四五六七]五")
#: A hyphen between two Chinese characters joins a brand's two parts (一汽-大众): inside a name.
_HYPHENS = frozenset("-－‐·•")  # and a middle dot joining a brand and a name (华润万象汇·吴江太湖新城商业综合体)
_DOTS = frozenset("·•")  # (not inside a quoted slogan: 加快建设“湘江西岸明珠·省会北部新城”)
_HYPHEN_JOINED = re.compile(r"[\u4e00-\u9fff][-－‐·•][\u4e00-\u9fff]")
#: A group's investing in a company it builds or sets up (晓星集团|追加投资建设|晓星化纤(天津)有限公司).
_GROUP_INVESTS = re.compile(r"(?:追加|新增|增资|再)?投资(?:建设|新建|兴建|设立)|追加投资|增资(?:扩建|建设)?|新建|设立")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: A company's name opening at a position (a works' name walked from holds it: 丸和精密零部件(大连)有限公司新工厂).
_COMPANY_AHEAD = re.compile(r"[^，。；、,;]{2,20}?(?:有限公司|株式会社)")
#: A national, provincial or county road's number and kind (104国道, S319省道, G15高速).
_ROUTE_NUMBER = re.compile(r"[A-Z]?\d{1,4}")
_ROUTES = ("国道", "省道", "县道", "高速")
#: A road's house number (郑和中路268号): what follows it is at that address, no part of its name.
_HOUSE_NUMBER = re.compile(r"(?:路|道|街|巷)\d+号$")
#: Stop words that open a place's name the segmenter cut (前|海, 后|海).
_SIDE_CHARS = frozenset("前后")
#: The number of a numbered company (中铁四局集团第一工程有限公司, 河南省第一建筑工程集团有限责任公司), unless a counted word
#: follows (第一批, 第二届: the segmenter mostly keeps 第一家 as one word).
_UNIT_ORDINALS = frozenset(f"第{n}" for n in "一二三四五六七八九十")
_COUNTED = frozenset("家个批次届期名位座条年季轮")
#: A road's suffix right after 和: the road's name holds it (里|和|路快速化改造工程).
_ROAD_ENDS = ("路", "大道", "大街")

#: A phase ending a name, and the works' suffixes holding a stop word that stand before one (三河古镇保护开发二期).
_PHASE = re.compile("[一二三四五六七八九十]期")
_PHASED_WORKS = ("保护开发", "综合改造", "综合整治", "有机更新", "生态修复", "提升改造", "改造提升")


def _works_before_phase(text: str, start: int, pos: int) -> int | None:
    """Where a works' suffix of two words or more holding a stop word starts, when it stands right before the phase a
    name ends with, 项目 or 工程 between them at most (保护开发|二期, 提升改造项目|二期); None elsewhere."""
    if pos - start != 2 or not _PHASE.fullmatch(text, start, pos):
        return None
    tail = next((t for t in ("项目", "工程") if text.endswith(t, 0, start)), "")  # 景区提升改造项目|二期
    suffix = next((s for s in _PHASED_WORKS if text.endswith(s, 0, start - len(tail))), None)
    return start - len(tail) - len(suffix) if suffix else None


def _glued_start(bounds: TokenBounds, token: str, start: int, company: bool) -> bool:
    """Whether the name opens after the function word the segmenter glued to its first character (以坪山|生物医药…,
    由隆|基绿能科技…): a short one only in a company's name or before a one-character token the segmenter cut off its
    word (为北|滘…)."""
    return glued_function_start(token) or glued_function_start(token, shortest=2) and (company or bounds.is_end(start + 1))


def conjunction_opened(text: str, bounds: TokenBounds, start: int) -> bool:
    """Whether the token at ``start``, 和 or 与 glued to one character and no dictionary word, opens a name where no
    conjunction can stand: after a mark or a verb (推动|和泽|医药…, 、和泽医药…)."""
    token = text[start:start + 2]
    if token[:1] not in ("和", "与") or bounds.token_start(start + 1) != start or not bounds.is_end(start + 2) \
            or lexicon.count(token):
        return False
    if start == 0 or text[start - 1] in "、，,；;。：:\n（(“":
        return True
    return lexicon.tagged(text[bounds.token_start(start - 1):start], "verb")


#: A regulation's article, chapter or clause number (第二条, 第3条, 第十二章).
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,5}[条章款]")


def _article_end(text: str, token: str, prev: int, start: int) -> int | None:
    """Where an article number ending inside or at the end of ``token`` (``text[prev:start]``) ends, or None."""
    if not ("条" in token or "章" in token or "款" in token):
        return None
    for m in _ARTICLE.finditer(text, max(0, prev - 6), start):
        if prev < m.end() <= start:
            return m.end()
    return None


def _brand_head(text: str, bounds: TokenBounds, token: str, prev: int) -> int | None:
    """:func:`function_char_brand` where the character before the function word is a word of its own (广州|云|从…), not
    the end of one (天津港|与|河北港口集团有限公司: two parties)."""
    return function_char_brand(text, token, prev) if prev > 0 and bounds.token_start(prev - 1) == prev - 1 else None


def _invested_company(text: str, bounds: TokenBounds, token: str, start: int, pos: int) -> int | None:
    """Where a company's name ending at ``pos`` opens after the company or group before it at ``token`` that
    invests in it (由A有限公司投资建设B有限公司), None where ``token`` is no such investor."""
    if token.endswith("公司") and "分" not in text[pos - 1:pos + 1] and not text.startswith("供电", pos):
        return after_inner_words(text, bounds.words_in(start, pos), start)  # 由A有限公司投资建设B有限公司
        # (not a branch registered under its company: …有限公司武汉分公司, 国网湖北省电力有限公司武汉供电公司)
    if token == "集团" and (verb := _GROUP_INVESTS.match(text, start)) and has_proper_element(text[verb.end():pos]):
        return verb.end()  # 晓星集团追加投资建设|晓星化纤(天津)有限公司: the group invests in the company
    return None


def _cut_town(text: str, bounds: TokenBounds, prev: int, start: int) -> int | None:
    """Where a town's short form begins that ends right before ``start`` and that the segmenter cut into characters,
    the last of them at ``prev`` (七|都|大桥…), else None."""
    return next((start - n for n in (2, 3) if text[start - n:start] in bounds.town_forms
                 and bounds.token_start(start - n) == start - n and start - n < prev), None)


def _brand_is(token: str) -> bool:
    """A two-character token ending with 是 that is no dictionary word (求是): a brand the segmenter found."""
    return len(token) == 2 and token[1] == "是" and not lexicon.count(token) and _HAN_CHAR.match(token) is not None


def _named_county(text: str, start: int, end: int) -> bool:
    """The county whose short form is ``text[start:end]`` is named in full in ``text`` (上虞 of 上虞区; not 城北 in 城北区域)."""
    return _county_named(text, text[start:end])


@lru_cache(maxsize=64)  # one scan of a text per short form (a text's hash is computed once and kept)
def _county_named(text: str, short: str) -> bool:
    return re.search(re.escape(short) + "[区县市](?![域场民块级])", text) is not None


#: A partner country's one character after 中 in a bilateral zone's name (中德, 中韩, 中欧, 中新).
_PARTNERS = frozenset("德韩欧俄日法意美瑞英澳荷奥比新")


#: Words of doing together that the segmenter joins to the verb after them (联合开发, 共同建设, 合作打造).
_JOINTLY = ("联合", "共同", "合作")
#: A firm's or a body's end before 联合, the verb joining it to the firm after (区金融服务中心联合X有限公司).
_JOINER_ENDS = ("公司", "集团", "中心", "局", "委员会", "管委会", "政府", "办公室")
#: What leasing a firm's name says it does (融资租赁, 设备租赁): 租赁 elsewhere is a verb (企业租赁X有限公司厂房).
_LEASING = ("融资", "金融", "设备", "汽车", "商业", "航空")


def _verb_before_firm(text: str, bounds: TokenBounds, token: str, prev: int, start: int) -> bool:
    """A company's inner word that is the verb before a firm's name: 联合 before a place or after a firm's or a
    body's end (联合|天津X公司, 区金融服务中心联合|X公司), 租赁 but after what is leased (企业租赁|X公司厂房; not 融资租赁)."""
    if token == "联合":
        return start in bounds.place_starts or text[start:start + 1] in ("区", "市", "县") \
            or text.endswith(_JOINER_ENDS, 0, prev)
    return token == "租赁" and not text.endswith(_LEASING, 0, prev)


class LeftWalk:
    """Where a name ending at a position opens (:meth:`left_boundary`), for a component holding the name
    patterns, the longest name it finds and the counties' short forms."""

    patterns: NamePatterns
    max_len: int
    county_shorts: frozenset[str]

    def left_boundary(self, text: str, bounds: TokenBounds, pos: int, *, company: bool = False,
                      body: bool = False) -> int:
        """Walk left over name tokens from ``pos``; return where the name starts.

        ``company``: the suffix is a company form (有限公司, 集团), whose names also
        hold words such as 发展/管理 and a bracketed place (华芯(无锡)微电子有限公司).
        """
        start = bounds.token_start(pos)
        floor = max(0, pos - self.max_len)
        phased = text[pos - 1:pos] == "期"  # (a name ending with its phase: the works' words before it, below)
        if text[pos + 1:pos + 2] == "期" and (works := _works_before_phase(text, pos, pos + 2)) is not None:
            start = works  # 扬美古镇景区提升改造项目|二期: the phase is the suffix walked from
        while start > floor:
            if not body and (county := self._county_opening(text, start)) < start \
                    and (company or county in bounds.place_starts or _named_county(text, county, start)):
                start = county  # 成都郫|都, 新|都工业园区: a county's short form opens a company's name, however cut,
                continue  # and a park's or a work's where it is the text's place (not 北部新|和产业功能区), or one
                # the text names in full (以上|虞e游小镇 in a text naming 上虞区)
            prev = bounds.token_start(start - 1)
            token = text[prev:start]
            at = (floor, prev, start)
            if phased and (works := _works_before_phase(text, start, pos)) is not None:
                start = works  # 三河古镇保护开发|二期: the works' own suffix (开发 a stop word) before the phase
                continue
            if (across := self._across(text, bounds, token, at, company)) is not None:
                if across < 0:
                    break  # “四年前，这里还是一片麦田。”站在…: words quoted, no name
                start = across
                continue
            if (stop := self._stop(text, bounds, token, at, company, body)) is not None:
                start = stop
                break
            if company and (invested := _invested_company(text, bounds, token, start, pos)) is not None:
                return invested
            if self._inner_modifier(text, bounds, token, at):
                start = prev  # 彭城重工大型矿用挖掘机生产线: a size or kind word inside a name (not 建设100兆瓦…)
                continue
            if conjunction_opened(text, bounds, prev):
                start = prev  # 推动|和泽|医药mRNA疫苗基地, ，|和泽|医药…基地一期: 和 opens the brand, no conjunction
                continue
            if not self._inside(text, bounds, token, at, pos, company, body) \
                    and not self._name_token(token, text, start) and not self._split_word(text, bounds, prev, start):
                start = prev + 1 if _glued_start(bounds, token, start, company) else start
                break
            start = prev
        return name_opening(text, bounds, start, pos, company=company, body=body)

    def _stop(self, text: str, bounds: TokenBounds, token: str, at: tuple[int, int, int], company: bool,
              body: bool) -> int | None:
        """Where the name opens when the walk left stops at ``token`` (``at``: the walk's floor, the token's start
        and end), None where it goes on: at a brand's function word inside a company's name, a stop word, or a
        house number (before a body's or a company's name, or inside a road's address)."""
        _, prev, start = at
        if (article := _article_end(text, token, prev, start)) is not None:
            return article  # 第二条|区科委会同…, 第3条区|财政局: a regulation's article number (its space was lost), no name
        if company and (brand := _brand_head(text, bounds, token, prev)) is not None:
            return brand  # 、云从科技集团股份有限公司, 广州云从…: 从 inside a brand (and its city before it)
        if (stop := stop_at(text, bounds, token, prev, start, self.patterns.stop_tokens)) is not None:
            return stop
        if start in bounds.place_starts and len(token) >= 2 and lexicon.tagged(token, "verb") and not company \
                and (prev == 0 or text[prev - 1] in CLAUSE_END or (before := text[bounds.token_start(prev - 1):prev])
                     in self.patterns.stop_tokens or lexicon.tagged(before, "verb")):
            return start  # 将|填补|临江高新区…, 学习|运用|浙江…: a verb before the place a name opens with (not 圆通|速递|华新…)
        if not company and len(token) >= 4 and token[:2] in _JOINTLY and token[2:] in self.patterns.stop_tokens:
            return start  # 双方将联合开发|金湾华发智造产业园二期: a joint verb the segmenter made one word (not 联合发展集团)
        if len(token) == 1 and prev > 0 and bounds.token_start(prev - 1) == prev - 1 and text[prev - 1] in \
                self.patterns.stop_tokens and lexicon.tagged(text[prev - 1:start], "verb"):
            return start  # 30分钟可|达|横琴…: a verb's last character the segmenter cut from it (可达), no name's first
        if company and token.endswith("企业") and start in bounds.place_starts:
            return start  # 汽车电子企业|北京精益汽车电子有限公司: the kind of firm before its registered name (not 企业管理)
        if (body or company) and token.endswith("号") and text[prev + len(token) - 2:prev + len(token) - 1].isdigit():
            return start  # 跃进路28号|天津市规划和自然资源局东丽分局: an address's house number before the body
        if token[:1] == "号" and _HOUSE_NUMBER.search(text, max(0, prev - 10), prev + 1):
            # 郑和中路268号|区行政服务中心 (268|号区): what stands at a road's house number, no part of its name
            return prev + 1 if len(token) > 1 else start
        return None

    def _inner_modifier(self, text: str, bounds: TokenBounds, token: str, at: tuple[int, int, int]) -> bool:
        """Whether ``token`` (``at``: the walk's floor, the token's start and end) is a stop word of size or kind
        that a name holds inside, where a name token stands before it (彭城重工大型矿用挖掘机生产线)."""
        floor, prev, start = at
        inner_size = (token.isdigit() and text.startswith(nf.SIZES, start)  # 华芯12英寸特色工艺生产线
                      or token == "特色" and text.endswith(nf.SIZES, 0, prev)
                      or token == "重点" and text.startswith("实验室", start)  # …国家重点实验室星沙分中心
                      or token == "现代" and self._place_before(text, bounds, prev))  # 成都现代交通产业功能区 (not 建设现代…)
        return (token in _INNER_MODIFIERS or inner_size) and prev > floor and self._name_token(
            text[bounds.token_start(prev - 1):prev], text, prev)

    def _inside(self, text: str, bounds: TokenBounds, token: str, at: tuple[int, int, int], pos: int,
                company: bool, body: bool) -> bool:
        """Whether ``token`` (``at``: the walk's floor, the token's start and end) is what a name ending at ``pos``
        holds inside though it is no name token: a hyphen or dot joining a brand, 和 before a road's suffix, a
        company's inner words (发展, 管理) and a body's (规划和自然资源局)."""
        floor, prev, start = at
        if token in _HYPHENS and _HYPHEN_JOINED.fullmatch(text, prev - 1, start + 1) is not None \
                and not (token in _DOTS and text.rfind("“", floor, prev) > text.rfind("”", floor, prev)):
            return True  # 一汽-大众, 华润万象汇·吴江太湖新城商业综合体 (not a dot inside a quoted slogan)
        if token == "—" and text.endswith("中国", 0, prev) and _HAN_CHAR.match(text, start):
            return True  # 中国—东盟热带水果种质资源创新研究院: China and its partner (not 北辰道—龙门道, a stretch between)
        if body and token == "驻" and text.endswith(("海关", "局", "政府", "委员会"), 0, prev):
            return True  # 佛山海关驻禅城办事处: a body's office stationed in a place, one body
        if token == "中" and text[start:start + 1] in _PARTNERS and bounds.is_end(start + 1):
            return True  # 沈阳|中|德|高端装备制造产业园: China and its partner country (中 a stop word elsewhere)
        if token == "和" and text.startswith(_ROAD_ENDS, start) and start == pos:
            return True  # 里|和|路快速化改造工程: the road's name holds 和
        if company and (token in COMPANY_INNER and not _verb_before_firm(text, bounds, token, prev, start)
                        or token == "中" and self._after_place(text, bounds, prev)
                        or self._glued_position(text, bounds, token, prev, pos - start)):
            return True
        # 开发建设X研究院, 在光谷建设下一代…研究院, 支持香港中文大学(深圳)建设理工学院: 建设 is the verb; 城乡建设局 keeps it
        return body and body_word(token, text, start, pos) and not (
            token == "建设" and (text[prev - 2:prev] in self.patterns.stop_tokens or pos - start > 4
                                or text.endswith(_BUILDERS, 0, prev)))

    def _across(self, text: str, bounds: TokenBounds, token: str, at: tuple[int, int, int], company: bool) -> int | None:
        """Where the walk left goes on across a closing quote, a company's bracket, a brand's 都, a place the segmenter
        cut after a stop word's character (前|海), a brand opening with a function word's character after its city
        (北京|以岭), a panel's generation (第|6|代) or a company's number (第一) at ``token`` (``at``: the walk's floor,
        the token's start and end); -1 where quoted words stop it; None elsewhere."""
        floor, prev, start = at
        if token in ("”", '"') and "“" in text[floor:prev]:
            opening = text.rfind("“", floor, prev)
            return -1 if _QUOTED_CLAUSE.search(text, opening, prev) or _QUOTED_THEME.search(text, opening, prev) \
                or _PLAN_PERIOD.fullmatch(text, opening + 1, prev) else opening
        if token in ("）", ")"):
            opening = max(text.rfind("（", floor, prev), text.rfind("(", floor, prev))
            before = text[bounds.token_start(opening - 1):opening] if opening > 0 else ""
            inside = text[opening + 1:prev]
            legal = inside in ("集团", "控股") and text.startswith(("有限", "股份"), start)  # 天津港（集团）有限公司…二期
            if 0 < opening and 2 <= prev - opening - 1 <= 4 \
                    and (company or legal or inside in city_forms() or inside in self.county_shorts) \
                    and (before in COMPANY_INNER or self._name_token(before, text, opening)  # 控股(集团)有限公司
                         or company and glued_function_start(before, shortest=2)):  # 由晓星|(张家港)碳纤维有限公司
                return opening  # 中日(天津)健康产业发展合作示范区, 宁波(北仑)集成电路产业园: a park's city or county in brackets
        if company and token == "都" and bounds.token_start(prev - 1) == prev - 1 > floor \
                and not lexicon.count(text[prev - 1:start]) and self._name_token(text[prev - 1:prev], text, prev):
            return prev - 1  # 安徽梨|都|农业科技有限公司: a brand's capital (梨都, 果都, 药都), not 都 (all)
        if token in _SIDE_CHARS and start - prev == 1 and bounds.is_end(start + 1) and lexicon.count(text[prev:start + 1]):
            return prev  # 深圳|前|海|华储…, 后|海|中心区: the segmenter cut 前海, 后海 (前 and 后 are stop words elsewhere)
        if len(token) == 1 and (town := _cut_town(text, bounds, prev, start)) is not None:
            return town  # 七|都|大桥北汊桥改建工程: a town's short form the segmenter cut (都 a stop word elsewhere)
        if company and prev in bounds.place_ends and (glued_function_start(token, shortest=2) or _brand_is(token)):
            return prev  # 北京|以岭|药业有限公司, 浙江|求是|半导体设备有限公司: a brand after its place, opening or
            # ending with a function word's character
        if _ROUTE_NUMBER.fullmatch(token) and text.startswith(_ROUTES, start):
            return prev  # 104|国道铜山段改扩建工程, S319|省道: the road's number is its name
        if token.isdigit() and text[prev - 1:prev] == "第" and text.startswith("代", start):
            return prev - 1  # 京东方|第|6|代|柔性AMOLED生产线: a panel's generation inside the works' name
        if token == "和" and (company or _COMPANY_AHEAD.match(text, start)) and self._brand_char(text, bounds, prev):
            return prev - 1  # 由日本|丸|和|精工株式会社, 的|丸|和|精密零部件(大连)有限公司: a brand holding 和 (丸和, 大和)
        if company and token in _UNIT_ORDINALS and text[start:start + 1] not in _COUNTED:
            return prev  # 中铁四局集团|第一|工程有限公司, 中交|第一|航务工程局: a numbered company (第一 is a stop word elsewhere)
        return None

    def _brand_char(self, text: str, bounds: TokenBounds, pos: int) -> bool:
        """The character before ``pos`` is a token of its own that is no stop word and no function word (丸|和): the
        first half of a brand the segmenter cut at 和, not a list's item (天津港|和|河北港口集团有限公司)."""
        char = text[pos - 1:pos]
        return pos > 1 and bounds.token_start(pos - 1) == pos - 1 and _HAN_CHAR.fullmatch(char) is not None \
            and char not in self.patterns.stop_tokens and char not in GLUED_AFTER

    def _county_opening(self, text: str, start: int) -> int:
        """Where a county's short form ending at ``start`` opens a name (``start`` if none does), not one
        that is a stop word after a name (南翔镇|会同|上海…有限公司: 会同, together with, not 会同县)."""
        county = county_before(text, start, self.county_shorts)
        verb = text[county:start] in self.patterns.stop_tokens and county > 0 and text[county - 1] not in CLAUSE_END
        return start if verb else county

    def _glued_position(self, text: str, bounds: TokenBounds, token: str, prev: int, length: int) -> bool:
        """上 or 下 inside a company's name whose rest before its legal form is short (无锡华润|上|华科技有限公司), a brand
        before it: the segmenter's cut, no position word (平台上)."""
        if token not in ("上", "下") or length > 3 or prev == 0:
            return False
        before = text[bounds.token_start(prev - 1):prev]
        return has_proper_element(before) and self._name_token(before, text, prev)

    def _after_place(self, text: str, bounds: TokenBounds, pos: int) -> bool:
        """A place name ends at ``pos`` (杭州|中|泰重工…: 中 inside a company's name after its city)."""
        from extractors.company_cores import place_prefixes

        return pos in bounds.place_ends or text[bounds.token_start(pos - 1):pos] in place_prefixes()

    @staticmethod
    def _place_before(text: str, bounds: TokenBounds, pos: int) -> bool:
        """A place or a city's short form (成都, not a place span by itself) ends at ``pos``."""
        return pos in bounds.place_ends or text[bounds.token_start(pos - 1):pos] in city_forms()

    def _split_word(self, text: str, bounds: TokenBounds, prev: int, start: int) -> bool:
        """A one-character token that the segmenter cut off its word (睿智/能 in 宁睿智能电网)."""
        if start - prev != 1 or prev == 0 or text[prev] in GLUED_AFTER:
            return False  # 变更|为: a function word after a verb, no piece of 更为
        before = text[bounds.token_start(prev - 1):prev]  # (经委会|同: 会同 is a stop word, no piece of a name)
        if text[prev] in self.patterns.stop_tokens and lexicon.tagged(before, "verb"):
            return False  # 邀请|到|区政府: a verb's complement (到, 至), no piece of a word
        return bool(lexicon.count(text[prev - 1:start])) and before not in self.patterns.stop_tokens \
            and text[prev - 1:start] not in self.patterns.stop_tokens \
            and self._name_token(before, text, prev)

    def _name_token(self, token: str, text: str, end: int) -> bool:
        return name_token(token, text, end, self.patterns.stop_tokens)
