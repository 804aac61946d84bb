"""Very large plain-text files in bounded memory: read, decode and cut into chunks.

A ``.txt`` file above :data:`LARGE_FILE_BYTES` is not read whole. It is
decoded block by block and cut into chunks of about :data:`CHUNK_CHARS`
characters at line breaks (after a sentence end where possible). Each chunk
is normalised and processed as its own document part; the normalised chunks,
joined by ``"\\n"``, are the document's ``texts/<doc>.txt``, and every offset
found in chunk *k* is shifted by where chunk *k* starts in that file
(:func:`shift_facts`). :func:`merge_parts` joins the parts' facts into the
document's facts. Headings do not carry across chunks: a section path in a
later chunk starts at that chunk's first heading.

Example:
    >>> from schema import DocumentFacts, Mention, Label
    >>> m = Mention(label=Label.TOWN, text="双街镇", name="双街镇", start=0, end=3, rule="t")
    >>> shift_facts(DocumentFacts(doc_id="d", mentions=[m]), 10).mentions[0].start
    10
"""

from __future__ import annotations

import codecs
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from schema import DocumentFacts
from schema.extraction import carried_mention_evidence


def _from_environment(name: str, default: int) -> int | str:
    """The positive whole number in environment variable ``name`` (``default`` if unset), else its text as given
    (reported by :func:`large_file_bytes` when a build starts, so that ``kg --help`` still works)."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    return int(raw) if raw.isdigit() and int(raw) > 0 else raw


#: Plain-text files larger than this are streamed in chunks (environment: ``KG_LARGE_FILE_BYTES``).
LARGE_FILE_BYTES: int | str = _from_environment("KG_LARGE_FILE_BYTES", 8 * 2**20)
#: Target size of a chunk, in characters.
CHUNK_CHARS = 200_000
BLOCK_BYTES = 2**20
TEXT_SUFFIXES = (".txt", ".text")
_SENTENCE_END = "。！？!?；;：:”」』)）"
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def large_file_bytes() -> int:
    """:data:`LARGE_FILE_BYTES`; an :class:`~kg.errors.InputError` if ``KG_LARGE_FILE_BYTES`` is not a number of bytes."""
    if isinstance(LARGE_FILE_BYTES, int):
        return LARGE_FILE_BYTES
    raise InputError("KG_LARGE_FILE_BYTES", f"is {LARGE_FILE_BYTES!r}, not a number of bytes",
                     "unset it, or give a whole number of bytes such as 8388608")


def is_large(path: Path, limit: int | None = None) -> bool:
    """True for a plain-text file bigger than ``limit`` (default :func:`large_file_bytes`)."""
    limit = large_file_bytes() if limit is None else limit
    try:
        return path.suffix.lower() in TEXT_SUFFIXES and path.stat().st_size > limit
    except OSError:
        return False


def cut_settings() -> str:
    """How a file is cut in chunks, as the caches key it (it changes the file's facts); read at each call."""
    return f"chunk {CHUNK_CHARS} block {BLOCK_BYTES}"


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(BLOCK_BYTES):
            digest.update(block)
    return digest.hexdigest()


def detect_encoding(path: Path) -> str:
    """The encoding of a large text file: its BOM, else UTF-8 if the first block is UTF-8, else GB18030."""
    with open(path, "rb") as fh:
        head = fh.read(BLOCK_BYTES)
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return "gb18030"


def iter_chunks(path: Path, encoding: str, chunk_chars: int | None = None) -> Iterator[str]:
    """Decoded text of ``path`` in pieces of about ``chunk_chars`` characters, cut at line ends.

    Args:
        path: The file.
        encoding: From :func:`detect_encoding`.
        chunk_chars: Target chunk size (default :data:`CHUNK_CHARS`).

    Raises:
        InputError: binary data or bytes that are not valid ``encoding``.
    """
    chunk_chars = chunk_chars or CHUNK_CHARS
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    buffer, position = "", 0
    with open(path, "rb") as fh:
        while block := fh.read(BLOCK_BYTES):
            if block.count(0) > len(block) // 100 + 1:
                raise InputError(str(path), f"binary data near byte {position}", "give the document's text")
            buffer += _decode(decoder, block, path, position)
            position += len(block)
            while (cut := cut_point(buffer, chunk_chars)) is not None:
                yield buffer[:cut]
                buffer = buffer[cut:]
        buffer += _decode(decoder, b"", path, position, final=True)
    if buffer:
        yield buffer


def _decode(decoder: codecs.IncrementalDecoder, block: bytes, path: Path, position: int, final: bool = False) -> str:
    try:
        return decoder.decode(block, final=final)
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not valid {exc.encoding} near byte {position + exc.start}",
                         "save the file again as UTF-8") from None


def cut_point(buffer: str, chunk_chars: int) -> int | None:
    """Where to end the next chunk of ``buffer``; None while more text is needed.

    Prefers the first line break after ``chunk_chars`` that follows a sentence
    end or a blank line, then any line break, then (for one endless line) a
    sentence end.

    Example:
        >>> cut_point("一句。\\n二\\n三句。\\n", 2)
        4
    """
    if len(buffer) < chunk_chars:
        return None
    limit = min(len(buffer), 2 * chunk_chars)
    fallback = None
    pos = buffer.find("\n", chunk_chars - 1, limit)
    while pos >= 0:
        if pos == 0 or buffer[pos - 1] in _SENTENCE_END or buffer[pos - 1] == "\n":
            return pos + 1
        fallback = fallback or pos + 1
        pos = buffer.find("\n", pos + 1, limit)
    if len(buffer) < 2 * chunk_chars:
        return None
    if fallback:
        return fallback
    ends = [buffer.rfind(ch, chunk_chars, limit) for ch in "。！？!?"]
    return max(ends) + 1 if max(ends) > 0 else limit


def shift_facts(facts: DocumentFacts, offset: int) -> DocumentFacts:
    """The facts of a chunk with every offset moved by ``offset`` (where the chunk starts)."""
    if offset == 0:
        return facts

    def moved(record):  # noqa: ANN001, ANN202 (any frozen record with start/end)
        return record.model_copy(update={"start": record.start + offset, "end": record.end + offset})

    return facts.model_copy(update={
        "mentions": [moved(m) for m in facts.mentions],
        "relations": [moved(r) for r in facts.relations],
        "evidence": [moved(e) for e in facts.evidence],
        "stages": [moved(s) for s in facts.stages],
        "stage_evidence": [moved(e) for e in facts.stage_evidence],
        "mention_evidence": [moved(e) for e in facts.mention_evidence],
    })


def merge_parts(doc_id: str, parts: list[DocumentFacts], *, characters: int,
                properties: dict[str, str | int]) -> DocumentFacts:
    """One document's facts from its chunks' (already shifted) facts, in chunk order.

    The Document node's properties are the first chunk's (title, date, ...)
    updated with ``properties`` (the whole file's hash, encoding, chunk count).
    """
    props = dict(parts[0].properties) if parts else {}
    props.update(properties)
    return DocumentFacts(
        doc_id=doc_id,
        properties=props,
        characters=characters,
        mentions=[m for p in parts for m in p.mentions],
        relations=[r for p in parts for r in p.relations],
        evidence=[e for p in parts for e in p.evidence],
        stages=[s for p in parts for s in p.stages],
        stage_evidence=[e for p in parts for e in p.stage_evidence],
        mention_evidence=carried_mention_evidence(parts, [m for p in parts for m in p.mentions]),
        mention_sections=[s for p in parts for s in (p.mention_sections or [""] * len(p.mentions))],
        firm_forms=_joined_forms(parts),
    )


def _joined_forms(parts: list[DocumentFacts]) -> dict[str, list[str]]:
    """The chunks' short forms of registered companies, each with the names of every chunk giving it."""
    forms: dict[str, set[str]] = {}
    for part in parts:
        for form, names in part.firm_forms.items():
            forms.setdefault(form, set()).update(names)
    return {form: sorted(names) for form, names in sorted(forms.items())}
