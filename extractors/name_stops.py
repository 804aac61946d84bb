"""Where the walk left from a name's suffix stops (:func:`stop_at`, split from :mod:`extractors.name_words`): a stop word
or a function word the segmenter glued to the name's first word, a firm's role or kind before its registered name, an
adverb before 投资, an address's road before a body, a date's 前 before works.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from extractors import lexicon
from extractors.name_words import CLAUSE_END, GLUED_BEFORE, glued_level
from extractors.stop_words_kept import city_start
from extractors.token_bounds import TokenBounds


#: What a firm is to another, before its registered name (…核心供应商广州凯立汽车座椅有限公司), not inside a body's
#: name (…解决方案供应商联盟).
_SUPPLIERS = frozenset(("供应商", "配套商", "服务商", "合作伙伴", "经销商", "代理商"))
_REGISTERED_AHEAD = re.compile(r"[\u4e00-\u9fff（）()]{2,24}?(?:有限公司|有限责任公司|股份公司)")
#: A firm's role or kind of capital before 企业 (链主企业X, 台资企业X): no part of its name.
FIRM_ROLES = ("链主", "龙头", "骨干", "领军", "重点", "标杆", "头部", "优质", "配套", "民营", "国有", "外资", "上市", "本地",
               "台资", "港资", "合资", "独资", "日资", "韩资", "美资", "德资", "小巨人", "专精特新", "高新技术", "科技型",
               "瞪羚", "独角兽", "单项冠军", "隐形冠军", "镇属", "区属", "市属", "县属", "省属")


#: What a deadline's 前 follows (年底前, 6月前).
_DATE_ENDS = ("年底", "月底", "年末", "年", "月", "日")


#: Words of manner the segmenter joins to the verb after them (全面落实, 深入推进, 切实加强).
_MANNER = frozenset(("全面", "认真", "深入", "切实", "积极", "大力", "持续", "坚决", "加快", "扎实", "稳步", "着力", "全力"))


#: The marks that end a sentence or a line (no quote: “两轴”即临空港大道 is 即, namely).
_SENTENCE_MARKS = "。！？；;!?\n"


@lru_cache(maxsize=16)  # one scan of a text per token (a text's hash is computed once and kept)
def _city_brand(text: str, token: str) -> bool:
    """``token`` (即发) is written after a city somewhere in ``text`` (青岛即发集团控股有限公司): a brand's start."""
    at = text.find(token, 2)
    while at >= 0:
        if city_start(text, at) is not None:
            return True
        at = text.find(token, at + 1)
    return False


def _invested_or_addressed(text: str, bounds: TokenBounds, token: str, prev: int, start: int) -> int | None:
    """Where the walk stops at 投资 after an adverb (首期已|投资|驰远动力: invested in; not 深圳市创新投资集团, 最具投资价值),
    or at an address's road before the body its district names (德民路|区行政服务中心, 德民路区|行政服务中心 as the
    segmenter glues them); None elsewhere."""
    if token == "投资" and prev > 0 and text[bounds.token_start(prev - 1):prev] in _ADVERBS:
        return start
    if len(token) >= 2 and token.endswith(("路", "道", "街")) and text[start:start + 1] in "区市县":
        return start
    if len(token) >= 4 and token[-2] in "路道" and token[-1] in "区市县":
        return start - 1
    return None


#: The last characters of the tokens :func:`_invested_or_addressed` reads (every other token of a walk skips it).
_INVESTED_OR_ADDRESSED = frozenset("资路道街区市县")
#: Adverbs before a verb (已投资: invested in).
_ADVERBS = frozenset(("已", "已经", "将", "共", "累计", "先后", "还", "拟", "曾", "均", "分别"))


def _firm_role(text: str, token: str, prev: int, start: int) -> bool:
    """``token`` (``text[prev:start]``) says what the firm named after it is: its role or capital before 企业 (链主企业,
    专精特新“小巨人”企业), or what it is to another firm before its registered name (核心供应商)."""
    if token.endswith("企业"):
        return token[:-2] in FIRM_ROLES or token == "企业" and text[max(0, prev - 8):prev].rstrip("”\"").endswith(FIRM_ROLES)
    return token in _SUPPLIERS and _REGISTERED_AHEAD.match(text, start) is not None


def _place_opens(text: str, bounds: TokenBounds, start: int) -> bool:
    """A place the gazetteer found, or a city's name or short form, opens ``text`` at ``start``."""
    from extractors.proper import city_forms

    return start in bounds.place_starts or any(text[start:start + n] in city_forms() for n in (2, 3))


def stop_at(text: str, bounds: TokenBounds, token: str, prev: int, start: int, stop_tokens: Collection[str]) -> int | None:
    """Where the walk left stops at ``token`` (``text[prev:start]``), or None when it is no stop of these."""
    if token == "公" and text.endswith("有限", 0, prev) or token == "项目" and text.endswith(("本招标", "本"), 0, prev) \
            or token == "好" and prev > 0 and text[bounds.token_start(prev - 1):prev] in stop_tokens:
        return start  # …有限公|中铁四局: a garbled end; 本招标项目璧山区…: a notice's words; 要用|好|郑州大学: 好 ends a verb
    if glued_level(token):
        return start - 1  # 经|区人民政府同意: the name is the district's body, 经 (by way of) no part of it
    if token[-1:] == "原" and (len(token) == 1 or token[0] in GLUED_BEFORE) and _place_opens(text, bounds, start):
        return start  # 以原|沈阳铁西国有资产经营有限公司为基础: the former (原) body or zone, 原 no part of its name
    if len(token) == 2 and token[0] == "原" and not lexicon.count(token) \
            and any(text.startswith(form, prev + 1) for form in bounds.town_forms):
        return prev + 1  # 由|原章|镇工业园区…整合而成: 原 glued to the town's name the zone opens with
    if len(token) == 2 and token[0] in "以由在把" and prev > 0 and text[prev - 1] in "区市县镇园":
        return prev + 1  # 开发区|以南|瑞集团: a preposition after a place, glued to the name it opens (以南 is a word)
    if len(token) == 2 and token[0] in "年月日" and token[1] == "全" and not lexicon.count(token):
        return start  # 到2025年全|功能区: a date's 年 glued to 全 (the whole of), which opens no name
    if len(token) >= 2 and token[0] in "即系据是" and not lexicon.count(token):
        if token[0] == "即" and (prev == 0 or text[prev - 1] in _SENTENCE_MARKS):
            return prev  # 。即发|集团: a brand opening its sentence with 即 (即墨's), no "namely"
        city = bounds.token_start(prev - 1) if prev else prev
        if token[0] == "即" and city < prev and lexicon.tagged(text[city:prev], "proper"):
            return city  # 青岛|即发|集团: the brand's city opens its name
        if token[0] == "即" and _city_brand(text, token):
            return prev  # ，即发|集团 in a text naming 青岛即发集团…: the brand again
        return prev + 1  # 一条高速即|津雄高速, 越芯半导体系|中芯…有限公司, 据县|发展改革委: 即 (namely), 系 (is),
        # 据 (according to) glued to the name they introduce (not 即墨, 系统, 数据)
    if len(token) >= 2 and token[0] == "前" and not lexicon.count(token) and text.endswith(_DATE_ENDS, 0, prev):
        return prev + 1  # 2023年底|前芯锐…二期: 前 (before) of a deadline glued to the name after it
    if token[0] == "中" and prev > 0 and text[prev - 1] == "其" and bounds.token_start(prev - 1) == prev - 1:
        return prev + 1  # 其|中华|芯…基地: the segmenter cut 其中 (among them) in two
    if token == "经" and (start in bounds.place_starts or text[start:start + 1] in "省市区县"):
        return start  # 经|天津市西青区人民政府批准, 经|省政府批准: 经 (by way of) before a name opening with its place
    if token == "同" and start in bounds.place_starts:
        return start  # 梨都农业同|砀山县良梨果蔬专业合作社: 同 (with) before a name opening with its place (not 中国同辐)
    if _firm_role(text, token, prev, start):
        return start  # 链主|企业|青岛康宁…, 龙头企业|天津…, 广汽本田核心供应商|广州凯立…有限公司: no part of its name
    if len(token) >= 4 and token[:2] in _MANNER and token[2:] in stop_tokens:
        return start  # 全面落实|中共无锡市委办公室…: a manner word and a verb the segmenter made one word
    if token == "中" and prev > 0 and text[prev - 1] in "”\"》":
        return start  # “…示范区”中产业技术研究院: 中 (in) after a quoted or titled name opens nothing
    if token == "中" and (prev == 0 or text[prev - 1] in CLAUSE_END + "、"
                         or text[bounds.token_start(prev - 1):prev] in stop_tokens
                         or text[prev - 1] in "．." and text[prev - 2:prev - 1].isdigit()):
        return prev  # 中 after a stop word or a mark starts a name (下属中材…, 、中铁…, 1．中创新航…), not 在…中
    return _invested_or_addressed(text, bounds, token, prev, start) if token[-1] in _INVESTED_OR_ADDRESSED else None
