"""The gold set itself: every file loads, the corpus half covers the ontology and is verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.gold import GoldPassage, gold_files, load_gold, load_passage, norm_name
from schema.ontology import ENTITY_LABELS, RelType

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
RAW = ROOT / "data" / "raw"
CORPUS_FILES = sorted((GOLD / "corpus").glob("*.yaml"))


def _corpus() -> list[GoldPassage]:
    return [p for p in load_gold(GOLD) if p.source == "corpus"]


@pytest.mark.parametrize("path", gold_files(GOLD), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_file_loads_and_validates(path: Path) -> None:
    passage = load_passage(path)
    assert passage.id == path.stem
    assert passage.source == path.parent.name


def test_gold_ids_are_unique_across_halves() -> None:
    passages = load_gold(GOLD)
    assert len({p.id for p in passages}) == len(passages)


def test_corpus_gold_size() -> None:
    corpus = _corpus()
    assert len(corpus) >= 14
    assert sum(len(p.text) for p in corpus) >= 27_000


def test_corpus_gold_covers_every_label_and_type() -> None:
    corpus = _corpus()
    labels = {e.label for p in corpus for e in p.entities}
    types = {r.type for p in corpus for r in p.relations}
    assert labels == set(ENTITY_LABELS)
    assert types == set(RelType) - {RelType.MENTIONS}


def test_corpus_gold_draws_on_all_five_files() -> None:
    docs = {p.doc for p in _corpus()}
    assert docs == {path.stem for path in RAW.glob("*.txt")}


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_passage_is_verbatim_excerpt(path: Path) -> None:
    passage = load_passage(path)
    assert passage.doc and passage.start_line and passage.end_line
    lines = (RAW / f"{passage.doc}.txt").read_text(encoding="utf-8").split("\n")
    assert "\n".join(lines[passage.start_line - 1 : passage.end_line]) == passage.text
    above = lines[: passage.start_line - 1]
    for heading in passage.context:
        assert heading in above, f"context line {heading!r} is not a line above the excerpt"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_entities_occur_in_their_passage(path: Path) -> None:
    passage = load_passage(path)
    text = norm_name(passage.input_text)
    absent = [e.key for e in passage.entities if not any(form in text for form in e.forms())]
    assert absent == []


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_names_are_written_normalised(path: Path) -> None:
    passage = load_passage(path)
    forms = [n for e in passage.entities for n in (e.name, *e.aliases)]
    assert [n for n in forms if n != norm_name(n)] == []
