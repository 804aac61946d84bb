"""Keeping Python's cyclic garbage collector off the records a build accumulates.

Two tools: :func:`gc_paused` switches the collector off around steps that only
build records, and :func:`settle` / :func:`frozen_while` keep the facts of
finished documents out of the collections made while later documents are
extracted.

Resolution, writing and reading cached facts allocate tens of thousands of
acyclic objects (pydantic records, rows, strings). Every 700 allocations set
off a collection, and each full one walks every tracked object of the
process (all documents' facts so far) and frees nothing: reading the x10
build's cached facts took 0.31 s with the collector on and 0.16 s without.
Reference counting still frees everything these steps drop; the collector is
switched back on after the step, so cycles made elsewhere are still found.

During extraction the collector stays on (the extractors can make cycles),
but without help each full collection would walk every document's facts so
far, and a x10 build spent 0.8 s in them. :func:`settle`, called after each
document, collects what that document left (only the objects made since the
last call are walked) and freezes the survivors, so later collections skip
them: 0.3-0.4 s. :func:`frozen_while` unfreezes everything at the end of the
build, so objects of a long-lived caller (a notebook) become collectable again.

The young generation is collected every :data:`EXTRACTION_YOUNG` allocations
while documents are extracted (:func:`young_generation`, and for good in a
build's workers), not every 700: an extractor's short-lived lists and records
are mostly freed by reference counting before a collection finds them, and a
x10 build made 969 collections with the default, 140 with this (about 2 % of
its extraction time).

Example:
    >>> import gc
    >>> with gc_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Switch the cyclic collector off for the ``with`` block (no-op when it is already off)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def settle() -> None:
    """Collect the garbage made since the last call, then freeze the survivors out of later walks."""
    gc.collect()
    gc.freeze()


@contextmanager
def frozen_while() -> Iterator[None]:
    """Let the ``with`` block freeze objects (:func:`settle`); unfreeze them all when it ends."""
    try:
        yield
    finally:
        gc.unfreeze()


#: Allocations between two collections of the young generation while documents are extracted (Python's
#: default is 700).
EXTRACTION_YOUNG = 10_000


@contextmanager
def young_generation(size: int = EXTRACTION_YOUNG) -> Iterator[None]:
    """Collect the young generation every ``size`` allocations in the ``with`` block (then as before)."""
    before = gc.get_threshold()
    gc.set_threshold(size, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
