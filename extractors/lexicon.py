"""jieba's dictionary as one compact table: word counts and tag bits, loaded in milliseconds.

kg needs jieba's default dictionary in every process: the counts for the
segmentation (:mod:`extractors.segment`) and for rule tests (is this a
word?), and the words of a few tags (:mod:`extractors.dict_tags`). jieba
keeps the counts in a dict of 498k str keys, which takes 0.6 s to load
from jieba's marshal cache (0.25 s from a pickle), and the tagged words were
four frozensets (0.15 s). Here all of it is one hash table in one ``bytes``
object, read with one ``read_bytes()`` and used in place by the C type
``extractors._route.Lexicon`` (extractors/_lexicon.c): about 5 ms.

The table is built once per machine from the dictionary jieba builds itself
(``jieba.Tokenizer.initialize()``, the authority) and the tags parsed by
:func:`extractors.dict_tags.tag_masks`, and kept in kg's cache folder
(:mod:`kg.disk_cache`: trusted folder, atomic write). Its name holds
the table format, jieba's version, the dictionary file's size and
modification time, and a digest of the tag definitions; the C type checks
magic, version, sizes, offsets and a checksum, so a stale, corrupt or
foreign file is ignored and built again.

:func:`count` and :func:`tagged` are the lookups the rules use. Without the
compiled module they fall back to ``jieba.dt.FREQ`` (loaded from a pickle by
:func:`init_jieba`) and the frozensets of :func:`dict_tags.tagged_words`.

Example:
    >>> count("北辰"), count("北辰区位于"), tagged("北辰", "proper"), tagged("建设", "verb")
    (15, None, True, True)
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import jieba

from extractors import dict_tags
from kg import disk_cache
from kg.compiled import source_file

try:
    from extractors import _route as _lib
except ImportError:  # built without a C compiler: jieba's dict and the frozensets
    _lib = None


class Table(Protocol):
    """What :func:`table` gives: an ``extractors._route.Lexicon``, read like jieba's FREQ dict."""

    total: int

    def get(self, word: object, default: Any = None) -> Any: ...

    def has_tag(self, word: object, mask: int) -> bool: ...

    def __contains__(self, word: object) -> bool: ...

    def __getitem__(self, word: str) -> int: ...

    def __len__(self) -> int: ...


#: The bit of each kind of :data:`extractors.dict_tags.KINDS` in a table entry.
TAG_BITS = {kind: 1 << bit for bit, kind in enumerate(dict_tags.KINDS)}


def table_path() -> Path:
    """Where the table of jieba's default dictionary is kept (see the module docstring)."""
    with jieba.Tokenizer().get_dict_file() as fh:
        stat = Path(fh.name).stat()
    tags = _source_digest(source_file(dict_tags.__file__))  # its source, compiled or not
    fmt = _lib.LEXICON_FORMAT if _lib is not None else 0
    return disk_cache.cache_dir() / f"lexicon-{fmt}-jieba-{jieba.__version__}-{stat.st_size}-{stat.st_mtime_ns}-{tags}.bin"


def _source_digest(path: Path) -> str:
    """A short digest of a source file (the tag definitions), or "none" if it cannot be read."""
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=4).hexdigest()
    except OSError:
        return "none"


def build_table() -> bytes:
    """The table's bytes, from the dictionary jieba builds itself and its tags (about 1 s)."""
    tokenizer = jieba.Tokenizer()  # the default dictionary, apart from jieba.dt
    level = jieba.default_logger.level
    jieba.setLogLevel(logging.WARNING)  # jieba's "Building prefix dict ..." lines are not kg's news
    try:
        tokenizer.initialize()
    finally:
        jieba.setLogLevel(level)
    with tokenizer.get_dict_file() as fh:
        masks = dict_tags.tag_masks(Path(fh.name))
    return _lib.build_table(tokenizer.FREQ, masks, tokenizer.total)


def read_table(path: Path) -> Table | None:
    """The Lexicon stored at ``path``, or None if it is missing, untrusted or not a valid table."""
    data = disk_cache.load_bytes(path)
    if data is None:
        return None
    try:
        return _lib.Lexicon(data)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def table() -> Table | None:
    """The Lexicon of jieba's default dictionary (built and stored on first use).

    None without the C module, or if the dictionary cannot be stored in a table (a count beyond
    32 bits, say): then the callers use jieba's FREQ dict and the frozensets, as without C.
    """
    if _lib is None:
        return None
    path = table_path()
    lex = read_table(path)
    if lex is None:
        try:
            data = build_table()
        except (ValueError, OverflowError):
            return None
        disk_cache.store_bytes(path, data, family="lexicon-*.bin")
        lex = _lib.Lexicon(data)
    return lex


def count(word: str) -> int | None:
    """jieba's count of ``word`` (``FREQ.get(word)``): None if unknown, 0 for a prefix of longer words only."""
    lex = table()
    return lex.get(word) if lex is not None else _jieba_freq().get(word)


def tagged(word: str, kind: str) -> bool:
    """True if ``word`` is a dictionary word of ``kind`` (a key of :data:`extractors.dict_tags.KINDS`)."""
    lex = table()
    return lex.has_tag(word, TAG_BITS[kind]) if lex is not None else word in dict_tags.tagged_words(kind)


def _jieba_freq() -> dict[str, int]:
    init_jieba()
    return jieba.dt.FREQ


def _jieba_pickle(tokenizer: jieba.Tokenizer) -> Path:
    """Where the prefix dictionary of ``tokenizer``'s (default) dictionary file is kept as a pickle."""
    with tokenizer.get_dict_file() as fh:
        stat = Path(fh.name).stat()
    return disk_cache.cache_dir() / f"jieba-{jieba.__version__}-{stat.st_size}-{stat.st_mtime_ns}.pickle"


def init_jieba(tokenizer: jieba.Tokenizer | None = None) -> None:
    """Load jieba's prefix dictionary (the default one) from a pickle instead of jieba's marshal cache.

    ``Tokenizer.initialize`` reads its cache with :mod:`marshal`, 0.9 s for the 498k entries;
    the same dict pickled loads in 0.3 s. The pickle is written from the dictionary jieba itself
    built, so segmentation is the same. A custom dictionary, an initialised tokenizer or an
    unreadable pickle leave the work to jieba. Only needed without the compiled table.
    """
    tokenizer = tokenizer or jieba.dt
    if tokenizer.initialized or tokenizer.dictionary != jieba.DEFAULT_DICT:
        return
    path = _jieba_pickle(tokenizer)
    cached = disk_cache.load(path, tuple)
    if cached and len(cached) == 2 and isinstance(cached[0], dict) and isinstance(cached[1], int) and cached[0]:
        tokenizer.FREQ, tokenizer.total = cached
        tokenizer.initialized = True
        return
    tokenizer.initialize()
    disk_cache.store(path, (tokenizer.FREQ, tokenizer.total), family="jieba-*.pickle")


@contextmanager
def jieba_on_table() -> Iterator[None]:
    """Lend ``jieba.dt`` the table for the time of the block, then leave it uninitialised again.

    spaCy's Chinese tokenizer cuts a word when it is made, to have jieba load its dictionary; kg
    segments with the table and needs no dict. Inside the block jieba works on the table (jieba's
    own code only reads FREQ); afterwards anything that calls jieba itself makes it load its
    dictionary as usual. Without the table, or if ``jieba.dt`` is initialised or has another
    dictionary, the block runs with jieba's dictionary loaded by :func:`init_jieba`.
    """
    dt, lex = jieba.dt, table()
    if lex is None or dt.initialized or dt.dictionary != jieba.DEFAULT_DICT:
        init_jieba()
        yield
        return
    freq, total = dt.FREQ, dt.total
    dt.FREQ, dt.total, dt.initialized = lex, lex.total, True
    try:
        yield
    finally:
        dt.FREQ, dt.total, dt.initialized = freq, total, False


def source(tokenizer: jieba.Tokenizer) -> tuple[Table | dict[str, int], int]:
    """The counts to segment with for ``tokenizer`` and their total: the table for an uninitialised
    tokenizer of jieba's default dictionary (``jieba.dt`` in kg), else the tokenizer's own FREQ dict
    (a custom dictionary, or words added), initialising it as jieba would."""
    if not tokenizer.initialized and tokenizer.dictionary == jieba.DEFAULT_DICT:
        lex = table()
        if lex is not None:
            return lex, lex.total
    tokenizer.check_initialized()
    return tokenizer.FREQ, tokenizer.total
