"""Incremental builds: only new or changed documents are extracted; the result equals a clean build."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from kg.buildkey import MANIFEST
from kg.cache import CACHE_DIR, pipeline_fingerprint, source_files
from kg.pipeline import BuildStats, build
from tests.pipeline.conftest import MEDIUM, RAW, SMALL, assert_same_tree, tree_bytes


def _build(raw: Path, out: Path, **kwargs: object) -> BuildStats:
    stats = BuildStats()
    build(raw, out, stats=stats, **kwargs)
    return stats


def _clean_equals(raw: Path, out: Path, tmp_path: Path, name: str) -> None:
    clean = tmp_path / f"clean-{name}"
    stats = _build(raw, clean, cache=False)
    assert stats.cached == []
    assert_same_tree(out, clean)


def test_add_change_remove_equal_clean_builds(tmp_path: Path, small_input: Path) -> None:
    out = tmp_path / "graph"
    assert sorted(_build(small_input, out).extracted) == sorted(SMALL)

    again = _build(small_input, out)
    assert again.kept and again.extracted == [] == again.cached  # nothing changed: the folder is kept (kg.buildkey)
    (out / CACHE_DIR / MANIFEST).unlink()
    again = _build(small_input, out)
    assert not again.kept and again.extracted == [] and sorted(again.cached) == sorted(SMALL)
    _clean_equals(small_input, out, tmp_path, "unchanged")

    shutil.copyfile(RAW / f"{MEDIUM}.txt", small_input / f"{MEDIUM}.txt")
    added = _build(small_input, out)
    assert added.extracted == [MEDIUM]
    _clean_equals(small_input, out, tmp_path, "added")

    changed = small_input / f"{SMALL[1]}.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n北辰区人民政府与天津医药集团签署战略合作协议。\n",
                       encoding="utf-8")
    assert _build(small_input, out).extracted == [SMALL[1]]
    _clean_equals(small_input, out, tmp_path, "changed")

    (small_input / f"{SMALL[0]}.txt").unlink()
    removed = _build(small_input, out)
    assert removed.extracted == [] and SMALL[0] not in removed.cached
    _clean_equals(small_input, out, tmp_path, "removed")
    files = tree_bytes(out)
    assert not any(SMALL[0] in name for name in files)
    nodes = (out / "nodes.jsonl").read_text(encoding="utf-8")
    assert f"Document:{SMALL[0]}" not in nodes
    assert all(SMALL[0] not in json.loads(line)["docs"] for line in nodes.splitlines())


def test_other_fingerprint_or_broken_entry_is_not_used(tmp_path: Path, small_input: Path) -> None:
    out = tmp_path / "graph"
    _build(small_input, out)
    entries = sorted((out / CACHE_DIR).glob("*/*.json"))  # one entry per document
    assert len(entries) == len(SMALL)
    assert all(e.name.endswith(f"-{pipeline_fingerprint()}.json") for e in entries)
    stale = entries[0].with_name(entries[0].name.replace(pipeline_fingerprint(), "0" * 16))
    entries[0].rename(stale)
    entries[1].write_text("{not json", encoding="utf-8")
    stats = _build(small_input, out)
    assert sorted(stats.extracted) == sorted(e.parent.name for e in entries[:2])
    assert not stale.exists()  # entries of other pipelines are not carried over
    _clean_equals(small_input, out, tmp_path, "fingerprint")


def test_changed_text_of_previous_build_is_not_trusted(tmp_path: Path, small_input: Path) -> None:
    out = tmp_path / "graph"
    _build(small_input, out)
    (out / "texts" / f"{SMALL[2]}.txt").write_text("被改动的文本", encoding="utf-8")
    assert _build(small_input, out).extracted == [SMALL[2]]
    _clean_equals(small_input, out, tmp_path, "texts")


def test_fingerprint_covers_rules_and_data() -> None:
    names = {name for name, _ in source_files()}
    assert {"extractors/config.cfg", "extractors/relations.py", "kg/extract.py"} <= names
    assert any(n.startswith("extractors/data/") for n in names)
    assert any(n.startswith("kg/ingest/") for n in names)


def test_entry_of_the_pydantic_form_is_not_used(tmp_path: Path, small_input: Path) -> None:
    """Entries written before the compact form (format 2) are extracted again, never misread."""
    from kg.factcodec import decode_facts

    out = tmp_path / "graph"
    _build(small_input, out)
    entry = sorted((out / CACHE_DIR).glob("*/*.json"))[0]
    header, facts = decode_facts(entry.read_bytes())
    old = {key: header[key] for key in ("doc_id", "sha256", "fingerprint", "text_sha256")}
    entry.write_text(json.dumps({**old, "facts": facts.model_dump(mode="json")}, ensure_ascii=False), encoding="utf-8")
    assert _build(small_input, out).extracted == [entry.parent.name]
    _clean_equals(small_input, out, tmp_path, "pydantic-form")


_REBUILD = """
import json, sys
from kg.pipeline import BuildStats, build
stats = BuildStats()
build(sys.argv[1], sys.argv[2], stats=stats)
print(json.dumps({"extracted": stats.extracted, "cached": len(stats.cached), "kept": stats.kept,
                  "load": stats.timer.seconds.get("load", 0.0), "spacy_here": "spacy" in sys.modules,
                  "prepared": stats.prepared}))
"""


def _rebuild_in_fresh_process(raw: Path, out: Path) -> dict:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", _REBUILD, str(raw), str(out)], cwd=root,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_rebuild_with_a_new_file_extracts_it_in_a_worker_while_this_process_reads_the_cache(
        tmp_path: Path, small_input: Path) -> None:
    out = tmp_path / "graph"
    first = _rebuild_in_fresh_process(small_input, out)
    assert sorted(first["extracted"]) == sorted(SMALL) and first["spacy_here"]  # nothing cached: in this process
    assert first["prepared"] == 0
    shutil.copyfile(RAW / f"{MEDIUM}.txt", small_input / f"{MEDIUM}.txt")
    added = _rebuild_in_fresh_process(small_input, out)
    assert added["extracted"] == [MEDIUM] and added["cached"] == len(SMALL)
    assert not added["spacy_here"]  # the worker loaded the pipeline, this process only read the cache
    assert added["prepared"] == len(SMALL)  # ... and made their share of resolution (kg.doc_parts) meanwhile
    assert added["load"] > 0  # the worker reports its load time
    _clean_equals(small_input, out, tmp_path, "added-in-worker")
    unchanged = _rebuild_in_fresh_process(small_input, out)
    assert unchanged["kept"] and unchanged["extracted"] == [] and not unchanged["spacy_here"] and unchanged["load"] == 0
