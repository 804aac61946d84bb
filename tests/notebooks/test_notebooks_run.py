"""The notebooks run top to bottom in a real Jupyter kernel on the corpus graph and find its facts.

Each notebook's last cell prints a SUMMARY of what it computed; the tests check
it against the build folder read independently (kg.graphio.read_graph_dir) and
against facts the build must find (issue 2, "Must show"), and check that the
figures were saved as real PNG images.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import matplotlib.image
import nbformat
import pytest

from kg.graphio import read_graph_dir
from tests.exports.helpers import corpus_graph
from tests.notebooks.runner import NOTEBOOKS, run_notebook

pytestmark = pytest.mark.slow

NAMES = ["industrial_chains.ipynb", "towns_and_projects.ipynb", "plan_targets.ipynb"]


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus_graph(tmp_path_factory)


@pytest.fixture(scope="module")
def graph(graph_dir: Path) -> tuple[dict[str, Any], list[Any]]:
    nodes, edges = read_graph_dir(graph_dir)
    return {n.id: n for n in nodes}, edges


@pytest.fixture(scope="module")
def summaries(graph_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    work = tmp_path_factory.mktemp("notebooks")
    return {name: run_notebook(name, graph_dir, work)[1] for name in NAMES}


def _name_for(nodes: dict[str, Any], label: str, surface: str) -> str:
    """The canonical name of the node of ``label`` called ``surface`` (name or alias)."""
    for node in nodes.values():
        if node.label.value == label and (node.name == surface or surface in node.aliases):
            return node.name
    raise AssertionError(f"the graph has no {label} called {surface}")


def _assert_png(path: str) -> None:
    data = Path(path).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    height, width = matplotlib.image.imread(path).shape[:2]
    assert width >= 600 and height >= 300, (path, width, height)


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_stored_clean(name: str) -> None:
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{name}: stored outputs"
    source = "\n".join(c.source for c in notebook.cells)
    assert "use_cjk_font()" in source and "kg.load_graph(" in source


def test_industrial_chains_finds_the_anchors(summaries: dict, graph: tuple) -> None:
    nodes, edges = graph
    summary = summaries["industrial_chains.ipynb"]
    assert "成套装备制造" in summary["chains"] and "新能源" in summary["chains"]
    assert {"天锻", _name_for(nodes, "Enterprise", "长荣印刷")} <= set(summary["anchors"]["成套装备制造"])
    assert _name_for(nodes, "Enterprise", "爱旭科技") in summary["anchors"]["新能源"]
    in_chain = [e for e in edges if e.type.value == "IN_CHAIN"]
    expected: dict[str, set[str]] = {}
    for edge in in_chain:
        if nodes[edge.source].label.value == "Enterprise":
            expected.setdefault(nodes[edge.target].name, set()).add(nodes[edge.source].name)
    assert {chain: set(names) for chain, names in summary["anchors"].items()} == expected
    chains = {n.name for n in nodes.values() if n.label.value == "IndustryChain"}
    assert set(summary["no_enterprise"]) == chains - set(expected)
    assert summary["evidence_rows"] == sum(len(e.evidence) for e in in_chain) > 0
    for path in summary["figures"]:
        _assert_png(path)


def test_towns_and_projects_finds_the_shuangjie_projects(summaries: dict, graph: tuple) -> None:
    nodes, edges = graph
    summary = summaries["towns_and_projects.ipynb"]
    by_alias = summary["by_alias"]
    assert by_alias["双街示范镇"] == by_alias["双街"] == by_alias["双街镇"]
    assert {"花卉博览园", "民宿小镇", "都市绿谷田园综合体"} <= set(by_alias["双街示范镇"])
    assert summary["demo_towns"].get("双街示范镇") == "双街镇"
    staged = [e for e in edges if e.type.value == "MENTIONS" and e.properties.get("stage")
              and nodes[e.target].label.value == "Project"]
    assert len(summary["stages"]) == len(staged)
    assert {(s["project"], s["stage"]) for s in summary["stages"]} == {
        (nodes[e.target].name, e.properties["stage"]) for e in staged}
    located = {e.source for e in edges if e.type.value == "LOCATED_IN"}
    assert set(summary["unlocated"]) == {
        n.name for i, n in nodes.items() if n.label.value == "Project" and i not in located}
    for path in summary["figures"]:
        _assert_png(path)


def _number(text: Any) -> float | None:
    match = re.search(r"-?\d+(?:\.\d+)?", str(text or ""))
    return float(match.group()) if match else None


def test_plan_targets_has_the_population_target(summaries: dict, graph: tuple) -> None:
    nodes, edges = graph
    summary = summaries["plan_targets.ipynb"]
    targets = summary["targets"]
    assert len(targets) == sum(1 for e in edges if e.type.value == "SETS_TARGET")
    population = [t for t in targets if t["indicator"] == "常住人口数量"
                  and any(d.startswith("002") for d in t["docs"])]
    assert population, "002 SETS_TARGET 常住人口数量 missing"
    row = population[0]
    assert _number(row["baseline"]) == 90.96 and _number(row["target"]) == 105
    assert row["unit"] == "万人" and row["baseline_year"] == 2020 and row["target_year"] == 2025
    assert "常住人口数量" in summary["charted"]
    assert set(summary["fields"]) == {t["field"] for t in targets}
    for path in summary["figures"]:
        _assert_png(path)


@pytest.mark.parametrize("documents", ["small", "none"])
def test_notebooks_run_on_a_small_build(tmp_path: Path, documents: str) -> None:
    """An analyst's own smaller build (three short documents: few targets, most without numbers),
    or a build of an empty folder, runs too."""
    from kg.pipeline import build
    from tests.pipeline.conftest import SMALL, copy_docs

    graph = tmp_path / "graph"
    build(copy_docs(tmp_path / "raw", SMALL if documents == "small" else ()), graph)
    for name in NAMES:
        (tmp_path / "work").mkdir(exist_ok=True)
        summary = run_notebook(name, graph, tmp_path / "work")[1]
        assert summary and bool(summary["figures"]), name
        if documents == "none":
            assert not any(v for k, v in summary.items() if k not in ("figures", "by_alias")), name


def _readme_nbconvert() -> list[str]:
    """The README's command that runs a notebook, as words."""
    readme = (NOTEBOOKS.parent / "README.md").read_text(encoding="utf-8")
    line = next((x for x in readme.splitlines() if x.startswith("jupyter nbconvert ")), None)
    assert line, "the README says how to run a notebook"
    return shlex.split(line)


def test_nbconvert_is_installed_by_the_dev_extras() -> None:
    """The README's `jupyter nbconvert` works after the set-up (pip install -e ".[dev]")."""
    pyproject = (NOTEBOOKS.parent / "pyproject.toml").read_text(encoding="utf-8")
    dev = pyproject[pyproject.index("dev = ["):]
    assert re.search(r'^\s*"nbconvert[<>=!~ ]', dev[:dev.index("]")], re.M)


def test_the_readme_command_runs_a_notebook(graph_dir: Path, tmp_path: Path) -> None:
    """`jupyter nbconvert --execute` as the README gives it, with the set-up's kernel, on the corpus graph."""
    words = _readme_nbconvert()
    words[words.index("--output-dir") + 1] = str(tmp_path)
    env = {**os.environ, "KG_GRAPH_DIR": str(graph_dir), "MPLBACKEND": "Agg",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(words, cwd=NOTEBOOKS.parent, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    executed = nbformat.read(tmp_path / Path(words[words.index("--execute") + 1]).name, as_version=4)
    assert any(o.get("text", "").startswith("SUMMARY ") for c in executed.cells for o in c.get("outputs", []))
