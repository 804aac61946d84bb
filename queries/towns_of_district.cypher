// The towns of a district.
// params: {"district": "北辰区"}
MATCH (t:Town)-[:PART_OF]->(r:Region {name: $district})
RETURN t.name AS town
ORDER BY town
