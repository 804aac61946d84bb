"""Load-time caches on disk: parsed dictionaries kept as pickles (or raw bytes) between runs.

A pickle runs code when it is read, so a cache file is read only when it is
the user's own: the folder is ``KG_CACHE_DIR`` if set, else
``$XDG_CACHE_HOME/kg`` or ``~/.cache/kg`` (made private, mode 0700), and a
file is trusted only if the current user owns it and nobody else can write
it or its folder. Anything else (missing, foreign, unreadable, stale type) is
ignored and the caller parses the source again. Writes go through a
temporary file and ``os.replace``, so readers never see half a file; a
folder that cannot be written only costs the parse next time. Raw bytes
(:func:`load_bytes`, :func:`store_bytes`) follow the same rules; their
reader checks the contents itself.

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> store(folder / "words.pickle", frozenset({"北辰"}))
    >>> load(folder / "words.pickle", frozenset)
    frozenset({'北辰'})
    >>> import shutil; shutil.rmtree(folder)
"""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path
from typing import Any

_FOREIGN_WRITE = stat.S_IWGRP | stat.S_IWOTH


def cache_dir() -> Path:
    """The folder for kg's load-time caches (``KG_CACHE_DIR`` wins)."""
    explicit = os.environ.get("KG_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def _trusted(path: Path) -> bool:
    """True if ``path`` and its folder belong to this user and only this user can write them."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    for item in (path, path.parent):
        info = item.stat()
        if uid is not None and info.st_uid != uid:
            return False
        if info.st_mode & _FOREIGN_WRITE:
            return False
    return True


def load(path: Path, kind: type | tuple[type, ...]) -> Any | None:
    """The object pickled at ``path`` if the file is trusted and holds a ``kind``, else None."""
    try:
        if not _trusted(path):
            return None
        with open(path, "rb") as fh:
            value = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return value if isinstance(value, kind) else None


def load_bytes(path: Path) -> bytes | None:
    """The contents of ``path`` if the file is trusted, else None."""
    try:
        return path.read_bytes() if _trusted(path) else None
    except OSError:
        return None


def store(path: Path, value: object, family: str | None = None) -> None:
    """Pickle ``value`` to ``path`` atomically, creating a private folder; errors are ignored.

    ``family`` (a glob in the same folder, e.g. ``"gazetteer-*.pickle"``): the files of earlier
    versions of this cache, of which only the :data:`KEEP` newest are kept (see :func:`prune`).
    """
    _write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), family)


def store_bytes(path: Path, data: bytes, family: str | None = None) -> None:
    """Write ``data`` to ``path`` atomically, creating a private folder; errors are ignored (``family``: :func:`store`)."""
    _write(path, data, family)


#: How many files of one family a folder keeps: one per jieba or jionlp install still in use
#: (each virtualenv has its own), without letting every install ever made pile up.
KEEP = 4


def prune(folder: Path, family: str, keep: int = KEEP) -> list[Path]:
    """Remove all but the ``keep`` newest of this user's files matching ``family`` in ``folder``; return them."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    try:
        owned = [(p.stat().st_mtime_ns, p) for p in folder.glob(family)
                 if uid is None or p.stat().st_uid == uid]
    except OSError:
        return []
    removed = []
    for _, path in sorted(owned, reverse=True)[keep:]:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def _write(path: Path, data: bytes, family: str | None) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        return
    if family:
        prune(path.parent, family)
