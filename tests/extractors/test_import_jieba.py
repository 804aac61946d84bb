"""Importing ``extractors`` imports jieba without ``pkg_resources``, and jieba still finds its data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """
import sys
import extractors
import jieba
assert "pkg_resources" not in sys.modules, "pkg_resources was imported"
assert sys.modules.get("pkg_resources", "gone") == "gone"
with jieba.dt.get_dict_file() as fh:
    first = fh.readline().decode("utf-8").split()
print(first[0], len(jieba.lcut("双街镇位于北辰区。")))
"""


def test_jieba_reads_its_dictionary_without_pkg_resources() -> None:
    done = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    word, count = done.stdout.split()
    assert word and int(count) >= 3


def test_an_earlier_pkg_resources_import_is_left_alone() -> None:
    script = "import sys, pkg_resources, extractors, jieba; print(jieba._compat.get_module_res.__code__.co_names)"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "pkg_resources" in done.stdout  # jieba took the pkg_resources path, as without kg
