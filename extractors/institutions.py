"""Hospitals and schools: Projects while being built, Organizations when acting as bodies (ANNOTATION.md rule 12).

A name ending in 医院, 学校, 中学, 小学 or 幼儿园 is a Project by its (weak) suffix: the works of
a school or hospital being built (建成光华国际学校、盛景星级酒店等一批高端配套项目, 加快北京十一学校天津
实验学校建设). The same kind of name also stands for the institution itself, which cooperates,
wins titles and ranks (与北京中日友好医院建立远程医疗协作, 北辰医院、北辰中医院双双进入三甲医院行列):
then it is an Organization. A 人民医院 is an Organization by its suffix, and a Project while built
(中牟县第二人民医院投入使用).

Per document and name: when no mention of the name is being built and one acts as a body, every
mention of it is an Organization; when one is being built and none acts, every mention is a Project
(rule :data:`RULE` where the label changes). A mention is being built when a works word follows it
(建设, 扩建, 项目, 工程 …), when its clause opens with a verb of building (建成, 新建, 启动 …), when its
list ends in a head of works (等一批高端配套项目) or when the works open right after it and its list
(A、B等学校开学, 投入使用), or when a verb of building follows the clause's subject right before it
(区政府投资2亿元建设X医院); 建设成为 after it is a goal of the body, not works (把X医院建设成为三甲医院).
It acts as a body when its clause opens with 与/同 (与A、B建立…协作), when it is a partner
(推动A与B开展合作), when an honour or a rank follows it (获评, 荣获, 进入…行列), when it leads
(以A为龙头), when it provides or is relied on (由A提供技术支持, 依托A发展文旅产业) or when its list's head
names bodies (与北京301等医院).

Example:
    >>> from schema import Label, Mention
    >>> text = "北辰医院、北辰中医院双双进入三甲医院行列。"
    >>> m = Mention(label=Label.PROJECT, text="北辰医院", name="北辰医院", start=0, end=4, rule="name.suffix")
    >>> [(x.label.value, x.rule) for x in institutions_as_bodies([m], text)]
    [('Organization', 'name.institution')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.text_marks import after_last_mark
from schema import Label, Mention

RULE = "name.institution"
_ENDINGS = ("医院", "学校", "中学", "小学", "幼儿园", "校区")
_CLAUSE_MARKS = "，,；;。：:！？!?\n"
_CENTRAL_BANK = "中国人民银行"
#: Right after the name: it is being built.
_BUILT_AFTER = re.compile(r"(?:(?:及|和)[\u4e00-\u9fff]{1,6})?(?:建设(?!成)|扩建|新建|改扩建|改建|迁建|项目|工程|开工|竣工|"
                          r"投用|投入使用|主体|封顶|一期|二期|分院|新院|校区)")
#: Opening the clause before the name: a verb of building (建成A、B等…; 加快推进A建设).
_BUILT_BEFORE = re.compile(r"^(?:(?:加快|积极|全力|大力|稳步|有序)?(?:推进|推动)?(?:建成|建设|新建|扩建|开工建设|"
                           r"规划建设|启动|开办|筹建|迁建))")
#: Right after the name and the rest of its list: the works are finished or opened (A、B等学校开学; A投入使用).
_BUILT_LATER = re.compile(r"(?:[、和及][^、，。；：]{2,20}?)*(?:等[^，。；：]{0,8}?)?(?:已|均|相继|先后|陆续|正式|顺利|全面|基本)?"
                          r"(?:建成|竣工|开工|封顶|落成|投用|投入使用|开学|开诊|开业)")
#: The head ending the name's list: works (…等一批高端配套项目) or bodies (与北京301等医院).
_WORKS_HEAD = re.compile(r"等[^，。；：]{0,8}?(?:项目|工程|设施)")
_BODY_HEAD = re.compile(r"^[^，。；：]{0,12}?等(?:医院|学校|医疗机构|院校|高校|单位)")
#: Opening the clause before the name: the body's partner is named first (与A、B建立远程医疗协作).
_BODY_BEFORE = re.compile(r"^(?:(?:鼓励|推动|支持|加强|深化)?(?:与|同))")
#: Right before the name, after the clause's subject: a verb of building (区政府投资2亿元建设X医院).
_BUILT_RIGHT_BEFORE = re.compile(r"(?:投资|出资|元|资金|启动|开工|规划|加快|推进|全力|重点)(?:新建|建设|迁建|扩建|筹建|改扩建)$")
#: After the name's list, in its clause: an honour, a rank, a partnership.
_BODY_AFTER = re.compile(r"(?:获评|荣获|被评为|被确定为|被授予|入选|进入[\u4e00-\u9fff]{0,8}行列|双双|"
                         r"(?:与|同)[^，。；：]{0,30}?(?:合作|协作|联合办学|结对|共建))")
#: After the name, with 与 or 同 right before it: the partnership (推动A与B开展合作).
_PARTNERSHIP = re.compile(r"合作|协作|共建|联合|签约|结对|托管")
#: After the name, with 以 right before it: its leading role (建立以北辰中医医院为龙头…的体系).
_ROLE = re.compile(r"[^，。；：]{0,12}?为(?:龙头|骨干|主体|核心|牵头单位)")


def institutions_as_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with the hospitals and schools this document shows acting as bodies as Organizations and
    those it shows only being built as Projects (人民医院 is an Organization by its suffix)."""
    mentions = [_relabelled(m, Label.ORGANIZATION) if m.label == Label.ENTERPRISE and m.name.startswith(_CENTRAL_BANK)
                else m for m in mentions]  # 中国人民银行余姚市支行: the central bank's branch is a state body, no firm
    built: set[str] = set()
    acting: set[str] = set()
    for m in _institutions(mentions):
        opening, closing = _clause(text, m.start, m.end)
        if _being_built(text, m, opening, closing):
            built.add(m.name)
        if _acting(text, m, opening, closing):
            acting.add(m.name)
    bodies, works = acting - built, built - acting
    changed = bodies | works
    if not changed:
        return mentions
    return [_relabelled(m, Label.ORGANIZATION if m.name in bodies else Label.PROJECT)
            if m.name in changed and _institution(m) else m for m in mentions]


def _relabelled(m: Mention, label: Label) -> Mention:
    return m if m.label == label else m.model_copy(update={"label": label, "rule": RULE})


def _institution(m: Mention) -> bool:
    """A hospital or school named by its suffix (a Project, or an Organization by the suffix 人民医院)."""
    suffix_body = m.label == Label.ORGANIZATION and m.rule.startswith("suffix")
    return (m.label == Label.PROJECT or suffix_body) and m.name.endswith(_ENDINGS)


def _institutions(mentions: list[Mention]) -> Iterator[Mention]:
    return (m for m in mentions if _institution(m))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``start``–``end``: from after the last clause mark before it to the next one after."""
    floor = max(0, start - 200)
    opening = after_last_mark(text, _CLAUSE_MARKS, floor, start)
    after = [i for i in (text.find(ch, end, end + 200) for ch in _CLAUSE_MARKS) if i >= 0]
    return opening, min(after, default=min(len(text), end + 200))


def _being_built(text: str, m: Mention, opening: int, closing: int) -> bool:
    """Whether the mention, in its clause ``[opening, closing)``, is of works being built."""
    before = text[opening:m.start]
    return bool(_BUILT_AFTER.match(text, m.end) or _BUILT_BEFORE.match(before) or _BUILT_RIGHT_BEFORE.search(before)
                or _WORKS_HEAD.search(text, m.end, closing) or _BUILT_LATER.match(text, m.end, closing))


def _acting(text: str, m: Mention, opening: int, closing: int) -> bool:
    """Whether the mention, in its clause ``[opening, closing)``, is of the institution acting as a body."""
    before = text[m.start - 1:m.start]
    led = before == "以" and _ROLE.match(text, m.end, closing)
    partner = before in ("与", "同") and _PARTNERSHIP.search(text, m.end, closing)
    serving = text.endswith(_SERVING_BEFORE, 0, m.start) and _SERVICE.match(text, m.end, closing)
    return bool(_BODY_BEFORE.match(text[opening:m.start]) or _BODY_HEAD.match(text[m.end:closing])
                or _BODY_AFTER.search(text, m.end, closing) or led or partner or serving)


#: Right before the name: it provides or relies on something (由X提供技术支持, 依托X发展文旅产业).
_SERVING_BEFORE = ("由", "依托")
#: Right after the name, with 由 or 依托 before it: what it provides or what relies on it.
_SERVICE = re.compile(r"(?:提供|负责|承办|主办|牵头|发展|开展|打造|建立)")
