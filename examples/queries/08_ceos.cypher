// Who runs which company? CEOs with their names in both scripts.
MATCH (p:PERSON)-[:ceo_of]->(c:ORG)
RETURN c.id AS company, p.label AS ceo, p.label_ar AS ceo_ar
ORDER BY company, ceo
