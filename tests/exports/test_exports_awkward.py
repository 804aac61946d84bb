"""The awkward build the export tests also run on: it holds the names it is meant to, and its evidence
offsets point at the sentence in texts/ even past characters outside the BMP."""

from __future__ import annotations

import json
from pathlib import Path

from kg.graphio import read_graph_dir


def test_the_awkward_build_holds_the_awkward_names(awkward_graph_dir: Path) -> None:
    nodes, edges = read_graph_dir(awkward_graph_dir)
    ids = {n.id for n in nodes}
    assert {"Enterprise:天津A\\B精密机械有限公司", "Project:A\\n精密轴承项目", "Enterprise:天津<阿>&贝科技有限公司",
            "Enterprise:贝|DEVELOPS|丙科技有限公司", "Enterprise:天津𠀀𠀁科技有限公司", "Policy:天津市A|B;C促进办法",
            "Policy:😀𠀀发展条例", "Enterprise:天津ABC科技有限公司", "Enterprise:天津壹贰科技有限公司"} <= ids
    assert "O'Neil智能制造产业园" in next(n for n in nodes if n.id == "Park:ONeil智能制造产业园").aliases
    assert not any("\ufffe" in line or "\uffff" in line
                   for name in ("nodes.jsonl", "edges.jsonl")
                   for line in (awkward_graph_dir / name).read_text(encoding="utf-8").splitlines())
    texts = {}
    for edge in edges:
        for ev in edge.evidence:
            text = texts.setdefault(ev.doc, (awkward_graph_dir / "texts" / f"{ev.doc}.txt").read_text(encoding="utf-8"))
            assert text[ev.start:ev.end] == ev.sentence, json.dumps(ev.model_dump(), ensure_ascii=False)
    assert any("𠀀" in ev.sentence for edge in edges for ev in edge.evidence)
