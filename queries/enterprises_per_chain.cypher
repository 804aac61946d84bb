// How many enterprises each industry chain has.
// params: {}
MATCH (e:Enterprise)-[:IN_CHAIN]->(c:IndustryChain)
RETURN c.name AS chain, count(e) AS enterprises
ORDER BY enterprises DESC, chain
