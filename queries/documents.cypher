// Every document with its title, date and publisher.
// params: {}
MATCH (d:Document)
RETURN d.id AS document, d.title AS title, d.date AS date, d.publisher AS publisher
ORDER BY document
