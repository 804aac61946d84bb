"""The compact facts form of the cache (kg.factcodec) gives back the facts pydantic validation gives."""

from __future__ import annotations

import json

import pytest

from kg.factcodec import FORMAT, FactsFormatError, decode_facts, encode_facts
from schema import DocumentFacts


def _fields_sets(facts: DocumentFacts) -> list[set[str]]:
    records = [facts, *facts.mentions, *facts.relations, *facts.evidence, *facts.stages, *facts.stage_evidence]
    records += [ref for r in facts.relations for ref in (r.source, r.target)]
    return [r.model_fields_set for r in records]


def test_corpus_facts_round_trip_as_validated_records(corpus_facts: list[DocumentFacts]) -> None:
    for facts in corpus_facts:
        header, decoded = decode_facts(encode_facts(facts, doc_id=facts.doc_id))
        validated = DocumentFacts.model_validate_json(facts.model_dump_json())  # what the pydantic cache read
        assert header == {"format": FORMAT, "doc_id": facts.doc_id}
        assert decoded == facts == validated
        assert len(decoded.stage_evidence) == len(decoded.stages)
        assert decoded.model_dump_json() == validated.model_dump_json()
        assert _fields_sets(decoded) == _fields_sets(validated)


def test_compact_form_is_smaller(corpus_facts: list[DocumentFacts]) -> None:
    compact = sum(len(encode_facts(f)) for f in corpus_facts)
    assert compact < 0.6 * sum(len(f.model_dump_json().encode("utf-8")) for f in corpus_facts)


def _broken(data: dict) -> list[bytes]:  # type: ignore[type-arg]
    facts = data["facts"]
    variants = [
        {**data, "format": FORMAT - 1},
        {k: v for k, v in data.items() if k != "facts"},
        {**data, "facts": {**facts, "mentions": [m[:-1] for m in facts["mentions"]]}},
        {**data, "facts": {**facts, "mentions": [["NoSuchLabel", *m[1:]] for m in facts["mentions"]]}},
        {**data, "facts": {**facts, "evidence": facts["evidence"][:-1]}},
        {**data, "facts": {**facts, "refs": []}},
        {**data, "facts": {**facts, "properties": []}},
        {**data, "facts": {**facts, "mentions": [[*m[:-1], 3] for m in facts["mentions"]]}},
    ]
    return [json.dumps(v, ensure_ascii=False).encode() for v in variants]


def test_anything_else_is_a_format_error(corpus_facts: list[DocumentFacts]) -> None:
    good = encode_facts(corpus_facts[1], doc_id=corpus_facts[1].doc_id)
    old = json.dumps({"doc_id": "d", "facts": corpus_facts[1].model_dump(mode="json")}).encode()
    for data in [good[: len(good) // 2], b"{not json", b"[]", b"\xff\xfe", old, *_broken(json.loads(good))]:
        with pytest.raises(FactsFormatError):
            decode_facts(data)


def test_float_properties_and_lone_surrogates() -> None:
    from schema import Label, Mention

    floats = [1.0, 1e16, 1e-7, -0.0, float("inf"), 0.1 + 0.2, 12345678.125]
    mentions = [Mention(label=Label.TOWN, text="双街", name="双街镇", start=0, end=2, rule="t", properties={"v": v})
                for v in floats]
    facts = DocumentFacts(doc_id="d", properties={"nan": float("nan"), "n": 2**70}, mentions=mentions)
    decoded = decode_facts(encode_facts(facts))[1]
    assert [m.properties["v"] for m in decoded.mentions] == floats
    assert str(decoded.mentions[3].properties["v"]) == "-0.0" and decoded.properties["n"] == 2**70
    assert decoded.properties["nan"] != decoded.properties["nan"]  # NaN
    with pytest.raises(FactsFormatError):
        encode_facts(DocumentFacts(doc_id="d\udc80"))
