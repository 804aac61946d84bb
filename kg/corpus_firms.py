"""The corpus pass of a build: companies one document registers and another writes only by a short name.

Extraction reads one document at a time. A 2020 report registers 乐金显示(广州)光电科技有限公司; a 2022 one writes
乐金显示 and nothing more, which alone names no firm. Once every document is extracted, :func:`corpus_forms`
gathers the short forms of every registered name (with the places of the document registering it: 联滔电子 of
昆山联滔电子有限公司 in a text about 昆山市), and :func:`known_firms` gives each document those of other
documents' names its text holds. The build extracts those documents again with them
(:func:`extractors.short_names.short_name_mentions`), so 乐金显示's sentence gives the firm's relations.

What the second extraction gets depends only on the first extractions of the corpus and the document's text,
so it is cached under the digest of the map (:func:`digest`): an unchanged corpus extracts nothing again, a new
document registering a name extracts again exactly the documents writing its short form, and a removed one
takes its short forms away with it. A form two names of the corpus give is given to no document.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from schema import Document, DocumentFacts

#: Every short form of the corpus's registered names -> the names giving it.
Forms = dict[str, set[str]]


def corpus_forms(facts: Iterable[DocumentFacts]) -> Forms:
    """The short forms of the registered names of every document (each found with the places of its document,
    at extraction: ``DocumentFacts.firm_forms``), with the names giving each."""
    forms: Forms = {}
    for fact in facts:
        for form, names in fact.firm_forms.items():
            forms.setdefault(form, set()).update(names)
    return forms


class FormIndex:
    """The corpus's forms by their first three characters (every form has three or more): a text is searched
    once, with one pattern of those heads, whatever the number of forms."""

    def __init__(self, forms: Forms) -> None:
        self.forms = forms
        self.by_head: dict[str, list[str]] = {}
        for form in sorted(forms):
            self.by_head.setdefault(form[:3], []).append(form)
        self.heads = re.compile("|".join(map(re.escape, sorted(self.by_head)))) if forms else None

    def written_in(self, text: str) -> list[str]:
        """The forms ``text`` holds (in name order)."""
        found: set[str] = set()
        pos = 0
        while self.heads is not None and (match := self.heads.search(text, pos)):
            start = match.start()
            found.update(f for f in self.by_head[match.group()] if text.startswith(f, start))
            pos = start + 1  # heads may overlap (a head inside another's three characters)
        return sorted(found)


def known_firms(fact: DocumentFacts, text: str, index: FormIndex) -> dict[str, str]:
    """The short forms ``text`` holds of registered names of other documents -> the name: forms one name of
    the corpus gives, none of this document's own forms (a form another document declares for a name this one
    registers too is given: 雨花城投 of 长沙市雨花城市建设投资集团有限公司（以下简称“雨花城投”）)."""
    known: dict[str, str] = {}
    for form in index.written_in(text):
        owners = index.forms[form]
        if len(owners) == 1 and form not in fact.firm_forms and form not in owners:
            known[form] = next(iter(owners))
    return known


def digest(known: dict[str, str]) -> str:
    """12 hex digits naming a map of :func:`known_firms` (in the cache entry of the second extraction).

    Example:
        >>> digest({"乐金显示": "乐金显示(广州)光电科技有限公司"})
        '97d858830790'
    """
    lines = "".join(f"{form}\t{name}\n" for form, name in sorted(known.items()))
    return hashlib.sha256(lines.encode()).hexdigest()[:12]


def refine_in_memory(documents: list[Document], facts: list[DocumentFacts]) -> list[DocumentFacts]:
    """``facts`` (of ``documents``, in order) with the documents writing other documents' short forms extracted
    again with them: the corpus pass of a build, for documents in memory (:func:`kg.pipeline.extract_graph`)."""
    from kg.extract import extract_facts

    index = FormIndex(corpus_forms(facts))
    out = []
    for document, fact in zip(documents, facts, strict=True):
        known = known_firms(fact, document.text, index) if index.forms else {}
        out.append(extract_facts(document, known_firms=known) if known else fact)
    return out
