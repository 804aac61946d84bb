"""Web-page chrome: the navigation, footer and sharing lines a saved page carries.

The rules are data: each is a name and a regular expression matched against one
whole (already character-normalised) line. A line that matches is dropped.
``TAIL_MARKERS`` start a footer block: from such a line near the end of a text
onward, every remaining line is dropped when all of them are short.

Example:
    >>> is_chrome_line("Copyright (C) 2000-2024 Example.com All rights reserved")
    True
    >>> is_chrome_line("北辰区将继续提速城市开发建设。")
    False
"""

from __future__ import annotations

import re

CHROME_LINE_RULES: tuple[tuple[str, str], ...] = (
    ("breadcrumb", r"^(当前)?(位置|您的位置|您当前的位置)\s*[:>].*(首页|主页).*$"),
    ("mobile-qr", r"^(扫码|扫一扫|扫描二维码)(阅读|打开|分享|在)?.{0,8}(手机|移动)(版|端|阅读)?$"),
    ("app-download", r"^下载.{0,10}(客户端|APP|App|app).{0,12}$"),
    ("recommended", r"^(推荐新闻|相关新闻|相关阅读|热点推荐|延伸阅读|猜你喜欢|热门推荐)$"),
    ("comments", r"^(我来说两句|发表评论|网友评论|评论\(\d*\))$"),
    ("friend-links", r"^友情链接[:]?$"),
    # (not a table's row written with | between its cells: 一般公共预算收入(亿元)|62.3|79.5|5以上|预期性 holds digits)
    ("site-links", r"^(?!.*\d)(.{1,12}\|){3,}.{0,40}$"),
    ("report-contact", r"^.*(举报电话|举报邮箱|举报平台|违法和不良信息举报).*$"),
    ("copyright", r"^.*(Copyright|COPYRIGHT|copyright|©|\(C\)\s*\d{4}|All [Rr]ights [Rr]eserved).*$"),
    ("all-rights", r"^.{0,40}版权所有.{0,60}$"),
    # a site's licence footer (not a table's 许可证编号 column: a header line holds TABs)
    ("licence", r"^[^\t]*(许可证编号|许可证号|ICP备|ICP证|公网安备|网安备)[^\t]*$"),
    ("sponsor", r"^(主办单位|承办单位|主办|承办)\s*[:].{0,80}$"),
    ("share", r"^(分享到|分享至|打印本页|关闭窗口|【打印】|【关闭】|返回顶部)[:]?.{0,20}$"),
    ("font-size", r"^(字号|字体)[:].{0,10}[大中小].{0,10}$"),
)

TAIL_MARKERS: tuple[str, ...] = (
    r"^下载.{0,10}客户端",
    r"^推荐新闻$",
    r"^相关新闻$",
    r"^我来说两句$",
    r"^友情链接[:]?$",
    r"^关于我们\s*\|",
)

TAIL_WINDOW = 25  # a footer block starts within the last this-many lines
TAIL_MAX_LINE = 200  # and holds no line longer than this

_LINE_RES = tuple((name, re.compile(rx)) for name, rx in CHROME_LINE_RULES)
_ANY_RE = re.compile("|".join(f"(?:{rx})" for _name, rx in CHROME_LINE_RULES))
_TAIL_RES = tuple(re.compile(rx) for rx in TAIL_MARKERS)
# On a line without "\n" a rule ``^.*(X).*$`` matches exactly when X occurs anywhere: one search for
# the X's instead of the backtracking ``.*`` (every start tried against every word). A rule
# ``^[^\t]*(X)[^\t]*$`` matches when X occurs in a line without a tab.
_ANYWHERE = tuple(re.fullmatch(r"\^\.\*\((.*)\)\.\*\$", rx) for _name, rx in CHROME_LINE_RULES)
_TAB_FREE = tuple(re.fullmatch(r"\^\[\^\\t\]\*\((.*)\)\[\^\\t\]\*\$", rx) for _name, rx in CHROME_LINE_RULES)
_ANCHORED_RE = re.compile("|".join(f"(?:{rx})" for (_name, rx), w, t in zip(CHROME_LINE_RULES, _ANYWHERE, _TAB_FREE)
                                   if not (w or t)))
_ANYWHERE_RE = re.compile("|".join(w.group(1) for w in _ANYWHERE if w))  # ungrouped: a fast first-character scan
_TAB_FREE_RE = re.compile("|".join(t.group(1) for t in _TAB_FREE if t) or "(?!)")


def _may_be_chrome(stripped: str) -> bool:
    """``_ANY_RE.match(stripped)``, with the ``^.*(X).*$`` and ``^[^\t]*(X)[^\t]*$`` rules as a search for the X's."""
    if "\n" in stripped:
        return _ANY_RE.match(stripped) is not None
    return _ANCHORED_RE.match(stripped) is not None or _ANYWHERE_RE.search(stripped) is not None \
        or ("\t" not in stripped and _TAB_FREE_RE.search(stripped) is not None)


def chrome_rule(line: str) -> str | None:
    """Return the name of the chrome rule ``line`` matches, or None.

    Args:
        line: One line of text without its line break.

    Returns:
        The rule name, e.g. ``"copyright"``, or None for ordinary text.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 300 or not _may_be_chrome(stripped):
        return None
    for name, rx in _LINE_RES:
        if rx.match(stripped):
            return name
    return None


def is_chrome_line(line: str) -> bool:
    """True when ``line`` is navigation, footer or sharing chrome."""
    return chrome_rule(line) is not None


def tail_start(lines: list[str]) -> int:
    """Index of the first line of a trailing footer block (``len(lines)`` if none).

    Args:
        lines: The non-empty lines of a text.

    Returns:
        The index from which every line is footer chrome.
    """
    first = max(0, len(lines) - TAIL_WINDOW)
    for i in range(first, len(lines)):
        if any(rx.match(lines[i].strip()) for rx in _TAIL_RES):
            if all(len(x) <= TAIL_MAX_LINE for x in lines[i:]):
                return i
    return len(lines)


def drop_chrome(lines: list[str]) -> list[str]:
    """Remove chrome lines and a trailing footer block from ``lines``."""
    kept = lines[: tail_start(lines)]
    return [line for line in kept if chrome_rule(line) is None]
