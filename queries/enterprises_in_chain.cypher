// The enterprises of one industry chain (found by any of its names), with the sentences that
// tie each to the chain and their documents.
// params: {"chain": "成套装备制造"}
MATCH (e:Enterprise)-[r:IN_CHAIN]->(c:IndustryChain)
WHERE c.name = $chain OR $chain IN c.aliases
RETURN e.name AS enterprise, c.name AS chain, r.ev_doc AS docs, r.ev_sentence AS sentences
ORDER BY enterprise
