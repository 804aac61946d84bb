"""Compiled regular expressions kept between runs, for loading the pipeline and importing :mod:`kg.ingest`.

Loading the pipeline compiles about 400 patterns, and ``re`` spends about 0.1 s on them (a fifth
of a worker's load, which is the floor of a rebuild that adds one document), most of it in
``_optimize_charset`` walking the 21,000 characters of every ``[\\u4e00-\\u9fff]`` class one by one.
Importing :mod:`kg.ingest` compiles about 90 more (10 ms of every build before its first document).

What ``re`` makes of a pattern is a list of integers (its code), its flags and its groups;
``_sre.compile`` turns those into the Pattern object in microseconds. While :func:`patterns_cached`
is active, ``re``'s compiler step takes a pattern's parts from a file in kg's load-time cache
folder (:mod:`kg.disk_cache`: a pickle, read only when it is the user's own) when they are
there, and compiles the pattern as usual otherwise; when any was missing, the file is written again
with the block's parts (:func:`kept`). One file per Python build (the code differs between them) and kind
of block.

The Pattern objects are the ones ``re.compile`` makes: same code, flags and groups
(``tests/extractors/test_regex_cache.py``). Anything unexpected falls back to ``re``'s own compiler:
a Python whose ``re`` is laid out otherwise (checked on a sample pattern before the first use), a
file that is missing, foreign or unreadable, parts that ``_sre`` refuses.

Example:
    >>> import re, tempfile
    >>> kept_in = Path(tempfile.mkdtemp()) / "regex.pickle"
    >>> with patterns_cached(kept_in) as compiler:
    ...     han = re.compile("[\\u4e00-\\u9fff]{2,}区")
    >>> han.findall("位于北辰区"), compiler.missed, kept_in.exists()
    (['位于北辰区'], 1, True)
    >>> import shutil; shutil.rmtree(kept_in.parent)
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg import disk_cache

try:  # Python 3.11 and later: the steps of ``re.compile``
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - Python 3.10 names them sre_compile and sre_parse
    _compiler = _parser = None

#: ``(flags, code, groups - 1, group index, index group)``: the arguments of ``_sre.compile`` after the pattern.
Parts = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]
_STANDARD: Callable[..., re.Pattern[Any]] | None = getattr(_compiler, "compile", None)
PREFIX = "regex"
_SAMPLE = r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?:区|县)(?=[^，。]{0,9}(?:园|镇))|\d+(?:\.\d+)?%"


def cache_file(prefix: str = PREFIX) -> Path:
    """The cache file of this Python build for the blocks named ``prefix``."""
    build = "|".join(str(getattr(_sre, name, "")) for name in ("MAGIC", "CODESIZE", "MAXREPEAT", "MAXGROUPS"))
    build = f"{sys.version}|{build}"
    digest = hashlib.sha256(build.encode()).hexdigest()[:16]
    return disk_cache.cache_dir() / f"{prefix}-{sys.implementation.cache_tag}-{digest}.pickle"


def compile_parts(pattern: str | bytes, flags: int) -> Parts:
    """What ``re`` compiles ``pattern`` into, as ``re._compiler.compile`` makes it (``re.error`` as it raises it)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints: the named opcodes do not pickle
    state = parsed.state
    names: list[Any] = [None] * state.groups
    for name, index in state.groupdict.items():
        names[index] = name
    return flags | state.flags, code, state.groups - 1, dict(state.groupdict), tuple(names)


def from_parts(pattern: str | bytes, parts: Parts) -> re.Pattern[Any]:
    """The Pattern object of ``pattern`` from its parts (``_sre`` checks the code)."""
    flags, code, groups, index, names = parts
    return _sre.compile(pattern, flags, code, groups, index, names)


@lru_cache(maxsize=1)
def usable() -> bool:
    """Whether this Python's ``re`` compiles as this module expects: a sample pattern made from its parts
    equals the one ``re`` makes (a Pattern compares its flags, code and pattern)."""
    if _STANDARD is None or not hasattr(_compiler, "_code") or not hasattr(_parser, "parse"):
        return False
    try:
        return all(from_parts(_SAMPLE, compile_parts(_SAMPLE, flags)) == _STANDARD(_SAMPLE, flags)
                   for flags in (0, re.IGNORECASE | re.MULTILINE))
    except Exception:  # noqa: BLE001 - any surprise means: use re's own compiler
        return False


class PatternCompiler:
    """``re._compiler.compile`` taking the parts from ``table`` when it has them; records the parts it used
    and how many patterns it compiled itself (``missed``)."""

    def __init__(self, table: dict[tuple[type, Any, int], Parts]) -> None:
        self.table = table
        self.used: dict[tuple[type, Any, int], Parts] = {}
        self.missed = 0

    def __call__(self, pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return _STANDARD(pattern, flags)
        key = (type(pattern), pattern, flags)
        parts = self.table.get(key)
        if parts is not None:
            try:
                compiled = from_parts(pattern, parts)
            except (RuntimeError, TypeError, ValueError, OverflowError):  # refused by _sre: compile it
                parts = None
        if parts is None:
            parts = compile_parts(pattern, flags)
            compiled = from_parts(pattern, parts)
            self.missed += 1
        self.used[key] = parts
        return compiled


@contextmanager
def patterns_cached(path: Path | None = None, prefix: str = PREFIX) -> Iterator[PatternCompiler | None]:
    """Compile the regular expressions of the block from the parts kept in ``path`` (default: :func:`cache_file`
    of ``prefix``, one per kind of block: loading the pipeline, importing :mod:`kg.ingest`); gives the block's
    :class:`PatternCompiler`.

    Only the compiler step is replaced, for the block's duration; ``re``'s own in-memory cache works as
    usual. A nested block, or one on a Python where :func:`usable` is false, changes nothing (and gives None).
    """
    if not usable() or _compiler.compile is not _STANDARD:
        yield None
        return
    path = path or cache_file(prefix)
    table = disk_cache.load(path, dict) or {}
    compiler = PatternCompiler(table)
    _compiler.compile = compiler
    try:
        yield compiler
    finally:
        _compiler.compile = _STANDARD
    if compiler.missed:
        disk_cache.store(path, kept(table, compiler.used), family=f"{prefix}-*.pickle")


def kept(table: dict[Any, Parts], used: dict[Any, Parts]) -> dict[Any, Parts]:
    """What the file keeps after a block that compiled patterns: the ones it had and the block's (loads of
    other configurations keep theirs), or the block's alone once the others outnumber them (patterns no
    longer in kg's code leave the file)."""
    return used if len(table.keys() - used.keys()) > len(used) else {**table, **used}
