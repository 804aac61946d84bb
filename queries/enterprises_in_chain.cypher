// The enterprises of one industry chain.
// params: {"chain": "成套装备制造"}
MATCH (e:Enterprise)-[:IN_CHAIN]->(c:IndustryChain {name: $chain})
RETURN e.name AS enterprise
ORDER BY enterprise
