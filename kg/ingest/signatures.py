"""How a document signs and dates itself: the date forms, the line naming a body, and the signature.

An official notice ends with the body that issues it and the date, one line each (a joint notice's bodies
one above the other), or signs its covering letter at the top; :func:`signature` reads either.
:mod:`kg.ingest.metadata` takes the header's fields and falls back to the signature.
"""

from __future__ import annotations

import re

DATE_RES = (
    re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"),
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月()"),
)
DATE_LINE_RE = re.compile(r"^[（(]?\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?[）)]?$")  # a speech's (2023年12月26日)
#: The suffix of a kind of body (in a group of its own: a pattern holding it counts it), and a body's name: words, then
#: the suffix.
ORG_SUFFIX = (r"(委员会|人民政府|政府|办公室|办公厅|局|委|厅|部|大学|学院|研究院|研究所|中心|督查室|研究室"
              r"|公司(?:董事会|监事会)?|调查队)")
ORG_NAME = rf"[\u4e00-\u9fff()]{{2,30}}{ORG_SUFFIX}"
ORG_LINE_RE = re.compile(rf"^{ORG_NAME}$")


def iso_date(text: str) -> str | None:
    """The first date in ``text`` as ISO ``yyyy-mm-dd`` (or ``yyyy-mm`` without a day).

    Example:
        >>> iso_date("发布日期:2025年09月03日"), iso_date("2021年05月"), iso_date("2020-01-18 15:24:00")
        ('2025-09-03', '2021-05', '2020-01-18')
    """
    for rx in DATE_RES:
        match = rx.search(text)
        if match:
            year, month, day = match.group(1), int(match.group(2)), match.group(3)
            if not 1 <= month <= 12:
                continue
            if day and 1 <= int(day) <= 31:
                return f"{year}-{month:02d}-{int(day):02d}"
            if not day:
                return f"{year}-{month:02d}"
    return None


#: Lines an official document ends with after its signature: who gets copies, who printed it and when, a contact.
_AFTER_SIGNATURE = re.compile(r"^(?:抄送|抄报|主送|[(（]?联系人|联系电话|附件|[(（]此件|.{0,30}\d{4}年\d{1,2}月\d{1,2}日印发$)")


#: The seal another body stamps for a signing body, on a line of its own under it or after its name
#: (（鹿城区重点建设项目办公室代章）).
STAMP = re.compile(r"[（(][^（()）]{2,30}(?:代章|代印|盖章)[）)]$")
_STAMP = re.compile(r"^" + STAMP.pattern)


def signature(text: str) -> tuple[str | None, str | None]:
    """The body and the date an official notice is signed with (publisher, ISO date): its last two lines, or the
    two before its copy and print lines (抄送：…, …2024年4月10日印发).

    Example:
        >>> signature("…请认真贯彻落实。\\n天津市东丽区人民政府办公室\\n2023年4月20日\\n")
        ('天津市东丽区人民政府办公室', '2023-04-20')
        >>> signature("…落实。\\n东丽区人民政府\\n2023年4月20日\\n抄送：区委办。\\n东丽区人民政府办公室  2023年4月21日印发")
        ('东丽区人民政府', '2023-04-20')
        >>> signature("…请认真贯彻落实。\\n2023年4月20日")
        (None, None)
    """
    lines = [line.strip() for line in text[-600:].split("\n") if line.strip() and not _STAMP.match(line.strip())]
    while lines and _AFTER_SIGNATURE.match(lines[-1]):
        lines.pop()
    if len(lines) >= 2 and DATE_LINE_RE.match(lines[-1]) and ORG_LINE_RE.match(lines[-2]):
        return _signers(lines, len(lines) - 2), iso_date(lines[-1])
    return _covering_letter(text)


def _signers(lines: list[str], last: int) -> str:
    """The body signing on line ``last`` and those signing above it, one a line (a joint notice's 区工信局 over
    区财政局), written together as a joint publisher line is."""
    first = last
    while first > 0 and last - first < 3 and ORG_LINE_RE.match(lines[first - 1]):
        first -= 1
    return "".join(lines[first:last + 1])


def _covering_letter(text: str) -> tuple[str | None, str | None]:
    """The signature of a notice's covering letter, above the document it issues (…现印发给你们…。
    \\n武汉东湖新技术开发区管理委员会\\n2024年4月10日), when the document's end is not signed (copy and print
    lines, or the issued plan's table)."""
    lines = [line.strip() for line in text[:_LETTER_MAX].split("\n")]
    for i, (org, date) in enumerate(zip(lines, lines[1:])):
        if ORG_LINE_RE.match(org) and DATE_LINE_RE.match(date):
            return _signers(lines, i), iso_date(date)
    return None, None


#: How far into a notice its covering letter's signature is looked for.
_LETTER_MAX = 3000
