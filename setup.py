"""Build hook for the one C extension (everything else is in pyproject.toml).

``extractors._route`` is jieba's best-route search in C (extractors/segment.py) and
the Lexicon table of jieba's dictionary (extractors/_lexicon.c, extractors/lexicon.py).
It is optional: without a C compiler kg installs anyway and segments with
jieba's own Python code, which gives the same words, more slowly.
"""

from setuptools import Extension, setup

SOURCES = ["extractors/_route.c", "extractors/_hmm.c", "extractors/_lexicon.c", "extractors/_lexicon_build.c"]
HEADERS = ["extractors/_route.h", "extractors/_lexicon.h"]

setup(ext_modules=[Extension("extractors._route", SOURCES, depends=HEADERS, optional=True)])
