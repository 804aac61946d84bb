"""The README's ``kg query`` examples show what the queries return on the corpus build (rows shown, row counts)."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
#: An example: the command (maybe over several lines), then its output, up to the end of the code block.
_EXAMPLE = re.compile(r"^\$ kg query ([\s\S]+?)\n([┏│\[].*\n(?:(?!```).*\n)*)```", re.MULTILINE)
_QUERY = re.compile(r'^"\$\(cat (queries/[\w.]+)\)"|^"((?:[^"\\]|\\.)*)"', re.DOTALL)
_PARAM = re.compile(r"-p (\w+)=(\S+)")


def examples() -> list[tuple[str, str, dict[str, str], str]]:
    """``(command as written, query, parameters, output shown)`` of each example."""
    out = []
    for command, shown in _EXAMPLE.findall(README.read_text(encoding="utf-8")):
        match = _QUERY.match(command)
        assert match, f"cannot read the README example {command[:60]!r}"
        query = (REPO / match[1]).read_text(encoding="utf-8") if match[1] else match[2].replace("\\$", "$")
        out.append((command, query, dict(_PARAM.findall(command[match.end():])), shown))
    return out


EXAMPLES = examples()


def test_the_readme_has_its_query_examples() -> None:
    assert len(EXAMPLES) >= 4


@pytest.fixture(scope="module")
def corpus_graph_dir(corpus_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the session's corpus build (the query store is made inside the folder queried)."""
    return Path(shutil.copytree(corpus_build, tmp_path_factory.mktemp("readme") / "graph"))


def _run(graph: Path, query: str, params: dict[str, str], fmt: str) -> str:
    args = ["query", query, "--graph", str(graph), "--format", fmt]
    for name, value in params.items():
        args += ["-p", f"{name}={value}"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(("command", "query", "params", "shown"), EXAMPLES, ids=[e[0][:30] for e in EXAMPLES])
def test_a_readme_example_shows_what_the_query_returns(corpus_graph_dir: Path, command: str, query: str,
                                                       params: dict[str, str], shown: str) -> None:
    if shown.startswith("["):  # a JSON answer, shortened with …: its documents and sections are the real ones
        got = json.loads(_run(corpus_graph_dir, query, params, "json"))
        assert [got[0]["docs"][0]] == re.findall(r'"docs": \["(\w+)"', shown)
        return
    rows = {tuple(row) for row in csv.reader(io.StringIO(_run(corpus_graph_dir, query, params, "csv")))}
    cells = [tuple(c.strip() for c in line.strip("│").split("│")) for line in shown.splitlines()
             if line.startswith("│") and "…" not in line]
    assert cells and [c for c in cells if c not in rows] == [], command
    count = re.search(r"(\d+) row\(s\)", shown)
    if count:
        assert int(count[1]) == len(rows) - 1  # the header
