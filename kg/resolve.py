"""Stage 3: DocumentFacts of all documents -> canonical nodes and merged edges.

Resolution decides one canonical name per entity (the ontology's naming
rules, short forms merged into the fullest form, the curated alias table),
then gives ids ``Label:name`` and merges every relation mention of the same
fact into one edge with several evidence entries. The result does not
depend on the order documents are given in.

Example:
    >>> from schema import DocumentFacts, Mention, Label
    >>> m = Mention(label=Label.TOWN, text="双街", name="双街镇", start=0, end=2, rule="t")
    >>> nodes, edges = resolve([DocumentFacts(doc_id="d", mentions=[m])])
    >>> [n.id for n in nodes], nodes[1].aliases
    (['Document:d', 'Town:双街镇'], ['双街'])
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

import yaml

from kg.chain_names import taxonomy_joins
from kg.corpus_firms import corpus_forms
from kg.doc_edges import document_edges, one_document
from kg.doc_parts import DocParts, Prepared, parts_of
from kg.figures import merge_figures
from kg.graphwrite import made_rows
from kg.naming import LEGAL_FORMS
from kg.project_forms import firm_brands, inner_city_forms, merge_project_forms
from kg.records import trusted as _record
from kg.zone_names import bare_zone_names, parks_written_short, zone_bodies, zone_full_names
from schema import (
    DocumentFacts,
    Edge,
    Evidence,
    Label,
    Node,
    RelType,
    node_id,
)
from schema.graph import NODE_FIELDS, _unreserved
from schema.ontology import SYMMETRIC

ALIAS_TABLE = Path(__file__).with_name("data") / "aliases.yml"
Key = tuple[Label, str]
_ENDPOINT_FIELDS = frozenset(("source", "target", "type"))
_NODE_FIELDS = frozenset(Node.model_fields)
_DOCUMENT_FIELDS = frozenset(("id", "label", "name", "docs", "properties"))
_ENDPOINT_NODE_FIELDS = frozenset(("id", "label", "name"))


@dataclass
class _Entity:
    label: Label
    name: str
    surfaces: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    properties: dict[str, object] = field(default_factory=dict)
    count: int = 0  # mentions


def load_alias_table(path: Path = ALIAS_TABLE) -> dict[Key, str]:
    """Read the curated alias table: ``{label: {alias: canonical}}`` in YAML."""
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        (Label(label), alias): canonical
        for label, table in data.items()
        for alias, canonical in (table or {}).items()
    }


def _collect(parts: list[DocParts]) -> dict[Key, _Entity]:
    entities: dict[Key, _Entity] = {}
    for part in parts:
        doc = part.fact.doc_id
        for key, piece in part.entities.items():
            ent = entities.get(key)
            if ent is None:
                ent = entities[key] = _Entity(key[0], key[1])
            ent.surfaces |= piece.surfaces
            ent.docs.add(doc)
            ent.count += part.counts[key]
            for k, v in piece.properties.items():
                ent.properties.setdefault(k, v)
    return entities


def canonical_map(keys: Iterable[Key], aliases: dict[Key, str], counts: dict[Key, int] | None = None,
                  docs: dict[Key, set[str]] | None = None, surfaces: dict[Key, set[str]] | None = None,
                  developers: dict[str, set[str]] | None = None, apart: Collection[frozenset[str]] = ()
                  ) -> dict[Key, str]:
    """Map every (label, name) to its canonical name (table first, then short-form merging, then names of one
    thing with and without the region that opens them, :func:`kg.place_forms.merge_place_forms`; ``docs``: the
    documents of each key, so that a name without its region joins the regioned form only where its documents
    name that region; ``surfaces``: how the texts write each key, so that a project opening with a company's short
    name the texts write for its registered one (万向一二三 of 万向一二三股份有限公司) is known as that company's;
    ``developers``: the enterprises developing each project, so that a table's row named without its company is known
    as that company's; ``apart``: pairs of enterprises a text says are parent and subsidiary, which short-form merging
    leaves apart)."""
    from kg.naming import merge_short_forms, to_the_end
    from kg.place_forms import PLACE_PREFIXED, merge_place_forms, named_in_documents, region_forms

    mapping = _first_names(keys, aliases, surfaces)
    by_label = _counts_by_label(mapping, counts)
    merged = {label: merge_short_forms(label, set(names), names, apart) for label, names in by_label.items()}
    # the regions and towns of these documents open names (光福工艺美术特色小镇 beside 工艺美术特色小镇)
    forms = region_forms(by_label.get(Label.REGION, ()), by_label.get(Label.TOWN, ()))
    if Label.PROJECT in by_label:  # one project written differently from year to year (kg.project_forms)
        merged[Label.PROJECT] = {**_project_forms(by_label, merged, mapping, surfaces, forms, developers),
                                 **merged[Label.PROJECT]}
    cities = [name for name in by_label.get(Label.REGION, ()) if name.endswith("市")]
    for label in (Label.PROJECT, Label.PARK):  # 京东(无锡)亚洲一号智能物流园 and 京东亚洲一号无锡智能物流园
        if label in by_label:
            merged[label] = {**inner_city_forms(set(by_label[label]), cities), **merged.get(label, {})}
    named_in = named_in_documents(mapping, docs) if docs else None
    for label in PLACE_PREFIXED:
        if label in by_label:
            merged[label] = merge_place_forms(set(by_label[label]), forms, named_in and named_in(label)) | merged[label]
    # merges of one kind lead on to another's (捷氢二期 → 捷氢科技…二期 by company and phase → 上海捷氢科技…二期 by region)
    final = {label: to_the_end(names) for label, names in merged.items()}
    return {k: final[k[0]].get(name, name) for k, name in mapping.items()}


def _first_names(keys: Iterable[Key], aliases: dict[Key, str], surfaces: dict[Key, set[str]] | None = None
                 ) -> dict[Key, str]:
    """Each key's name before any merging, in key order: the alias table's, the park a text wrote the short form for
    (烟台福山高新技术产业区(以下简称“福山高新区”): 福山高新区 elsewhere is that park, not an expanded 福山高新技术产业开发区),
    a zone's full form, an expanded abbreviation, a station's for its hub."""
    from kg.naming import expand_abbreviation, station_hubs, zone_full_forms

    keys = sorted(set(keys), key=lambda k: (k[0].value, k[1]))
    zones = zone_full_forms((name for label, name in keys if label == Label.PARK),
                            (name for label, name in keys if label == Label.ORGANIZATION))
    written = parks_written_short(keys, surfaces or {})
    mapping = {k: aliases.get(k) or (written.get(k[1]) or zones.get(k[1]) if k[0] == Label.PARK else None)
               or expand_abbreviation(k[0], k[1]) for k in keys}
    mapping.update({k: written[name] for k, name in mapping.items() if k[0] == Label.PARK and name in written})
    mapping.update(station_hubs(mapping))
    return mapping


def _counts_by_label(mapping: dict[Key, str], counts: dict[Key, int] | None) -> dict[Label, dict[str, int]]:
    """How often each name of ``mapping`` is found, by label (``counts`` by key; 1 for each key without them)."""
    by_label: dict[Label, dict[str, int]] = defaultdict(dict)
    for key, name in mapping.items():
        by_label[key[0]][name] = by_label[key[0]].get(name, 0) + (counts or {}).get(key, 1)
    return by_label


def _project_forms(by_label: dict[Label, dict[str, int]], merged: dict[Label, dict[str, str]], mapping: dict[Key, str],
                   surfaces: dict[Key, set[str]] | None, forms: dict[str, str],
                   developers: dict[str, set[str]] | None = None) -> dict[str, str]:
    """The projects' names that name one project written differently from year to year (:func:`merge_project_forms`),
    with the companies' merged names, also for the short names the texts write for them (``surfaces``)."""
    written = {text: mapping[key] for key, texts in sorted((surfaces or {}).items()) if key[0] == Label.ENTERPRISE
               and key in mapping for text in sorted(texts)}
    firms = {name: merged[Label.ENTERPRISE].get(name, name) for name in [*written.values(), *by_label.get(
        Label.ENTERPRISE, ())]}
    firms = {text: firms[name] for text, name in written.items()} | firms
    built_by = {mapping.get((Label.PROJECT, name), name): {firms.get(f, f) for f in names}
                for name, names in (developers or {}).items()}
    return merge_project_forms(set(by_label[Label.PROJECT]), firms, forms, built_by)


def _entity_nodes(entities: dict[Key, _Entity], canon: dict[Key, str]) -> dict[str, Node]:
    grouped: dict[str, list[_Entity]] = defaultdict(list)
    for key, ent in entities.items():
        grouped[node_id(key[0], canon[key])].append(ent)
    nodes: dict[str, Node] = {}
    for nid, ents in grouped.items():
        label, name = ents[0].label, canon[(ents[0].label, ents[0].name)]
        surfaces = set().union(*(e.surfaces | {e.name} for e in ents)) - {name}
        props: dict[str, object] = {}
        for e in sorted(ents, key=lambda e: e.name):
            for k, v in sorted(e.properties.items()):
                props.setdefault(k, v)
        _unreserved(props, NODE_FIELDS, "node")
        nodes[nid] = _record(Node, {"id": nid, "label": label, "name": name, "aliases": sorted(surfaces),
                                    "docs": sorted(set().union(*(e.docs for e in ents))), "properties": props},
                             _NODE_FIELDS)
    return nodes


class _RefIds:
    """Node ids of relation endpoints, each (label, name) resolved once."""

    def __init__(self, canon: dict[Key, str], aliases: dict[Key, str]) -> None:
        self.canon, self.aliases = canon, aliases
        self.ids: dict[Key, str] = {}

    def __call__(self, key: Key) -> str:
        """The id of ``key``: its canonical name, else its alias-table name, else its own."""
        found = self.ids.get(key)
        if found is None:
            name = self.canon.get(key) or self.aliases.get(key, key[1])
            found = self.ids[key] = node_id(key[0], name)
        return found


def _relation_edges(parts: list[DocParts], canon: dict[Key, str], aliases: dict[Key, str]) -> dict[tuple[str, RelType, str], Edge]:
    edges: dict[tuple[str, RelType, str], Edge] = {}
    # per edge, a set of field tuples: `item not in edge.evidence` compared models one by one (quadratic)
    seen: dict[tuple[str, RelType, str], set[tuple[str, str, str, int, int, str]]] = {}
    ref_id = _RefIds(canon, aliases)
    roles: dict[tuple[str, RelType, str], list[object]] = {}  # a person's offices at one place, in document order
    for part in parts:
        for source, target, kind, rule, properties, fields, evidence in part.relations:
            src, dst = ref_id(source), ref_id(target)
            if src == dst:
                continue
            if dst < src and kind in SYMMETRIC:
                src, dst = dst, src
            key = (src, kind, dst)
            edge = edges.get(key)
            if edge is None:
                edge = edges[key] = _record(Edge, {"source": src, "target": dst, "type": kind, "evidence": [],
                                                   "properties": {}}, _ENDPOINT_FIELDS)
                seen[key] = set()
            if properties:
                merge_figures(edge.properties, properties)
                if kind == RelType.HOLDS_OFFICE and "role" in properties \
                        and properties["role"] not in roles.setdefault(key, []):
                    roles[key].append(properties["role"])  # 区长 in 2021, 区委书记 in 2025: one edge, both offices
            if fields is None:  # the gazetteer's
                edge.properties.setdefault("rule", rule)
            elif fields not in seen[key]:
                seen[key].add(fields)
                edge.evidence.append(evidence)
    for key, held in roles.items():
        if len(held) > 1:
            edges[key].properties["roles"] = held
    for edge in edges.values():
        if len(edge.evidence) > 1:
            edge.evidence.sort(key=Evidence.sort_key)
    return edges


def _document_nodes(facts: list[DocumentFacts]) -> dict[str, Node]:
    return {
        node_id(Label.DOCUMENT, f.doc_id): _record(Node, {
            "id": node_id(Label.DOCUMENT, f.doc_id), "label": Label.DOCUMENT, "name": f.doc_id, "aliases": [],
            "docs": [f.doc_id], "properties": _unreserved(dict(f.properties), NODE_FIELDS, "node"),
        }, _DOCUMENT_FIELDS)
        for f in facts
    }


def _endpoint_nodes(edges: Iterable[Edge], known: dict[str, Node]) -> dict[str, Node]:
    """Nodes for edge endpoints no mention created (e.g. a parent Region from the gazetteer)."""
    extra: dict[str, Node] = {}
    for edge in edges:
        for nid in (edge.source, edge.target):
            if nid not in known and nid not in extra:
                label, _, name = nid.partition(":")
                extra[nid] = _record(Node, {"id": nid, "label": Label(label), "name": name, "aliases": [], "docs": [],
                                            "properties": {}}, _ENDPOINT_NODE_FIELDS)
    return extra


def _surfaces(facts: list[DocumentFacts], entities: dict[Key, _Entity]) -> dict[Key, set[str]]:
    """How the texts write each entity, an enterprise also by the short forms of its registered name (周黑鸭 of
    周黑鸭食品股份有限公司, written only inside 周黑鸭三期 once its DEVELOPS comes from the registered name) and by its
    brand inside its projects' names (荣泰 of 荣泰铝板带项目, :func:`kg.project_forms.firm_brands`)."""
    from kg.place_forms import region_forms

    surfaces = {key: ent.surfaces for key, ent in entities.items()}
    forms = {form: names for form, names in corpus_forms(facts).items() if len(names) == 1}
    places = region_forms(*([name for label, name in entities if label == kind] for kind in (Label.REGION, Label.TOWN)))
    brands = firm_brands(forms, [name for label, name in entities if label == Label.ENTERPRISE], places)
    for form, name in sorted([*((form, next(iter(names))) for form, names in forms.items()), *brands.items()]):
        key = (Label.ENTERPRISE, name)
        if key in surfaces:
            surfaces[key] = surfaces[key] | {form}
    return surfaces


#: Labels whose node a name written as another node's alias joins (works and zones: one name, one thing).
_JOINED_BY_ALIAS = (Label.PROJECT, Label.PARK)


def _written_as_another(canon: dict[Key, str], surfaces: dict[Key, set[str]]) -> dict[Key, str]:
    """``canon`` with a work or zone whose canonical name one other node's texts write as that node's own form
    (成都芯谷12英寸…项目 written 12英寸特色工艺晶圆制造项目 in one document, the second node's name in another) joined
    to that node: one node's alias is no other node's name."""
    owners: dict[Key, set[str]] = defaultdict(set)
    for key, texts in surfaces.items():
        if key[0] in _JOINED_BY_ALIAS:
            target = canon.get(key, key[1])
            for text in texts:
                owners[(key[0], text)].add(target)
    joined = {}
    for name in {(key[0], name) for key, name in canon.items() if key[0] in _JOINED_BY_ALIAS}:
        other = owners.get(name, set()) - {name[1]}
        if len(other) == 1 and len(name[1]) >= 6:
            joined[name] = next(iter(other))
    return {key: joined.get((key[0], name), name) for key, name in canon.items()}


def _former_names(entities: dict[Key, _Entity]) -> dict[Key, str]:
    """Each firm's registered name that a text writes for another firm's (the old name of a rename,
    江苏海达新能源科技股份有限公司（原江阴海达橡塑股份有限公司）, :mod:`extractors.renames`) -> that firm's name,
    where another text names a firm by it: the old name's firm is the renamed one. A name written for two is
    joined to neither."""
    out: dict[Key, str] = {}
    torn: set[Key] = set()
    for name, ent in sorted((key[1], ent) for key, ent in entities.items() if key[0] == Label.ENTERPRISE):
        for surface in sorted(ent.surfaces):
            key = (Label.ENTERPRISE, surface)
            if surface != name and surface.endswith(LEGAL_FORMS) and key in entities:
                torn.update([key] if out.setdefault(key, name) != name else [])
    return {key: name for key, name in out.items() if key not in torn}


@dataclass
class _Names:
    entities: dict[Key, _Entity]
    aliases: dict[Key, str]  # the alias table's, with the zones' and the taxonomy's joins
    canon: dict[Key, str]
    ids: dict[Key, str]


def _developers(parts: list[DocParts]) -> dict[str, set[str]]:
    """The enterprises the documents say develop each project (DEVELOPS), by the names as extracted."""
    out: dict[str, set[str]] = defaultdict(set)
    for part in parts:
        for rel in part.fact.relations:
            if rel.type == RelType.DEVELOPS and rel.source.label == Label.ENTERPRISE and rel.target.label == Label.PROJECT:
                out[rel.target.name].add(rel.source.name)
    return out


def _parents_apart(parts: list[DocParts]) -> set[frozenset[str]]:
    """The pairs of enterprises the documents say are a subsidiary and its parent (SUBSIDIARY_OF), by the names as
    extracted."""
    return {frozenset((rel.source.name, rel.target.name)) for part in parts for rel in part.fact.relations
            if rel.type == RelType.SUBSIDIARY_OF}


def _decided(parts: list[DocParts], aliases: dict[Key, str] | None) -> _Names:
    """The entities of ``parts`` and the names resolution decides for them (with the alias table, or ``aliases``)."""
    facts = [part.fact for part in parts]
    aliases = load_alias_table() if aliases is None else aliases
    entities = _collect(parts)
    aliases = _former_names(entities) | zone_full_names(facts, entities) | bare_zone_names(facts, entities) \
        | taxonomy_joins(entities) | aliases
    ref_keys = {key: None for part in parts for key in part.refs}
    counts = {key: ent.count for key, ent in entities.items()}
    surfaces = _surfaces(facts, entities)
    canon = canonical_map(list(entities) + [k for k in ref_keys if k[0] != Label.DOCUMENT], aliases, counts,
                          {key: ent.docs for key, ent in entities.items()}, surfaces, _developers(parts),
                          _parents_apart(parts))
    canon = _written_as_another(canon, surfaces)
    canon |= zone_bodies(canon, surfaces)  # 宁波石化区管理委员会: the body of the zone written in full
    ids = {key: node_id(key[0], name) for key, name in canon.items()}  # one id per entity, not per mention
    return _Names(entities, aliases, canon, ids)


def draft(prepared: Prepared, aliases: dict[Key, str] | None = None, *,
          rows: Callable[[], bool] | None = None) -> None:
    """Decide names over the ``prepared`` documents alone and make each one's MENTIONS edges with them, and their
    rows for the graph files (kept in ``prepared``, :func:`kg.doc_edges.drafted`): resolution takes a document's
    edges where its names come out the same, and the writer the rows of the edges taken. ``rows``: the rows are
    made only while it gives False (the worker extracting the new documents has not finished)."""
    parts = [prepared.parts[doc_id] for doc_id in sorted(prepared.parts)]
    names = _decided(parts, aliases)
    prepared.ids = names.ids
    prepared.drafts = {part.fact.doc_id: one_document(part, names.canon, names.ids) for part in parts}
    if rows is None or not rows():
        prepared.rows = made_rows([edge for _, edges in prepared.drafts.values() for edge in edges])


def resolve(facts: Iterable[DocumentFacts], aliases: dict[Key, str] | None = None,
            prepared: Prepared | None = None) -> tuple[list[Node], list[Edge]]:
    """Resolve all documents' facts into sorted nodes and edges (``prepared``: parts of some of them made
    earlier, :func:`kg.doc_parts.prepare` and :func:`draft`; the result is the same without them)."""
    parts = parts_of(sorted(facts, key=lambda f: f.doc_id), prepared)
    names = _decided(parts, aliases)
    nodes = _entity_nodes(names.entities, names.canon)
    nodes.update(_document_nodes([part.fact for part in parts]))
    sections, mentions = document_edges(parts, names.canon, names.ids, prepared)
    nodes.update(sections)
    edges = list(_relation_edges(parts, names.canon, names.aliases).values()) + mentions
    nodes.update(_endpoint_nodes(edges, nodes))
    # Edge.key's order (RelType members compare as their str values)
    return sorted(nodes.values(), key=attrgetter("id")), sorted(edges, key=attrgetter("source", "type", "target"))
