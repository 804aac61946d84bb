"""Each document's share of resolution and its MENTIONS made ahead (kg.doc_parts, kg.doc_edges): the same graph, reused only while valid."""

from __future__ import annotations

from kg.doc_parts import parts_of, prepare
from kg.resolve import draft, resolve
from kg.zone_names import functional_zones
from schema import DocumentFacts, Label, Mention
from schema.extraction import ZONE_LEAD_RULE


def _without_zone(facts: list[DocumentFacts]) -> DocumentFacts:
    """A corpus document naming no functional zone (the others' zones stay the corpus's)."""
    return next(f for f in reversed(facts) if not functional_zones([f]))


def test_resolution_with_parts_made_ahead_equals_resolution_without(corpus_facts: list[DocumentFacts]) -> None:
    assert functional_zones(corpus_facts)  # the corpus names zones: the parts are made with them
    new = _without_zone(corpus_facts)
    cached = [f for f in corpus_facts if f is not new]
    prepared = prepare(cached)
    assert sorted(prepared.parts) == sorted(f.doc_id for f in cached)
    parts = parts_of(sorted(corpus_facts, key=lambda f: f.doc_id), prepared)
    reused = [p.fact.doc_id for p in parts if prepared.parts.get(p.fact.doc_id) is p]
    assert sorted(reused) == sorted(prepared.parts)  # every cached document's parts, none made again
    assert resolve(corpus_facts, prepared=prepared) == resolve(corpus_facts)


def test_parts_of_facts_replaced_since_are_made_again(corpus_facts: list[DocumentFacts]) -> None:
    prepared = prepare(corpus_facts)
    replaced = corpus_facts[0].model_copy()  # as when a document is extracted again (kg.corpus_firms)
    facts = [replaced, *corpus_facts[1:]]
    parts = {p.fact.doc_id: p for p in parts_of(facts, prepared)}
    assert parts[replaced.doc_id] is not prepared.parts[replaced.doc_id] and parts[replaced.doc_id].source is replaced
    assert all(parts[f.doc_id] is prepared.parts[f.doc_id] for f in corpus_facts[1:])
    assert resolve(facts, prepared=prepared) == resolve(facts)


def _fact(doc_id: str, label: Label, rule: str) -> DocumentFacts:
    mention = Mention(label=label, text="奶业小镇", name="奶业小镇", start=0, end=4, rule=rule)
    return DocumentFacts(doc_id=doc_id, mentions=[mention])


def test_parts_are_made_again_when_the_new_document_names_a_zone() -> None:
    listed = _fact("a", Label.PROJECT, "project.list")  # a list takes the zone for a project by its suffix
    zone = _fact("b", Label.PARK, ZONE_LEAD_RULE)  # the new document gives it as a functional zone
    prepared = prepare([listed])
    assert prepared.parts["a"].zones == frozenset()
    parts = parts_of([listed, zone], prepared)
    assert parts[0] is not prepared.parts["a"] and parts[0].zones == frozenset({"奶业小镇"})
    assert list(parts[0].entities) == [(Label.PARK, "奶业小镇")]  # the Park in every document
    nodes, _ = resolve([listed, zone], prepared=prepared)
    assert nodes == resolve([listed, zone])[0]
    assert [n.id for n in nodes if n.label != Label.DOCUMENT] == ["Park:奶业小镇"]


def test_parts_are_kept_when_the_new_zones_are_none_of_a_documents_projects(corpus_facts: list[DocumentFacts]) -> None:
    cached = [f for f in corpus_facts if not functional_zones([f])]  # the plans naming their zones come later
    prepared = prepare(cached)
    assert all(p.zones == frozenset() for p in prepared.parts.values()) and len(cached) < len(corpus_facts)
    parts = parts_of(sorted(corpus_facts, key=lambda f: f.doc_id), prepared)
    reused = {p.fact.doc_id for p in parts if prepared.parts.get(p.fact.doc_id) is p}
    assert reused == {f.doc_id for f in cached}  # none of them writes a zone's name as a project's
    assert resolve(corpus_facts, prepared=prepared) == resolve(corpus_facts)


def _edge_ids(edges: list) -> set[int]:
    return {id(edge) for edge in edges}


def test_drafted_edges_are_taken_where_the_names_come_out_the_same(corpus_facts: list[DocumentFacts]) -> None:
    new = _without_zone(corpus_facts)
    prepared = prepare(f for f in corpus_facts if f is not new)
    draft(prepared)
    assert sorted(prepared.drafts) == sorted(prepared.parts)
    nodes, edges = resolve(corpus_facts, prepared=prepared)
    assert (nodes, edges) == resolve(corpus_facts)
    taken = [doc for doc, (_, drafted) in prepared.drafts.items() if _edge_ids(drafted) <= _edge_ids(edges)]
    assert taken  # the documents whose names the new one leaves alone keep the edges made ahead
    assert all(not _edge_ids(drafted) & _edge_ids(edges) for doc, (_, drafted) in prepared.drafts.items()
               if doc not in taken)  # the others' are all made again


def _firm(doc_id: str, name: str) -> DocumentFacts:
    mention = Mention(label=Label.ENTERPRISE, text=name, name=name, start=0, end=len(name), rule="firm")
    return DocumentFacts(doc_id=doc_id, mentions=[mention])


def test_drafted_edges_are_made_again_when_the_new_document_renames_an_entity() -> None:
    short, other = _firm("a", "恒逸集团"), _firm("c", "天津医药集团")
    prepared = prepare([short, other])
    draft(prepared)
    assert prepared.ids[(Label.ENTERPRISE, "恒逸集团")] == "Enterprise:恒逸集团"  # its name without the new document
    full = _firm("b", "浙江恒逸集团有限公司")  # the new document registers the firm: the short form joins it
    nodes, edges = resolve([short, other, full], prepared=prepared)
    assert (nodes, edges) == resolve([short, other, full])
    assert ("Document:a", "Enterprise:浙江恒逸集团有限公司") in {(e.source, e.target) for e in edges}
    assert not _edge_ids(prepared.drafts["a"][1]) & _edge_ids(edges)  # a's edge is made with the new name
    assert _edge_ids(prepared.drafts["c"][1]) <= _edge_ids(edges)  # c's names did not change: taken as drafted


def test_rows_are_drafted_only_while_the_worker_is_busy(corpus_facts: list[DocumentFacts]) -> None:
    done = prepare(corpus_facts[1:])
    draft(done, rows=lambda: True)  # the worker finished: the rows are left to the writer
    assert done.drafts and done.rows == {}
    busy = prepare(corpus_facts[1:])
    draft(busy, rows=lambda: False)
    drafted = [edge for _, edges in busy.drafts.values() for edge in edges]
    assert len(busy.rows) == len(drafted) and all(busy.rows[id(edge)][0] is edge for edge in drafted)
