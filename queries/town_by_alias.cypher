// The canonical town behind any of its names.
// params: {"name": "双街"}
MATCH (t:Town)
WHERE t.name = $name OR $name IN t.aliases
RETURN t.id AS id, t.name AS town
