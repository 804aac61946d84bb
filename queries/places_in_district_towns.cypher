// Projects and parks located in the towns of a district (two hops).
// params: {"district": "北辰区"}
MATCH (x:Project)-[:LOCATED_IN]->(t:Town)
MATCH (t)-[:PART_OF]->(r:Region {name: $district})
RETURN x.name AS project, t.name AS town
ORDER BY town, project
