"""Pydantic records made from values that are already valid, without validating them again.

Resolution makes its nodes, edges and evidence from validated facts, and the facts cache reads
back facts that were validated when they were extracted: validating again would only copy the
values (about 75k records in a x10 build). :func:`trusted` sets what pydantic's own
``model_construct`` sets, at a third of its cost. The tests compare such records with validated
ones (``tests/graph/test_resolve.py``, ``tests/pipeline/test_factcodec.py``).

Example:
    >>> from schema import EntityRef, Label
    >>> trusted(EntityRef, {"label": Label.TOWN, "name": "双街镇"}) == EntityRef(label=Label.TOWN, name="双街镇")
    True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel

Record = TypeVar("Record", bound=BaseModel)
_SET = object.__setattr__
_NEW = object.__new__


def trusted(cls: type[Record], values: dict[str, Any], given: Iterable[str] | None = None) -> Record:
    """The record ``cls(**values)`` makes, without validation.

    Args:
        cls: A pydantic model without private attributes or extra fields.
        values: Every field in declaration order, each of its type, with containers of its own
            (the record keeps this dict).
        given: The fields passed to the constructor (the record's ``model_fields_set``);
            default: all of them.
    """
    record = _NEW(cls)
    _SET(record, "__dict__", values)
    _SET(record, "__pydantic_fields_set__", set(values if given is None else given))
    _SET(record, "__pydantic_extra__", None)
    _SET(record, "__pydantic_private__", None)
    return record
