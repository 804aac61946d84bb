"""Relations found in the thirteenth session's probe texts (a groundbreaking ceremony's news, a zone's profile)."""

from __future__ import annotations

from extractors.pipeline import extract
from kg.ingest import document_from_text


def _relations(sentence: str, kind: str) -> set[tuple[str, str]]:
    ex = extract(document_from_text("标题\n\n" + sentence + "\n", doc_id="r"))
    return {(r.source.name, r.target.name) for r in ex.relations if r.type.value == kind}


def test_a_parents_wholly_owned_subsidiary_written_after_it() -> None:
    found = _relations("该项目由隆基绿能科技股份有限公司全资子公司西安隆基乐叶光伏科技有限公司投资建设。", "SUBSIDIARY_OF")
    assert found == {("西安隆基乐叶光伏科技有限公司", "隆基绿能科技股份有限公司")}  # not 基绿能… (由隆|基 cut)


def test_a_subsidiary_list_ends_where_以及_opens_another_group() -> None:
    found = _relations("南瑞集团旗下国电南瑞科技股份有限公司、南京南瑞继保电气有限公司以及国电南京自动化股份有限公司、"
                       "西门子电力自动化有限公司等120余家企业。", "SUBSIDIARY_OF")
    assert found == {("国电南瑞科技股份有限公司", "南瑞集团"), ("南京南瑞继保电气有限公司", "南瑞集团")}
