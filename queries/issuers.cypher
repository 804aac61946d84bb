// Which organisation issued or drafted each document.
// params: {}
MATCH (d:Document)-[:ISSUED_BY]->(o:Organization)
RETURN d.id AS document, o.name AS organization
ORDER BY document, organization
