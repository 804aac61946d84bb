"""The indexed trade-name merge gives the same mapping as the plain shorts × fulls scan."""

from __future__ import annotations

import json
from pathlib import Path

from kg.naming import _GROUP_FIRM, _in_order, _strip_suffixes, enterprise_core, merge_trade_names


def _reference(names: set[str]) -> dict[str, str]:
    """merge_trade_names as first written: every short name against every full name (and group, for a bare brand)."""
    fulls = sorted(n for n in names if n.endswith("公司"))
    mapping: dict[str, str] = {}
    for short in sorted(names - set(fulls)):
        core = _strip_suffixes(short)
        if len(core) < 2:
            continue
        hits = [f for f in fulls if core[:2] in f and _in_order(core, f)
                and (_GROUP_FIRM.search(f) or not short.endswith("集团"))]
        if not hits and core == short and len(core) >= 3:
            hits = [g for g in names if g.endswith("集团") and g != short and enterprise_core(g).startswith(core)]
        if len(hits) == 1:
            mapping[short] = hits[0]
    return mapping


def _enterprise_names(build: Path) -> set[str]:
    names: set[str] = set()
    with open(build / "nodes.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["label"] == "Enterprise":
                names.add(row["name"])
                names.update(row.get("aliases", []))
    return names


def _derived_shorts(names: set[str]) -> set[str]:
    """Short forms made from the full names (core, core + 集团, brand + last character)."""
    out: set[str] = set()
    for name in names:
        if name.endswith("公司"):
            core = enterprise_core(name)
            out.update({core, core + "集团", core[:2] + core[-1:], core[1:]})
    return out


def test_index_matches_reference_on_corpus_names(corpus_build: Path) -> None:
    names = _enterprise_names(corpus_build)
    assert any(n.endswith("公司") for n in names)
    assert merge_trade_names(names) == _reference(names)


def test_index_matches_reference_with_derived_short_forms(corpus_build: Path) -> None:
    names = _enterprise_names(corpus_build)
    names |= _derived_shorts(names)
    mapping = merge_trade_names(names)
    assert mapping, "the derived short forms should merge somewhere"
    assert mapping == _reference(names)
