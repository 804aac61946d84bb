"""Relation rules rewritten to cost linear time on long documents give what the plain computation gave.

Each test keeps the plain computation (every chain, scope, company or park compared per item) as the
reference and compares on the corpus and on texts of the shapes that made it quadratic
(tests/extractors/long_texts.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractors import overlaps, policy_links, rel_context
from extractors.base import mentions_of
from extractors.rel_chains import _PARK_TYPE, _NamedChains, chain_mentions
from extractors.rel_context import RelContext
from schema import Label, Mention, RelType
from tests.extractors.long_texts import (
    chain_headings_text,
    companies_text,
    corpus_texts,
    doc_before,
    enumeration_text,
    gold_text,
    long_texts,
    model_town_headings,
)
from tests.extractors.test_long_documents import _first_within_plainly, _PlainTaken


def _named_chain_plainly(m: Mention, chains: list[Mention]) -> Mention | None:
    """The park's chain as ``rel_chains`` computed it before: every chain against the park's name (and a project's named
    as a park, …产业基地, by a chain the text sets, not one only names hold)."""
    if m.label != Label.PARK and not (m.label == Label.PROJECT and m.name.endswith(("产业基地", "产业园"))):
        return None
    named = [c for c in chains if len(c.name) >= 2 and c.name in m.name
             and _PARK_TYPE.fullmatch(m.name[m.name.rindex(c.name) + len(c.name):])]
    best = max(named, key=lambda c: (len(c.name), -c.start)) if named else None
    return None if best is not None and m.label == Label.PROJECT and best.properties.get("nested") else best


def test_named_chains_equal_the_plain_computation_on_corpus_and_repeated_sentences() -> None:
    named = 0
    for text in long_texts():
        ctx = RelContext(doc_before(text))
        chains = chain_mentions(ctx)
        lookup = _NamedChains(chains)
        for m in ctx.ms:
            expected = _named_chain_plainly(m, chains)
            assert lookup.of(m) is expected
            named += expected is not None
    assert named > 20


def test_reported_targets_equal_the_plain_lookup_on_corpus_and_repeated_sentences(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every relation (moved SETS_TARGET included) as with the lookup that reads every indicator start."""
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    texts = long_texts() + ["《北辰区“十四五”规划》提出，到2025年地区生产总值达到1200亿元。" * 50]
    documents = [document_from_text(text, doc_id="t") for text in texts]
    fast = [extract(d).relations for d in documents]
    monkeypatch.setattr(policy_links, "_first_within", _first_within_plainly)
    assert fast == [extract(d).relations for d in documents]
    assert any(r.type.value == "SETS_TARGET" and r.source.label == Label.POLICY for rels in fast for r in rels)


def test_short_form_references_equal_the_plain_computation(monkeypatch: pytest.MonkeyPatch) -> None:
    """The references of a RelContext (mentions plus short company forms) on corpus and long texts."""
    docs = [doc_before(text) for text in long_texts()]
    fast = [[(m.start, m.end, m.name, m.rule) for m in RelContext(doc).refs] for doc in docs]
    monkeypatch.setattr(rel_context, "TakenSpans", _PlainTaken)
    assert fast == [[(m.start, m.end, m.name, m.rule) for m in RelContext(doc).refs] for doc in docs]
    assert sum(m[3] == "ref.short_form" for refs in fast for m in refs) > 50


def test_town_scopes_equal_indexing_the_towns_at_each_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Headings naming a town by its 示范镇 form (gold passage s02; a plan of 240 such headings)."""
    from extractors.rel_town_scopes import town_scopes

    texts = [*corpus_texts(), gold_text("s02"), (gold_text("s02") + "\n") * 2, model_town_headings()]
    docs = [doc_before(text) for text in texts]
    fast = [town_scopes(RelContext(doc)) for doc in docs]
    monkeypatch.setattr(RelContext, "towns_by_name",
                        property(lambda ctx: {t.name: t for t in ctx.ms if t.label == Label.TOWN}))
    assert fast == [town_scopes(RelContext(doc)) for doc in docs]
    assert sum(town.rule == "ref.model_town" for scopes in fast for town, *_ in scopes) >= 3
    assert sum(rule == "context.heading_town" for _, _, _, rule in fast[-1]) >= 150


class _PlainScopes:
    """Every scope read for each position (the computation before ScopesAt)."""

    def __init__(self, scopes: list[tuple[int, int, list[Mention]]]) -> None:
        self.scopes = scopes

    def __call__(self, pos: int) -> list[tuple[int, int, list[Mention]]]:
        return [x for x in self.scopes if x[0] <= pos < x[1]]


def test_chain_relations_equal_reading_every_scope(monkeypatch: pytest.MonkeyPatch) -> None:
    """IN_CHAIN from paragraph leads and headings, in the corpus and in a plan of 300 chain headings."""
    from extractors import rel_chains
    from extractors.rel_chain_scopes import heading_chains

    docs = [doc_before(text) for text in [*corpus_texts(), chain_headings_text()]]
    fast = [rel_chains.chain_relations(RelContext(doc)) for doc in docs]
    monkeypatch.setattr(rel_chains, "ScopesAt", _PlainScopes)
    assert fast == [rel_chains.chain_relations(RelContext(doc)) for doc in docs]
    assert len(heading_chains(RelContext(docs[-1]))) >= 300
    assert [r.rule for r in fast[-1]].count("context.paragraph_chain") >= 300


class _PlainIndex:
    """A look-up that reads every entry per question (the computations before the indexes)."""

    def __init__(self, entries: list, match: Callable) -> None:
        self.entries, self.match = entries, match

    def get(self, key: object, default: object = ()) -> list:
        return [value for entry, value in self.entries if self.match(entry, key)] or list(default)


def _plain_by_start(mentions: list[Mention]) -> _PlainIndex:
    return _PlainIndex([(m.start, m) for m in mentions], lambda start, wanted: start == wanted)


def _plain_by_tail(parks: set[str]) -> _PlainIndex:
    return _PlainIndex([(p, p) for p in parks], lambda park, name: park.endswith(name) and park != name)


def test_overlaps_equal_reading_every_company_issuer_and_park(monkeypatch: pytest.MonkeyPatch) -> None:
    """kg_overlaps on the corpus and on 600 companies with their projects and parks."""
    from extractors.pipeline import load_nlp

    step = load_nlp().get_pipe("kg_overlaps")
    docs = [doc_before(text, "kg_overlaps") for text in [*corpus_texts(), companies_text()]]
    fast = [step.match(doc) for doc in docs]
    monkeypatch.setattr(overlaps, "_by_start", _plain_by_start)
    monkeypatch.setattr(overlaps, "_by_tail", _plain_by_tail)
    assert fast == [step.match(doc) for doc in docs]
    assert sum(m.label == Label.PARK for m in fast[-1]) > 500


def _park_prefix_parts_plainly(ctx: RelContext) -> list:
    from extractors.rel_places import _rel

    parks = {m.name: m for m in ctx.ms if m.label == Label.PARK}
    out = []
    for name, m in parks.items():
        parent = max((p for p in parks if p != name and name.startswith(p) and len(name) - len(p) >= 2),
                     key=len, default=None)
        if parent:
            out.append(_rel(ctx, RelType.PART_OF, m, (Label.PARK, parent), m.start, "name.park_prefix"))
    return out


def test_park_prefix_parts_equal_comparing_every_park() -> None:
    from extractors.rel_places import park_prefix_parts

    parts = 0
    for text in [*corpus_texts(), companies_text(), gold_text("s02")]:
        ctx = RelContext(doc_before(text))
        found = park_prefix_parts(ctx)
        assert found == _park_prefix_parts_plainly(ctx)
        parts += len(found)
    assert parts >= 300


def _company_prefix_plainly(name: str, companies: set[str]) -> str | None:
    """rel_actors.company_prefix as it was: every company name, longest first, tried as the start of ``name``."""
    return next((e for e in sorted(companies, key=len, reverse=True) if name.startswith(e) and len(name) > len(e)),
                None)


def test_phase_and_prefix_owners_equal_the_plain_computation(monkeypatch: pytest.MonkeyPatch) -> None:
    """DEVELOPS from names and phases, and the companies they add, on the corpus and on long texts."""
    from extractors import rel_actors

    developed = 0
    for text in [*corpus_texts(), companies_text(), enumeration_text()]:
        fast_doc, plain_doc = doc_before.__wrapped__(text), doc_before.__wrapped__(text)  # the rule adds mentions
        found = rel_actors.phase_and_prefix_owners(RelContext(fast_doc))
        with monkeypatch.context() as patch:
            patch.setattr(rel_actors, "company_prefix", _company_prefix_plainly)
            assert found == rel_actors.phase_and_prefix_owners(RelContext(plain_doc))
        assert mentions_of(fast_doc) == mentions_of(plain_doc)
        developed += len(found)
    assert developed > 500



def test_company_prefix_is_the_longest_company_a_name_starts_with() -> None:
    """The look-up per length gives what trying every company, longest first, gives: nested company names
    (天士力 / 天士力医药集团), a name that is a company itself, and every project name of the long texts."""
    from extractors.rel_actors import company_prefix

    nested = {"天士力", "天士力医药集团", "SMC", "中国一冶", "中国一冶北辰分公司"}
    for name in ("天士力医药集团二期", "天士力现代中药城", "SMC二期", "中国一冶北辰分公司", "中国一冶北辰东道综合管廊"):
        assert company_prefix(name, nested) == _company_prefix_plainly(name, nested)
    assert company_prefix("天士力医药集团二期", nested) == "天士力医药集团"
    for text in [*corpus_texts(), companies_text()]:
        ms = RelContext(doc_before(text)).ms
        companies = {m.name for m in ms if m.label == Label.ENTERPRISE}
        for m in ms:
            if m.label in (Label.PROJECT, Label.PARK):
                assert company_prefix(m.name, companies) == _company_prefix_plainly(m.name, companies)
