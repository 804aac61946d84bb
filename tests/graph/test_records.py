"""Records made without validation (kg.records.trusted) behave as validated ones, also when copied."""

from __future__ import annotations

import copy
import pickle

import pytest
from pydantic import ValidationError

from kg.records import FieldNames, trusted
from schema import Label, Mention, Node


def _mention(text: str, start: int) -> Mention:
    return trusted(Mention, {"label": Label.TOWN, "text": text, "name": text + "镇", "start": start,
                             "end": start + len(text), "rule": "t", "properties": {}})


def test_frozen_records_share_one_set_of_field_names_and_equal_validated_ones() -> None:
    first, second = _mention("双街", 0), _mention("小淀", 5)
    assert first.model_fields_set is second.model_fields_set
    assert isinstance(first.model_fields_set, FieldNames)
    validated = Mention(label=Label.TOWN, text="双街", name="双街镇", start=0, end=2, rule="t", properties={})
    assert first == validated
    assert first.model_fields_set == validated.model_fields_set
    assert first.model_dump() == validated.model_dump()
    with pytest.raises(ValidationError):
        first.start = 3  # frozen: refused before pydantic would add to the shared set


def test_copies_get_their_own_field_names() -> None:
    first, second = _mention("双街", 0), _mention("小淀", 5)
    shared = frozenset(first.model_fields_set)
    moved = first.model_copy(update={"start": 7})
    assert (moved.start, first.start) == (7, 0)
    assert type(moved.model_fields_set) is set and moved.model_fields_set == shared
    assert type(copy.deepcopy(first).model_fields_set) is set
    assert first.model_fields_set == second.model_fields_set == shared  # the shared set did not change
    assert pickle.loads(pickle.dumps(first)) == first


def test_records_of_models_that_are_not_frozen_keep_sets_of_their_own() -> None:
    values = {"id": "Town:双街镇", "label": Label.TOWN, "name": "双街镇", "aliases": [], "docs": [], "properties": {}}
    first, second = trusted(Node, dict(values)), trusted(Node, dict(values))
    assert first.model_fields_set is not second.model_fields_set
    first.name = "双街镇"  # pydantic adds the name to this record's set only
    assert type(first.model_fields_set) is set and type(second.model_fields_set) is set
    unhashable = trusted(Mention, {"label": Label.TOWN, "text": "a", "name": "a镇", "start": 0, "end": 1,
                                   "rule": "t", "properties": {}}, given=["label", "text"])
    assert unhashable.model_fields_set == {"label", "text"}
