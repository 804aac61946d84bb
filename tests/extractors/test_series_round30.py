"""Rules of the thirtieth session (docs/quality.md), on short texts in the series' genres."""

from __future__ import annotations

from tests.extractors.series_graphs import names_of, series_graph


def test_a_verb_of_attending_or_founding_opens_no_school_name() -> None:
    projects = names_of(series_graph(
        "苏州工业园区人才若干措施\n\n外籍人才子女可申请就读苏州新加坡国际学校、苏州德威国际高级中学等国际化学校。"
        "人才子女可入读星海实验中学。嘉庚先生创办集美学校时就提出“诚毅”校训。\n")[0], "Project")
    assert {"苏州新加坡国际学校", "苏州德威国际高级中学", "星海实验中学", "集美学校"} <= projects
    assert not [name for name in projects if any(verb in name for verb in ("申请", "就读", "入读", "创办"))], projects
