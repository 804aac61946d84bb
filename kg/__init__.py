"""kg: a knowledge-graph builder for Chinese local-government documents.

The pipeline runs file -> Document -> mentions -> entities and relationships
with evidence -> graph -> stores and exports; :func:`kg.pipeline.build` wires
the stages. Heavy modules are imported lazily so that ``import kg`` is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg import compiled as _compiled

__version__ = "0.1.0"

_compiled.install()  # the compiled modules, where they match their source (kg.compiled)

if TYPE_CHECKING:  # pragma: no cover
    import networkx


def load_graph(path: str = "data/graph", build_if_missing: bool = True) -> "networkx.MultiDiGraph":
    """Return the built graph as a networkx ``MultiDiGraph`` (see :mod:`kg.graphio`)."""
    from kg.graphio import load_graph as _load

    return _load(path, build_if_missing=build_if_missing)


def __getattr__(name: str) -> Any:
    if name == "build":
        from kg.pipeline import build

        return build
    raise AttributeError(name)
