"""``kg_people``: persons named with an office title, and the offices they hold.

A person is a two- or three-character name starting with a known surname right
after an office title (北辰区区长王宝雨, 区长王宝雨); the same name met again in
the document (王宝雨表示) is a mention too. ``HOLDS_OFFICE`` goes to the Region
written before the title (北辰区), else to the region of the title's level that
the document is about (区长 -> the document's 区), else to an Organization
mention ending right before the title (局长, 主任).

Bylines (作者:赵颖妍, 记者 周琳) name persons too (ANNOTATION.md rule 18), without
an office: who wrote a text is not an office they hold.
The vocabulary lives in ``data/offices.yml``.

Example:
    >>> import spacy
    >>> from extractors.base import init_doc
    >>> from schema import Document
    >>> text = "北辰区区长王宝雨表示,王宝雨介绍。"
    >>> doc = spacy.blank("zh").make_doc(text)
    >>> doc = init_doc(doc, Document(doc_id="t", source_file="t", sha256="", text=text))
    >>> doc = PeopleFinder()(doc)
    >>> [(m.name, m.start) for m in doc._.kg_mentions]
    [('王宝雨', 5), ('王宝雨', 11)]
    >>> [(r.target.name, r.properties["role"]) for r in doc._.kg_relations]
    [('北辰区', '区长')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extractors import lexicon
from extractors.base import document_of, mentions_of, relation, relations_of, sentence_span, text_of
from extractors.base import load_yaml
from extractors.appointments import addressed_starts, appointment_starts
from extractors.people_bios import biographies
from extractors.person_names import SERVES_AS, PersonNames
from extractors.office_regions import (
    LEVELS,
    REGION_BEFORE,
    city_before,
    document_region,
    ending_at_start,
    sentence_offices,
    titled_region_before,
    zone_ends,
)
from extractors.leader_tables import leader_cells
from extractors.office_bodies import found_bodies, unnamed_body
from extractors.suffix_scan import StartCharsPattern
from extractors.text_marks import Covered
from schema import Document, Label, Mention, RelType

DATA = Path(__file__).with_name("data") / "offices.yml"
#: Who the names after it are (区领导张立群、赵红梅…参加): the district's or city's leaders.
_LEADERS = re.compile(r"(?:区|市|县|镇|省|州)(?:委)?领导[ \t\u3000]*")
_NAMED_THINGS = (Label.ENTERPRISE, Label.ORGANIZATION, Label.PARK, Label.PROJECT)
#: The Yangtze after a place's level word (市|长江经济带, 镇|长江左岸): what follows 长 is the river, no name.
_YANGTZE = re.compile(r"长江(?:流域|沿岸|沿线|干流|支流|上游|中游|下游|左岸|右岸|南岸|北岸|两岸|岸线|大桥|航道|港|水|生态|大保护|保护|"
                      r"经济|口|以南|以北|新城|国家级|段)")

#: A note between a title and its holder's name (副区长（挂职） 马骏).
_ROLE_NOTE = re.compile(r"[（(](?:挂职|兼|代|正职级|副职级|常务)[)）][ \t\u3000]*")
#: The blank between a byline's title and the name ending its line (青岛西海岸新区发展和改革局局长 王立新).
_BYLINE_GAP = re.compile(r"[ \t\u3000]+(?=[\u4e00-\u9fff]{2,3}[ \t\u3000]*(?:\n|$))")
#: A second office held, in brackets after a name (（兼任郑州市公安局金水分局局长）).
_CONCURRENT = re.compile(r"[（(]兼任[^()（）\n]{2,30}?[)）]")
#: Where the post an appointment names ends: a note, a mark, the line's end.
_POST_END = re.compile(r"[（(；;。，,\n]|职务")
_BYLINE = re.compile(r"(?:责任编辑|记者|作者|编辑|通讯员)[ \t:：]*")
#: The next field of a byline's line, which may follow a two-character name without a space.
#: A contact line: 联系人, the body and its office (optional), the name, then a mark, a phone or the line's end.
_CONTACT = re.compile(r"联系人[:：]?[ \t\u3000]*(?:[^，,；;:：\n]{0,24}?(?:局|委|办|室|科|处|中心|厅|部|所|站|会)[ \t\u3000]*)*"
                      r"(?P<name>[\u4e00-\u9fff]{2,3})(?=[，,；;、 \t\u3000（()）]|电话|联系电话|$)", re.MULTILINE)
_NEXT_FIELD = ("发布时间", "发布日期", "来源", "编辑", "责任编辑", "日期", "时间", "摄影", "通讯员", "记者", "浏览")
#: A news outlet in a byline or a dateline (ANNOTATION.md rule 17: media are organisations):
#: (津云新闻记者 赵颖妍), 接受津云记者专访, 天津北方网讯:.
_MEDIA = re.compile(r"(?:[（(]|接受)([\u4e00-\u9fff]{2,4}?)(?:新闻)?记者|(?:^|\n)([\u4e00-\u9fff]{2,6}?网)讯[:：]")
_MEDIA_SCAN = StartCharsPattern(_MEDIA, "（(接\n", at_start=True)


@dataclass(frozen=True)
class PersonMatch:
    """A person found in the text, with the office stated there (if any)."""

    name: str
    start: int
    end: int
    rule: str
    role: str | None = None
    office: tuple[Label, str] | None = None
    evidence_start: int = 0
    #: The offices of the titles written before this one (县委常委、…党工委书记王立新): (role, office, evidence start).
    earlier: tuple[tuple[str, tuple[Label, str], int], ...] = ()


#: A part of a place ending with a title's first character (江津区西部|长江南岸: no 部长 江南岸).
_PARTS_OF_PLACE = ("东部", "西部", "南部", "北部", "中部")
#: The chain a 链长's title is of, after the titles listed before it (区委书记、|现代纺织产业链|总链长).
_CHAIN_OF_TITLE = re.compile(r"(?<=[、，,])[\u4e00-\u9fff]{0,12}?产业链$")


class PeopleFinder:
    """Find office holders and later mentions of the same names."""

    def __init__(self, nlp: Language | None = None, name: str = "kg_people", *,
                 offices_path: str | None = None) -> None:
        self.name = name
        data = load_yaml(Path(offices_path) if offices_path else DATA)
        self.titles: dict[str, str] = dict(data["titles"])
        self.skip_roles = tuple(sorted(data["skip_roles"], key=len, reverse=True))
        self._names = PersonNames(data["surnames"], data["not_third"])
        title_alt = "|".join(map(re.escape, sorted(self.titles, key=len, reverse=True)))
        self._title = re.compile(f"({title_alt})")

    def __call__(self, doc: Doc) -> Doc:
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        mentions_of(doc).extend(_media(doc))
        return doc

    def match(self, doc: Doc) -> list[PersonMatch]:
        """Title-anchored persons, then every later occurrence of their names."""
        text, document = text_of(doc), document_of(doc)
        ending_at: dict[int, list[Mention]] = {}  # the mentions by end, in their order
        for m in mentions_of(doc):
            ending_at.setdefault(m.end, []).append(m)
        # a title inside a name found (湖北省长江产业投资集团有限公司: 省长) anchors no person
        named = Covered([(m.start, m.end) for m in mentions_of(doc) if m.label in _NAMED_THINGS])
        # a title opening with a zone word's or a place part's last character is none (湖南自贸试验区|长沙片区: no 区长;
        # 江津区西部|长江南岸: no 部长)
        words_before = zone_ends() + _PARTS_OF_PLACE
        anchored = [m for hit in self._title.finditer(text) if not named.holds(hit.end())
                    and not text.endswith(words_before, 0, hit.start() + 1)
                    and (m := self._after_title(doc, document, hit, ending_at)) is not None]
        anchored += [n for m in anchored for n in self._listed_after(text, m)]
        starts = sorted(m.start for m in mentions_of(doc) if m.label in _NAMED_THINGS)
        anchored = sentence_offices(anchored, text, self.titles, starts, lambda pos: sentence_span(doc, pos, pos).start)
        anchored += [m for m in self._appointments(doc, document, ending_at) if all(m.start != a.start for a in anchored)]
        anchored += [m for m in self._bylines(text) if all(m.start != a.start for a in anchored)]
        anchored += [m for m in self._biographies(doc, text) if all(m.start != a.start for a in anchored)]
        anchored += [m for m in self._addressed(text) if all(m.end != a.end for a in anchored)]
        taken = {(m.start, m.end) for m in anchored}
        repeats = []
        for name in sorted({m.name for m in anchored}):
            for hit in re.finditer(re.escape(name), text):
                if (hit.start(), hit.end()) not in taken:
                    repeats.append(PersonMatch(name, hit.start(), hit.end(), "person.repeat"))
        return sorted(anchored + repeats, key=lambda m: m.start)

    def set_annotations(self, doc: Doc, matches: list[PersonMatch]) -> None:
        """Person mentions, and HOLDS_OFFICE where an office was stated (and the bodies of offices the names rules
        did not find, :func:`extractors.office_bodies.unnamed_body`)."""
        mentions, relations = mentions_of(doc), relations_of(doc)
        mentions.extend(found_bodies(doc))
        for m in matches:
            mentions.append(Mention(label=Label.PERSON, text=text_of(doc)[m.start:m.end], name=m.name,
                                    start=m.start, end=m.end, rule=m.rule))
            if m.office is not None and m.role is not None:
                evidence = sentence_span(doc, m.evidence_start, m.end)
                relations.append(relation(RelType.HOLDS_OFFICE, (Label.PERSON, m.name), m.office,
                                          evidence, m.rule, role=m.role))
            for role, office, start in m.earlier:
                relations.append(relation(RelType.HOLDS_OFFICE, (Label.PERSON, m.name), office,
                                          sentence_span(doc, start, m.end), "person.title_list", role=role))

    # -- rules ---------------------------------------------------------------------

    def _after_title(self, doc: Doc, document: Document, hit: re.Match[str],
                     ending_at: dict[int, list[Mention]]) -> PersonMatch | None:
        text = text_of(doc)
        if text.endswith(self.skip_roles, 0, hit.start()) or SERVES_AS.match(text, hit.end()):
            return None  # 由区长任组长: the title holds a second role, no name follows
        note = _ROLE_NOTE.match(text, hit.end()) or _BYLINE_GAP.match(text, hit.end())  # 副区长（挂职） 马骏
        at = note.end() if note else hit.end()
        name = self._names.at(text, at)
        if name is None or _YANGTZE.match(text, at - 1):
            return None  # 重庆市长江经济带, 朱沱镇长江左岸: a place before the river, no 市长 or 镇长
        role = hit.group(1)
        office, office_start = self._office(doc, document, role, hit.start(), ending_at)
        found_body = office is not None and office[0] == Label.ORGANIZATION \
            and hit.start() - 6 <= office_start < hit.start()  # (党工委副书记、管委会|主任: the bare committee found)
        before = office_start if found_body else ending_at_start(ending_at, hit.start())
        if role.endswith("链长") and (chain := _CHAIN_OF_TITLE.search(text, max(0, hit.start() - 16), hit.start())):
            before = chain.start()  # 区委书记、现代纺织产业链|总链长周建新: the offices listed before the chain's
        earlier = self._earlier_titles(doc, document, before, ending_at)
        earlier += self._concurrent(doc, document, at + len(name), ending_at)
        return PersonMatch(name, at, at + len(name), "person.title", role, office, office_start, earlier)

    def _concurrent(self, doc: Doc, document: Document, end: int,
                    ending_at: dict[int, list[Mention]]) -> tuple[tuple[str, tuple[Label, str], int], ...]:
        """A second office in brackets after the name (赵建国（兼任郑州市公安局金水分局局长）)."""
        text = text_of(doc)
        note = _CONCURRENT.match(text, end)
        title = next((t for t in self._title.finditer(text, end, note.end() - 1) if t.end() == note.end() - 1),
                     None) if note else None
        if title is None:
            return ()
        office, office_start = self._office(doc, document, title.group(1), title.start(), ending_at)
        return ((title.group(1), office, office_start),) if office is not None else ()

    def _appointments(self, doc: Doc, document: Document, ending_at: dict[int, list[Mention]]) -> list[PersonMatch]:
        """An appointment notice's persons (:mod:`extractors.appointments`): 任命X为<body><title> (X holds the
        office), 免去X的<body><title>职务 (X is named, and holds it no longer)."""
        text, out = text_of(doc), []
        for a in appointment_starts(text):
            at, name = next(((at, n) for at in a.starts if (n := self._names.at(text, at)) is not None
                             and text.startswith(a.after, at + len(n))), (0, None))
            if name is None:
                continue
            end = at + len(name)
            post_end = _POST_END.search(text, end, end + 50)
            titles = [t for t in self._title.finditer(text, end, post_end.start() if post_end else end)
                      if t.end() == post_end.start()] if a.kind == "任命" and post_end else []
            if not titles:
                out.append(PersonMatch(name, at, end, "person.appointed"))
                continue
            role = titles[-1].group(1)
            office, office_start = self._office(doc, document, role, titles[-1].start(), ending_at)
            out.append(PersonMatch(name, at, end, "person.appointed", role, office, min(office_start, a.evidence, at)))
        return out

    def _addressed(self, text: str) -> list[PersonMatch]:
        """A name before 同志 or 院士 (会议由李明同志主持, 钟南山院士): a person, unless it is an everyday word (全体同志)."""
        found = ((end, next((n for at in starts if (n := self._names.at(text, at)) and at + len(n) == end), None))
                 for end, starts in addressed_starts(text))
        return [PersonMatch(name, end - len(name), end, "person.addressed") for end, name in found
                if name and (not lexicon.count(name) or lexicon.tagged(name, "proper"))]

    def _earlier_titles(self, doc: Doc, document: Document, start: int,
                        ending_at: dict[int, list[Mention]]) -> tuple[tuple[str, tuple[Label, str], int], ...]:
        """The titles listed with 、 (or ， between offices of two bodies) before the one at ``start``, each with its
        office (县委常委、…党工委书记; 市委常委、区委书记，高新区党工委书记): a title right before them names no one else."""
        text, out = text_of(doc), []
        while start > 0 and text[start - 1] in "、，,":
            hit = next((h for h in self._title.finditer(text, max(0, start - 12), start - 1) if h.end() == start - 1), None)
            if hit is None:
                break
            office, office_start = self._office(doc, document, hit.group(1), hit.start(), ending_at)
            if office is not None:
                out.append((hit.group(1), office, office_start))
            if office and office[0] == Label.ORGANIZATION:
                start = ending_at_start(ending_at, hit.start())
            else:  # the region written right before its title (沈阳市委常委、浑南|区委书记) is the list's too
                start = office_start if office and hit.start() - 8 <= office_start < hit.start() else hit.start()
        return tuple(out)

    def _bylines(self, text: str) -> list[PersonMatch]:
        """Authors, editors and reporters named in a byline (作者:赵颖妍, 记者 周琳): persons without office."""
        out = []
        for hit in _BYLINE.finditer(text):
            if lexicon.tagged(text[hit.end():hit.end() + 2], "verb"):
                continue  # 带着记者查看油茶基地: a reporter in the story, a verb after him, no byline
            pairs = self._names.pairs(text, hit.end())
            if pairs:  # （记者 孙悦 杨帆） (a page's spaces are gone): two names, not 孙悦杨
                out += [PersonMatch(text[at:at + 2], at, at + 2, "person.byline") for at in pairs]
                continue
            glued = self._names.glued(text, hit.end(), _NEXT_FIELD)
            if glued:  # 作者：朱婷 王一鸣, 记者 沈佳怡 周立 (a page's spaces are gone): two names, not 朱婷王
                out += [PersonMatch(text[s:e], s, e, "person.byline") for s, e in glued]
                continue
            name = self._names.at(text, hit.end())
            if name is not None and len(name) == 3 and text.startswith(_NEXT_FIELD, hit.end() + 2):
                name = name[:2]  # 记者 张敏 发布时间 (a page's spaces are gone): 张敏, not 张敏发
            if name is not None:
                out.append(PersonMatch(name, hit.end(), hit.end() + len(name), "person.byline"))
        for hit in _CONTACT.finditer(text):  # 联系人：区经信局 技术改造科 张伟明，电话：…
            name = self._names.at(text, hit.start("name"))
            if name is not None and name.startswith(hit.group("name")) and text.startswith("电话", hit.end("name")):
                name = hit.group("name")  # 联系人:徐伟电话: the name ends where the phone's field opens
            if name is not None and len(name) == len(hit.group("name")):
                out.append(PersonMatch(name, hit.start("name"), hit.end("name"), "person.contact"))
        out += [PersonMatch(name, cell.start, cell.end, "person.table_leader") for cell in leader_cells(text)
                if (name := self._names.at(text, cell.start)) is not None and len(name) == len(cell.text)]
        return out + self._leaders_listed(text)

    def _biographies(self, doc: Doc, text: str) -> list[PersonMatch]:
        """The persons of a personnel notice's biography lines, with the post held now (:mod:`extractors.people_bios`)."""
        out = []
        for bio in biographies(text, mentions_of(doc)):
            name = self._names.at(text, bio.start)
            if name is not None and len(name) == bio.end - bio.start:
                office = (bio.body.label, bio.body.name) if bio.body is not None else None
                out.append(PersonMatch(name, bio.start, bio.end, "person.bio", bio.role, office, bio.start))
        return out

    def _leaders_listed(self, text: str) -> list[PersonMatch]:
        """The names listed after 区领导/市领导 (区领导张立群、赵红梅参加): persons, no office stated."""
        out = []
        for hit in _LEADERS.finditer(text):
            run = self._names.run(text, hit.end())
            if run and text[run[-1][1]:run[-1][1] + 1] in ("、", "，", ",", "参", "出", "陪", "等", "。"):
                out += [PersonMatch(text[s:e], s, e, "person.leaders_listed") for s, e in run]
        return out

    def _listed_after(self, text: str, first: PersonMatch) -> list[PersonMatch]:
        """The names listed after a titled one with 、 (副区长王秀芬、赵明远、孙立新，…): the same title each."""
        if text[first.end:first.end + 1] != "、":
            return []
        run = self._names.run(text, first.end + 1)
        while run and text[run[-1][1]:run[-1][1] + 1] not in ("、", "，", ",", "。", "；", ";", "及", "等"):
            run.pop()  # each name ends at a mark (赵明远，, 陈淑芬及委员), not inside a word
        return [PersonMatch(text[s:e], s, e, "person.title_listed", first.role, first.office, first.evidence_start)
                for s, e in run]

    def _office(self, doc: Doc, document: Document, role: str, title_start: int,
                ending_at: dict[int, list[Mention]]) -> tuple[tuple[Label, str] | None, int]:
        """The Region or Organization the office belongs to (``ending_at``: the mentions by end), and where
        the evidence starts."""
        text, level = text_of(doc), self.titles[role]
        ending = ending_at.get(title_start, [])
        org = next((m for m in ending if m.label == Label.ORGANIZATION), None)
        if org is not None and level in ("org", "any"):
            return (Label.ORGANIZATION, org.name), org.start
        if (body := unnamed_body(doc, document, role, level, title_start)) is not None:
            return (Label.ORGANIZATION, body[0]), body[1]
        region = next(((m.name, m.start) for m in ending if m.label == Label.REGION), None)
        if region is None and org is not None:  # 长沙市人民政府|副市长: the region the body's name opens with
            region = next(((m.name, m.start) for k in range(2, 8) for m in ending_at.get(org.start + k, ())
                           if m.label == Label.REGION and m.start == org.start), None)
        if region is None and (before := REGION_BEFORE.search(text[max(0, title_start - 3):title_start])):
            region = (before.group(1), before.start(1) + max(0, title_start - 3))
        if region is None and level == "市" and role.startswith("市"):
            region = city_before(text, title_start)  # 苏州|市委常委: the city written short before its title
        if region is not None and level != "org" and (level == "any" or region[0].endswith(level)):
            return (Label.REGION, region[0]), region[1]
        if level in LEVELS and (region := titled_region_before(doc, document, level, title_start, self._title)):
            return (Label.REGION, region[0]), region[1]
        if level in LEVELS and (region := document_region(doc, document, level)):
            return (Label.REGION, region), title_start
        return None, title_start


def _media(doc: Doc) -> list[Mention]:
    """News outlets named in bylines and datelines; a place in front is dropped (天津北方网 -> 北方网)."""
    text, out = text_of(doc), []
    regions = {m.start: m.end for m in mentions_of(doc) if m.label == Label.REGION}
    for hit in _MEDIA_SCAN.finditer(text):
        group = 1 if hit.group(1) else 2
        start, end = hit.start(group), hit.end(group)
        start = regions[start] if regions.get(start, end) < end - 1 else start
        out.append(Mention(label=Label.ORGANIZATION, text=text[start:end], name=text[start:end],
                           start=start, end=end, rule="organization.media"))
    return out
