// Where each document names an entity (found by any of its names): the document, its date and the
// sentence of the first mention (for a project with a stage: the sentences that give the stage).
// params: {"name": "奶业小镇"}
MATCH (d:Document)-[m:MENTIONS]->(e)
WHERE e.name = $name OR $name IN e.aliases
RETURN d.id AS document, d.date AS date, e.name AS entity, m.ev_sentence AS sentences
ORDER BY date, document
