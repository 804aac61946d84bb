"""The part-of-speech tags of jieba's dictionary words that kg's rules test.

Four kinds of words (:data:`KINDS`), each chosen by its tag in jieba's
``dict.txt`` (``word count tag`` per line):

- ``proper``: proper nouns (ns place, nr/nrt/nrfg person-like, nz other, nt
  organisation) and one-character abbreviations (j: 津, 沪);
- ``idiom``: idioms and set phrases (i, l: 必由之路);
- ``brand``: names, places, organisations and abbreviations of any length;
- ``verb``: verbs (v, vn, vd …).

The tags are read from the dictionary file itself, which avoids importing
``jieba.posseg`` (it parses the whole dictionary again on every start). With
the compiled lexicon (:mod:`extractors.lexicon`) the kinds are bits of each
word's entry, parsed once by :func:`tag_masks`; without it
:func:`tagged_words` gives each kind as a frozenset, cached as a pickle in
kg's cache folder (:mod:`kg.disk_cache`), keyed on the dictionary
file's size and modification time.

Example:
    >>> "北辰" in tagged_words("proper"), "必由之路" in tagged_words("idiom")
    (True, True)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import jieba

from kg import disk_cache

_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "j"})
_IDIOM_TAGS = frozenset({"i", "l"})
_BRAND_TAGS = frozenset({"nr", "nt", "nz", "nrt", "nrfg", "ns", "j"})


def _is_proper(word: str, tag: str) -> bool:
    return tag in _PROPER_TAGS and (tag != "j" or len(word) == 1)


def _is_idiom(word: str, tag: str) -> bool:
    return tag in _IDIOM_TAGS


def _is_brand(word: str, tag: str) -> bool:
    return tag in _BRAND_TAGS


def _is_verb(word: str, tag: str) -> bool:
    return tag.startswith("v")


#: The kinds of tagged words, each with its test of (word, tag); bit i of a mask is the i-th kind.
KINDS: dict[str, Callable[[str, str], bool]] = {
    "proper": _is_proper, "idiom": _is_idiom, "brand": _is_brand, "verb": _is_verb,
}


def dict_file() -> Path:
    """jieba's dictionary file (the default one unless ``jieba.dt`` was given another)."""
    tokenizer = jieba.dt
    return Path(tokenizer.get_dict_file().name) if tokenizer.dictionary is None else Path(tokenizer.dictionary)


def parse_tagged(path: Path, keep: Callable[[str, str], bool]) -> frozenset[str]:
    """The words of the dictionary file ``path`` whose (word, tag) ``keep`` accepts."""
    words: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 3 and keep(parts[0], parts[2]):
                words.add(parts[0])
    return frozenset(words)


def tag_masks(path: Path) -> dict[str, int]:
    """Every word of the dictionary file ``path`` that is of some kind, with its bit mask of kinds."""
    tests = list(KINDS.values())
    masks: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 3:
                continue
            word, tag = parts[0], parts[2]
            mask = sum(1 << bit for bit, keep in enumerate(tests) if keep(word, tag))
            if mask:
                masks[word] = masks.get(word, 0) | mask
    return masks


@lru_cache(maxsize=len(KINDS))
def tagged_words(kind: str) -> frozenset[str]:
    """The dictionary words of ``kind`` (a key of :data:`KINDS`), cached on disk after the first run."""
    path = dict_file()
    stat = path.stat()
    cache = disk_cache.cache_dir() / f"dictwords-{kind}-{stat.st_size}-{stat.st_mtime_ns}.pickle"
    cached = disk_cache.load(cache, frozenset)
    if cached is not None:
        return cached
    words = parse_tagged(path, KINDS[kind])
    disk_cache.store(cache, words, family=f"dictwords-{kind}-*.pickle")
    return words
