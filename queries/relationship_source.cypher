// The source sentences (with document and section) of one relationship; the project and the town
// are found by any of their names (双街示范镇 finds 双街镇).
// params: {"project": "花卉博览园", "town": "双街示范镇"}
MATCH (a:Project)-[r:LOCATED_IN]->(b:Town)
WHERE (a.name = $project OR $project IN a.aliases) AND (b.name = $town OR $town IN b.aliases)
RETURN r.ev_doc AS docs, r.ev_section AS sections, r.ev_sentence AS sentences, r.ev_start AS offsets
