"""Writing a large graph's edges in two processes, this one and a forked child: the same bytes as one.

Writing the x10 build's graph (3,500 nodes, 30,000 edges) takes about 0.6 s of one Python step per
record and attribute while the other core is idle: a third of what a ``--jobs 2`` build does alone
after extraction, and of what adding one document costs. Here the edges, in file order (source, type,
target), are cut where the source changes near the middle. GraphML lists edges by source in node
order too (each source's by the target first met, then type), so the cut is the same in
``edges.jsonl`` and in ``kg.graphml``. A forked child writes the second part of both into files of
its own; this process writes the nodes and the first part, then appends the child's files.

What each part needs from the other is settled before the fork, from one pass over the edges'
properties: the GraphML key of every property (ids follow the order in which GraphML meets the
names, types follow the values) and which properties hold values of several types (written as JSON
text in both files). If the child fails, this process writes its part as well.

Used only with fork (Linux, no other thread running), for a graph whose edge endpoints are all nodes
and whose edges have distinct keys, as a build's are (:func:`split_order`); anything else goes to the
one-process writer. ``tests/graph/test_splitwrite.py`` compares the bytes with it.
"""

from __future__ import annotations

import gc
import os
import shutil
import signal
from collections.abc import Callable
from pathlib import Path

from kg.graphml_stream import EdgeRow, Keys, escaped_ids, write_edges, write_end, write_nodes, write_start
from kg.graphwrite import (
    EDGES_FILE,
    GRAPHML_FILE,
    NODES_FILE,
    MadeRows,
    Rows,
    edge_rows,
    node_rows,
    write_lines,
    written_as_text,
)
from kg.parallel import FORK, start_method
from schema import Edge, Node

#: Fewer edges than this are written in one process (a fork and two appends cost more than they save).
MIN_EDGES = 10_000
#: The share of the edges the child writes (this process also writes the nodes).
CHILD_SHARE = 0.65
_PART = ".part"


def split_order(nodes: list[Node], edges: list[Edge]) -> list[int] | None:
    """:func:`graphml_order` of sorted ``edges`` if they are worth writing in two processes and can be, else None:
    there are :data:`MIN_EDGES` edges or more, fork is usable, every endpoint is a node and no two edges share a
    key (checked in the same pass)."""
    if len(edges) < MIN_EDGES or start_method() != FORK:
        return None
    return graphml_order(edges, {node.id for node in nodes})


def graphml_order(edges: list[Edge], ids: set[str] | None = None) -> list[int] | None:
    """Positions of sorted ``edges`` in GraphML's order: by source, each source's edges by the target
    first met, then by type (the order networkx keeps keyed edges in). With ``ids``: None unless every
    endpoint is one of them and no two edges share a key."""
    order: list[int] = []
    by_target: dict[str, list[int]] = {}
    source, previous = None, None
    for index, edge in enumerate(edges):
        if edge.source != source:
            if ids is not None and edge.source not in ids:
                return None
            for positions in by_target.values():
                order.extend(positions)
            by_target, source = {}, edge.source
        elif ids is not None and (edge.type, edge.target) == previous:
            return None
        if ids is not None:
            if edge.target not in ids:
                return None
            previous = (edge.type, edge.target)
        by_target.setdefault(edge.target, []).append(index)
    for positions in by_target.values():
        order.extend(positions)
    return order


def edge_keys(edges: list[Edge], order: list[int]) -> tuple[list[tuple[str, type]], set[str]]:
    """The edge properties' GraphML declarations, ``(name, Python type)`` in the order GraphML meets
    them, and the names whose values have several types (written as JSON text)."""
    kinds: dict[str, type] = {}
    first: dict[str, int] = {}
    mixed: set[str] = set()
    for position, index in enumerate(order):
        for name, value in edges[index].properties.items():
            if value is None:
                continue
            kind = str if written_as_text(value) else type(value)
            if kinds.setdefault(name, kind) is not kind:
                mixed.add(name)
            first.setdefault(name, position)
    names = sorted(first, key=lambda name: (first[name], name))  # an edge's properties go by name
    return [(name, str if name in mixed else kinds[name]) for name in names], mixed


def cut_at_source(edges: list[Edge], share: float = CHILD_SHARE) -> int:
    """The index nearest to the last ``share`` of sorted ``edges`` where the source changes (0 if none)."""
    middle = max(1, min(len(edges) - 1, round(len(edges) * (1 - share))))
    after = next((i for i in range(middle, len(edges)) if edges[i].source != edges[i - 1].source), None)
    before = next((i for i in range(middle, 0, -1) if edges[i].source != edges[i - 1].source), None)
    found = [i for i in (after, before) if i is not None]
    return min(found, key=lambda i: abs(i - middle)) if found else 0


def write_split(nodes: list[Node], edges: list[Edge], folder: Path, made: MadeRows | None = None,
                order: list[int] | None = None) -> None:
    """Write the three graph files of sorted ``nodes`` and ``edges`` into ``folder`` (``made``: rows of some
    edges made ahead, :func:`kg.graphwrite.made_rows`; ``order``: their :func:`graphml_order`, if known)."""
    order = graphml_order(edges) if order is None else order
    declared, mixed = edge_keys(edges, order)
    edge_declarations = Keys(first=len(_node_key_names(nodes)))  # the nodes' keys come first
    for name, kind in (("type", str), ("evidence", str), *declared):
        edge_declarations.declare("edge", name, kind)
    ids = escaped_ids(node.id for node in nodes)
    cut = cut_at_source(edges) or len(edges)  # no change of source: all written here
    split = cut < len(edges)
    second = (edges[cut:], [i - cut for i in order[cut:]])

    def child_part() -> None:
        _write_part(*second, mixed, edge_declarations, ids, folder, made)

    pid = _fork(child_part) if split else None
    try:
        rows = node_rows(nodes)
        node_graphml = [(node.id, attrs) for node, attrs in zip(nodes, rows.attrs)]
        node_declarations = Keys()
        node_declarations.declare_rows((attrs for _, attrs in node_graphml), "node")
        if len(node_declarations.elements) != edge_declarations.first:
            raise RuntimeError("the nodes' GraphML keys were not counted right")
        with open(folder / NODES_FILE, "w", encoding="utf-8", newline="\n") as fh:
            write_lines(rows.lines, fh)
        first = edge_rows(edges[:cut], mixed, made)
        with open(folder / EDGES_FILE, "w", encoding="utf-8", newline="\n") as fh:
            write_lines(first.lines, fh)
        with open(folder / GRAPHML_FILE, "w", encoding="utf-8", newline="\n") as fh:
            write_start(fh, node_declarations, edge_declarations)
            write_nodes(node_graphml, node_declarations, ids, fh)
            write_edges(_graphml_edges(edges[:cut], first, order[:cut]), edge_declarations, ids, fh)
    except BaseException:
        _stop(pid)
        for name in (EDGES_FILE, GRAPHML_FILE):
            (folder / (name + _PART)).unlink(missing_ok=True)
        raise
    if split and not _finished(pid):
        child_part()  # the child failed: its part is written here
    _append_parts(folder, split)


def _node_key_names(nodes: list[Node]) -> set[str]:
    """The property names of the nodes' GraphML (what :func:`kg.graphwrite.node_rows` gives them)."""
    names = {"label", "name", "aliases", "docs"}
    for node in nodes:
        names.update(name for name, value in node.properties.items() if value is not None)
    return names


def _write_part(edges: list[Edge], order: list[int], mixed: set[str], keys: Keys, ids: dict[str, str],
                folder: Path, made: MadeRows | None) -> None:
    """Write the edges' JSON lines and GraphML elements into the two part files."""
    rows = edge_rows(edges, mixed, made)
    with open(folder / (EDGES_FILE + _PART), "w", encoding="utf-8", newline="\n") as fh:
        write_lines(rows.lines, fh)
    with open(folder / (GRAPHML_FILE + _PART), "w", encoding="utf-8", newline="\n") as fh:
        write_edges(_graphml_edges(edges, rows, order), keys, ids, fh)


def _graphml_edges(edges: list[Edge], rows: Rows, order: list[int]) -> list[EdgeRow]:
    attrs = rows.attrs
    return [(edges[i].source, edges[i].target, attrs[i]["type"], attrs[i]) for i in order]


def _append_parts(folder: Path, split: bool) -> None:
    """Append the part files to the edges and GraphML files, and close the GraphML document."""
    for name in (EDGES_FILE, GRAPHML_FILE):
        part = folder / (name + _PART)
        if split:
            with open(folder / name, "ab") as whole, open(part, "rb") as piece:
                shutil.copyfileobj(piece, whole, 1 << 20)
            part.unlink()
    with open(folder / GRAPHML_FILE, "a", encoding="utf-8", newline="\n") as fh:
        write_end(fh)


def _fork(work: Callable[[], None]) -> int | None:
    """Run ``work`` in a forked child; its pid (None if no child could be made)."""
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid:
        return pid
    code = 1
    try:
        gc.disable()  # a collection would touch (and copy) every page the child shares
        work()
        code = 0
    except BaseException:  # the parent writes the part itself, and reports what goes wrong there
        pass
    finally:
        os._exit(code)


def _finished(pid: int | None) -> bool:
    """Wait for the child; whether it wrote its part."""
    if pid is None:
        return False
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def _stop(pid: int | None) -> None:
    if pid is not None:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
