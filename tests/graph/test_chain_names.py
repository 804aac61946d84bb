"""Chains named by a taxonomy alias in one document and by its canonical name in another are one chain."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline import build


def _chains(out: Path) -> dict[str, list[str]]:
    import json

    rows = [json.loads(line) for line in (out / "nodes.jsonl").read_text(encoding="utf-8").splitlines()]
    return {r["name"]: r["aliases"] for r in rows if r["label"] == "IndustryChain"}


def test_an_alias_joins_the_canonical_chain_another_document_writes(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("A区2022年报告\n\n做强高端装备制造产业。\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("A区2023年报告\n\n发展高端装备产业，发展文化旅游产业。\n", encoding="utf-8")
    build(tmp_path / "in", tmp_path / "out", cache=False)
    chains = _chains(tmp_path / "out")
    assert chains["高端装备制造"] == ["高端装备"]
    assert "文化旅游" in chains and "休闲旅游" not in chains  # the corpus never writes the canonical name
