// Everything about إنفيديا, asked by its Arabic name: every relation in either direction.
MATCH (n {name: 'إنفيديا'})-[r]-(other)
RETURN startNode(r).id AS source, type(r) AS relation, endNode(r).id AS target, r.amount_usd AS amount_usd,
       r.status AS status
ORDER BY relation, source, target
