"""The compiled modules (``kg.compiled``, ``setup.py``): the install compiles every module a build
runs, one is used only while it matches its source, and they build the same bytes as the source."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
from importlib.machinery import ExtensionFileLoader
from pathlib import Path
from typing import Any

from kg.compiled import PURE_ENV, CompiledFinder, compiled_modules, compiled_path, from_source_modules, sources
from tests.pipeline.conftest import assert_same_tree

REPO = Path(__file__).resolve().parents[2]
INSTALL = "reinstall with a C compiler (pip install -e .) to compile them"

_BUILD = """
import json, sys
from pathlib import Path
from kg.compiled import compiled_modules, from_source_modules
from kg.pipeline import build
report = build(Path(sys.argv[1]), Path(sys.argv[2]))
from extractors.gazetteer_data import _cache_file, gazetteer_path
from extractors.lexicon import table_path
print(json.dumps({"compiled": compiled_modules(), "from_source": from_source_modules(),
                  "problems": len(report.problems), "caches": [str(_cache_file(gazetteer_path())), str(table_path())]}))
"""


def _build(out: Path, pure: bool) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != PURE_ENV}
    if pure:
        env[PURE_ENV] = "1"
    done = subprocess.run([sys.executable, "-c", _BUILD, str(REPO / "data" / "raw"), str(out)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def test_the_modules_a_build_runs_are_compiled() -> None:
    names = ["extractors.names", "extractors.name_walk", "extractors.pipeline", "kg.resolve", "kg.ingest.normalize"]
    for name in names:
        importlib.import_module(name)
    if os.environ.get(PURE_ENV) == "1":
        assert compiled_modules() == []
        return
    assert set(names) <= set(compiled_modules())
    assert from_source_modules() == [], f"these run from their source: {INSTALL}"


def test_every_compiled_module_is_found_by_its_source() -> None:
    missing = [str(path) for path in sources(REPO) if compiled_path(REPO / path) is None]
    assert len(sources(REPO)) > 100
    assert missing == [], f"no compiled file matches these sources: {INSTALL}"


def test_a_compiled_module_is_used_only_while_it_matches_its_source(tmp_path: Path) -> None:
    source = REPO / "extractors" / "text_marks.py"
    compiled = compiled_path(source)
    assert compiled is not None, INSTALL
    folder = tmp_path / "extractors"
    folder.mkdir()
    shutil.copy(source, folder / source.name)
    shutil.copy(compiled, folder / compiled.name)
    spec = CompiledFinder().find_spec("extractors.text_marks", [str(folder)])
    assert spec is not None and isinstance(spec.loader, ExtensionFileLoader) and spec.origin == str(folder / compiled.name)
    assert CompiledFinder().find_spec("schema.text_marks", [str(folder)]) is None  # not a compiled package
    with (folder / source.name).open("a", encoding="utf-8") as edited:
        edited.write("# edited after the install\n")
    assert compiled_path(folder / source.name) is None
    assert CompiledFinder().find_spec("extractors.text_marks", [str(folder)]) is None  # Python's finders: the source


def test_compiled_and_source_modules_build_the_same_bytes(tmp_path: Path) -> None:
    compiled = _build(tmp_path / "compiled", pure=False)
    pure = _build(tmp_path / "pure", pure=True)
    assert len(compiled["compiled"]) > 60 and compiled["from_source"] == [], INSTALL
    assert pure["compiled"] == [] and len(pure["from_source"]) == len(compiled["compiled"])
    assert compiled["problems"] == pure["problems"] == 0
    assert_same_tree(tmp_path / "compiled", tmp_path / "pure")
    assert compiled["caches"] == pure["caches"]  # the load-time caches are keyed on the sources, compiled or not


_CLI_WITHOUT_FINDER = """
import sys
import kg.compiled
sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, kg.compiled.CompiledFinder)]
from kg.cli import main
main(sys.argv[1:])
"""


def _kg_build(args: list[str], pure: bool, finder: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != PURE_ENV} | ({PURE_ENV: "1"} if pure else {})
    command = ["-m", "kg"] if finder else ["-c", _CLI_WITHOUT_FINDER]
    return subprocess.run([sys.executable, *command, "build", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=600)


def test_kg_build_says_when_modules_ran_from_their_source(tmp_path: Path) -> None:
    args = ["--input", str(REPO / "data" / "raw"), "--out", str(tmp_path / "graph"), "--no-cache"]
    stale = _kg_build(args, pure=False, finder=False)  # as if every module had been edited since the install
    assert stale.returncode == 0, stale.stderr[-2000:]
    assert "ran from their source, not compiled" in stale.stderr and "pip install -e ." in stale.stderr
    assert "kg.resolve" in stale.stderr or "more" in stale.stderr
    for pure, finder in ((False, True), (True, True)):  # compiled; or from source as asked: no hint
        done = _kg_build(args, pure=pure, finder=finder)
        assert done.returncode == 0 and "ran from their source" not in done.stderr, done.stderr[-2000:]
