"""Project lists of ``kg_names`` whose items carry no suffix of their own (split from :mod:`extractors.names`).

- the items of a category-led list, ``<category>项目。A、B等。`` (:func:`lead_items`);
- the items of a list closed by one 项目 they share, ``A、B、C项目`` without 等 (:func:`shared_tail_items`),
  when two thirds of them name works.

Each function takes the names component (for its patterns and filters), the text, its token bounds and
the candidates found so far, and returns ``(start, end, label)`` spans;
:class:`extractors.names.NamesComponent` makes them candidates.

Example:
    >>> import spacy
    >>> from extractors.names import NamesComponent
    >>> text = "农业项目顺利完成，双口鱼菜共生、双街蚯蚓养殖、耕耘种子质量提升项目顺利完成。"
    >>> bounds = TokenBounds(spacy.blank("zh").make_doc(text))
    >>> [(text[s:e], label.value) for s, e, label in shared_tail_items(NamesComponent(), text, bounds, [])]
    [('双口鱼菜共生', 'Project'), ('双街蚯蚓养殖', 'Project'), ('耕耘种子质量提升', 'Project')]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from extractors.lead_lists import lead_list_spans, shared_tail_lists
from extractors.name_words import has_stop
from extractors.proper import has_proper_element, sector_word
from extractors.token_bounds import TokenBounds
from schema import Label

if TYPE_CHECKING:
    from extractors.names import NamesComponent

Span = tuple[int, int, Label]


def lead_items(names: NamesComponent, text: str, bounds: TokenBounds,
               strong: Iterable[tuple[int, int]]) -> list[Span]:
    """Items of a ``<category>项目。A、B等。`` list (spans in ``strong`` left out): projects, or what their own
    suffix says."""
    strong, place_ends = set(strong), {e for _, e in bounds.places}
    out: list[Span] = []
    for s, e in lead_list_spans(text, names.max_len):
        label = names.patterns.suffix_label(text[s:e]) or Label.PROJECT
        if (s, e) not in strong and e not in place_ends and not has_stop(text[s:e], names.patterns) \
                and names.acceptable(text[s:e], label):
            out.append((s, e, label))
    return out


def shared_tail_items(names: NamesComponent, text: str, bounds: TokenBounds,
                      taken: Iterable[tuple[int, int]]) -> list[Span]:
    """Items of an ``A、B、C项目`` list when two thirds of them name works (spans in ``taken`` left out):
    projects, or what their own suffix says; the first item starts after the verb before it."""
    taken = set(taken)
    out: list[Span] = []
    for items in shared_tail_lists(text):
        items[0] = (max(items[0][0], names.left_boundary(text, bounds, items[0][1])), items[0][1])
        labels = [names.patterns.suffix_label(text[s:e]) or Label.PROJECT for s, e in items]
        named = sum(works_item(names, text, bounds, s, e) for s, e in items)
        if 3 * named >= 2 * len(items) and all(e - s >= 2 and names.acceptable(text[s:e], label)
                                              for (s, e), label in zip(items, labels, strict=True)):
            out.extend((s, e, label) for (s, e), label in zip(items, labels, strict=True) if (s, e) not in taken)
    return out


def works_item(names: NamesComponent, text: str, bounds: TokenBounds, start: int, end: int) -> bool:
    """An item of a list that names works: a place or a proper element, no industry, trade, stop word,
    batch (第五批…) or list of its own (考古送审和区级第四批非遗传承人)."""
    item = text[start:end]
    return not has_stop(item, names.patterns) and item not in names.chains.canonical_of and not sector_word(item) \
        and "和" not in item and not item.startswith("第") \
        and (start in bounds.place_starts or has_proper_element(item))
