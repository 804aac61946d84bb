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

    Records of a frozen model share one set of field names (``model_fields_set``) per model and
    ``given``: a set of seven names is 728 bytes, a third of a cached mention's memory. Nothing
    changes such a set (a frozen record refuses attribute assignment before pydantic would add
    to it), and a copy of the record gets a set of its own (:class:`FieldNames`).

    Args:
        cls: A pydantic model without private attributes or extra fields.
        values: Every field in declaration order, each of its type, with containers of its own
            (the record keeps this dict).
        given: The fields passed to the constructor (the record's ``model_fields_set``);
            default: all of them.
    """
    record = _NEW(cls)
    _SET(record, "__dict__", values)
    try:
        names = _SHARED[(cls, given)]
    except (KeyError, TypeError):  # first record of its kind, or ``given`` not hashable
        names = _shared(cls, values, given)
    _SET(record, "__pydantic_fields_set__", set(values if given is None else given) if names is None else names)
    _SET(record, "__pydantic_extra__", None)
    _SET(record, "__pydantic_private__", None)
    return record


class FieldNames(frozenset):
    """The ``model_fields_set`` shared by records of a frozen model; copies of a record get a set of their own.

    pydantic's ``model_copy(update=...)`` copies the set, then adds the updated names to the copy.
    """

    def __copy__(self) -> set[str]:
        return set(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> set[str]:
        return set(self)


#: (model, given) -> the shared names, or None where records get sets of their own (models that are not frozen).
_SHARED: dict[tuple[type, Any], FieldNames | None] = {}


def _shared(cls: type[BaseModel], values: dict[str, Any], given: Iterable[str] | None) -> FieldNames | None:
    try:
        hash(given)
    except TypeError:  # ``given`` is not hashable (e.g. a list): this record gets a set of its own
        return None
    names = FieldNames(values if given is None else given) if cls.model_config.get("frozen") else None
    _SHARED[(cls, given)] = names
    return names
