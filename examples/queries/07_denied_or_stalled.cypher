// Which deals were denied, stalled or are still only talks - now or in any report?
MATCH (a)-[r]->(b)
WHERE r.status IN ['denied', 'stalled', 'in_talks'] OR 'denied' IN r.statuses OR 'stalled' IN r.statuses
RETURN a.id AS from, type(r) AS relation, b.id AS to, r.status AS status, r.statuses AS every_status,
       r.documents AS documents
ORDER BY from, relation, to
