"""Importing jieba and spaCy without the parts of them kg never uses.

Both are imported for every process that loads the pipeline (a build, each
``--jobs`` worker, a notebook), so what their imports do on the side is paid
every time:

- jieba's ``_compat`` reads jieba's data files through ``pkg_resources`` when
  it can import it, and opens them next to its own modules otherwise. Importing
  ``pkg_resources`` scans every installed distribution (80 ms) and warns that
  it is deprecated; the files read are the same. :func:`import_jieba` hides it.
- ``import spacy`` imports spaCy's command line (``spacy.cli``: typer, weasel,
  requests, every CLI command; 0.1-0.2 s) only to export ``spacy.info``.
  :func:`import_spacy` lets spaCy import a stand-in ``spacy.cli.info`` whose
  ``info`` imports the real one when called, then removes the stand-ins, so a
  later ``import spacy.cli`` imports the real command line as usual. Should a
  spaCy version need more of ``spacy.cli`` while importing, the partial import
  is dropped and spaCy is imported the ordinary way.
- numpy is imported before spaCy rather than by it (thinc imports it first
  thing): in a build's worker the same modules then load in about 50 ms less
  of spaCy's 0.2 s (medians of 5 fresh processes, after kg's own imports).
  What was measured: inside spaCy's import, numpy's typing modules build their
  ``Literal`` aliases several times slower (``-X importtime``: 34 ms against
  1 ms for ``numpy._typing._char_codes``); the cause was not pinned down.

Nothing happens for a module that is already imported (e.g. by a notebook).

Example:
    >>> import sys
    >>> import_spacy()
    >>> callable(sys.modules["spacy"].info)
    True
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


def import_jieba() -> None:
    """Import jieba with ``pkg_resources`` hidden, so it opens its data files itself."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes ``import pkg_resources`` fail
    try:
        import jieba  # noqa: F401
    finally:
        del sys.modules["pkg_resources"]


def spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: imports spaCy's command line on first use and calls its ``info``."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def cli_stand_ins() -> dict[str, ModuleType]:
    """Stand-ins for ``spacy.cli`` (an empty package) and ``spacy.cli.info`` (just :func:`spacy_info`)."""
    package = ModuleType("spacy.cli")
    package.__path__ = []  # a package without submodules of its own
    info = ModuleType("spacy.cli.info")
    info.info = spacy_info  # type: ignore[attr-defined]
    return {"spacy.cli": package, "spacy.cli.info": info}


def import_spacy(stand_ins: dict[str, ModuleType] | None = None) -> None:
    """Import spaCy with ``stand_ins`` (default :func:`cli_stand_ins`) in place of its command line."""
    if "spacy" in sys.modules:
        return
    import numpy  # noqa: F401  (see the module's docstring)

    stand_ins = cli_stand_ins() if stand_ins is None else stand_ins
    sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError:  # this spaCy needs more of spacy.cli while importing: start again, the usual way
        _forget("spacy")
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    import spacy

    if getattr(spacy, "cli", None) is stand_ins.get("spacy.cli"):
        del spacy.cli  # ``spacy.cli`` is then imported for real on first use


def _forget(package: str) -> None:
    """Remove ``package`` and its submodules from ``sys.modules``."""
    for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        del sys.modules[name]
