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


@Language.factory("kg_names", default_config={"max_len": 20})
def make_names(nlp: Language, name: str, max_len: int):
    from extractors.names import NamesComponent

    return NamesComponent(max_len=max_len)


@Language.factory("kg_overlaps", default_config={"keep_nested_labels": []})
def make_overlaps(nlp: Language, name: str, keep_nested_labels: list[str]):
    from extractors.overlaps import OverlapsComponent

    return OverlapsComponent(keep_nested_labels=tuple(keep_nested_labels))


@Language.factory("kg_relations", default_config={"lead_max": 40})
def make_relations(nlp: Language, name: str, lead_max: int):
    from extractors.relations import RelationsComponent

    return RelationsComponent(lead_max=lead_max)
