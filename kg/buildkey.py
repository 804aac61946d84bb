"""The key of a whole build: ``kg build`` keeps the previous build folder when nothing it reads has changed.

A build writes ``<out>/.cache/.build.json``: its key and the files it left in the folder. The key
hashes everything the output depends on: each input file's name, content hash and whether it is
cut in chunks; :func:`code_fingerprint` (kg's version, the Python and library versions, every
file of ``kg/``, ``extractors/`` and ``schema/``); how files are cut
(:func:`kg.largefile.cut_settings`). The files are listed by path and size, the graph files, the
report and the texts also by their SHA-256 (the per-document cache entries by size only: the
cache trusts their content too, :mod:`kg.cache`).

A rebuild whose key is the same, into a folder whose listed files are all there as they were,
returns the previous report and touches nothing (:func:`kept_report`); files added to the folder
since (the embedded query store ``kg.lbdb``, ``exports/``, an analyst's notes) are not the build's
and stay. Anything else builds again, with the per-document cache: an input changed, renamed,
added or removed; other code; a file of the build edited or deleted; ``--no-cache``. A build
that skipped a file, or read a file that had changed since it was hashed, writes no key, so the
next build reads that file again. The manifest holds no times, so two builds of the same input
stay byte-identical, their ``.cache`` folder included.

Example:
    >>> build_key([("a.txt", "00" * 32, False)]) == build_key([("a.txt", "00" * 32, False)])
    True
    >>> build_key([("a.txt", None, False)]) is None  # a file that could not be read: no key
    True
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from kg.cache import CACHE_DIR, fingerprint, pipeline_fingerprint, text_sha256
from kg.largefile import cut_settings
from schema import BuildReport

#: The manifest, inside the build folder's cache folder; hidden, as no doc id is (kg.ingest.discover skips hidden files).
MANIFEST = ".build.json"
#: The version of the manifest's form: a manifest of another version is never read.
FORMAT = 1
#: Besides the extraction sources of :func:`kg.cache.pipeline_fingerprint`: resolution, writing, the alias table.
CODE_SOURCES = ("kg", "extractors", "schema")
CODE_PACKAGES = ("pydantic-core", "PyYAML")
REPORT_FILE = "report.json"
#: Files at least this large are hashed in two threads (``hashlib`` and reads let go of the GIL): the x10
#: build's GraphML and edges (44 MB) take 0.014 s instead of 0.026 s, at the end of every build that writes.
THREADED_BYTES = 1 << 20


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """16 hex digits over the extraction fingerprint, more library versions and every source and data file."""
    return fingerprint(f"build {pipeline_fingerprint()}", CODE_PACKAGES, CODE_SOURCES)


def build_key(inputs: Iterable[tuple[str, str | None, bool]]) -> str | None:
    """The key of a build of these inputs: ``(file name relative to the input folder, content SHA-256, cut in
    chunks)`` each; None if a file could not be hashed."""
    rows = sorted(inputs)
    if any(sha256 is None for _, sha256, _ in rows):
        return None
    digest = hashlib.sha256(f"kg build {FORMAT} {code_fingerprint()} {cut_settings()}\n".encode())
    for name, sha256, cut in rows:
        digest.update(f"{name}\0{sha256}\0{'cut' if cut else 'whole'}\n".encode())
    return digest.hexdigest()


def write_manifest(folder: Path, key: str, known: Mapping[str, str] | None = None) -> None:
    """Record ``key`` and the files now in the build ``folder`` (call it last, when every file is written).

    ``known``: SHA-256 of files already hashed, by relative path (the texts, hashed for their cache entries).
    """
    manifest = {"format": FORMAT, "key": key, "files": _listing(folder, known or {})}
    target = folder / CACHE_DIR / MANIFEST
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(manifest, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


def kept_report(folder: Path, key: str) -> BuildReport | None:
    """The report of the build in ``folder`` if it was made with ``key`` and its files are as it left them."""
    try:
        manifest = json.loads((folder / CACHE_DIR / MANIFEST).read_text(encoding="utf-8"))
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or manifest.get("key") != key:
            return None
        if not _as_left(folder, manifest.get("files")):
            return None
        report = BuildReport.model_validate_json((folder / REPORT_FILE).read_bytes())
    except (OSError, ValueError, ValidationError, RecursionError):  # missing, unreadable, not JSON, absurdly nested
        return None
    return None if report.problems else report


def _listing(folder: Path, known: Mapping[str, str]) -> dict[str, list[int | str]]:
    """``{relative path: [size, sha256]}`` of every file under ``folder`` but the manifest (cache entries: size only)."""
    files = {path.relative_to(folder).as_posix(): path for path in sorted(folder.rglob("*"))}
    files = {relative: path for relative, path in files.items()
             if relative != f"{CACHE_DIR}/{MANIFEST}" and path.is_file()}
    hashes = _hashes({relative: path for relative, path in files.items() if relative not in known})
    return {relative: [path.stat().st_size, *([known[relative]] if relative in known else hashes[relative])]
            for relative, path in files.items()}


def _hash(path: Path, relative: str) -> list[str]:
    """``[sha256]`` of a file of the build, ``[]`` for a cache entry (the cache trusts their content)."""
    return [] if relative.startswith(f"{CACHE_DIR}/") else [text_sha256(path)]


def _hashes(paths: Mapping[str, Path]) -> dict[str, list[str]]:
    """:func:`_hash` of every file, by relative path; the large ones (the graph files) in two threads while this
    one hashes the others."""
    large = [relative for relative, path in paths.items()
             if not relative.startswith(f"{CACHE_DIR}/") and path.stat().st_size >= THREADED_BYTES]
    if not large:
        return {relative: _hash(path, relative) for relative, path in paths.items()}
    with ThreadPoolExecutor(2) as pool:
        threaded = {relative: pool.submit(_hash, paths[relative], relative) for relative in large}
        hashes = {relative: _hash(path, relative) for relative, path in paths.items() if relative not in threaded}
        return hashes | {relative: future.result() for relative, future in threaded.items()}


def _as_left(folder: Path, files: object) -> bool:
    """Whether every file the manifest lists is in ``folder`` as the build left it (sizes first: they are cheap)."""
    if not isinstance(files, dict) or not all(isinstance(v, list) and v for v in files.values()):
        return False
    paths = {relative: folder / relative for relative in files
             if not Path(relative).is_absolute() and ".." not in Path(relative).parts}
    if len(paths) != len(files):
        return False
    if any(not path.is_file() or path.stat().st_size != files[relative][0] for relative, path in paths.items()):
        return False
    return all(hashed == files[relative][1:] for relative, hashed in _hashes(paths).items())
