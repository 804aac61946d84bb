// The source sentences (with document and section) of one relationship.
// params: {"project": "花卉博览园", "town": "双街镇"}
MATCH (a:Project {name: $project})-[r:LOCATED_IN]->(b:Town {name: $town})
RETURN r.ev_doc AS docs, r.ev_section AS sections, r.ev_sentence AS sentences, r.ev_start AS offsets
