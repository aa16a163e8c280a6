// Which deals are worth $10 billion or more? Investments and purchases alike, largest first.
MATCH (a)-[r:invests_in|buys_chips_from|buys_services_from|customer_of]->(b)
WHERE r.amount_usd >= 10000000000
RETURN a.id AS from, type(r) AS relation, b.id AS to, r.amount_usd / 1e9 AS billions_usd, r.status AS status
ORDER BY r.amount_usd DESC, from, to
