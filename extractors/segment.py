"""jieba's accurate-mode segmentation with the best-route search in C.

:func:`cut` gives the words ``jieba.cut(text)`` gives (accurate mode, HMM on),
faster. jieba cuts a text into blocks (runs of Han characters and letters, and
the rest), finds the most probable split of each block through its prefix
dictionary (``Tokenizer.get_DAG`` then ``Tokenizer.calc``, about two thirds of
its time, in Python), then hands runs of single characters that are not a
dictionary word to its HMM (``jieba.finalseg``). Here the split comes from
``extractors._route`` (the same search in C over the same dictionary, with the
same arithmetic and the same choice on ties); the blocks, the HMM and the
dictionary are jieba's own. Without the compiled module (no C compiler at
install time) :func:`cut` is ``jieba.dt.cut``.

Example:
    >>> "".join(cut("双街镇位于北辰区。")) == "双街镇位于北辰区。"
    True
"""

from __future__ import annotations

from collections.abc import Iterator
from math import log

import jieba
from jieba import finalseg

try:
    from extractors._route import route as _route
except ImportError:  # built without a C compiler: jieba's own Python search
    _route = None

#: True when the C route search is in use.
COMPILED = _route is not None

_BLOCK = jieba.re_han_default
_SPACE = jieba.re_skip_default


def cut(text: str, tokenizer: jieba.Tokenizer | None = None) -> Iterator[str]:
    """Yield the words of ``text`` exactly as ``tokenizer.cut(text)`` does (default: jieba's)."""
    tokenizer = tokenizer or jieba.dt
    if _route is None:
        yield from tokenizer.cut(text)
        return
    tokenizer.check_initialized()
    freq, logtotal = tokenizer.FREQ, log(tokenizer.total)
    for block in _BLOCK.split(text):
        if not block:
            continue
        if _BLOCK.match(block):
            yield from _cut_block(block, freq, logtotal)
            continue
        for piece in _SPACE.split(block):
            if _SPACE.match(piece):
                yield piece
            else:
                yield from piece


def _cut_block(block: str, freq: dict[str, int], logtotal: float) -> Iterator[str]:
    """jieba's ``__cut_DAG``: dictionary words as routed, runs of single characters to the HMM."""
    ends = _route(freq, block, logtotal)
    start, singles, n = 0, 0, len(block)  # block[start - singles:start] is the run of singles
    while start < n:
        stop = ends[start] + 1
        if stop - start == 1:
            singles += 1
        else:
            if singles:
                yield from _singles(block[start - singles:start], freq)
                singles = 0
            yield block[start:stop]
        start = stop
    if singles:
        yield from _singles(block[n - singles:], freq)


def _singles(run: str, freq: dict[str, int]) -> Iterator[str]:
    """A run of one-character words: the HMM's words unless the run is itself a dictionary word."""
    if len(run) == 1:
        yield run
    elif not freq.get(run):
        yield from finalseg.cut(run)
    else:
        yield from run
