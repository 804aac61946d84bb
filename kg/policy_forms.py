"""Policy names written differently across texts: which are one policy (:func:`merge_policies`, read by
:func:`kg.naming.merge_short_forms`).

A plan or campaign is cited with or without its province or city (天津市海河英才行动计划, 海河英才计划), with 发展规划 or
规划, its years in digits or numerals (二〇三五年, 2035年) and with or without 战略 or 行动计划; one title of two levels
(辽宁省…方案, 沈阳市…方案) is two policies, and a law of each level is its own (江苏省优化营商环境条例).

Example:
    >>> merge_policies({"天津市海河英才行动计划": 1, "海河英才计划": 2})
    {'天津市海河英才行动计划': '海河英才计划'}
"""

from __future__ import annotations

import re

_POLICY_PREFIX = re.compile(r"^(?:天津市|北京市|河北省|[\u4e00-\u9fff]{2}[省市])(?=[\u4e00-\u9fff]{4})")


_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")


def numerals_as_digits(text: str) -> str:
    """``text`` with its Chinese numerals as digits, so a title's year written either way (二〇三五年, 2035年) compares
    equal.

    Example:
        >>> numerals_as_digits("和二〇三五年远景目标")
        '和2035年远景目标'
    """
    return text.translate(_DIGITS)


_ACTION_END = re.compile(r"(?<=..)行动$")
#: Regulations: each level issues its own under the same title (优化营商环境条例, 江苏省优化营商环境条例).
_LAWS = ("条例",)


def policy_core(name: str) -> str:
    """The core of a policy name: no province/city prefix (but a law's), 发展规划 as 规划, no 战略/行动 tail.

    Example:
        >>> policy_core("天津市海河英才行动计划") == policy_core("海河英才计划")
        True
        >>> policy_core("北辰区新型城镇化十四五发展规划") == policy_core("北辰区新型城镇化十四五规划")
        True
        >>> policy_core("西青区…规划和二〇三五年远景目标纲要") == policy_core("西青区…规划和2035年远景目标纲要")
        True
    """
    core = _POLICY_PREFIX.sub("", name) if not name.endswith(_LAWS) else name  # 江苏省优化营商环境条例: a law of its own
    # 二〇三五年: 2035年; “凤凰行动”计划 and 凤凰行动: one
    core = numerals_as_digits(_ACTION_END.sub("计划", core.replace("发展规划", "规划").replace("行动计划", "计划")))
    return core[:-2] if core.endswith("战略") and len(core) > 4 else core


def merge_policies(counts: dict[str, int]) -> dict[str, str]:
    """Map policy names sharing a core to one form: the bare name of a strategy, else the most used."""
    by_core: dict[str, list[str]] = {}
    for name in sorted(counts):
        by_core.setdefault(policy_core(name), []).append(name)
    mapping: dict[str, str] = {}
    for group in (part for names in by_core.values() for part in _by_issuer(names)):
        if len(group) > 1:
            # the bare strategy name wins over its 战略 form (京津冀协同发展), then use, then length
            best = max(group, key=lambda n: (n + "战略" in group, counts[n], len(n), n))
            mapping.update({n: best for n in group if n != best})
    return mapping


def _by_issuer(names: list[str]) -> list[list[str]]:
    """``names`` of one core, one group per opening province or city where two open them (辽宁省…, 沈阳市…; bare ones apart)."""
    prefixes = [(m.group(0) if (m := _POLICY_PREFIX.match(n)) else "") for n in names]
    if len(set(prefixes) - {""}) < 2:
        return [names]
    return [[n for n, p in zip(names, prefixes) if p == prefix] for prefix in sorted(set(prefixes))]
