"""Text to records: spaCy components that find entities and relationships.

Use :func:`extractors.pipeline.extract` (Document in, Extraction out).

Importing this package imports jieba without ``pkg_resources``: jieba's
``_compat`` module reads its data files through ``pkg_resources`` when it can
import it, and falls back to opening them next to its own modules otherwise.
Importing ``pkg_resources`` scans every installed distribution (80 ms, a tenth
of loading the pipeline) and warns that it is deprecated; the files are the
same either way. If ``pkg_resources`` or jieba is already imported, nothing
changes.
"""

from __future__ import annotations

import sys


def _import_jieba_directly() -> None:
    """Import jieba with ``pkg_resources`` hidden, so it opens its data files itself."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes ``import pkg_resources`` fail
    try:
        import jieba  # noqa: F401
    finally:
        del sys.modules["pkg_resources"]


_import_jieba_directly()
