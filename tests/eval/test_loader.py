"""Malformed gold files are refused with the file and the problem named."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.gold import load_gold, load_passage

GOOD = """id: x
source: synthetic
text: 河西镇位于江宁区。
entities:
  - {label: Town, name: 河西镇}
  - {label: Region, name: 江宁区}
relations:
  - {type: PART_OF, source: "Town:河西镇", target: "Region:江宁区"}
"""


def _write(tmp_path: Path, text: str, name: str = "x.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_loader_accepts_a_good_file(tmp_path: Path) -> None:
    passage = load_passage(_write(tmp_path, GOOD))
    assert passage.input_text == "河西镇位于江宁区。"
    assert passage.relations[0].target == "Region:江宁区"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (('target: "Region:江宁区"}', 'target: "Region:浦口区"}'), "endpoint 'Region:浦口区' is not an annotated entity"),
        (("type: PART_OF", "type: IN_CHAIN"), "does not allow Town -[IN_CHAIN]-> Region"),
        (("type: PART_OF", "type: MENTIONS"), "MENTIONS is not annotated"),
        (("label: Town", "label: Township"), "entities.0.label"),
        (("label: Town", "label: Document"), "bookkeeping labels"),
        (("source: synthetic", "source: invented"), "source"),
        (("text: 河西镇位于江宁区。\n", ""), "text: Field required"),
        (("{label: Region, name: 江宁区}", "{label: Town, name: 河西镇}"), "entity annotated twice: Town:河西镇"),
        (("name: 江宁区}", "name: 江宁区, alias: [江宁]}"), "entities.1.alias"),
    ],
)
def test_loader_names_file_and_problem(tmp_path: Path, change: tuple[str, str], problem: str) -> None:
    path = _write(tmp_path, GOOD.replace(*change))
    with pytest.raises(InputError) as info:
        load_passage(path)
    assert info.value.file == str(path)
    assert problem in info.value.problem


def test_loader_refuses_broken_yaml_and_non_mapping(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read gold file"):
        load_passage(_write(tmp_path, "id: [unclosed"))
    with pytest.raises(InputError, match="one YAML mapping"):
        load_passage(_write(tmp_path, "- just\n- a list\n", "y.yaml"))


def test_load_gold_refuses_duplicate_ids_and_missing_folder(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "synthetic").mkdir()
    _write(tmp_path / "corpus", GOOD.replace("synthetic", "corpus"))
    _write(tmp_path / "synthetic", GOOD)
    with pytest.raises(InputError, match="passage id used more than once: x"):
        load_gold(tmp_path)
    with pytest.raises(InputError, match="gold folder not found"):
        load_gold(tmp_path / "nope")
