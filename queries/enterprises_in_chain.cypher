// The enterprises of one industry chain.
// params: {"chain": "高端装备制造"}
MATCH (e:Enterprise)-[:IN_CHAIN]->(c:IndustryChain {name: $chain})
RETURN e.name AS enterprise
ORDER BY enterprise
