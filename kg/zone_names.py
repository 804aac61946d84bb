"""Names of zones across documents, for resolution (:func:`kg.resolve.resolve`).

- A name one document gives as a functional zone (a Park by its heading) is that Park in every document
  (:func:`functional_zones`, :func:`with_parks`), and a zone named in short is the one longer Park ending with it
  that a document naming the zone also names (:func:`zone_full_names`).
- A zone only written bare and named by its district (新吴高新技术产业开发区) is the one Park that other texts write bare
  the same way (:func:`bare_zone_names`).
- A zone's body written with the zone's short form (宁波石化区管理委员会) is the body written with its full name
  (宁波石化经济技术开发区管理委员会) where both are named (:func:`zone_bodies`).
- A park no text writes in full, named from a short form another park's text declares for itself (以下简称“福山高新区”),
  is that park (:func:`parks_written_short`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Set
from typing import Protocol

from kg.naming import expand_abbreviation
from schema import DocumentFacts, EntityRef, Label, Mention
from schema.extraction import BARE_DISTRICT_RULE, COMMITTEE_ZONE_RULE, ZONE_LEAD_RULE, carried_mention_evidence

Key = tuple[Label, str]


class Entity(Protocol):
    """What these functions read of resolution's entities."""

    name: str
    docs: set[str]
    surfaces: set[str]


def functional_zones(facts: Iterable[DocumentFacts]) -> set[str]:
    """The names ``facts`` give as functional zones: a Park by its heading (:data:`ZONE_LEAD_RULE`) or beside its
    committee (:data:`COMMITTEE_ZONE_RULE`). Such a name is that Park in every document (:func:`with_parks`), also
    where a list took it for a project by its suffix (打造宜兴埠未来城、中东欧特色小镇、北仓运河文化村): one entity, one label."""
    return {m.name for f in facts for m in f.mentions if m.rule in (ZONE_LEAD_RULE, COMMITTEE_ZONE_RULE)}


def zone_full_names(facts: list[DocumentFacts], entities: Mapping[Key, Entity]) -> dict[Key, str]:
    """A functional zone named in short (奶业小镇, :data:`ZONE_LEAD_RULE`) is the one longer Park ending with
    its name that a document naming the zone also names (梦得奶业小镇, with its brand, both in 002); with two
    candidates, none in a shared document (宁波东部新城 elsewhere), or a name under four characters, it stays."""
    zones = {m.name for f in facts for m in f.mentions if m.rule == ZONE_LEAD_RULE and len(m.name) >= 4}
    parks = [ent for (label, _), ent in entities.items() if label == Label.PARK]
    out: dict[Key, str] = {}
    for zone in sorted(zones):
        docs = entities[(Label.PARK, zone)].docs if (Label.PARK, zone) in entities else set()
        longer = [p.name for p in parks if p.name.endswith(zone) and p.name != zone and p.docs & docs]
        if len(longer) == 1:
            out[(Label.PARK, zone)] = longer[0]
    return out


def bare_zone_names(facts: list[DocumentFacts], entities: Mapping[Key, Entity]) -> dict[Key, str]:
    """A zone texts write only bare (高新区), named by their district because they name no zone of that kind
    (新吴高新技术产业开发区, :data:`BARE_DISTRICT_RULE`), is the one Park that other texts write bare the same way and
    name (无锡高新技术产业开发区 of 无锡高新区, also written 高新区)."""
    bare: dict[str, set[str]] = defaultdict(set)
    written: set[str] = set()
    for f in facts:
        for m in f.mentions:
            if m.label == Label.PARK and m.rule == BARE_DISTRICT_RULE:
                bare[m.name].add(m.text)
            elif m.label == Label.PARK:
                written.add(m.name)
    out: dict[Key, str] = {}
    for name in sorted(set(bare) - written):
        hosts = [p for p in written if p != name and entities[(Label.PARK, p)].surfaces & bare[name]
                 and _zone_kind(p) == _zone_kind(name)]  # (not 新郑高新技术产业开发区 for 黄陂经济技术开发区's 开发区)
        if len(hosts) == 1:
            out[(Label.PARK, name)] = hosts[0]
    return out


#: The kinds of zone a bare word names, longest first (高新区: 高新技术产业开发区; 经开区: 经济技术开发区).
_ZONE_KINDS = ("高新技术产业开发区", "经济技术开发区", "经济开发区", "开发区")


def _zone_kind(name: str) -> str:
    """The kind of zone ``name`` ends with ("" for none of :data:`_ZONE_KINDS`)."""
    return next((kind for kind in _ZONE_KINDS if name.endswith(kind)), "")


def with_parks(fact: DocumentFacts, zones: Set[str]) -> DocumentFacts:
    """``fact`` with its projects named as one of the functional ``zones`` made parks (the same object if none is)."""
    def zone(ref: EntityRef | Mention) -> bool:
        return ref.label == Label.PROJECT and ref.name in zones

    def park(ref: EntityRef) -> EntityRef:
        return EntityRef(label=Label.PARK, name=ref.name) if zone(ref) else ref

    if not any(map(zone, fact.mentions)) and not any(zone(r.source) or zone(r.target) for r in fact.relations):
        return fact
    mentions = [m.model_copy(update={"label": Label.PARK}) if zone(m) else m for m in fact.mentions]
    relations = [r.model_copy(update={"source": park(r.source), "target": park(r.target)})
                 if zone(r.source) or zone(r.target) else r for r in fact.relations]
    # the first mentions change where a project and a park of one name become one entity: keep each one's sentence
    evidence = carried_mention_evidence([fact], mentions)
    return fact.model_copy(update={"mentions": mentions, "relations": relations, "mention_evidence": evidence})


#: The words of a zone's own bodies after its name (…管理委员会, …党工委).
_BODY_WORDS = ("管理委员会", "党工委", "工作委员会")


def zone_bodies(canon: Mapping[Key, str], surfaces: Mapping[Key, set[str]]) -> dict[Key, str]:
    """Each Organization named by a zone's written form and a body's word (宁波石化区管理委员会) -> the name of the body
    named by the zone's canonical name and the same word (宁波石化经济技术开发区管理委员会), where that body is named too
    and the form is one zone's only; a form's expansion is a form too (福山高新区: 福山高新技术产业开发区党工委, the bare
    高新区党工委 of a text about 福山, is 烟台福山高新技术产业区党工委 where 福山高新区 is that park).

    Example:
        >>> canon = {(Label.PARK, "宁波石化经济技术开发区"): "宁波石化经济技术开发区",
        ...          (Label.ORGANIZATION, "宁波石化区管理委员会"): "宁波石化区管理委员会",
        ...          (Label.ORGANIZATION, "宁波石化经济技术开发区管理委员会"): "宁波石化经济技术开发区管理委员会"}
        >>> zone_bodies(canon, {(Label.PARK, "宁波石化经济技术开发区"): {"宁波石化区"}})
        {(<Label.ORGANIZATION: 'Organization'>, '宁波石化区管理委员会'): '宁波石化经济技术开发区管理委员会'}
    """
    forms: dict[str, set[str]] = defaultdict(set)
    zone_forms: dict[str, set[str]] = defaultdict(set)  # a zone's name -> it and its forms
    for key, name in canon.items():
        if key[0] == Label.PARK:
            for form in {key[1], expand_abbreviation(Label.PARK, key[1]), *surfaces.get(key, ())} - {name}:
                forms[form].add(name)
                zone_forms[name] |= {name, form}
            for cut in (2, 3):  # 广东|惠阳经济开发区: the zone without its province or city in front
                if len(name) - cut >= 6:
                    forms[name[cut:]].add(name)
                    zone_forms[name] |= {name, name[cut:]}
    bodies = {name for key, name in canon.items() if key[0] == Label.ORGANIZATION}
    out: dict[Key, str] = {}
    for key, name in canon.items():
        word = next((w for w in _BODY_WORDS if name.endswith(w)), None) if key[0] == Label.ORGANIZATION else None
        zones = forms.get(name[: -len(word)], set()) if word else set()
        if len(zones) == 1 and word and (full := _zone_body(next(iter(zones)), word, zone_forms, bodies)) not in ("", name):
            out[key] = full
    return out


def _zone_body(zone: str, word: str, zone_forms: Mapping[str, set[str]], bodies: set[str]) -> str:
    """The one name of ``zone``'s body (``word``) all its forms' bodies take: the body named by the zone's full name
    where a text names it so, else the longest a text names (惠阳经开区管理委员会 and 惠阳经济开发区管理委员会 of
    广东惠阳经济开发区: the second)."""
    if zone + word in bodies:
        return zone + word
    return max(({form + word for form in zone_forms.get(zone, ())} & bodies) or {""}, key=lambda b: (len(b), b))


def parks_written_short(keys: list[Key], surfaces: dict[Key, set[str]]) -> dict[str, str]:
    """Parks no text writes in full, named from a short form (福山高新区, or a bare 高新区 of the district, expanded to
    福山高新技术产业开发区), that another park's text writes for itself (烟台福山高新技术产业区(以下简称“福山高新区”)):
    that park's name, by the expanded name."""
    declared: dict[str, set[str]] = defaultdict(set)  # a short form -> the parks written in full that a text wrote it for
    for (label, name), texts in surfaces.items():
        if label == Label.PARK and name in texts:
            declared.update({text: declared[text] | {name} for text in texts if text != name})
    out: dict[str, str] = {}
    for label, name in keys:
        full = expand_abbreviation(label, name)
        if label != Label.PARK or full == name and name in surfaces.get((label, name), ()):
            continue  # (a park a text writes in full)
        hosts = {host for text, parks in declared.items() if expand_abbreviation(label, text) == full for host in parks}
        if len(hosts) == 1 and name not in hosts:
            out[name] = next(iter(hosts))
    return out
