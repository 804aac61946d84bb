"""A whole build over a folder of deliberately bad and varied files.

Every bad file gets one line in the report and on the console (file,
problem, hint); every good file is still built; the exit code says that
something failed. Extractors survive arbitrary text, and every evidence
offset slices exactly the sentence it quotes.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfmaker import make_pdf

from kg.cli import main
from kg.ingest import document_from_text
from kg.pipeline import extract_graph

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"


def _bad_folder(root: Path) -> dict[str, str]:
    """Write good and bad files; return {bad file name: expected problem fragment}."""
    (root / "nested" / "deeper").mkdir(parents=True)
    shutil.copy(RAW / "003_589e890b1d42e119.txt", root / "nested" / "deeper" / "report2022.txt")
    (root / "gbk.txt").write_bytes("北辰区双街镇推进花卉博览园建设。".encode("gbk"))
    (root / "utf16.txt").write_bytes("北辰区大张庄镇建设栖凤小镇。".encode("utf-16"))
    (root / "page.html").write_text("<html><head><title>北辰新闻</title></head><body><p>推进北辰京津医药谷建设。</p></body></html>",
                                    encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    rng = random.Random(7)
    (root / "junk.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (root / "scan.pdf").write_bytes(make_pdf([[]]))
    (root / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / "README.md").write_text("# notes, not a document\n", encoding="utf-8")
    return {"empty.txt": "empty", "junk.txt": "binary", "scan.pdf": "text layer", "broken.docx": "docx"}


def test_bad_folder_report_and_console(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "graph"
    src.mkdir()
    expected = _bad_folder(src)
    result = CliRunner().invoke(main, ["build", "--input", str(src), "--out", str(out)])
    assert result.exit_code == 1
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert sorted(report["documents"]) == ["gbk", "nested/deeper/report2022", "page", "utf16"]
    problems = {Path(p["file"]).name: p for p in report["problems"]}
    for name, fragment in expected.items():
        assert fragment in problems[name]["problem"].lower() or fragment in problems[name]["hint"].lower(), problems[name]
        assert problems[name]["hint"], name
        assert name in result.stderr
    assert "README.md" not in problems
    nodes = [json.loads(line) for line in (out / "nodes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {"Town:双街镇", "Town:大张庄镇"} <= {n["id"] for n in nodes}


_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
_CHINESE = st.lists(st.sampled_from(["北辰区", "双街镇", "推进", "花卉博览园", "、", "等项目", "建设", "。", "\n",
                                     "天锻", "和", "长荣印刷", "等企业", "成套装备制造产业链", "(一)", "SMC二期", "《规划》",
                                     " ", "１２", "万人", "区长王宝雨", "与", "合作"]), max_size=60).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_TEXT, _CHINESE, st.tuples(_CHINESE, _TEXT).map("".join)))
def test_extractors_survive_any_text_and_offsets_slice_exactly(text: str) -> None:
    document = document_from_text(text, doc_id="h")
    nodes, edges = extract_graph([document])
    assert all(n.id == f"{n.label.value}:{n.name}" for n in nodes)
    for edge in edges:
        for ev in edge.evidence:
            assert document.text[ev.start:ev.end] == ev.sentence
