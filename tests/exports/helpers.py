"""Helpers shared by the export and notebook tests: one corpus build per session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def corpus_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build ``data/raw`` into the session's temporary folder once and return the folder."""
    from kg.pipeline import build

    out = tmp_path_factory.getbasetemp() / "corpus_graph"
    if not (out / "nodes.jsonl").is_file():
        build(REPO / "data" / "raw", out)
    return out


#: A notice whose names and sentences hold what trips writers and readers: quotes, backslashes (and a
#: literal backslash-n), the CSV and array delimiters, XML's <>&, the ``|`` of GraphML edge ids, a
#: tab, characters outside the BMP (offsets), full-width forms, a zero-width space, U+FFFE and U+FFFF
#: (which XML cannot carry), names of digits and of ``true``/``null``.
AWKWARD_LINES = (
    "北辰区关于加快重点项目建设的通知",
    "发布日期:2021-05-10 来源:北辰区人民政府",
    "一、重点项目",
    "北辰区将加快建设O'Neil智能制造产业园项目,推动天津\"双\"城科技有限公司落户北辰经济技术开发区。",
    "天津A\\B精密机械有限公司投资建设A\\n精密轴承项目。",
    "天津<阿>&贝科技有限公司在双街镇建设新材料产业园。",
    "天津阿:贝|DEVELOPS|丙科技有限公司在双街镇建设冷链物流中心项目。",
    "天津𠀀𠀁科技有限公司投资建设😀😀智慧园区项目,该项目位于大张庄镇。",
    "天津ＡＢＣ科技有限公司投资建设ABC数据中心项目。天津零\u200b宽科技有限公司投资建设零\u200b宽仓储项目。",
    "天津123科技有限公司投资建设456项目。天津true科技有限公司投资建设null项目。",
    "天津\t制表科技有限公司投资建设制表项目。天津壹\uffff贰科技有限公司投资建设叁\ufffe肆项目。",
    "认真落实《北辰区\"十四五\"规划'纲要'》和《天津市A|B;C促进办法》,以及《😀𠀀发展条例》。",
)


def awkward_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build a folder holding the :data:`AWKWARD_LINES` notice (next to the corpus document 003) once
    per session and return the build folder."""
    import shutil

    from kg.pipeline import build

    base = tmp_path_factory.getbasetemp()
    out = base / "awkward_graph"
    if not (out / "nodes.jsonl").is_file():
        src = base / "awkward_input"
        src.mkdir(exist_ok=True)
        (src / "awkward.txt").write_text("\n\n".join(AWKWARD_LINES) + "\n", encoding="utf-8")
        shutil.copy(REPO / "data" / "raw" / "003_589e890b1d42e119.txt", src)
        build(src, out)
    return out
