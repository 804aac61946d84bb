// A project's stage in each document that gives one (found by any of its names), with the
// document date and the sentences that give it.
// params: {"project": "京滨城际铁路北辰站"}
MATCH (d:Document)-[m:MENTIONS]->(p:Project)
WHERE (p.name = $project OR $project IN p.aliases) AND m.stage IS NOT NULL
RETURN d.id AS document, d.date AS date, p.name AS project, m.stage AS stage, m.ev_sentence AS sentences
ORDER BY date, document
