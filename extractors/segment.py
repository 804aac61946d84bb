"""jieba's accurate-mode segmentation with its inner loops in C.

:func:`cut` gives the words ``jieba.cut(text)`` gives (accurate mode, HMM on),
about three times faster. jieba cuts a text into blocks (runs of Han
characters and letters, and the rest); for each block it finds the most
probable split through its prefix dictionary (``Tokenizer.get_DAG`` then
``Tokenizer.calc``), and hands each run of one-character words that is not a
dictionary word to its HMM (``jieba.finalseg``, a Viterbi search). Here the
split, the walk along it and the Viterbi search are done by
``extractors._route`` (extractors/_route.c): the same computations with the
same arithmetic and the same choices on ties, over jieba's own dictionary and
HMM tables. The block regexes and the HMM's own splitting stay in Python and
are jieba's. The counts come from :mod:`extractors.lexicon`'s table for
jieba's default dictionary (read in place by the C search) and from the
tokenizer's own FREQ dict for any other (a custom dictionary, added words).
Without the compiled module (no C compiler at install time) :func:`cut` is
``list(jieba.dt.cut(text))``.

Example:
    >>> cut("双街镇位于北辰区。")
    ['双街', '镇', '位于', '北辰区', '。']
"""

from __future__ import annotations

from math import log

import jieba
from jieba import finalseg

from extractors import lexicon

try:
    from extractors import _route as _lib
except ImportError:  # built without a C compiler: jieba's own Python code
    _lib = None

#: True when the C search is in use.
COMPILED = _lib is not None

_BLOCK = jieba.re_han_default
_SPACE = jieba.re_skip_default


def cut(text: str, tokenizer: jieba.Tokenizer | None = None) -> list[str]:
    """The words of ``text``, exactly as ``list(tokenizer.cut(text))`` (default tokenizer: jieba's)."""
    tokenizer = tokenizer or jieba.dt
    if _lib is None:
        return list(tokenizer.cut(text))
    freq, total = lexicon.source(tokenizer)
    logtotal = log(total)
    words: list[str] = []
    cut_block = _lib.cut_block
    # Both patterns capture what they split on: the blocks are the odd parts, the spaces the odd pieces
    # (jieba asks each part whether it matches; a part between two matches never does).
    parts = _BLOCK.split(text)
    for i in range(0, len(parts), 2):
        between = parts[i]
        if len(between) == 1:
            words.append(between)  # one mark or one space: a word either way
        elif between:
            for j, piece in enumerate(_SPACE.split(between)):
                if j % 2:
                    words.append(piece)
                else:
                    words += piece
        if i + 1 < len(parts):
            words += cut_block(freq, parts[i + 1], logtotal, _hmm)
    return words


def _hmm(run: str) -> list[str]:
    """``jieba.finalseg.cut(run)``: Han runs through the Viterbi search, the rest split as jieba does."""
    words: list[str] = []
    for block in finalseg.re_han.split(run):
        if finalseg.re_han.match(block):
            for word in _lib.hmm_words(block, finalseg.start_P, finalseg.trans_P, finalseg.emit_P):
                if word in finalseg.Force_Split_Words:
                    words += word
                else:
                    words.append(word)
        else:
            words += [piece for piece in finalseg.re_skip.split(block) if piece]
    return words
