"""Does a candidate name hold a proper element (a place, brand, coined word or number)?

ANNOTATION.md rule 3: 郊野公园, 大数据中心 and 主干路 are not names; 1号供热站,
曙光水镇 and 北辰公园 are. The test cuts the part of a name before its suffix
into jieba words and looks for one that is not common vocabulary:

- ASCII letters or digits (SMC, 5号线, 1号);
- a word jieba's dictionary does not know (a coined name: 潮悦汇, 爱旭);
- a word jieba tags as a proper noun (ns place, nr/nrt/nrfg person-like brand
  names, nz other proper noun, nt organisation), or a one-character
  abbreviation (津, 沪), minus a short list of common words jieba mistags.

The counts and tags come from :mod:`extractors.lexicon` (jieba's dictionary
as one table; the kinds of tagged words are in :mod:`extractors.dict_tags`).

Example:
    >>> has_proper_element("郊野"), has_proper_element("北辰"), has_proper_element("1号")
    (False, True, True)
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors import lexicon, segment

_ALNUM = re.compile(r"[A-Za-z0-9]")
#: Function characters: an unknown word containing one is a segmentation fragment, not a coined name.
_FUNCTION_CHARS = re.compile(r"[亦之的及与和或其等在于为而把被将从向对个级并也又就都要]")
#: Common words that jieba tags as proper nouns, and words too general to name one thing.
COMMON_WORDS = frozenset(
    "城市 城镇 都市 宜居 中国 国家 国际 全球 世界 中央 乡村 农村 社区 首都 区域 地区 城乡 全国 全市 全区 "
    "养老 楼宇 小镇 幼儿园 拓宽 续建 智能化 田园 智慧 智慧型 延伸线 新村 新河 河 古街 大力发展 镇里 永定 "
    "北部 南部 东部 西部 中部 环内 环外 市级 区级 省级 国家级 大学 文旅 赋能 产城 科创 文创 康养 海铁 山野 博士后 养老院 公建 市管 区管 "
    "惠民 冷链 城中村 老旧 敬老院 福利院 卫生院 枢纽站 换乘 加油站 新建 提质 绿道 碧道".split()
)


#: Acronyms of general vocabulary (a technology, a funding or transport model), no proper element:
#: 5G基站, PPP项目, TOD交通综合体 and P+R停车场 are not names by themselves.
#: Common nouns to jieba that are proper elements of names (银河公园, 银河风景区).
PROPER_WORDS = frozenset(("银河", "绿地"))
_GENERIC_ACRONYMS = re.compile(r"(?<![A-Za-z0-9])(?:[345]G|TOD|PPP|EPC|BOT|IDC|AI|VR|AR|IPv6|P\+R|O2O|CBD)(?![A-Za-z0-9])")


#: The one-character names of the provinces (京, 沪, 冀 …), which a road or a line joining them is named by.
_PROVINCE_CHARS = frozenset("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕秦甘陇青宁新蒙港澳台")
#: A number written in Chinese before a school or hospital (九十二中学, 第一医院) names it as digits do (1号供热站).
_NUMBERED = re.compile(r"(?:第[一二三四五六七八九十百]{1,4}|^[一二三四五六七八九十百]{2,4})(?:中学|小学|幼儿园|医院|中(?!心))")


def proper_word(word: str) -> bool:
    """True if ``word`` (one jieba word) is a proper element of a name."""
    if _GENERIC_ACRONYMS.fullmatch(word) or word in ("P", "R", "+"):
        return False
    if _ALNUM.search(word):
        return True
    if word in COMMON_WORDS or not word.strip():
        return False
    if word in PROPER_WORDS or lexicon.tagged(word, "proper") or word in city_forms():
        return True
    if 2 <= len(word) <= 4 and _PROVINCE_CHARS.issuperset(word) and word != "京津冀":  # (a region, rule 21)
        return True  # 京沪(高速), 京港澳, 沪渝: the provinces a road or a line joins, by their one-character names
    return len(word) >= 2 and not lexicon.count(word) and not _FUNCTION_CHARS.search(word)


@lru_cache(maxsize=1)
def city_forms() -> frozenset[str]:
    """The names and short forms of provinces and prefecture-level cities (合肥, which the segmenter's
    dictionary does not tag as a place): proper elements wherever they stand."""
    from extractors.gazetteer_data import load_gazetteer

    gz = load_gazetteer()
    areas = list(gz.provinces.values()) + [a for group in gz.cities.values() for a in group]
    return frozenset(f for a in areas for f in (a.name, a.short) if len(f) >= 2)


@lru_cache(maxsize=1 << 15)
def jieba_words(text: str) -> tuple[str, ...]:
    """jieba's words of a short text (HMM on), cached: the same names and prefixes recur in a document
    and across documents. The cache assumes jieba's dictionary does not change once loaded (nothing
    in kg adds words)."""
    return tuple(segment.cut(text))


@lru_cache(maxsize=1 << 15)
def has_proper_element(text: str) -> bool:
    """True if some jieba word of ``text`` is a proper element (see the module docstring); cached."""
    text = _GENERIC_ACRONYMS.sub("", text)
    if _ALNUM.search(text) or _NUMBERED.search(text):
        return True
    return any(proper_word(w) for w in jieba_words(text))


def brand_like(name: str) -> bool:
    """True if ``name`` reads as a bare trade name: one coined or proper word (北科建, 迪信通), or
    dictionary proper nouns ending in a verb-like word (滨海联创); not 奶牛公社, 奶业科普馆, 水岸花堤.

    A bare trade name in a project list stands for the enterprise behind it (ANNOTATION.md rule 15).
    """
    if not 2 <= len(name) <= 5 or _ALNUM.search(name):
        return False
    words = [w for w in jieba_words(name) if w.strip()]
    if len(words) == 1:
        return proper_word(words[0])
    if len(words[-1]) < 2 or not all(lexicon.tagged(w, "brand") for w in words[:-1]):
        return False
    return lexicon.tagged(words[-1], "brand") or lexicon.tagged(words[-1], "verb")


def sector_word(name: str) -> bool:
    """True if ``name`` is common vocabulary ending in a word of two or more characters (电力, 供水, 热管理):
    a sector or a trade, not an abbreviated name (天工院, 水泥院 end in a one-character word)."""
    words = [w for w in jieba_words(name) if w.strip()]
    return bool(words) and len(words[-1]) >= 2 and not has_proper_element(name)
