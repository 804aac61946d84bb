"""Text to records: spaCy components that find entities and relationships.

Use :func:`extractors.pipeline.extract` (Document in, Extraction out).

Importing this package imports jieba and spaCy without the parts of them kg
never uses (:mod:`extractors.lean_imports`).
"""

from kg import compiled  # noqa: F401  (installs the finder of the compiled modules first)
from extractors.lean_imports import import_jieba, import_spacy

import_jieba()
import_spacy()
