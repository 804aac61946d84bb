"""The body an office title belongs to where the name rules found no Organization before it (split from
:mod:`extractors.people`, which asks :func:`unnamed_body` for it).

Five wordings name a body the name walk misses: a town's party secretary (紫蓬镇党委书记: the title opens with the
town's 镇, so no 紫蓬镇党委 is found, and the town is no Region), a publisher whose last word the segmenter glued to
the title (青岛西海岸新区发展和改革|局局长 王立新), a 政协 glued to its chair's title (区|政协主席: 政协主席 is one
word), a zone's 管委会 written bare after its party working committee's title (金普新区党工委副书记、管委会主任), and a
party committee's department written bare after its standing member's title (区委常委、宣传部部长: the district's
区委宣传部).
Each body found is also a mention, which :func:`found_bodies` hands to the people component's annotations.

Example:
    >>> _TOWN_BODIES["镇党委书记"], bool(_BARE_LEVEL.match("区政协", 0))
    ('党委', True)
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import mentions_of, text_of
from extractors.office_regions import document_region
from schema import Document, Label, Mention

#: Where the bodies found wait for the people component's annotations (``doc.user_data``, by span).
_BODIES = "kg_office_bodies"
#: The body a town's party titles name (镇党委书记 of 紫蓬镇: 紫蓬镇党委); a 镇长's body is not written.
_TOWN_BODIES = {"镇党委书记": "党委", "党委书记": "党委", "党委副书记": "党委"}
#: The level a 政协 is written with alone (区政协主席), and a Han character.
_BARE_LEVEL = re.compile("[区县市]")
_HAN = re.compile("[\u4e00-\u9fff]")


def unnamed_body(doc: Doc, document: Document, role: str, level: str, title_start: int) -> tuple[str, int] | None:
    """The body the title ``role`` (of ``level``: its offices.yml level) at ``title_start`` belongs to where no
    Organization was named for it, and where its name starts; None elsewhere. The body is kept as a mention too."""
    body = _body_at(doc, document, role, level, title_start)
    if body is None:
        return None
    name, start, end = body
    surface = text_of(doc)[start:end]
    doc.user_data.setdefault(_BODIES, {})[start, end] = Mention(
        label=Label.ORGANIZATION, text=name if surface in _BARE_NAMES or not surface.endswith(name[-2:]) else surface,
        name=name, start=start, end=end, rule="person.office_body")  # (a bare 管委会, 镇 or the town no alias of it)
    return name, start


def found_bodies(doc: Doc) -> list[Mention]:
    """The bodies :func:`unnamed_body` found in ``doc`` (taken out of it: once per document)."""
    return list(doc.user_data.pop(_BODIES, {}).values())


def _body_at(doc: Doc, document: Document, role: str, level: str, title_start: int) -> tuple[str, int, int] | None:
    """The body with where its name starts and ends in the text: a town's party committee written with the title
    (紫蓬镇|党委书记 → 紫蓬镇党委), the publisher written right before the title (…改革|局局长), or a 政协 the
    segmenter glued to the title (区|政协主席 → 长安区政协)."""
    text = text_of(doc)
    if role in _TOWN_BODIES:
        return _town_committee(doc, document, role, title_start)
    if level == "org" and (zone := _zone_committee(doc, title_start)) is not None:
        return zone
    if level == "org" and (department := _party_department(doc, document, title_start)) is not None:
        return department
    publisher = document.publisher or ""
    if len(publisher) >= 4 and level == "org" and text.endswith(publisher, 0, title_start):
        return publisher, title_start - len(publisher), title_start
    if not role.endswith("主席") or text[title_start - 2:title_start] != "政协":
        return None
    at = title_start - 2
    region = next((m for m in mentions_of(doc) if m.label == Label.REGION and m.end == at), None)
    if region is not None:  # 长安区|政协主席
        return region.name + "政协", region.start, title_start
    bare = _BARE_LEVEL.match(text, at - 1) if at > 0 else None  # 、区|政协主席
    own = document_region(doc, document, bare.group()) if bare and not _HAN.match(text, at - 2) else None
    return (own + "政协", at - 1, title_start) if own else None


def _town_committee(doc: Doc, document: Document, role: str, title_start: int) -> tuple[str, int, int] | None:
    """A town's party committee of a title written right after the town (紫蓬镇|党委书记, the title's 镇 the town's own
    last character in 紫蓬|镇党委书记), or written with a bare 镇 in a town's own text (镇党委书记邵建平)."""
    text = text_of(doc)
    towns = [m for m in mentions_of(doc) if m.label == Label.TOWN]
    town = next((m for m in towns if m.end == title_start or m.end == title_start + 1 and text[title_start] in "镇乡"),
                None)
    if town is None and text.startswith("镇党委", title_start) and (own := _own_town(towns, document)) is not None:
        return own + _TOWN_BODIES[role], title_start, title_start + 3
    end = text.find("党委", title_start, title_start + 4) + 2 if town is not None else -1
    return (town.name + _TOWN_BODIES[role], town.start, end) if town is not None and end > 1 else None


def _own_town(towns: list[Mention], document: Document) -> str | None:
    """The town a town's own text is about: the one its publisher names, else the only town it mentions."""
    names = {m.name for m in towns}
    publisher = document.publisher or ""
    return next((n for n in sorted(names) if n in publisher), None) or (names.pop() if len(names) == 1 else None)


#: A zone's management committee written bare (管委会) after the title of its party working committee, and what the
#: committee's name ends with.
_BARE_COMMITTEE = ("管委会", "管理委员会")
#: Bodies written bare, no alias of the body named (a zone's 管委会, a party committee's 宣传部).
_BARE_NAMES = (*_BARE_COMMITTEE, "宣传部", "组织部", "统战部")
_PARTY_COMMITTEE = "党工委"


def _zone_committee(doc: Doc, title_start: int) -> tuple[str, int, int] | None:
    """A zone's 管委会 written bare after its 党工委's title in a list (金普新区党工委副书记、管委会|主任): the zone's
    管理委员会."""
    text = text_of(doc)
    bare = next((b for b in _BARE_COMMITTEE if text.endswith(b, 0, title_start)), None)
    at = title_start - len(bare) if bare else 0
    if at < 1 or text[at - 1] != "、":
        return None
    party = next((m for m in mentions_of(doc) if m.label == Label.ORGANIZATION and m.name.endswith(_PARTY_COMMITTEE)
                  and at - 12 <= m.end < at), None)
    if party is None or len(party.name) <= len(_PARTY_COMMITTEE) or "，" in text[party.end:at]:
        return None
    return party.name.removesuffix(_PARTY_COMMITTEE) + "管理委员会", at, title_start


#: A party committee's departments, written bare after the committee's standing member's title (区委常委、宣传部部长).
_PARTY_DEPARTMENTS = ("宣传部", "组织部", "统战部")
_STANDING_MEMBER = re.compile(r"([区县市])委常委、$")


def _party_department(doc: Doc, document: Document, title_start: int) -> tuple[str, int, int] | None:
    """A party department written bare after its committee's standing member's title (区委常委、宣传部|部长 in a
    蜀山区 text: 蜀山区委宣传部)."""
    text = text_of(doc)
    department = next((d for d in _PARTY_DEPARTMENTS if text.endswith(d, 0, title_start)), None)
    at = title_start - len(department) if department else 0
    member = _STANDING_MEMBER.search(text, max(0, at - 5), at) if at > 0 else None
    region = document_region(doc, document, member.group(1)) if member else None
    return (region + "委" + department, at, title_start) if region and department else None
