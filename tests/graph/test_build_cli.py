"""The CLI: help for every command, clean errors, exit codes, a real build."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"


def test_every_command_has_help() -> None:
    runner = CliRunner()
    assert main.commands, "no commands registered"
    for name, command in main.commands.items():
        assert command.help and command.help.strip(), f"kg {name} has no help text"
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "Usage:" in result.output


def test_missing_input_folder_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--input", str(tmp_path / "nope"), "--out", str(tmp_path / "g")])
    assert result.exit_code == 1
    assert "input folder does not exist" in result.output
    assert "Traceback" not in result.output


def test_an_input_file_is_named_as_a_file_not_a_missing_folder(tmp_path: Path) -> None:
    doc = tmp_path / "report.txt"
    shutil.copy(RAW / "003_589e890b1d42e119.txt", doc)
    result = CliRunner().invoke(main, ["build", "--input", str(doc), "--out", str(tmp_path / "g")])
    assert result.exit_code == 1
    assert f"{doc}: is a file, not a folder of documents" in result.output
    assert "does not exist" not in result.output and "Traceback" not in result.output
    assert not (tmp_path / "g").exists()


def test_build_skips_a_broken_file_and_builds_the_rest(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(RAW / "003_589e890b1d42e119.txt", src)
    (src / "broken.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", "--input", str(src), "--out", str(tmp_path / "g")])
    assert result.exit_code == 1
    assert result.stderr.count("broken.txt") == 1  # printed once, when met (not again from the report)
    report = json.loads((tmp_path / "g" / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == ["003_589e890b1d42e119"]
    assert [Path(p["file"]).name for p in report["problems"]] == ["broken.txt"]
    assert (tmp_path / "g" / "nodes.jsonl").stat().st_size > 0


def test_two_files_with_one_doc_id_build_one_and_report_the_other(tmp_path: Path) -> None:
    """``a.txt`` and ``a.html`` would both be document ``a``: the first (in path order) is built, the other
    reported, instead of two documents merged into one node."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(RAW / "003_589e890b1d42e119.txt", src / "a.txt")
    (src / "a.html").write_text("<html><body><p>北辰区双街镇。</p></body></html>", encoding="utf-8")
    shutil.copy(RAW / "000_17af52ff73862fb3.txt", src / "b.txt")
    result = CliRunner().invoke(main, ["build", "--input", str(src), "--out", str(tmp_path / "g"), "-q"])
    assert result.exit_code == 1
    assert result.stderr.count("skipped") == 1 and "a.txt: has the same document id 'a' as a.html" in result.stderr
    report = json.loads((tmp_path / "g" / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == ["a", "b"]
    assert [Path(p["file"]).name for p in report["problems"]] == ["a.txt"]
    nodes = [json.loads(line) for line in (tmp_path / "g" / "nodes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert next(n for n in nodes if n["id"] == "Document:a")["source_file"] == "a.html"


def test_an_output_folder_inside_the_input_folder_is_not_read_as_input(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(RAW / "003_589e890b1d42e119.txt", src)
    for extra in ([], ["--no-cache"]):  # the second build would find the first one's texts/*.txt
        result = CliRunner().invoke(main, ["build", "--input", str(src), "--out", str(src / "graph"), "-q", *extra])
        assert result.exit_code == 0, result.output
        report = json.loads((src / "graph" / "report.json").read_text(encoding="utf-8"))
        assert report["documents"] == ["003_589e890b1d42e119"]


def test_files_whose_names_no_output_can_carry_are_reported_not_built(tmp_path: Path) -> None:
    """A file name in GBK (an archive made on Chinese Windows) crashed the build with a traceback (its
    doc id held surrogates); one holding U+0001 made a kg.graphml no XML reader takes and a document
    whose relationships FalkorDB's id index never found. Both are reported and skipped."""
    import os

    import networkx as nx

    src = tmp_path / "in"
    src.mkdir()
    gbk = src / os.fsdecode("北辰区规划.txt".encode("gbk"))
    for name in (gbk, src / "a\x01b.txt", src / "ok.txt"):
        shutil.copy(RAW / "003_589e890b1d42e119.txt", name)
    result = CliRunner().invoke(main, ["build", "--input", str(src), "--out", str(tmp_path / "g"), "-q"])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert "bytes that are not UTF-8" in result.stderr and "control character U+0001" in result.stderr
    report = json.loads((tmp_path / "g" / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == ["ok"]
    assert sorted(p["file"] for p in report["problems"]) == sorted([
        os.fsencode(gbk).decode("utf-8", "backslashreplace"), str(src / "a\x01b.txt")])
    graph = nx.read_graphml(tmp_path / "g" / "kg.graphml")
    assert [n for n in graph if n.startswith("Document:")] == ["Document:ok"]


def test_paths_holding_brackets_print_as_they_are(tmp_path: Path) -> None:
    """File and folder names were printed as rich markup: a folder 草稿[/旧] stopped the build with a
    MarkupError traceback, and a file named 空[bold]文件.txt lost its "[bold]"; so did the output folder."""
    src = tmp_path / "in"
    (src / "草稿[/旧]").mkdir(parents=True)
    shutil.copy(RAW / "003_589e890b1d42e119.txt", src / "a.txt")
    (src / "草稿[/旧]" / "空.txt").write_bytes(b"")
    (src / "空[bold]文件.txt").write_bytes(b"")
    out = tmp_path / "g[/x]"
    result = CliRunner().invoke(main, ["build", "--input", str(src), "--out", str(out)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.exception
    assert "草稿[/旧]/空.txt: empty file" in result.stderr and "空[bold]文件.txt: empty file" in result.stderr
    assert "g[/x]" in result.stdout
    (src / "草稿[/旧]" / "空.txt").unlink()
    (src / "空[bold]文件.txt").unlink()
    for _ in range(2):  # the second build keeps the first and says so, naming the folder
        result = CliRunner().invoke(main, ["build", "--input", str(src), "--out", str(out)])
        assert result.exit_code == 0, result.output
    assert f"nothing changed since the last build into {out}" in result.stderr.replace("\n", "")


def test_problems_under_a_folder_named_in_gbk_are_reported(tmp_path: Path) -> None:
    """Under an input folder whose name is GBK (not UTF-8), an empty file's problem held the name's bytes as
    surrogates and writing report.json failed with a UnicodeEncodeError traceback; so did a symlink loop in
    such a folder. A problem names them with \\xNN escapes."""
    import os

    src = tmp_path / os.fsdecode("北辰".encode("gbk"))
    (src / "sub").mkdir(parents=True)
    shutil.copy(RAW / "003_589e890b1d42e119.txt", src / "a.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "sub" / "loop").symlink_to(src)
    result = CliRunner().invoke(main, ["build", "--input", str(src), "--out", str(tmp_path / "g"), "-q"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.exception
    report = json.loads((tmp_path / "g" / "report.json").read_text(encoding="utf-8"))
    shown = os.fsencode(src).decode("utf-8", "backslashreplace")
    assert report["documents"] == ["a"] and "\\xb1\\xb1" in shown
    assert sorted(p["file"] for p in report["problems"]) == [f"{shown}/empty.txt", f"{shown}/sub/loop"]
