"""Ingestion: files in, ``Document`` records out.

- ``discover(input_dir)``: the supported files under a folder.
- ``unique_ids(paths, root)``: those files, but for one that would share another's doc id.
- ``read_document(path, root=...)``: read, normalise, parse metadata, parts,
  heading tree, tables and sentences of one file.
- ``document_from_text(text, doc_id=...)``: the same for a string.
- ``kg.ingest.normalize.normalise(text)``: the idempotent normaliser.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.regex_cache import patterns_cached
from schema.document import Document
from schema.graph import Problem

# The submodules' regular expressions come from the parts kept by an earlier import (:mod:`kg.regex_cache`).
with patterns_cached(prefix="ingest-regex"):
    from kg.ingest.assemble import document_from_raw, document_from_text
    from kg.ingest.discover import discover
    from kg.ingest.readers import SUPPORTED_SUFFIXES, read_raw

__all__ = ["SUPPORTED_SUFFIXES", "discover", "doc_id_for", "document_from_text", "read_document", "unique_ids"]


def doc_id_for(path: Path, root: Path | None = None) -> str:
    """``path`` relative to ``root`` without its extension, ``/``-separated.

    Example:
        >>> doc_id_for(Path("data/raw/sub/002_x.txt"), Path("data/raw"))
        'sub/002_x'
    """
    rel = path
    if root is not None:
        try:
            rel = path.relative_to(root)
        except ValueError:
            rel = Path(path.name)
    else:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


#: What a doc id (a file's path) must not hold: characters XML 1.0 cannot carry (``kg.graphml``, the GEXF
#: export), among them U+0001, which FalkorDB's id index never finds; and lone surrogates, which stand for
#: bytes of a file name that are not UTF-8 (an archive from Windows: GBK names).
_BAD_ID_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def id_problem(path: Path, doc_id: str) -> Problem | None:
    """A problem for a file whose doc id holds a character that :data:`_BAD_ID_CHAR` refuses, else None.

    Example:
        >>> id_problem(Path("in/a\x01b.txt"), "a\x01b").problem
        'its name holds the control character U+0001'
    """
    bad = _BAD_ID_CHAR.search(doc_id)
    if bad is None:
        return None
    code = ord(bad.group())
    what = ("bytes that are not UTF-8" if 0xD800 <= code <= 0xDFFF
            else f"the {'non' if code >= 0xFFFE else 'control '}character U+{code:04X}")
    return Problem(file=str(path), problem=f"its name holds {what}",
                   hint="rename the file (or its folder) so that its path is plain UTF-8 text")


def unique_ids(paths: list[Path], root: Path) -> tuple[list[Path], list[Problem]]:
    """``paths`` without the files whose doc id an earlier one has (``a.txt`` and ``a.html``) or holds a
    character no output can carry (:func:`id_problem`), each a problem.

    Example:
        >>> unique_ids([Path("in/a.html"), Path("in/a.txt"), Path("in/b.txt")], Path("in"))[1][0].file
        'in/a.txt'
    """
    first: dict[str, Path] = {}
    kept: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        doc_id = doc_id_for(path, root)
        unusable = id_problem(path, doc_id)
        if unusable is not None:
            problems.append(unusable)
            continue
        if doc_id in first:
            problems.append(Problem(file=str(path), problem=f"has the same document id {doc_id!r} as "
                                    f"{first[doc_id].name} (an id is the file's path without its extension)",
                                    hint="rename one of the two files"))
            continue
        first[doc_id] = path
        kept.append(path)
    return kept, problems


def read_document(path: Path, *, root: Path | None = None) -> Document:
    """Read one file into a ``Document``.

    Args:
        path: A .txt, .html/.htm, .docx or .pdf file.
        root: The input folder; the doc id is the path relative to it.

    Raises:
        kg.errors.InputError: the file cannot be used (the message says why and what to do).
    """
    path = Path(path)
    raw = read_raw(path)
    doc_id = doc_id_for(path, root)
    source = doc_id + path.suffix if root is not None else path.name
    return document_from_raw(raw, doc_id=doc_id, source_file=source, sha256=raw.sha256)
