"""``kg_relations``: LOCATED_IN, PART_OF (from the text), IN_CHAIN, DEVELOPS, COOPERATES_WITH, SUBSIDIARY_OF.

Runs last, on the final mentions. The rules live in three modules over one
:class:`extractors.rel_context.RelContext` (mentions by position, sentences,
clauses, paragraph leads, headings, company short forms):

- :mod:`extractors.rel_places`: LOCATED_IN and text-stated PART_OF;
- :mod:`extractors.rel_chains`: IN_CHAIN;
- :mod:`extractors.rel_actors`: DEVELOPS, COOPERATES_WITH, SUBSIDIARY_OF.

Rule names go into the evidence. Gazetteer PART_OF proposals stay on the doc
(the resolver keeps them without evidence) only for places that survived
overlap resolution. Project stages come from :mod:`extractors.stages`.

Example:
    >>> from kg.ingest import document_from_text
    >>> from extractors.pipeline import extract
    >>> ex = extract(document_from_text("杭州市余杭区积极推进径山示范镇建设。建设径山禅茶文化特色小镇。", doc_id="t"))
    >>> sorted((r.source.name, r.target.name) for r in ex.relations if r.type.value == "LOCATED_IN")
    [('径山禅茶文化特色小镇', '径山镇')]
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.base import document_of, mentions_of, relations_of, text_of
from extractors.rel_actors import actor_relations
from extractors.rel_chains import chain_relations
from extractors.rel_context import RelContext
from extractors.chain_tables import chain_table_relations
from extractors.firm_tables import firm_table_relations
from extractors.project_table_facts import table_relations, table_stages
from extractors.rel_items import item_relations, signed_among, signed_items
from extractors.rel_phases import later_phase_relations
from extractors.rel_place_refs import place_ref_relations, stated_over_context
from extractors.rel_places import place_relations
from extractors.rel_speakers import speaker_cooperation
from extractors.lead_stages import category_stages, lead_stages
from extractors.plan_wording import plan_wording
from extractors.later_stages import back_reference_stages, subject_stages
from extractors.rel_chain_leaders import chain_leader_relations, without_led_firms
from extractors.stages import outside_plans, stage_mentions
from schema import RelationMention, RelType


class RelationsComponent:
    """Relationship rules over the final mentions."""

    def __init__(self, *, lead_max: int = 40) -> None:
        self.lead_max = lead_max

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[RelationMention]:
        """All relation proposals of the three rule families, without duplicates."""
        ctx = RelContext(doc, self.lead_max)
        # where a sentence states an item's place (also …，建设地点P), no context places it elsewhere; a chain table's row
        # (its 链主企业 column) before the row read as a sentence
        leaders = chain_leader_relations(ctx)
        found = stated_over_context(place_relations(ctx) + place_ref_relations(ctx)) + leaders \
            + chain_table_relations(ctx) + without_led_firms(leaders, chain_relations(ctx)) \
            + actor_relations(ctx) + item_relations(ctx) + table_relations(ctx) + firm_table_relations(ctx)
        found += speaker_cooperation(ctx)
        found += later_phase_relations(ctx, found)  # a bare later phase: its first phase's builder and place
        found = _tabled_over_named(found)
        seen: set[tuple[str, str, str, str, str]] = set()
        out: list[RelationMention] = []
        for r in found:
            key = (r.type.value, r.source.label.value, r.source.name, r.target.label.value, r.target.name)
            if key not in seen and (r.source.label, r.source.name) != (r.target.label, r.target.name):
                seen.add(key)
                out.append(r)
        return out

    def set_annotations(self, doc: Doc, found: list[RelationMention]) -> None:
        """Keep gazetteer relations of surviving places, add the found ones and the stages."""
        kept = {(m.label, m.name) for m in mentions_of(doc)}
        rels = relations_of(doc)
        rels[:] = [r for r in rels if not r.rule.startswith("gazetteer")
                   or (r.source.label, r.source.name) in kept] + found
        text, mentions = text_of(doc), mentions_of(doc)
        stages = stage_mentions(text, mentions) + back_reference_stages(text, mentions)
        stages += subject_stages(text, mentions, stages)
        listed = signed_items(text, mentions) + signed_among(text, mentions) + table_stages(text, mentions)
        stages += lead_stages(text, mentions, stages + listed)
        stages += category_stages(text, mentions, stages + listed)
        document = document_of(doc)
        stages = plan_wording(text, outside_plans(stages, document.sections), mentions, document)
        doc._.kg_stages.extend(stages + listed)


def _tabled_over_named(found: list[RelationMention]) -> list[RelationMention]:
    """``found`` without the builders read from a works' name (东部新中心万象汇: 东部新中心公司's by its short form) where
    a project table's row names its builder."""
    tabled: dict[str, set[str]] = {}
    for r in found:
        if r.type == RelType.DEVELOPS and r.rule == "table.developer":
            tabled.setdefault(r.target.name, set()).add(r.source.name)
    return [r for r in found if not (r.rule == "name.owner_prefix" and r.target.name in tabled
                                     and r.source.name not in tabled[r.target.name])]


__all__ = ["RelationsComponent"]
