"""Every package kg's code imports is installed by ``pip install kg`` itself (no dev extras).

The README's set-up installs the dev extras, so a module that imports a package only listed
there works in every test and fails for a user who installed kg alone (this happened: the
embedded store imported pandas, and ``kg query`` was a traceback). The test reads the imports
of kg/, extractors/ and schema/ and checks each against the main dependencies of
pyproject.toml and what they require in turn.
"""

from __future__ import annotations

import ast
import re
import sys
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OWN = {"kg", "extractors", "schema"}
#: Imports that only the notebooks' helpers make, inside the function that needs them.
NOTEBOOK_ONLY = {("kg/exports/figures.py", "matplotlib")}


def imported(path: Path) -> set[str]:
    """The top-level names of the modules ``path`` imports (absolute imports only)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def _name(requirement: str) -> str:
    return re.split(r"[ <>=!~;\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def main_dependencies() -> list[str]:
    """pyproject.toml's ``[project] dependencies`` (on Python 3.10, the installed kg's, without extras)."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        return [r for r in metadata.requires("kg") or [] if "extra ==" not in r]
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]


def installed_with_kg() -> set[str]:
    """The distributions ``pip install kg`` brings: the main dependencies and theirs, transitively."""
    todo = [_name(r) for r in main_dependencies()]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requirements = metadata.requires(name) or []
        except metadata.PackageNotFoundError:  # required only on other Pythons or platforms
            continue
        for requirement in requirements:
            if "extra ==" not in requirement:
                todo.append(_name(requirement))
    return seen


def test_every_import_comes_with_kg_itself() -> None:
    with_kg = installed_with_kg()
    distributions = metadata.packages_distributions()
    missing = []
    for path in sorted(p for package in OWN for p in (REPO / package).rglob("*.py")):
        where = path.relative_to(REPO).as_posix()
        for module in sorted(imported(path) - OWN - set(sys.stdlib_module_names)):
            names = {_name(d) for d in distributions.get(module, [module])}
            if not names & with_kg and (where, module) not in NOTEBOOK_ONLY:
                missing.append(f"{where}: {module}")
    assert not missing, "imported but not installed by `pip install kg`: " + ", ".join(missing)


def test_the_check_sees_a_dev_only_package() -> None:
    assert "pytest" not in installed_with_kg() and "pandas" in installed_with_kg()
