"""Where a name found by its suffix opens, once its label's rules have looked at what the walk left took in.

:meth:`extractors.names.NamesComponent._suffix_names` walks left from a suffix to where the name opens
(:mod:`extractors.name_walk`) and hands that start to :func:`refined_start`, which moves it: past a quality before
the name (高能级科创平台|嘉定新城科创中心), back over a conjunction joining two parts of one name
(:mod:`extractors.paired_names`), past a park the works are named after, and back to a brand or a company before a
project's yearly capacity (华腾汽车年产20万辆新能源整车项目, …有限公司年产1万辆…重卡项目).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extractors import name_filters as nf
from extractors.name_words import CLAUSE_END, ROAD_SUFFIXES
from extractors.paired_names import paired_activities_start, paired_fields_start, paired_lab_start, paired_works_start
from extractors.proper import city_forms, has_proper_element
from extractors.suffix_scan import LiteralMatch
from extractors.token_bounds import TokenBounds
from schema import Label

if TYPE_CHECKING:
    from extractors.names import NamesComponent

_COMPANY_FORM = re.compile(r"有限责任公司|有限公司|集团")
_CAPACITY = re.compile(r"\s*(?:年产\s*)?\d")
#: A build verb ending what the walk took for a brand before a capacity (…工业园建设|年产3万吨…项目).
_BUILD_VERBS = ("建设", "新建", "扩建", "兴建", "投资建设", "实施")
#: A yearly capacity's number right before where a name's walk left stopped (年产20|万辆新能源整车项目).
_CAPACITY_BEFORE = re.compile(r"年产\s*[\d.]+\s*$")
#: Works suffixes whose names may pair two works with 与 (…综合治理与生态修复工程).
PAIRED_WORKS = ("工程", "项目")


def refined_start(names: NamesComponent, text: str, bounds: TokenBounds, m: LiteralMatch, start: int, label: Label,
                  company: bool) -> int | None:
    """Where the name of ``label`` ending in the suffix ``m`` opens, the walk left having stopped at ``start``
    (``company``: the suffix is a company form); None where a park suffix before 项目 makes it a park's name."""
    start = nf.after_quality(text, bounds, start, m.start())  # 高能级科创平台|嘉定新城科创中心
    if text.startswith(_TASK_VERBS, start) and m.start() - start > 4:
        start += 2  # 二、做|强西|虹桥商务区: a task's verb the segmenter cut, no part of the name after it
    if label in (Label.ENTERPRISE, Label.PROJECT) and start > 0 and bounds.token_start(start - 1) == start - 1 \
            and text[start - 1:start + 1] in city_forms():
        start -= 1  # 上|海淀|湖新材料科技股份有限公司: the segmenter read 海淀 inside 上海淀湖; the name opens with 上海
    if label == Label.ORGANIZATION:
        start = paired_lab_start(text, start, names.patterns)  # 共建光纤材料与器件联合实验室
        start = _quoted_body_start(text, start, m.end())  # 建设“黄河流域生态保护与高质量发展研究院”: the quotes bound it
    if label in (Label.ORGANIZATION, Label.ENTERPRISE):  # 湖南大学经济与贸易学院, …食品与营养研究院有限公司
        start = paired_fields_start(text, start, m.start(), lambda pos: names.left_boundary(
            text, bounds, pos, company=company, body=label == Label.ORGANIZATION), names.patterns,
            body=label == Label.ORGANIZATION)
    if label == Label.ENTERPRISE:
        start = _after_kind_word(text, bounds, start)
    if label == Label.PROJECT and (far := text.rfind("距", start, m.start())) >= 0 and m.start() - far > 2:
        start = far + 1  # (园区)距沪通|铁路常熟站约15公里: how far the station is, the segmenter gluing 距 to its name
    if label == Label.PROJECT:  # 高端装备产业园永信道, …产业园|天锻航空…产业化基地: works named after their park
        start = nf.after_park(text, bounds, names.patterns, start, m.start(), roads=m.group(0) in ROAD_SUFFIXES)
    if label == Label.PROJECT and m.group(0) == "项目":
        if names.patterns.park_suffix_re.search(text, max(start, m.start() - 6), m.start()) \
                and names.patterns.suffix_label(text[start:m.start()]) == Label.PARK:
            return None  # 锡联感知产业园项目: a park suffix decides even when the text calls it 项目
        start = _company_capacity_start(names, text, bounds, _capacity_start(names, text, bounds, start), m.start())
    elif label == Label.PROJECT:
        start = _capacity_start(names, text, bounds, start)  # 建成年产5000|吨连续玄武岩纤维生产线
    if label == Label.PROJECT and m.group(0) in PAIRED_WORKS:  # …综合治理与生态修复工程
        start = paired_works_start(text, bounds, start, m.start(), names.patterns,
                                   lambda pos: names.left_boundary(text, bounds, pos))
    if label in (Label.PROJECT, Label.PARK):  # 华虹无锡集成电路研发和制造基地, 大寺新能源汽车及储能产业园
        start = paired_activities_start(text, start, m.start(), lambda pos: names.left_boundary(text, bounds, pos),
                                        names.chains)
    if label == Label.PROJECT and (form := next((f for f in _LEGAL_FORMS if text.startswith(f, start)), None)):
        start += len(form)  # 广东东鹏控股|股份有限公司岩板…项目: the walk stopped inside the firm's name (控股 a stop word)
    return start


def _quoted_body_start(text: str, start: int, end: int) -> int:
    """Where a body's name written whole in quotes opens (its suffix right before the closing quote, no clause mark
    inside): after the opening quote, whatever stop word the walk met inside (与); ``start`` elsewhere."""
    if text[end:end + 1] not in ("”", '"'):
        return start
    opening = max(text.rfind("“", max(0, end - 30), start), text.rfind('"', max(0, end - 30), start))
    return opening + 1 if opening >= 0 and not _QUOTE_BREAKS.search(text, opening + 1, start) else start


#: Marks that no body's name in quotes holds (a quoted clause or a list).
_QUOTE_BREAKS = re.compile(r"[，,。；;、：:！？”\"\n]")
#: A firm's legal form, which opens no works' name (the walk stopped inside the firm's name before it).
_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
#: A plan task's verbs, never a name's opening (做强西虹桥商务区: the segmenter's 做|强西 keeps the walk going).
_TASK_VERBS = ("做强", "做大", "做优", "做精", "做实", "做深")
#: Kinds of firm written right before a firm's name that opens with a place (辖区企业合肥星河…有限公司).
_KIND_WORDS = ("企业", "公司")


def _after_kind_word(text: str, bounds: TokenBounds, start: int) -> int:
    """Where a firm's name opens after the kind of firm it is, when the name opens with a place (辖区企业|合肥星河数字
    科技有限公司, 村属企业|江苏长江润发集团有限公司); ``start`` elsewhere."""
    for at in (start, start + 2):
        if text.startswith(_KIND_WORDS, at) and (at + 2 in bounds.place_starts
                                                 or {text[at + 2:at + 4], text[at + 2:at + 5]} & city_forms()):
            return at + 2
    return start


def _company_capacity_start(names: NamesComponent, text: str, bounds: TokenBounds, start: int, end: int) -> int:
    """<full company name><capacity><product>项目 is one project name (…有限公司年产1万辆…重卡项目), and so is
    <full company name><works>项目 when the name's own walk stopped inside the company (…现代物流有限公司研发中心建设项目)."""
    last = None
    for co in _COMPANY_FORM.finditer(text, max(0, end - 30), end):
        last = co
    if last is None or any(ch in CLAUSE_END or ch in "、" for ch in text[last.end():end]):
        return start
    company = names.left_boundary(text, bounds, last.start(), company=True)
    capacity = _CAPACITY.match(text, last.end()) is not None
    return company if company < last.start() and company < start and (capacity or start <= last.start()) else start


def _capacity_start(names: NamesComponent, text: str, bounds: TokenBounds, start: int) -> int:
    """<brand>年产<number><unit><product>项目 is one project name (华腾汽车年产20万辆新能源整车项目), and so is
    年产<number>… alone (…投资建设的年产5万吨电子级化学品项目), when the walk stopped at the number."""
    capacity = _CAPACITY_BEFORE.search(text, max(0, start - 12), start)
    if capacity is None:
        return start
    brand = names.left_boundary(text, bounds, capacity.start(), company=True)
    named = brand < capacity.start() and has_proper_element(text[brand:capacity.start()]) \
        and not text.endswith(_BUILD_VERBS, brand, capacity.start())  # 在西安泾河工业园建设|年产…: where, then the verb
    return brand if named else capacity.start()
