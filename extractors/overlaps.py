"""``kg_overlaps``: settle overlapping mentions, longest first.

Among overlapping mentions the longest wins (北辰区人民政府 over 北辰区); at
equal length a strong finding beats a weak one, then the label priority
below decides. Identical spans with the same label and name are merged.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.base import mentions_of
from schema import Label, Mention

PRIORITY = (
    Label.POLICY, Label.INDICATOR, Label.PARK, Label.PROJECT, Label.ORGANIZATION, Label.ENTERPRISE,
    Label.INDUSTRY_CHAIN, Label.PERSON, Label.TOWN, Label.VILLAGE, Label.REGION,
)
_RANK = {label: i for i, label in enumerate(PRIORITY)}


def _order(m: Mention) -> tuple[int, int, int, int, str]:
    weak = 1 if m.properties.get("weak") else 0
    return (-(m.end - m.start), weak, _RANK.get(m.label, 99), m.start, m.rule)


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep a non-overlapping subset, longest and strongest first; result in text order."""
    taken: list[tuple[int, int]] = []
    kept: list[Mention] = []
    for m in sorted(mentions, key=_order):
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        taken.append((m.start, m.end))
        kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))


class OverlapsComponent:
    """Replace ``doc._.kg_mentions`` by a non-overlapping subset."""

    def __init__(self, *, keep_nested_labels: tuple[str, ...] = ()) -> None:
        self.keep_nested = {Label(x) for x in keep_nested_labels}

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Mention]:
        mentions = mentions_of(doc)
        nested = [m for m in mentions if m.label in self.keep_nested]
        return resolve_overlaps([m for m in mentions if m.label not in self.keep_nested]) + nested

    def set_annotations(self, doc: Doc, kept: list[Mention]) -> None:
        doc.user_data["kg_all_mentions"] = list(mentions_of(doc))
        doc._.kg_mentions = kept
