"""Header metadata: title, date, publisher, document and index numbers, region, author, kind.

Works on normalised text. The header block is the run of lines at the top that
are a title, labelled fields (``发布日期:…``, ``来源:津云作者:…``) or a cover page
(period, drafting bodies, date); the body starts after it. Labels are data
(``FIELD_LABELS``); a value runs to the next label on the same line.

Example:
    >>> meta = parse_header("天津北辰区:双轮驱动\\n所属地区:天津-北辰区\\n发布日期:2025年09月03日\\n正文。")
    >>> meta.title, meta.date, meta.region
    ('天津北辰区:双轮驱动', '2025-09-03', '天津-北辰区')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.patterns import SOURCE_LINE_RE, ends_sentence, heading_marker
from kg.ingest.signatures import DATE_LINE_RE, ORG_LINE_RE, ORG_NAME, ORG_SUFFIX, STAMP, iso_date, signature

# label -> Document field ("" = a known label whose value is not kept)
FIELD_LABELS: dict[str, str] = {
    "名称": "title", "标题": "title", "索引号": "index_number", "发布机构": "publisher", "发布单位": "publisher", "发布部门": "publisher",
    "发文机关": "publisher", "发文单位": "publisher", "发文字号": "doc_number", "文号": "doc_number",
    "成文日期": "date", "发布日期": "date2", "发文日期": "date3", "发布时间": "date2", "更新时间": "date2", "更新日期": "date2",
    "所属地区": "region", "来源": "source", "信息来源": "publisher", "作者": "author", "编辑": "", "责任编辑": "",
    "主题": "", "主题分类": "", "有效性": "", "废止依据": "", "体裁分类": "",
    "浏览次数": "", "浏览量": "", "点击量": "", "点击数": "", "阅读量": "", "访问量": "", "字号": "",
    "证券代码": "", "证券简称": "", "公告编号": "doc_number",  # a listed company's announcement
    "编制单位": "publisher", "编印": "publisher", "编印单位": "publisher",  # a plan's drafter, a brochure's compiler
}
LABEL_RE = re.compile(r"(" + "|".join(sorted(FIELD_LABELS, key=len, reverse=True)) + r")\s*:")
YEAR_RE = re.compile(r"((?:19|20)\d{2})年")
PERIOD_LINE_RE = re.compile(r"^\(?\d{4}\s*[-—~至]\s*\d{4}\s*年?\)?$")
#: A document number on a line of its own under an official notice's title (东政办发〔2023〕12号), or with the date
#: after it (善亩均办〔2024〕2号 2024年4月12日; the spaces are gone).
DOC_NUMBER_LINE_RE = re.compile(r"^([\u4e00-\u9fff]{1,12}[〔\[【(（]\d{4}[〕\]】)）]\d{1,4}号)"
                                r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?$")
#: A body and another written short after it, both issuing (山东莱山经济开发区党工委、管委会): the first is taken.
ORG_PAIR_LINE_RE = re.compile(rf"^(?!各)({ORG_NAME})、(?:管委会|[\u4e00-\u9fff]{{0,10}}(?:委员会|人民政府|政府|办公室|局|委))$")
#: A body (or two, a bulletin's 统计局 and 调查队) and the date, on one line under the title (丽水市莲都区农业农村局
#: 2023年12月20日; its spaces are gone; a plan's 长清区人民政府 2021年3月, its month alone).
ORG_DATE_LINE_RE = re.compile(rf"^({ORG_NAME})(\d{{4}}\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?|\d{{4}}-\d{{1,2}}-\d{{1,2}})$")
#: The occasion a report was delivered at, under its title (——2024年1月9日在成都市郫都区第十九届人民代表大会第四次会议上).
OCCASION_LINE_RE = re.compile(r"^[—-]{1,2}\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*在[^\n]{2,60}上$")
#: The occasion with its speaker on the same line (——2023年1月10日在…会议上 常熟市发展和改革委员会主任 沈建华).
OCCASION_SPEAKER_RE = re.compile(r"^[—-]{1,2}\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*在[^\n]{2,60}?(?:会议|会)上"
                                 r"[ \u3000]*(?P<speaker>[^\n]+)$")
#: A social-media post's line under its title: who posted it, the date and time, where (原创 团泊镇融媒 魅力团泊
#: 2024-05-20 18:00 天津; its spaces are gone).
POST_LINE_RE = re.compile(r"^(?:原创)?[^\d\n:：]{0,30}?(\d{4}-\d{1,2}-\d{1,2}) ?\d{1,2}:\d{2}[\u4e00-\u9fff]{0,8}$")
#: The speaker of a report, with the government or the department he heads (郫都区人民政府区长 罗家宏, 西青区发展和改革
#: 委员会主任 王立新): the body publishes it.
SPEAKER_LINE_RE = re.compile(r"^([\u4e00-\u9fff]{2,30}?(?:人民政府|政府))代?(?:区长|县长|市长|省长|州长|旗长|镇长)[ \u3000]*[\u4e00-\u9fff]{2,4}$"
                             r"|^([\u4e00-\u9fff]{2,30}?(?:委员会|局|委|厅|办公室))(?:主任|局长|厅长)[ \u3000]*[\u4e00-\u9fff]{2,4}$"
                             # a speech's speaker, the party's secretary (区委书记　韩立群, 中共合肥市包河区委书记 韩立群)
                             r"|^(?:(中共[\u4e00-\u9fff]{2,20}?委)|[区县市省]委|党工委)?副?书记[ \u3000]*[\u4e00-\u9fff]{2,4}$"
                             # the head alone, under a report's occasion line (县长 陈志勇)
                             r"|^代?(?:区长|县长|市长|省长|州长|旗长|镇长)[ \u3000]*[\u4e00-\u9fff]{2,4}$")
#: A letterhead (武汉东湖新技术开发区管理委员会文件): the issuer's name and 文件, above the document number and title.
LETTERHEAD_RE = re.compile(r"^([\u4e00-\u9fff()]{2,30}(?:委员会|人民政府|政府|办公室|办公厅|局|委|厅|部))文件$")
#: The issuers of a joint notice on its first line, above its title (中共成都市双流区委办公室 成都市双流区人民政府办公室).
ISSUERS_LINE_RE = re.compile(r"^((?:[\u4e00-\u9fff()]{2,30}?(?:委员会|人民政府|办公室|办公厅|局|厅)[ \u3000]*){2,3})$")
KIND_CUES: tuple[tuple[str, str, str], ...] = (
    ("speech", "title", r"上的(?:讲话|致辞|发言|主旨演讲)$"),  # 在中共合肥市包河区委十一届七次全会上的讲话
    ("notice", "title", r"(通知|通告|通报|公告|决定|批复|公示|答复|复函)$"),
    ("report", "title", r"总结(?:和|及|暨)[^，,]{0,16}计划$"),  # X年工作总结和Y年工作计划: a year reported, then planned
    ("plan", "title", r"(规划|计划|方案|纲要|行动|规划的建议)$"),  # (中共X区委关于制定…五年规划的建议)
    ("interview", "text", r"(专访|采访|访谈)"),
    ("report", "both", r"(工作报告|政府工作|主要工作|工作总结)"),
    ("report", "title", r"的报告$|统计公报$"),  # 关于…计划执行情况与…计划草案的报告; a year's 统计公报 (its values done)
)
#: A note closing a title that says nothing of its kind: (节选), (征求意见稿), (草案), (2021-2025年).
_TITLE_NOTE = re.compile(r"[（(][^（）()]{1,12}[）)]$")


@dataclass
class HeaderMeta:
    """What the header block says; ``body_start`` is the offset after it."""

    title: str | None = None
    date: str | None = None
    publisher: str | None = None
    doc_number: str | None = None
    index_number: str | None = None
    region: str | None = None
    author: str | None = None
    kind: str | None = None
    body_start: int = 0


def parse_header(text: str) -> HeaderMeta:
    """Parse the header block at the top of normalised ``text``.

    Args:
        text: Normalised document text.

    Returns:
        The metadata found (missing fields None) and the body start offset.
    """
    fields: dict[str, str] = {}
    meta = HeaderMeta()
    offset = taken = 0
    crumbs = False
    for line in text.split("\n")[:40]:
        if BREADCRUMB_RE.match(line) or (crumbs and not taken and not line.strip()):
            crumbs = True  # 首页 > 投资生物城 > 园区概况: a page's path, no title (nor a blank line after it)
            offset += len(line) + 1
            continue
        kind = _header_line_kind(line, taken, "title0" in fields or "letterhead" not in fields)
        if kind is None:
            break
        _take_line(kind, line, fields)
        offset += len(line) + 1
        taken += 1
    meta.body_start = min(offset, len(text))
    if "org" not in fields and "date" not in fields:
        _byline_below(text[meta.body_start:].split("\n", 3)[:3], fields)
    _fill(meta, fields)
    signed_by, signed_on = signature(text)
    meta.publisher = meta.publisher or signed_by or _title_issuer(meta.title)
    meta.date = meta.date or signed_on
    meta.kind = guess_kind(meta.title or "", text)
    return meta


def _byline_below(lines: list[str], fields: dict[str, str]) -> None:
    """A body and a date on a line of their own a line or two below the header (a plan excerpt's chapter heading, then
    长清区人民政府 2021年3月): the document's publisher and date."""
    line = next((line for line in lines if ORG_DATE_LINE_RE.match(line.strip())), None)
    if line is not None:
        _take_line("org_date", line, fields)


def _header_line_kind(line: str, index: int, titled: bool = True) -> str | None:
    """Classify a header line: field, title, period, date, occasion (with its speaker), speaker, org (with a date),
    letterhead; None ends the header. Under a letterhead (not ``titled`` yet), the first line like a title is the
    title."""
    if LABEL_RE.search(line) and LABEL_RE.match(line) or _source_line(line):
        return "field"
    if index == 0:
        return "letterhead" if LETTERHEAD_RE.match(line) or ISSUERS_LINE_RE.match(line) \
            else "title" if _title_like(line) or _EXCLAIMED_TITLE.fullmatch(line) else None
    if PERIOD_LINE_RE.match(line):
        return "period"
    if DOC_NUMBER_LINE_RE.match(line.strip()):
        return "doc_number"
    if DATE_LINE_RE.match(line):
        return "date"
    if POST_LINE_RE.match(line.strip()):
        return "post"
    if OCCASION_LINE_RE.match(line.strip()):
        return "occasion"
    if (said := OCCASION_SPEAKER_RE.match(line.strip())) and SPEAKER_LINE_RE.match(said.group("speaker")):
        return "occasion_speaker"
    if ORG_DATE_LINE_RE.match(line.strip()):
        return "org_date"
    if SPEAKER_LINE_RE.match(line.strip()):
        return "speaker"
    if ORG_LINE_RE.match(STAMP.sub("", line)) or ORG_PAIR_LINE_RE.match(line):
        return "org"  # (a signing body with the seal another stamps for it: …办公室（…局代章）)
    if not titled and _title_like(line):
        return "title"
    return None


#: A web page's path above its text (首页 > 投资促进 > 园区概况, 当前位置：首页>新闻); the page's spaces are gone.
BREADCRUMB_RE = re.compile(r"^(?:当前位置[:：]?)?[^>＞»\n]{1,30}(?:[>＞»][^>＞»\n]{1,30}){2,}$")


def _source_line(line: str) -> bool:
    return bool(SOURCE_LINE_RE.match(line))


#: A headline ending in ! or ? (开局即冲刺，团泊新城这四个多月干了这些大事！): one clause or two, no sentence's 。.
_EXCLAIMED_TITLE = re.compile(r"[^。;\n]{4,38}[!?]")


def _title_like(line: str) -> bool:
    return 2 <= len(line) <= 80 and not ends_sentence(line) and heading_marker(line) is None and "\t" not in line


#: Fields that name a body or a person, and the date (and time) a news page writes after them on one line.
_NAMED_FIELDS = frozenset(("publisher", "source", "author"))
#: (a month alone too: 来源：黄埔发布 2023年6月)
_TRAILING_DATE = re.compile(r"\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*(?:[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|月)\s*$")


#: A news byline after the paper's name on a source line (来源：长江日报 记者 王晓丹 通讯员 张一鸣): who wrote it, no
#: part of the publisher's name (not a 记者站, a press office).
_BYLINE = re.compile(r"\s*(?:本报|见习|特约|首席|融媒体?)?(?:记者|通讯员)(?![站协])")


#: A paper's column after its name (襄阳日报·襄州新闻, 长江日报·江夏版): the paper publishes.
_PAPER_COLUMN = re.compile(r"(?<=报)[·•][^·•]{2,12}$")


def _byline_cut(value: str) -> str:
    """``value`` up to a byline after a name of two characters or more (长江日报记者王晓丹 -> 长江日报); "" for a byline
    alone (本报记者 王晓丹). 融媒 after a place's short form ends the outlet's name (花都融媒记者:梁嘉欣 -> 花都融媒)."""
    byline = _BYLINE.search(value)
    if byline is None:
        return value
    start = byline.start()
    if value.startswith("融媒", start) and start <= 2:
        start = byline.end() - (3 if value.endswith("通讯员", 0, byline.end()) else 2)
    return value[:start] if start >= 2 else ""


def _take_line(kind: str, line: str, fields: dict[str, str]) -> None:
    if kind == "field":
        for label, value in split_fields(line):
            key = FIELD_LABELS.get(label, "")
            if key in _NAMED_FIELDS:  # 来源:南京市江宁区人民政府 2024-05-12 (the space is gone)
                value = _TRAILING_DATE.sub("", _byline_cut(_TRAILING_DATE.sub("", value)))  # 惠州日报　2023年9月26日　记者…
                value = _PAPER_COLUMN.sub("", value)  # 襄阳日报·襄州新闻: the paper, its column no publisher
            if key and value and key not in fields:
                fields[key] = value
        date = iso_date(line)
        if date and "date4" not in fields:
            fields["date4"] = date
    elif kind == "title":
        fields.setdefault("title0", line)
    elif kind == "letterhead":
        head = LETTERHEAD_RE.match(line)
        fields.setdefault("letterhead", head.group(1) if head else line.strip())
    elif kind == "date":
        fields.setdefault("date", line)
    elif kind == "org":
        pair = ORG_PAIR_LINE_RE.match(line)
        fields.setdefault("org", pair.group(1) if pair else STAMP.sub("", line))
    elif kind == "doc_number":
        numbered = DOC_NUMBER_LINE_RE.match(line.strip())
        fields.setdefault("doc_number", numbered.group(1))
        if numbered.group(2):
            fields.setdefault("date", numbered.group(2))
    elif kind == "occasion":
        fields.setdefault("date", OCCASION_LINE_RE.match(line.strip()).group(1))
    elif kind == "post":
        fields.setdefault("date", POST_LINE_RE.match(line.strip()).group(1))
    elif kind == "org_date":
        signed = ORG_DATE_LINE_RE.match(line.strip())
        fields.setdefault("org", signed.group(1))
        fields.setdefault("date", signed.group(3))
    elif kind == "occasion_speaker":
        said = OCCASION_SPEAKER_RE.match(line.strip())
        fields.setdefault("date", said.group(1))
        _take_line("speaker", said.group("speaker"), fields)
    elif kind == "speaker":
        speaker = SPEAKER_LINE_RE.match(line.strip())
        if org := speaker.group(1) or speaker.group(2) or speaker.group(3):
            fields.setdefault("org", org)


def split_fields(line: str) -> list[tuple[str, str]]:
    """Split a line of labelled fields into (label, value) pairs.

    Example:
        >>> split_fields("来源:津云作者:赵颖妍编辑:李松达2020-01-18 15:24:00")[:2]
        [('来源', '津云'), ('作者', '赵颖妍')]
    """
    matches = list(LABEL_RE.finditer(line))
    pairs = []
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        pairs.append((match.group(1), line[match.end() : end].strip()))
    return pairs


#: A body's own website, named after it (长沙县人民政府门户网站), longest first.
_PORTALS = ("门户网站", "门户网", "政务网", "网站", "网")
#: The bodies whose own website a source line names (X人民政府门户网站 is X人民政府's).
_PORTAL_OWNER = re.compile(r"^([\u4e00-\u9fff()]{2,30}(?:人民政府|政府|委员会|委|局|厅|办公室))(?:" + "|".join(_PORTALS) + ")$")


def portal_owner(name: str) -> str:
    """The body whose own website ``name`` is, else ``name``.

    Example:
        >>> portal_owner("无锡市惠山区人民政府门户网站"), portal_owner("长江日报"), portal_owner("北辰区人民政府网站")
        ('无锡市惠山区人民政府', '长江日报', '北辰区人民政府')
    """
    owner = _PORTAL_OWNER.match(name)
    return owner.group(1) if owner else name


def _fill(meta: HeaderMeta, fields: dict[str, str]) -> None:
    meta.title = fields.get("title") or fields.get("title0")
    for key in ("date", "date2", "date3", "date4"):
        if fields.get(key) and iso_date(fields[key]):
            meta.date = iso_date(fields[key])
            break
    # 来源:无锡市惠山区人民政府门户网站 (under 长沙县人民政府县长 陈志勇 too): the government publishes on its own site
    source, org = portal_owner(fields["source"]) if fields.get("source") else None, fields.get("org")
    meta.publisher = fields.get("publisher") or source or org or fields.get("letterhead")
    meta.doc_number = clean_doc_number(fields["doc_number"]) if fields.get("doc_number") else None
    meta.index_number = fields.get("index_number")
    meta.region = fields.get("region")
    meta.author = fields.get("author")


#: A title opening with its issuer (铁西区人民政府关于…工作情况的报告).
_TITLE_ISSUER = re.compile(rf"^((?:(?!关于)[\u4e00-\u9fff()]){{2,30}}?{ORG_SUFFIX})关于")


def _title_issuer(title: str | None) -> str | None:
    """The body a title opens with as its issuer (X关于…; the first 关于: X办公室关于转发Y关于…), when neither a header line
    nor the signature names one."""
    said = _TITLE_ISSUER.match(title or "")
    return said.group(1) if said else None


def year_of(text: str) -> str | None:
    """A four-digit year written as ``2022年`` in ``text``, or None."""
    match = YEAR_RE.search(text)
    return match.group(1) if match else None


def clean_doc_number(value: str) -> str:
    """Strip a stray bracket pair wrapped around a document number.

    Example:
        >>> clean_doc_number("〔北辰政办发〔2021〕14号〕")
        '北辰政办发〔2021〕14号'
    """
    value = value.strip()
    while value[:1] in "〔[【" and value[-1:] in "〕]】" and value.count("〔") + value.count("[") >= 2:
        value = value[1:-1].strip()
    if value[:1] == "〔" and value.count("〔") > value.count("〕"):
        value = value[1:].strip()
    return value


def guess_kind(title: str, text: str) -> str:
    """Kind of document from simple cues: speech, notice, plan, interview, report, else news."""
    head, title = text[:3000], _TITLE_NOTE.sub("", title.strip())
    for kind, where, rx in KIND_CUES:
        in_title = re.search(rx, title) is not None
        in_text = re.search(rx, head) is not None
        if (where == "title" and in_title) or (where == "text" and in_text) or (where == "both" and (in_title or in_text)):
            return kind
    if len(re.findall(r"(?m)^第[一二三四五六七八九十\d]+章", text)) >= 3:
        return "plan"
    return "news"
