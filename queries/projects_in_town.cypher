// Projects located in a town, found by its name or any alias (双街示范镇 → 双街镇).
// params: {"town": "双街示范镇"}
MATCH (p:Project)-[:LOCATED_IN]->(t:Town)
WHERE t.name = $town OR $town IN t.aliases
RETURN p.name AS project, t.name AS town
ORDER BY project
