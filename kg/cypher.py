"""Every Cypher string of kg, in one place.

Labels and relationship types enter Cypher text only as members of the
schema's enums (:class:`schema.ontology.Label`, :class:`schema.ontology.RelType`);
property keys only after :func:`key` has checked them. Every value (ids,
names, property values, evidence) travels as a query parameter.

Example:
    >>> from schema.ontology import Label
    >>> node_merge(Label.TOWN)
    'UNWIND $rows AS row MERGE (n:`Town` {id: row.id}) SET n = row.props'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from schema.ontology import Label, RelType

_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")

#: Probe that only a real Neo4j answers (FalkorDB's Bolt side rejects it).
PROBE_NEO4J = "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition"
#: A trivial query used to open and check a connection.
PING = "RETURN 1 AS ok"


def label(value: Label) -> str:
    """Quote a node label taken from the schema enum."""
    if not isinstance(value, Label):
        raise TypeError(f"not a schema Label: {value!r}")
    return f"`{value.value}`"


def rel_type(value: RelType) -> str:
    """Quote a relationship type taken from the schema enum."""
    if not isinstance(value, RelType):
        raise TypeError(f"not a schema RelType: {value!r}")
    return f"`{value.value}`"


def key(name: str) -> str:
    """Quote a property key after checking it is a plain identifier.

    Example:
        >>> key("ev_doc")
        '`ev_doc`'
    """
    if not _KEY.match(name):
        raise ValueError(f"property key {name!r} is not a plain identifier")
    return f"`{name}`"


# ---------------------------------------------------------------- Bolt loader


def node_merge(lab: Label) -> str:
    """Create or replace nodes of one label; rows are ``{id, props}``."""
    return f"UNWIND $rows AS row MERGE (n:{label(lab)} {{id: row.id}}) SET n = row.props"


def node_append(lab: Label, keys: Iterable[str]) -> str:
    """Append list pieces to nodes' list properties (rows too big for one message)."""
    sets = ", ".join(f"n.{key(k)} = coalesce(n.{key(k)}, []) + row.props.{key(k)}" for k in keys)
    return f"UNWIND $rows AS row MATCH (n:{label(lab)} {{id: row.id}}) SET {sets}"


def edge_merge(rel: RelType, source: Label, target: Label) -> str:
    """Create or replace relationships of one type between two labels.

    Two MATCH clauses (not a comma) so that no engine plans a cross product.
    Rows are ``{source, target, props}``; ``written`` counts the rows whose endpoints were found.
    """
    return (
        f"UNWIND $rows AS row MATCH (a:{label(source)} {{id: row.source}}) "
        f"MATCH (b:{label(target)} {{id: row.target}}) "
        f"MERGE (a)-[r:{rel_type(rel)}]->(b) SET r = row.props RETURN count(r) AS written"
    )


def edge_append(rel: RelType, source: Label, target: Label, keys: Iterable[str]) -> str:
    """Append list pieces (evidence beyond one message) to relationships."""
    sets = ", ".join(f"r.{key(k)} = coalesce(r.{key(k)}, []) + row.props.{key(k)}" for k in keys)
    return (
        f"UNWIND $rows AS row MATCH (a:{label(source)} {{id: row.source}}) "
        f"MATCH (b:{label(target)} {{id: row.target}}) "
        f"MATCH (a)-[r:{rel_type(rel)}]->(b) SET {sets}"
    )


def count_nodes(lab: Label) -> str:
    """Count the nodes of one label."""
    return f"MATCH (n:{label(lab)}) RETURN count(n) AS c"


def count_edges(rel: RelType) -> str:
    """Count the relationships of one type."""
    return f"MATCH ()-[r:{rel_type(rel)}]->() RETURN count(r) AS c"


def node_dump(lab: Label) -> str:
    """Every node of a label with all its properties (used to compare loads)."""
    return f"MATCH (n:{label(lab)}) RETURN n.id AS id, properties(n) AS props ORDER BY id"


def edge_dump(rel: RelType) -> str:
    """Every relationship of a type with its endpoints and properties."""
    return (
        f"MATCH (a)-[r:{rel_type(rel)}]->(b) "
        "RETURN a.id AS source, b.id AS target, properties(r) AS props ORDER BY source, target"
    )


def node_ids(lab: Label) -> str:
    """The ids of every node of a label (what ``--prune`` compares with the build)."""
    return f"MATCH (n:{label(lab)}) RETURN n.id AS id"


def edge_ids(rel: RelType) -> str:
    """The endpoint ids of every relationship of a type."""
    return f"MATCH (a)-[r:{rel_type(rel)}]->(b) RETURN a.id AS source, b.id AS target"


def node_delete(lab: Label) -> str:
    """Delete nodes by id with their relationships; rows are ``{id}``."""
    return f"UNWIND $rows AS row MATCH (n:{label(lab)} {{id: row.id}}) DETACH DELETE n"


def edge_delete(rel: RelType, source: Label, target: Label) -> str:
    """Delete relationships of one type between two labels; rows are ``{source, target}``."""
    return (
        f"UNWIND $rows AS row MATCH (a:{label(source)} {{id: row.source}}) "
        f"MATCH (b:{label(target)} {{id: row.target}}) "
        f"MATCH (a)-[r:{rel_type(rel)}]->(b) DELETE r"
    )


def id_index(lab: Label, server: str) -> str:
    """DDL that makes node ids unique (Neo4j) or at least indexed (FalkorDB)."""
    if server == "neo4j":
        name = f"kg_{lab.value.lower()}_id"
        return f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label(lab)}) REQUIRE n.id IS UNIQUE"
    return f"CREATE INDEX FOR (n:{label(lab)}) ON (n.id)"


#: FalkorDB: the labels whose nodes already have an index (it has no IF NOT EXISTS).
FALKORDB_INDEXES = "CALL db.indexes() YIELD label, properties RETURN label, properties"


def one_merge_node(lab: Label) -> str:
    """One node per query (the benchmark's baseline, not used by the loader)."""
    return f"MERGE (n:{label(lab)} {{id: $id}}) SET n = $props"


def one_merge_edge(rel: RelType, source: Label, target: Label) -> str:
    """One relationship per query (the benchmark's baseline)."""
    return (
        f"MATCH (a:{label(source)} {{id: $source}}) MATCH (b:{label(target)} {{id: $target}}) "
        f"MERGE (a)-[r:{rel_type(rel)}]->(b) SET r = $props"
    )


DELETE_ALL = "MATCH (n) DETACH DELETE n"

# ------------------------------------------------------------- embedded store


def lb_node_table(lab: Label, columns: dict[str, str]) -> str:
    """LadybugDB DDL of one node table; ``columns`` maps key to column type."""
    cols = ", ".join(f"{key(k)} {t}" for k, t in columns.items() if k != "id")
    extra = f", {cols}" if cols else ""
    return f"CREATE NODE TABLE {label(lab)}(id STRING PRIMARY KEY{extra})"


def lb_rel_table(rel: RelType, pairs: Iterable[tuple[Label, Label]], columns: dict[str, str]) -> str:
    """LadybugDB DDL of one relationship table with all its FROM/TO pairs."""
    ends = ", ".join(f"FROM {label(s)} TO {label(t)}" for s, t in pairs)
    cols = "".join(f", {key(k)} {t}" for k, t in columns.items())
    return f"CREATE REL TABLE {rel_type(rel)}({ends}{cols})"


def lb_copy_nodes(lab: Label, frame: str) -> str:
    """Bulk-load a node table from a pandas frame held in the local variable ``frame``."""
    return f"COPY {label(lab)} FROM {frame}"


def lb_copy_edges(rel: RelType, source: Label, target: Label, frame: str) -> str:
    """Bulk-load one FROM/TO pair of a relationship table from a pandas frame."""
    return f"COPY {rel_type(rel)} FROM {frame} (from='{source.value}', to='{target.value}')"


#: Strings, quoted names and comments: the parts of a query that are not code.
NOT_CODE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)
_PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*|[0-9]+)")


def parameters(cypher_text: str) -> set[str]:
    """The names of the ``$parameters`` a query uses (not those inside strings, quoted names or comments).

    Example:
        >>> sorted(parameters("MATCH (t:Town {name: $town}) /* $not_this */ RETURN '$nor_this', $n"))
        ['n', 'town']
    """
    return set(_PARAMETER.findall(NOT_CODE.sub(" ", cypher_text)))
