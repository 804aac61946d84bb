"""Policy names as records: a name's canonical form (:func:`policy_name`), the match record of ``kg_policies``
(:class:`PolicyMatch`) and the text helpers its rules share (short titles a title declares, campaign patterns,
quotes balanced, the policy a notice's title issues)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.policy_forms import numerals_as_digits

_QUOTES = "“”\"'‘’「」『』"
#: The short title a title declares in the brackets after it (《…若干政策》（萧政发〔2024〕8号，以下简称《若干政策》）).
_SAID_TITLE = re.compile(r"[（(][^（）()]{0,30}?以下简称《([^《》]{2,30})》[^（）()]{0,10}[）)]")


#: An excerpt's mark after a title (…纲要（节选）): the excerpt is of that plan.
EXCERPT_MARK = re.compile(r"[(（](?:节选|摘要|摘编)[)）]")
_EXCERPT = re.compile(EXCERPT_MARK.pattern + "$")
#: The outline's second half after its plan's name (…第十四个五年规划和二〇三五年远景目标纲要): one title.
_VISION = re.compile(r"和(?:二〇三五|二〇三〇|2035|2030)年远景目标(?:纲要)?")


def policy_name(text: str, edition: re.Pattern[str] | None = None) -> str:
    """Canonical policy name: no 《》, quotes or spaces, no trailing edition years or excerpt mark.

    Example:
        >>> policy_name("《北辰区京津冀协同发展“十四五”规划》")
        '北辰区京津冀协同发展十四五规划'
        >>> policy_name("西青区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（节选）")
        '西青区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要'
    """
    name = _EXCERPT.sub("", re.sub(rf"[《》{_QUOTES}\s]", "", text))
    pattern = edition or re.compile(r"[(（]\d{4}[-—–~至]\d{4}年?[)）]$")
    return pattern.sub("", name)


def same_title(name: str, title: str | None) -> bool:
    """Whether a policy ``name`` is the ``title``, its years written in either numerals (…和2035年远景目标纲要 is
    …和二〇三五年远景目标纲要)."""
    return title is not None and numerals_as_digits(name) == numerals_as_digits(title)


def vision_end(text: str, end: int) -> int:
    """End of the long-range half of an outline's title written right after a plan's name ending at ``end``
    (和二〇三五年远景目标纲要), else ``end``."""
    vision = _VISION.match(text, end)
    return vision.end() if vision else end


@dataclass(frozen=True)
class PolicyMatch:
    """One policy name found: the span of the surface text and the canonical name."""

    start: int
    end: int
    name: str
    rule: str


def declared_short_titles(text: str, found: list[PolicyMatch]) -> list[PolicyMatch]:
    """Every 《X》 after a title that declares X as its short form is that title (NOTES 8: a back-reference)."""
    shorts: dict[str, str] = {}
    for m in found:
        said = _SAID_TITLE.match(text, m.end)
        if said is not None and m.rule == "policy.book_title":
            shorts.setdefault(policy_name(said.group(1)), m.name)
    if not shorts:
        return found
    return [replace(m, name=shorts[m.name], rule="policy.said_short") if m.name in shorts and m.rule == "policy.book_title"
            else m for m in found]


def campaign_patterns(verbs: list[str], heads: list[str]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A campaign after its verb (打赢蓝天保卫战, 实施“鲲鹏”企业培育行动), the next one of a list the verb governs (、碧水保卫战),
    and a list sharing one head (打好蓝天、碧水、净土保卫战)."""
    verb, head = "|".join(map(re.escape, verbs)), "|".join(map(re.escape, heads))
    return (re.compile(f"(?:{verb})(?P<name>(?:“[\u4e00-\u9fff—]{{2,12}}”)?[\u4e00-\u9fff]{{2,10}}?(?P<head>{head}))"),
            re.compile(f"[、和及](?P<name>[\u4e00-\u9fff]{{2,10}}?(?P<head>{head}))"),
            re.compile(f"(?:{verb})(?P<items>(?:[\u4e00-\u9fff]{{2,4}}、)+[\u4e00-\u9fff]{{2,4}})(?P<head>保卫战|攻坚战)"))


def balance_quotes(text: str, start: int, end: int) -> int:
    """Move ``start`` right until ``text[start:end]`` has no unmatched quote."""
    for s in range(start, end):
        depth, ok = 0, True
        for ch in text[s:end]:
            if ch == "“":
                depth += 1
            elif ch == "”":
                depth -= 1
                ok = ok and depth >= 0
        if ok and depth == 0 and text[s:end].count('"') % 2 == 0:
            return s
    return end


#: A notice's title issuing a policy: the issuer as written, then 关于印发《Y》 (株洲高新区（天元区）关于印发《…》的通知).
_ISSUING_TITLE = re.compile(r"([^\n《]{2,30}?)关于(?:印发|发布)《([^》\n]{4,80})》")


def issued_as_titled(text: str, found: list[PolicyMatch]) -> list[PolicyMatch]:
    """The policy a notice issues, named in its body with the issuer first (《株洲高新区(天元区)支持…若干政策措施》 under
    the title 株洲高新区(天元区)关于印发《支持…若干政策措施》的通知): named as the title names it, one Policy."""
    title = _ISSUING_TITLE.match(text[:text.find("\n") if "\n" in text else len(text)])
    if title is None:
        return found
    issued = {m.name for m in found if m.start < len(title.group(0))}
    full = {title.group(1) + name: name for name in issued}
    return [replace(m, name=full[m.name]) if m.name in full else m for m in found]
