"""Per-document cache of extraction results, for incremental builds.

A build keeps each document's :class:`schema.DocumentFacts` as
``<out>/.cache/<doc_id>/<sha256>-<fingerprint>.json``: ``sha256`` is the
hash of the file's bytes and ``fingerprint`` (:func:`pipeline_fingerprint`)
hashes the pipeline version, the Python and library versions and every
source and data file that extraction depends on, so a rule change misses the
cache. A file cut in chunks (:mod:`kg.largefile`) has a fingerprint of its
own (:func:`cut_fingerprint`), so the facts of a file cut otherwise, or not
at all, are not reused. A hit also needs the same source file name (a
``.txt`` renamed ``.html`` is read another way) and the document's
normalised text from the previous build (checked by its hash). The new build
folder gets exactly the entries of the documents it holds, so removed
documents leave nothing behind. Entries are written in the compact form of
:mod:`kg.factcodec`; an entry of another form, or one that cannot be read,
is a miss.

Example:
    >>> len(pipeline_fingerprint())
    16
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from functools import lru_cache
from importlib import metadata
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from kg import __version__
from kg.factcodec import FactsFormatError, decode_facts, encode_facts
from kg.largefile import cut_settings
from schema import DocumentFacts

CACHE_DIR = ".cache"
TEXTS_DIR = "texts"
_ROOT = Path(__file__).resolve().parent.parent
_EXTENSIONS = tuple(EXTENSION_SUFFIXES)
#: What extraction results depend on (relative to the repository root).
FINGERPRINT_SOURCES = ("extractors", "kg/ingest", "schema", "kg/extract.py", "kg/largefile.py")
FINGERPRINT_PACKAGES = ("spacy", "jieba", "jionlp", "pydantic", "charset-normalizer", "beautifulsoup4", "lxml",
                        "python-docx", "pypdf")


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """16 hex digits over the pipeline version, library versions and extraction sources."""
    python = f"python {sys.version_info.major}.{sys.version_info.minor}"  # unicodedata, used in normalisation
    return fingerprint(f"kg {__version__} {python}", FINGERPRINT_PACKAGES, FINGERPRINT_SOURCES)


def cut_fingerprint() -> str:
    """:func:`pipeline_fingerprint` for a file cut in chunks, with how it is cut (:func:`kg.largefile.cut_settings`)."""
    return hashlib.sha256(f"{pipeline_fingerprint()} {cut_settings()}".encode()).hexdigest()[:16]


def fingerprint(header: str, packages: tuple[str, ...], sources: tuple[str, ...]) -> str:
    """16 hex digits over ``header``, the installed versions of ``packages`` and every file of ``sources``."""
    digest = hashlib.sha256(f"{header}\n".encode())
    for package in packages:
        try:
            digest.update(f"{package} {metadata.version(package)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package} -\n".encode())
    for name, path in source_files(sources):
        digest.update(name.encode() + b"\0")
        stat = path.stat()
        digest.update(_file_digest(path, stat.st_size, stat.st_mtime_ns))
    return digest.hexdigest()[:16]


@lru_cache(maxsize=None)
def _file_digest(path: Path, size: int, mtime_ns: int) -> bytes:
    """SHA-256 of a source file, once per process while its size and time stay (the two fingerprints share
    most of their files)."""
    return hashlib.sha256(path.read_bytes()).digest()


def source_files(names: tuple[str, ...] = FINGERPRINT_SOURCES) -> list[tuple[str, Path]]:
    """``(name relative to the repository root, path)`` of every file of these folders and files, in name order;
    bytecode and compiled extensions are left out (they are made from the sources listed: kg.compiled)."""
    files: list[Path] = []
    for name in names:
        path = _ROOT / name
        found = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        files.extend(p for p in found if "__pycache__" not in p.parts and p.suffix != ".pyc"
                     and not p.name.endswith(_EXTENSIONS))
    return [(path.relative_to(_ROOT).as_posix(), path) for path in files]


def text_sha256(path: Path) -> str:
    """SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(2**20):
            digest.update(block)
    return digest.hexdigest()


class FactsCache:
    """Reads entries from the previous build folder, writes entries into the new one.

    Args:
        previous: The current build folder (None: read nothing, e.g. ``--no-cache``).
        staging: The new build folder being written.
    """

    def __init__(self, previous: Path | None, staging: Path) -> None:
        self.previous = previous
        self.staging = staging
        self.fingerprint = pipeline_fingerprint()
        self.cut_fingerprint = cut_fingerprint()
        #: SHA-256 of the normalised texts whose entries this build carried or wrote, by path in the build folder
        #: (each was hashed for its entry, so the build's manifest need not hash it again).
        self.text_hashes: dict[str, str] = {}

    def fingerprint_of(self, cut: bool, variant: str = "") -> str:
        """The fingerprint of an entry of a file cut in chunks, or not; ``variant`` names a second extraction
        with other documents' companies (``+`` and :func:`kg.corpus_firms.digest`)."""
        return (self.cut_fingerprint if cut else self.fingerprint) + variant

    def _entry(self, root: Path, doc_id: str, sha256: str, cut: bool, variant: str = "") -> Path:
        return root / CACHE_DIR / doc_id / f"{sha256}-{self.fingerprint_of(cut, variant)}.json"

    def has_entry(self, doc_id: str, sha256: str, *, cut: bool = False) -> bool:
        """Whether the previous build kept an entry for ``doc_id`` with content ``sha256`` (not whether it is usable)."""
        return self.previous is not None and self._entry(self.previous, doc_id, sha256, cut).is_file()

    def lookup(self, doc_id: str, sha256: str, *, cut: bool = False, source_file: str | None = None,
               variant: str = "") -> DocumentFacts | None:
        """The cached facts of ``doc_id`` with content ``sha256``, carried into the new folder; or None.

        Args:
            cut: The file is cut in chunks (:mod:`kg.largefile`).
            source_file: If given, the facts must come from a file of this name (relative to the input folder).
            variant: The entry of a second extraction (see :meth:`fingerprint_of`).
        """
        if self.previous is None:
            return None
        entry = self._entry(self.previous, doc_id, sha256, cut, variant)
        text = self.previous / TEXTS_DIR / f"{doc_id}.txt"
        try:
            header, facts = decode_facts(entry.read_bytes())
            if header.get("text_sha256") != text_sha256(text):
                return None
        except (OSError, FactsFormatError):
            return None
        if (facts.doc_id != doc_id or header.get("doc_id") != doc_id or header.get("sha256") != sha256
                or header.get("fingerprint") != self.fingerprint_of(cut, variant)
                or source_file not in (None, facts.properties.get("source_file"))):
            return None
        _carry(text, self.staging / TEXTS_DIR / f"{doc_id}.txt")
        _carry(entry, self._entry(self.staging, doc_id, sha256, cut, variant))
        self.text_hashes[f"{TEXTS_DIR}/{doc_id}.txt"] = header["text_sha256"]
        return facts

    def store(self, sha256: str, facts: DocumentFacts, *, cut: bool = False, variant: str = "") -> None:
        """Write the entry of freshly extracted ``facts`` (its text must already be in the new folder).

        Facts that cannot be written as UTF-8 (a lone surrogate) get no entry: they are extracted again next time.
        """
        text = self.staging / TEXTS_DIR / f"{facts.doc_id}.txt"
        try:
            text_hash = text_sha256(text)
            entry = entry_bytes(facts, sha256, self.fingerprint_of(cut, variant), text_hash)
        except FactsFormatError:
            return
        self.store_entry(sha256, facts.doc_id, entry, cut=cut, text_hash=text_hash, variant=variant)

    def store_entry(self, sha256: str, doc_id: str, entry: bytes, *, cut: bool = False,
                    text_hash: str | None = None, variant: str = "") -> None:
        """Write an entry made by :func:`entry_bytes` (e.g. in a worker process) for a text of hash ``text_hash``."""
        if text_hash:
            self.text_hashes[f"{TEXTS_DIR}/{doc_id}.txt"] = text_hash
        path = self._entry(self.staging, doc_id, sha256, cut, variant)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(entry)


def entry_bytes(facts: DocumentFacts, sha256: str, fingerprint: str, text_hash: str) -> bytes:
    """The cache entry of ``facts`` extracted from a file with hash ``sha256`` and normalised text hash ``text_hash``."""
    return encode_facts(facts, doc_id=facts.doc_id, sha256=sha256, fingerprint=fingerprint,
                        text_sha256=text_hash) + b"\n"


def _carry(source: Path, target: Path) -> None:
    """Hard-link ``source`` to ``target`` (a copy across file systems); a target already there is kept (the
    text of a document whose second extraction is carried too)."""
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
