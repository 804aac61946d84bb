"""Read a file into text: plain text in any common Chinese encoding, HTML, DOCX, PDF.

``read_raw`` dispatches on the file extension and returns a ``RawText``; bad
files raise ``InputError`` with the problem and a hint. The encoding of a text
file is detected from its bytes (BOM, strict UTF-8, GB18030, then
charset-normalizer), never from its name.

Example:
    >>> decode_text("北辰区".encode("gb18030"), "a.txt")[1]
    'gb18030'
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".docx", ".pdf")
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAX_CONTROL_RATIO = 0.01  # more C0 control characters than this: binary data
MIN_PLAUSIBLE_RATIO = 0.9
PLAUSIBLE_SAMPLE = 8000
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # share of characters that are CJK, ASCII or punctuation


@dataclass
class RawText:
    """A file's text before normalisation, with what its format told us."""

    text: str
    encoding: str = "utf-8"
    format: str = "txt"
    meta: dict[str, str] = field(default_factory=dict)  # title / date from the container
    headings: dict[str, int] = field(default_factory=dict)  # heading text -> level (docx, html)
    tables: list[list[str]] = field(default_factory=list)  # cells of each table, reading order
    warnings: list[str] = field(default_factory=list)
    sha256: str = ""  # of the file's bytes


def read_raw(path: Path) -> RawText:
    """Read ``path`` into a ``RawText``.

    Args:
        path: A file with a supported extension.

    Returns:
        The text and what the container format gave.

    Raises:
        InputError: unsupported type, unreadable, empty, binary or without text.
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            str(path),
            f"unsupported file type '{suffix or '(none)'}'",
            "supported: " + ", ".join(SUPPORTED_SUFFIXES),
        )
    data = read_bytes(path)
    if not data.strip():
        raise InputError(str(path), "empty file", "remove it or export the document again")
    from kg.ingest import formats  # noqa: PLC0415 (heavy libraries load on demand)

    if suffix in HTML_SUFFIXES:
        raw = formats.read_html(data, str(path))
    elif suffix == ".docx":
        raw = formats.read_docx(data, str(path))
    elif suffix == ".pdf":
        raw = formats.read_pdf(data, str(path))
    else:
        text, encoding, warnings = decode_text(data, str(path))
        raw = RawText(text=text, encoding=encoding, format="txt", warnings=warnings)
    if not raw.text.strip():
        raise InputError(str(path), "no text in file", "check that the file holds the document's text")
    raw.sha256 = hashlib.sha256(data).hexdigest()
    return raw


def read_bytes(path: Path) -> bytes:
    """Read the bytes of ``path``, turning OS errors into ``InputError``."""
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputError(str(path), "cannot be read: permission denied", "check the file's permissions") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory, not a file", "point at the file itself") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot be read: {exc.strerror or exc}", "check the file") from None


def decode_text(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Decode the bytes of a text file, detecting the encoding.

    Args:
        data: The file's bytes.
        name: The file name used in errors.

    Returns:
        (text, encoding name, warnings).

    Raises:
        InputError: when the bytes are binary data or in no known text encoding.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), encoding, [], name)
    if data.count(0) > max(1, len(data) // 100):
        raise _binary(name, f"{data.count(0)} NUL bytes")
    text, warnings = _try_utf8(data)
    if text is not None:
        return _checked(text, "utf-8", warnings, name, strict=True)
    for encoding in ("gb18030",):
        try:
            return _checked(data.decode(encoding), encoding, [], name)
        except (UnicodeDecodeError, InputError):
            continue
    from charset_normalizer import from_bytes  # only for a file neither UTF-8 nor GB18030 (its import: 5 ms)

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise _binary(name, "bytes match no known text encoding")
    return _checked(str(best), best.encoding, [], name)


def _try_utf8(data: bytes) -> tuple[str | None, list[str]]:
    """Strict UTF-8; a sequence cut off at the very end is dropped with a warning."""
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            dropped = len(data) - exc.start
            try:
                return data[: exc.start].decode("utf-8"), [f"truncated UTF-8: dropped {dropped} trailing byte(s)"]
            except UnicodeDecodeError:
                return None, []
        return None, []


def _checked(
    text: str, encoding: str, warnings: list[str], name: str, *, strict: bool = False
) -> tuple[str, str, list[str]]:
    """Reject decoded text that is mostly control characters or implausible symbols.

    ``strict`` marks a strict UTF-8 decode, itself strong evidence of text, so only
    the control-character check applies.
    """
    if not text:
        return text, encoding, warnings
    controls = len(CONTROL_RE.findall(text))
    if controls > max(2, len(text) * MAX_CONTROL_RATIO):
        raise _binary(name, f"{controls} control characters")
    if not strict and _plausible_share(text) < MIN_PLAUSIBLE_RATIO:
        raise _binary(name, f"decoding as {encoding} gives mostly unusual characters")
    return text, encoding, warnings


def _plausible_share(text: str) -> float:
    sample = text[:PLAUSIBLE_SAMPLE]
    good = sum(1 for ch in sample if _plausible(ch))
    return good / max(1, len(sample))


def _plausible(ch: str) -> bool:
    """Assigned, printable characters (or line whitespace); not private-use or unassigned."""
    return ch in "\t\n\r" or unicodedata.category(ch) not in ("Co", "Cn", "Cs", "Cc")


def _binary(name: str, detail: str) -> InputError:
    return InputError(name, f"binary data, not text ({detail})", "give the original document (.txt, .html, .docx, .pdf)")
