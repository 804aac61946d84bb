"""Section nodes: the heading paths of a document that hold mentions, and what they MENTION.

The ontology's bookkeeping label ``Section`` is "a heading path inside a document", and ``MENTIONS``
goes from a Document or a Section to any entity. Resolution gives each document a Section node per
heading path its mentions stand in (``DocumentFacts.mention_sections``; mentions before the first
heading belong to the document alone) and one MENTIONS edge from the section to each entity it names,
with how many times (``count``). MENTIONS carry no evidence of their own in the ontology: the sentence
of an entity's first mention in the document is on the Document's edge, and every relationship's
evidence names its section. (Each section's first sentence as well doubled the graph files and cost a
x10 build about a tenth more time: ``benchmarks/PROFILE.md``.)

A Section's name is its document's id and its path, so that the same headings in two documents
(``第一章 总则``) are two nodes: ``Section:002_34b45a5f1536be31 / 第四章 重点工程 / 三、城镇建设工程``.
Its properties: ``doc``, ``path``, ``heading`` (the path's last part) and ``level`` (its depth).

Example:
    >>> from schema import DocumentFacts, Label, Mention
    >>> m = Mention(label=Label.TOWN, text="双街", name="双街镇", start=9, end=11, rule="t")
    >>> facts = DocumentFacts(doc_id="d", mentions=[m], mention_sections=["一、城镇 / (一)示范镇"])
    >>> nodes, edges = section_graph([("d", section_counts(facts))], {(Label.TOWN, "双街镇"): "Town:双街镇"})
    >>> [(n.id, n.properties["heading"], n.properties["level"]) for n in nodes.values()]
    [('Section:d / 一、城镇 / (一)示范镇', '(一)示范镇', 2)]
    >>> [(e.source, e.target, e.properties) for e in edges]
    [('Section:d / 一、城镇 / (一)示范镇', 'Town:双街镇', {'count': 1})]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from kg.records import trusted
from schema import DocumentFacts, Edge, Label, Node, RelType, node_id

Key = tuple[Label, str]
#: How the parts of a section path are joined (``schema.document.Section.path_str``).
PATH_JOIN = " / "
_NODE_FIELDS = frozenset(("id", "label", "name", "docs", "properties"))
_EDGE_FIELDS = frozenset(("source", "target", "type", "properties"))


def section_name(doc_id: str, path: str) -> str:
    """The name of a document's section: the document's id and the heading path."""
    return f"{doc_id}{PATH_JOIN}{path}"


def section_graph(counted: Iterable[tuple[str, dict[str, Counter[Key]]]], ids: Mapping[Key, str]
                  ) -> tuple[dict[str, Node], list[Edge]]:
    """Section nodes by id and their MENTIONS edges, for every document whose facts carry mention sections.

    Args:
        counted: Each document's id and :func:`section_counts`.
        ids: The node id of each (label, proposed name), as resolution decided it.
    """
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    for doc_id, sections in counted:
        for path, counts in sections.items():
            name = section_name(doc_id, path)
            sid = node_id(Label.SECTION, name)
            nodes[sid] = _node(sid, name, doc_id, path)
            edges.extend(trusted(Edge, {"source": sid, "target": target, "type": RelType.MENTIONS, "evidence": [],
                                        "properties": {"count": count}}, _EDGE_FIELDS)
                         for target, count in _by_node(counts, ids).items())
    return nodes, edges


def section_counts(fact: DocumentFacts) -> dict[str, Counter[Key]]:
    """Per section path of the document (in text order), how often each (label, name) is mentioned in it."""
    named: dict[str, Counter[Key]] = {}
    for m, path in zip(fact.mentions, fact.mention_sections):
        if path:
            named.setdefault(path, Counter())[(m.label, m.name)] += 1
    return named


def _by_node(counts: Counter[Key], ids: Mapping[Key, str]) -> dict[str, int]:
    """``counts`` per node id, in the order the ids are first met."""
    out: dict[str, int] = {}
    for key, count in counts.items():
        nid = ids[key]
        out[nid] = out.get(nid, 0) + count
    return out


def _node(sid: str, name: str, doc_id: str, path: str) -> Node:
    parts = path.split(PATH_JOIN)
    return trusted(Node, {"id": sid, "label": Label.SECTION, "name": name, "aliases": [], "docs": [doc_id],
                          "properties": {"doc": doc_id, "path": path, "heading": parts[-1], "level": len(parts)}},
                   _NODE_FIELDS)
