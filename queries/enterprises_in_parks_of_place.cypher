// Enterprises in parks that lie in a given region (two hops).
// params: {"place": "北辰区"}
MATCH (e:Enterprise)-[:LOCATED_IN]->(p:Park)
MATCH (p)-[:LOCATED_IN]->(r:Region)
WHERE r.name = $place OR $place IN r.aliases
RETURN e.name AS enterprise, p.name AS park, r.name AS place
ORDER BY enterprise, park
