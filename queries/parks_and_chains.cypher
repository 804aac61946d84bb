// Parks and the industry chains they focus on.
// params: {}
MATCH (p:Park)-[:IN_CHAIN]->(c:IndustryChain)
RETURN p.name AS park, c.name AS chain
ORDER BY park, chain
