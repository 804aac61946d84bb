// The targets a plan sets: indicator, baseline and target with years, unit, nature.
// params: {"doc": "Document:002_34b45a5f1536be31"}
MATCH (d:Document {id: $doc})-[s:SETS_TARGET]->(i:Indicator)
RETURN i.name AS indicator, s.baseline_year AS baseline_year, s.baseline AS baseline,
       s.target_year AS target_year, s.target_value AS target, s.unit AS unit, s.nature AS nature
ORDER BY indicator
