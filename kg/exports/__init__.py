"""Exports of a built graph for other tools: GraphML, GEXF, Neo4j CSV and node-link JSON.

:func:`export_graph` reads a build folder (``nodes.jsonl``/``edges.jsonl``,
through :func:`kg.graphio.read_graph_dir`) and writes one format. GraphML is
written by :func:`kg.graphio.write_graphml`, the same writer the build uses.
Every format is deterministic: the same graph gives the same bytes.

Example:
    >>> from pathlib import Path
    >>> default_out(Path("data/graph"), "gexf").as_posix()
    'data/graph/exports/kg.gexf'
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.errors import GraphFormatError
from schema.graph import Edge, Node

FORMATS: tuple[str, ...] = ("graphml", "gexf", "csv", "json")

_DEFAULT_NAMES = {"graphml": "kg.graphml", "gexf": "kg.gexf", "csv": "neo4j", "json": "kg.json"}


def default_out(graph_dir: Path, fmt: str) -> Path:
    """Return where ``fmt`` goes when no output path is given: ``<graph_dir>/exports/...``."""
    return Path(graph_dir) / "exports" / _DEFAULT_NAMES[fmt]


def _writer(fmt: str) -> Callable[[list[Node], list[Edge], Path], object]:
    if fmt == "graphml":
        from kg.graphio import write_graphml

        return write_graphml
    if fmt == "gexf":
        from kg.exports.gexf import write_gexf

        return write_gexf
    if fmt == "csv":
        from kg.exports.neo4j_csv import write_neo4j_csv

        return write_neo4j_csv
    if fmt == "json":
        from kg.exports.nodelink import write_node_link

        return write_node_link
    raise GraphFormatError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def export_graph(graph_dir: Path, fmt: str, out: Path | None = None) -> Path:
    """Export the graph of the build folder ``graph_dir`` as ``fmt``; return the written path.

    Args:
        graph_dir: a build folder holding nodes.jsonl and edges.jsonl.
        fmt: one of :data:`FORMATS`.
        out: the output file (a folder for ``csv``); default :func:`default_out`.

    Raises:
        GraphFormatError: for an unknown format, a missing or malformed build folder, or an
            output path that is one of the build's own files. Any other file there is replaced.
    """
    from kg.graphio import read_graph_dir

    writer = _writer(fmt)
    graph_dir = Path(graph_dir)
    target = Path(out) if out is not None else default_out(graph_dir, fmt)
    _refuse_build_files(graph_dir, target)
    if fmt != "csv" and target.is_dir():
        raise GraphFormatError(f"{target}: is a folder; the {fmt} export writes one file "
                               f"(pass --out {target / ('kg.' + fmt)}, or leave --out out for <graph>/exports/)")
    nodes, edges = read_graph_dir(graph_dir)
    if fmt != "csv":
        target.parent.mkdir(parents=True, exist_ok=True)
    writer(nodes, edges, target)
    return target


#: What ``kg build`` writes into its folder (an export must not overwrite it).
_BUILD_FILES = ("nodes.jsonl", "edges.jsonl", "kg.graphml", "report.json")
_BUILD_FOLDERS = ("texts", ".cache")


def _refuse_build_files(graph_dir: Path, target: Path) -> None:
    """Refuse an output path that is, or holds, a file the build wrote into ``graph_dir``."""
    graph, out = graph_dir.resolve(), target.resolve()
    ours = [graph / name for name in _BUILD_FILES]
    inside = any(out.is_relative_to(graph / name) for name in _BUILD_FOLDERS)
    linked = out.is_file() and out.stat().st_nlink > 1 and _links_into(out, graph)
    if out in ours or inside or linked or any(path.is_relative_to(out) for path in ours):
        raise GraphFormatError(f"{target}: the export would overwrite what `kg build` wrote in {graph_dir}; "
                               "pass --out another path (default: <graph>/exports/)")


def _links_into(out: Path, graph: Path) -> bool:
    """Whether ``out`` is a hard link to a file the build wrote (its files, texts and cache)."""
    files = [graph / name for name in _BUILD_FILES]
    files += [p for name in _BUILD_FOLDERS if (graph / name).is_dir() for p in (graph / name).rglob("*")]
    return any(path.is_file() and out.samefile(path) for path in files)
