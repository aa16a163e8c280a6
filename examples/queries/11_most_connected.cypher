// Who sits at the centre? Companies by the number of relations they take part in, and of how many kinds.
MATCH (n:ORG)-[r]-()
RETURN n.id AS company, count(r) AS relations, count(DISTINCT type(r)) AS kinds
ORDER BY relations DESC, company
LIMIT 8
