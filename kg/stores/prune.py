"""``kg load neo4j --prune``: delete from the store what the build no longer has.

A load only merges, so after a document is removed from the corpus its facts
would stay in the server. Pruning reads the ids the server holds, compares
them with the build, and deletes the difference in batches (relationships
first, then nodes with ``DETACH DELETE``), each batch one transaction. Ids
are content ids (``Label:name``), so the label of every endpoint is known
without asking the server, and every delete runs on the id index.

Example:
    >>> from schema import Node, Label
    >>> stale_nodes([Node(id="Town:双街镇", label=Label.TOWN, name="双街镇")],
    ...             {Label.TOWN: ["Town:双街镇", "Town:西堤头镇"]})
    {<Label.TOWN: 'Town'>: ['Town:西堤头镇']}
"""

from __future__ import annotations

from dataclasses import dataclass

from kg import cypher
from kg.stores.bolt import BoltClient
from kg.stores.rows import batches
from schema.graph import Edge, Node
from schema.ontology import Label, RelType

EdgeKey = tuple[Label, Label]


@dataclass
class PruneCount:
    """Nodes and relationships a prune deleted."""

    nodes: int = 0
    relationships: int = 0


def _label_of(node_id: str) -> Label | None:
    head = node_id.split(":", 1)[0]
    return Label(head) if head in Label._value2member_map_ else None


def stale_nodes(nodes: list[Node], stored: dict[Label, list[str]]) -> dict[Label, list[str]]:
    """Per label, the stored ids that the build does not have (sorted)."""
    keep = {n.id for n in nodes}
    out = {lab: sorted(i for i in ids if i not in keep) for lab, ids in stored.items()}
    return {lab: ids for lab, ids in out.items() if ids}


def stale_edges(edges: list[Edge], rel: RelType, stored: list[tuple[str, str]]) -> dict[EdgeKey, list[dict[str, str]]]:
    """The stored ``(source, target)`` pairs of ``rel`` that the build does not have, by endpoint labels."""
    keep = {(e.source, e.target) for e in edges if e.type == rel}
    out: dict[EdgeKey, list[dict[str, str]]] = {}
    for source, target in sorted(set(stored) - keep):
        labels = (_label_of(source), _label_of(target))
        if labels[0] is not None and labels[1] is not None:
            out.setdefault(labels, []).append({"source": source, "target": target})
    return out


def _delete(client: BoltClient, query: str, rows: list[dict[str, str]], budget: int, what: str) -> int:
    for batch in batches(rows, 1000, budget):
        client.write_batch(query, batch, what=what)
    return len(rows)


def prune(client: BoltClient, nodes: list[Node], edges: list[Edge], budget: int) -> PruneCount:
    """Delete the relationships and nodes in the store that are not in the build."""
    count = PruneCount()
    for rel in RelType:
        stored = [(r["source"], r["target"]) for r in client.run(cypher.edge_ids(rel), what=f"{rel.value} ids")]
        stale = stale_edges(edges, rel, stored)
        for (src, dst), rows in sorted(stale.items(), key=lambda kv: (kv[0][0].value, kv[0][1].value)):
            count.relationships += _delete(client, cypher.edge_delete(rel, src, dst), rows, budget,
                                           f"prune {rel.value} {src.value}->{dst.value}")
    stored_ids = {lab: [r["id"] for r in client.run(cypher.node_ids(lab), what=f"{lab.value} ids")] for lab in Label}
    for lab, ids in stale_nodes(nodes, stored_ids).items():
        count.nodes += _delete(client, cypher.node_delete(lab), [{"id": i} for i in ids], budget,
                               f"prune {lab.value} nodes")
    return count
