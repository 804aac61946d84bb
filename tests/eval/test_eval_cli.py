"""``kg eval`` end to end: the real pipeline on a small copy of the gold set."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold"


@pytest.fixture(scope="module")
def small_gold(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gold")
    for split in ("corpus", "synthetic"):
        (root / split).mkdir()
        first = sorted((GOLD / split).glob("*.yaml"))[0]
        shutil.copy(first, root / split / first.name)
    return root


def test_eval_cli_json_scores_both_halves(small_gold: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "--gold", str(small_gold), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report["splits"]) == {"corpus", "synthetic", "all"}
    total = report["splits"]["all"]["entities"]
    halves = [report["splits"][s]["entities"] for s in ("corpus", "synthetic")]
    assert total["tp"] == sum(h["tp"] for h in halves)
    assert total["tp"] + total["fn"] == sum(h["tp"] + h["fn"] for h in halves)
    assert {p["split"] for p in report["passages"]} == {"corpus", "synthetic"}
    assert all("entity_misses" in p and "relation_false_positives" in p for p in report["passages"])


def test_eval_cli_tables_for_one_split(small_gold: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "--gold", str(small_gold), "--split", "corpus", "--show-errors", "3"])
    assert result.exit_code == 0, result.output
    assert "entities by label" in result.output and "relations by type" in result.output
    assert "synthetic:" not in result.output
    assert result.output.count("entities by label") == 1, "the corpus tables are printed again as 'all'"
    assert "all:" not in result.output


def test_eval_cli_malformed_gold_is_a_clean_error(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("id: bad\nsource: corpus\ntext: 文本\nrelations:\n"
                                       "  - {type: CITES, source: 'Document:@', target: 'Policy:无'}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--gold", str(tmp_path)])
    assert result.exit_code == 1
    assert "bad.yaml" in result.output and "Policy:无" in result.output
