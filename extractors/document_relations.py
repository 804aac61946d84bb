"""``kg_document_relations``: what a document cites and who issued it.

Runs after ``kg_overlaps``, so it sees the final mentions:

- ``CITES`` from ``Document:<doc_id>`` to every Policy mentioned in the text,
  and from the Policy of a plan part to the Policies mentioned inside that
  part (a part does not cite itself);
- ``ISSUED_BY`` from the Document to its publisher (``Document.publisher``) and
  to every header line before the body that is an organisation name (the
  cover of a plan names its drafters), with an Organization mention where the
  text names it and the header line as evidence; the plan parts of a notice
  are issued by the notice's publisher.

Example:
    >>> import spacy
    >>> from extractors.base import init_doc, text_of
    >>> from extractors.policies import PolicyRuler
    >>> from schema import Document
    >>> text = "发布机构:北辰区人民政府\\n落实《北辰区促进就业工作实施方案》。"
    >>> d = Document(doc_id="t", source_file="t", sha256="", text=text, publisher="北辰区人民政府")
    >>> doc = PolicyRuler()(init_doc(spacy.blank("zh").make_doc(text), d))
    >>> doc = DocumentRelations()(doc)
    >>> sorted((r.type.value, r.target.name) for r in doc._.kg_relations)
    [('CITES', '北辰区促进就业工作实施方案'), ('ISSUED_BY', '北辰区人民政府')]
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extractors.base import document_of, mentions_of, relation, relations_of, sentence_span, text_of
from extractors.base import load_yaml
from extractors.policy_names import policy_name, same_title
from extractors.name_filters import joint_bodies
from extractors.policy_links import (
    document_issuers,
    own_policy,
    policy_issuers,
    reported_cites,
    reported_targets,
)
from schema import Document, Label, Mention, RelationMention, RelType, Span

DATA = Path(__file__).with_name("data") / "policy_issuers.yml"


class DocumentRelations:
    """Add CITES and ISSUED_BY for the document and its plan parts."""

    def __init__(self, nlp: Language | None = None, name: str = "kg_document_relations", *,
                 issuers_path: str | None = None) -> None:
        self.name = name
        data = load_yaml(Path(issuers_path) if issuers_path else DATA)
        self.org_suffixes = tuple(sorted(data["org_suffixes"], key=len, reverse=True))
        self.max_length = int(data["max_length"])

    def __call__(self, doc: Doc) -> Doc:
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    def match(self, doc: Doc) -> tuple[list[Mention], list[RelationMention]]:
        """Organization mentions for the issuers, and the CITES/ISSUED_BY relations."""
        document = document_of(doc)
        issuers = self._issuers(doc, document)
        relations = self._cites(doc, document)
        relations += self._policy_links(doc, document)
        own = (Label.DOCUMENT, document.doc_id)
        for org in issuers:
            line = _line(text_of(doc), org.start)
            relations.append(relation(RelType.ISSUED_BY, own, (Label.ORGANIZATION, org.name), line,
                                      "document.issuer"))
        bodies = joint_bodies(_clean(document.publisher)) if document.publisher else []
        for publisher in [o for o in issuers if o.name in bodies or o.text in bodies]:  # a joint notice: each issuer
            line = _line(text_of(doc), publisher.start)
            for part in document.parts:
                relations.append(relation(RelType.ISSUED_BY, (Label.POLICY, policy_name(part.title)),
                                          (Label.ORGANIZATION, publisher.name), line,
                                          "document.part_issuer"))
            relations += _enclosed_issued(doc, document, publisher)
        return issuers, relations

    def set_annotations(self, doc: Doc, matches: tuple[list[Mention], list[RelationMention]]) -> None:
        """Append the issuer mentions (unless already there) and the relations."""
        mentions = mentions_of(doc)
        present = {(m.label, m.start, m.end) for m in mentions}
        mentions.extend(m for m in matches[0] if (m.label, m.start, m.end) not in present)
        rels = relations_of(doc)
        rels[:] = reported_targets(text_of(doc), mentions, rels, document_of(doc)) + matches[1]

    def _policy_links(self, doc: Doc, document: Document) -> list[RelationMention]:
        """ISSUED_BY of policies named with their issuer, and of the document by its drafters."""
        text, mentions = text_of(doc), mentions_of(doc)

        def sentence(pos: int) -> Span:
            return sentence_span(doc, pos)

        return (policy_issuers(text, mentions, sentence) + document_issuers(text, mentions, document, sentence)
                + reported_cites(text, mentions, sentence))

    # -- CITES -------------------------------------------------------------------

    def _cites(self, doc: Doc, document: Document) -> list[RelationMention]:
        out: list[RelationMention] = []
        seen: set[tuple[str, str, int]] = set()
        parts = [(p, policy_name(p.title)) for p in document.parts]
        itself = own_policy(document)
        for m in sorted(mentions_of(doc), key=lambda m: m.start):
            if m.label != Label.POLICY:
                continue
            evidence = sentence_span(doc, m.start, m.end)
            sources = [(Label.DOCUMENT, document.doc_id)] if not same_title(m.name, itself) else []
            sources += [(Label.POLICY, name) for part, name in parts
                        if part.start <= m.start < part.end and name != m.name]
            for source in sources:
                key = (source[1], m.name, evidence.start)
                if key not in seen:
                    seen.add(key)
                    out.append(relation(RelType.CITES, source, (Label.POLICY, m.name), evidence,
                                        "document.cites"))
        return out

    # -- ISSUED_BY -----------------------------------------------------------------

    def _issuers(self, doc: Doc, document: Document) -> list[Mention]:
        """Organization mentions for the publisher and the organisation lines of the header."""
        text, out = text_of(doc), []
        names = joint_bodies(_clean(document.publisher)) if document.publisher else []
        header_end = document.body_start or _first_body_line(text)
        for line in re.finditer(r"[^\n]+", text[:header_end]):
            value = _clean(line.group())
            if len(value) <= self.max_length and value.endswith(self.org_suffixes) \
                    and re.fullmatch(r"[\u4e00-\u9fff()]+", value):
                names += [part for part in joint_bodies(value) if part not in names]
        found = {(m.start, m.end): m.name for m in mentions_of(doc) if m.label == Label.ORGANIZATION}
        for name in names:
            at = _find_name(text, name)
            if at is not None:  # the name the body was found by (…管委会 is …管理委员会), else as written
                out.append(Mention(label=Label.ORGANIZATION, text=text[at[0]:at[1]], name=found.get(at, name),
                                   start=at[0], end=at[1], rule="document.issuer"))
        return out


#: A notice's title issuing the policies it encloses: 关于印发《X》的通知 (not 转发: another body's policy).
_ISSUES = re.compile(r"(?:印发|发布|颁布)《([^》]{4,80})》")


def _enclosed_issued(doc: Doc, document: Document, publisher: Mention) -> list[RelationMention]:
    """ISSUED_BY from the policies a notice's title issues (关于印发《…若干措施》的通知) to its publisher, with
    the title as evidence; only policies the text names (so the names are the policy rules' own)."""
    at = _find_name(text_of(doc), document.title or "") if document.title else None
    if at is None:
        return []
    named = {m.name for m in mentions_of(doc) if m.label == Label.POLICY}
    line = _line(text_of(doc), at[0])
    return [relation(RelType.ISSUED_BY, (Label.POLICY, name), (Label.ORGANIZATION, publisher.name), line,
                     "document.enclosed_issuer")
            for m in _ISSUES.finditer(document.title or "") if (name := policy_name(m.group(1))) in named]


def _clean(value: str) -> str:
    return re.sub(r"\s", "", value)


def _find_name(text: str, name: str) -> tuple[int, int] | None:
    """Where ``name`` first occurs, allowing spaces inside it in the text."""
    pattern = r"\s*".join(map(re.escape, name))
    hit = re.search(pattern, text)
    return (hit.start(), hit.end()) if hit else None


def _line(text: str, offset: int) -> Span:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end)


def _first_body_line(text: str) -> int:
    """Fallback header end: the first line that reads as running text (ends a sentence)."""
    hit = re.search(r"[。!?！？]", text)  # linear: find the mark, then go back to its line start
    return text.rfind("\n", 0, hit.start()) + 1 if hit else min(len(text), 300)
