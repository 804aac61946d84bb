"""Importing ``extractors`` imports jieba without ``pkg_resources`` and spaCy without its command line.

Each case runs in a fresh interpreter, since the point is what the first import does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEAN = ROOT / "extractors" / "lean_imports.py"


def _run(script: str) -> str:
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_jieba_reads_its_dictionary_without_pkg_resources() -> None:
    out = _run("""
import sys, extractors, jieba
assert "pkg_resources" not in sys.modules, "pkg_resources was imported"
with jieba.dt.get_dict_file() as fh:
    first = fh.readline().decode("utf-8").split()
print(first[0], len(jieba.lcut("双街镇位于北辰区。")))
""")
    word, count = out.split()
    assert word and int(count) >= 3


def test_an_earlier_pkg_resources_import_is_left_alone() -> None:
    out = _run("import pkg_resources, extractors, jieba; print(jieba._compat.get_module_res.__code__.co_names)")
    assert "pkg_resources" in out  # jieba took its pkg_resources path, as without kg


def test_spacy_is_imported_without_its_command_line_which_still_works_later() -> None:
    out = _run("""
import sys, extractors, spacy
assert "spacy.cli" not in sys.modules and not hasattr(spacy, "cli")
assert "typer" not in sys.modules
from extractors.pipeline import load_nlp
nlp = load_nlp()
assert "spacy.cli" not in sys.modules
print(spacy.info(silent=True)["spacy_version"] == spacy.__version__)
import spacy.cli
print(spacy.cli.download.__module__, spacy.cli.info.__module__, nlp.pipe_names[0])
""")
    assert out.split() == ["True", "spacy.cli.download", "spacy.cli.info", "kg_gazetteer"]


def test_a_spacy_that_needs_more_of_its_cli_is_imported_the_usual_way() -> None:
    out = _run(f"""
import importlib.util, sys
from types import ModuleType
spec = importlib.util.spec_from_file_location("lean", {str(LEAN)!r})
lean = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lean)
package = ModuleType("spacy.cli")
package.__path__ = []
bare = ModuleType("spacy.cli.info")  # no ``info``: spaCy's ``from .cli.info import info`` fails
lean.import_spacy({{"spacy.cli": package, "spacy.cli.info": bare}})
import spacy
assert sys.modules["spacy.cli"] is not package and spacy.cli is sys.modules["spacy.cli"]
print(spacy.info.__module__, spacy.blank("zh").lang)
""")
    assert out.split() == ["spacy.cli.info", "zh"]


def test_nothing_changes_when_spacy_is_already_imported() -> None:
    out = _run("import spacy, sys; import extractors; print('spacy.cli' in sys.modules, spacy.info.__module__)")
    assert out.split() == ["True", "spacy.cli.info"]
