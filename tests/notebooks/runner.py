"""Run a notebook top to bottom in a real Jupyter kernel and return its SUMMARY.

The kernel is the interpreter running the tests (a kernelspec written to a
temporary JUPYTER_PATH points at ``sys.executable``), so the notebook sees the
same packages. The notebook runs from a temporary copy with ``KG_ROOT`` (the
repository) and ``KG_GRAPH_DIR`` (the build folder) in its environment; its
last cell prints ``SUMMARY <json>``, which is parsed and returned.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
KERNEL = "kg-tests"


def write_kernelspec(folder: Path) -> Path:
    """Write a kernelspec named :data:`KERNEL` for this interpreter under ``folder/kernels``."""
    spec = folder / "kernels" / KERNEL
    spec.mkdir(parents=True, exist_ok=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": "kg tests", "language": "python"}), encoding="utf-8"
    )
    return folder


def summary_of(notebook: nbformat.NotebookNode) -> dict[str, Any]:
    """The JSON printed after ``SUMMARY `` by the notebook's cells."""
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            text = output.get("text", "")
            for line in text.splitlines():
                if line.startswith("SUMMARY "):
                    return json.loads(line[len("SUMMARY "):])
    raise AssertionError("the notebook printed no SUMMARY line")


def run_notebook(name: str, graph_dir: Path, work: Path) -> tuple[nbformat.NotebookNode, dict[str, Any]]:
    """Execute ``notebooks/<name>`` (a copy in ``work``) against ``graph_dir``; return it and its SUMMARY."""
    copy = work / name
    shutil.copy(NOTEBOOKS / name, copy)
    notebook = nbformat.read(copy, as_version=4)
    env = {
        "JUPYTER_PATH": str(write_kernelspec(work / "jupyter")),
        "KG_ROOT": str(REPO),
        "KG_GRAPH_DIR": str(graph_dir),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        "MPLBACKEND": "Agg",
    }
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    try:
        client = NotebookClient(notebook, kernel_name=KERNEL, timeout=600,
                                resources={"metadata": {"path": str(work)}})
        client.execute()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    nbformat.write(notebook, copy)
    return notebook, summary_of(notebook)
