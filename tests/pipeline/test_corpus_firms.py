"""The corpus pass (kg/corpus_firms.py): a document writing only the short name of a company another document
registers names that company, in clean, incremental and parallel builds alike."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extractors.short_names import firm_forms
from kg.buildkey import MANIFEST
from kg.cache import CACHE_DIR
from kg.corpus_firms import FormIndex, digest, known_firms
from kg.ingest import read_document
from kg.pipeline import BuildStats, build, extract_graph
from schema import DocumentFacts, Label, Mention
from tests.pipeline.conftest import MEDIUM, RAW, assert_same_tree

#: The corpus's 2021 plan registers the e-commerce platform 果梦源(天津)科技发展有限公司; the news writes 果梦源.
FIRM = "果梦源(天津)科技发展有限公司"
NEWS = "100_news"
NEWS_TEXT = ("北辰区电商平台建设稳步推进\n\n2023年5月，果梦源在双街镇投资建设农产品电商直播基地，总投资1.2亿元。"
             "果梦源负责人表示，基地年内建成投用。\n")


def _input(folder: Path, plan: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{NEWS}.txt").write_text(NEWS_TEXT, encoding="utf-8")
    if plan:
        shutil.copyfile(RAW / f"{MEDIUM}.txt", folder / f"{MEDIUM}.txt")
    return folder


def _build(raw: Path, out: Path, **kwargs: object) -> BuildStats:
    stats = BuildStats()
    build(raw, out, stats=stats, **kwargs)
    return stats


def _edges(out: Path) -> set[tuple[str, str, str]]:
    rows = [json.loads(line) for line in (out / "edges.jsonl").read_text(encoding="utf-8").splitlines()]
    return {(row["type"], row["source"], row["target"]) for row in rows}


def test_the_news_names_the_firm_the_plan_registers(tmp_path: Path) -> None:
    out = tmp_path / "graph"
    stats = _build(_input(tmp_path / "raw"), out)
    assert stats.refined == [NEWS]
    edges = _edges(out)
    assert ("MENTIONS", f"Document:{NEWS}", f"Enterprise:{FIRM}") in edges
    assert ("LOCATED_IN", f"Enterprise:{FIRM}", "Town:双街镇") in edges

    alone = tmp_path / "alone"
    assert _build(_input(tmp_path / "news", plan=False), alone).refined == []
    assert not [e for e in _edges(alone) if e[2].startswith("Enterprise:") or e[1].startswith("Enterprise:")]


def test_extract_graph_makes_the_same_pass(tmp_path: Path) -> None:
    raw = _input(tmp_path / "raw")
    documents = [read_document(raw / f"{name}.txt", root=raw) for name in (MEDIUM, NEWS)]
    _, edges = extract_graph(documents)
    assert ("LOCATED_IN", f"Enterprise:{FIRM}", "Town:双街镇") in {(e.type.value, e.source, e.target) for e in edges}


def test_adding_and_removing_the_registering_document_equal_clean_builds(tmp_path: Path) -> None:
    raw, out = _input(tmp_path / "raw", plan=False), tmp_path / "graph"
    assert _build(raw, out).extracted == [NEWS]

    shutil.copyfile(RAW / f"{MEDIUM}.txt", raw / f"{MEDIUM}.txt")
    added = _build(raw, out)
    assert (added.extracted, added.cached, added.refined) == ([MEDIUM], [NEWS], [NEWS])
    assert_same_tree(out, _clean(raw, tmp_path / "clean-added"))

    (out / CACHE_DIR / MANIFEST).unlink()  # rebuilt from the cache: the second extraction is cached too
    again = _build(raw, out)
    assert (again.extracted, again.refined, again.refined_cached) == ([], [], [NEWS])
    assert_same_tree(out, _clean(raw, tmp_path / "clean-again"))

    (raw / f"{MEDIUM}.txt").unlink()
    removed = _build(raw, out)
    assert (removed.extracted, removed.cached, removed.refined) == ([], [NEWS], [])
    assert_same_tree(out, _clean(raw, tmp_path / "clean-removed"))
    assert FIRM not in (out / "nodes.jsonl").read_text(encoding="utf-8")


def _clean(raw: Path, out: Path) -> Path:
    stats = _build(raw, out, cache=False)
    assert stats.cached == [] == stats.refined_cached
    return out


@pytest.mark.parametrize("news", [1, 3])  # one document read again in this process, three in the workers
def test_jobs_2_equals_jobs_1(tmp_path: Path, news: int) -> None:
    raw = _input(tmp_path / "raw")
    for i in range(1, news):
        (raw / f"{NEWS}{i}.txt").write_text(NEWS_TEXT.replace("2023年5月", f"2024年{i}月"), encoding="utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    assert len(_build(raw, one, jobs=1, cache=False).refined) == news
    assert len(_build(raw, two, jobs=2, cache=False).refined) == news
    for name in ("nodes.jsonl", "edges.jsonl", "kg.graphml"):
        assert (one / name).read_bytes() == (two / name).read_bytes()


def _facts(doc_id: str, *firms: str) -> DocumentFacts:
    mentions = [Mention(label=Label.ENTERPRISE, text=f, name=f, start=0, end=len(f), rule="t") for f in firms]
    forms = {form: sorted(names) for form, names in firm_forms(set(firms), set()).items()}
    return DocumentFacts(doc_id=doc_id, mentions=mentions, mention_sections=["" for _ in mentions], firm_forms=forms)


@pytest.mark.parametrize(("own", "expected"), [
    ((), {"力神电池": "天津力神电池股份有限公司"}),
    (("天津力神电池股份有限公司",), {}),  # the text registers it itself: the first extraction found it
])
def test_known_firms(own: tuple[str, ...], expected: dict[str, str]) -> None:
    from kg.corpus_firms import corpus_forms

    index = FormIndex(corpus_forms([_facts("a", "天津力神电池股份有限公司")]))
    assert known_firms(_facts("b", *own), "依托一汽丰田、力神电池，延伸汽车产业链。", index) == expected


def test_a_form_two_registered_names_give_is_known_to_no_document() -> None:
    from kg.corpus_firms import corpus_forms

    index = FormIndex(corpus_forms([_facts("a", "中芯国际集成电路制造(天津)有限公司"),
                                    _facts("b", "中芯国际集成电路制造(北京)有限公司")]))
    assert known_firms(_facts("c"), "以中芯国际为链主。", index) == {}


def test_heads_found_where_they_overlap() -> None:
    index = FormIndex({"乐金显示": {"乐金显示(广州)有限公司"}, "金显示器": {"金显示器有限公司"}})
    assert index.written_in("乐金显示器") == ["乐金显示", "金显示器"]


def test_digest_does_not_depend_on_order() -> None:
    assert digest({"a": "x", "b": "y"}) == digest({"b": "y", "a": "x"}) != digest({"a": "x"})
