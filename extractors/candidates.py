"""The record a name finder proposes before overlaps are settled (:mod:`extractors.names` and its helpers).

Example:
    >>> Candidate(0, 3, Label.TOWN, "t").strong
    True
"""

from __future__ import annotations

from dataclasses import dataclass

from schema import Label


@dataclass(frozen=True)
class Candidate:
    """A proposed name span with its label and how it was found."""

    start: int
    end: int
    label: Label
    rule: str
    strong: bool = True
    name: str = ""  # a name other than the span's text (a brand written once for two: 绿地缤纷城及全球贸易港)
