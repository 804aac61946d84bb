"""Compiled copies of kg's and extractors' modules, used only while they match their source.

``setup.py`` compiles the modules a build runs (``extractors/``, ``kg/``, ``kg/ingest/``) with
Cython, as plain Python (no types declared, annotations not enforced): the same code without the
interpreter's dispatch, about a fifth faster in the extractors. Each compiled file is named after
its source's digest, ``names.<digest>.cpython-311-x86_64-linux-gnu.so`` beside ``names.py``, a
name Python's own import never picks. :class:`CompiledFinder`, installed when ``kg`` or
``extractors`` is imported, loads that file in place of the source only when the digest in its
name is the source's as it is now: a module edited since the install runs from its source
(slower, never stale) until ``pip install -e .`` compiles it again.

``KG_PURE_PYTHON=1`` in the environment runs every module from its source (to profile them
line by line, or to compare the two: they build the same bytes).

Example:
    >>> compiled_name(Path("extractors/names.py"), b"x = 1\\n").startswith("names.")
    True
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec
from importlib.util import spec_from_file_location
from pathlib import Path
from types import ModuleType

#: The folders (from the project's root) whose modules setup.py compiles.
FOLDERS = ("extractors", "kg", "kg/ingest")
#: Modules left as Python: package inits and entry points, this finder, spaCy's factory registry
#: (it reads the factories' signatures), and the pydantic models of the evaluation.
LEFT_AS_PYTHON = frozenset({"__init__.py", "__main__.py", "compiled.py", "factories.py", "evaluate.py", "gold.py"})
#: The packages whose modules may be compiled, as Python names them (kg.ingest).
PACKAGES = frozenset(folder.replace("/", ".") for folder in FOLDERS)

#: Set to 1 to run every module from its source.
PURE_ENV = "KG_PURE_PYTHON"

#: This interpreter's own extension suffix (".cpython-311-x86_64-linux-gnu.so").
SUFFIX = EXTENSION_SUFFIXES[0]


def source_digest(source: bytes) -> str:
    """The first 16 hex digits of the source's SHA-256 (what a compiled file's name carries)."""
    return hashlib.sha256(source).hexdigest()[:16]


def compiled_name(source_path: Path, source: bytes) -> str:
    """The file name a module compiled from ``source`` (the bytes of ``source_path``) is given."""
    return f"{source_path.stem}.{source_digest(source)}{SUFFIX}"


def compiled_path(source_path: Path) -> Path | None:
    """The compiled file of the module at ``source_path`` as it is now, if one was built; else None."""
    try:
        source = source_path.read_bytes()
    except OSError:
        return None
    path = source_path.with_name(compiled_name(source_path, source))
    return path if path.is_file() else None


def source_file(module_file: str | Path) -> Path:
    """The Python source of a module's file: the file itself, or the source a compiled file was made from
    (``names.<digest>.cpython-….so`` -> ``names.py``), e.g. to key a cache on the code that made it.

    Example:
        >>> source_file("extractors/names.0123456789abcdef.cpython-311-x86_64-linux-gnu.so").as_posix()
        'extractors/names.py'
    """
    path = Path(module_file)
    return path if path.suffix == ".py" else path.with_name(f"{path.name.partition('.')[0]}.py")


class CompiledFinder(MetaPathFinder):
    """Finds the compiled file of a module of :data:`PACKAGES` that matches its source; leaves
    every other module (and every module without a matching compiled file) to Python's finders."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        """The spec of the compiled file for ``fullname``, or None (without reading any source of a module
        setup.py leaves as Python: kg.stores, kg.cli, the inits)."""
        package, _, leaf = fullname.rpartition(".")
        if path is None or package not in PACKAGES or f"{leaf}.py" in LEFT_AS_PYTHON:
            return None
        for folder in path:
            source_path = Path(folder) / f"{leaf}.py"
            if source_path.is_file():
                compiled = compiled_path(source_path)
                if compiled is None:
                    return None
                return spec_from_file_location(fullname, compiled, loader=ExtensionFileLoader(fullname, str(compiled)))
        return None


def install() -> None:
    """Put a :class:`CompiledFinder` first in ``sys.meta_path`` (once; not when ``KG_PURE_PYTHON=1``)."""
    if os.environ.get(PURE_ENV) == "1" or any(isinstance(f, CompiledFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, CompiledFinder())


def sources(root: Path) -> list[Path]:
    """The modules setup.py compiles, relative to the project's ``root``."""
    return sorted(path.relative_to(root) for folder in FOLDERS for path in (root / folder).glob("*.py")
                  if path.name not in LEFT_AS_PYTHON)


def compiled_modules() -> list[str]:
    """The names of the imported modules that run from a compiled file, sorted."""
    return sorted(name for name, module in list(sys.modules.items())
                  if name.rpartition(".")[0] in PACKAGES and _compiled_from_source(module))


def _compiled_from_source(module: ModuleType) -> bool:
    """The module runs from an extension that has a Python source beside it (not a C-only module)."""
    spec = getattr(module, "__spec__", None)
    if spec is None or not isinstance(spec.loader, ExtensionFileLoader) or not spec.origin:
        return False
    origin = Path(spec.origin)
    return origin.with_name(f"{origin.name.partition('.')[0]}.py").is_file()


def from_source_modules() -> list[str]:
    """The imported modules that setup.py compiles but that run from their source (edited since
    the install, installed without a compiler, or ``KG_PURE_PYTHON=1``), sorted."""
    root = Path(__file__).resolve().parents[1]
    compiled = {root / path for path in sources(root)}
    return sorted(name for name, module in list(sys.modules.items()) if name.rpartition(".")[0] in PACKAGES
                  and Path(getattr(getattr(module, "__spec__", None), "origin", None) or "").resolve() in compiled)
