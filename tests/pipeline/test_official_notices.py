"""An official notice (公文) built end to end: its document number under the title, the body and date it is
signed with, the policy its title issues (关于印发《…若干措施》的通知), 经区人民政府同意 as the district's
government. The notice is written the way district governments publish them (another district's wording)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.ingest import read_document
from kg.pipeline import build

NOTICE = """关于印发《东丽区促进生物医药产业高质量发展若干措施》的通知
东政办发〔2023〕12号
各街道办事处，区政府各委、办、局，各有关单位：
经区人民政府同意，现将《东丽区促进生物医药产业高质量发展若干措施》印发给你们，请认真贯彻落实。
为贯彻落实《天津市生物医药产业发展三年行动方案（2021—2023年）》，加快建设东丽湖生物医药产业园，制定本措施。
一、支持天津医科大学与区内企业共建研发平台。
二、本措施自2023年5月1日起施行，有效期三年。
天津市东丽区人民政府办公室
2023年4月20日
"""
POLICY = "东丽区促进生物医药产业高质量发展若干措施"
OFFICE = "天津市东丽区人民政府办公室"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict], list[dict]]:
    root = tmp_path_factory.mktemp("notice")
    (root / "raw").mkdir()
    (root / "raw" / "dongli_notice.txt").write_text(NOTICE, encoding="utf-8")
    build(root / "raw", root / "graph", cache=False)
    nodes = [json.loads(line) for line in (root / "graph" / "nodes.jsonl").open(encoding="utf-8")]
    edges = [json.loads(line) for line in (root / "graph" / "edges.jsonl").open(encoding="utf-8")]
    return root, nodes, edges


def test_the_document_number_line_and_the_signature_are_read(built: tuple[Path, list[dict], list[dict]]) -> None:
    root, _, _ = built
    doc = read_document(root / "raw" / "dongli_notice.txt", root=root / "raw")
    assert (doc.doc_number, doc.publisher, doc.date, doc.kind) == ("东政办发〔2023〕12号", OFFICE, "2023-04-20", "notice")
    assert doc.text[doc.body_start:].startswith("各街道办事处")


def test_the_notice_and_the_policy_its_title_issues_are_issued_by_the_signer(
        built: tuple[Path, list[dict], list[dict]]) -> None:
    _, _, edges = built
    issued = {(e["source"], e["target"]) for e in edges if e["type"] == "ISSUED_BY"}
    assert ("Document:dongli_notice", f"Organization:{OFFICE}") in issued
    assert (f"Policy:{POLICY}", f"Organization:{OFFICE}") in issued
    # the notice is the measures it hands out (NOTES 16, a passage that is itself the titled document): it cites
    # the plan the measures carry out, not the measures
    cited = {e["target"] for e in edges if e["type"] == "CITES" and e["source"] == "Document:dongli_notice"}
    assert "Policy:天津市生物医药产业发展三年行动方案" in cited and f"Policy:{POLICY}" not in cited


def test_by_way_of_the_district_government_is_the_district_government(
        built: tuple[Path, list[dict], list[dict]]) -> None:
    _, nodes, _ = built
    bodies = {n["name"] for n in nodes if n["label"] == "Organization"}
    assert "东丽区人民政府" in bodies
    assert not {name for name in bodies if name.startswith("经")}


def test_a_signature_needs_a_body_above_the_date() -> None:
    from kg.ingest.metadata import parse_header, signature

    assert signature("正文。\n请各单位认真执行。\n2023年4月20日\n") == (None, None)
    assert parse_header("标题\n正文第一段。\n天津市东丽区人民政府办公室\n2023年4月20日").publisher == OFFICE
