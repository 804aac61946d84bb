// People and the offices they hold.
// params: {}
MATCH (p:Person)-[h:HOLDS_OFFICE]->(x:Region)
RETURN p.name AS person, h.role AS role, x.name AS place
ORDER BY person
