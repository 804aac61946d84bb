"""Bodies of the district the text is about, written 区X or 县X (区人民政府, 区发改委, 区委): named with
the district in front (北辰区人民政府; ANNOTATION.md rule 17), so that the 区人民政府 of two districts'
documents are two nodes, and the one of a district one node however its documents write it. The
written form stays an alias (resolution keeps every surface). So are the works of the district's institutions
written 区X (区人民医院迁建工程: 东西湖区人民医院迁建工程, as another year writes it).

The district is the county-level region the text is about (``kg_focus_counties`` of ``kg_gazetteer``);
a text about no district, or about a 县 when the body is written 区X, keeps the name as written. A city's
bodies written 市X (市财政局, 市发展改革委) take the city the text is about (``kg_focus_city``: its
district's city, else the city it names most) in the same way, and its province's written 省X (省政府: 湖南省人民政府).

Example:
    >>> own_body_name("区人民政府", ["北辰区"]), own_body_name("区域医疗中心", ["北辰区"]), own_body_name("区委", [])
    ('北辰区人民政府', '区域医疗中心', '区委')
    >>> own_body_name("市财政局", ["北辰区", "天津市"]), own_body_name("市场监管局", ["合肥市"])
    ('天津市财政局', '市场监管局')
    >>> own_body_name("新区管理委员会", ["雄安新区", "保定市"]), own_body_name("新区管理委员会", ["北辰区"])
    ('雄安新区管理委员会', '新区管理委员会')
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from extractors import lexicon
from extractors.base import FOCUS_WRITTEN, document_of
from extractors.project_forms import join_project_forms
from extractors.token_bounds import TokenBounds
from schema import EntityRef, Label, Mention, RelationMention, StageMention

#: 区X / 县X / 市X / 镇X that is a body of the district, city or town, not a word (区域, 区级, 区内, 市场, 市民,
#: 镇域, 镇村 …).
_OWN_BODY = re.compile(r"^(?:[区县](?![域级内外位间块划分段])|市(?![场民区域级内外县属值面中])|镇(?![域级内外区村街])"
                       r"|省(?![份会域级内外属]))[\u4e00-\u9fff]")


_NEW_AREA = "新区"


def own_body_name(name: str, owners: list[str]) -> str:
    """``name`` with the text's district (or city) in front when it is a body written 区X or 县X (市X);
    ``owners``: the district the text is about and its city, those it has."""
    if name.startswith(_NEW_AREA) and len(name) > 3:  # 新区管理委员会 of 雄安新区: a 国家级新区's own body
        owner = next((o for o in owners if o.endswith(_NEW_AREA)), None)
        return owner + name[len(_NEW_AREA):] if owner else name
    owner = next((o for o in owners if o.endswith(name[0])), None) if _OWN_BODY.match(name) else None
    return owner + name[1:] if owner else name


def own_bureau(text: str, bounds: TokenBounds, start: int, suffix_start: int) -> bool:
    """A bureau at ``start`` written 区X局 or 县X局 (区统计局, 县发展和改革局): the district's own, no end of a
    word (园区, 社区, 城区: the segmenter may glue 由|区 but knows no word 由区), two characters or more between."""
    if text.startswith(_NEW_AREA, start) and suffix_start - start >= 4:
        return bounds.token_start(start) == start  # 新区规划建设局: a 国家级新区's own bureau
    return suffix_start - start >= 3 and _OWN_BODY.match(text[start:suffix_start]) is not None \
        and (bounds.token_start(start) == start or not lexicon.count(text[start - 1:start + 1]))


#: The institutions a project written 区X is the district's own of (区人民医院迁建工程, 区第一中学新校区).
_INSTITUTIONS = re.compile(r"医院|保健院|学校|中学|小学|幼儿园|图书馆|文化馆|博物馆|档案馆|体育中心|体育馆")


def _own_name(label: Label, name: str, owners: list[str]) -> str:
    """:func:`own_body_name` of a body, or of a project of one of the district's institutions (区人民医院迁建)."""
    if label == Label.ORGANIZATION or label == Label.PROJECT and _INSTITUTIONS.search(name):
        return own_body_name(name, owners)
    return name


def name_own_bodies(mentions: Iterable[Mention], relations: Iterable[RelationMention], owners: list[str],
                    stages: Iterable[StageMention] = ()) -> tuple[list[Mention], list[RelationMention],
                                                                list[StageMention]]:
    """Organization mentions, projects of the district's institutions and relation ends renamed by
    :func:`own_body_name`, and the stages of the projects renamed."""
    def renamed(ref: EntityRef) -> EntityRef:
        name = _own_name(ref.label, ref.name, owners)
        return ref if name == ref.name else EntityRef(label=ref.label, name=name)

    out_mentions = []
    for m in mentions:
        name = _own_name(m.label, m.name, owners)
        out_mentions.append(m if name == m.name else m.model_copy(update={"name": name}))
    out_relations = []
    for r in relations:
        source, target = renamed(r.source), renamed(r.target)
        out_relations.append(r if (source, target) == (r.source, r.target)
                             else r.model_copy(update={"source": source, "target": target}))
    out_stages = []
    for st in stages:
        name = _own_name(Label.PROJECT, st.project, owners)
        out_stages.append(st if name == st.project else st.model_copy(update={"project": name}))
    return out_mentions, out_relations, out_stages


def _title_town(doc: Doc) -> str:
    """The town a town's own document is about: the one town its title names (张浦镇2023年工作总结), else ""."""
    title = document_of(doc).title or ""
    towns = {m.name for m in doc._.kg_mentions if m.label == Label.TOWN and m.text in title}
    return towns.pop() if len(towns) == 1 and next(iter(towns)).endswith("镇") else ""


class OwnBodiesComponent:
    """``kg_own_bodies``: the last step, after every mention and relation is made, renames the district's
    own bodies in both (:func:`name_own_bodies`), and names a project written without its owner or place in front
    as the text writes it in full (:func:`extractors.project_forms.join_project_forms`)."""

    def __call__(self, doc: Doc) -> Doc:
        # a county inferred from the towns a text names (a zone's notice naming its streets) is no owner
        counties = doc.user_data.get("kg_focus_counties", [])[:1] if doc.user_data.get(FOCUS_WRITTEN) else []
        owners = counties + [doc.user_data.get("kg_focus_city", ""), doc.user_data.get("kg_focus_province", "")]
        owners.append(_title_town(doc))
        doc._.kg_mentions, doc._.kg_relations, doc._.kg_stages = name_own_bodies(
            doc._.kg_mentions, doc._.kg_relations, [o for o in owners if o], doc._.kg_stages)
        doc._.kg_mentions, doc._.kg_relations, doc._.kg_stages = join_project_forms(
            doc._.kg_mentions, doc._.kg_relations, doc._.kg_stages)
        return doc
