"""From raw text to a ``Document``: normalise, header metadata, parts, heading tree, sentences.

Title rules: the header's title (名称 field, first line, cover title), else the
container's title (html ``<title>``/meta, docx core properties), else the title
of the first heading without its number (003 starts mid-report; its first
heading ``三、2022年主要工作`` gives ``2022年主要工作``). Date rules: a labelled
date (成文日期 before 发布日期 before 发文日期), a date in the source line, a cover
date, the container's meta date; failing all, the year written in the title
(``2022年``), so 003 gets ``2022``.

Example:
    >>> doc = document_from_text("第一章 总则\\n一、目的\\n为了测试。", doc_id="t")
    >>> [s.path_str for s in doc.sections], doc.title
    (['第一章 总则', '第一章 总则 / 一、目的'], '总则')
"""

from __future__ import annotations

import hashlib

from schema.document import Document, Section, Table

from kg.ingest.metadata import HeaderMeta, iso_date, parse_header, year_of
from kg.ingest.normalize import normalise
from kg.ingest.parts import find_parts, title_lines_end
from kg.ingest.patterns import heading_marker
from kg.ingest.readers import RawText
from kg.ingest.sections import build_tree
from kg.ingest.sentences import split_sentences


def document_from_raw(raw: RawText, *, doc_id: str, source_file: str, sha256: str) -> Document:
    """Build the ``Document`` for already-read text.

    Args:
        raw: Text and container information from ``readers.read_raw``.
        doc_id: The document id.
        source_file: The file name recorded on the document.
        sha256: Hash of the file's bytes.
    """
    text = normalise(raw.text)
    meta = parse_header(text)
    hints = {normalise(k): v for k, v in raw.headings.items() if normalise(k)}
    hinted_tables = [[normalise(c) for c in cells] for cells in raw.tables]
    sections, tables, parts = _structure(text, meta, hints, hinted_tables)
    title = title_as_written(meta.title, raw.text) or raw.meta.get("title") or _title_from_sections(sections, parts)
    date = meta.date or iso_date(raw.meta.get("date", "")) or year_of(title or "")
    return Document(
        doc_id=doc_id, source_file=source_file, sha256=sha256, text=text,
        encoding=raw.encoding, format=raw.format, title=title, date=date,
        publisher=meta.publisher, doc_number=meta.doc_number, index_number=meta.index_number,
        region=meta.region, author=meta.author, kind=meta.kind, parts=tuple(parts),
        sections=tuple(sections), tables=tuple(tables),
        sentences=tuple(split_sentences(text)), body_start=meta.body_start,
    )


def document_from_text(text: str, *, doc_id: str, source_file: str = "<text>") -> Document:
    """The same processing as for a file, for a string (tests, ``kg eval``)."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return document_from_raw(RawText(text=text), doc_id=doc_id, source_file=source_file, sha256=sha)


def _structure(
    text: str, meta: HeaderMeta, hints: dict[str, int], hinted_tables: list[list[str]]
) -> tuple[list[Section], list[Table], list]:
    """Parts, sections and tables of the body."""
    parts = find_parts(text, meta.body_start)
    sections: list[Section] = []
    tables: list[Table] = []
    regions: list[tuple[int, int, tuple[str, ...]]] = []
    if parts:
        regions.append((meta.body_start, parts[0].start, ()))
        for part in parts:
            head_end = title_lines_end(text, part)
            sections.append(Section(path=(part.title,), kind="part", level=0, start=part.start, end=part.end,
                                    heading_start=part.start, heading_end=head_end))
            regions.append((min(head_end + 1, part.end), part.end, (part.title,)))
    else:
        regions.append((meta.body_start, len(text), ()))
    for start, end, prefix in regions:
        secs, tabs = build_tree(text[start:end], prefix=prefix, offset=start, end=end,
                                hinted_headings=hints, hinted_tables=hinted_tables)
        sections.extend(secs)
        tables.extend(tabs)
    sections.sort(key=lambda s: (s.start, s.level))
    return sections, tables, parts


#: How many of the raw text's first lines are searched for the title's own line.
_TITLE_LINES = 12


def title_as_written(title: str | None, raw: str) -> str | None:
    """``title`` (from the normalised text, which drops spaces between Chinese characters) with the spaces its line
    puts between a headline and its subheadline or between two issuers (项目攻坚结硕果 产业发展添动能——…), one
    for each run; not where a part is one character (a title spaced out letter by letter).

    Example:
        >>> title_as_written("签约23个重大项目总投资218.6亿元", "签约23个重大项目\\u3000 总投资218.6亿元\\n正文")
        '签约23个重大项目 总投资218.6亿元'
    """
    if not title:
        return title
    for line in raw.split("\n", _TITLE_LINES)[:_TITLE_LINES]:
        parts = [normalise(part) for part in line.split()]
        if len(parts) > 1 and normalise(line) == title:
            spaced = " ".join(parts)
            if all(len(part) > 1 for part in parts) and spaced.replace(" ", "") == title.replace(" ", ""):
                return spaced
            return title
    return title


def _title_from_sections(sections: list[Section], parts: list) -> str | None:
    """Title of the first real heading, without its number; None when there is none."""
    if parts:
        return parts[0].title
    for section in sections:
        if section.kind in ("chapter", "section", "item"):
            last = section.path[-1]
            marked = heading_marker(last)
            return marked[2] if marked else last
    return None
