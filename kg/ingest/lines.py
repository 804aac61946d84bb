"""Lines of a normalised text with their character offsets.

Example:
    >>> [(x.start, x.text) for x in split_lines("甲\\n乙丙")]
    [(0, '甲'), (2, '乙丙')]
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """One line: its index, its ``[start, end)`` offsets (line break excluded) and text."""

    index: int
    start: int
    end: int
    text: str


def split_lines(text: str, offset: int = 0) -> list[Line]:
    """Split ``text`` on ``\\n`` into ``Line`` records with absolute offsets.

    Args:
        text: Normalised text (or a slice of it).
        offset: Offset of ``text[0]`` in the whole document.
    """
    lines: list[Line] = []
    pos = 0
    for index, part in enumerate(text.split("\n")):
        lines.append(Line(index, offset + pos, offset + pos + len(part), part))
        pos += len(part) + 1
    return lines
