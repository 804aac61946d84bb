// The policies a document cites.
// params: {"doc": "Document:001_dca65eff52622e9e"}
MATCH (d:Document {id: $doc})-[:CITES]->(p:Policy)
RETURN p.name AS policy
ORDER BY policy
