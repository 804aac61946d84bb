"""Each document's MENTIONS edges, from its Document node and its Sections, once resolution decided the names.

A document's edges depend on its own share of resolution (:mod:`kg.doc_parts`) and on the node ids of the
entities it names: :func:`one_document` makes them. A rebuild that adds a document makes the cached
documents' edges while a worker extracts the new one, with the names the cached documents alone give
(:func:`kg.resolve.draft`); :func:`document_edges` takes a document's drafted edges where its parts are the
ones they were made from and every id they use (and every staged project's) came out the same, and makes
the others'. Nothing else the corpus decides enters a document's MENTIONS, so the graph is the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.doc_parts import DocParts, Draft, Prepared
from kg.records import trusted
from kg.sections import section_graph
from schema import Edge, Evidence, Label, Node, RelType, Stage, node_id

Key = tuple[Label, str]
_STAGE_ORDER = {stage: i for i, stage in enumerate(Stage)}
_MENTIONS_FIELDS = frozenset(("source", "target", "type", "properties"))
_STAGED_FIELDS = _MENTIONS_FIELDS | {"evidence"}


def document_edges(parts: list[DocParts], canon: dict[Key, str], ids: dict[Key, str],
                   prepared: Prepared | None = None) -> tuple[dict[str, Node], list[Edge]]:
    """The Section nodes and the MENTIONS edges of every document of ``parts`` (the drafted ones of
    ``prepared`` where still right)."""
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    take = drafted(prepared, ids)
    for part in parts:
        draft = take(part) or one_document(part, canon, ids)
        nodes.update(draft[0])
        edges.extend(draft[1])
    return nodes, edges


def one_document(part: DocParts, canon: dict[Key, str], ids: dict[Key, str]) -> Draft:
    """One document's Section nodes and MENTIONS edges (from its Sections, then from the Document)."""
    nodes, edges = section_graph([(part.fact.doc_id, part.sections)], ids)
    return nodes, edges + _mention_edges(part, canon, ids)


def drafted(prepared: Prepared | None, ids: dict[Key, str]) -> Callable[[DocParts], Draft | None]:
    """A document's drafted edges (:func:`kg.resolve.draft`) where they are right with ``ids``, else None."""
    if prepared is None or prepared.ids is None:
        return lambda part: None
    before, drafts = prepared.ids, prepared.drafts
    changed = {key for key in ids.keys() | before.keys() if ids.get(key) != before.get(key)}

    def take(part: DocParts) -> Draft | None:
        doc_id = part.fact.doc_id
        if prepared.parts.get(doc_id) is not part or doc_id not in drafts:
            return None
        if changed and (not changed.isdisjoint(part.counts)
                        or any((Label.PROJECT, project) in changed for project, *_ in part.stages)):
            return None
        return drafts[doc_id]

    return take


def _mention_edges(part: DocParts, canon: dict[Key, str], ids: dict[Key, str]) -> list[Edge]:
    """One MENTIONS edge per entity the document names, with the sentence of its first mention as evidence; a
    project's edge has the stages the document gives it instead, with the sentences that give them."""
    counts: dict[str, int] = {}
    for key, count in part.counts.items():
        nid = ids[key]
        counts[nid] = counts.get(nid, 0) + count
    stages = _stages_of(part, canon)
    firsts: dict[str, Evidence] = {}
    for key, evidence in part.firsts:
        firsts.setdefault(ids[key], evidence)
    document = node_id(Label.DOCUMENT, part.fact.doc_id)
    date = part.fact.properties.get("date")
    edges: list[Edge] = []
    for nid, count in counts.items():
        props: dict[str, object] = {"count": count}
        evidence: list[Evidence] = [firsts[nid]] if nid in firsts else []
        if nid in stages:
            found, sentences = stages[nid]
            ordered = sorted(found, key=_STAGE_ORDER.__getitem__)
            props.update(stage=ordered[-1].value, stages=[s.value for s in ordered])
            if date:
                props["date"] = date
            evidence = sorted(sentences.values(), key=Evidence.sort_key)
        edges.append(trusted(Edge, {"source": document, "target": nid, "type": RelType.MENTIONS,
                                    "evidence": evidence, "properties": props},
                             _STAGED_FIELDS if evidence else _MENTIONS_FIELDS))
    return edges


def _stages_of(part: DocParts, canon: dict[Key, str]) -> dict[str, tuple[set[Stage], dict[tuple[int, int], Evidence]]]:
    """Per project node id: the stages the document gives it and their sentences (one per span)."""
    stages: dict[str, tuple[set[Stage], dict[tuple[int, int], Evidence]]] = {}
    for project, stage, span, evidence in part.stages:
        nid = node_id(Label.PROJECT, canon.get((Label.PROJECT, project), project))
        found, sentences = stages.setdefault(nid, (set(), {}))
        found.add(stage)
        sentences.setdefault(span, evidence)
    return stages
