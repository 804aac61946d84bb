// A project's stage in each document that gives one, with the document date and the sentences
// that give it.
// params: {"project": "京滨城际铁路北辰站"}
MATCH (d:Document)-[m:MENTIONS]->(p:Project {name: $project})
WHERE m.stage IS NOT NULL
RETURN d.id AS document, d.date AS date, m.stage AS stage, m.ev_sentence AS sentences
ORDER BY date, document
