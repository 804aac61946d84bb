"""``kg export`` on the command line: writes each format, fails cleanly on a bad folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.exports.conftest import SAMPLE


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv", "json"])
def test_export_command_writes_the_format(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--graph", str(SAMPLE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert str(out) in result.output
    written = sorted(out.iterdir()) if fmt == "csv" else [out]
    assert written and all(p.stat().st_size > 0 for p in written)


def test_export_command_defaults_to_the_exports_folder(tmp_path: Path) -> None:
    graph = tmp_path / "graph"
    graph.mkdir()
    for name in ("nodes.jsonl", "edges.jsonl"):
        (graph / name).write_bytes((SAMPLE / name).read_bytes())
    result = CliRunner().invoke(main, ["export", "--format", "gexf", "--graph", str(graph)])
    assert result.exit_code == 0, result.output
    assert (graph / "exports" / "kg.gexf").is_file()


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_a_folder_given_for_a_one_file_export_is_named(tmp_path: Path, fmt: str) -> None:
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--graph", str(SAMPLE), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path}: is a folder; the {fmt} export writes one file" in result.output
    assert str(tmp_path / f"kg.{fmt}") in result.output and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_export_command_names_a_missing_build_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = CliRunner().invoke(main, ["export", "--format", "json", "--graph", str(missing)])
    assert result.exit_code == 1
    assert str(missing) in result.output and "kg build" in result.output
    assert "Traceback" not in result.output


def test_export_command_refuses_an_unknown_format() -> None:
    result = CliRunner().invoke(main, ["export", "--format", "dot", "--graph", str(SAMPLE)])
    assert result.exit_code == 2 and "dot" in result.output


def test_export_command_names_a_malformed_row(tmp_path: Path) -> None:
    graph = tmp_path / "graph"
    graph.mkdir()
    (graph / "nodes.jsonl").write_text('{"id": "Town:双街镇", "label": "Town"\n', encoding="utf-8")
    (graph / "edges.jsonl").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", "--format", "gexf", "--graph", str(graph)])
    assert result.exit_code == 1 and "nodes.jsonl:1" in result.output


def test_csv_export_refuses_a_folder_it_did_not_write(tmp_path: Path, corpus_build: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "nodes_2023_survey.csv").write_text("x\n", encoding="utf-8")
    (mine / "README.txt").write_text("keep\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--graph", str(corpus_build), "--out", str(mine)])
    assert result.exit_code == 1 and "no csv export wrote" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in mine.iterdir()) == ["README.txt", "nodes_2023_survey.csv"]
    assert (mine / "README.txt").read_text(encoding="utf-8") == "keep\n"
    ours = tmp_path / "ours"
    for _ in range(2):  # an earlier csv export is replaced
        again = CliRunner().invoke(main, ["export", "--format", "csv", "--graph", str(corpus_build), "--out", str(ours)])
        assert again.exit_code == 0, again.output
    folder = CliRunner().invoke(main, ["export", "--format", "gexf", "--graph", str(corpus_build), "--out", str(ours)])
    assert folder.exit_code == 1 and "Traceback" not in folder.output
    assert "is a folder; the gexf export writes one file" in folder.output


@pytest.mark.parametrize("out", ["nodes.jsonl", "kg.graphml", "texts/d001.gexf", "."])
def test_export_refuses_to_overwrite_the_build_s_own_files(tmp_path: Path, out: str) -> None:
    import shutil

    graph = tmp_path / "graph"
    shutil.copytree(SAMPLE, graph)
    (graph / "texts").mkdir(exist_ok=True)
    before = {p: p.read_bytes() for p in graph.rglob("*") if p.is_file()}
    fmt = "csv" if out == "." else "gexf"
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--graph", str(graph), "--out", str(graph / out)])
    assert result.exit_code == 1 and "would overwrite what `kg build` wrote" in result.output, result.output
    assert {p: p.read_bytes() for p in graph.rglob("*") if p.is_file()} == before


def test_export_refuses_a_hard_link_to_a_build_file(tmp_path: Path) -> None:
    import os
    import shutil

    graph = tmp_path / "graph"
    shutil.copytree(SAMPLE, graph)
    before = (graph / "edges.jsonl").read_bytes()
    (graph / "texts").mkdir()
    (graph / "texts" / "d1.txt").write_text("text", encoding="utf-8")
    for built in ("edges.jsonl", "texts/d1.txt"):
        link = tmp_path / f"out-{built.replace('/', '-')}.gexf"
        os.link(graph / built, link)
        result = CliRunner().invoke(main, ["export", "--format", "gexf", "--graph", str(graph), "--out", str(link)])
        assert result.exit_code == 1 and "would overwrite" in result.output, built
    assert (graph / "edges.jsonl").read_bytes() == before
    assert (graph / "texts" / "d1.txt").read_text(encoding="utf-8") == "text"


def test_a_file_given_for_the_build_folder_is_named(tmp_path: Path) -> None:
    import kg
    from kg.errors import GraphFormatError

    result = CliRunner().invoke(main, ["export", "--format", "gexf", "--graph", str(SAMPLE / "nodes.jsonl"),
                                       "--out", str(tmp_path / "x.gexf")])
    assert result.exit_code == 1 and "is a file; give the build folder" in result.output
    with pytest.raises(GraphFormatError, match="is a file"):
        kg.load_graph(SAMPLE / "nodes.jsonl")  # not a build into data/raw's default folder


def test_csv_export_refuses_a_property_name_with_a_colon(tmp_path: Path) -> None:
    from kg.errors import GraphFormatError
    from kg.exports.neo4j_csv import write_neo4j_csv
    from schema import Label, Node

    node = Node(id="Town:a", label=Label.TOWN, name="a", properties={"note:x": 1})
    with pytest.raises(GraphFormatError, match="'note:x' holds ':'"):
        write_neo4j_csv([node], [], tmp_path / "csv")
    assert not (tmp_path / "csv").exists()
