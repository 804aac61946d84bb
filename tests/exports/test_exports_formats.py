"""Each export read back by an independent reader keeps every node, edge and attribute."""

from __future__ import annotations

import csv
import html
import json
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import igraph
import networkx as nx
import pytest

from kg.exports import export_graph
from tests.exports.expected import assert_attrs, mixed_keys, rows

GEXF_NS = {"g": "http://www.gexf.net/1.2draft"}


def _json_prefixed(value: object) -> object:
    """kg.graphio's GraphML convention: lists and objects as ``json:``-prefixed JSON strings."""
    if isinstance(value, str) and value.startswith("json:"):
        return json.loads(value[len("json:"):])
    return value


def test_graphml_read_by_networkx_keeps_everything(graph_dir: Path, tmp_path: Path) -> None:
    nodes, edges = rows(graph_dir)
    path = export_graph(graph_dir, "graphml", tmp_path / "kg.graphml")
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.is_directed() and graph.number_of_nodes() == len(nodes)
    assert graph.number_of_edges() == len(edges)
    for node_id, row in nodes.items():
        got = {k: _json_prefixed(v) for k, v in graph.nodes[node_id].items()}
        assert_attrs({k: v for k, v in row.items() if k != "id"}, got, set(), node_id)
    seen = set()
    for source, target, data in graph.edges(data=True):
        key = (source, data["type"], target)
        seen.add(key)
        got = {k: _json_prefixed(v) for k, v in data.items()}
        assert_attrs({k: v for k, v in edges[key].items() if k not in ("source", "target")}, got, set(), str(key))
    assert seen == set(edges)


def _igraph_value(value: object) -> object:
    """igraph fills attributes a vertex lacks with '' (strings) or NaN (numbers)."""
    if value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    return _json_prefixed(value)


def test_graphml_read_by_igraph_keeps_everything(graph_dir: Path, tmp_path: Path) -> None:
    nodes, edges = rows(graph_dir)
    path = export_graph(graph_dir, "graphml", tmp_path / "kg.graphml")
    graph = igraph.Graph.Read_GraphML(str(path))
    assert graph.is_directed()
    assert graph.vcount() == len(nodes) and graph.ecount() == len(edges)
    # igraph's GraphML reader hands back '&' inside an XML attribute as the reference '&#38;'
    names = [html.unescape(name) for name in graph.vs["id"]]
    assert sorted(names) == sorted(nodes)
    for vertex in graph.vs:
        node_id = names[vertex.index]
        got = {k: _igraph_value(v) for k, v in vertex.attributes().items() if k != "id"}
        got = {k: v for k, v in got.items() if v is not None}
        expected = {k: v for k, v in nodes[node_id].items() if k != "id" and v != ""}
        assert_attrs(expected, got, set(), node_id)
    seen = set()
    for edge in graph.es:
        key = (names[edge.source], edge["type"], names[edge.target])
        seen.add(key)
        got = {k: _igraph_value(v) for k, v in edge.attributes().items()}
        got = {k: v for k, v in got.items() if v is not None}
        expected = {k: v for k, v in edges[key].items() if k not in ("source", "target") and v != ""}
        assert_attrs(expected, got, set(), str(key))
    assert seen == set(edges)


def test_gexf_read_by_networkx_keeps_everything(graph_dir: Path, tmp_path: Path) -> None:
    nodes, edges = rows(graph_dir)
    path = export_graph(graph_dir, "gexf", tmp_path / "kg.gexf")
    graph = nx.read_gexf(path)
    assert graph.is_directed() and graph.number_of_nodes() == len(nodes)
    node_mixed = mixed_keys(nodes)
    for gexf_id, data in graph.nodes(data=True):
        assert re.fullmatch(r"[A-Za-z0-9_.:%-]+", gexf_id), gexf_id
        kg_id = data["kg_id"]
        assert unquote(gexf_id) == kg_id
        row = nodes[kg_id]
        assert data["label"] == row["name"], "Gephi shows the GEXF label: it must be the name"
        assert data["kg_label"] == row["label"]
        assert_attrs({k: v for k, v in row.items() if k not in ("id", "label")}, data, node_mixed, kg_id)
    edge_mixed = mixed_keys(edges)
    seen = set()
    for source, target, data in graph.edges(data=True):
        key = (unquote(source), data["rel_type"], unquote(target))
        seen.add(key)
        assert data["label"] == data["rel_type"]
        row = edges[key]
        assert_attrs({k: v for k, v in row.items() if k not in ("source", "target", "type")}, data,
                     edge_mixed, str(key))
    assert seen == set(edges) and len(seen) == graph.number_of_edges()


def test_gexf_edges_of_one_pair_differ_in_kind(graph_dir: Path, tmp_path: Path) -> None:
    """Gephi merges parallel edges of one ``kind``: each edge's kind is its relationship type, so the
    corpus pairs joined by two relationships (a document MENTIONS and CITES a policy) stay two edges."""
    _, edges = rows(graph_dir)
    path = export_graph(graph_dir, "gexf", tmp_path / "kg.gexf")
    elements = list(ET.parse(path).getroot().iterfind("g:graph/g:edges/g:edge", GEXF_NS))
    assert len(elements) == len(edges)
    kinds: dict[tuple[str, str], list[str]] = {}
    for element in elements:
        assert element.get("kind") == element.get("label")
        kinds.setdefault((element.get("source"), element.get("target")), []).append(element.get("kind"))
    assert {(unquote(s), k, unquote(t)) for (s, t), ks in kinds.items() for k in ks} == set(edges)
    parallel = [ks for ks in kinds.values() if len(ks) > 1]
    assert parallel and all(len(set(ks)) == len(ks) for ks in parallel)


def test_gexf_declares_typed_attributes(graph_dir: Path, tmp_path: Path) -> None:
    nodes, edges = rows(graph_dir)
    path = export_graph(graph_dir, "gexf", tmp_path / "kg.gexf")
    root = ET.parse(path).getroot()
    declared = {
        (block.get("class"), attr.get("title")): attr.get("type")
        for block in root.iterfind("g:graph/g:attributes", GEXF_NS)
        for attr in block.iterfind("g:attribute", GEXF_NS)
    }
    expected_types = {bool: "boolean", int: "long", float: "double", str: "string", list: "string",
                      dict: "string"}
    for cls, table, mixed in (("node", nodes, mixed_keys(nodes)), ("edge", edges, mixed_keys(edges))):
        for row in table.values():
            for key, value in row.items():
                if key in ("id", "label", "source", "target", "type") or key in mixed:
                    continue
                numeric_mix = declared[(cls, key)] == "double" and isinstance(value, int)
                assert declared[(cls, key)] == expected_types[type(value)] or numeric_mix, (cls, key)
    assert declared[("node", "aliases")] == "string" and declared[("edge", "evidence")] == "string"


def _delimiter(folder: Path) -> str:
    """The array delimiter the export's README.txt names."""
    line = next(x for x in (folder / "README.txt").read_text(encoding="utf-8").splitlines()
                if x.startswith("array delimiter: "))
    shown = line.removeprefix("array delimiter: ")
    return chr(int(shown.removeprefix("U+"), 16)) if shown.startswith("U+") else shown


def _decode_csv(text: str, kind: str, delimiter: str) -> object:
    if text == "":
        return None  # neo4j-admin: an empty field is no property
    if kind.endswith("[]"):
        return [_scalar(item, kind[:-2]) for item in text.split(delimiter)]
    return _scalar(text, kind)


def _scalar(text: str, kind: str) -> object:
    return {"long": int, "double": float, "boolean": lambda t: t == "true"}.get(kind, lambda t: t)(text)


def _read_neo4j_csv(path: Path, start: int, delimiter: str) -> list[tuple[list[str], dict[str, object]]]:
    """Read one neo4j-admin CSV: ``(fixed fields, {property: value})`` per row."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        out = []
        for record in reader:
            assert len(record) == len(header), path
            props = {}
            for field, text in zip(header, record):
                name, _, kind = field.partition(":")
                if name and name != "id":
                    value = _decode_csv(text, kind, delimiter)
                    if value is not None:
                        props[name] = json.loads(value) if kind == "string" else value  # :string: JSON text
            out.append((record[:start] + [record[-1]], props))
        return out


EV_KEYS = ("doc", "section", "sentence", "start", "end", "rule")


def _csv_expected(row: dict[str, object], fixed: tuple[str, ...]) -> dict[str, object]:
    """The properties a CSV row must give back, as ``kg load`` stores them: evidence as parallel
    ``ev_*`` lists; neo4j-admin reads an empty field as no value."""
    out = {k: v for k, v in row.items() if k not in fixed and k != "evidence"}
    for key in EV_KEYS if "evidence" in row else ():
        out[f"ev_{key}"] = [ev[key] for ev in row["evidence"]]
    return {k: v for k, v in out.items() if v not in ("", [], [""])}


def test_csv_follows_neo4j_admin_headers_and_keeps_everything(graph_dir: Path, tmp_path: Path) -> None:
    nodes, edges = rows(graph_dir)
    out = export_graph(graph_dir, "csv", tmp_path / "neo4j")
    delimiter = _delimiter(out)
    found_nodes: dict[str, dict[str, object]] = {}
    for path in sorted(out.glob("nodes_*.csv")):
        header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        assert header[:2] == ["id:ID", "name"] and header[-1] == ":LABEL"
        assert {"aliases:string[]", "docs:string[]"} <= set(header)
        for (node_id, label), props in _read_neo4j_csv(path, 1, delimiter):
            assert path.name == f"nodes_{label}.csv" and nodes[node_id]["label"] == label
            found_nodes[node_id] = props
    assert set(found_nodes) == set(nodes)
    for node_id, row in nodes.items():
        expected = _csv_expected(row, ("id", "label"))
        assert_attrs(expected, found_nodes[node_id], set(), node_id)  # JSON text columns are decoded already
    found_edges = set()
    for path in sorted(out.glob("rels_*.csv")):
        header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        assert header[-6:] == ["ev_doc:string[]", "ev_section:string[]", "ev_sentence:string[]", "ev_start:long[]",
                               "ev_end:long[]", "ev_rule:string[]"] or "MENTIONS" in path.name
        for (source, target, rel_type, _last), props in _read_neo4j_csv(path, 3, delimiter):
            key = (source, rel_type, target)
            assert path.name == f"rels_{rel_type}.csv"
            found_edges.add(key)
            expected = _csv_expected(edges[key], ("source", "target", "type"))
            assert_attrs(expected, props, set(), str(key))
    assert found_edges == set(edges)
    readme = (out / "README.txt").read_text(encoding="utf-8")
    shown = delimiter if delimiter.isprintable() else f"U+{ord(delimiter):04X}"  # neo4j-admin takes U+001F
    assert "neo4j-admin database import full" in readme and f'--array-delimiter="{shown}"' in readme
    assert all(p.name in readme for p in out.glob("*.csv"))


def test_csv_reads_back_as_the_graph(graph_dir: Path, tmp_path: Path) -> None:
    from kg.exports.neo4j_csv import read_neo4j_csv
    from kg.graphio import read_graph_dir

    nodes, edges = read_graph_dir(graph_dir)
    back_nodes, back_edges = read_neo4j_csv(export_graph(graph_dir, "csv", tmp_path / "neo4j"))
    assert {n.id: n for n in back_nodes} == {n.id: n for n in nodes}
    assert {e.key: e for e in back_edges} == {e.key: e for e in edges}


def test_json_is_node_link_data_with_evidence(graph_dir: Path, tmp_path: Path) -> None:
    nodes, edges = rows(graph_dir)
    path = export_graph(graph_dir, "json", tmp_path / "kg.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["directed"] is True and data["multigraph"] is True
    assert {n["id"]: n for n in data["nodes"]} == nodes
    assert {(e["source"], e["type"], e["target"]): {k: v for k, v in e.items() if k != "key"}
            for e in data["edges"]} == edges
    graph = nx.node_link_graph(data, edges="edges")
    assert graph.number_of_nodes() == len(nodes) and graph.number_of_edges() == len(edges)
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        assert attrs["evidence"] == edges[(source, key, target)]["evidence"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv", "json"])
def test_export_bytes_are_deterministic(graph_dir: Path, tmp_path: Path, fmt: str) -> None:
    first = export_graph(graph_dir, fmt, tmp_path / "a" / f"kg.{fmt}")
    second = export_graph(graph_dir, fmt, tmp_path / "b" / f"kg.{fmt}")
    files = sorted(p.name for p in first.iterdir()) if first.is_dir() else [None]
    for name in files:
        a, b = (first / name, second / name) if name else (first, second)
        assert a.read_bytes() == b.read_bytes(), a
