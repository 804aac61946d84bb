"""What a company is called for short, for the relation rules (split from :mod:`extractors.rel_context`).

A company's core is its name without the place in front and its legal and business tails (苏州远腾数控科技有限公司:
远腾数控). The core, its longer prefixes, its skipping abbreviations (甬舟物流 of 甬舟智慧物流) and the short form the
text declares after the name are the forms :class:`extractors.rel_context.RelContext` finds the company's references
by. They read names and text only, no mentions, so the name rules use the place prefixes (:func:`place_prefixes`)
without a relation context.

Example:
    >>> text = "苏州远腾数控科技有限公司（以下简称“远腾”）"
    >>> company_core("苏州远腾数控科技有限公司"), sorted(company_forms(text, [("苏州远腾数控科技有限公司", 12)]))
    ('远腾数控', ['远腾', '远腾数控'])
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from extractors.text_marks import said_short

_COMPANY_TAIL = re.compile(
    r"(?:股份有限公司|有限责任公司|集团有限公司|集团股份有限公司|有限公司|集团公司|集团|股份|公司)$")
_BUSINESS_TAIL = re.compile(r"(?:科技|技术|实业|发展|投资|控股|贸易|工贸|国际|产业|管理|服务|经营)$")
_PAREN = re.compile(r"\([^()]{1,8}\)")
#: The last character of a place's or zone's name (区, 县, 市, 镇, 园): no short form of a company ends in one.
_PLACE_ENDS = frozenset("区县市镇园")


@lru_cache(maxsize=1)
def place_prefixes() -> frozenset[str]:
    """Province, city and county names (with and without suffix) that may start a company name."""
    from extractors.gazetteer_data import load_gazetteer

    gz = load_gazetteer()
    names: set[str] = set()
    for area in gz.areas():
        names.add(area.name)
        if area.short and len(area.short) >= 2:
            names.add(area.short)
        if area.level in ("city", "county") and len(area.name) >= 3 and area.name[-1] in "市县区":
            names.add(area.name[:-1])
    return frozenset(names)


@lru_cache(maxsize=4096)
def company_core(name: str) -> str:
    """The distinctive part of a company name: no place prefix, no legal or business tail.

    Example:
        >>> company_core("佛山市桂洲电器有限公司")
        '桂洲电器'
    """
    core = _PAREN.sub("", name.replace("（", "(").replace("）", ")"))
    core = _COMPANY_TAIL.sub("", core)
    for _ in range(2):
        stripped = _BUSINESS_TAIL.sub("", core)
        if len(stripped) >= 2:
            core = stripped
    places = place_prefixes()
    for n in range(min(len(core) - 2, 8), 1, -1):
        if core[:n] in places:
            return core[n:].lstrip("市省")
    return core


def abbreviations(core: str, name: str) -> set[str]:
    """Skipping short forms of a company: the core's first two characters plus a tail of it.

    Example:
        >>> sorted(abbreviations("甬舟智慧物流", "宁波甬舟智慧物流有限公司"))
        ['甬舟慧物流', '甬舟物流']
    """
    out = {core[:2] + core[k:] for k in range(3, len(core) - 1) if len(core) - k >= 2}
    if "集团" in name and len(core) >= 2:
        out.add(core[:2] + "集团")
    return out


def common_prefix(a: str, b: str) -> int:
    """Length of the common prefix of ``a`` and ``b``."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def company_forms(text: str, named: Iterable[tuple[str, int]]) -> dict[str, str]:
    """Short forms of companies by the full name they stand for: core, core prefixes, abbreviations, 简称.

    Args:
        text: The document text.
        named: ``(full name, end)`` of each company, in order; ``end`` is where the text names it in full, after
            which a short form may be declared (以下简称“…”), or -1 for one the text does not name in full.
    """
    forms: dict[str, str] = {}
    clashes: set[str] = set()
    for name, end in named:
        if not _COMPANY_TAIL.search(name):
            continue
        core = company_core(name)
        if len(core) >= 2:
            forms.setdefault(core, name)
        for n in range(len(core) - 1, 3, -1):
            forms.setdefault(core[:n], name)
        for form in abbreviations(core, name):
            if forms.setdefault(form, name) != name:
                clashes.add(form)
        said = said_short(text, end, name) if end >= 0 else None
        if said:
            forms[said.group(1)] = name
    # 长沙经开区投资控股有限公司's core is 经开区: a place or a zone is never the company's short form
    return {f: full for f, full in forms.items() if f not in clashes and f[-1] not in _PLACE_ENDS}
