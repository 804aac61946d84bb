"""Container formats: saved web pages (bs4 + lxml), Word files (python-docx), PDF (pypdf).

Each reader returns a ``RawText`` whose text has one block (paragraph, heading,
table cell) per line, so that the normaliser and the sectioner treat every
format alike.

Example:
    >>> raw = read_html(b"<html><head><title>T</title></head><body><p>A</p><p>B</p></body></html>", "x.html")
    >>> raw.text.split()
    ['A', 'B']
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from kg.errors import InputError
from kg.ingest.readers import RawText

DROP_TAGS = ("script", "style", "noscript", "nav", "footer", "header", "aside", "form", "iframe", "template", "svg")
CHROME_ATTR_RE = re.compile(r"(^|[-_ ])(nav|navbar|menu|footer|foot|breadcrumb|crumbs?|share|sidebar|comment|copyright|topbar)([-_ ]|$)", re.I)
MAIN_ATTR_RE = re.compile(r"(article|content|main|zoom|TRS_Editor|detail|text)", re.I)
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol tr td th table section article main br dd dt dl blockquote pre caption".split()
)
DATE_META = ("pubdate", "publishdate", "publish_date", "firstpublishedtime", "article:published_time", "dc.date", "date", "dcterms.created")
TITLE_META = ("articletitle", "og:title", "dc.title", "title")
PAGE_NUMBER_RE = re.compile(r"^[-—–\s]*(第\s*)?\d{1,4}(\s*页)?(\s*/\s*\d{1,4})?[-—–\s]*$")
SENTENCE_END = "。!?！？…:：;；”"


def read_html(data: bytes, name: str) -> RawText:
    """Main text of a saved web page, with ``<title>`` and meta dates.

    Args:
        data: The page's bytes (the parser reads the declared charset).
        name: File name for errors.
    """
    from bs4 import BeautifulSoup  # noqa: PLC0415

    soup = BeautifulSoup(data, "lxml")
    meta = _html_meta(soup)
    for tag in soup(DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_chrome_element):
        tag.decompose()
    root = _main_element(soup)
    if root is None:
        raise InputError(name, "HTML page without a body", "save the complete page")
    lines: list[str] = []
    headings: dict[str, int] = {}
    tables: list[list[str]] = []
    _walk_html(root, lines, headings, tables)
    text = "\n".join(line.strip() for line in lines if line.strip())
    encoding = (soup.original_encoding or "utf-8").lower()
    return RawText(text=text, encoding=encoding, format="html", meta=meta, headings=headings, tables=tables)


def _html_meta(soup: object) -> dict[str, str]:
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):  # type: ignore[attr-defined]
        key = (tag.get("name") or tag.get("property") or tag.get("itemprop") or "").strip().lower()
        value = (tag.get("content") or "").strip()
        if not value:
            continue
        if key in DATE_META and "date" not in meta:
            meta["date"] = value
        elif key in TITLE_META and "title" not in meta:
            meta["title"] = value
    title_tag = soup.find("title")  # type: ignore[attr-defined]
    if title_tag and title_tag.get_text(strip=True) and "title" not in meta:
        meta["title"] = re.split(r"\s+[-_|]\s+|_", title_tag.get_text(strip=True))[0]
    return meta


def _is_chrome_element(tag: object) -> bool:
    attrs = getattr(tag, "attrs", None) or {}
    values = [attrs.get("id") or ""] + list(attrs.get("class") or [])
    return any(CHROME_ATTR_RE.search(v) for v in values if isinstance(v, str))


def _main_element(soup: object) -> object | None:
    for candidate in (soup.find("article"), soup.find("main")):  # type: ignore[attr-defined]
        if candidate is not None and len(candidate.get_text(strip=True)) > 20:
            return candidate
    best = None
    for tag in soup.find_all(["div", "section"], attrs={"id": MAIN_ATTR_RE}) + soup.find_all(  # type: ignore[attr-defined]
        ["div", "section"], attrs={"class": MAIN_ATTR_RE}
    ):
        if best is None or len(tag.get_text(strip=True)) > len(best.get_text(strip=True)):
            best = tag
    if best is not None and len(best.get_text(strip=True)) > 50:
        return best
    return soup.find("body") or soup  # type: ignore[attr-defined]


def _walk_html(node: object, lines: list[str], headings: dict[str, int], tables: list[list[str]]) -> None:
    """Append the text of ``node`` to ``lines``, one block element per line."""
    from bs4 import NavigableString, Tag  # noqa: PLC0415

    for child in getattr(node, "children", []):
        if isinstance(child, NavigableString):
            if type(child).__name__ in ("Comment", "Doctype", "CData", "ProcessingInstruction"):
                continue
            if not lines:
                lines.append("")
            lines[-1] += re.sub(r"\s+", " ", str(child))
        elif isinstance(child, Tag):
            _walk_tag(child, lines, headings, tables)


def _walk_tag(tag: object, lines: list[str], headings: dict[str, int], tables: list[list[str]]) -> None:
    name = tag.name  # type: ignore[attr-defined]
    if name == "table":
        cells = [c.get_text(" ", strip=True) for c in tag.find_all(["td", "th"])]  # type: ignore[attr-defined]
        cells = [c for c in cells if c]
        tables.append(cells)
        lines.extend(cells)
        lines.append("")
        return
    if name in BLOCK_TAGS:
        lines.append("")
    _walk_html(tag, lines, headings, tables)
    if re.fullmatch(r"h[1-6]", name or "") and lines and lines[-1].strip():
        headings[lines[-1].strip()] = int(name[1])
    if name in BLOCK_TAGS:
        lines.append("")


def read_docx(data: bytes, name: str) -> RawText:
    """Paragraphs, heading styles and tables of a Word file, in document order."""
    import docx  # noqa: PLC0415
    from docx.table import Table  # noqa: PLC0415
    from docx.text.paragraph import Paragraph  # noqa: PLC0415

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several unrelated types for bad zips
        raise InputError(name, f"not a readable .docx file ({type(exc).__name__})", "open and re-save it in Word") from None
    lines: list[str] = []
    headings: dict[str, int] = {}
    tables: list[list[str]] = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            _docx_paragraph(paragraph, lines, headings)
        elif tag == "tbl":
            cells = _docx_cells(Table(element, document))
            tables.append(cells)
            lines.extend(cells)
    meta = _docx_meta(document)
    return RawText(text="\n".join(lines), encoding="utf-8", format="docx", meta=meta, headings=headings, tables=tables)


def _docx_paragraph(paragraph: object, lines: list[str], headings: dict[str, int]) -> None:
    text = paragraph.text.strip()  # type: ignore[attr-defined]
    if not text:
        return
    lines.append(text)
    style = (paragraph.style.name if paragraph.style is not None else "") or ""  # type: ignore[attr-defined]
    level = _heading_level(style)
    if level is not None:
        headings[text] = level


def _heading_level(style: str) -> int | None:
    """Level of a heading style: ``Heading 2`` / ``标题 2`` -> 2, ``Title`` -> 0."""
    if style.lower() in ("title", "标题"):
        return 0
    match = re.match(r"^(heading|标题)\s*(\d)$", style.strip(), re.I)
    return int(match.group(2)) if match else None


def _docx_cells(table: object) -> list[str]:
    """Cell texts row by row; a merged cell is read once (spans and vertical continuations skipped)."""
    from docx.table import _Cell  # noqa: PLC0415

    cells: list[str] = []
    for row in table.rows:  # type: ignore[attr-defined]
        for tc in row._tr.tc_lst:
            if tc.vMerge == "continue":
                continue
            cell = _Cell(tc, table)
            text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            if text:
                cells.append(text)
    return cells


def _docx_meta(document: object) -> dict[str, str]:
    props = document.core_properties  # type: ignore[attr-defined]
    meta: dict[str, str] = {}
    if props.title:
        meta["title"] = props.title.strip()
    return meta


def read_pdf(data: bytes, name: str) -> RawText:
    """Text layer of a PDF: running headers/footers and page numbers dropped, lines joined."""
    pages = _pdf_pages(data, name)
    if not any(line.strip() for page in pages for line in page):
        raise InputError(name, "PDF has no text layer (scanned pages?)", "run OCR on it first, e.g. ocrmypdf, then retry")
    repeated = _running_lines(pages)
    kept: list[str] = []
    for page in pages:
        kept.extend(line for line in page if line.strip() and not _page_chrome(line, repeated))
    return RawText(text="\n".join(_join_pdf_lines(kept)), encoding="utf-8", format="pdf")


def _pdf_pages(data: bytes, name: str) -> list[list[str]]:
    from pypdf import PdfReader  # noqa: PLC0415
    from pypdf.errors import PyPdfError  # noqa: PLC0415

    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(name, "PDF is encrypted", "remove the password and retry")
            return [(page.extract_text() or "").split("\n") for page in reader.pages]
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(name, f"not a readable PDF ({type(exc).__name__})", "export the PDF again") from None


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Within the block, pypdf logs only errors: its warnings on a damaged file ("EOF marker not found",
    "invalid pdf header") went to stderr beside kg's own one-line report of the file."""
    logger = logging.getLogger("pypdf")
    before = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(before)


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip())


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Line shapes found at the top or bottom of at least half of the pages (2+ pages)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in page if line.strip()]
        counts.update({_shape(x) for x in lines[:2] + lines[-2:]})
    return {shape for shape, n in counts.items() if n >= max(2, len(pages) // 2)}


def _page_chrome(line: str, repeated: set[str]) -> bool:
    return bool(PAGE_NUMBER_RE.match(line)) or _shape(line) in repeated


def _join_pdf_lines(lines: list[str]) -> list[str]:
    """Join visual lines that wrap: a full-width line not ending a sentence continues."""
    lengths = sorted(len(line.strip()) for line in lines)
    full = lengths[int(len(lengths) * 0.9)] if lengths else 0
    out: list[str] = []
    wrap = False
    for line in (x.strip() for x in lines):
        if out and wrap:
            out[-1] += line
        else:
            out.append(line)
        wrap = full > 10 and len(line) >= 0.8 * full and line[-1] not in SENTENCE_END
    return out
