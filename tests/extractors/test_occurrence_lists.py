"""``extractors.pair_gate.occurrence_lists`` gives, for every surface, what ``name_words.occurrences`` gives.

The surfaces are those the pipeline itself passes (``names._repeats``, ``RelContext.short_form_spans``)
on the corpus and on a long plan that repeats a few hundred enterprise names sharing their first
characters (whose company forms are prefixes of each other), and generated ones.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.name_words import occurrences
from extractors.pair_gate import occurrence_lists
from tests.extractors.test_scan_speedups import corpus_and_gold_texts

_PLACES = ["北辰", "天津", "宁波", "双街", "西堤头"]
_WORDS = ["华瑞", "华瑞达", "恒通", "中科", "新创", "鑫达", "博远", "瑞丰", "汇金", "康泰", "宏图", "天成"]
_TRADES = ["新材料科技", "新材料", "智能装备制造", "生物医药", "现代物流"]


def repeated_names_plan(lines: int = 600, seed: int = 3) -> str:
    """A plan listing enterprises and their projects, each named many times."""
    rng = random.Random(seed)
    firms = sorted({p + w + t + "有限公司" for p in _PLACES for w in _WORDS for t in _TRADES})
    out = ["北辰区重点项目建设计划"]
    for n in range(1, lines + 1):
        a, b = rng.sample(firms, 2)
        out.append(f"（{n}）{a[:-4]}产业园项目：由{a}投资建设，与{b}、{b[:-4]}合作，{a}控股。")
    return "\n".join(out) + "\n"


def _assert_each_as_occurrences(surfaces: list[str], text: str) -> None:
    found = occurrence_lists(surfaces, text)
    assert set(found) == set(surfaces)
    for surface in surfaces:
        assert found[surface] == list(occurrences(surface, text)), surface


def _overlapping(surfaces: list[str]) -> bool:
    """Some surface is a prefix of another (both may match at one position)."""
    ordered = sorted(set(surfaces))
    return any(b.startswith(a) for a, b in pairwise(ordered))


@pytest.fixture(scope="module")
def pipeline_calls() -> dict[str, list[tuple[list[str], str]]]:
    """The ``(surfaces, text)`` of each call the pipeline makes, on the corpus and on the long plan."""
    from extractors import name_repeats, rel_context
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    texts = {"corpus": corpus_and_gold_texts()[:5], "plan": [repeated_names_plan()]}
    calls: dict[str, list[tuple[list[str], str]]] = {kind: [] for kind in texts}
    into: list[list[tuple[list[str], str]]] = []  # the list of the texts being extracted

    def recorded(surfaces: Iterable[str], text: str) -> dict[str, list[tuple[int, int]]]:
        listed = list(surfaces)
        into[-1].append((listed, text))
        return occurrence_lists(listed, text)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(name_repeats, "occurrence_lists", recorded)
        patch.setattr(rel_context, "occurrence_lists", recorded)
        for kind, docs in texts.items():
            into.append(calls[kind])
            for i, text in enumerate(docs):
                extract(document_from_text(text, doc_id=f"{kind}{i}"))
    return calls


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["corpus", "plan"])
def test_pipeline_surfaces_each_as_occurrences(pipeline_calls: dict[str, list[tuple[list[str], str]]],
                                               kind: str) -> None:
    calls = pipeline_calls[kind]
    assert any(len(surfaces) > 20 and _overlapping(surfaces) for surfaces, _ in calls)
    for surfaces, text in calls:
        _assert_each_as_occurrences(surfaces, text)


def test_long_plan_with_every_prefix_of_its_names() -> None:
    """Every prefix of two or more characters of every name (hundreds under one first two characters),
    names inside names, and surfaces that overlap themselves (北辰北辰 in 北辰北辰北辰)."""
    text = repeated_names_plan() + "北辰北辰北辰，华瑞华瑞华瑞华。"
    names = sorted({line[line.index("由") + 1:line.index("投资")] for line in text.splitlines() if "由" in line})
    surfaces = [name[:n] for name in names for n in range(2, len(name) + 1)]
    surfaces += ["北辰北辰", "华瑞华瑞华", "瑞华瑞", "有限公司", "公司", "项目：由"]
    assert len({s for s in surfaces if s.startswith("北辰")}) > 100
    _assert_each_as_occurrences(surfaces, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab园区", min_size=2, max_size=7), max_size=40),
       st.text(alphabet="ab园区 ", max_size=300))
def test_many_surfaces_sharing_prefixes_on_generated_text(surfaces: list[str], text: str) -> None:
    """Many surfaces over four characters: long shared prefixes, prefixes of each other, repeats (abab)."""
    _assert_each_as_occurrences(surfaces, text)
