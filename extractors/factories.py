"""Register every kg component with spaCy, in one place.

Each factory passes the config block's settings as keyword-only arguments.
Components are added to ``config.cfg``; the order there is the run order.
"""

from __future__ import annotations

from spacy.language import Language

from extractors.base import register_extensions

register_extensions()


@Language.factory("kg_gazetteer", default_config={"min_short": 2, "short_forms": True})
def make_gazetteer(nlp: Language, name: str, min_short: int, short_forms: bool):
    from extractors.gazetteer import GazetteerComponent

    return GazetteerComponent(min_short=min_short, short_forms=short_forms)


@Language.factory("kg_names", default_config={"max_len": 24})
def make_names(nlp: Language, name: str, max_len: int):
    from extractors.names import NamesComponent

    shorts = nlp.get_pipe("kg_gazetteer").county_shorts if "kg_gazetteer" in nlp.pipe_names else frozenset()
    return NamesComponent(max_len=max_len, county_shorts=shorts)


@Language.factory("kg_overlaps", default_config={"keep_nested_labels": []})
def make_overlaps(nlp: Language, name: str, keep_nested_labels: list[str]):
    from extractors.overlaps import OverlapsComponent

    return OverlapsComponent(keep_nested_labels=tuple(keep_nested_labels))


@Language.factory("kg_own_bodies", default_config={})
def make_own_bodies(nlp: Language, name: str):
    from extractors.own_bodies import OwnBodiesComponent

    return OwnBodiesComponent()


@Language.factory("kg_relations", default_config={"lead_max": 40})
def make_relations(nlp: Language, name: str, lead_max: int):
    from extractors.relations import RelationsComponent

    return RelationsComponent(lead_max=lead_max)


# -- document-level extractors: policies, indicators, people, document relations --


@Language.factory("kg_policies", default_config={"patterns_path": None})
def make_policies(nlp: Language, name: str, patterns_path: str | None):
    from extractors.policies import PolicyRuler

    return PolicyRuler(nlp, name, patterns_path=patterns_path)


@Language.factory("kg_indicators", default_config={"vocab_path": None})
def make_indicators(nlp: Language, name: str, vocab_path: str | None):
    from extractors.indicators import IndicatorFinder

    return IndicatorFinder(nlp, name, vocab_path=vocab_path)


@Language.factory("kg_people", default_config={"offices_path": None})
def make_people(nlp: Language, name: str, offices_path: str | None):
    from extractors.people import PeopleFinder

    return PeopleFinder(nlp, name, offices_path=offices_path)


@Language.factory("kg_document_relations", default_config={"issuers_path": None})
def make_document_relations(nlp: Language, name: str, issuers_path: str | None):
    from extractors.document_relations import DocumentRelations

    return DocumentRelations(nlp, name, issuers_path=issuers_path)
