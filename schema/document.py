"""Records for an ingested document: metadata, sections, tables, sentences.

All offsets are character offsets into ``Document.text``, the normalised
text the build keeps beside the graph. ``end`` is exclusive, as in Python
slices.

Example:
    >>> doc = Document(doc_id="d1", source_file="d1.txt", sha256="0" * 64, text="一、总则")
    >>> doc.text[0:2]
    '一、'
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SectionKind = Literal["part", "chapter", "section", "item", "subitem", "box", "table", "toc", "glossary"]


class Span(BaseModel):
    """A half-open character range ``[start, end)`` into the normalised text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Section(BaseModel):
    """One heading and the text under it, down to the next heading of its level or above.

    ``path`` holds the heading titles from the outermost to this one, e.g.
    ``("北辰区新型城镇化十四五规划", "第四章 重点工程", "三、城镇建设工程", "(一)示范镇建设工程")``.
    ``start``/``end`` cover the heading line and its body.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    path: tuple[str, ...]
    kind: SectionKind
    level: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    heading_start: int = Field(ge=0)
    heading_end: int = Field(ge=0)

    @property
    def path_str(self) -> str:
        """The path joined with `` / `` as evidence shows it."""
        return " / ".join(self.path)


class Cell(BaseModel):
    """One cell of a table flattened to one cell per line."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Table(BaseModel):
    """A table recognised in flattened form; ``cells`` in reading order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = ""
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    cells: tuple[Cell, ...] = ()
    section_path: tuple[str, ...] = ()


class Part(BaseModel):
    """A document-level unit inside one file, such as one of the four plans in 002."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Document(BaseModel):
    """One input file after reading and normalisation."""

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    source_file: str
    sha256: str
    text: str
    encoding: str = "utf-8"
    format: str = "txt"
    title: str | None = None
    date: str | None = None  # ISO 8601 date, yyyy-mm-dd or yyyy-mm or yyyy
    publisher: str | None = None
    doc_number: str | None = None
    index_number: str | None = None
    region: str | None = None
    author: str | None = None
    kind: str | None = None  # news, notice, plan, report, interview, speech
    parts: tuple[Part, ...] = ()
    sections: tuple[Section, ...] = ()
    tables: tuple[Table, ...] = ()
    sentences: tuple[Span, ...] = ()
    body_start: int = 0  # first offset of content after the header block

    def section_at(self, offset: int) -> Section | None:
        """Return the deepest section containing ``offset`` (None outside any section)."""
        best: Section | None = None
        for sec in self.sections:
            if sec.start <= offset < sec.end and (best is None or len(sec.path) >= len(best.path)):
                best = sec
        return best

    def sentence_at(self, offset: int) -> Span | None:
        """Return the sentence span containing ``offset``."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            span = self.sentences[mid]
            if offset < span.start:
                hi = mid
            elif offset >= span.end:
                lo = mid + 1
            else:
                return span
        return None


def section_finder(document: Document) -> Callable[[int], Section | None]:
    """``document.section_at`` answered by bisect over the section boundaries (same results).

    ``section_at`` scans every section per call; with one call per relation mention that is
    sections × relations per document. Between two consecutive boundaries the containing
    sections do not change, so the deepest one (the last of the deepest, as ``section_at``
    picks it) is found once per interval.

    Example:
        >>> def sec(path, start, end):
        ...     return Section(path=path, kind="chapter", level=len(path), start=start, end=end,
        ...                    heading_start=start, heading_end=start)
        >>> doc = Document(doc_id="d", source_file="d", sha256="", text="x" * 10,
        ...                sections=(sec(("一",), 0, 10), sec(("一", "1"), 2, 5)))
        >>> find = section_finder(doc)
        >>> [find(i).path_str if find(i) else None for i in (0, 3, 5, 10)]
        ['一', '一 / 1', '一', None]
    """
    sections = document.sections
    bounds = sorted({s.start for s in sections} | {s.end for s in sections})
    deepest: list[Section | None] = [None] * len(bounds)
    for sec in sections:
        for k in range(bisect_left(bounds, sec.start), bisect_left(bounds, sec.end)):
            best = deepest[k]
            if best is None or len(sec.path) >= len(best.path):
                deepest[k] = sec

    def find(offset: int) -> Section | None:
        k = bisect_right(bounds, offset) - 1
        return deepest[k] if k >= 0 else None

    return find


def lazy_section_finder(document: Document) -> Callable[[int], Section | None]:
    """:func:`section_finder` of ``document``, built at the first question (most documents ask none)."""
    built: list[Callable[[int], Section | None]] = []

    def find(offset: int) -> Section | None:
        if not built:
            built.append(section_finder(document))
        return built[0](offset)

    return find
