"""Build hook for kg's compiled code (everything else is in pyproject.toml).

Two kinds, both optional: without a C compiler (or without Cython) kg installs anyway and runs
the same code as Python, which builds the same bytes, more slowly.

- ``extractors._route`` is jieba's best-route search in C (extractors/segment.py) and the Lexicon
  table of jieba's dictionary (extractors/_lexicon.c, extractors/lexicon.py).
- The modules a build runs (``extractors/``, ``kg/``, ``kg/ingest/``) are compiled with Cython as
  plain Python and named after their source's digest (``names.<digest>.cpython-….so``), so that
  ``kg.compiled`` loads one only while it matches its source.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROUTE = "extractors._route"
SOURCES = ["extractors/_route.c", "extractors/_hmm.c", "extractors/_lexicon.c", "extractors/_lexicon_build.c"]
HEADERS = ["extractors/_route.h", "extractors/_lexicon.h"]

#: Cython's directives: Python semantics throughout (annotations are not enforced as C types).
DIRECTIVES = {"language_level": 3, "binding": True, "annotation_typing": False}

ROOT = Path(__file__).resolve().parent


def _load_naming() -> ModuleType:
    """kg/compiled.py (which modules are compiled, and their files' names), loaded by path: importing
    the kg package here would need its dependencies."""
    spec = importlib.util.spec_from_file_location("_kg_compiled", ROOT / "kg" / "compiled.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


NAMING = _load_naming()


def _cythonized(jobs: int) -> list[Extension]:
    """The compiled modules' extensions, their C made by Cython in build/cython (again only for a
    source newer than its C); none without Cython."""
    try:
        from Cython.Build import cythonize
    except ImportError:
        print("kg: Cython is not installed; the modules stay Python", file=sys.stderr)
        return []
    build_dir = str(ROOT / "build" / "cython")
    modules = [Extension(".".join(source.with_suffix("").parts), [str(source)]) for source in NAMING.sources(ROOT)]
    try:
        out = cythonize(modules, build_dir=build_dir, compiler_directives=DIRECTIVES, quiet=True, nthreads=jobs)
    except Exception:  # some module Cython cannot take (its errors are on stderr): the others one by one
        out = []
        for module in modules:
            try:
                out += cythonize([module], build_dir=build_dir, compiler_directives=DIRECTIVES, quiet=True)
            except Exception as error:
                print(f"kg: {module.sources[0]} stays Python ({error})", file=sys.stderr)
    for ext in out:
        ext.optional = True  # a module the C compiler fails on stays Python
    return out


class BuildExt(build_ext):
    """``build_ext`` that also turns the Python modules into C (skipping any Cython cannot), then
    gives each compiled module its digest name and removes its earlier builds."""

    def finalize_options(self) -> None:
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1
        route = [ext for ext in self.distribution.ext_modules if ext.name == ROUTE]
        modules = _cythonized(self.parallel)
        self._modules = {ext.name for ext in modules}
        self.distribution.ext_modules = route + modules
        super().finalize_options()

    def run(self) -> None:
        self._final = {ext.name: Path(self.get_ext_fullpath(ext.name)) for ext in self.extensions}  # inplace: the tree
        super().run()
        for ext in self.extensions:
            if ext.name in self._modules:
                self._rename(ext)

    def build_extension(self, ext: Extension) -> None:
        if ext.name in self._modules:
            if self._target(ext).is_file():
                return  # compiled from this very source already: only edited modules are compiled again
            if self.compiler.compiler_type == "unix":
                ext.extra_compile_args = [*ext.extra_compile_args, "-g0"]  # no debug sections: a sixth of the size
        super().build_extension(ext)

    def _target(self, ext: Extension) -> Path:
        """Where the module compiled from its source as it is now lands (its digest name)."""
        source_path = ROOT / Path(*ext.name.split(".")).with_suffix(".py")
        return self._final[ext.name].with_name(NAMING.compiled_name(source_path, source_path.read_bytes()))

    def _rename(self, ext: Extension) -> None:
        built, target = self._final[ext.name], self._target(ext)
        if not built.is_file():  # up to date, or an optional extension the compiler failed on
            return
        for old in built.parent.glob(f"{ext.name.rpartition('.')[2]}.*{NAMING.SUFFIX}"):  # earlier sources' builds
            if old != target:
                old.unlink()
        built.replace(target)


setup(ext_modules=[Extension(ROUTE, SOURCES, depends=HEADERS, optional=True)],
      cmdclass={"build_ext": BuildExt})
