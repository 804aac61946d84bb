// Projects named in the most documents.
// params: {}
MATCH (d:Document)-[:MENTIONS]->(p:Project)
RETURN p.name AS project, count(d) AS documents
ORDER BY documents DESC, project
LIMIT 10
